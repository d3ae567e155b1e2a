/// Edge lists and Gephi's CSV tables written from a network: the plain formats, which carry a graph's edges,
/// weights and (Gephi's `Type`) direction, but not its modes.
///
/// - The edge list is the tab-separated `from<TAB>to[<TAB>weight]` that ``EdgeListReader`` reads, one line per
///   edge in the network's order, no header. When any edge has a weight every line has one (an edge without a
///   weight weighs 1, as in every figure). An id that the format cannot carry (a tab, a line break, a leading
///   `#`, which would start a comment) is refused with the node it belongs to.
/// - Gephi's data laboratory imports an edge table `Source,Target,Type,Id,Label[,Weight],...` and a node table
///   `Id,Label,...`; ``EdgeTableReader`` reads the edge table back. `Type` is `Directed` or `Undirected` on every
///   row (the network's direction), `Label` the relation, and the other columns are the fields GraphML writes.
///
/// ```swift
/// let tsv = try EdgeTables.edgeList(for: network)
/// let (edges, nodes) = EdgeTables.gephi(for: network)
/// ```
public enum EdgeTables {
    /// The network as a tab-separated edge list.
    /// - Throws: ``/PartnerFiles/ReadError`` naming the first node whose id the format cannot carry.
    /// - Complexity: O(n + m).
    public static func edgeList(for network: Network) throws -> String {
        for node in network.nodes {
            if let problem = edgeListProblem(node.id) {
                throw ReadError(
                    .unsupported, file: "edgelist", field: "id",
                    message:
                        "node '\(node.id.prefix(40))' \(problem), which a tab-separated edge list cannot carry; write graphml, gexf, node-link or a Gephi csv")
            }
        }
        let weighted = network.edges.contains { $0.weight != nil }
        var buffer = TableBuffer()
        for edge in network.edges {
            buffer.append(contentsOf: edge.from.utf8)
            buffer.append(FieldScanner.tab)
            buffer.append(contentsOf: edge.to.utf8)
            if weighted {
                buffer.append(FieldScanner.tab)
                Pajek.appendNumber(edge.weight ?? 1, to: &buffer)
            }
            buffer.append(UInt8(ascii: "\n"))
        }
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// Why an id cannot be a field of a tab-separated edge list, or nil.
    static func edgeListProblem(_ id: String) -> String? {
        if id.contains("\t") { return "holds a tab" }
        if id.contains(where: \.isNewline) { return "holds a line break" }
        if id.hasPrefix("#") { return "starts with #, which starts a comment line" }
        if id != id.trimmingCharacters(in: .whitespaces) { return "starts or ends with white space" }
        return nil
    }

    /// Gephi's edge table and node table (CSV), with `results` as node columns.
    /// - Complexity: O(n + m) beside the tables' text.
    public static func gephi(for network: Network, results: NodeResults = NodeResults()) -> (edges: String, nodes: String) {
        let layout = ExchangeFields.Layout(network)
        let weighted = network.edges.contains { $0.weight != nil }
        func cell(_ value: ExchangeFields.Value?) -> ResultTable.Cell {
            switch value {
            case .string(let text)?: .text(text)
            case .int(let number)?: .integer(number)
            case .double(let number)?: .number(number)
            case .boolean(let flag)?: .boolean(flag)
            case nil: .empty
            }
        }
        // Edge columns: Gephi's own, then every other field GraphML writes (relation is the Label).
        let edgeKeys = layout.edgeKeys(weighted: false).map(\.0).filter { $0 != "relation" }
        var edges = ResultTable(columns: ["Source", "Target", "Type", "Id", "Label"] + (weighted ? ["Weight"] : []) + edgeKeys)
        let type = network.isDirected ? "Directed" : "Undirected"
        for (index, edge) in network.edges.enumerated() {
            let fields = Dictionary(ExchangeFields.fields(of: edge, layout: layout), uniquingKeysWith: { first, _ in first })
            var row: [ResultTable.Cell] = [.text(edge.from), .text(edge.to), .text(type), .integer(index), .text(edge.relation.rawValue)]
            if weighted { row.append(.number(edge.weight ?? 1)) }
            row += edgeKeys.map { cell(fields[$0]) }
            edges.append(row)
        }
        // Node columns: Id and Label, then the fields GraphML writes (kind, bipartite, meeting details...).
        let resultColumns = results.columns(for: network)
        let nodeKeys = layout.nodeKeys().map(\.0).filter { $0 != "label" } + resultColumns.map(\.name)
        var nodes = ResultTable(columns: ["Id", "Label"] + nodeKeys)
        for node in network.nodes {
            var fields = Dictionary(ExchangeFields.fields(of: node, layout: layout), uniquingKeysWith: { first, _ in first })
            for column in resultColumns { fields[column.name] = column.values[node.id] }
            nodes.append([.text(node.id), .text(node.name)] + nodeKeys.map { cell(fields[$0]) })
        }
        return (text(withoutEmptyColumns(edges, keeping: 5)), text(withoutEmptyColumns(nodes, keeping: 2)))
    }

    private static func text(_ table: ResultTable) -> String { String(decoding: table.encoded(as: .csv), as: UTF8.self) }

    /// The table without the columns (after the first `keeping`) that no row fills: a field no node or edge has.
    static func withoutEmptyColumns(_ table: ResultTable, keeping: Int) -> ResultTable {
        let kept = table.columns.indices.filter { index in
            index < keeping || table.rows.contains { if case .empty = $0[index] { return false } else { return true } }
        }
        var result = ResultTable(columns: kept.map { table.columns[$0] })
        for row in table.rows { result.append(kept.map { row[$0] }) }
        return result
    }
}
