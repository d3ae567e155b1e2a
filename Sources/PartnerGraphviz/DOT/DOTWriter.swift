extension DOTGraph {
    /// The graph as DOT text: two-space indentation, one statement per line, attributes in the order set.
    ///
    /// Writing order: graph attributes, node and edge defaults, subgraphs, nodes, edges. Equal graphs give
    /// equal text.
    /// - Complexity: O(size of the graph).
    public func render() -> String {
        var writer = DOTWriter(edgeOperator: isDirected ? "->" : "--")
        var header = isStrict ? "strict " : ""
        header += isDirected ? "digraph" : "graph"
        if let id { header += " " + DOTEscaping.quoted(id) }
        writer.line(header + " {")
        writer.body(
            attributes: attributes, nodeDefaults: nodeDefaults, edgeDefaults: edgeDefaults,
            nodes: nodes, edges: edges, subgraphs: subgraphs, depth: 1)
        writer.line("}")
        return writer.text
    }
}

/// Accumulates DOT text; shared by graphs and subgraphs.
struct DOTWriter {
    let edgeOperator: String
    private(set) var text = ""

    init(edgeOperator: String) { self.edgeOperator = edgeOperator }

    mutating func line(_ content: String, depth: Int = 0) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    mutating func body(
        attributes: DOTAttributes, nodeDefaults: DOTAttributes, edgeDefaults: DOTAttributes,
        nodes: [DOTNode], edges: [DOTEdge], subgraphs: [DOTSubgraph], depth: Int
    ) {
        if !attributes.isEmpty { line("graph " + Self.list(attributes) + ";", depth: depth) }
        if !nodeDefaults.isEmpty { line("node " + Self.list(nodeDefaults) + ";", depth: depth) }
        if !edgeDefaults.isEmpty { line("edge " + Self.list(edgeDefaults) + ";", depth: depth) }
        for subgraph in subgraphs {
            line("subgraph" + (subgraph.id.map { " " + DOTEscaping.quoted($0) } ?? "") + " {", depth: depth)
            body(
                attributes: subgraph.attributes, nodeDefaults: subgraph.nodeDefaults, edgeDefaults: subgraph.edgeDefaults,
                nodes: subgraph.nodes, edges: subgraph.edges, subgraphs: subgraph.subgraphs, depth: depth + 1)
            line("}", depth: depth)
        }
        for node in nodes {
            line(DOTEscaping.quoted(node.id) + Self.suffix(node.attributes) + ";", depth: depth)
        }
        for edge in edges {
            let statement = DOTEscaping.quoted(edge.from) + " " + edgeOperator + " " + DOTEscaping.quoted(edge.to)
            line(statement + Self.suffix(edge.attributes) + ";", depth: depth)
        }
    }

    static func suffix(_ attributes: DOTAttributes) -> String { attributes.isEmpty ? "" : " " + list(attributes) }

    static func list(_ attributes: DOTAttributes) -> String {
        let items = attributes.map { attribute in
            let name = DOTEscaping.isPlainName(attribute.name) ? attribute.name : DOTEscaping.quoted(attribute.name)
            return name + "=" + attribute.value.description
        }
        return "[" + items.joined(separator: ", ") + "]"
    }
}
