import PartnerMetrics

/// The rows of the "Ties over time" section, shared by the interactive and the static page.
struct TieChangeRows {
    struct Window: TemplateFields {
        var years: String; var actors: Int; var newcomers: Int; var exits: Int; var ties: Int; var formed: Int
        var persisting: Int; var dissolved: Int; var persistence: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "years": \.years, "actors": \.actors, "newcomers": \.newcomers, "exits": \.exits, "ties": \.ties, "formed": \.formed, "persisting": \.persisting,
            "dissolved": \.dissolved, "persistence": \.persistence,
        ]
    }
    struct Lasting: TemplateFields {
        var a: String; var b: String; var years: String; var periods: Int; var spells: Int
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["a": \.a, "b": \.b, "years": \.years, "periods": \.periods, "spells": \.spells]
    }

    var windows: [Window]
    var lasting: [Lasting]
    // Stored, not computed: the template reads stored fields by key path.
    var hasWindows: Bool
    var hasLasting: Bool

    /// The windows of `model.tieChanges`, and its `limit` longest-present ties (most windows, then longest span).
    /// - Complexity: O(windows + ties log ties).
    init(model: ReportModel, limit: Int) {
        let names = model.names
        windows = model.tieChanges.windows.map { window in
            Window(
                years: window.startYear == window.endYear ? "\(window.startYear)" : "\(window.startYear)–\(window.endYear)",
                actors: window.actors, newcomers: window.newcomers, exits: window.exits, ties: window.ties,
                formed: window.formed, persisting: window.persisting, dissolved: window.dissolved,
                persistence: window.persistence.map { PageText.decimal($0) } ?? "–")
        }
        lasting = model.lastingTies(limit: limit).map { tie in
            Lasting(
                a: names[tie.a] ?? tie.a, b: names[tie.b] ?? tie.b,
                years: tie.firstYear == tie.lastYear ? "\(tie.firstYear)" : "\(tie.firstYear)–\(tie.lastYear)",
                periods: tie.periods, spells: tie.spells)
        }
        hasWindows = !windows.isEmpty
        hasLasting = !lasting.isEmpty
    }
}

extension TieChangeRows: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "windows": \.windows, "lasting": \.lasting, "hasWindows": \.hasWindows, "hasLasting": \.hasLasting,
    ]
}
