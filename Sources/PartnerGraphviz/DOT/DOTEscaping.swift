/// How strings are written into DOT text so that Graphviz 2.42's lexer reads them back unchanged.
///
/// Facts about that lexer, checked with `agmemread`: inside a quoted string `\"` is a quote, `\\` is kept as
/// two backslashes, a backslash before a line break joins lines, and every other character (`:`, `<`, `{`,
/// any Unicode) is kept as it is. Quoting every id therefore makes `:` (a port elsewhere) and `<` (HTML
/// elsewhere) plain characters.
enum DOTEscaping {
    /// Quotes a raw value (an id, a plain attribute): `"` becomes `\"` and a line break becomes `\n`.
    ///
    /// Line breaks are escaped because the lexer drops a line that starts with `#` even inside a string; in
    /// ids Graphviz reads `\n` as two characters, in labels as a line break. A run of backslashes just
    /// before a quote or the end cannot be read back alone (the last one would escape the quote), so such
    /// a run is made even by one more backslash.
    /// - Complexity: O(n).
    static func quoted(_ value: String) -> String {
        // Scalars, not Characters: a quote or backslash followed by a combining mark is one Character, and
        // would slip through a character-level match unescaped.
        var result = "\""
        result.reserveCapacity(value.utf8.count + 2)
        var backslashes = 0
        var afterCarriageReturn = false
        for scalar in value.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\":
                backslashes += 1
                result.unicodeScalars.append(scalar)
                continue
            case "\"":
                if backslashes % 2 == 1 { result += "\\" }
                result += "\\\""
            case "\n" where afterCarriageReturn:
                break  // the second half of a CRLF, already written
            case "\n", "\r":
                if backslashes % 2 == 1 { result += "\\" }
                result += "\\n"
            default:
                result.unicodeScalars.append(scalar)
            }
            backslashes = 0
        }
        if backslashes % 2 == 1 { result += "\\" }
        result += "\""
        return result
    }

    /// Encodes literal text as a Graphviz escString: `\` becomes `\\` (so `\N`, `\n` and the like lose
    /// their meaning) and each line break becomes `\n` (a centred line break).
    /// - Complexity: O(n).
    static func escString(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case "\n" where afterCarriageReturn: break
            case "\n", "\r": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Decodes what Graphviz shows for an escString label: the inverse of ``escString(_:)`` for `\\` and
    /// `\n`, with `\l` and `\r` read as line breaks too and any other `\x` read as `x`.
    static func unescapeLabel(_ value: String) -> String {
        var result = ""
        var iterator = value.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\", let next = iterator.next() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch next {
            case "n", "l", "r": result += "\n"
            default: result.unicodeScalars.append(next)
            }
        }
        return result
    }

    /// Whether an attribute name can be written without quotes.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// A number in the shortest form that keeps three decimals.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(Int(rounded)) }
        return text
    }
}
