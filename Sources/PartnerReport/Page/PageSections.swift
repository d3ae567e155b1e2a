/// What both pages fill the same way from a ``ReportModel``: the head and header, "At a glance", the heat map,
/// the pair test, the groups' method and modularity, "Ties over time", the facts to check, the notes and the footer.
///
/// Each page's context holds one and lets its templates find these names there after its own
/// (``TemplateFields/sharedFields``), so the two pages cannot drift apart in what the shared partials show.
struct PageSections: TemplateFields {
    /// A summary card: a figure and what it counts.
    struct Card: TemplateFields {
        var value: String; var label: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["value": \.value, "label": \.label]
    }

    var title: String
    var subtitle: String
    var summaryText: String
    var cards: [Card]
    var figures: [FigureRow]
    var hasHeat: Bool
    var heatColumns: [HeatMapTable.Column]
    var heatRows: [HeatMapTable.Row]
    var heatMaximum: Int
    var changes: TieChangeRows
    var pairTest: String
    var method: String
    var modularity: String
    /// A fact of the review queue, as the page shows it.
    struct ReviewRow: TemplateFields {
        var subject: String; var confidence: String?; var reason: String; var source: String?
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "subject": \.subject, "confidence": \.confidence, "reason": \.reason, "source": \.source,
        ]
    }

    var hasNotes: Bool
    var notes: [String]
    var hasReview: Bool
    var review: [ReviewRow]
    var generator: String
    var file: String
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "subtitle": \.subtitle, "summaryText": \.summaryText, "cards": \.cards, "figures": \.figures, "hasHeat": \.hasHeat,
        "heatColumns": \.heatColumns, "heatRows": \.heatRows, "heatMaximum": \.heatMaximum, "changes": \.changes, "pairTest": \.pairTest,
        "method": \.method, "modularity": \.modularity, "hasNotes": \.hasNotes, "notes": \.notes, "hasReview": \.hasReview, "review": \.review,
        "generator": \.generator, "file": \.file,
    ]

    /// - Parameters:
    ///   - subtitle: the header's second line, which differs between the pages.
    ///   - notes: the notes on the figures (the model's, or those known before the drawing is done); the data's
    ///     notes follow them.
    ///   - nodeIndex: the network index of each actor id, for the heat map's cells that open a pair's meetings
    ///     (empty on the static page).
    init(model: ReportModel, subtitle: String, notes: [String], nodeIndex: [String: Int]) {
        let heat = HeatMapTable(model: model, nodeIndex: nodeIndex)
        title = model.title
        self.subtitle = subtitle
        summaryText = model.summarySentence
        cards = model.cards.map { Card(value: $0.value, label: $0.label) }
        figures = model.figures.map(FigureRow.init)
        hasHeat = !heat.rows.isEmpty
        heatColumns = heat.columns
        heatRows = heat.rows
        heatMaximum = heat.maximum
        changes = TieChangeRows(model: model, limit: model.top)
        pairTest = model.pairTestSentence
        method = model.communityMethod == .louvain ? "Louvain" : "Leiden"
        modularity = PageText.decimal(model.partition.modularity)
        hasNotes = !(notes.isEmpty && model.dataNotes.isEmpty)
        self.notes = notes + model.dataNotes
        review = model.reviewItems.map {
            ReviewRow(
                subject: $0.subject, confidence: $0.confidence.map { PageText.decimal($0) }, reason: $0.reason, source: $0.source.isEmpty ? nil : $0.source)
        }
        hasReview = !review.isEmpty
        generator = model.generator
        file = model.fileName ?? model.title
    }
}
