import Foundation

/// Gephi's CSV tables, read and written by this one type: the edge table `Source,Target[,Weight][,Type]` (with
/// any other columns: `Id`, `Label`, `Interval`, custom ones), as Gephi's data laboratory exports and imports it,
/// and beside it the node table `Id,Label,...`.
///
/// Reading (``read(text:file:limits:)``, and a path through ``TextNetworkReader/read(path:limits:)``): the edge
/// table alone. Column names are matched
/// without regard to case. `Weight` becomes the edge's weight (a finite decimal number > 0); `Type` must be
/// `Directed`, `Undirected` or `Mutual` (or empty) and gives the network's direction: directed when the rows say
/// `Directed`, undirected otherwise or without the column; a table mixing `Directed` with `Undirected` or
/// `Mutual` rows is refused at the first row that differs, since a network has one direction. `Id` names the row
/// and is not kept; every other column becomes an edge attribute under its header name. Nodes are
/// organisations, edges `collaborates` ties from Source to Target. A `Source` or `Target` with white space
/// around it (` b`, from `a, b`) is refused at its place, as every delimited reader refuses it. A row repeated
/// exactly (every column but `Id`) is a parallel edge, as two equal edges are in every format: it is kept, and
/// a note (``TextNetworkReader/read(path:limits:note:)``) says how many rows repeat and where the first is. Every problem is reported
/// with its line and column, not only the first.
///
/// Writing (``strings(for:results:)``, ``write(_:results:edges:nodes:)``): the edge table
/// `Source,Target,Type,Id,Label[,Weight],...` (`Type` the network's direction on every row, `Label` the relation,
/// then the other fields GraphML writes) and the node table `Id,Label,...` (kind, `bipartite`, meeting details,
/// attributes and any computed results), which `convert` writes as `OUT` and `OUT-nodes.csv`
/// (``nodeTableSuffix``). Reading the edge table back gives the same edges, weights and direction.
///
/// ```swift
/// let (edges, nodes) = GephiCSV.strings(for: network)
/// let read = try GephiCSV.read(text: edges, file: "edges.csv")
/// ```
public enum GephiCSV: TextNetworkReader {
    /// What the node table's file name adds to the edge table's stem: `out.csv` and `out-nodes.csv`.
    public static let nodeTableSuffix = "-nodes.csv"

