import Foundation
import Mustache
import PartnerGraph
import PartnerGraphviz
import PartnerIO
import PartnerMetrics

/// The interactive page: ``InteractiveTemplate`` filled from a ``ReportModel``, with the data its script needs
/// as one JSON block (``ReportData``).
struct InteractivePage {
    var model: ReportModel
    var network: Network

    // The values the template reads, by name through key paths (``TemplateFields``); `{{x}}` escapes them for HTML.
    struct TimelineMeeting: TemplateFields {
        var node: Int; var date: String; var place: String; var title: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["node": \.node, "date": \.date, "place": \.place, "title": \.title]
    }
    struct TimelineYear: TemplateFields {
        var year: String; var anchor: String; var figures: String; var barWidth: String; var meetings: [TimelineMeeting]
        /// What the year's list leaves out (beyond ``listLimit`` meetings), or nil.
        var more: String?
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "year": \.year, "anchor": \.anchor, "figures": \.figures, "barWidth": \.barWidth, "meetings": \.meetings, "more": \.more,
        ]
    }
    struct GroupBlock: TemplateFields {
        var number: Int; var size: Int; var members: [Member]
        /// What the group's list leaves out (beyond ``listLimit`` members), or nil.
        var more: String?
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "number": \.number, "size": \.size, "members": \.members, "more": \.more,
        ]
    }
    struct Member: TemplateFields {
        var node: Int; var name: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["node": \.node, "name": \.name]
    }
    /// The page's own values; the shared ones (``PageSections``) are found after them.
    struct Context: TemplateFields {
        var shared: PageSections
        var networkText: String
        var diagramSVG: String
        var hasDiagram: Bool
        var diagramNote: String?
        var yearMin: String
        var yearMax: String
        var hasYears: Bool
        var actorsNote: String?
        var pairsNote: String?
        var hasBackbone: Bool
        var backboneCount: Int
        var timeline: [TimelineYear]
        var groups: [GroupBlock]
        var style: String
        var lineStyleCSS: String
        var script: String
        var data: String
        var sharedFields: (any TemplateFields)? { shared }
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "shared": \.shared, "networkText": \.networkText, "diagramSVG": \.diagramSVG, "hasDiagram": \.hasDiagram, "diagramNote": \.diagramNote,
            "yearMin": \.yearMin, "yearMax": \.yearMax, "hasYears": \.hasYears, "actorsNote": \.actorsNote, "pairsNote": \.pairsNote,
            "hasBackbone": \.hasBackbone, "backboneCount": \.backboneCount, "timeline": \.timeline, "groups": \.groups,
            "style": \.style, "lineStyleCSS": \.lineStyleCSS, "script": \.script, "data": \.data,
        ]
    }

    /// The page, in parts. An SVG drawing is laid out on a thread of its own (see ``ReportModel/diagram``):
    /// everything else is filled while it runs, then the page is handed over up to a marker, the drawing, and the
    /// rest; a drawing that failed re-fills the page with its note instead. A canvas drawing's data is part of the
    /// page data, so that page waits for it.
    func write(_ write: (Substring) throws -> Void) throws {
        // Every page text goes to ExitKeeping: kept to the process's exit for `partnet report`, freed here otherwise.
        if ReportDiagram.drawsOnCanvas(network) { return try writeWhole(PageTemplates.render("interactive", context()), write) }
        let marker = "<!-- partnet: the drawing, \(UUID().uuidString) -->"
        var page = try PageTemplates.render(
            "interactive", context(drawing: (svg: marker, failure: nil, canvas: nil), notes: model.figureNotes))
        defer { ExitKeeping.keep(page) }
        let diagram = model.diagram
        guard let svg = diagram.svg, diagram.failure == nil, let place = Self.range(of: marker, in: &page) else {
            return try writeWhole(PageTemplates.render("interactive", context()), write)
        }
        try write(page[..<place.lowerBound])
        try write(Substring(svg))
        try write(page[place.upperBound...])
    }

    /// Hands `page` to `write` whole and leaves it to `ExitKeeping`.
    private func writeWhole(_ page: String, _ write: (Substring) throws -> Void) throws {
        defer { ExitKeeping.keep(page) }
        try write(Substring(page))
    }

    /// Where `marker` first occurs in `page`, searched in its UTF-8 bytes with `memchr` and `memcmp` (the generic
    /// collection search takes milliseconds on a page of half a megabyte, after the layout, when the user waits).
    /// - Complexity: O(n·k) at worst for a page of n bytes and a marker of k; O(n) for a marker whose first byte
    ///   seldom starts a copy of its first few bytes.
    static func range(of marker: String, in page: inout String) -> Range<String.Index>? {
        let found: Int? = page.withUTF8 { PageText.firstOffset(of: Array(marker.utf8), in: $0) }
        guard let found else { return nil }
        let start = page.utf8.index(page.utf8.startIndex, offsetBy: found)
        return start..<page.utf8.index(start, offsetBy: marker.utf8.count)
    }

    /// The page's values, the drawing included (which waits for the layout).
    func context() throws -> Context {
        let diagram = model.diagram
        return try context(drawing: (diagram.svg, diagram.failure, diagram.canvas), notes: model.notes)
    }

    /// The page's values with this drawing (no SVG and no canvas when it failed, `failure` saying why) and notes.
    func context(drawing: (svg: String?, failure: String?, canvas: CanvasLayout?), notes: [String]) throws -> Context {
        let nodeIndex = Dictionary(network.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = model.names
        let tables = Self.tables(model: model, nodeIndex: nodeIndex)
        var data = TableBuffer()
        ReportData.json(model: model, network: network, tables: tables.data).write(to: &data, indent: nil)
        let json = PageText.scriptSafe(jsonBytes: data.bytes)
        let subtitle =
            network.hasMeetings
            ? "Who meets whom, who is central, and how activity changed over time. Search, pick a year, click any shape or line."
            : "Who is linked to whom, who is central, and which groups form. Search, click any shape or line."
        var notes = notes
        if let significance = model.significance, model.pairs.count > ReportData.pairTestLimit {
            notes.append(
                "This page carries the p-values of the pairs its pairs table lists, not those of all \(significance.tested) tested pairs (more than \(ReportData.pairTestLimit) would make it too large); partnet cooccurrence FILE --significance \(significance.model) lists every pair's."
            )
        }
        return Context(
            shared: PageSections(model: model, subtitle: subtitle, notes: notes, nodeIndex: nodeIndex),
            networkText: networkText,
            diagramSVG: drawing.svg ?? "", hasDiagram: drawing.svg != nil || drawing.canvas != nil, diagramNote: drawing.failure,
            yearMin: model.years.first.map { "\($0.startYear)" } ?? "", yearMax: model.years.last.map { "\($0.startYear)" } ?? "",
            hasYears: !model.years.isEmpty,
            actorsNote: Self.limitNote(shown: tables.actors, of: model.actors.count, "actors"),
            pairsNote: Self.limitNote(shown: tables.pairs, of: model.pairs.count, "pairs"),
            hasBackbone: model.significance != nil, backboneCount: model.backbone.count,
            timeline: timeline(nodeIndex: nodeIndex),
            groups: model.groups.map { group in
                GroupBlock(
                    number: group.number, size: group.members.count,
                    members: group.members.prefix(Self.listLimit).map { Member(node: nodeIndex[$0]!, name: names[$0] ?? $0) },
                    more: group.members.count > Self.listLimit
                        ? "and \(group.members.count - Self.listLimit) more: the actors table lists every actor with its group, and Colour by group shows them in the drawing."
                        : nil)
            },
            style: InteractiveStyle.css, lineStyleCSS: lineStyleCSS, script: InteractiveScript.source, data: json)
    }

    /// The rows of the actors' and the pairs' tables and the heat map's counts, for the page's script to build
    /// (see ``ReportData``'s `tables`): the first ``ReportModel/tableLimit`` actors, and the first pairs by shared
    /// meetings, then the backbone's pairs beyond them, for the backbone view. A figure's printed text comes with it only where the
    /// script cannot print it the same (two decimals, p-values); whole numbers and names come from the nodes.
    ///
    /// Filled through the templates, these rows were most of the page's template work (some twenty names looked up
    /// per row, each through dynamic casts): as data they are a few numbers each.
    /// - Returns: the `tables` object, and how many actors and pairs (beside the backbone's) it lists.
    /// A pair's shared meetings are not listed: the script finds them from the edges (each fact once in the page).
    /// - Complexity: O(a + p + h²) for a listed actors, p listed pairs and h actors in the heat map.
    static func tables(model: ReportModel, nodeIndex: [String: Int]) -> (data: JSONValue, actors: Int, pairs: Int) {
        let actors = model.actors.prefix(model.tableLimit).map { actor -> JSONValue in
            .array([
                .int(nodeIndex[actor.statistics.id]!), .string(PageText.decimal(actor.betweenness)),
                actor.eigenvector.map { .string(PageText.decimal($0)) } ?? .null,
            ])
        }
        let firstPairs = model.pairs.prefix(model.tableLimit)
        let listed = Set(firstPairs.map { [$0.a, $0.b] })
        let extraPairs = model.backbone.filter { !listed.contains([$0.a, $0.b]) }.prefix(model.tableLimit)
        let pairs = (firstPairs.map { ($0, false) } + extraPairs.map { ($0, true) }).map { pair, extra -> JSONValue in
            .array([
                .int(nodeIndex[pair.a]!), .int(nodeIndex[pair.b]!), .int(pair.shared),
                .double(pair.jaccard), .string(PageText.decimal(pair.jaccard)), .double(pair.lift), .string(PageText.decimal(pair.lift)),
                pair.p.map { .double($0) } ?? .null, .string(pair.p.map(PageText.pValue) ?? "–"),
                .int((pair.significant ? 1 : 0) | (extra ? 2 : 0)),
            ])
        }
        let heat = model.heatMap
        let heatMap: JSONValue = .object([
            ("actors", .array(heat.actorIDs.map { .int(nodeIndex[$0]!) })),
            ("counts", .array(heat.counts.map { row in .array(row.map(JSONValue.int)) })),
        ])
        return (
            .object([("actors", .array(actors)), ("pairs", .array(pairs)), ("heatMap", heatMap)]), actors.count, firstPairs.count
        )
    }

    /// What the drawing shows: a network with meetings, or a one-mode network (an edge list), and how a large
    /// network is drawn.
    var networkText: String {
        var text =
            network.hasMeetings
            ? "Each shape is an actor or a meeting; lines show who hosted, co-chaired, attended or organised a meeting, and the standing ties between actors."
            : "The data is a one-mode network with no meetings: each shape is one of its \(network.nodes.count) nodes and each line one of its \(network.edges.count) links, as the file lists them."
        if ReportDiagram.drawsOnCanvas(network), let canvas = model.diagram.canvas {
            text +=
                " Graphviz's sfdp placed the nodes. Where the view holds more than \(PageText.count(InteractiveCanvas.aggregateLimit, "node")), each circle stands for a community (one of the \(canvas.communityCount) found by \(model.communityMethod == .louvain ? "Louvain" : "Leiden") over the whole network), sized by its members, with lines as thick as the links between communities: click one, or zoom in, to see its nodes."
        }
        return text
    }

    /// The most meetings a year of the timeline, and members a group, that the page lists one by one (a list of
    /// thousands of buttons would weigh more than the network's data); the rest are counted, and search, the tables
    /// and the drawing reach them.
    static let listLimit = 50

    static func limitNote(shown: Int, of total: Int, _ what: String) -> String? {
        shown < total ? "The table lists the first \(shown) of \(total) \(what)." : nil
    }

    /// One rule per line style: its own dash pattern and width, so relations differ by more than colour.
    var lineStyleCSS: String {
        model.lineStyles.enumerated().map { position, line in
            let dashes = line.dashes.isEmpty ? "none" : line.dashes
            return "#diagram-view g.rel-\(position) path:not(.hit) { stroke-dasharray: \(dashes); stroke-width: \(line.width); }"
        }.joined(separator: "\n")
    }

    /// Meetings by year (undated last), each year with its figures from ``ReportModel/years``.
    func timeline(nodeIndex: [String: Int]) -> [TimelineYear] {
        var byYear: [Int?: [Node]] = [:]
        for node in network.meetings { byYear[node.meeting?.year, default: []].append(node) }
        let peak = max(model.years.map(\.meetings).max() ?? 1, 1)
        func entries(_ nodes: [Node]) -> [TimelineMeeting] {
            nodes.sorted { a, b in
                switch (a.meeting?.start, b.meeting?.start) {
                case (let x?, let y?) where x != y: x < y
                case (.some, nil): true
                case (nil, .some): false
                default: a.id < b.id
                }
            }.map { node in
                let meeting = node.meeting
                let place = meeting?.isVirtual == true ? "online" : (meeting?.city ?? "")
                return TimelineMeeting(
                    node: nodeIndex[node.id]!, date: meeting?.start?.description ?? "undated", place: place,
                    title: meeting?.title ?? node.name)
            }
        }
        func more(_ nodes: [Node]?) -> String? {
            let count = nodes?.count ?? 0
            return count > Self.listLimit ? "and \(count - Self.listLimit) more meetings: search finds any meeting by its name, place or date." : nil
        }
        var years = model.years.map { period in
            TimelineYear(
                year: "\(period.startYear)", anchor: "year-\(period.startYear)",
                figures: "\(PageText.count(period.meetings, "meeting")) · \(PageText.count(period.activeActors, "active actor")) · \(period.newActors) new",
                barWidth: PageText.printed(100 * Double(period.meetings) / Double(peak), "%.1f"),
                meetings: Array(entries(byYear[period.startYear] ?? []).prefix(Self.listLimit)), more: more(byYear[period.startYear]))
        }
        if let undated = byYear[nil], !undated.isEmpty {
            years.append(
                TimelineYear(
                    year: "Undated", anchor: "year-undated", figures: PageText.count(undated.count, "meeting"), barWidth: "0",
                    meetings: Array(entries(undated).prefix(Self.listLimit)), more: more(undated)))
        }
        return years
    }
}
