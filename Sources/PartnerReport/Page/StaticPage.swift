import Foundation
import Mustache
import PartnerGraph

/// The static page (no scripts), for print and PDF: fills ``StaticTemplate`` from a ``ReportModel``.
struct StaticPage {
    var model: ReportModel

    // The values the template reads, by name through key paths (``TemplateFields``).
    struct ActorRow: TemplateFields {
        var rank: Int; var name: String; var kind: String; var meetings: Int; var hosted: Int; var coChaired: Int
        var partners: Int; var betweenness: String; var eigenvector: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "rank": \.rank, "name": \.name, "kind": \.kind, "meetings": \.meetings, "hosted": \.hosted, "coChaired": \.coChaired, "partners": \.partners,
            "betweenness": \.betweenness, "eigenvector": \.eigenvector,
        ]
    }
    struct PairRow: TemplateFields {
        var a: String; var b: String; var count: Int; var jaccard: String; var association: String; var p: String
        var significant: Bool; var meetings: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "a": \.a, "b": \.b, "count": \.count, "jaccard": \.jaccard, "association": \.association, "p": \.p, "significant": \.significant,
            "meetings": \.meetings,
        ]
    }
    struct CommunityRow: TemplateFields {
        var number: Int; var size: Int; var members: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["number": \.number, "size": \.size, "members": \.members]
    }
    /// The page's own values; the shared ones (``PageSections``) are found after them.
    struct Context: TemplateFields {
        var shared: PageSections
        var legendText: String
        var diagramSVG: String
        var diagramNote: String?
        var actors: [ActorRow]
        var pairs: [PairRow]
        var activity: ActivityChart?
        var communities: [CommunityRow]
        var sharedFields: (any TemplateFields)? { shared }
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "shared": \.shared, "legendText": \.legendText, "diagramSVG": \.diagramSVG, "diagramNote": \.diagramNote, "actors": \.actors,
            "pairs": \.pairs, "activity": \.activity, "communities": \.communities,
        ]
    }

    func html() throws -> String {
        try PageTemplates.render("static", context())
    }

    func context() -> Context {
        let names = model.names
        // Competition ranks on the order's key (meetings, then betweenness): tied actors share the better rank.
        var ranks: [Int] = []
        for (position, actor) in model.actors.prefix(model.top).enumerated() {
            let previous = position > 0 ? model.actors[position - 1] : nil
            let tied = previous.map { $0.statistics.meetings == actor.statistics.meetings && $0.betweenness == actor.betweenness } ?? false
            ranks.append(tied ? ranks[position - 1] : position + 1)
        }
        let actorRows = zip(ranks, model.actors.prefix(model.top)).map { rank, actor in
            let statistics = actor.statistics
            return ActorRow(
                rank: rank, name: statistics.name,
                kind: [statistics.kind.rawValue, statistics.region].compactMap { $0 }.joined(separator: ", "),
                meetings: statistics.meetings, hosted: statistics.hosted, coChaired: statistics.coChaired,
                partners: statistics.partners, betweenness: PageText.decimal(actor.betweenness),
                eigenvector: PageText.decimal(actor.eigenvector))
        }
        let pairRows = model.pairs.prefix(model.top).map { pair in
            PairRow(
                a: names[pair.a] ?? pair.a, b: names[pair.b] ?? pair.b, count: pair.shared, jaccard: PageText.decimal(pair.jaccard),
                association: PageText.decimal(pair.lift), p: pair.p.map { PageText.pValue($0) } ?? "–",
                significant: pair.significant,
                meetings: pair.meetings.map { model.meetingLabels[$0] ?? $0 }.joined(separator: "; "))
        }
        let communityRows = model.groups.map { group in
            CommunityRow(number: group.number, size: group.members.count, members: group.members.map { names[$0] ?? $0 }.joined(separator: ", "))
        }
        return Context(
            shared: PageSections(
                model: model, subtitle: "A report on who meets whom, who is central, and how activity changed over time.", notes: model.notes,
                nodeIndex: [:]),
            legendText: legendText, diagramSVG: model.diagram.svg ?? "", diagramNote: model.diagram.failure,
            actors: actorRows, pairs: Array(pairRows), activity: ActivityChart(model: model), communities: communityRows)
    }

    var legendText: String {
        let kinds = Set(model.kinds)
        let shapes: [(NodeKind, String)] = [(.country, "countries are ellipses"), (.organisation, "organisations are boxes"), (.meeting, "meetings are notes")]
        return shapes.filter { kinds.contains($0.0) }.map(\.1).joined(separator: ", ")
            + (kinds.subtracting([.country, .organisation, .meeting]).isEmpty
                ? "." : ", and other kinds (dialogues, committees) have shapes of their own; the legend in the diagram names them all.")
    }
}
