import Foundation

/// Reads NetworkX's edge lists (`networkx.write_edgelist`, `write_weighted_edgelist`): one edge per line,
/// `u v`, `u v weight`, or `u v {'weight': 2.0, 'color': 'red'}` (a Python dict of the edge's data).
///
/// Fields are separated by white space, so ids hold none. `#` starts a comment (at the start of a field).
/// A `weight` (the third field, or the dict's `weight`) becomes the edge's weight and must be a finite number
/// >= 0; the dict's other keys become edge attributes. Nodes are organisations, edges `collaborates` ties.
/// Errors name the line and column.
public enum WhitespaceEdgeListReader: TextNetworkReader {
    /// Parses an edge list; `file` names it in errors.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: text, file: file, limits: limits, note: { _ in })
    }

    /// Parses an edge list as ``read(text:file:limits:)`` does, handing `note` how many lines repeat an earlier
    /// line exactly (each is kept as a parallel edge) and where the first is.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits, note: (String) -> Void) throws -> Network {
        var imported = ImportedNetwork(file: file, limits: limits)
        var repeats = RepeatedRows()
        for (number, line) in ImportedNetwork.lines(of: text) {
            func fail(_ code: ReadError.Code, _ column: Int, _ message: String) -> ReadError {
                ReadError(code, file: file, line: number, column: column, message: message)
            }
            // The data dict is split off first: its strings may hold spaces and '#'.
            var content = line
            var dictionary: (text: Substring, column: Int)? = nil
            if let brace = line.firstIndex(of: "{") {
                dictionary = (line[brace...], line.distance(from: line.startIndex, to: brace) + 1)
                content = line[..<brace]
            }
            var fields: [(text: Substring, column: Int)]
            do { fields = try ImportedNetwork.tokens(of: content) } catch { throw fail(.syntax, error.column, error.message) }
            if let comment = fields.firstIndex(where: { $0.text.hasPrefix("#") }) {
                fields.removeSubrange(comment...)
                dictionary = nil  // after the comment's start
                if fields.isEmpty { continue }
            }
            if fields.isEmpty && dictionary == nil { continue }
            guard fields.count >= 2 else {
                throw fail(
                    .syntax, fields.first?.column ?? 1,
                    "expected 'u v', 'u v weight' or 'u v {data}', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
            }
            guard fields.count <= 3 else { throw fail(.syntax, fields[3].column, "expected 'u v', 'u v weight' or 'u v {data}': one field too many") }
            var weight: Double? = nil
            var attributes: [String: String] = [:]
            if fields.count == 3 {
                do { weight = try ValueCheck.weight(fields[2].text) } catch { throw fail(error.code, fields[2].column, error.message) }
            }
            if let dictionary {
                let entries: [PythonDictionary.Entry]
                do { entries = try PythonDictionary.parse(dictionary.text) } catch {
                    throw fail(.syntax, dictionary.column + error.offset, error.message)
                }
                for entry in entries {
                    if entry.key == "weight" {
                        guard weight == nil else { throw fail(.duplicateField, dictionary.column + entry.offset, "the weight is given twice") }
                        do { weight = try ValueCheck.weight(entry.value) } catch {
                            throw fail(error.code, dictionary.column + entry.offset, "weight: \(error.message)")
                        }
                    } else {
                        attributes[entry.key] = entry.value
                    }
                }
            }
            try imported.edge(
                Edge(from: String(fields[0].text), to: String(fields[1].text), relation: .collaborates, weight: weight, attributes: attributes),
                at: (number, fields[0].column), fromPlace: (number, fields[0].column), toPlace: (number, fields[1].column))
            repeats.add(fields.map { String($0.text) } + [dictionary.map { String($0.text) } ?? ""], line: number)
        }
        let network = try imported.network()
        if let told = repeats.note(file: file, what: "line") { note(told) }
        return network
    }
}

/// The Python dict literals NetworkX writes for an edge's data: string keys; string, number, `True`, `False`
/// or `None` values. Values are returned as text (strings unquoted, `True` as `true`).
enum PythonDictionary {
    struct Entry {
        var key: String
        var value: String
        /// Where the key starts, in characters from the `{`.
        var offset: Int
    }

    struct Problem: Error {
        var offset: Int
        var message: String
    }

    static func parse(_ text: Substring) throws(Problem) -> [Entry] {
        let characters = Array(text)
        var index = 0
        func skipSpaces() { while index < characters.count && characters[index].isWhitespace { index += 1 } }
        func expect(_ character: Character) throws(Problem) {
            skipSpaces()
            guard index < characters.count, characters[index] == character else {
                throw Problem(offset: index, message: "expected '\(character)' in the edge data \(String(text.prefix(60)))")
            }
            index += 1
        }
        func string() throws(Problem) -> String {
            let quote = characters[index]
            let start = index
            index += 1
            var value = ""
            while index < characters.count && characters[index] != quote {
                if characters[index] == "\\" && index + 1 < characters.count { index += 1 }
                value.append(characters[index])
                index += 1
            }
            guard index < characters.count else { throw Problem(offset: start, message: "a string that is not closed in the edge data") }
            index += 1
            return value
        }
        func value() throws(Problem) -> String {
            skipSpaces()
            guard index < characters.count else { throw Problem(offset: index, message: "a value is missing in the edge data") }
            if characters[index] == "'" || characters[index] == "\"" { return try string() }
            let start = index
            while index < characters.count && characters[index] != "," && characters[index] != "}" && !characters[index].isWhitespace { index += 1 }
            let word = String(characters[start..<index])
            switch word {
            case "True": return "true"
            case "False": return "false"
            case "None": return ""
            default:
                guard Double(word) != nil || word == "nan" || word == "inf" || word == "-inf" else {
                    throw Problem(offset: start, message: "expected a string, a number, True, False or None in the edge data, found '\(word.prefix(40))'")
                }
                return word
            }
        }
        try expect("{")
        var entries: [Entry] = []
        skipSpaces()
        if index < characters.count && characters[index] == "}" {
            index += 1
        } else {
            while true {
                skipSpaces()
                guard index < characters.count, characters[index] == "'" || characters[index] == "\"" else {
                    throw Problem(offset: index, message: "expected a quoted key in the edge data")
                }
                let offset = index
                let key = try string()
                try expect(":")
                entries.append(Entry(key: key, value: try value(), offset: offset))
                skipSpaces()
                if index < characters.count && characters[index] == "," { index += 1; continue }
                try expect("}")
                break
            }
        }
        skipSpaces()
        guard index == characters.count else { throw Problem(offset: index, message: "unexpected text after the edge data") }
        return entries
    }
}
