@testable import PartnerGraphviz

/// The DOT round trip shared by the DOT tests and the DOT fuzz target: a graph is written as DOT, read back
/// with Graphviz's own parser (`agmemread`), and every node must come back with its label exactly as
/// `DOTValue.text` and `HTMLLabel(escaping:)` promise, every edge must come back, and Graphviz must never fail
/// to parse what the writer wrote.
public enum DOTRoundTrip {
    /// The graph the DOT fuzz target builds from its input, with each node's expected label keyed by the id
    /// Graphviz reads back: the bytes split at NUL bytes (the first 200 pieces) give one node each, with id
    /// `n<index>_<piece>` (the prefix keeps ids distinct), the piece as its text label, tooltip and HTML
    /// label, and an edge labelled with the piece from the node before. An even input length makes it directed.
    /// - Complexity: O(n) in the input's length.
    public static func graph(fuzzInput bytes: [UInt8]) -> (graph: DOTGraph, labels: [String: String]) {
        let pieces = bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(200)
            .map { String(decoding: $0, as: UTF8.self) }
        var graph = DOTGraph(id: pieces.first, isDirected: bytes.count % 2 == 0)
        var labels: [String: String] = [:]
        for (index, piece) in pieces.enumerated() {
            // "n<index>_" keeps ids distinct, so the node count is known (plain "n<index>" did not: "n1" + "5"
            // is "n15" + "").
            let id = "n\(index)_" + piece
            graph.nodes.append(
                DOTNode(
                    id,
                    attributes: ["label": .text(piece), "tooltip": .string(piece), "xlabel": .html(HTMLLabel(escaping: piece))]
                ))
            labels[readBack(id)] = piece
            if index > 0 {
                graph.edges.append(DOTEdge(from: graph.nodes[index - 1].id, to: id, attributes: ["label": .text(piece)]))
            }
        }
        return (graph, labels)
    }

    /// Writes `graph` as DOT, parses it with Graphviz and returns what did not come back as written: the
    /// node and edge counts, and for each node (keyed by the id Graphviz reads back) its `label` compared
    /// with `labels`' text escaped as an escString, and its `xlabel`, when it has one, with the text
    /// HTML-escaped. Empty when the round trip is exact.
    /// - Throws: when Graphviz cannot parse the written text.
    /// - Complexity: O(n + m) besides Graphviz's parse.
    public static func problems(_ graph: DOTGraph, labels: [String: String]) throws -> [String] {
        let text = graph.render()
        let parsed = try GraphvizRenderer.parse(dot: text)
        var problems: [String] = []
        if parsed.nodes.count != graph.nodes.count || parsed.edges.count != graph.edges.count {
            problems.append(
                "\(parsed.nodes.count) nodes and \(parsed.edges.count) edges read back from \(graph.nodes.count) and "
                    + "\(graph.edges.count)")
        }
        let hasHTML = Set(graph.nodes.filter { $0.attributes["xlabel"] != nil }.map { readBack($0.id) })
        for node in parsed.nodes {
            guard let expected = labels[node.name] else {
                problems.append("unknown node '\(node.name)' read back")
                continue
            }
            let raw = node.attributes["label"] ?? ""
            if raw != DOTEscaping.escString(expected) { problems.append("label '\(raw)' read back for '\(expected)'") }
            let xlabel = node.attributes["xlabel"] ?? ""
            if hasHTML.contains(node.name) && xlabel != HTMLLabel.escape(expected) {
                problems.append("HTML label '\(xlabel)' read back for '\(expected)'")
            }
        }
        return problems
    }

    /// The id Graphviz 2.42's lexer reads back from `DOTEscaping.quoted(id)`: `\"` is a quote, `\\` stays two
    /// backslashes, any other escape is kept as written.
    /// - Complexity: O(n).
    public static func readBack(_ id: String) -> String {
        var result = ""
        // Scalars, not Characters: a quote joined to a combining mark is one Character.
        var iterator = DOTEscaping.quoted(id).unicodeScalars.dropFirst().dropLast().makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\", let next = iterator.next() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if next == "\"" { result += "\"" } else { result += "\\"; result.unicodeScalars.append(next) }
        }
        return result
    }
}
