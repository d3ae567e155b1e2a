import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet centrality FILE`: centrality scores per node, as a table, CSV or JSON.
struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score nodes by centrality: degree, strength, closeness, betweenness, PageRank and more.",
        discussion: """
            Measures (comma-separated, or `all`): \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")). \
            `hits` prints two columns, hubs and authorities. With --on two-mode, degree, closeness and \
            betweenness are normalised as Borgatti and Everett (1997) do for actor x meeting graphs. \
            With --weighted, closeness, harmonic and betweenness read a weight as a strength and use 1/weight \
            as the length of an edge (--distance weight reads it as a length, as NetworkX does).
            Rows are ranked by the first measure, highest first, ties by id.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Measures to compute, comma-separated, or `all`.")
    var measure: String = "degree"

    @Option(help: "The graph the measures run on: network (every node and edge), two-mode (actors x meetings) or projection (actors linked by shared meetings).")
    var on: CentralityGraph = .network

    @Option(help: "List only the nodes of this kind (country, organisation, meeting, ...).")
    var kind: String?

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @Flag(help: "Use edge weights: an edge list's weight column, shared meetings in a projection, relation weights on a two-mode graph.")
    var weighted = false

    @Option(help: "Relation weights for --on two-mode, e.g. hosts=3,coChairs=2,attends=1 (implies --weighted).")
    var relationWeights: String?

    @Option(help: "How a weight becomes a length for closeness, harmonic and betweenness: inverse (1/weight) or weight.")
    var distance: DistanceOption = .inverse

    @Option(help: "Opsahl's alpha for alpha-degree (0: degree, 1: strength).")
    var alpha: Double = 0.5

    @Option(help: "PageRank damping factor.")
    var damping: Double = 0.85

    @Option(help: "Katz attenuation factor; must be below 1 / (largest eigenvalue of the adjacency matrix).")
    var katzAlpha: Double = 0.1

    @Option(help: "Stop PageRank, eigenvector, Katz and HITS by NetworkX's rule with this tolerance (its default: 1e-6; HITS 1e-8). Default: a relative change below 1e-12.")
    var tolerance: Double?

    @Option(help: "Worker threads (default: every core). Results do not depend on it.")
    var threads: Int?

    @Option(name: .shortAndLong, help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        _ = try measures()
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let tolerance, !(tolerance > 0 && tolerance.isFinite) { throw ValidationError("--tolerance must be a positive number") }
        if relationWeights != nil && on != .twoMode {
            throw ValidationError("--relation-weights applies to --on two-mode only")
        }
        _ = try parsedRelationWeights()
    }

    func run() throws {
        let subject = try subjectGraph()
        let measures = subject.measures
        let graph = subject.graph
        let weighted = self.weighted || relationWeights != nil
        if weighted && !graph.isWeighted {
            throw CentralityError("--weighted: the graph \(on == .network ? "read from \(input.file) " : "")has no edge weights")
        }
        for measure in measures where measure.needsWeights && !(weighted && graph.isWeighted) {
            throw CentralityError(
                "\(measure.rawValue) needs a weighted graph: add --weighted (an edge list with a weight column, --on projection, or --relation-weights)")
        }
        if measures.contains(.clustering) && graph.isDirected {
            throw CentralityError("clustering is defined here for undirected graphs; drop --directed")
        }
        var progress = CentralityProgress(total: measures.count)
        var columns: [(name: String, scores: NodeScores)] = []
        for measure in measures {
            progress.begin(measure.rawValue)
            columns += try scores(of: measure, on: subject, weighted: weighted)
        }
        progress.finish()
        print(table(columns, subject: subject).rendered(as: format), terminator: "")
    }

    // MARK: - Measures

    private func measures() throws -> [CentralityMeasure] {
        let names = measure.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw CentralityError("--measure is empty; known measures: \(CentralityMeasure.list)") }
        if names == ["all"] { return [] }  // resolved once the graph is known
        var result: [CentralityMeasure] = []
        for name in names {
            guard let measure = CentralityMeasure(rawValue: name) else {
                throw CentralityError("unknown measure '\(name)'; known measures: \(CentralityMeasure.list), or all")
            }
            if !result.contains(measure) { result.append(measure) }
        }
        return result
    }

    private func scores(of measure: CentralityMeasure, on subject: Subject, weighted: Bool) throws -> [(String, NodeScores)] {
        let g = subject.graph
        let lengths: EdgeDistance = distance == .inverse ? .inverseWeight : .weight
        let name = measure.rawValue
        switch measure {
        case .degree:
            if let twoMode = subject.twoMode { return [(name, twoMode.degreeCentrality())] }
            return [(name, g.degree())]
        case .inDegree: return [(name, g.degree(direction: .incoming))]
        case .outDegree: return [(name, g.degree(direction: .outgoing))]
        case .degreeCentrality: return [(name, g.degreeCentrality())]
        case .strength: return [(name, g.strength())]
        case .alphaDegree: return [(name, g.alphaWeightedDegree(alpha: alpha))]
        case .closeness:
            if let twoMode = subject.twoMode, !weighted { return [(name, twoMode.closenessCentrality())] }
            return [(name, g.closenessCentrality(weighted: weighted, distance: lengths, threads: threads))]
        case .harmonic:
            return [(name, g.harmonicCentrality(weighted: weighted, distance: lengths, threads: threads))]
        case .betweenness:
            if let twoMode = subject.twoMode, !weighted { return [(name, twoMode.betweennessCentrality())] }
            return [(name, g.betweennessCentrality(weighted: weighted, distance: lengths, threads: threads))]
        case .eigenvector:
            return [(name, try g.eigenvectorCentrality(weighted: weighted, tolerance: tolerance, maxIterations: 1000, threads: threads))]
        case .pagerank:
            return [(name, try g.pageRank(damping: damping, weighted: weighted, tolerance: tolerance, threads: threads))]
        case .katz:
            do {
                return [(name, try g.katzCentrality(alpha: katzAlpha, weighted: weighted, tolerance: tolerance, threads: threads))]
            } catch IterationError.notConverged {
                throw CentralityError(
                    "katz did not converge: --katz-alpha \(katzAlpha) is too large for this graph (it must be below 1 / its largest eigenvalue)")
            }
        case .hits:
            let result = try g.hubsAndAuthorities(weighted: weighted, tolerance: tolerance, maxIterations: 1000, threads: threads)
            return [("hubs", result.hubs), ("authorities", result.authorities)]
        case .hubs:
            return [(name, try g.hubsAndAuthorities(weighted: weighted, tolerance: tolerance, maxIterations: 1000, threads: threads).hubs)]
        case .authorities:
            return [(name, try g.hubsAndAuthorities(weighted: weighted, tolerance: tolerance, maxIterations: 1000, threads: threads).authorities)]
        case .clustering:
            return [(name, g.clustering(weighted: weighted))]
        case .constraint:
            return [(name, g.structuralHoles(weighted: weighted).constraint)]
        case .effectiveSize:
            return [(name, g.structuralHoles(weighted: weighted).effectiveSize)]
        case .core:
            return [(name, g.coreNumbers())]
        case .component:
            return [(name, (g.isDirected ? g.stronglyConnectedComponents() : g.connectedComponents()).scores)]
        }
    }

    // MARK: - The graph

    /// The graph measured, and how its nodes map back to names and kinds.
    struct Subject {
        var graph: Graph
        var twoMode: TwoModeGraph?
        var names: [String]
        var kinds: [String]
        var measures: [CentralityMeasure]
    }

    private func subjectGraph() throws -> Subject {
        var measures = try measures()
        let subject: Subject
        switch try input.load() {
        case .graph(let graph):
            guard on == .network else {
                throw CentralityError("\(input.file) is an edge list: only --on network applies (use an affiliation list for two-mode graphs)")
            }
            if kind != nil && kind != "node" {
                throw CentralityError("--kind: the nodes of an edge list have no kind")
            }
            let g = weighted ? graph : graph.withoutWeights()
            subject = Subject(graph: g, names: g.nodeIDs, kinds: Array(repeating: "node", count: g.nodeCount), measures: [])
        case .network(let network):
            func describe(_ indices: [Int]) -> (names: [String], kinds: [String]) {
                (indices.map { network.nodes[$0].name }, indices.map { network.nodes[$0].kind.rawValue })
            }
            switch on {
            case .network:
                let g = network.graph(directed: input.directed)
                let (names, kinds) = describe(Array(network.nodes.indices))
                subject = Subject(graph: g, names: names, kinds: kinds, measures: [])
            case .twoMode:
                let twoMode = network.twoModeGraph(weights: try parsedRelationWeights())
                let (names, kinds) = describe(twoMode.networkIndices)
                subject = Subject(graph: twoMode.graph, twoMode: twoMode, names: names, kinds: kinds, measures: [])
            case .projection:
                let projection = network.twoModeGraph().actorProjection()
                let g = weighted ? projection.graph : projection.graph.withoutWeights()
                let (names, kinds) = describe(projection.networkIndices)
                subject = Subject(graph: g, names: names, kinds: kinds, measures: [])
            }
        }
        if measures.isEmpty { measures = CentralityMeasure.all(for: subject.graph, weighted: weighted || relationWeights != nil) }
        var result = subject
        result.measures = measures
        return result
    }

    private func parsedRelationWeights() throws -> [Relation: Double]? {
        guard let relationWeights else { return nil }
        var table: [Relation: Double] = [:]
        for pair in relationWeights.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value > 0 else {
                throw CentralityError("--relation-weights: '\(pair)' is not relation=positive number")
            }
            table[Relation(parts[0])] = value
        }
        return table
    }

    // MARK: - Output

    private func table(_ columns: [(name: String, scores: NodeScores)], subject: Subject) -> ResultTable {
        var table = ResultTable(columns: ["id", "name", "kind"] + columns.map(\.name))
        guard let first = columns.first else { return table }
        var rows = first.scores.ranked().map(\.index)
        if let kind { rows = rows.filter { subject.kinds[$0] == kind } }
        if let top { rows = Array(rows.prefix(top)) }
        for node in rows {
            var cells: [ResultTable.Cell] = [
                .text(subject.graph.nodeIDs[node]), .text(subject.names[node]), .text(subject.kinds[node]),
            ]
            for column in columns {
                let value = column.scores.values[node]
                cells.append(value.isNaN ? .empty : .number(value))
            }
            table.append(cells)
        }
        return table
    }
}

// MARK: - Options

/// A problem found once the file is read (so no usage line is printed with it).
struct CentralityError: LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}

/// The measures `partnet centrality` knows, named as on the command line.
enum CentralityMeasure: String, CaseIterable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case degreeCentrality = "degree-centrality"
    case strength
    case alphaDegree = "alpha-degree"
    case closeness, harmonic, betweenness, eigenvector, pagerank, katz, hits, hubs, authorities
    case clustering, constraint
    case effectiveSize = "effective-size"
    case core, component

    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Measures defined only on weighted graphs.
    var needsWeights: Bool { self == .strength || self == .alphaDegree }

    /// What `all` means for this graph: every measure that applies, each once.
    static func all(for graph: Graph, weighted: Bool) -> [CentralityMeasure] {
        var measures: [CentralityMeasure] = [.degree]
        if graph.isDirected { measures += [.inDegree, .outDegree] }
        if weighted && graph.isWeighted { measures += [.strength, .alphaDegree] }
        measures += [.closeness, .harmonic, .betweenness, .eigenvector, .pagerank, .katz, .hits]
        if !graph.isDirected { measures += [.clustering] }
        measures += [.constraint, .effectiveSize, .core, .component]
        return measures
    }
}

/// The graph a centrality runs on.
enum CentralityGraph: String, ExpressibleByArgument, CaseIterable {
    case network
    case twoMode = "two-mode"
    case projection
}

/// How an edge weight becomes a length.
enum DistanceOption: String, ExpressibleByArgument, CaseIterable {
    case inverse, weight
}

/// Progress on standard error, shown only when it is a terminal and the work has taken over a second.
struct CentralityProgress {
    let total: Int
    let start = Date()
    var step = 0
    var shown = false
    let enabled = standardErrorIsTerminal

    init(total: Int) { self.total = total }

    mutating func begin(_ name: String) {
        step += 1
        guard enabled, Date().timeIntervalSince(start) > 1 || step > 1 && shown else { return }
        shown = true
        FileHandle.standardError.write(Data("\rcentrality: \(name) (\(step)/\(total))\u{1B}[K".utf8))
    }

    mutating func finish() {
        guard enabled, shown else { return }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\rcentrality: \(total) measures in \(seconds) s\u{1B}[K\n".utf8))
    }
}

extension Graph {
    /// The same graph without its weights (so that weighted measures are only used when asked for).
    func withoutWeights() -> Graph {
        guard isWeighted else { return self }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<nodeCount {
            var loops = 0
            for v in neighbors(of: u) where isDirected || Int(v) >= u {
                // An undirected self-loop is stored twice in its row: keep one copy.
                if !isDirected && Int(v) == u {
                    loops += 1
                    if loops % 2 == 0 { continue }
                }
                sources.append(UInt32(u))
                targets.append(v)
            }
        }
        return Graph(nodeCount: nodeCount, sources: sources, targets: targets, directed: isDirected, nodeIDs: nodeIDs)
    }
}
