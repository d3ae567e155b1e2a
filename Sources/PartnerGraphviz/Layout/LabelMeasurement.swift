import CGraphvizText
import Foundation

/// The node labels of a diagram, measured with pango on a second thread while Graphviz builds and lays out the
/// graph on the first (`CGraphvizText`).
///
/// Graphviz measures each label through its text layout plugin, one at a time, as the layout starts (neato's
/// `neato_init_node`): in a diagram of a hundred labels in thirty font sizes, about a fifth of the whole run. The
/// graph's own statements say which labels it will measure: plain, one-line node labels, each in its node's font
/// and size. The measuring thread takes them from the last node back while the layout measures from the first;
/// whatever the thread has measured the layout takes from the cache. The figures are pango's for the same text,
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

    /// Starts measuring `graph`'s labels for a render to `format`; true when a measuring thread started (then call
    /// ``end()`` once the layout is done, still under the lock). Call under Graphviz's lock, once the context exists.
    /// - Complexity: O(nodes) here; the measuring itself runs on the other thread.
    static func begin(_ graph: DOTGraph, format: RenderFormat) -> Bool {
        guard !format.rawValue.contains(":"), coreFormats.contains(format.rawValue), cgraphviz_text_installed() != 0
        else { return false }
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

    /// Makes the measuring thread's pango context ready once Graphviz has measured a label (the warm-up of
    /// ``GraphvizRenderer/prepare(engine:format:fontName:)``); call outside Graphviz's lock.
    static func prepare() {
        cgraphviz_text_prepare()
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

    /// The plain one-line node labels of `graph` with the font name and size Graphviz gives each, in the order
    /// Graphviz meets the nodes (each subgraph's before the graph's own, as ``DOTGraph/render()`` writes them).
    /// Labels Graphviz would rewrite before measuring (escapes such as `\N` or `\n`, entities, HTML) are left out:
    /// the layout measures those itself.
    /// - Complexity: O(nodes × attributes).
    static func labels(of graph: DOTGraph) -> [Label] {
        var labels: [Label] = []
        var defaults = Defaults()
        defaults.take(graph.nodeDefaults)
        func visit(_ subgraph: DOTSubgraph, inherited: Defaults) {
            var defaults = inherited
            defaults.take(subgraph.nodeDefaults)
            for nested in subgraph.subgraphs { visit(nested, inherited: defaults) }
            for node in subgraph.nodes { append(node, defaults) }
        }
        func append(_ node: DOTNode, _ defaults: Defaults) {
            var own = defaults
            own.take(node.attributes)
            guard let size = Double(own.fontSize), size >= 1 else { return }
            for line in own.lines(name: node.id) {
                labels.append(Label(text: line, fontName: own.fontName, fontSize: size))
            }
        }
        for subgraph in graph.subgraphs { visit(subgraph, inherited: defaults) }
        for node in graph.nodes { append(node, defaults) }
        return labels
    }

    /// A node's label, font name and size as far as the statements set them (Graphviz's defaults otherwise).
    private struct Defaults {
        /// nil: the node's name (`\N`).
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
