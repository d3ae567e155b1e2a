import PartnerGraph
import PartnerMetrics

extension ReportModel {
    /// One headline figure.
    public struct Card: Sendable, Equatable {
        /// The figure, as shown.
        public var value: String
        /// What it counts.
        public var label: String
        /// The name of the figure in `NetworkSummary/entries` (what `partnet info` prints).
        public var name: String
    }

    /// The headline figures, all from ``summary``; a figure the summary lacks shows as "–".
    public var cards: [Card] {
        func card(_ value: Int?, _ label: String, _ name: String) -> Card {
            Card(value: value.map(String.init) ?? "–", label: label, name: name)
        }
        let countries = summary.network.nodesByKind.first { $0.kind == .country }?.count ?? 0
        return [
            card(summary.twoMode?.meetings, "meetings", "twoMode.meetings"),
            card(summary.twoMode?.actors, "actors", "twoMode.actors"),
            card(countries, "countries", "network.nodesByKind.country"),
            card(summary.network.participations, "participations", "network.participations"),
            card(summary.network.ties, "ties between actors", "network.ties"),
            card(summary.projection?.pairs, "pairs of actors who met", "projection.pairs"),
        ]
    }

    /// The summary in one or two sentences, all from ``summary``.
    public var summarySentence: String {
        let meetings = summary.twoMode?.meetings ?? 0
        var text = "\(PageText.count(meetings, "meeting")) from \(PageText.span(summary.timeSpan))"
        if let projection = summary.projection {
            text +=
                ", with \(PageText.count(projection.actors, "actor")) taking part. "
                + "\(PageText.count(projection.pairs, "pair")) of actors met at least once; the largest group of actors linked through shared meetings holds \(projection.largestComponent) of the \(projection.actors) actors."
        } else {
            text += "."
        }
        return text
    }

    /// One row of the figures table: a summary figure under the name every command prints it with.
    public struct Figure: Sendable, Equatable {
        /// The dotted name, e.g. `projection.density`.
        public var name: String
        /// The value as printed.
        public var value: String
    }

    /// Every figure of ``summary`` with its name, as `partnet info` prints them.
    public var figures: [Figure] {
        summary.entries.filter { $0.name != "name" }.map { entry in
            let value: String
            switch entry.value {
            case .integer(let number): value = String(number)
            case .number(let number): value = number.isFinite ? PageText.printed(number, "%.4g") : "–"
            case .text(let text): value = text
            case .flag(let flag): value = flag ? "yes" : "no"
            case .unavailable: value = "not computed (too large)"
            }
            return Figure(name: entry.name, value: value)
        }
    }

    /// What the pairs' `p` and "more than chance" mean, in one sentence for the page.
    public var pairTestSentence: String {
        guard let test = significance else {
            return "The pairs were not tested against chance (no p-values)."
        }
        let model =
            switch test.model {
            case "sdsm":
                "the stochastic degree sequence model (each actor keeps its number of meetings and each meeting its number of actors, on average)"
            case "fdsm": "the fixed degree sequence model (every actor and meeting keeps its number of links exactly)"
            default: "the hypergeometric model (each actor keeps its number of meetings, chosen at random)"
            }
        let correction =
            switch test.correction {
            case "bh": " after the Benjamini-Hochberg correction over the \(test.tested) pairs"
            case "holm": " after Holm's correction over the \(test.tested) pairs"
            case "bonferroni": " after the Bonferroni correction over the \(test.tested) pairs"
            default: ""
            }
        return
            "p is the chance that two actors share at least as many meetings as they did under \(model); a pair marked more than chance passes the level \(test.alpha)\(correction): \(test.significant) of \(test.tested) pairs. Sort by Chance to list that backbone first (partnet cooccurrence FILE --significance \(test.model) --correction \(test.correction) --significant-only prints it)."
    }
}
