import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet cooccurrence FILE`: actor pairs through shared meetings, with the chosen measures.
struct CoOccurrenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccurrence",
        abstract: "Actor x actor co-occurrence through shared meetings: counts, Newman weights, Jaccard, PMI...",
        discussion: """
            Measures: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ", ")). \
            Without --of and --via every actor is paired through meetings of any relation, so an affiliation \
            list works as is. --via hosts --with coChairs pairs a host with a co-chair of the same meeting.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: ActorSelection

    @Option(help: "Measures, comma-separated: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ",")).")
    var measure: String = "count"

    @Option(help: "Keep pairs sharing at least this many meetings.")
    var minCount: Int = 1

    @Option(help: "Keep a pair only when it is among the K strongest of one of its actors (by the first measure).")
    var top: Int?

    @Option(help: "Keep only the disparity-filter backbone at this significance level (e.g. 0.05).")
    var backbone: Double?

    @Flag(help: "Add the ids of the shared meetings (separated by ';').")
    var meetings = false

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let backbone, !(backbone > 0 && backbone <= 1) { throw ValidationError("--backbone must be in (0, 1]") }
        _ = try measures()
    }

    func measures() throws -> [CoOccurrenceMeasure] {
        try ActorSelection.names(measure).map { name in
            guard let measure = CoOccurrenceMeasure(rawValue: name.lowercased()) else {
                throw ValidationError(
                    "unknown measure '\(name)'; choose from: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return measure
        }
    }

    func run() throws {
        let network = try input.loadNetwork()
        let result = network.coOccurrence(
            of: try selection.actorKinds(in: network), via: try selection.relations(in: network),
            measures: try measures(), minimumCount: minCount, topPerActor: top, backbone: backbone)
        var table = ResultTable(columns: ["a", "b"] + result.measures.map(\.rawValue) + (meetings ? ["meetings"] : []))
        for pair in 0..<result.pairCount {
            var row: [ResultTable.Cell] = [
                .text(result.actorIDs[Int(result.firstActors[pair])]), .text(result.actorIDs[Int(result.secondActors[pair])]),
            ]
            for (column, measure) in result.measures.enumerated() {
                row.append(measure == .count ? .integer(result.counts[pair]) : .number(result.values[column][pair]))
            }
            if meetings { row.append(.text(result.meetings(ofPair: pair).joined(separator: ";"))) }
            table.append(row)
        }
        print(table.rendered(as: format), terminator: "")
    }
}
