import Foundation
import PartnerIO

/// A table of results, printed as aligned text, CSV (RFC 4180) or JSON (an array of objects in column order).
struct ResultTable {
    enum Cell {
        case text(String)
        case integer(Int)
        case number(Double)
        case boolean(Bool)
        case empty

        var json: JSONValue {
            switch self {
            case .text(let value): .string(value)
            case .integer(let value): .int(value)
            case .number(let value): .double(value)
            case .boolean(let value): .bool(value)
            case .empty: .null
            }
        }

        var plain: String {
            switch self {
            case .text(let value): value
            case .integer(let value): String(value)
            case .number(let value): ResultTable.format(value)
            case .boolean(let value): value ? "true" : "false"
            case .empty: ""
            }
        }
    }

    var columns: [String]
    var rows: [[Cell]] = []

    init(columns: [String]) { self.columns = columns }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "one cell per column")
        rows.append(row)
    }

    /// Numbers with up to 6 significant decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        if !value.isFinite { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == value.rounded() && abs(value) < 1e12 { return String(Int(value)) }
        let text = String(format: "%.6g", value)
        return text
    }

    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(rows.map { row in .object(zip(columns, row).map { ($0, $1.json) }) }).serialized(indent: 2) + "\n"
        case .csv:
            let lines = [columns.map(ResultTable.csvField)] + rows.map { $0.map { ResultTable.csvField($0.plain) } }
            return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .table:
            let texts = rows.map { $0.map(\.plain) }
            var widths = columns.map(\.count)
            for row in texts { for (index, text) in row.enumerated() { widths[index] = max(widths[index], text.count) } }
            let numeric = columns.indices.map { index in rows.allSatisfy { if case .text = $0[index] { return false } else { return true } } }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { index, text in
                    let pad = String(repeating: " ", count: widths[index] - text.count)
                    return numeric[index] ? pad + text : text + pad
                }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            return ([line(columns), rule] + texts.map(line)).joined(separator: "\n") + "\n"
        }
    }

    static func csvField(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
