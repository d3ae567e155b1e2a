import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet stats FILE --by actor|pair|year|network`: collaboration statistics as tables.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Collaboration statistics per actor, per pair, per year (or window) or for the whole network.")

    enum Level: String, ExpressibleByArgument, CaseIterable { case actor, pair, year, network }

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("of"), help: "Actor kinds to include, comma-separated (e.g. country). Default: every actor.")
    var kinds: String?

    @Option(help: "actor, pair, year or network.")
    var by: Level = .actor

    @Option(help: "Window length for --by year, in years: 1y, 2y... (default 1y).")
    var window: String = "1y"

    @Option(help: "For --by year: how many top actors to list per window.")
    var top: Int = 5

    @Option(help: "For --by year: rank actors by this centrality of the period's actor projection (any --measure of centrality).")
    var centrality: CentralityMeasure = .degree

    @Flag(help: "For --by year: use the period's shared meetings as weights (strength needs them).")
    var weighted = false

    @Option(help: "For --by pair: keep pairs sharing at least this many meetings.")
    var minCount: Int = 1

    @Option(help: "For --by network: the attribute for mixing (E-I index, assortativity), e.g. region.")
    var mixing: String = "region"

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        _ = try windowYears()
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func windowYears() throws -> Int {
        let text = window.lowercased().hasSuffix("y") ? String(window.dropLast()) : window
        guard let years = Int(text), years >= 1 else {
            throw ValidationError("--window takes a number of years such as 1y or 5y, not '\(window)'")
        }
        return years
    }

    func run() throws {
        let network = try input.loadNetwork()
        let kinds = try ActorSelection(kinds: kinds).actorKinds(in: network)
        let table = try CommandDeadline.run("statistics by \(by.rawValue)") { try statistics(of: network, kinds: kinds) }
        print(table.rendered(as: format), terminator: "")
    }

    func statistics(of network: Network, kinds: Set<NodeKind>?) throws -> ResultTable {
        let table: ResultTable
        switch by {
        case .actor: table = Stats.actors(network.actorStatistics(of: kinds))
        case .pair: table = Stats.pairs(network.pairStatistics(of: kinds, minimumShared: minCount), relations: network.relations)
        case .year:
            table = Stats.periods(
                try network.periodStatistics(
                    of: kinds, windowYears: try windowYears(), top: top, rankedBy: centrality, weighted: weighted))
        case .network:
            let summary = network.summary(of: kinds, detail: .full, mixingBy: mixing.isEmpty ? nil : mixing)
            table = SummaryOutput.table(summary, format: format)
        }
        return table
    }

    static func year(_ value: Int?) -> ResultTable.Cell { value.map { .integer($0) } ?? .empty }

    static func actors(_ rows: [ActorStatistics]) -> ResultTable {
        var table = ResultTable(columns: [
            "id", "name", "kind", "region", "meetings", "hosted", "coChaired", "attended", "organised", "partners",
            "repeatedPartners", "firstYear", "lastYear", "share",
        ])
        for row in rows {
            table.append([
                .text(row.id), .text(row.name), .text(row.kind.rawValue), row.region.map { .text($0) } ?? .empty,
                .integer(row.meetings), .integer(row.hosted), .integer(row.coChaired), .integer(row.attended),
                .integer(row.organised), .integer(row.partners), .integer(row.repeatedPartners), year(row.firstYear),
                year(row.lastYear), .number(row.share),
            ])
        }
        return table
    }

    static func pairs(_ rows: [PairStatistics], relations: [Relation]) -> ResultTable {
        let participation = relations.filter { relation in rows.contains { $0.byRelation[relation] != nil } }
        var table = ResultTable(
            columns: ["a", "b", "shared"] + participation.map { "both_\($0.rawValue)" } + ["firstYear", "lastYear", "meetings"])
        for row in rows {
            table.append(
                [.text(row.a), .text(row.b), .integer(row.shared)]
                    + participation.map { .integer(row.byRelation[$0] ?? 0) }
                    + [year(row.firstYear), year(row.lastYear), .text(row.meetings.joined(separator: ";"))])
        }
        return table
    }

    static func periods(_ rows: [PeriodStatistics]) -> ResultTable {
        var table = ResultTable(columns: [
            "start", "end", "meetings", "activeActors", "newActors", "pairs", "density", "rank", "id", "value",
            "previousRank", "move",
        ])
        for row in rows {
            let head: [ResultTable.Cell] = [
                .integer(row.startYear), .integer(row.endYear), .integer(row.meetings), .integer(row.activeActors),
                .integer(row.newActors), .integer(row.pairs), .number(row.density),
            ]
            if row.top.isEmpty { table.append(head + [.empty, .empty, .empty, .empty, .empty]) }
            for actor in row.top {
                table.append(
                    head + [
                        .integer(actor.rank), .text(actor.id), .number(actor.value),
                        actor.previousRank.map { .integer($0) } ?? .empty, actor.move.map { .integer($0) } ?? .empty,
                    ])
            }
        }
        return table
    }

}

extension ActorSelection {
    init(kinds: String?) {
        self.init()
        self.kinds = kinds
    }
}
