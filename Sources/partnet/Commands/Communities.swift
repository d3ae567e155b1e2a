import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet communities FILE`: Louvain or Leiden communities, with their modularity.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities", _superCommandName: Partnet.name,
        abstract: "Find communities (Louvain or Leiden) and report each node's community and the modularity.",
        discussion: """
            A network is partitioned through its actor projection (weighted by shared meetings, Louvain, seed 1: \
            the groups of the report, render --color-by community, convert --with-metrics and VOSviewer) or, \
            with --graph two-mode, as the actor x meeting graph (then Barber's bipartite modularity is reported \
            too). \
            An edge list is partitioned as it is. The summary line goes to stderr; on a terminal, a run over a \
            second shows its passes there too (--quiet: none).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: ActorSelection

    @Option(help: "louvain or leiden.")
    var method: CommunityMethod = .louvain

    @Option(help: "Resolution γ of the modularity (1: Newman-Girvan; higher: smaller communities).")
    var resolution: Double = 1

    @Option(help: "Seed of the random node order (the same seed gives the same groups).")
    var seed: UInt64 = GroupOptions.defaultSeed

    @Option(help: "projection (actors, weighted by shared meetings), two-mode (actors and meetings) or network (every node).")
    var graph: FigureScope = .projection

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    @OptionGroup var progress: ProgressOptions

    /// The groups asked for, before the file's kinds and relations are known.
    var options: GroupOptions {
        var options = GroupOptions(method: method, scope: graph, seed: seed)
        options.resolution = resolution
        return options
    }

    func validate() throws {
        if !(resolution > 0 && resolution.isFinite) { throw ValidationError("--resolution must be a positive number, not \(resolution)") }
    }

    func run() throws {
        let display = progress.display("communities")
        defer { display.finish() }
        display.begin("reading \(input.file)")
        let groups: Groups
        switch try input.load() {
        case .graph(let graph):
            guard !graph.isDirected else { throw ValidationError("communities need an undirected graph: drop --directed") }
            if self.graph == .twoMode {
                throw CommandError(InputOptions.advice(MissingMeetingsError(question: "--graph two-mode"), file: input.file))
            }
            groups = try display.control().run(method.rawValue) { graph.groups(options) }
        case .network(let network):
            if graph == .twoMode { try input.requireMeetings(network, for: "--graph two-mode") }
            if graph == .projection { try input.checkProjectionSize(network) }
            var options = options
            options.actorKinds = try selection.actorKinds(in: network)
            options.relations = try selection.relations(in: network)
            groups = try display.control().run(method.rawValue) { network.groups(options) }
        }
        display.finish()
        let partition = groups.partition
        var summary = "\(method.rawValue): \(partition.communityCount) communities, modularity \(ResultTable.format(partition.modularity))"
        if let bipartite = groups.bipartiteModularity {
            summary += ", Barber bipartite modularity \(ResultTable.format(bipartite))"
        }
        printError(summary)
        print(ResultTable(partition: partition).rendered(as: format), terminator: "")
    }
}
