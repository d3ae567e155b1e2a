import Foundation

/// Node-link JSON in NetworkX's layout (`networkx.node_link_data` / `node_link_graph` with their defaults):
/// `{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "edges": [{"source", "target", ...}]}`.
///
/// `directed` is the network's direction; `multigraph` is true, and edges carry NetworkX's `key`, only when
/// two edges join the same ends (in the same direction, for a directed network). Free attributes are written
/// as numbers or booleans where the network declares those types, and a network with meetings gives each node
/// NetworkX's `bipartite` (0 actors, 1 meetings).
public enum NodeLink: TextNetworkReader {
    /// Whether two edges join the same two nodes (the same way round, when `directed`).
    static func hasParallelEdges(_ ends: some Sequence<(String, String)>, directed: Bool) -> Bool {
        var seen = Set<String>()
        for (from, to) in ends {
            let pair = directed || from < to ? from + "\u{0}" + to : to + "\u{0}" + from
            if !seen.insert(pair).inserted { return true }
        }
        return false
    }

    public static func string(for network: Network, results: NodeResults = NodeResults()) -> String {
        let resultColumns = results.columns(for: network)
        let layout = ExchangeFields.Layout(network)
        let multigraph = hasParallelEdges(network.edges.lazy.map { ($0.from, $0.to) }, directed: network.isDirected)
        func value(_ field: ExchangeFields.Value) -> JSONValue {
            switch field {
            case .string(let text): .string(text)
            case .int(let number): .int(number)
            case .double(let number): .double(number)
            case .boolean(let flag): .bool(flag)
            }
        }
        var graph: [(String, JSONValue)] = [("name", .string(network.name))]
        if let source = network.source { graph.append(("source", .string(source))) }
        if !network.notes.isEmpty { graph.append(("notes", .array(network.notes.map(JSONValue.string)))) }
        var keys: [String: Int] = [:]
        let edges: [JSONValue] = network.edges.map { edge in
            var ends: [(String, JSONValue)] = [("source", .string(edge.from)), ("target", .string(edge.to))]
            if multigraph {
                let pair = network.isDirected || edge.from < edge.to ? edge.from + "\u{0}" + edge.to : edge.to + "\u{0}" + edge.from
                let key = keys[pair, default: 0]
                keys[pair] = key + 1
                ends.append(("key", .int(key)))
            }
            return .object(ends + ExchangeFields.fields(of: edge, layout: layout).map { ($0.0, value($0.1)) })
        }
        let document = JSONValue.object([
            ("directed", .bool(network.isDirected)),
            ("multigraph", .bool(multigraph)),
            ("graph", .object(graph)),
            (
                "nodes",
                .array(
                    network.nodes.map { node in
                        .object(
                            [("id", .string(node.id))]
                                + (ExchangeFields.fields(of: node, layout: layout)
                                + resultColumns.compactMap({ column in column.values[node.id].map { (column.name, $0) } }))
                                .map { ($0.0, value($0.1)) })
                    })
            ),
            ("edges", .array(edges)),
        ])
        return document.serialized(indent: 2) + "\n"
    }

    /// An id, source or target written as a JSON number, as text: an integral number as an integer (`1.0` and `1e0`
    /// are `1`, as they are one key in Python), any other as written.
    static func numericID(_ text: String) -> String {
        guard let value = Double(text), value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 else { return text }
        return String(Int64(value))
    }

