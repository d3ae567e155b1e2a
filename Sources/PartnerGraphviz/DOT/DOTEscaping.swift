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
        var text = ""
        appendQuoted(value, to: &text)
        return text
    }

    /// Appends `value` quoted as ``quoted(_:)`` writes it to `text`, without a string of its own when nothing
    /// in it needs escaping (the common case).
    /// - Complexity: O(n).
    static func appendQuoted(_ value: String, to text: inout String) {
        guard let escaped = escapedBytes(value, escapingQuotes: true) else {
            text += "\""
            text += value
            text += "\""
            return
        }
        text += "\""
        text += String(decoding: escaped, as: UTF8.self)
        text += "\""
    }

    /// The string Graphviz 2.42's lexer reads from the text ``quoted(_:)`` writes: a graph built without text
    /// (`CGraphBuilder`) holds it where the parser would. Inside quotes the lexer reads `\"` as a quote and keeps
    /// every other backslash, so this is `value` with each line break as `\n` and each run of backslashes that
    /// ``quoted(_:)`` makes even made even; nil when `value` has a NUL byte, where Graphviz's text would end.
    /// - Complexity: O(n); no copy when nothing needs changing (the common case).
    static func readBack(_ value: String) -> String? {
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 0 || $0 == backslash || $0 == quote || $0 == lineFeed || $0 == carriageReturn })
        else { return value }
        guard !utf8.contains(0), let escaped = escapedBytes(value, escapingQuotes: false) else { return nil }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// What ``quoted(_:)`` writes between its quotes (`escapingQuotes`) or what the lexer reads back from there
    /// (not), as bytes; nil when that is `value` unchanged.
    private static func escapedBytes(_ value: String, escapingQuotes: Bool) -> [UInt8]? {
        // Bytes, not Characters: a quote or backslash followed by a combining mark is one Character, and would
        // slip through a character-level match unescaped. Every byte acted on is ASCII, and in UTF-8 an ASCII byte
        // is never part of another scalar, so working on bytes is working on scalars.
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == backslash || $0 == quote || $0 == lineFeed || $0 == carriageReturn }) else {
            return nil
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 8)
        var backslashes = 0
        var afterCarriageReturn = false
        for byte in utf8 {
            defer { afterCarriageReturn = byte == carriageReturn }
            switch byte {
            case backslash:
                backslashes += 1
                result.append(byte)
                continue
            case quote:
                if backslashes % 2 == 1 { result.append(backslash) }
                if escapingQuotes { result.append(backslash) }
                result.append(quote)
            case lineFeed where afterCarriageReturn:
                break  // the second half of a CRLF, already written
            case lineFeed, carriageReturn:
                if backslashes % 2 == 1 { result.append(backslash) }
                result += [backslash, letterN]
            default:
                result.append(byte)
            }
            backslashes = 0
        }
        if backslashes % 2 == 1 { result.append(backslash) }
        return result
    }

    /// Encodes literal text as a Graphviz escString: `\` becomes `\\` (so `\N`, `\n` and the like lose
    /// their meaning), `&` becomes `&amp;` (Graphviz decodes HTML entities in labels, so `&#65;` would show as
    /// `A`) and each line break becomes `\n` (a centred line break).
    /// - Complexity: O(n).
    static func escString(_ text: String) -> String {
        var text = text
        // Over the string's UTF-8 buffer: every label and tooltip of a diagram goes through here before the layout.
        let escaped = text.withUTF8 { bytes -> String? in
            // The escaped length first; nil when no byte changes (the text is returned as it is).
            var length = 0
            var changes = false
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "\r"): length += 2
                case UInt8(ascii: "\n"): length += previous == UInt8(ascii: "\r") ? 0 : 2
                case UInt8(ascii: "&"): length += 5
                default:
                    length += 1
                    previous = byte
                    continue
                }
                changes = true
                previous = byte
            }
            guard changes else { return nil }
            return String(unsafeUninitializedCapacity: length) { output in
                var index = 0
                func put(_ byte: UInt8) {
                    output[index] = byte
                    index += 1
                }
                var previous: UInt8 = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "\\"):
                        put(backslash)
                        put(backslash)
                    case UInt8(ascii: "&"): for entity in "&amp;".utf8 { put(entity) }
                    case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
                    case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                        put(backslash)
                        put(letterN)
                    default: put(byte)
                    }
                    previous = byte
                }
                return index
            }
        }
        return escaped ?? text
    }

    /// Whether a byte of `text` satisfies `test`: over the string's own UTF-8 buffer when it has one (a native
    /// string), byte by byte through its UTF-8 view otherwise. Labels and attribute values are scanned at every
    /// render before Graphviz's layout begins, and the view's indexing costs several times a buffer's.
    /// - Complexity: O(n).
    static func hasByte(in text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    private static let backslash = UInt8(ascii: "\\")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let letterN = UInt8(ascii: "n")

    /// Decodes what Graphviz shows for an escString label: the inverse of ``escString(_:)`` for `\\`, `&amp;`
    /// and `\n`, with `\l` and `\r` read as line breaks too and any other `\x` read as `x`.
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
        return result.replacing("&amp;", with: "&")
    }

    /// Whether an attribute name can be written without quotes.
    static func isPlainName(_ name: String) -> Bool {
        // ASCII letters, digits and `_`, not starting with a digit (checked on bytes: no Unicode tables needed).
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// A number in the shortest form that keeps three decimals.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        // Bytes: Foundation's `contains` bridges to NSString (~40 us of a render's start-up, first use).
        if text.utf8.contains(UInt8(ascii: "e")) { text = String(Int(rounded)) }
        return text
    }
}
