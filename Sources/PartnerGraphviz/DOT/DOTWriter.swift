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

/// Accumulates DOT text; shared by graphs and subgraphs. Every piece is appended to the one text as it is
/// written, so a statement makes no strings of its own (the text of a 100-node drawing is written in one pass).
struct DOTWriter {
    let edgeOperator: String
    private(set) var text = ""

    init(edgeOperator: String) { self.edgeOperator = edgeOperator }

    mutating func line(_ content: String, depth: Int = 0) {
        indent(depth)
        text += content
        text += "\n"
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { text += "  " }
    }

    mutating func body(
        attributes: DOTAttributes, nodeDefaults: DOTAttributes, edgeDefaults: DOTAttributes,
        nodes: [DOTNode], edges: [DOTEdge], subgraphs: [DOTSubgraph], depth: Int
    ) {
        statement("graph", attributes, depth: depth)
        statement("node", nodeDefaults, depth: depth)
        statement("edge", edgeDefaults, depth: depth)
        for subgraph in subgraphs {
            indent(depth)
            text += "subgraph"
            if let id = subgraph.id {
                text += " "
                DOTEscaping.appendQuoted(id, to: &text)
            }
            text += " {\n"
            body(
                attributes: subgraph.attributes, nodeDefaults: subgraph.nodeDefaults, edgeDefaults: subgraph.edgeDefaults,
                nodes: subgraph.nodes, edges: subgraph.edges, subgraphs: subgraph.subgraphs, depth: depth + 1)
            line("}", depth: depth)
        }
        for node in nodes {
            indent(depth)
            DOTEscaping.appendQuoted(node.id, to: &text)
            appendSuffix(node.attributes)
            text += ";\n"
        }
        for edge in edges {
            indent(depth)
            DOTEscaping.appendQuoted(edge.from, to: &text)
            text += " "
            text += edgeOperator
            text += " "
            DOTEscaping.appendQuoted(edge.to, to: &text)
            appendSuffix(edge.attributes)
            text += ";\n"
        }
    }

    /// `keyword [attributes];` on its own line, or nothing when there are no attributes.
    private mutating func statement(_ keyword: String, _ attributes: DOTAttributes, depth: Int) {
        guard !attributes.isEmpty else { return }
        indent(depth)
        text += keyword
        text += " "
        appendList(attributes)
        text += ";\n"
    }

    /// ` [attributes]`, or nothing.
    private mutating func appendSuffix(_ attributes: DOTAttributes) {
        guard !attributes.isEmpty else { return }
        text += " "
        appendList(attributes)
    }

    /// `[name=value, ...]` as a string of its own.
    static func list(_ attributes: DOTAttributes) -> String {
        var writer = DOTWriter(edgeOperator: "")
        writer.appendList(attributes)
        return writer.text
    }

    /// Appends `[name=value, ...]`.
    private mutating func appendList(_ attributes: DOTAttributes) {
        text += "["
        var first = true
        for attribute in attributes {
            if !first { text += ", " }
            first = false
            if DOTEscaping.isPlainName(attribute.name) {
                text += attribute.name
            } else {
                DOTEscaping.appendQuoted(attribute.name, to: &text)
            }
            text += "="
            attribute.value.append(to: &text)
        }
        text += "]"
    }
}