    /// Parses an edge table; `file` names it in errors.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: text, file: file, limits: limits, note: { _ in })
    }

    /// Parses an edge table as ``read(text:file:limits:)`` does, handing `note` what it tells without refusing:
    /// how many rows repeat an earlier row exactly (every column but `Id`), and the first such row with the line it
    /// repeats.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits, note: (String) -> Void) throws -> Network {
        let (header, rows) = try CSVScanner.table(in: text, file: file, expected: "Source,Target")
        let headerColumns = CSVScanner.columns(
            of: header, file: file, key: { $0.lowercased() }, required: [("source", "Source"), ("target", "Target")])
        let columns = headerColumns.indices
        var errors = headerColumns.errors
        if !errors.isEmpty { throw ReadError(combining: errors) }
        let names = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        var imported = ImportedNetwork(file: file, limits: limits)
        // The first row that gave a type: whether it said Directed, and its line.
        var firstType: (directed: Bool, line: Int)? = nil
        var repeats = RepeatedRows()
        let idColumn = columns["id"]
        for record in rows {
            if record.fields.count == 1 && record.fields[0].text.isEmpty { continue }  // a blank line
            if let problem = CSVScanner.widthProblem(of: record, header: header, file: file) {
                errors.append(problem)
                continue
            }
            let source = record.fields[columns["source"]!]
            let target = record.fields[columns["target"]!]
            var weight: Double? = nil
            var attributes: [String: String] = [:]
            var rowErrors: [ReadError] = []
            for end in [source, target] where !end.text.isEmpty && end.text != end.text.trimmingCharacters(in: .whitespaces) {
                rowErrors.append(ReadError(.invalidValue, file: file, line: end.line, column: end.column, message: ValueCheck.spacedIDMessage(end.text)))
            }
            for (index, field) in record.fields.enumerated() {
                switch names[index].lowercased() {
                case "source", "target", "id": continue
                case "weight":
                    guard !field.text.isEmpty else { continue }
                    do { weight = try ValueCheck.weight(field.text) } catch {
                        rowErrors.append(ReadError(error.code, file: file, line: field.line, column: field.column, field: names[index], message: error.message))
                    }
                case "type":
                    let type = field.text.trimmingCharacters(in: .whitespaces).lowercased()
                    guard ["directed", "undirected", "mutual", ""].contains(type) else {
                        rowErrors.append(
                            ReadError(
                                .invalidValue, file: file, line: field.line, column: field.column, field: names[index],
                                message: "expected Directed, Undirected or Mutual, found '\(field.text.prefix(40))'"))
                        continue
                    }
                    guard !type.isEmpty else { continue }
                    if let firstType, firstType.directed != (type == "directed") {
                        rowErrors.append(
                            ReadError(
                                .invalidValue, file: file, line: field.line, column: field.column, field: names[index],
                                message:
                                    "'\(field.text.prefix(40))' after \(firstType.directed ? "Directed" : "Undirected") rows (line \(firstType.line)); "
                                    + "a network has one direction: give every row the same Type"))
                    } else if firstType == nil {
                        firstType = (type == "directed", field.line)
                        imported.isDirected = type == "directed"
                    }
                default:
                    if !field.text.isEmpty { attributes[names[index]] = field.text }
                }
            }
            guard rowErrors.isEmpty else { errors += rowErrors; continue }
            repeats.add(record.fields.indices.filter { $0 != idColumn }.map { record.fields[$0].text }, line: record.line)
            do {
                try imported.edge(
                    Edge(from: source.text, to: target.text, relation: .collaborates, weight: weight, attributes: attributes),
                    at: (source.line, source.column), fromPlace: (source.line, source.column), toPlace: (target.line, target.column))
            } catch let error as ReadError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ReadError(combining: errors) }
        let network = try imported.network()
        if let told = repeats.note(file: file, what: "row") { note(told) }
        return network
    }

    // MARK: Writing

    /// Gephi's edge table and node table, with `results` as node columns.
    /// - Complexity: O(n + m) beside the tables' text.
    public static func strings(for network: Network, results: NodeResults = NodeResults()) -> (edges: String, nodes: String) {
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

    /// Checks that every node's id can be a `Source` or `Target` that reading gives back: an id with white space
    /// around it is refused by the reader (as by every delimited reader), so it is refused here before anything is
    /// written rather than written into a table that cannot be read.
    /// - Throws: ``/PartnerFiles/ReadError`` naming the first such node.
    /// - Complexity: O(n).
    public static func checkIDs(of network: Network) throws {
        for node in network.nodes where node.id != node.id.trimmingCharacters(in: .whitespaces) {
            throw ReadError(
                .unsupported, file: "gephi csv", field: "id",
                message: "node '\(node.id.prefix(40))' starts or ends with white space, which a Gephi csv cannot carry (reading it "
                    + "back refuses such an id); write graphml, gexf, node-link or a network file (yaml, json)")
        }
    }

    /// Writes the edge table to `edges` and the node table to `nodes` (neither committed: the caller commits both,
    /// so that the two files appear together or not at all).
    /// - Throws: the ``/PartnerFiles/ReadError`` of ``checkIDs(of:)`` before anything is written, or
    ///   ``/PartnerFiles/OutputError`` when an output cannot be written.
    /// - Complexity: O(n + m) beside the tables' text.
    public static func write(_ network: Network, results: NodeResults = NodeResults(), edges: OutputFile, nodes: OutputFile) throws {
        try checkIDs(of: network)
        let tables = strings(for: network, results: results)
        try edges.write(tables.edges)
        try nodes.write(tables.nodes)
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
