import Foundation
import PartnerMetrics

/// The tables `partnet` prints, one per figure, built from the library's results so that a column means the same
/// figure in the table, CSV and JSON, and in every program that calls these.
extension ResultTable {
    /// One row per actor (`stats --by actor`): its meetings per relation, partners, active years and share.
    /// - Complexity: O(rows).
    public init(actors rows: [ActorStatistics]) {
        self.init(columns: [
            "id", "name", "kind", "region", "meetings", "hosted", "coChaired", "attended", "organised", "partners",
            "repeatedPartners", "firstYear", "lastYear", "share",
        ])
        for row in rows {
            append([
                .text(row.id), .text(row.name), .text(row.kind.rawValue), .optional(row.region.map { .text($0) }),
                .integer(row.meetings), .integer(row.hosted), .integer(row.coChaired), .integer(row.attended),
                .integer(row.organised), .integer(row.partners), .integer(row.repeatedPartners), .year(row.firstYear),
                .year(row.lastYear), .number(row.share),
            ])
        }
    }

    /// One row per actor pair (`stats --by pair`): shared meetings, then one `both_RELATION` column for each
    /// relation some pair shares, their first and last year and the meetings' ids (separated by `;`).
    /// - Complexity: O(rows × relations).
    public init(pairs rows: [PairStatistics], relations: [Relation]) {
        let participation = relations.filter { relation in rows.contains { $0.byRelation[relation] != nil } }
        self.init(columns: ["a", "b", "shared"] + participation.map { "both_\($0.rawValue)" } + ["firstYear", "lastYear", "meetings"])
        for row in rows {
            append(
                [.text(row.a), .text(row.b), .integer(row.shared)] + participation.map { .integer(row.byRelation[$0] ?? 0) }
                    + [.year(row.firstYear), .year(row.lastYear), .text(row.meetings.joined(separator: ";"))])
        }
    }

    /// One row per period (`stats --by year`), with that period's own figures only: summing a count column
    /// over the rows gives the whole span's count (a pair or an actor active in two periods counts in both).
    /// - Complexity: O(rows).
    public init(periods rows: [PeriodStatistics]) {
        self.init(columns: ["start", "end", "meetings", "activeActors", "newActors", "pairs", "density"])
        for row in rows {
            append([
                .integer(row.startYear), .integer(row.endYear), .integer(row.meetings), .integer(row.activeActors),
                .integer(row.newActors), .integer(row.pairs), .number(row.density),
            ])
        }
    }

    /// The leading actors of each period (`stats --by year --leaders`), keyed by the period's start and end.
    /// Ranks are competition ranks (tied values share the best rank: 1, 2, 2, 4), so a move never comes out
    /// of a tie alone.
    /// - Complexity: O(rows × leaders).
    public init(periodLeaders rows: [PeriodStatistics]) {
        self.init(columns: ["start", "end", "rank", "id", "value", "previousRank", "move"])
        for row in rows {
            for actor in row.top {
                append([
                    .integer(row.startYear), .integer(row.endYear), .integer(actor.rank), .text(actor.id), .number(actor.value),
                    .optional(actor.previousRank.map { .integer($0) }), .optional(actor.move.map { .integer($0) }),
                ])
            }
        }
    }

    /// The periods, or with `leaders` their leading actors, as a table or CSV; JSON holds both, as
    /// `{"periods": [...], "leaders": [...]}`.
    public static func periods(_ rows: [PeriodStatistics], leaders: Bool, as format: OutputFormat) -> String {
        guard format == .json else { return (leaders ? ResultTable(periodLeaders: rows) : ResultTable(periods: rows)).rendered(as: format) }
        return "{\"periods\": \(ResultTable(periods: rows).jsonSection), \"leaders\": \(ResultTable(periodLeaders: rows).jsonSection)}\n"
    }

    /// One row per window (`stats --by period --changes`): its actors and ties compared with the previous
    /// window's (newcomers, exits; ties formed, renewed, persisting, dissolved) and the persistence of its ties.
    /// - Complexity: O(windows).
    public init(tieWindows dynamics: TieDynamics) {
        self.init(columns: [
            "start", "end", "actors", "newcomers", "exits", "ties", "formed", "renewed", "persisting", "dissolved", "persistence",
        ])
        for row in dynamics.windows {
            append([
                .integer(row.startYear), .integer(row.endYear), .integer(row.actors), .integer(row.newcomers), .integer(row.exits),
                .integer(row.ties), .integer(row.formed), .integer(row.renewed), .integer(row.persisting), .integer(row.dissolved),
                .optional(row.persistence.map { .number($0) }),
            ])
        }
    }

