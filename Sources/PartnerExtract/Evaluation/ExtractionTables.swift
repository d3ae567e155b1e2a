import PartnerGraph
import PartnerIO

/// The tables `partnet extract` prints: the facts, the facts to review, the precision of each rule and the score
/// against a gold network, each as a `ResultTable` (aligned text, CSV or JSON).
extension ResultTable {
    /// The facts as a table: one row per fact, with its rule, review note and source.
    public init(facts: [ExtractedFact]) {
        self.init(columns: ["rule", "subject", "relation", "object", "review", "document", "sentence"])
        for fact in facts {
            append([
                .text(fact.rule), .text(fact.subject), .text(fact.relation), .text(fact.object), fact.review.map { .text($0) } ?? .empty,
                .text(fact.provenance.document), .text(fact.provenance.sentence),
            ])
        }
    }

    /// The facts a person should check, least confident first: below `threshold`, or with a rule's review note.
    public init(reviewing facts: [ExtractedFact], below threshold: Double) {
        self.init(columns: ["confidence", "rule", "subject", "relation", "object", "review", "document", "sentence"])
        let chosen = facts.filter { fact in (fact.confidence.map { $0 < threshold } ?? false) || fact.review != nil }
        let ordered = chosen.enumerated().sorted { ($0.element.confidence ?? 0, $0.offset) < ($1.element.confidence ?? 0, $1.offset) }.map(\.element)
        for fact in ordered {
            append([
                fact.confidence.map { .number(($0 * 100).rounded() / 100) } ?? .empty, .text(fact.rule), .text(fact.subject), .text(fact.relation),
                .text(fact.object),
                fact.review.map { .text($0) } ?? .empty, .text(fact.provenance.document), .text(fact.provenance.sentence),
            ])
        }
    }

    /// One row per rule: its relation and name, the facts the gold holds, the facts drafted, and their ratio.
    public init(ruleCounts counts: [String: ExtractionScore.Counts]) {
        self.init(columns: ["relation", "rule", "matched", "predicted", "precision"])
        for key in counts.keys.sorted() {
            let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
            let count = counts[key]!
            append([
                .text(parts[0]), .text(parts.count > 1 ? parts[1] : ""), .integer(count.matched), .integer(count.predicted), .number(count.precision),
            ])
        }
    }

    /// What differs from the gold, one row a fact: each drafted fact the gold lacks (`extra`, with its rule, confidence
    /// and sentence) and each gold fact the draft lacks (`missed`, with the gold's source).
    public init(differences facts: [ExtractedFact], draft: Network, gold: Network) {
        self.init(columns: ["status", "relation", "actor", "meeting", "rule", "confidence", "source"])
        for (fact, right) in zip(facts, ExtractionScore.judge(facts: facts, draft: draft, gold: gold)) where right == false {
            let meeting = fact.relation == "meeting" ? fact.subject : fact.object
            append([
                .text("extra"), .text(fact.relation), .text(fact.relation == "meeting" ? "" : fact.subject), .text(meeting), .text(fact.rule),
                fact.confidence.map { .number(($0 * 100).rounded() / 100) } ?? .empty, .text(fact.provenance.sourceText),
            ])
        }
        for row in ExtractionScore.missed(draft: draft, gold: gold) {
            append([.text("missed"), .text(row.relation), .text(row.actor), .text(row.meeting), .empty, .empty, row.source.map { .text($0) } ?? .empty])
        }
    }

    /// The score as a table: one row per kind of fact, then the chair sequences (exact of compared).
    public init(score: ExtractionScore) {
        self.init(columns: ["fact", "matched", "predicted", "gold", "precision", "recall", "f1"])
        let kinds: [(String, ExtractionScore.Counts)] = [
            ("meetings", score.meetings), ("hosts", score.hosts), ("coChairs", score.coChairs), ("attends", score.attends), ("chairs", score.chairs),
            ("coChairsAndChairs", score.coChairsAndChairs), ("organisationsPresent", score.organisationsPresent),
            ("countriesPresent", score.countriesPresent), ("absentDraftedPresent", score.absentDraftedPresent),
        ]
        for (name, counts) in kinds {
            append([
                .text(name), .integer(counts.matched), .integer(counts.predicted), .integer(counts.gold), .number(counts.precision),
                .number(counts.recall), .number(counts.f1),
            ])
        }
        append([.text("chairSequences"), .integer(score.chairSequencesExact), .empty, .integer(score.chairSequencesCompared), .empty, .empty, .empty])
    }
}
