import CGraphvizText
import Foundation
import PartnerGraph

/// The node labels of a diagram, measured with pango on a second thread while Graphviz builds and lays out the
/// graph on the first (`CGraphvizText`).
///
/// Graphviz measures each label through its text layout plugin, one at a time, as the layout starts (neato's
/// `neato_init_node`): in a diagram of a hundred labels in fifteen font sizes, about a fifth of the whole run, most
/// of it loading each size (fontconfig's match, FreeType's hinting at that size: half a millisecond each, against a
/// few hundredths to shape a label in a loaded size). The graph's own statements say which labels it will measure:
/// plain, one-line node labels, each in its node's font and size. The layout loads sizes from its first label on;
/// the measuring thread loads them from the last new size back, so that the two meet in the middle and each size is
/// loaded once, then measures every label in its sizes; whatever the thread has measured the layout takes from the
/// cache. The figures are pango's for the same text,
/// font description and context settings (the cache checks each font against a label the plugin measured before
/// it answers), so the drawing does not change.
enum LabelMeasurement {
    /// The formats whose renderer never draws from pango's layout object (which the cache does not make): Graphviz's
    /// core renderers. cairo's (png, pdf, ...) draw each label from it.
    static let coreFormats: Set<String> = ["svg", "svgz", "dot", "gv", "xdot", "canon", "plain", "plain-ext", "json", "json0", "dot_json", "xdot_json"]

    /// One label as Graphviz will measure it.
    struct Label: Equatable {
        var text: String
        var fontName: String
        var fontSize: Double
    }

    /// Starts measuring `graph`'s labels for a render to `format`; true when a measuring thread started. Then call
    /// ``arm()`` under Graphviz's lock before the layout, and ``end()`` on every path: once the layout is done, still
    /// under the lock. Call it before taking the lock, as soon as the graph is built: the thread measures while the
    /// render waits for the lock (the warm-up of ``GraphvizRenderer/prepare(engine:format:fontName:)`` holds it
    /// while it loads Graphviz's plugins), even before the context exists.
    /// - Complexity: O(nodes) here; the measuring itself runs on the other thread.
    static func begin(_ graph: DOTGraph, format: RenderFormat) -> Bool {
        guard !format.rawValue.contains(":"), coreFormats.contains(format.rawValue) else { return false }
        let labels = labels(of: graph)
        guard !labels.isEmpty else { return false }
        let texts = labels.map { strdup($0.text) }
        let fonts = labels.map { strdup($0.fontName) }
        defer {
            texts.forEach { free($0) }
            fonts.forEach { free($0) }
        }
        guard texts.allSatisfy({ $0 != nil }), fonts.allSatisfy({ $0 != nil }) else { return false }
        let sizes = labels.map(\.fontSize)
        let started = texts.map { UnsafePointer($0) }.withUnsafeBufferPointer { textPointers in
            fonts.map { UnsafePointer($0) }.withUnsafeBufferPointer { fontPointers in
                cgraphviz_text_begin(Int32(labels.count), textPointers.baseAddress, fontPointers.baseAddress, sizes)
            }
        }
        return started != 0
    }

    /// Makes the layout take the labels the thread has measured from the cache, until ``end()``. Call under
    /// Graphviz's lock, after a ``begin(_:format:)`` that returned true.
    static func arm() {
        cgraphviz_text_arm()
    }

    /// Makes the measuring thread's pango context ready once Graphviz has measured a label (the warm-up of
    /// ``GraphvizRenderer/prepare(engine:format:fontName:)``); call outside Graphviz's lock.
    static func prepare() {
        cgraphviz_text_prepare()
    }

    /// Returns once the layout of the render in progress has its labels: it has asked for as many as its measuring
    /// thread was given (each answered from the cache or measured by pango), or it is done; at once when no render's
    /// labels are being measured. Any thread, with or without Graphviz's lock.
    /// - Returns: what that render had taken from the measuring thread at that point (for tests; the last render's
    ///   when none was running).
    @discardableResult
    static func waitUntilMeasured() -> Counts {
        var measuredAhead: Int32 = 0
        var fromCache: Int32 = 0
        cgraphviz_text_wait(&measuredAhead, &fromCache)
        return Counts(fromCache: Int(fromCache), measuredAhead: Int(measuredAhead))
    }

