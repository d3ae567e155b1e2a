import PartnerMetrics

/// A graph to measure, with the name and kind of each of its nodes: what `centrality` ranks and prints.
public struct MeasuredNodes: Sendable {
    /// The graph measured (weighted only when its weights are to be used).
    public var measured: MeasuredGraph
    /// The display name of each graph node (an edge list's nodes: their ids).
    public var names: [String]
    /// The kind of each graph node (an edge list's nodes: `node`).
    public var kinds: [String]
}

extension LoadedInput {
    /// The graph the centralities of `scope` run on, by the one rule of `Network.measuredGraph(_:weighted:relationWeights:directed:)`;
    /// a bare graph (an edge list) is measured as it is, its weights kept only when `weighted`.
    /// - Parameters:
    ///   - scope: the whole network, the two-mode graph or the actor projection.
    ///   - weighted: use weights (the file's, the projection's shared meetings, the relation weights).
    ///   - relationWeights: for the two-mode graph, a weight per relation (implies weights).
    ///   - directed: for a network's whole graph, keep the direction of edges (an edge list was read with it).
    /// - Throws: `MissingMeetingsError` when `scope` needs meetings and the input has none.
    /// - Complexity: that of the view, O(n + m).
    public func measuredNodes(
        on scope: FigureScope, weighted: Bool, relationWeights: [Relation: Double]? = nil, directed: Bool = false
    ) throws(MissingMeetingsError) -> MeasuredNodes {
        switch self {
        case .graph(let graph):
            guard scope == .network else { throw MissingMeetingsError(question: Self.question(scope)) }
            let measured = weighted ? graph : graph.withoutWeights()
            return MeasuredNodes(
                measured: MeasuredGraph(graph: measured), names: measured.nodeIDs, kinds: Array(repeating: "node", count: measured.nodeCount))
        case .network(let network):
            if scope != .network { try network.requireMeetings(for: Self.question(scope)) }
            let measured = network.measuredGraph(scope, weighted: weighted, relationWeights: relationWeights, directed: directed)
            let indices = measured.networkIndices ?? []
            return MeasuredNodes(
                measured: measured, names: indices.map { network.nodes[$0].name }, kinds: indices.map { network.nodes[$0].kind.rawValue })
        }
    }

    /// What a scope asks of meetings, in the library's words.
    private static func question(_ scope: FigureScope) -> String {
        scope == .twoMode ? "the two-mode graph" : "the actor projection"
    }
}
