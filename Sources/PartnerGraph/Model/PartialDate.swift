/// A calendar date known to a year, a year and month, or a day: `2019`, `2019-10`, `2019-10-24`.
///
/// Partial dates order by their earliest possible day, and a less precise date sorts before a more
/// precise one that starts on the same day (`2019` < `2019-01` < `2019-01-01`).
/// ```swift
/// let date = PartialDate("2019-11")!
/// date.year        // 2019
/// date.description // "2019-11"
/// ```
///
/// A date takes four bytes (five as an optional): networks hold two per edge and per meeting.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Year, month and day in one integer: the year above bit 9, the month in bits 5 to 8 and the day in bits 0
    /// to 4, 0 for an unknown month or day.
    private let packed: UInt32

    /// The year, 1 to 9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1 to 12, when known.
    public var month: Int? {
        let month = Int((packed >> 5) & 0xF)
        return month == 0 ? nil : month
    }
    /// The day of the month, when known (only with a month).
    public var day: Int? {
        let day = Int(packed & 0x1F)
        return day == 0 ? nil : day
    }

    /// Creates a date; returns nil when the month or day does not exist (a day needs a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        packed = UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else, including impossible days.
    ///
    /// The forms are ASCII, so the text is read as UTF-8 bytes in one pass, making no strings or arrays: a digit
    /// is `0`-`9` only, and a character with a combining mark is no digit and no separator.
    /// - Complexity: O(1): it stops at the eleventh byte.
    public init?(_ text: some StringProtocol) {
        var fields = (0, 0, 0)
        var field = 0
        var width = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard width == (field == 0 ? 4 : 2), field < 2 else { return nil }
                field += 1
                width = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), width < (field == 0 ? 4 : 2) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch field {
            case 0: fields.0 = fields.0 * 10 + digit
            case 1: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
            width += 1
        }
        guard width == (field == 0 ? 4 : 2) else { return nil }
        self.init(year: fields.0, month: field > 0 ? fields.1 : nil, day: field > 1 ? fields.2 : nil)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, throwing what is wrong instead of returning nil, so that a date
    /// written in code can fail as data does.
    /// ```swift
    /// let start = try PartialDate(parsing: "2019-11-05")
    /// _ = try PartialDate(parsing: "2020-13")   // throws NetworkError, code .invalidDate
    /// ```
    /// - Throws: ``NetworkError`` with one problem of code ``NetworkProblem/Code/invalidDate``, subject
    ///   ``NetworkProblem/Subject/network``.
    public init(parsing text: some StringProtocol) throws(NetworkError) {
        guard let date = PartialDate(text) else {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : String(text)
            throw NetworkError(problems: [
                NetworkProblem(
                    .invalidDate, subject: .network,
                    message: "expected a date YYYY, YYYY-MM or YYYY-MM-DD (a real day), found '\(shown)'")
            ])
        }
        self = date
    }

    /// How precisely the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// The first day the date may stand for, as (year, month, day) packed in one comparable integer.
    var earliestKey: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    /// The last day the date may stand for, packed like `earliestKey`.
    var latestKey: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// Whether `other` may fall on or after this date (compares the latest day of `other` with the earliest of self).
    public func mayPrecede(_ other: PartialDate) -> Bool { earliestKey <= other.latestKey }

    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.earliestKey != rhs.earliestKey { return lhs.earliestKey < rhs.earliestKey }
        return lhs.precision < rhs.precision
    }

    /// The number of days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let number = try? container.decode(Int.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text)'")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    fileprivate init(format4 value: Int) {
        let digits = String(value)
        let padding = Swift.String(repeating: "0", count: Swift.max(0, 4 - digits.count))
        self = padding + digits
    }
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