    /// What one render took from the measuring thread.
    struct Counts: Equatable {
        /// Labels the layout took from the cache instead of measuring them.
        var fromCache = 0
        /// Labels the measuring thread measured.
        var measuredAhead = 0
    }

    /// Stops the measuring thread started by ``begin(_:format:)``, empties the cache and says what it gave.
    static func end() -> Counts {
        cgraphviz_text_end()
        return Counts(fromCache: Int(cgraphviz_text_hits()), measuredAhead: Int(cgraphviz_text_measured()))
    }

    /// The plain spans of the graph's HTML label (``spans(ofHTML:fontName:fontSize:)``: the legend), then the plain
    /// one-line node labels of `graph` with the font name and size Graphviz gives each, then the edges' (but in a
    /// strict graph), in the order Graphviz measures them (the graph's label first, then the nodes, each subgraph's
    /// before the graph's own, as ``DOTGraph/render()`` writes them, then the edges likewise).
    /// Labels Graphviz would rewrite before measuring (escapes such as `\N` or `\n`, entities, HTML) are left out:
    /// the layout measures those itself.
    /// - Complexity: O(nodes × attributes).
    static func labels(of graph: DOTGraph) -> [Label] {
        var labels: [Label] = []
        // The lines of a node's or an edge's label, in its font; an empty line Graphviz does not measure.
        func append(_ attributes: DOTAttributes, name: String, _ defaults: Defaults) {
            var own = defaults
            own.take(attributes)
            guard let size = Double(own.fontSize), size >= 1 else { return }
            for line in own.lines(name: name) where !line.isEmpty {
                labels.append(Label(text: line, fontName: own.fontName, fontSize: size))
            }
        }
        // Each subgraph's nodes (or edges) before the graph's own, with the defaults in force where they are written.
        func visit(_ subgraph: DOTSubgraph, inherited: Defaults, edges: Bool) {
            var defaults = inherited
            defaults.take(edges ? subgraph.edgeDefaults : subgraph.nodeDefaults)
            for nested in subgraph.subgraphs { visit(nested, inherited: defaults, edges: edges) }
            if edges {
                for edge in subgraph.edges { append(edge.attributes, name: "", defaults) }
            } else {
                for node in subgraph.nodes { append(node.attributes, name: node.id, defaults) }
            }
        }
        // The graph's HTML label (the legend) first: Graphviz measures it before the nodes (`graph_init`).
        if case .html(let label) = graph.attributes["label"] {
            var font = Defaults()
            font.take(graph.attributes)
            if let size = Double(font.fontSize), size >= 1 {
                labels += spans(ofHTML: label.markup, fontName: font.fontName, fontSize: size)
            }
        }
        var nodeDefaults = Defaults()
        nodeDefaults.take(graph.nodeDefaults)
        for subgraph in graph.subgraphs { visit(subgraph, inherited: nodeDefaults, edges: false) }
        for node in graph.nodes { append(node.attributes, name: node.id, nodeDefaults) }
        // Then the edges' labels: Graphviz measures them once every node is (`common_init_edge`). An edge has no
        // label unless one is set; a strict graph may merge edges, so its edges are left to the layout.
        guard !graph.isStrict else { return labels }
        var edgeDefaults = Defaults(label: .string(""))
        edgeDefaults.take(graph.edgeDefaults)
        for subgraph in graph.subgraphs { visit(subgraph, inherited: edgeDefaults, edges: true) }
        for edge in graph.edges { append(edge.attributes, name: "", edgeDefaults) }
        return labels
    }

