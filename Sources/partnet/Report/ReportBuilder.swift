import Foundation
import Mustache
import PartnerGraphviz
import PartnerIO
import PartnerMetrics

/// Computes what the report shows and fills the page template.
struct ReportBuilder {
    var network: Network
    var file: String
    /// How many actors the tables and the heat map show.
    var top: Int = 15
    /// Renders the diagram to SVG; injected so that large networks can be rendered in isolation.
    var renderSVG: (DOTGraph, LayoutEngine) throws -> Data

    // The values Mustache reads through reflection.
    struct Card { var value: String; var label: String }
    struct ActorRow { var rank: Int; var name: String; var kind: String; var meetings: Int; var hosted: Int; var coChaired: Int; var partners: Int; var betweenness: String; var eigenvector: String }
    struct PairRow { var a: String; var b: String; var count: Int; var jaccard: String; var association: String; var meetings: String }
    struct CommunityRow { var number: Int; var size: Int; var members: String }
    struct Page {
        var title: String
        var subtitle: String
        var summaryText: String
        var cards: [Card]
        var legendText: String
        var diagramSVG: String
        var diagramNote: String?
        var actors: [ActorRow]
        var pairs: [PairRow]
        var heatmapHTML: String
        var activitySVG: String
        var modularity: String
        var communities: [CommunityRow]
        var hasNotes: Bool
        var notes: [String]
        var version: String
        var file: String
    }

    func html() throws -> String {
        let template = try MustacheTemplate(string: ReportTemplate.page)
        return template.render(try page())
    }

