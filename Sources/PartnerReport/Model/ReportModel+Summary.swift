import PartnerGraph

extension ReportModel {
    /// One headline figure.
    public struct Card: Sendable, Equatable {
        /// The figure, as shown.
        public var value: String
        /// What it counts.
        public var label: String
    }

    /// The headline figures, all from ``summary``.
    public var cards: [Card] {
        let figures = summary.statistics
        return [
            Card(value: "\(figures.meetings)", label: "meetings"),
            Card(value: "\(figures.actors)", label: "actors"),
            Card(value: "\(summary.countries)", label: "countries"),
            Card(value: "\(figures.participations)", label: "participations"),
            Card(value: "\(summary.ties)", label: "ties between actors"),
            Card(value: "\(figures.pairs)", label: "pairs of actors who met"),
        ]
    }

    /// The summary in one or two sentences, all from ``summary``.
    public var summarySentence: String {
        let figures = summary.statistics
        return "\(PageText.count(figures.meetings, "meeting")) from \(PageText.span(summary.timeSpan)), with \(PageText.count(figures.actors, "actor")) taking part. "
            + "\(PageText.count(figures.pairs, "pair")) of actors met at least once; the largest group of actors linked through shared meetings holds \(figures.largestComponent) of the \(figures.actors) actors."
    }
}
