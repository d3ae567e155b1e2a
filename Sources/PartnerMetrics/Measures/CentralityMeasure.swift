import Foundation

/// The centralities `partnet centrality --measure` offers, named as on the command line, and what each needs.
///
/// ``MeasuredGraph/centralities(_:options:control:)-(_,_,RunControl?)`` computes a list of them on a ``MeasuredGraph``, each
/// underlying computation once (HITS once for hubs and authorities, structural holes once for constraint
/// and effective size).
public enum CentralityMeasure: String, CaseIterable, Sendable, Hashable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case degreeCentrality = "degree-centrality"
    case strength
    case alphaDegree = "alpha-degree"
    case closeness, harmonic, betweenness, eigenvector, pagerank, katz
    /// Hubs and authorities: two columns.
    case hits
    case hubs, authorities
    case clustering, constraint
    case effectiveSize = "effective-size"
    case core, component

    /// The names, comma-separated, for help texts and errors.
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether the measure is defined only on weighted graphs.
    public var needsWeights: Bool { self == .strength || self == .alphaDegree }

    /// Whether the measure is defined here only for undirected graphs.
    public var needsUndirected: Bool { self == .clustering }

    /// Whether, on a two-mode graph read unweighted, the measure takes Borgatti and Everett's (1997) two-mode
    /// normalisation (``/PartnerGraph/TwoModeGraph``'s own degree, closeness and betweenness).
    public var hasTwoModeForm: Bool { self == .degree || self == .closeness || self == .betweenness }

    /// The measures a list names: comma-separated names, or `all` for every measure that applies to `graph`.
    /// - Throws: ``CentralityError/emptyMeasureList`` or ``CentralityError/unknownMeasure(_:)``.
    public static func parse(_ text: String, for graph: MeasuredGraph) throws(CentralityError) -> [CentralityMeasure] {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw .emptyMeasureList }
        if names == ["all"] { return all(for: graph) }
        var result: [CentralityMeasure] = []
        for name in names {
            guard let measure = CentralityMeasure(rawValue: name) else { throw .unknownMeasure(name) }
            if !result.contains(measure) { result.append(measure) }
        }
        return result
    }

    /// What `all` means for a graph: every measure that applies to it, each once (HITS as its two columns).
    public static func all(for measured: MeasuredGraph) -> [CentralityMeasure] {
        let graph = measured.graph
        var measures: [CentralityMeasure] = [.degree]
        if graph.isDirected { measures += [.inDegree, .outDegree] }
        if graph.isWeighted { measures += [.strength, .alphaDegree] }
        measures += [.closeness, .harmonic, .betweenness, .eigenvector, .pagerank, .katz, .hits]
        if !graph.isDirected { measures += [.clustering] }
        measures += [.constraint, .effectiveSize, .core, .component]
        return measures
    }
}

/// The graph a centrality runs on: a plain graph, or the two-mode graph with its Borgatti-Everett forms.
public struct MeasuredGraph: Sendable {
    /// The graph; weighted only when its weights are to be used.
    public var graph: Graph
    /// Set when `graph` is a two-mode graph: its actors come first, and degree, closeness and betweenness
    /// (unweighted) take the two-mode normalisation.
    public var twoMode: TwoModeGraph?
    /// The network node of each graph node, or nil when the graph did not come from a network.
    public var networkIndices: [Int]?

    /// Measures `graph` as it is (its weights used when it has them).
    public init(graph: Graph, networkIndices: [Int]? = nil) {
        self.graph = graph
        self.networkIndices = networkIndices
    }

    /// Measures a two-mode graph (weighted when built with relation weights).
    public init(twoMode: TwoModeGraph) {
        graph = twoMode.graph
        self.twoMode = twoMode
        networkIndices = twoMode.networkIndices
    }
}

extension Network {
    /// The graph the figures of `scope` run on.
    /// - Parameters:
    ///   - scope: the whole network, the two-mode graph or the actor projection.
    ///   - weighted: keep weights (the edges' weights on the whole network, the projection's shared meetings, the
    ///     two-mode graph's relation weights); without it every edge weighs 1.
    ///   - relationWeights: for the two-mode graph, a weight per relation (implies weights).
    ///   - directed: for the whole network, keep the direction of edges.
    /// - Complexity: O(n + m), plus the projection's cost.
    public func measuredGraph(
        _ scope: FigureScope, weighted: Bool = false, relationWeights: [Relation: Double]? = nil,
        directed: Bool = false
    ) -> MeasuredGraph {
        switch scope {
        case .network:
            // The edges' own weights (from an edge list, GraphML, GEXF, Pajek, node-link...) count only when asked
            // for, as the projection's do: the file a graph came in does not change its figures.
            // A directed network (``Network/isDirected``, from its file) is measured directed, as NetworkX and
            // igraph measure it; `directed` makes an undirected one directed (an edge list read with --directed).
            let whole = graph(directed: directed || isDirected)
            return MeasuredGraph(graph: weighted ? whole : whole.withoutWeights(), networkIndices: Array(nodes.indices))
        case .twoMode:
            return MeasuredGraph(twoMode: twoModeGraph(weights: relationWeights))
        case .projection:
            let projection = twoModeGraph().actorProjection()
            return MeasuredGraph(
                graph: weighted ? projection.graph : projection.graph.withoutWeights(),
                networkIndices: projection.networkIndices)
        }
    }
}