    /// The plain text spans Graphviz measures in an HTML-like label, in order: each text between two tags, its
    /// entities decoded and its control characters dropped (as Graphviz's HTML lexer reads it), in the font the
    /// enclosing `FONT` elements give (`FACE`, a whole `POINT-SIZE`), else in `fontName` at `fontSize`.
    ///
    /// Left out, for the layout to measure itself: text in `B`, `I`, `U`, `O`, `S`, `SUB` or `SUP` (pango measures
    /// it with markup), under a `FONT` whose size or face this does not read as Graphviz does, with a backslash
    /// (Graphviz expands escapes such as `\N` in HTML text), or with an entity other than XML's five and numeric
    /// ones. A text Graphviz reads otherwise than predicted is only measured twice: the cache answers exact texts.
    /// - Complexity: O(length of the markup).
    static func spans(ofHTML markup: String, fontName: String, fontSize: Double) -> [Label] {
        // The font of the text at this point: nil name or size, the label's; `plain` false inside a styling element
        // or a FONT this does not read.
        struct Font {
            var name: String?
            var size: Double?
            var plain = true
            var tag: Substring
        }
        var stack: [Font] = []
        var spans: [Label] = []
        func append(_ raw: Substring) {
            guard !raw.isEmpty, stack.last?.plain ?? true, let decoded = decode(raw) else { return }
            let text = String(decoded.unicodeScalars.filter { $0.value >= 0x20 })
            guard !text.isEmpty, !text.utf8.contains(UInt8(ascii: "\\")) else { return }
            spans.append(Label(text: text, fontName: stack.last?.name ?? fontName, fontSize: stack.last?.size ?? fontSize))
        }
        var rest = Substring(markup)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                append(rest)
                break
            }
            append(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().prefix { $0.isLetter }.uppercased()
                if let last = stack.lastIndex(where: { $0.tag == name }) { stack.removeSubrange(last...) }
                continue
            }
            if tag.hasSuffix("/") || tag.hasPrefix("!") { continue }  // <BR/>, <IMG/>, <HR/>, <VR/>; comments
            let name = Substring(tag.prefix { $0.isLetter || $0.isNumber }.uppercased())
            var font = stack.last ?? Font(tag: "")
            font.tag = name
            switch name {
            case "B", "I", "U", "O", "S", "SUB", "SUP": font.plain = false
            case "FONT":
                if let face = attribute("FACE", in: tag) {
                    if let decoded = decode(face), !decoded.isEmpty { font.name = decoded } else { font.plain = false }
                }
                if let size = attribute("POINT-SIZE", in: tag) {
                    // Graphviz 2.42-2.50 read a whole number of points; anything else is left to the layout.
                    if let points = Int(size.trimmingSpacesAndTabs()), points >= 1 {
                        font.size = Double(points)
                    } else {
                        font.plain = false
                    }
                }
            default: break
            }
            stack.append(font)
        }
        return spans
    }

    /// The value of attribute `name` (written in double quotes, any case) in a tag's text.
    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        var rest = tag
        while let range = rest.range(of: name, options: .caseInsensitive) {
            let before = range.lowerBound == rest.startIndex ? " " : rest[rest.index(before: range.lowerBound)]
            rest = rest[range.upperBound...]
            guard before.isWhitespace else { continue }
            let afterName = rest.drop { $0.isWhitespace }
            guard afterName.first == "=" else { continue }
            let value = afterName.dropFirst().drop { $0.isWhitespace }
            guard value.first == "\"", let end = value.dropFirst().firstIndex(of: "\"") else { return nil }
            return value[value.index(after: value.startIndex)..<end]
        }
        return nil
    }

    /// Text with XML's entities and numeric references decoded; nil for another entity or a malformed one.
    private static func decode(_ text: Substring) -> String? {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { return nil }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                guard entity.hasPrefix("#") else { return nil }
                let digits = entity.dropFirst()
                let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let value, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
                result.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// A node's or an edge's label, font name and size as far as the statements set them (Graphviz's defaults
    /// otherwise).
    private struct Defaults {
        /// nil: the node's name (`\N`); an edge's starts as an empty text (no label).
        var label: DOTValue?
        var fontName = "Times-Roman"
        var fontSize = "14"

        /// The lines Graphviz measures one by one: a literal text's lines (``DOTEscaping/escString(_:)`` writes
        /// them so that Graphviz reads them back as they are); a name or a raw string when it has no escape, line
        /// break or entity; none for HTML.
        func lines(name: String) -> [String] {
            switch label {
            case nil: return isPlain(name) ? [name] : []
            case .string(let text): return isPlain(text) ? [text] : []
            case .text(let text):
                guard !text.utf8.contains(UInt8(ascii: "\r")) else { return [] }
                return text.split(separator: "\n").map(String.init)
            case .html: return []
            }
        }

        mutating func take(_ attributes: DOTAttributes) {
            for attribute in attributes {
                switch (attribute.name, attribute.value) {
                case ("label", let value): label = value
                case ("fontname", .string(let text)), ("fontname", .text(let text)): fontName = text
                case ("fontsize", .string(let text)), ("fontsize", .text(let text)): fontSize = text
                default: break
                }
            }
        }
    }

    /// Whether Graphviz measures `text` as it is: one line, no escape, no entity.
    private static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "&") }
    }
}
