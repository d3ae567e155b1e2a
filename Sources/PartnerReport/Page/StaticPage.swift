import Foundation
import Mustache
import PartnerGraph

/// The static page (no scripts), for print and PDF: fills ``StaticTemplate`` from a ``ReportModel``.
struct StaticPage {
    var model: ReportModel

    // The values Mustache reads through reflection.
    struct Card { var value: String; var label: String }
    struct ActorRow {
        var rank: Int; var name: String; var kind: String; var meetings: Int; var hosted: Int; var coChaired: Int
        var partners: Int; var betweenness: String; var eigenvector: String
    }
    struct PairRow {
        var a: String; var b: String; var count: Int; var jaccard: String; var association: String; var p: String
        var significant: Bool; var meetings: String
    }
    struct CommunityRow { var number: Int; var size: Int; var members: String }
    struct Context {
        var title: String
        var subtitle: String
        var summaryText: String
        var cards: [Card]
        var figures: [ReportModel.Figure]
        var legendText: String
        var diagramSVG: String
        var diagramNote: String?
        var actors: [ActorRow]
        var pairs: [PairRow]
        var heatmapHTML: String
        var activitySVG: String
        var changes: TieChangeRows
        var pairTest: String
        var method: String
        var modularity: String
        var communities: [CommunityRow]
        var hasNotes: Bool
        var notes: [String]
        var version: String
        var file: String
    }

    func html() throws -> String {
        try MustacheTemplate(string: StaticTemplate.page).render(context())
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
        let summary = model.summary
        return Context(
            title: model.title, subtitle: "A report on who meets whom, who is central, and how activity changed over time.",
            summaryText: model.summarySentence, cards: model.cards.map { Card(value: $0.value, label: $0.label) }, figures: model.figures,
            legendText: legendText, diagramSVG: model.diagram.svg ?? "", diagramNote: model.diagram.failure,
            actors: actorRows, pairs: Array(pairRows), heatmapHTML: heatMapHTML(), activitySVG: activityChart(),
            changes: TieChangeRows(model: model, limit: model.top), pairTest: model.pairTestSentence,
            method: model.communityMethod == .louvain ? "Louvain" : "Leiden",
            modularity: PageText.decimal(model.partition.modularity), communities: communityRows,
            hasNotes: !(model.dataNotes.isEmpty && model.notes.isEmpty), notes: model.notes + model.dataNotes,
            version: model.generator, file: model.fileName ?? summary.name)
    }

    var legendText: String {
        let kinds = Set(model.kinds)
        let shapes: [(NodeKind, String)] = [(.country, "countries are ellipses"), (.organisation, "organisations are boxes"), (.meeting, "meetings are notes")]
        return shapes.filter { kinds.contains($0.0) }.map(\.1).joined(separator: ", ")
            + (kinds.subtracting([.country, .organisation, .meeting]).isEmpty
                ? "." : ", and other kinds (dialogues, committees) have shapes of their own; the legend in the diagram names them all.")
    }

    /// An HTML table whose cells are shaded by shared meetings, on one scale (the diagonal included).
    func heatMapHTML() -> String {
        let heat = model.heatMap
        guard !heat.actorIDs.isEmpty else { return "<p class=\"muted\">No actor took part in a meeting.</p>" }
        let names = model.names
        let maximum = heat.maximum
        var html = "<table class=\"heat\"><tr><th></th>"
        // Columns carry the short id (full name on hover) so that long names do not run over the page.
        for id in heat.actorIDs { html += "<th class=\"rot\" title=\"\(PageText.escape(names[id] ?? id))\"><div>\(PageText.escape(id))</div></th>" }
        html += "</tr>"
        for (row, a) in heat.actorIDs.enumerated() {
            html += "<tr><th>\(PageText.escape(names[a] ?? a)) <span class=\"muted\">\(PageText.escape(a))</span></th>"
            for column in heat.actorIDs.indices {
                let count = heat.counts[row][column]
                let diagonal = row == column ? " class=\"self\"" : ""
                html +=
                    "<td\(diagonal) style=\"background:\(PageText.heatColor(count, maximum: maximum));color:\(PageText.heatInk(count, maximum: maximum))\">\(count == 0 ? "" : String(count))</td>"
            }
            html += "</tr>"
        }
        return html + "</table>"
    }

    /// An SVG bar chart of meetings per year, with active actors above each bar.
    func activityChart() -> String {
        guard !model.years.isEmpty else { return "<p class=\"muted\">No meeting has a date.</p>" }
        let peak = max(model.years.map(\.meetings).max() ?? 1, 1)
        let barWidth = 84.0, gap = 26.0, height = 180.0, top = 44.0, bottom = 30.0
        let width = Double(model.years.count) * (barWidth + gap) + gap
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height + top + bottom))\" role=\"img\" aria-label=\"Meetings per year\">"
        svg += "<line x1=\"0\" y1=\"\(top + height)\" x2=\"\(width)\" y2=\"\(top + height)\" stroke=\"#9aa5b1\"/>"
        for (index, period) in model.years.enumerated() {
            let count = period.meetings
            let barHeight = height * Double(count) / Double(peak)
            let x = gap + Double(index) * (barWidth + gap)
            svg +=
                "<rect x=\"\(x)\" y=\"\(top + height - barHeight)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"#2f6f9f\" rx=\"3\"><title>\(period.startYear): \(PageText.count(count, "meeting"))</title></rect>"
            svg +=
                "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height - barHeight - 24)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2933\">\(PageText.count(count, "meeting"))</text>"
            svg +=
                "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height - barHeight - 8)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#52606d\">\(PageText.count(period.activeActors, "actor"))</text>"
            svg +=
                "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height + 20)\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1f2933\">\(period.startYear)</text>"
        }
        return svg + "</svg>"
    }
}
