import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet stats FILE --by actor|pair|year|period|network`: collaboration statistics as tables; with `--changes`,
/// how ties form, persist and dissolve from one period to the next.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", _superCommandName: Partnet.name,
        abstract: "Collaboration statistics per actor, per pair, per year (or window) or for the whole network.")

    /// `period` is `year` by another name: the windows are `--window` years long.
    enum Level: String, ExpressibleByArgument, CaseIterable { case actor, pair, year, period, network }

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("of"), help: "Actor kinds to include, comma-separated (e.g. country). Default: every actor.")
    var kinds: String?

    @Option(help: "actor, pair, year (or period: the same windows) or network.")
    var by: Level = .actor

    @Option(help: "Window length for --by year, in years: 1y, 2y... (default 1y).")
    var window: String = "1y"

    @Option(help: "For --by year: the last rank of the leading actors listed per window (tied actors share a rank).")
    var top: Int = 5

    @Flag(
        help:
            "For --by year: print the leading actors of each window (start, end, rank...) instead of the windows' figures; json always holds both, as periods and leaders."
    )
    var leaders = false

    @Option(help: "For --by year: rank actors by this centrality of the period's actor projection (any --measure of centrality).")
    var centrality: CentralityMeasure = .degree

    @Flag(help: "For --by year: use the period's shared meetings as weights (strength needs them).")
    var weighted = false

    @Flag(
        help:
            "For --by year or period: how ties changed from each window to the next (formed, persisting, dissolved, persistence, newcomers, exits); json also holds every tie's lifetime."
    )
    var changes = false

    @Flag(help: "With --changes: one row per tie (first and last year, duration, periods, spells) instead of per window.")
    var ties = false

    @Option(
        help:
            "With --changes: the relations that tie actors, comma-separated: shared meetings through these (e.g. coChairs), or dated actor-actor ties (e.g. memorandum). Default: shared meetings through any relation."
    )
    var via: String?

    @Option(help: "For --by pair: keep pairs sharing at least this many meetings.")
    var minCount: Int = 1

    @Option(help: "For --by network: the attribute for mixing (E-I index, assortativity), e.g. region.")
    var mixing: String = "region"

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        _ = try windowYears()
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if changes && by != .year && by != .period {
            throw ValidationError("--changes compares periods: use it with --by period (or --by year)")
        }
        if ties && !changes { throw ValidationError("--ties lists the ties of --changes: add --changes") }
        if via != nil && !changes { throw ValidationError("--via chooses the ties of --changes: add --changes") }
        if changes && leaders { throw ValidationError("--leaders and --changes are two different tables: choose one") }
    }

    func windowYears() throws -> Int {
        let text = window.lowercased().hasSuffix("y") ? String(window.dropLast()) : window
        guard let years = Int(text), years >= 1 else {
            throw ValidationError("--window takes a number of years such as 1y or 5y, not '\(window)'")
        }
        // Dates run from year 1 to 9999: a longer window holds them all, and would overflow the arithmetic.
        guard years <= 9999 else { throw ValidationError("--window must be at most 9999y (dates run from year 1 to 9999), not '\(window)'") }
        return years
    }

    func run() throws {
        let network = try input.loadNetwork()
        try input.checkProjectionSize(network)
        if by != .network { try input.requireMeetings(network, for: "stats --by \(by.rawValue)") }
        let kinds = try ActorSelection(kinds: kinds).actorKinds(in: network)
        let output = try CommandDeadline.run("statistics by \(by.rawValue)") { try statistics(of: network, kinds: kinds) }
        print(output, terminator: "")
    }

    /// The statistics asked for, rendered in the output format.
    func statistics(of network: Network, kinds: Set<NodeKind>?) throws -> String {
        switch by {
        case .actor: return ResultTable(actors: network.actorStatistics(of: kinds)).rendered(as: format)
        case .pair:
            let rows = network.pairStatistics(of: kinds, minimumShared: minCount)
            return ResultTable(pairs: rows, relations: network.relations).rendered(as: format)
        case .year, .period:
            if changes {
                let relations = try tieRelations(in: network)
                let dynamics = network.tieDynamics(of: kinds, via: relations, windowYears: try windowYears())
                if let note = dynamics.undatedNote { printError("note: " + note) }
                return ResultTable.tieChanges(dynamics, ties: ties, as: format)
            }
            let periods = try network.periodStatistics(
                of: kinds, windowYears: try windowYears(), top: top, rankedBy: centrality, weighted: weighted)
            return ResultTable.periods(periods, leaders: leaders, as: format)
        case .network:
            let summary = network.summary(of: kinds, detail: .full, mixingBy: mixing.isEmpty ? nil : mixing)
            if !mixing.isEmpty, let projection = summary.projection, projection.mixingAttribute == nil {
                printError("note: no actor has a value for '\(mixing)', so the mixing figures (E-I index, assortativity) are left out")
            }
            return SummaryOutput.table(summary, format: format).rendered(as: format)
        }
    }

    /// The relations of `--via`, or nil for shared meetings through any relation; unknown names are an error
    /// listing the file's relations.
    func tieRelations(in network: Network) throws -> Set<Relation>? {
        guard let via else { return nil }
        return try ActorSelection.chosen(via, among: Set(network.relations), naming: "relation")
    }
}

extension ActorSelection {
    init(kinds: String?) {
        self.init()
        self.kinds = kinds
    }
}
