import Foundation

/// Exchange files written straight from a parsed edge list, for an input that carries nothing but a graph.
///
/// The bytes are exactly those ``ExchangeFormat/files(for:results:vosviewer:)`` writes for
/// `edges.makeNetwork(name:)` (organisations linked by `collaborates` ties), but no `Network` is built: each id
/// is escaped once, edges are written from their 32-bit endpoint indices, and the text goes to the output in
/// blocks as it is made, never whole in memory.
///
/// ```swift
/// let edges = try EdgeList.parse(path: "uni.tsv")
/// let file = try OutputFile(path: "uni.graphml", protecting: ["uni.tsv"])
/// try EdgeList.write(edges, name: "uni.tsv", as: .graphml, to: file)
/// try file.commit()
/// ```
extension EdgeList {
    /// Whether `format` can be written from an edge list alone: GraphML, GEXF, node-link JSON, Pajek and the
    /// network files (YAML, JSON).
    public static func supports(_ format: ExchangeFormat) -> Bool {
        [.graphml, .gexf, .nodeLink, .pajek, .yaml, .json].contains(format)
    }

    /// Writes `edges` as `format` into `file`, without committing it.
    /// - Parameters:
    ///   - edges: the edge list, as read.
    ///   - name: the network's name, as `makeNetwork(name:)` would give it.
    ///   - format: one of the formats ``supports(_:)`` accepts.
    ///   - file: the output, committed by the caller.
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    /// - Complexity: O(n + m) time; memory O(n) for the escaped ids (Pajek and node-link: O(m) for the
    ///   parallel-edge table) beside one block of output.
    public static func write(_ edges: ParsedEdgeList, name: String, as format: ExchangeFormat, to file: OutputFile) throws {
        precondition(supports(format), "\(format.rawValue) is not written from an edge list")
        try refuseWhatANetworkRefuses(edges, name: name)
        if let networkFormat = NetworkFile.Format(rawValue: format.rawValue) {
            return try NetworkFile.write(edges, name: name, format: networkFormat, to: file)
        }
        var output = BlockOutput(file: file)
        switch format {
        case .graphml: try graphML(edges, name: name, to: &output)
        case .gexf: try gexf(edges, name: name, to: &output)
        case .nodeLink: try nodeLink(edges, name: name, to: &output)
        case .pajek: try pajek(edges, to: &output)
        default: break
        }
        try output.flush()
    }

