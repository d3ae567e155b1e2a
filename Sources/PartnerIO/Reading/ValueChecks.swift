import Foundation

/// Checks on values read as text, in one place, so that every reader accepts or refuses a value the same way
/// (an edge list, GraphML, GEXF, node-link JSON, Pajek and CSV edge tables alike).
enum ValueCheck {
    /// A problem with one value; the reader adds the file, line, column and field.
    struct Problem: Error {
        var code: ReadError.Code
        var message: String
    }

    /// A weight: a decimal number (`12`, `0.5`, `-1`, `2.5e-3`), finite, > 0 and not subnormal. Hexadecimal
    /// (`0x10`, `0x1p-3`), `nan` and `inf` are not decimal; a number that rounds to 0 (`1e-400`) or to a subnormal
    /// (`5e-324`) is refused as such, since shortest paths read a weight's inverse or the weight itself as a length.
    static func weight(_ text: some StringProtocol) throws(Problem) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) else {
            throw Problem(code: .invalidValue, message: "expected a decimal number as weight, found '\(text.prefix(40))'")
        }
        // Hexadecimal, `nan` and `inf` parse as numbers but are not decimal: the value rule's message.
        return try weight(isDecimal(trimmed.utf8) ? value : .nan, shown: trimmed)
    }

    /// A weight already a number (JSON): finite, > 0 and not subnormal.
    static func weight(_ value: Double, shown: String? = nil) throws(Problem) -> Double {
        guard value.isFinite, value > 0, value.isNormal else {
            let found = (shown ?? String(value)).prefix(40)
            let mantissa = (shown ?? "").prefix { $0 != "e" && $0 != "E" }
            let underflows = value == 0 && mantissa.contains(where: { "123456789".contains($0) })
            let reason = underflows ? " (it rounds to 0)" : value.isSubnormal ? " (a subnormal number)" : ""
            throw Problem(code: .invalidValue, message: "a weight must be a finite decimal number > 0, found \(found)\(reason)")
        }
        return value
    }

    /// Whether `text` is a decimal number: optional sign, digits with at most one point, an optional exponent.
    static func isDecimal(_ text: some Collection<UInt8>) -> Bool {
        var bytes = text[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digits = 0
        var points = 0
        while let byte = bytes.first, (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") {
            if byte == UInt8(ascii: ".") { points += 1 } else { digits += 1 }
            bytes = bytes.dropFirst()
        }
        guard digits > 0, points <= 1 else { return false }
        guard let marker = bytes.first else { return true }
        guard marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return false }
        bytes = bytes.dropFirst()
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no 2020-02-30).
    static func date(_ text: some StringProtocol) throws(Problem) -> PartialDate {
        guard let date = PartialDate(text) else {
            throw Problem(code: .invalidDate, message: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'")
        }
        return date
    }

    /// Why an id cannot hold a control character: the model's rule (``/PartnerGraph/Node/controlCharacter(in:)``), for the
    /// readers that check ids before any node exists (edge lists).
    static func controlCharacterMessage(_ value: UInt32) -> String {
        "an id may not hold a control character (U+\(String(format: "%04X", value)))"
    }

    /// Why an id read from a delimited file (a TSV or CSV edge list, an affiliation list, Gephi's CSV) cannot have
    /// white space around it, with what to do: kept, ` b` would be another node than `b` unseen; trimmed, the
    /// file would be read otherwise than it is written. The event table says the same in its own words.
    static func spacedIDMessage(_ id: some StringProtocol) -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        return "the id '\(id.prefix(40))' has white space around it, which an id may not have (kept, it would be another node than '\(trimmed.prefix(40))'): "
            + "remove the spaces around the field, as a,b rather than a, b"
    }

    /// The first control character in a text that no name, title or note needs: C0 controls other than tab, line
    /// feed and carriage return, DEL, and C1 controls other than U+0085 (NEL, a line break). They are invisible
    /// in tables and files, and act on a terminal (ESC starts escape sequences, BEL rings). Nil when there is none.
    static func controlCharacter(inText text: some StringProtocol) -> UInt32? {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return UInt32(byte) }
            if byte == 0x7F { return 0x7F }
            if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F && byte != 0x85 { return UInt32(byte) }
            previous = byte
        }
        return nil
    }

    /// The message for a control character in a text (``controlCharacter(inText:)``).
    static func textControlMessage(_ value: UInt32) -> String {
        "holds the control character U+\(String(format: "%04X", value)); control characters are refused in texts (they are invisible and act on terminals)"
    }

    /// An interval: an end, when both are given, not before the start.
    static func order(start: PartialDate?, end: PartialDate?) throws(Problem) {
        if let start, let end, !start.mayPrecede(end) {
            throw Problem(code: .endBeforeStart, message: "ends (\(end)) before it starts (\(start))")
        }
    }

    /// Refuses an input that holds nothing but white space (and a byte order mark), the same way for every
    /// format: `FILE:1:1: is empty; expected ...`.
    static func nonEmpty(path: String, expected: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            var bytes = chunk[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) { return }
        }
        throw ReadError(.unknownFormat, file: path, line: 1, column: 1, message: "is empty; expected \(expected)")
    }
}
