import Foundation

/// Reads CSV edge tables with a header, as Gephi's data laboratory exports them: `Source,Target[,Weight][,Type]`
/// and any other columns (`Id`, `Label`, `Interval`, custom ones).
///
/// Column names are matched without regard to case. `Weight` becomes the edge's weight (a finite decimal number > 0);
/// `Type` must be `Directed`, `Undirected` or `Mutual` (or empty) and gives the network's direction: directed
/// when the rows say `Directed`, undirected otherwise or without the column; a table mixing `Directed` with
/// `Undirected` or `Mutual` rows is refused at the first row that differs, since a network has one direction.
/// `Id` names the row and is not kept; every other column becomes an edge attribute under its header name. Nodes are
/// organisations, edges `collaborates` ties from Source to Target. Every problem is reported with its line and
/// column, not only the first.
public enum EdgeTableReader: TextNetworkReader {

    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
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
            do {
                try imported.edge(
                    Edge(from: source.text, to: target.text, relation: .collaborates, weight: weight, attributes: attributes),
                    at: (source.line, source.column), fromPlace: (source.line, source.column), toPlace: (target.line, target.column))
            } catch let error as ReadError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ReadError(combining: errors) }
        return try imported.network()
    }
}