    /// Throws, before anything is written, the network path's own ``NetworkError`` (every problem listed) when
    /// `makeNetwork(name:)` would: for an edge from a node to itself, or an id that is empty, white space only or
    /// holds a control character. Ids of printable ASCII alone are passed at a glance; any other suspect sends
    /// the list through ``ParsedEdgeList/makeNetwork(name:)``, which decides.
    static func refuseWhatANetworkRefuses(_ edges: ParsedEdgeList, name: String) throws {
        let suspect =
            zip(edges.sources, edges.targets).contains { $0 == $1 }
            || edges.nodeIDs.contains { id in
                id.isEmpty
                    || (!id.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } && (id.allSatisfy(\.isWhitespace) || Node.controlCharacter(in: id) != nil))
            }
        if suspect { _ = try edges.makeNetwork(name: name) }
    }

    /// The node a line of the edge list stands for (as `makeNetwork(name:)` makes it).
    static func node(_ id: String) -> Node { Node(id: id, kind: .organisation) }

    /// The fields every edge carries whatever its weight (its relation), and the name of the weight's field.
    static let constantEdgeFields = ExchangeFields.fields(of: Edge(from: "", to: "", relation: .collaborates))

    /// Every id escaped once by `escape`, so that an edge copies its two ends' bytes.
    static func escaped(_ ids: [String], _ escape: (String, inout TableBuffer) -> Void) -> TableEncoder.EncodedTexts {
        var buffer = TableBuffer()
        var starts = [0]
        starts.reserveCapacity(ids.count + 1)
        for id in ids {
            escape(id, &buffer)
            starts.append(buffer.count)
        }
        return TableEncoder.EncodedTexts(bytes: buffer.bytes, starts: starts)
    }

    /// Walks the edges with each end's escaped bytes.
    @inline(__always)
    static func forEachEdge(
        _ edges: ParsedEdgeList, _ ids: TableEncoder.EncodedTexts,
        _ body: (Int, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        try ids.bytes.withUnsafeBufferPointer { bytes in
            try ids.starts.withUnsafeBufferPointer { starts in
                for index in edges.sources.indices {
                    let u = Int(edges.sources[index])
                    let v = Int(edges.targets[index])
                    try body(
                        index, UnsafeBufferPointer(rebasing: bytes[starts[u]..<starts[u + 1]]),
                        UnsafeBufferPointer(rebasing: bytes[starts[v]..<starts[v + 1]]))
                }
            }
        }
    }

    // MARK: GraphML

    static func graphML(_ edges: ParsedEdgeList, name: String, to output: inout BlockOutput) throws {
        let weighted = edges.weights != nil
        let (nodeKeys, edgeKeys) = GraphML.appendHead(
            graphFields: [("name", name)], nodeKeys: ExchangeFields.nodeFields,
            edgeKeys: ExchangeFields.edgeFields + (weighted ? [("weight", .double)] : []), directed: false, to: &output.buffer)
        for id in edges.nodeIDs {
            GraphML.appendNodeStart(id, to: &output.buffer)
            for (field, value) in ExchangeFields.fields(of: node(id)) { GraphML.appendData(key: nodeKeys[field]!, value.text, to: &output.buffer) }
            output.buffer.append(contentsOf: "    </node>\n")
            try output.flushIfFull()
        }
        var constant = TableBuffer()
        for (field, value) in constantEdgeFields { GraphML.appendData(key: edgeKeys[field]!, value.text, to: &constant) }
        let weightStart = Array("      <data key=\"\(edgeKeys["weight"] ?? "")\">".utf8)
        let ids = escaped(edges.nodeIDs, XMLText.append(escaping:to:))
        try forEachEdge(edges, ids) { index, from, to in
            GraphML.appendEdgeStart(index, escapedFrom: from, escapedTo: to, to: &output.buffer)
            output.buffer.append(contentsOf: constant.bytes)
            if let weights = edges.weights {
                // A number's text needs no escaping.
                output.buffer.append(contentsOf: weightStart)
                weights[index].write(to: &output.buffer)
                output.buffer.append(contentsOf: "</data>\n")
            }
            output.buffer.append(contentsOf: "    </edge>\n")
            try output.flushIfFull()
        }
        output.buffer.append(contentsOf: GraphML.tail)
    }

    // MARK: GEXF

    static func gexf(_ edges: ParsedEdgeList, name: String, to output: inout BlockOutput) throws {
        let weighted = edges.weights != nil
        let (nodeKeys, edgeKeys) = GEXF.appendHead(
            description: name, nodeKeys: ExchangeFields.nodeFields, edgeKeys: ExchangeFields.edgeFields + (weighted ? [("weight", .double)] : []),
            directed: false, to: &output.buffer)
        output.buffer.append(contentsOf: "    <nodes>\n")
        for id in edges.nodeIDs {
            let node = node(id)
            output.buffer.append(contentsOf: "      <node id=\"")
            XMLText.append(escaping: node.id, to: &output.buffer)
            output.buffer.append(contentsOf: "\" label=\"")
            XMLText.append(escaping: node.name, to: &output.buffer)
            output.buffer.append(contentsOf: "\">\n        <attvalues>\n")
            for (field, value) in ExchangeFields.fields(of: node) { GEXF.appendAttributeValue(key: nodeKeys[field]!, value.text, to: &output.buffer) }
            output.buffer.append(contentsOf: "        </attvalues>\n      </node>\n")
            try output.flushIfFull()
        }
        output.buffer.append(contentsOf: "    </nodes>\n    <edges>\n")
        let label = Array("\" label=\"\(XMLText.escaped(Relation.collaborates.rawValue))\"".utf8)
        var constant = TableBuffer()
        for (field, value) in constantEdgeFields { GEXF.appendAttributeValue(key: edgeKeys[field]!, value.text, to: &constant) }
        let weightStart = Array("          <attvalue for=\"\(edgeKeys["weight"] ?? "")\" value=\"".utf8)
        let ids = escaped(edges.nodeIDs, XMLText.append(escaping:to:))
        try forEachEdge(edges, ids) { index, from, to in
            output.buffer.append(contentsOf: "      <edge id=\"")
            output.buffer.appendInteger(index)
            output.buffer.append(contentsOf: "\" source=\"")
            output.buffer.append(contentsOf: from)
            output.buffer.append(contentsOf: "\" target=\"")
            output.buffer.append(contentsOf: to)
            output.buffer.append(contentsOf: label)
            if let weights = edges.weights {
                output.buffer.append(contentsOf: " weight=\"")
                weights[index].write(to: &output.buffer)
                output.buffer.append(contentsOf: "\">\n        <attvalues>\n")
                output.buffer.append(contentsOf: constant.bytes)
                output.buffer.append(contentsOf: weightStart)
                weights[index].write(to: &output.buffer)
                output.buffer.append(contentsOf: "\"/>\n")
            } else {
                output.buffer.append(contentsOf: ">\n        <attvalues>\n")
                output.buffer.append(contentsOf: constant.bytes)
            }
            output.buffer.append(contentsOf: "        </attvalues>\n      </edge>\n")
            try output.flushIfFull()
        }
        output.buffer.append(contentsOf: GEXF.tail)
    }

    // MARK: Node-link JSON

    /// The unordered pair of an edge's ends, as one number (an edge list is undirected).
    @inline(__always)
    static func unorderedPair(_ edges: ParsedEdgeList, _ index: Int) -> UInt64 {
        let (u, v) = (edges.sources[index], edges.targets[index])
        return UInt64(min(u, v)) << 32 | UInt64(max(u, v))
    }

    /// NetworkX's `key` of each edge: how many earlier edges join the same two ends (either way round, since an
    /// edge list is undirected).
    static func parallelEdgeKeys(_ edges: ParsedEdgeList) -> [UInt32] {
        var seen: [UInt64: UInt32] = [:]
        seen.reserveCapacity(edges.sources.count)
        var keys = [UInt32](repeating: 0, count: edges.sources.count)
        for index in edges.sources.indices {
            let pair = unorderedPair(edges, index)
            let key = seen[pair, default: 0]
            keys[index] = key
            seen[pair] = key + 1
        }
        return keys
    }

    static func nodeLink(_ edges: ParsedEdgeList, name: String, to output: inout BlockOutput) throws {
        // The layout JSONValue.serialized(indent: 2) gives NodeLink's document: undirected, a multigraph with
        // keys only when two edges join the same ends.
        let keys = parallelEdgeKeys(edges)
        let multigraph = keys.contains { $0 > 0 }
        output.buffer.append(contentsOf: "{\n  \"directed\": false,\n  \"multigraph\": ")
        output.buffer.append(contentsOf: multigraph ? "true" : "false")
        output.buffer.append(contentsOf: ",\n  \"graph\": {\n    \"name\": ")
        TableEncoder.appendJSONString(name, to: &output.buffer)
        output.buffer.append(contentsOf: "\n  },\n  \"nodes\": ")
        func appendField(_ field: String, _ value: ExchangeFields.Value, to buffer: inout TableBuffer) {
            buffer.append(contentsOf: ",\n      ")
            TableEncoder.appendJSONString(field, to: &buffer)
            buffer.append(contentsOf: ": ")
            switch value {
            case .string(let text): TableEncoder.appendJSONString(text, to: &buffer)
            case .int(let number): buffer.appendInteger(number)
            case .double(let number): buffer.appendJSONNumber(number)
            case .boolean(let flag): buffer.append(contentsOf: flag ? "true" : "false")
            }
        }
        if edges.nodeIDs.isEmpty { output.buffer.append(contentsOf: "[]") }
        for (index, id) in edges.nodeIDs.enumerated() {
            output.buffer.append(contentsOf: index == 0 ? "[\n    {\n      \"id\": " : ",\n    {\n      \"id\": ")
            TableEncoder.appendJSONString(id, to: &output.buffer)
            for (field, value) in ExchangeFields.fields(of: node(id)) { appendField(field, value, to: &output.buffer) }
            output.buffer.append(contentsOf: "\n    }")
            try output.flushIfFull()
        }
        if !edges.nodeIDs.isEmpty { output.buffer.append(contentsOf: "\n  ]") }
        output.buffer.append(contentsOf: ",\n  \"edges\": ")
        var constant = TableBuffer()
        for (field, value) in constantEdgeFields { appendField(field, value, to: &constant) }
        let ids = escaped(edges.nodeIDs, TableEncoder.appendJSONString(_:to:))
        try forEachEdge(edges, ids) { index, from, to in
            output.buffer.append(contentsOf: index == 0 ? "[\n    {\n      \"source\": " : ",\n    {\n      \"source\": ")
            output.buffer.append(contentsOf: from)
            output.buffer.append(contentsOf: ",\n      \"target\": ")
            output.buffer.append(contentsOf: to)
            if multigraph {
                output.buffer.append(contentsOf: ",\n      \"key\": ")
                output.buffer.appendInteger(Int(keys[index]))
            }
            output.buffer.append(contentsOf: constant.bytes)
            if let weights = edges.weights { appendField("weight", .double(weights[index]), to: &output.buffer) }
            output.buffer.append(contentsOf: "\n    }")
            try output.flushIfFull()
        }
        output.buffer.append(contentsOf: edges.sources.isEmpty ? "[]\n}\n" : "\n  ]\n}\n")
    }

    // MARK: Pajek

    static func pajek(_ edges: ParsedEdgeList, to output: inout BlockOutput) throws {
        // One-mode (no meetings), vertices in node order; ids are distinct, so every label is its id.
        output.buffer.append(contentsOf: "*Vertices ")
        output.buffer.appendInteger(edges.nodeIDs.count)
        output.buffer.append(contentsOf: "\n")
        for (index, id) in edges.nodeIDs.enumerated() {
            output.buffer.appendInteger(index + 1)
            output.buffer.append(contentsOf: " ")
            output.buffer.write(Pajek.quoted(node(id).name))
            output.buffer.append(contentsOf: "\n")
            try output.flushIfFull()
        }
        output.buffer.append(contentsOf: "*Edges\n")
        // Parallel edges (same ends either way round, one relation) become one edge valued by their summed
        // weight, summed in file order as the network path sums them; each keeps its first line's ends.
        var arcOf: [UInt64: Int] = [:]
        arcOf.reserveCapacity(edges.sources.count)
        var arcs: [UInt64] = []
        var values: [Double] = []
        for index in edges.sources.indices {
            let pair = unorderedPair(edges, index)
            let weight = edges.weights?[index] ?? 1
            if let arc = arcOf[pair] {
                values[arc] += weight
            } else {
                arcOf[pair] = arcs.count
                arcs.append(UInt64(edges.sources[index]) << 32 | UInt64(edges.targets[index]))
                values.append(0 + weight)
            }
        }
        let label = Array(" l \(Pajek.quoted(Relation.collaborates.rawValue))\n".utf8)
        for (arc, pair) in arcs.enumerated() {
            output.buffer.appendInteger(Int(pair >> 32) + 1)
            output.buffer.append(contentsOf: " ")
            output.buffer.appendInteger(Int(pair & 0xFFFF_FFFF) + 1)
            if edges.weights != nil || values[arc] != 1 {
                output.buffer.append(contentsOf: " ")
                Pajek.appendNumber(values[arc], to: &output.buffer)
            }
            output.buffer.append(contentsOf: label)
            try output.flushIfFull()
        }
    }
}
