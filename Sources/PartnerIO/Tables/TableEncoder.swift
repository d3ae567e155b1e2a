/// The text formats a table of results is written in.
public enum TableFormat: String, Sendable, CaseIterable {
    /// RFC 4180 CSV with a header line; fields holding a comma, a quote or a line break are quoted.
    case csv
    /// Tab-separated values with a header line; tabs and line breaks inside a field become spaces.
    case tsv
    /// JSON lines: one compact object per row, keys in column order.
    case jsonLines = "jsonl"
    /// One JSON array of objects, indented by two spaces, keys in column order.
    case json
}

/// Encodes table rows straight into bytes, cell by cell, with no intermediate `String` per cell.
///
/// Numbers use their shortest round-trip form (the digits of Swift's `description`, so that reading them back
/// gives the same `Double`): an integral value below 10¹² in magnitude prints as an integer in CSV and TSV
/// (`2`, not `2.0`), and JSON writes what ``JSONValue`` writes (`2.0`, `0.3333333333333333`, `null` for a
/// value that is not finite). Rows may be encoded on several threads into separate ``TableBuffer``s and
/// written in order by a ``TableWriter``.
/// ```swift
/// let encoder = TableEncoder(format: .csv, columns: ["a", "b", "count", "jaccard"])
/// var buffer = TableBuffer()
/// encoder.beginRow(&buffer)
/// encoder.text("FRA", &buffer); encoder.text("BEL", &buffer)
/// encoder.integer(2, &buffer); encoder.number(0.5, &buffer)
/// encoder.endRow(&buffer)          // "FRA,BEL,2,0.5\n"
/// ```
public struct TableEncoder: Sendable {
    /// The format rows are encoded in.
    public let format: TableFormat
    /// The column names, in order.
    public let columns: [String]
    /// Per column, the bytes written before its value: the separator, or the JSON key.
    private let prefixes: EncodedTexts

