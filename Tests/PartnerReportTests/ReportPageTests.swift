import Foundation
import PartnerGraph
import PartnerIO
import Testing

@testable import PartnerReport

/// A network whose names, ids, notes and sources try to break out of the page.
func hostileNetwork() throws -> Network {
    let evil = "</script><script>window.pwned=1</script><!--"
    let nodes = [
        Node(id: "X</script>", name: evil, kind: .country, region: "<b>Africa</b>", attributes: ["note": "</SCRIPT >&amp;"], source: "\u{2028}</script>"),
        Node(id: "Y\"'", name: "<img src=x onerror=\"window.pwned=2\">", kind: "dialogue"),
        Node(id: "m<1>", kind: .meeting, meeting: Meeting(title: "]]><svg onload=alert(3)>", start: PartialDate("2020-02-01"), city: "A&B")),
    ]
    return try Network(
        name: "Net </title><script>window.pwned=3</script>", nodes: nodes,
        edges: [
            Edge(from: "X</script>", to: "m<1>", relation: .hosts, source: "</script><script>window.pwned=4</script>"),
            Edge(from: "Y\"'", to: "m<1>", relation: .attends),
            Edge(from: "X</script>", to: "Y\"'", relation: "<evil>"),
        ],
        notes: ["<script>window.pwned=5</script>"])
}

/// The text of the page's JSON block.
func dataBlock(of html: String) throws -> String {
    let open = try #require(html.range(of: "<script type=\"application/json\" id=\"report-data\">"))
    let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
    return String(html[open.upperBound..<close.lowerBound])
}

