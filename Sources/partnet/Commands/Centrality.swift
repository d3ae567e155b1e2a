import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet centrality FILE`: centrality scores per node, as a table, CSV or JSON.
struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality", _superCommandName: Partnet.name,
        abstract: "Score nodes by centrality: degree, strength, closeness, betweenness, PageRank and more.",
        discussion: """
            Measures (comma-separated, or `all`): \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")). \
            `hits` prints two columns, hubs and authorities. With --on two-mode, degree, closeness and \
            betweenness are normalised as Borgatti and Everett (1997) do for actor x meeting graphs \
            (with --relation-weights, closeness and betweenness are the weighted one-mode measures). \
            --samples K estimates betweenness from K sources drawn with --seed. \
            With --weighted, closeness, harmonic and betweenness read a weight as a strength and use 1/weight \
            as the length of an edge (--distance weight reads it as a length, as NetworkX does).
            Rows are ranked by the first measure, highest first, ties by id. On a terminal, a run over a \
            second shows its progress and the time left on standard error (--quiet: none).
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Measures to compute, comma-separated, or `all`.")
    var measure: String = "degree"

    @Option(
        help: "The graph the measures run on: network (every node and edge), two-mode (actors x meetings) or projection (actors linked by shared meetings).")
    var on: FigureScope = .network

    @Option(help: "List only the nodes of this kind (country, organisation, meeting, ...).")
    var kind: String?

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @Flag(help: "Use edge weights: the file's weights (any format), shared meetings in a projection, relation weights on a two-mode graph.")
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

    @Option(help: "Betweenness from K sources drawn at random (Brandes and Pich's estimate) instead of all of them.")
    var samples: Int?

    @Option(help: "Seed of the sources drawn for --samples.")
    var seed: UInt64 = 0

    @Option(
        help:
            "Stop PageRank, eigenvector, Katz and HITS by NetworkX's rule with this tolerance (its default: 1e-6; HITS 1e-8). Default: a relative change below 1e-12."
    )
    var tolerance: Double?

    @Option(help: "Worker threads (default: every core). Results do not depend on it.")
    var threads: Int?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        if let tolerance, !(tolerance > 0 && tolerance.isFinite) { throw ValidationError("--tolerance must be a positive number") }
        // Checked whatever --measure asks, so that a value no measure can use is never taken in silence.
        if !(0...1).contains(damping) { throw ValidationError("--damping must be a number between 0 and 1, not \(damping)") }
        if !(alpha >= 0 && alpha.isFinite) { throw ValidationError("--alpha must be a number of 0 or more, not \(alpha)") }
        if !(katzAlpha > 0 && katzAlpha.isFinite) { throw ValidationError("--katz-alpha must be a positive number, not \(katzAlpha)") }
        if relationWeights != nil && on != .twoMode {
            throw ValidationError("--relation-weights applies to --on two-mode only")
        }
        _ = try parsedRelationWeights()
    }

    func run() throws {
        let display = progress.display("centrality")
        defer { display.finish() }
        display.begin("reading \(input.file)")
        let loaded = try input.load()
        if kind != nil && kind != "node", case .graph = loaded {
            throw CommandError("--kind: the nodes of an edge list have no kind")
        }
        let relationWeights = try parsedRelationWeights()
        if on == .projection, case .network(let network) = loaded { try input.checkProjectionSize(network) }
        let subject: MeasuredNodes
        do {
            subject = try loaded.measuredNodes(on: on, weighted: weighted, relationWeights: relationWeights, directed: input.directed)
        } catch { throw CommandError("\(input.file): \(error.localizedDescription)") }
        let measured = subject.measured
        let weighted = weighted || relationWeights != nil
        if weighted && !measured.graph.isWeighted {
            throw CommandError("--weighted: the graph \(on == .network ? "read from \(input.file) " : "")has no edge weights")
        }
        let measures = try CentralityMeasure.parse(measure, for: measured)
        if samples != nil && !measures.contains(.betweenness) {
            throw CommandError("--samples applies to betweenness: add it to --measure")
        }
        var options = CentralityOptions()
        options.distance = distance == .inverse ? .inverseWeight : .weight
        options.alpha = alpha
        options.damping = damping
        options.katzAlpha = katzAlpha
        options.tolerance = tolerance
        options.threads = threads
        options.betweennessSamples = samples
        options.betweennessSeed = seed
        display.steps = measures.count
        let columns = try measured.centralities(measures, options: options, control: display.control())
        display.finish()
        let table = ResultTable(
            scores: columns, ids: measured.graph.nodeIDs, names: subject.names, kinds: subject.kinds, kind: kind, top: top)
        print(table.rendered(as: format), terminator: "")
    }

    private func parsedRelationWeights() throws -> [Relation: Double]? {
        guard let relationWeights else { return nil }
        var table: [Relation: Double] = [:]
        for pair in relationWeights.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value > 0 else {
                throw CommandError("--relation-weights: '\(pair)' is not relation=positive number")
            }
            table[Relation(parts[0])] = value
        }
        return table
    }
}

extension FigureScope: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}
extension CommunityMethod: ExpressibleByArgument {}

/// How an edge weight becomes a length.
enum DistanceOption: String, ExpressibleByArgument, CaseIterable {
    case inverse, weight
}
