import Foundation

/// Node-link JSON in NetworkX's layout (`networkx.node_link_data` / `node_link_graph` with their defaults):
/// `{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "edges": [{"source", "target", "key", ...}]}`.
public enum NodeLink {
    public static func string(for network: Network, results: NodeResults = NodeResults()) -> String {
        let resultColumns = results.columns(for: network)
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
            let pair = edge.from + "\u{0}" + edge.to
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            return .object(
                [("source", .string(edge.from)), ("target", .string(edge.to)), ("key", .int(key))]
                    + ExchangeFields.fields(of: edge).map { ($0.0, value($0.1)) })
        }
        let document = JSONValue.object([
            ("directed", .bool(true)),
            ("multigraph", .bool(true)),
            ("graph", .object(graph)),
            (
                "nodes",
                .array(
                    network.nodes.map { node in
                        .object(
                            [("id", .string(node.id))]
                                + (ExchangeFields.fields(of: node) + resultColumns.compactMap({ column in column.values[node.id].map { (column.name, $0) } }))
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
        func fields(_ node: DocumentNode) throws -> [String: String] {
            guard case .mapping(let pairs) = node.value else {
                throw ReadError(.invalidValue, file: file, line: node.line, column: node.column, field: node.path, message: "expected an object")
            }
            var result: [String: String] = [:]
            for pair in pairs {
                switch pair.value.value {
                case .scalar(let text, _): result[pair.key] = text
                case .null: continue
                default: continue  // nested values are not part of the schema
                }
            }
            return result
        }
        guard case .mapping(let pairs) = root.value else {
            throw ReadError(.unknownFormat, file: file, line: root.line, column: root.column, message: "expected an object")
        }
        let top = try fields(root)
        let graphNode = pairs.first { $0.key == "graph" }?.value
        let graphFields = try graphNode.map(fields) ?? [:]
        var builder = NetworkBuilder(name: graphFields["name"] ?? URL(fileURLWithPath: file).lastPathComponent, source: graphFields["source"])
        if case .sequence(let notes)? = graphNode?.child("notes")?.value {
            builder.notes = notes.compactMap { if case .scalar(let text, _) = $0.value { return text } else { return nil } }
        }
        _ = top
        var places = ExchangePlaces()
        let edgesKey = pairs.contains { $0.key == "edges" } ? "edges" : "links"
        for (key, list) in [("nodes", pairs.first { $0.key == "nodes" }?.value), (edgesKey, pairs.first { $0.key == edgesKey }?.value)] {
            guard let list else { continue }
            guard case .sequence(let items) = list.value else {
                throw ReadError(.invalidValue, file: file, line: list.line, column: list.column, field: key, message: "expected a list")
            }
            for item in items {
                let values = try fields(item)
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
                        try places.addEdge(to: &builder, file: file, at: place, limits: limits) { () throws(ExchangeFields.FieldError) in
                            try ExchangeFields.edge(from: source, to: target, fields: values)
                        }
                    }
                } catch let error as ReadError where error.field != nil && error.line == item.line {
                    throw error.map { problem in problem.field = problem.field.map { "\(item.path).\($0)" } }
                }
            }
        }
        return try places.build(builder, file: file)
    }
}
