/// An exchange format written as it is made, a block at a time, never whole in memory: ``GraphML`` and ``GEXF``.
///
/// A format gives the one function that appends its document; the text and the streamed file both come from it.
/// ```swift
/// try GraphML.write(network, to: file)          // streamed into an OutputFile
/// let text = GEXF.string(for: network)          // the same bytes as one string
/// ```
public protocol StreamedExchangeDocument {
    /// Appends the document for `network` and its computed `results` to `buffer`, calling `flush` after the
    /// head and after each node and edge (so a caller may write the buffer out and empty it).
    /// - Complexity: O(n + m) time.
    static func write<Failure: Error>(
        _ network: Network, results: NodeResults, into buffer: inout TableBuffer, flushing flush: (inout TableBuffer) throws(Failure) -> Void
    ) throws(Failure)
}

extension StreamedExchangeDocument {
    /// The network as one text.
    /// - Complexity: O(n + m) time and memory.
    public static func string(for network: Network, results: NodeResults = NodeResults()) -> String {
        BlockOutput.text { write(network, results: results, into: &$0) { (_: inout TableBuffer) throws(Never) in } }
    }

    /// Writes the network into `file` as it is made, a block at a time; the caller commits the file.
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    /// - Complexity: O(n + m) time; one block of memory beside the network.
    public static func write(_ network: Network, results: NodeResults = NodeResults(), to file: OutputFile) throws {
        try BlockOutput.stream(to: file) { buffer, flush in try write(network, results: results, into: &buffer, flushing: flush) }
    }
}

/// The shape GraphML and GEXF share: the head with its columns, every node with its fields and the result
/// columns' values, every edge with its fields, the tail; each format gives its own elements.
struct StreamedElements {
    /// The head: appends the document's start and declares the node and edge columns; returns their ids by name.
    var head:
        (_ nodeKeys: [(String, ExchangeFields.FieldType)], _ edgeKeys: [(String, ExchangeFields.FieldType)], _ xml: inout TableBuffer) -> (
            nodes: [String: String], edges: [String: String]
        )
    /// What comes before the first node, between the last node and the first edge, and after the last edge.
    var beforeNodes: StaticString, betweenNodesAndEdges: StaticString, tail: StaticString
    /// A node's start tag and line end.
    var nodeStart: (Node, inout TableBuffer) -> Void
    var nodeEnd: StaticString
    /// An edge's start tag (from its index and the edge) and line end.
    var edgeStart: (Int, Edge, inout TableBuffer) -> Void
    var edgeEnd: StaticString
    /// One field's value on its own line, under its column id.
    var field: (_ key: String, _ value: String, _ xml: inout TableBuffer) -> Void

    /// Appends the document for `network` and `results`, calling `flush` after the head and after each node
    /// and edge.
    /// - Complexity: O(n + m) time.
    func append<Failure: Error>(
        _ network: Network, results: NodeResults, into xml: inout TableBuffer, flushing flush: (inout TableBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        let resultColumns = results.columns(for: network)
        let layout = ExchangeFields.Layout(network)
        let (nodeKeyIDs, edgeKeyIDs) = head(
            layout.nodeKeys() + resultColumns.map { ($0.name, $0.type) }, layout.edgeKeys(weighted: network.edges.contains { $0.weight != nil }),
            &xml)
        try flush(&xml)
        xml.append(contentsOf: beforeNodes)
        for node in network.nodes {
            nodeStart(node, &xml)
            for (name, value) in ExchangeFields.fields(of: node, layout: layout)
                + resultColumns.compactMap({ column in column.values[node.id].map { (column.name, $0) } })
            {
                field(nodeKeyIDs[name]!, value.text, &xml)
            }
            xml.append(contentsOf: nodeEnd)
            try flush(&xml)
        }
        xml.append(contentsOf: betweenNodesAndEdges)
        for (index, edge) in network.edges.enumerated() {
            edgeStart(index, edge, &xml)
            for (name, value) in ExchangeFields.fields(of: edge, layout: layout) {
                field(edgeKeyIDs[name]!, value.text, &xml)
            }
            xml.append(contentsOf: edgeEnd)
            try flush(&xml)
        }
        xml.append(contentsOf: tail)
    }
}

extension ExchangeFormat {
    /// The writer of a format written as it is made (GraphML, GEXF), nil for the others.
    public var streamedDocument: (any StreamedExchangeDocument.Type)? {
        switch self {
        case .graphml: GraphML.self
        case .gexf: GEXF.self
        default: nil
        }
    }
}
