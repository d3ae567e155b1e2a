/// An RFC 4180 CSV tokenizer that keeps the line and column of every field, so that errors can point at them.
///
/// Fields may be quoted with `"` (a doubled `""` inside stands for one quote, and line breaks may appear
/// inside quotes); CRLF and LF line ends are accepted. Bad quoting is an error with its position.
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

    static func records(in text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var current = ""
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var characters = Array(text.unicodeScalars)
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
            current = ""
            wasQuoted = false
            afterQuote = false
        }
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        current.unicodeScalars.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    current.unicodeScalars.append(character)
                    if character == "\n" { line += 1; column = 0 }
                }
                index += 1
                column += 1
                continue
            }
            switch character {
            case ",":
                endField()
                fieldLine = line
                fieldColumn = column + 1
            case "\r" where index + 1 < characters.count && characters[index + 1] == "\n":
                break
            case "\n":
                endField()
                let blank = fields.count == 1 && fields[0].text.isEmpty
                if !blank { records.append(Record(fields: fields, line: recordLine)) }
                fields = []
                line += 1
                column = 0
                fieldLine = line
                fieldColumn = 1
                recordLine = line
            case "\"":
                if current.isEmpty && !wasQuoted && !afterQuote {
                    inQuotes = true
                    wasQuoted = true
                } else {
                    throw ReadError(file: file, line: line, column: column, message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
            default:
                if afterQuote {
                    throw ReadError(file: file, line: line, column: column, message: "text after the closing quote of a field; expected ',' or the end of the line")
                }
                current.unicodeScalars.append(character)
            }
            index += 1
            column += 1
        }
        if inQuotes {
            throw ReadError(file: file, line: fieldLine, column: fieldColumn, message: "a quoted field is never closed")
        }
        return records
    }
}
