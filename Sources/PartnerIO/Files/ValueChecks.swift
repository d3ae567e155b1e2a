import Foundation

/// Checks on values read as text, in one place, so that every reader accepts or refuses a value the same way
/// (an edge list, GraphML, GEXF, node-link JSON, Pajek and CSV edge tables alike).
enum ValueCheck {
    /// A problem with one value; the reader adds the file, line, column and field.
    struct Problem: Error {
        var message: String
    }

    /// A weight: a number, finite and >= 0 (shortest paths read weights as lengths).
    static func weight(_ text: some StringProtocol) throws(Problem) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) else { throw Problem(message: "expected a number as weight, found '\(text.prefix(40))'") }
        return try weight(value, shown: trimmed)
    }

    /// A weight already a number (JSON): finite and >= 0.
    static func weight(_ value: Double, shown: String? = nil) throws(Problem) -> Double {
        guard value.isFinite, value >= 0 else {
            throw Problem(message: "a weight must be a finite number >= 0, found \((shown ?? String(value)).prefix(40))")
        }
        return value
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no 2020-02-30).
    static func date(_ text: some StringProtocol) throws(Problem) -> PartialDate {
        guard let date = PartialDate(text) else {
            throw Problem(message: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'")
        }
        return date
    }
}