@Suite("The report pages")
struct ReportPageTests {
    @Test("hostile names stay text: two script elements, a JSON block that parses back to the names")
    func hostileInteractive() throws {
        let network = try hostileNetwork()
        let html = try Report(network).html()
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!html.contains("<img") && !html.contains("<svg onload") && !html.contains("<b>Africa"))
        let json = try dataBlock(of: html)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("\u{2028}"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // The nodes are columns: ids, and `[node, value]` rows for names unlike the id (the script restores the
        // rest from the id), regions, attributes, sources and meetings.
        let nodes = try #require(decoded["nodes"] as? [String: Any])
        #expect(nodes["id"] as? [String] == network.nodes.map(\.id))
        let names = try #require(nodes["name"] as? [[Any]])
        var named = network.nodes.map(\.id)
        for row in names { named[try #require(row[0] as? Int)] = try #require(row[1] as? String) }
        #expect(named == network.nodes.map(\.name))
        #expect(names.count == network.nodes.filter { $0.name != $0.id }.count)
        let regions = try #require(nodes["region"] as? [[Any]])
        #expect(regions.count == 1 && regions[0][0] as? Int == 0 && regions[0][1] as? String == "<b>Africa</b>")
        let attributes = try #require(nodes["attributes"] as? [[Any]])
        #expect((attributes.first?[1] as? [[String]]) == [["note", "</SCRIPT >&amp;"]])
        let sources = try #require(nodes["source"] as? [[Any]])
        #expect(sources.first?[1] as? String == "\u{2028}</script>")
        let meetings = try #require(nodes["meeting"] as? [[Any]])
        #expect(meetings.count == 1 && meetings[0][0] as? Int == 2 && meetings[0][2] as? Int == 2020)
        #expect((meetings[0][1] as? [String: Any])?["title"] as? String == "]]><svg onload=alert(3)>")
        // The edges are columns; the first edge's source sentence is among the extras, under its index.
        let edges = try #require(decoded["edges"] as? [String: Any])
        let extras = try #require(edges["extras"] as? [[String: Any]])
        #expect(extras.first { $0["i"] as? Int == 0 }?["source"] as? String == network.edges.first?.source)
        #expect(edges["from"] as? [Int] == network.edges.map { network.index(of: $0.from)! })
        #expect(edges["to"] as? [Int] == network.edges.map { network.index(of: $0.to)! })
        #expect(edges["tie"] as? String == "001", "two participations, then a tie between actors")
    }

    @Test("the actors' and pairs' rows and the heat map are data for the page's script: the tables' order and printed figures, no row in the markup")
    func tablesAsData() throws {
        let network = try rabat()
        let options = ReportOptions(tableLimit: 10, renderSVG: noDiagram)
        let html = try Report(network, options: options).html()
        let model = Report(network, options: options).model()
        let data = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(of: html).utf8)) as? [String: Any])
        let tables = try #require(data["tables"] as? [String: Any])
        let actors = try #require(tables["actors"] as? [[Any]])
        #expect(model.actors.count > 10 && actors.count == 10)
        for (row, actor) in zip(actors, model.actors) {
            #expect(row[0] as? Int == network.index(of: actor.statistics.id))
            #expect(row[1] as? String == PageText.decimal(actor.betweenness))
            #expect(row[2] as? String == actor.eigenvector.map { PageText.decimal($0) })
        }
        // The first pairs by shared meetings, then the backbone's beyond them (flag 2), for the backbone view.
        let pairs = try #require(tables["pairs"] as? [[Any]])
        let first = Array(model.pairs.prefix(10))
        let extra = model.backbone.filter { pair in !first.contains { $0.a == pair.a && $0.b == pair.b } }.prefix(10)
        let expected = first.map { ($0, false) } + extra.map { ($0, true) }
        #expect(model.pairs.count > 10 && pairs.count == expected.count)
        for (row, (pair, isExtra)) in zip(pairs, expected) {
            #expect(row[0] as? Int == network.index(of: pair.a) && row[1] as? Int == network.index(of: pair.b))
            #expect(row[2] as? Int == pair.shared)
            #expect(row[4] as? String == PageText.decimal(pair.jaccard) && row[6] as? String == PageText.decimal(pair.lift))
            #expect(row[8] as? String == pair.p.map(PageText.pValue) ?? "–")
            #expect(row[9] as? Int == (pair.significant ? 1 : 0) + (isExtra ? 2 : 0))
            #expect(row.count == 10, "the shared meetings are found by the script from the edges")
        }
        // The heat map's actors and counts, row by row.
        let heat = try #require(tables["heatMap"] as? [String: Any])
        #expect(heat["actors"] as? [Int] == model.heatMap.actorIDs.map { network.index(of: $0)! })
        #expect(heat["counts"] as? [[Int]] == model.heatMap.counts)
        #expect(model.heatMap.actorIDs.count > 1)
        // The markup holds no row, says how many the tables leave out, and what a browser without scripts misses.
        #expect(html.components(separatedBy: "<tbody></tbody>").count - 1 == 3)
        #expect(html.contains("The table lists the first 10 of \(model.actors.count) actors."))
        #expect(html.contains("The table lists the first 10 of \(model.pairs.count) pairs."))
        #expect(html.components(separatedBy: "<noscript>").count - 1 == 3)
    }

    @Test("the page is handed over in parts: the drawing alone between the parts made before it was ready")
    func pageInParts() throws {
        let report = Report(try rabat())
        var parts: [Substring] = []
        try report.writeHTML { parts.append($0) }
        #expect(parts.count == 3)
        let svg = try #require(report.model().diagram.svg)
        #expect(parts[1] == Substring(svg) && svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
        #expect(parts[0].hasSuffix("role=\"application\" aria-label=\"Network diagram: arrows move, + and − zoom, 0 fits\">"))
        #expect(parts[2].hasPrefix("</div>") && parts[2].hasSuffix("</html>"))
        #expect(parts.joined() == (try report.html()))

        var staticParts = 0
        try Report(try rabat(), options: ReportOptions(presentation: .static)).writeHTML { _ in staticParts += 1 }
        #expect(staticParts == 1)
    }

    @Test("what the writer throws ends the page there")
    func writerFailure() throws {
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try Report(try rabat()).writeHTML { _ in
                calls += 1
                throw Full()
            }
        }
        #expect(calls == 1)
    }

    @Test("a repeated edge (a country chairing twice) is drawn once, under its first edge's id")
    func repeatedEdge() throws {
        let nodes = [
            Node(id: "MAR", kind: .country), Node(id: "RP", kind: "dialogue"),
            Node(id: "m", kind: .meeting, meeting: Meeting(start: PartialDate("2020"))),
        ]
        let network = try Network(
            name: "twice", nodes: nodes,
            edges: [
                Edge(from: "MAR", to: "m", relation: .hosts),
                Edge(from: "MAR", to: "RP", relation: .presidency, start: PartialDate("2015"), end: PartialDate("2015")),
                Edge(from: "MAR", to: "RP", relation: .presidency, start: PartialDate("2022"), end: PartialDate("2024")),
            ])
        let html = try Report(network).html()
        #expect(html.contains("id=\"e0\"") && html.contains("id=\"e1\"") && !html.contains("id=\"e2\""))
    }

    @Test("the static page has no script at all, hostile names included")
    func hostileStatic() throws {
        let html = try Report(try hostileNetwork(), options: ReportOptions(presentation: .static)).html()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img") && !html.contains("<svg onload"))
        #expect(html.contains("&lt;script&gt;window.pwned=5&lt;/script&gt;"))
    }

    @Test("the interactive diagram numbers every node and edge, and carries no comments of user text")
    func diagramIdentifiers() throws {
        let network = try rabat()
        let model = Report(network).model()
        let svg = try #require(model.diagram.svg)
        for index in network.nodes.indices { #expect(svg.contains("<g id=\"n\(index)\" data-node=\"\(index)\"")) }
        for index in network.edges.indices { #expect(svg.contains("<g id=\"e\(index)\" data-edge=\"\(index)\"")) }
        #expect(!svg.contains("<!--"))
        // Every relation present has a line style, and no two share a dash pattern unless both are solid.
        let styles = model.diagram.lineStyles
        #expect(Set(styles.map(\.relation)) == Set(network.edges.map(\.relation)))
        let dashed = styles.map(\.dashes).filter { !$0.isEmpty }
        #expect(Set(dashed).count == dashed.count)
        let solid = styles.filter { $0.dashes.isEmpty }
        #expect(Set(solid.map(\.width)).count == solid.count, "solid lines differ by width")
    }

    @Test("the interactive page holds its controls and every section, and fetches nothing")
    func interactiveSections() throws {
        let html = try Report(try rabat()).html()
        for id in ["summary", "explore", "actors", "pairs", "heatmap", "timeline", "changes", "groups", "search", "year", "color-by", "legend", "details"] {
            #expect(html.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("src=\"//") && !html.contains("@import"))
    }

    @Test("both pages open with the one header partial, and the static page's heat map and bars come from its template")
    func templatesAndPartials() throws {
        let network = try rabat()
        let interactive = try Report(network).html()
        let printed = try Report(network, options: ReportOptions(presentation: .static)).html()
        func header(_ html: String) throws -> String {
            let open = try #require(html.range(of: "<header>"))
            let close = try #require(html.range(of: "</header>"))
            return String(html[open.lowerBound..<close.upperBound])
        }
        // The same markup around each page's own subtitle.
        let shape = { (text: String) in text.replacingOccurrences(of: #"<p>[^<]*</p>"#, with: "<p></p>", options: .regularExpression) }
        #expect(try shape(header(interactive)) == shape(header(printed)))
        #expect(try header(printed).contains("<h1>\(network.name)</h1>"))
        // Every cell of the heat map, and one bar per year.
        let model = Report(network).model()
        let size = model.heatMap.actorIDs.count
        let heat = try #require(printed.range(of: "<table class=\"heat\">"))
        let heatEnd = try #require(printed.range(of: "</table>", range: heat.upperBound..<printed.endIndex))
        #expect(printed[heat.lowerBound..<heatEnd.upperBound].components(separatedBy: "<td").count - 1 == size * size)
        #expect(printed.components(separatedBy: "<rect ").count - 1 == model.years.count)
        for period in model.years { #expect(printed.contains("<title>\(period.startYear): \(period.meetings) meeting")) }
    }
}
