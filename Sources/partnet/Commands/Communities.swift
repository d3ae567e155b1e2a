import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet communities FILE`: Louvain or Leiden communities, with their modularity.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find communities (Louvain or Leiden) and report each node's community and the modularity.",
        discussion: """
            A network is partitioned through its actor projection (weighted by shared meetings) or, with \
            --graph two-mode, as the actor x meeting graph (then Barber's bipartite modularity is reported too). \
            An edge list is partitioned as it is. The summary line goes to stderr; on a terminal, a run over a \
            second shows its passes there too (--quiet: none).
            """)

    enum Method: String, ExpressibleByArgument, CaseIterable { case louvain, leiden }
    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case projection
        case twoMode = "two-mode"
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: ActorSelection

    @Option(help: "louvain or leiden.")
    var method: Method = .louvain

    @Option(help: "Resolution γ of the modularity (1: Newman-Girvan; higher: smaller communities).")
    var resolution: Double = 1

    @Option(help: "Seed of the random node order (Louvain without a seed visits nodes in index order).")
    var seed: UInt64?

    @Option(help: "projection (actors, weighted by shared meetings) or two-mode (actors and meetings).")
    var graph: Layout = .projection

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
    }

    func run() throws {
        let display = progress.display("communities")
        defer { display.finish() }
        display.begin("reading \(input.file)")
        let target: Graph
        var twoMode: TwoModeGraph? = nil
        switch try input.load() {
        case .graph(let graph):
            guard !graph.isDirected else { throw ValidationError("communities need an undirected graph: drop --directed") }
            target = graph
        case .network(let network):
            let kinds = try selection.actorKinds(in: network)
            let relations = try selection.relations(in: network)
            switch graph {
            case .projection:
                target = network.coOccurrence(of: kinds, via: relations).graph()
            case .twoMode:
                let built = network.twoModeGraph(relations: relations.union, actorKinds: kinds)
                twoMode = built
                target = built.graph
            }
        }
        let partition = try display.control().run(method.rawValue) {
            switch method {
            case .louvain: target.louvainCommunities(resolution: resolution, seed: seed)
            case .leiden: target.leidenCommunities(resolution: resolution, seed: seed ?? 0)
            }
        }
        display.finish()
        var summary = "\(method.rawValue): \(partition.communityCount) communities, modularity \(ResultTable.format(partition.modularity))"
        if let twoMode { summary += ", Barber bipartite modularity \(ResultTable.format(twoMode.barberModularity(of: partition.communities)))" }
        printError(summary)
        var table = ResultTable(columns: ["id", "community"])
        for node in 0..<target.nodeCount {
            table.append([.text(target.nodeIDs[node]), .integer(partition.communities[node])])
        }
        print(table.rendered(as: format), terminator: "")
    }
}
