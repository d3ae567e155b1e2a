import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet info FILE`: what a file holds, in counts (the counts of ``NetworkSummary``).
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", _superCommandName: Partnet.name,
        abstract: "Summarise a network: nodes per kind, edges per relation, time span, components, density.",
        discussion: """
            Figures are grouped by the graph they are about: network (every node and edge), twoMode (actors x \
            meetings, one link per actor and meeting) and projection (actors linked by shared meetings). \
            `partnet stats --by network` prints the same figures under the same names, with clustering added. \
            csv prints one row of dotted names (network.nodes, projection.density...), json nested objects.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let summary: NetworkSummary
        let (source, kind) = try input.open()
        if kind == .affiliation {
            // Summarised from the rows' indices: the network is never built.
            let rows = try input.parseAffiliation(source)
            summary = try rows.summary(name: URL(fileURLWithPath: source.name).lastPathComponent)
        } else if kind == .network {
            // Summarised from the file's columns when the fast path reads it: the network is never built.
            try kind.refuseEmpty(source)
            summary = try source.reading { try NetworkFile.summary(path: $0, limits: input.limits) }
        } else {
            switch try kind.load(source, directed: input.directed, limits: input.limits, note: InputOptions.printNote) {
            case .network(let network): summary = network.summary(detail: .counts)
            case .graph(let graph): summary = graph.summary(name: URL(fileURLWithPath: input.file).lastPathComponent)
            }
        }
        print(SummaryOutput.rendered(summary, as: format), terminator: "")
    }
}