    /// An encoder of rows with these columns.
    /// - Complexity: O(columns).
    public init(format: TableFormat, columns: [String]) {
        self.format = format
        self.columns = columns
        var all = TableBuffer()
        var starts = [0]
        for (index, name) in columns.enumerated() {
            var bytes = TableBuffer()
            switch format {
            case .csv: if index > 0 { bytes.append(UInt8(ascii: ",")) }
            case .tsv: if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            case .jsonLines:
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                TableEncoder.appendJSONString(name, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
            case .json:
                bytes.append(contentsOf: index > 0 ? ",\n    " : "\n    ")
                TableEncoder.appendJSONString(name, to: &bytes)
                bytes.append(contentsOf: ": ")
            }
            all.append(contentsOf: bytes.bytes)
            starts.append(all.count)
        }
        prefixes = EncodedTexts(bytes: all.bytes, starts: starts)
    }

    /// The bytes before the first row: the header line (CSV, TSV), `[` (JSON), nothing (JSON lines).
    /// - Complexity: O(columns).
    public var header: [UInt8] {
        var bytes = TableBuffer()
        switch format {
        case .csv, .tsv:
            for (index, name) in columns.enumerated() {
                if index > 0 { bytes.append(format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
                appendEncodedText(name, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        case .json: bytes.append(UInt8(ascii: "["))
        case .jsonLines: break
        }
        return bytes.bytes
    }

    /// The bytes after the last row, given whether any row was written.
    /// - Complexity: O(1).
    public func footer(afterRows wroteRows: Bool) -> [UInt8] {
        guard format == .json else { return [] }
        return wroteRows ? Array("\n]\n".utf8) : Array("]\n".utf8)
    }

    /// How many leading bytes of the very first row to drop: JSON rows start with the `,` that separates them
    /// from the previous one, which the first row has none of.
    public var firstRowSkip: Int { format == .json ? 1 : 0 }

    /// Starts a row.
    /// - Complexity: O(1).
    @inline(__always)
    public func beginRow(_ buffer: inout TableBuffer) {
        switch format {
        case .csv, .tsv: break
        case .jsonLines: buffer.append(UInt8(ascii: "{"))
        case .json: buffer.append(contentsOf: ",\n  {")
        }
        buffer.column = 0
    }

    /// Ends a row; every column must have had its cell.
    /// - Complexity: O(1).
    @inline(__always)
    public func endRow(_ buffer: inout TableBuffer) {
        precondition(buffer.column == columns.count, "one cell per column")
        switch format {
        case .csv, .tsv: buffer.append(UInt8(ascii: "\n"))
        case .jsonLines: buffer.append(contentsOf: "}\n")
        case .json: buffer.append(contentsOf: "\n  }")
        }
    }

    @inline(__always)
    private func beginCell(_ buffer: inout TableBuffer) {
        let column = buffer.column
        buffer.column = column + 1
        let start = prefixes.starts[column]
        let end = prefixes.starts[column + 1]
        if start == end { return }
        prefixes.bytes.withUnsafeBufferPointer { bytes in
            buffer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// A text cell.
    /// - Complexity: O(text length).
    public func text(_ value: String, _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        appendEncodedText(value, to: &buffer)
    }

    /// A text cell already encoded for this format by ``encodedText(_:)`` (an id written on many rows).
    /// - Complexity: O(length).
    @inline(__always)
    public func encoded(_ bytes: [UInt8], _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        buffer.append(contentsOf: bytes)
    }

    /// Many texts encoded once, to be written on many rows (actor ids).
    public struct EncodedTexts: Sendable {
        let bytes: [UInt8]
        let starts: [Int]

        /// Number of texts.
        public var count: Int { starts.count - 1 }
    }

    /// Encodes `texts` once for this format, for ``encoded(_:_:_:)``.
    /// - Complexity: O(total length).
    public func encodedTexts<Texts: Sequence>(_ texts: Texts) -> EncodedTexts where Texts.Element == String {
        var buffer = TableBuffer()
        var starts = [0]
        for text in texts {
            appendEncodedText(text, to: &buffer)
            starts.append(buffer.count)
        }
        return EncodedTexts(bytes: buffer.bytes, starts: starts)
    }

    /// A text cell: text number `index` of `texts`.
    /// - Complexity: O(length).
    @inline(__always)
    public func encoded(_ texts: EncodedTexts, _ index: Int, _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        texts.bytes.withUnsafeBufferPointer { bytes in
            buffer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[texts.starts[index]..<texts.starts[index + 1]]))
        }
    }

    /// The bytes a text cell holding `value` is written as: quoted and escaped as the format needs.
    /// - Complexity: O(text length).
    public func encodedText(_ value: String) -> [UInt8] {
        var bytes = TableBuffer()
        appendEncodedText(value, to: &bytes)
        return bytes.bytes
    }

    /// An integer cell.
    /// - Complexity: O(digits).
    @inline(__always)
    public func integer(_ value: Int, _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        buffer.appendInteger(value)
    }

    /// A number cell, in its shortest round-trip form (see the type's discussion).
    /// - Complexity: O(digits).
    @inline(__always)
    public func number(_ value: Double, _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        switch format {
        case .csv, .tsv: buffer.appendNumber(value)
        case .json, .jsonLines: buffer.appendJSONNumber(value)
        }
    }

    /// A yes-or-no cell: `true` or `false`.
    /// - Complexity: O(1).
    public func boolean(_ value: Bool, _ buffer: inout TableBuffer) {
        beginCell(&buffer)
        buffer.append(contentsOf: value ? "true" : "false")
    }

    /// A missing value: an empty field (CSV, TSV) or `null` (JSON).
    /// - Complexity: O(1).
    public func missing(_ buffer: inout TableBuffer) {
        beginCell(&buffer)
        if format == .json || format == .jsonLines { buffer.append(contentsOf: "null") }
    }

    private func appendEncodedText(_ value: String, to bytes: inout TableBuffer) {
        switch format {
        case .csv:
            let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            guard needsQuotes else { return bytes.append(contentsOf: value.utf8) }
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        case .tsv:
            for byte in value.utf8 { bytes.append(byte == 9 || byte == 10 || byte == 13 ? UInt8(ascii: " ") : byte) }
        case .json, .jsonLines:
            TableEncoder.appendJSONString(value, to: &bytes)
        }
    }

    /// A JSON string literal: the one JSON string escaper, which ``JSONValue`` writes through too. `"` and `\`
    /// are escaped, line breaks and tabs by their short escapes, and other C0 and C1 controls and the line and
    /// paragraph separators as `\uXXXX` (a YAML reader, which reads JSON too, takes U+0085 for a line break).
    static func appendJSONString(_ value: String, to bytes: inout TableBuffer) {
        bytes.append(UInt8(ascii: "\""))
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            return bytes.append(UInt8(ascii: "\""))
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: "\\\"")
            case "\\": bytes.append(contentsOf: "\\\\")
            case "\n": bytes.append(contentsOf: "\\n")
            case "\r": bytes.append(contentsOf: "\\r")
            case "\t": bytes.append(contentsOf: "\\t")
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value):
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u")
                for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(scalar.value >> UInt32(shift)) & 15]) }
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
