/// The dates of a tie or a period, either end open: the one way a dated span is written, in the tool, the
/// diagrams and the report.
///
/// ```swift
/// DateSpan(start: PartialDate("2017-03-21"), end: PartialDate("2018-05-02")).description  // "2017-03-21 to 2018-05-02"
/// DateSpan(start: nil, end: PartialDate("2017-03-21")).description                      // "until 2017-03-21"
/// DateSpan(start: PartialDate("2025-01-30"), end: nil).description                      // "from 2025-01-30"
/// ```
public struct DateSpan: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The first date, nil when not known (the span runs "until" its end).
    public var start: PartialDate?
    /// The last date, nil when open (the span runs "from" its start).
    public var end: PartialDate?

    /// A span from `start` to `end`, either of them open.
    public init(start: PartialDate?, end: PartialDate?) {
        self.start = start
        self.end = end
    }

    /// Whether either end is known.
    public var isDated: Bool { start != nil || end != nil }

    /// "S to E", "from S", "until E", one date when both ends are the same, or "undated".
    public var description: String {
        switch (start, end) {
        case (let start?, let end?): start == end ? start.description : "\(start) to \(end)"
        case (let start?, nil): "from \(start)"
        case (nil, let end?): "until \(end)"
        case (nil, nil): "undated"
        }
    }
}

extension Edge {
    /// The dates of this edge (a tie's term, for instance).
    public var span: DateSpan { DateSpan(start: start, end: end) }
}
