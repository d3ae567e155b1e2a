@testable import PartnerGraphviz

/// libFuzzer target: the DOT writer against Graphviz's own parser.
///
/// The input, split at NUL bytes, gives node ids and labels; the graph is written as DOT and read back with
/// `agmemread`. Every node must come back with its label exactly as `DOTValue.text` promises, every edge
/// must come back, and Graphviz must never fail to parse what the writer wrote.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let pieces = UnsafeBufferPointer(start: data, count: count).split(separator: 0, omittingEmptySubsequences: false)
        .prefix(200).map { String(decoding: $0, as: UTF8.self) }
    var graph = DOTGraph(id: pieces.first, isDirected: count % 2 == 0)
    var labels: [String: String] = [:]
    for (index, piece) in pieces.enumerated() {
        // "n<index>_" keeps ids distinct, so the node count is known (plain "n<index>" did not: "n1" + "5" is
        // "n15" + "", which the fuzzer found at once).
        let id = "n\(index)_" + piece
        let html = HTMLLabel(escaping: piece)
        graph.nodes.append(DOTNode(id, attributes: ["label": .text(piece), "tooltip": .string(piece), "xlabel": .html(html)]))
        labels[DOTEscaping.readBackForFuzzing(id)] = piece
        if index > 0 { graph.edges.append(DOTEdge(from: graph.nodes[index - 1].id, to: id, attributes: ["label": .text(piece)])) }
    }
    let text = graph.render()
    let parsed: ParsedGraph
    do {
        parsed = try GraphvizRenderer.parse(dot: text)
    } catch {
        fatalError("Graphviz could not parse the writer's DOT: \(error)\n\(text)")
    }
    guard parsed.nodes.count == pieces.count, parsed.edges.count == pieces.count - 1 else {
        fatalError("\(parsed.nodes.count) nodes and \(parsed.edges.count) edges read back from \(pieces.count) nodes:\n\(text)")
    }
    for node in parsed.nodes {
        guard let expected = labels[node.name] else { fatalError("unknown node '\(node.name)' read back:\n\(text)") }
        let raw = node.attributes["label"] ?? ""
        if raw != DOTEscaping.escString(expected) { fatalError("label '\(raw)' read back for '\(expected)':\n\(text)") }
        let xlabel = node.attributes["xlabel"] ?? ""
        if xlabel != HTMLLabel.escape(expected) { fatalError("HTML label '\(xlabel)' read back for '\(expected)':\n\(text)") }
    }
    return 0
}

extension DOTEscaping {
    /// The id Graphviz reads back from `quoted(id)`: `\"` is a quote, any other escape is kept as written.
    static func readBackForFuzzing(_ id: String) -> String {
        var result = ""
        // Scalars, not Characters: a quote joined to a combining mark is one Character.
        var iterator = quoted(id).unicodeScalars.dropFirst().dropLast().makeIterator()
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
