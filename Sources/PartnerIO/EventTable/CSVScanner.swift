/// An RFC 4180 CSV tokenizer that keeps the line and column of every field, so that errors can point at them.
///
/// Fields may be quoted with `"` (a doubled `""` inside stands for one quote, and line breaks may appear
/// inside quotes); CRLF and LF line ends are accepted. Bad quoting is an error with its position.
/// Columns count Unicode scalars. The scan runs over the text's UTF-8 bytes and makes one `String` per field:
/// a 100 MB line costs about its size in memory, not four times (an array of scalars) plus a copy.
struct CSVScanner {
    struct Field {
        var text: String
        var line: Int
        var column: Int
    }

    struct Record {
        var fields: [Field]
        var line: Int
    }

    /// The header's column indices by key, and every problem with the header: a column `refuse` rejects (it is
    /// left out), a column named twice, a required column missing. Names are trimmed; `key` makes the lookup key
    /// from a name (the identity for exact names, `lowercased` for names matched without regard to case), and
    /// `required` lists the keys that must be present with the name an error shows for each.
    static func columns(
        of header: Record, file: String, key: (String) -> String, required: [(key: String, shown: String)],
        refuse: (_ name: String, _ field: Field) -> ReadError? = { _, _ in nil }
    ) -> (indices: [String: Int], errors: [ReadError]) {
        var indices: [String: Int] = [:]
        var errors: [ReadError] = []
        for (index, field) in header.fields.enumerated() {
            let name = field.text.trimmingCharacters(in: .whitespaces)
            if let refusal = refuse(name, field) {
                errors.append(refusal)
                continue
            }
            let lookup = key(name)
            if indices[lookup] != nil {
                errors.append(
                    ReadError(
                        .duplicateField, file: file, line: field.line, column: field.column, field: name, message: "column '\(name.prefix(40))' appears twice"))
            }
            indices[lookup] = index
        }
        for column in required where indices[column.key] == nil {
            errors.append(ReadError(.missingField, file: file, line: header.line, column: 1, message: "missing required column '\(column.shown)'"))
        }
        return (indices, errors)
    }

    /// A table with a header row: the header and the rows after it.
    /// - Throws: ``ReadError`` (`unknownFormat`) for a text with no record: "is empty; expected a header row with
    ///   `expected`"; and what ``records(in:file:)`` throws.
    static func table(in text: String, file: String, expected: String) throws -> (header: Record, rows: ArraySlice<Record>) {
        let records = try records(in: text, file: file)
        guard let header = records.first else {
            throw ReadError(.unknownFormat, file: file, line: 1, column: 1, message: "is empty; expected a header row with \(expected)")
        }
        return (header, records.dropFirst())
    }

    /// The error of a row whose number of fields differs from the header's, or nil.
    static func widthProblem(of record: Record, header: Record, file: String) -> ReadError? {
        guard record.fields.count != header.fields.count else { return nil }
        return ReadError(
            .syntax, file: file, line: record.line, column: 1,
            message: "expected \(header.fields.count) fields like the header, found \(record.fields.count)")
    }

    static func records(in text: String, file: String) throws -> [Record] {
        var text = text
        return try text.withUTF8 { try records(in: $0, file: file) }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func records(in bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> [Record] {
        let count = bytes.count
        var records: [Record] = []
        var fields: [Field] = []
        var index = 0
        // The position of bytes[index]; a UTF-8 continuation byte does not start a new column.
        var line = 1
        var column = 1
        var recordLine = 1
        func isLineEnd(_ position: Int) -> Bool {
            bytes[position] == newline
                || (bytes[position] == carriageReturn && (position + 1 == count || bytes[position + 1] == newline))
        }
        while true {
            let fieldLine = line
            let fieldColumn = column
            let text: String
            if index < count && bytes[index] == quote {
                index += 1
                column += 1
                var content: [UInt8] = []
                var runStart = index
                while true {
                    guard index < count else {
                        throw ReadError(.syntax, file: file, line: fieldLine, column: fieldColumn, message: "a quoted field is never closed")
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        if index + 1 < count && bytes[index + 1] == quote {
                            content.append(quote)
                            index += 2
                            column += 2
                            runStart = index
                            continue
                        }
                        index += 1
                        column += 1
                        break
                    }
                    if byte == newline {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                    index += 1
                }
                text = String(decoding: content, as: UTF8.self)
                if index < count && bytes[index] != comma && !isLineEnd(index) {
                    throw ReadError(
                        .syntax, file: file, line: line, column: column, message: "text after the closing quote of a field; expected ',' or the end of the line"
                    )
                }
            } else {
                let start = index
                while index < count && bytes[index] != comma && !isLineEnd(index) {
                    if bytes[index] == quote {
                        throw ReadError(
                            .syntax, file: file, line: line, column: column,
                            message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                    }
                    if bytes[index] & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
                text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            fields.append(Field(text: text, line: fieldLine, column: fieldColumn))
            if index < count && bytes[index] == comma {
                index += 1
                column += 1
                continue
            }
            // The end of a record: CRLF, LF or the end of the text.
            let blank = fields.count == 1 && fields[0].text.isEmpty
            if !blank { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
            if index < count && bytes[index] == carriageReturn { index += 1 }
            index += 1
            guard index < count else { break }
            line += 1
            column = 1
            recordLine = line
        }
        return records
    }
}
