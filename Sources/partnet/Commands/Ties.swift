import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet ties FILE`: the actor-to-actor ties in time order ("who chaired when").
struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties", _superCommandName: Partnet.name,
        abstract: "List the ties between actors in time order, with their dates and sources: who chaired when.",
        discussion: """
            Each row is one tie: from, to, relation, start, end, span and source. The span says what the dates \
            mean: "S to E", "from S" (still running or end unknown), "until E" (start unknown). Ties sort by \
            start, or by end when only the end is known; undated ties come last.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Only ties of this relation (e.g. presidency, secretariat). Default: every tie.")
    var relation: String?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let network = try input.loadNetwork()
        let known = Set(network.ties.map(\.relation))
        if let relation, !known.contains(Relation(relation)) {
            let names = known.isEmpty ? "none" : known.sorted().map(\.rawValue).joined(separator: ", ")
            throw CommandError("\(input.file) has no '\(relation)' ties; its tie relations: \(names)")
        }
        let timeline = network.tieTimeline(relation: relation.map { Relation($0) })
        if timeline.isEmpty { throw CommandError("\(input.file) has no ties between actors") }
        print(ResultTable(ties: timeline).rendered(as: format), terminator: "")
    }
}
