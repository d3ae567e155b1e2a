import Foundation

/// Node-link JSON in NetworkX's layout (`networkx.node_link_data` / `node_link_graph` with their defaults):
/// `{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "edges": [{"source", "target", ...}]}`.
///
/// `directed` is the network's direction; `multigraph` is true, and edges carry NetworkX's `key`, only when
/// two edges join the same ends (in the same direction, for a directed network). Free attributes are written
/// as numbers or booleans where the network declares those types, and a network with meetings gives each node
/// NetworkX's `bipartite` (0 actors, 1 meetings).
public enum NodeLink {
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

    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits)
    }

    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        let root = try DocumentNode.parse(text: text, file: file, syntax: .json, limits: limits)
        // Each free attribute's JSON type across the file: numbers (integers or not), booleans, else strings.
        var nodeTypes: [String: AttributeType] = [:]
        var edgeTypes: [String: AttributeType] = [:]
        func note(_ text: String, quoted: Bool, as key: String, in types: inout [String: AttributeType]) {
            let type: AttributeType =
                quoted ? .string : text == "true" || text == "false" ? .boolean : Int(text) != nil ? .int : Double(text) != nil ? .double : .string
            switch (types[key], type) {
            case (nil, _): types[key] = type
            case (.int, .double), (.double, .int): types[key] = .double
            case (let known?, _) where known != type: types[key] = .string
            default: break
            }
        }
        /// An object's scalar members, with whether each was a JSON string.
        func scalars(_ node: DocumentNode) throws -> [String: (text: String, quoted: Bool)] {
            guard case .mapping(let pairs) = node.value else {
                throw ReadError(file: file, line: node.line, column: node.column, field: node.path, message: "expected an object")
            }
            var result: [String: (text: String, quoted: Bool)] = [:]
            for pair in pairs {
                switch pair.value.value {
                case .scalar(let text, let quoted): result[pair.key] = (text, quoted)
                case .null: continue
                default: continue  // nested values are not part of the schema
                }
            }
            return result
        }
        func fields(_ node: DocumentNode) throws -> [String: String] { try scalars(node).mapValues(\.text) }
        let top = try scalars(root)
        guard case .mapping(let pairs) = root.value else { throw ReadError(file: file, message: "expected an object") }
        let graphNode = pairs.first { $0.key == "graph" }?.value
        let graphFields = try graphNode.map(fields) ?? [:]
        var builder = NetworkBuilder(name: graphFields["name"] ?? URL(fileURLWithPath: file).lastPathComponent, source: graphFields["source"])
        if case .sequence(let notes)? = graphNode?.child("notes")?.value {
            builder.notes = notes.compactMap { if case .scalar(let text, _) = $0.value { return text } else { return nil } }
        }
        if let directed = top["directed"] {
            guard !directed.quoted, directed.text == "true" || directed.text == "false" else {
                throw ReadError(
                    file: file, line: root.child("directed")?.line, column: root.child("directed")?.column, field: "directed", message: "expected true or false"
                )
            }
            builder.isDirected = directed.text == "true"
        }
        var places = ExchangePlaces()
        let edgesKey = pairs.contains { $0.key == "edges" } ? "edges" : "links"
        for (key, list) in [("nodes", pairs.first { $0.key == "nodes" }?.value), (edgesKey, pairs.first { $0.key == edgesKey }?.value)] {
            guard let list else { continue }
            guard case .sequence(let items) = list.value else {
                throw ReadError(file: file, line: list.line, column: list.column, field: key, message: "expected a list")
            }
            for item in items {
                let typed = try scalars(item)
                for (name, value) in typed {
                    if key == "nodes" && !ExchangeFields.reservedNodeNames.contains(name) {
                        note(value.text, quoted: value.quoted, as: ExchangeFields.attributeKey(name), in: &nodeTypes)
                    } else if key != "nodes" && !ExchangeFields.reservedEdgeNames.contains(name) {
                        note(value.text, quoted: value.quoted, as: ExchangeFields.attributeKey(name), in: &edgeTypes)
                    }
                }
                let values = typed.mapValues(\.text)
                let place = (line: item.line ?? 0, column: item.column ?? 1)
                do {
                    if key == "nodes" {
                        guard let id = values["id"] else {
                            throw ReadError(file: file, line: item.line, column: item.column, field: item.path, message: "a node without an id")
                        }
                        try places.addNode(to: &builder, file: file, at: place, limits: limits) { () throws(ExchangeFields.FieldError) in
                            try ExchangeFields.node(id: id, fields: values.filter { $0.key != "id" })
                        }
                    } else {
                        guard let source = values["source"], let target = values["target"] else {
                            throw ReadError(file: file, line: item.line, column: item.column, field: item.path, message: "an edge needs source and target")
                        }
                        try places.addEdge(to: &builder, file: file, at: place, limits: limits, relationGiven: values["relation"] != nil) {
                            () throws(ExchangeFields.FieldError) in
                            try ExchangeFields.edge(from: source, to: target, fields: values)
                        }
                    }
                } catch var error as ReadError where error.field != nil && error.line == item.line {
                    error.field = "\(item.path).\(error.field!)"
                    throw error
                }
            }
        }
        builder.attributeTypes = AttributeTypes(node: nodeTypes.filter { $0.value != .string }, edge: edgeTypes.filter { $0.value != .string })
        return try places.build(builder, file: file)
    }
}
