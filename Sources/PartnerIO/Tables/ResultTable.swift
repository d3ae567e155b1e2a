import Foundation

/// A table of results, printed as aligned text, CSV (RFC 4180) or JSON (an array of objects in column order):
/// what every table of `partnet` is before it is printed.
public struct ResultTable: Sendable {
    /// One cell: a text, a number or nothing.
    public enum Cell: Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case boolean(Bool)
        case empty

        /// The cell as a JSON value.
        public var json: JSONValue {
            switch self {
            case .text(let value): .string(value)
            case .integer(let value): .int(value)
            case .number(let value): .double(value)
            case .boolean(let value): .bool(value)
            case .empty: .null
            }
        }

        /// The cell as the aligned table shows it.
        public var plain: String {
            switch self {
            case .text(let value): value
            case .integer(let value): String(value)
            case .number(let value): ResultTable.format(value)
            case .boolean(let value): value ? "true" : "false"
            case .empty: ""
            }
        }
    }

    /// The column names.
    public var columns: [String]
    /// The rows, one cell per column.
    public var rows: [[Cell]] = []

    /// An empty table with these columns.
    public init(columns: [String]) { self.columns = columns }

    /// Adds a row of one cell per column.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "one cell per column")
        rows.append(row)
    }

    /// Numbers with up to 6 significant decimals, no trailing zeros.
    public static func format(_ value: Double) -> String {
        if !value.isFinite { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == value.rounded() && abs(value) < 1e12 { return String(Int(value)) }
        let text = String(format: "%.6g", value)
        return text
    }

    /// The table in a streaming format, or aligned when `tableFormat` is nil.
    public func rendered(as tableFormat: TableFormat?) -> String {
        if let tableFormat {
            return String(decoding: encoded(as: tableFormat), as: UTF8.self)
        }
        return aligned()
    }

    /// Aligned columns: text to the left, numbers to the right, numbers with six significant digits.
    public func aligned() -> String {
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

    /// The table in a streaming format, through the one ``TableEncoder`` (numbers in full precision).
    public func encoded(as tableFormat: TableFormat) -> [UInt8] {
        let encoder = TableEncoder(format: tableFormat, columns: columns)
        var buffer = TableBuffer()
        for row in rows {
            encoder.beginRow(&buffer)
            for cell in row {
                switch cell {
                case .text(let value): encoder.text(value, &buffer)
                case .integer(let value): encoder.integer(value, &buffer)
                case .number(let value): encoder.number(value, &buffer)
                case .boolean(let value): encoder.boolean(value, &buffer)
                case .empty: encoder.missing(&buffer)
                }
            }
            encoder.endRow(&buffer)
        }
        let body = buffer.bytes.isEmpty ? [] : Array(buffer.bytes[encoder.firstRowSkip...])
        return encoder.header + body + encoder.footer(afterRows: !rows.isEmpty)
    }
}