    /// Keys whose value partnet reads as a value of its own (an end, an id, a weight): an empty list or object
    /// there is an error, never a value left out (it would drop a weight or an end without a word).
    static let valuedKeys: Set<String> = ["id", "source", "target", "weight", "key"]

    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        let root = try DocumentNode.parse(text: text, file: file, syntax: .json, limits: limits)
        /// An object's values as text. Nothing is dropped: a null, a list or an object (which partnet's nodes, edges
        /// and graphs cannot hold) is an error at its place; a number given as an id, source or target is read as
        /// NetworkX hashes it (`1` and `1.0` are one node).
        func fields(_ node: DocumentNode, kept: Set<String> = []) throws -> [String: String] {
            guard case .mapping(let pairs) = node.value else {
                throw ReadError(.invalidValue, file: file, line: node.line, column: node.column, field: node.path, message: "expected an object")
            }
            var result: [String: String] = [:]
            for pair in pairs where !kept.contains(pair.key) {
                let value = pair.value
                switch value.value {
                case .scalar(let text, let quoted):
                    let isEnd = pair.key == "id" || pair.key == "source" || pair.key == "target"
                    if isEnd && !quoted, let number = Double(text), !number.isFinite {
                        // Python reads it as infinity: every such id would be one node there.
                        throw ReadError(
                            .invalidValue, file: file, line: value.line, column: value.column, field: value.path,
                            message: "the number \(text.prefix(40)) is beyond a double's range; write the id as a string")
                    }
                    result[pair.key] = isEnd && !quoted ? NodeLink.numericID(text) : text
                case .null:
                    throw ReadError(
                        .invalidValue, file: file, line: value.line, column: value.column, field: value.path,
                        message: "null; a network keeps no empty values (leave the key out)")
                case .sequence(let items) where items.isEmpty && !NodeLink.valuedKeys.contains(pair.key):
                    continue  // empty: nothing to lose
                case .mapping(let pairs) where pairs.isEmpty && !NodeLink.valuedKeys.contains(pair.key):
                    continue  // NetworkX's graph dict from read_graphml holds `node_default: {}`: nothing to lose
                case .sequence, .mapping:
                    throw ReadError(
                        .unsupported, file: file, line: value.line, column: value.column, field: value.path,
                        message: "a list or object value; a network keeps text, numbers and booleans only (flatten it, or leave it out)")
                }
            }
            return result
        }
        guard case .mapping(let pairs) = root.value else {
            throw ReadError(.unknownFormat, file: file, line: root.line, column: root.column, message: "expected an object")
        }
        for pair in pairs where !["directed", "multigraph", "graph", "nodes", "edges", "links"].contains(pair.key) {
            let place = pair.keyNode ?? pair.value
            throw ReadError(
                .unknownField, file: file, line: place.line, column: place.column, field: pair.key,
                message: "unknown key '\(pair.key.prefix(40))'; expected directed, multigraph, graph, nodes, and edges or links")
        }
        if pairs.contains(where: { $0.key == "edges" }), let links = pairs.first(where: { $0.key == "links" }) {
            let place = links.keyNode ?? links.value
            throw ReadError(
                .duplicateField, file: file, line: place.line, column: place.column, field: "links",
                message: "both 'edges' and 'links'; a node-link file has one list of edges (NetworkX reads only one of them)")
        }
        guard pairs.contains(where: { $0.key == "nodes" }) else {
            // NetworkX's node_link_graph needs the list too; an object without it is no network.
            throw ReadError(
                .missingField, file: file, line: root.line, column: root.column, field: "nodes",
                message: "no 'nodes' list; a node-link document lists its nodes (an empty graph has \"nodes\": [])")
        }
        let graphNode = pairs.first { $0.key == "graph" }?.value
        let graphFields = try graphNode.map { try fields($0, kept: ["notes"]) } ?? [:]
        var builder = NetworkBuilder(name: graphFields["name"] ?? URL(fileURLWithPath: file).lastPathComponent, source: graphFields["source"])
        if let directed = pairs.first(where: { $0.key == "directed" })?.value {
            guard case .scalar(let text, quoted: false) = directed.value, text == "true" || text == "false" else {
                throw ReadError(.invalidValue, file: file, line: directed.line, column: directed.column, field: "directed", message: "expected true or false")
            }
            builder.isDirected = text == "true"
        }
        // Each free attribute's JSON type across the file: numbers (integers or not), booleans, else strings.
        var nodeTypes: [String: AttributeType] = [:]
        var edgeTypes: [String: AttributeType] = [:]
        func noteTypes(of item: DocumentNode, nodes: Bool) {
            guard case .mapping(let pairs) = item.value else { return }
            for pair in pairs {
                guard case .scalar(let text, let quoted) = pair.value.value else { continue }
                let reserved = nodes ? ExchangeFields.reservedNodeNames : ExchangeFields.reservedEdgeNames
                guard !reserved.contains(pair.key) else { continue }
                let type: AttributeType =
                    quoted ? .string : text == "true" || text == "false" ? .boolean : Int(text) != nil ? .int : Double(text) != nil ? .double : .string
                let key = ExchangeFields.attributeKey(pair.key)
                let known = nodes ? nodeTypes[key] : edgeTypes[key]
                let merged: AttributeType =
                    switch (known, type) {
                    case (nil, _): type
                    case (.int, .double), (.double, .int): .double
                    case (let known?, _) where known != type: .string
                    default: type
                    }
                if nodes { nodeTypes[key] = merged } else { edgeTypes[key] = merged }
            }
        }
        if let notes = graphNode?.child("notes") {
            guard case .sequence(let items) = notes.value else {
                throw ReadError(.invalidValue, file: file, line: notes.line, column: notes.column, field: notes.path, message: "expected a list of texts")
            }
            builder.notes = try items.map { item in
                guard case .scalar(let text, _) = item.value else {
                    throw ReadError(.invalidValue, file: file, line: item.line, column: item.column, field: item.path, message: "expected a text")
                }
                return text
            }
        }
        builder.notes += ExchangeFields.graphAttributeNotes(graphFields)
        var places = ExchangePlaces()
        let edgesKey = pairs.contains { $0.key == "edges" } ? "edges" : "links"
        for (key, list) in [("nodes", pairs.first { $0.key == "nodes" }?.value), (edgesKey, pairs.first { $0.key == edgesKey }?.value)] {
            guard let list else { continue }
            guard case .sequence(let items) = list.value else {
                throw ReadError(.invalidValue, file: file, line: list.line, column: list.column, field: key, message: "expected a list")
            }
            for item in items {
                let values = try fields(item)
                noteTypes(of: item, nodes: key == "nodes")
                let place = (line: item.line ?? 0, column: item.column ?? 1)
                do {
                    if key == "nodes" {
                        guard let id = values["id"] else {
                            throw ReadError(.emptyID, file: file, line: item.line, column: item.column, field: item.path, message: "a node without an id")
                        }
                        try places.addNode(to: &builder, file: file, at: place, limits: limits) { () throws(ExchangeFields.FieldError) in
                            try ExchangeFields.node(id: id, fields: values.filter { $0.key != "id" })
                        }
                    } else {
                        guard let source = values["source"], let target = values["target"] else {
                            throw ReadError(
                                .missingField, file: file, line: item.line, column: item.column, field: item.path, message: "an edge needs source and target")
                        }
                        try places.addEdge(to: &builder, file: file, at: place, limits: limits, relationGiven: values["relation"] != nil) {
                            () throws(ExchangeFields.FieldError) in
                            try ExchangeFields.edge(from: source, to: target, fields: values)
                        }
                    }
                } catch let error as ReadError where error.field != nil && error.line == item.line {
                    throw error.map { problem in problem.field = problem.field.map { "\(item.path).\($0)" } }
                }
            }
        }
        builder.attributeTypes = AttributeTypes(node: nodeTypes.filter { $0.value != .string }, edge: edgeTypes.filter { $0.value != .string })
        return try places.build(builder, file: file)
    }
}