    func page() throws -> Page {
        let twoMode = network.twoModeGraph()
        let projection = twoMode.actorProjection()
        let graph = projection.graph
        let actors = twoMode.actorCount
        let names = (0..<actors).map { network.nodes[twoMode.networkIndices[$0]].name }

        // Per actor: meetings by role, from the edges themselves.
        var meetingSets = [Set<Int>](repeating: [], count: actors)
        var hosted = [Int](repeating: 0, count: actors)
        var coChaired = [Int](repeating: 0, count: actors)
        var actorIndex: [String: Int] = [:]
        for index in 0..<actors { actorIndex[twoMode.graph.nodeIDs[index]] = index }
        for edge in network.participations {
            guard let actor = actorIndex[edge.from], let meeting = network.index(of: edge.to) else { continue }
            meetingSets[actor].insert(meeting)
            if edge.relation == .hosts { hosted[actor] += 1 }
            if edge.relation == .coChairs { coChaired[actor] += 1 }
        }
        let betweenness = graph.betweennessCentrality(normalized: true)
        let eigenvector = (try? graph.eigenvectorCentrality(weighted: true, tolerance: 1e-9, maxIterations: 1000))
            ?? NodeScores(name: "eigenvector", values: [Double](repeating: 0, count: actors), nodeIDs: graph.nodeIDs)
        let maxEigen = max(eigenvector.values.max() ?? 0, .leastNonzeroMagnitude)
        let order = (0..<actors).sorted { a, b in
            if meetingSets[a].count != meetingSets[b].count { return meetingSets[a].count > meetingSets[b].count }
            if betweenness[a] != betweenness[b] { return betweenness[a] > betweenness[b] }
            return names[a] < names[b]
        }
        let topActors = Array(order.prefix(top))
        let actorRows = topActors.enumerated().map { rank, index in
            let node = network.nodes[twoMode.networkIndices[index]]
            return ActorRow(
                rank: rank + 1, name: node.name, kind: [node.kind.rawValue, node.region].compactMap { $0 }.joined(separator: ", "),
                meetings: meetingSets[index].count, hosted: hosted[index], coChaired: coChaired[index], partners: graph.degree(of: index),
                betweenness: Self.decimal(betweenness[index]), eigenvector: Self.decimal(eigenvector[index] / maxEigen))
        }

        // Strongest pairs.
        let cooccurrence = twoMode.coOccurrence(measures: [.count, .jaccard, .lift])
        let pairOrder = (0..<cooccurrence.pairCount).sorted { a, b in
            let ra = cooccurrence.row(a), rb = cooccurrence.row(b)
            if ra.count != rb.count { return ra.count > rb.count }
            if ra[.jaccard]! != rb[.jaccard]! { return ra[.jaccard]! > rb[.jaccard]! }
            return (ra.a, ra.b) < (rb.a, rb.b)
        }
        let label: (String) -> String = { id in network[id]?.name ?? id }
        let meetingLabel: (String) -> String = { id in
            guard let node = network[id] else { return id }
            let place = node.meeting?.city ?? node.name
            return node.meeting?.start.map { "\(place) \($0.year)" } ?? place
        }
        let pairRows = pairOrder.prefix(top).map { index -> PairRow in
            let row = cooccurrence.row(index)
            return PairRow(
                a: label(row.a), b: label(row.b), count: row.count, jaccard: Self.decimal(row[.jaccard] ?? 0),
                association: Self.decimal(row[.lift] ?? 0),
                meetings: row.meetings.map(meetingLabel).joined(separator: "; "))
        }

        // Communities on the weighted projection.
        let partition = graph.louvainCommunities(resolution: 1, seed: 1)
        var groups: [Int: [Int]] = [:]
        for node in 0..<actors where graph.degree(of: node) > 0 { groups[partition.communities[node], default: []].append(node) }
        let communityRows = groups.values.sorted { $0.count != $1.count ? $0.count > $1.count : names[$0[0]] < names[$1[0]] }
            .enumerated().map { number, members in
                CommunityRow(number: number + 1, size: members.count, members: members.map { names[$0] }.sorted().joined(separator: ", "))
            }

        // The diagram.
        let builder = DiagramBuilder(network: network, style: Style(), view: .full)
        let dot = builder.build()
        var diagramNote: String? = nil
        var svg: String
        do {
            // A dialogue with a secretariat is a hub with spokes: a spring layout shows it on one screen, where
            // dot's layered columns would stretch it into a tall strip.
            let engine: LayoutEngine = dot.nodeCount <= LayoutEngine.dotNodeLimit ? .neato : .sfdp
            svg = String(decoding: try renderSVG(dot, engine), as: UTF8.self)
            if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        } catch {
            svg = ""
            diagramNote = "The diagram could not be drawn: \(error.localizedDescription)"
        }

        // Summary.
        let summary = network.summary(detail: .counts)
        let span = summary.timeSpan.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "undated"
        let countries = network.actors.filter { $0.kind == .country }.count
        let cards = [
            Card(value: "\(network.meetings.count)", label: "meetings"),
            Card(value: "\(actors)", label: "actors"),
            Card(value: "\(countries)", label: "countries"),
            Card(value: "\(network.participations.count)", label: "participations"),
            Card(value: "\(network.ties.count)", label: "ties between actors"),
            Card(value: "\(cooccurrence.pairCount)", label: "pairs of actors who met"),
        ]
        let kindsPresent = Set(network.nodes.map(\.kind))
        let shapes: [(NodeKind, String)] = [(.country, "countries are ellipses"), (.organisation, "organisations are boxes"), (.meeting, "meetings are notes")]
        let legend = shapes.filter { kindsPresent.contains($0.0) }.map(\.1).joined(separator: ", ")
            + (kindsPresent.subtracting([.country, .organisation, .meeting]).isEmpty ? "." : ", and other kinds (dialogues, committees) have shapes of their own; the legend in the diagram names them all.")
        let summaryText = "\(network.meetings.count) meetings from \(span), with \(actors) actors taking part. "
            + "\(cooccurrence.pairCount) pairs of actors met at least once; the largest connected group holds \(summary.network.largestComponent) of the \(network.nodes.count) actors and meetings."
        return Page(
            title: network.name, subtitle: "A report on who meets whom, who is central, and how activity changed over time.",
            summaryText: summaryText, cards: cards, legendText: legend, diagramSVG: svg, diagramNote: diagramNote,
            actors: actorRows, pairs: Array(pairRows), heatmapHTML: heatmap(order: topActors, names: names, ids: Array(twoMode.graph.nodeIDs.prefix(actors)), sets: meetingSets),
            activitySVG: activityChart(), modularity: Self.decimal(partition.modularity), communities: communityRows,
            hasNotes: !network.notes.isEmpty, notes: network.notes, version: PartnerGraphVersion.current, file: file)
    }