    /// One row per tie (`stats --by period --changes --ties`): when it was first and last present, for how
    /// many years, in how many windows and in how many spells.
    /// - Complexity: O(ties).
    public init(tieLifetimes dynamics: TieDynamics) {
        self.init(columns: ["a", "b", "firstYear", "lastYear", "duration", "periods", "spells"])
        for tie in dynamics.ties {
            append([
                .text(tie.a), .text(tie.b), .integer(tie.firstYear), .integer(tie.lastYear), .integer(tie.duration), .integer(tie.periods),
                .integer(tie.spells),
            ])
        }
    }

    /// The windows' changes, or with `ties` the ties' lifetimes, as a table or CSV; JSON holds both, as
    /// `{"windows": [...], "ties": [...], "undated": N}`.
    public static func tieChanges(_ dynamics: TieDynamics, ties: Bool, as format: OutputFormat) -> String {
        guard format == .json else {
            return (ties ? ResultTable(tieLifetimes: dynamics) : ResultTable(tieWindows: dynamics)).rendered(as: format)
        }
        return
            "{\"windows\": \(ResultTable(tieWindows: dynamics).jsonSection), \"ties\": \(ResultTable(tieLifetimes: dynamics).jsonSection), \"undated\": \(dynamics.undated)}\n"
    }

    /// The table as one JSON array, without the trailing line break: a section of a larger object.
    var jsonSection: String { rendered(as: .json).trimmingCharacters(in: .whitespacesAndNewlines) }

    /// One row per node (`centrality`): id, name, kind, then one column per score, ranked by the first score
    /// (highest first, ties by node order, as `NodeScores.ranked()`); a NaN score is an empty cell.
    /// - Parameters:
    ///   - scores: the columns, one value per graph node.
    ///   - ids: the id of each graph node.
    ///   - names: the name of each graph node.
    ///   - kinds: the kind of each graph node.
    ///   - kind: keep only the nodes of this kind.
    ///   - top: keep only the first rows.
    /// - Complexity: O(n log n + n × columns).
    public init(scores: [NodeScores], ids: [String], names: [String], kinds: [String], kind: String? = nil, top: Int? = nil) {
        self.init(columns: ["id", "name", "kind"] + scores.map(\.name))
        guard let first = scores.first else { return }
        var nodes = first.ranked().map(\.index)
        if let kind { nodes = nodes.filter { kinds[$0] == kind } }
        if let top { nodes = Array(nodes.prefix(top)) }
        for node in nodes {
            append([.text(ids[node]), .text(names[node]), .text(kinds[node])] + scores.map { $0.values[node].isNaN ? .empty : .number($0.values[node]) })
        }
    }

    /// One row per node of a partition (`communities`): its id and community number.
    /// - Complexity: O(n).
    public init(partition: Partition) {
        self.init(columns: ["id", "community"])
        for (id, community) in zip(partition.nodeIDs, partition.communities) { append([.text(id), .integer(community)]) }
    }

    /// One row per actor-to-actor tie in time order (`ties`): from, to, relation, start, end, the span in words
    /// ("S to E", "from S", "until E") and the source.
    /// - Complexity: O(rows).
    public init(ties: [TimelineTie]) {
        self.init(columns: ["from", "to", "relation", "start", "end", "span", "source"])
        for tie in ties {
            append([
                .text(tie.from), .text(tie.to), .text(tie.relation.rawValue), .optional(tie.span.start.map { .text($0.description) }),
                .optional(tie.span.end.map { .text($0.description) }), .text(tie.span.description), .optional(tie.source.map { .text($0) }),
            ])
        }
    }
}

extension TieDynamics {
    /// What the windows leave out, said for the user: the undated meetings and ties; nil when every one is dated.
    public var undatedNote: String? {
        guard undated > 0 else { return nil }
        let plural = undated == 1 ? "" : "s"
        return "\(undated) undated meeting\(plural) or tie\(plural) left out of the periods"
    }
}

extension ResultTable.Cell {
    /// A year, or an empty cell when it is unknown.
    static func year(_ value: Int?) -> Self { value.map { .integer($0) } ?? .empty }
    /// The cell, or an empty one.
    static func optional(_ cell: Self?) -> Self { cell ?? .empty }
}
