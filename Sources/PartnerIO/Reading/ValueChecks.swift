import Foundation

/// Checks on values read as text, in one place, so that every reader accepts or refuses a value the same way
/// (an edge list, GraphML, GEXF, node-link JSON, Pajek and CSV edge tables alike).
enum ValueCheck {
    /// A problem with one value; the reader adds the file, line, column and field.
    struct Problem: Error {
        var message: String
    }

    /// A weight, one rule for every reader: a decimal number (`2`, `0.5`, `1e-3`; not `0x10`, `inf`, `nan`),
    /// finite and greater than 0, and not subnormal (below 2.2e-308, where 1/weight overflows). A weight is a
    /// tie's strength; see ``Network`` for how measures use it.
    static func weight(_ text: some StringProtocol) throws(Problem) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) else { throw Problem(message: "expected a number as weight, found '\(text.prefix(40))'") }
        guard isDecimal(trimmed.utf8) else { throw Problem(message: "\(rule), found \(trimmed.prefix(40))") }
        return try weight(value, shown: trimmed)
    }

    static let rule = "a weight must be a finite decimal number > 0"

    /// A weight already a number (JSON): finite, greater than 0 and not subnormal.
    static func weight(_ value: Double, shown: String? = nil) throws(Problem) -> Double {
        guard value.isNormal, value > 0 else {
            let subnormal = value.isSubnormal && value > 0 ? " (below 2.2e-308, too small to invert)" : ""
            throw Problem(message: "\(rule), found \((shown ?? String(value)).prefix(40))\(subnormal)")
        }
        return value
    }

    /// Whether `text` is a decimal number: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    static func isDecimal(_ text: some Collection<UInt8>) -> Bool {
        var index = text.startIndex
        func digits() -> Int {
            var count = 0
            while index != text.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index]) {
                index = text.index(after: index)
                count += 1
            }
            return count
        }
        func take(_ bytes: UInt8...) -> Bool {
            guard index != text.endIndex, bytes.contains(text[index]) else { return false }
            index = text.index(after: index)
            return true
        }
        _ = take(UInt8(ascii: "+"), UInt8(ascii: "-"))
        var mantissa = digits()
        if take(UInt8(ascii: ".")) { mantissa += digits() }
        guard mantissa > 0 else { return false }
        if take(UInt8(ascii: "e"), UInt8(ascii: "E")) {
            _ = take(UInt8(ascii: "+"), UInt8(ascii: "-"))
            guard digits() > 0 else { return false }
        }
        return index == text.endIndex
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no 2020-02-30).
    static func date(_ text: some StringProtocol) throws(Problem) -> PartialDate {
        guard let date = PartialDate(text) else {
            throw Problem(message: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'")
        }
        return date
    }

    /// Why an id cannot hold a control character: the model's rule (``Node/controlCharacter(in:)``), for the
    /// readers that check ids before any node exists (edge lists).
    static func controlCharacterMessage(_ value: UInt32) -> String {
        "an id may not hold a control character (U+\(String(format: "%04X", value)))"
    }

    /// An interval: an end, when both are given, not before the start.
    static func order(start: PartialDate?, end: PartialDate?) throws(Problem) {
        if let start, let end, !start.mayPrecede(end) {
            throw Problem(message: "ends (\(end)) before it starts (\(start))")
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
        throw ReadError(file: path, line: 1, column: 1, message: "is empty; expected \(expected)")
    }
}