    /// An HTML table whose cells are shaded by the number of shared meetings.
    func heatmap(order: [Int], names: [String], ids: [String], sets: [Set<Int>]) -> String {
        let picked = Array(order.prefix(12))
        var maximum = 1
        for a in picked { for b in picked where a != b { maximum = max(maximum, sets[a].intersection(sets[b]).count) } }
        var html = "<table class=\"heat\"><tr><th></th>"
        // Columns carry the short id (full name on hover) so that long names do not run over the page.
        for b in picked { html += "<th class=\"rot\" title=\"\(Self.escape(names[b]))\"><div>\(Self.escape(ids[b]))</div></th>" }
        html += "</tr>"
        for a in picked {
            html += "<tr><th>\(Self.escape(names[a])) <span class=\"muted\">\(Self.escape(ids[a]))</span></th>"
            for b in picked {
                let shared = a == b ? sets[a].count : sets[a].intersection(sets[b]).count
                let strength = a == b ? 0.15 : Double(shared) / Double(maximum)
                let color = shared == 0 ? "#ffffff" : Self.blend(strength)
                let ink = strength > 0.55 ? "#ffffff" : "#1f2933"
                html += "<td style=\"background:\(color);color:\(ink)\">\(shared == 0 ? "" : String(shared))</td>"
            }
            html += "</tr>"
        }
        return html + "</table>"
    }

    /// An SVG bar chart of meetings per year, with active actors above each bar.
    func activityChart() -> String {
        var meetingsByYear: [Int: Int] = [:]
        var actorsByYear: [Int: Set<String>] = [:]
        for node in network.meetings { if let year = node.meeting?.year { meetingsByYear[year, default: 0] += 1 } }
        for edge in network.participations {
            if let year = network[edge.to]?.meeting?.year { actorsByYear[year, default: []].insert(edge.from) }
        }
        guard let first = meetingsByYear.keys.min(), let last = meetingsByYear.keys.max() else {
            return "<p class=\"muted\">No meeting has a date.</p>"
        }
        let years = Array(first...last)
        let peak = max(meetingsByYear.values.max() ?? 1, 1)
        let barWidth = 84.0, gap = 26.0, height = 180.0, top = 44.0, bottom = 30.0
        let width = Double(years.count) * (barWidth + gap) + gap
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height + top + bottom))\" role=\"img\" aria-label=\"Meetings per year\">"
        svg += "<line x1=\"0\" y1=\"\(top + height)\" x2=\"\(width)\" y2=\"\(top + height)\" stroke=\"#9aa5b1\"/>"
        for (index, year) in years.enumerated() {
            let count = meetingsByYear[year] ?? 0
            let barHeight = height * Double(count) / Double(peak)
            let x = gap + Double(index) * (barWidth + gap)
            svg += "<rect x=\"\(x)\" y=\"\(top + height - barHeight)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"#2f6f9f\" rx=\"3\"><title>\(year): \(count) meetings</title></rect>"
            let actorCount = actorsByYear[year]?.count ?? 0
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height - barHeight - 24)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2933\">\(count) meeting\(count == 1 ? "" : "s")</text>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height - barHeight - 8)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#52606d\">\(actorCount) actor\(actorCount == 1 ? "" : "s")</text>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(top + height + 20)\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1f2933\">\(year)</text>"
        }
        return svg + "</svg>"
    }

    static func blend(_ strength: Double) -> String {
        // From a pale blue to the accent colour.
        let low = (232.0, 240.0, 248.0), high = (31.0, 78.0, 121.0)
        let t = min(max(strength, 0), 1)
        let channel = { (a: Double, b: Double) in String(format: "%02x", Int((a + (b - a) * t).rounded())) }
        return "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
    }

    static func decimal(_ value: Double) -> String { value.isFinite ? String(format: "%.2f", value) : "–" }
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
