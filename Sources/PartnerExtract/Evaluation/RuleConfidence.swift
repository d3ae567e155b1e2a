/// How far a drafted fact can be trusted: the precision its rule reached on the development pages.
///
/// `scripts/extract-calibrate.py` scores every development dialogue with `partnet extract --score --by-rule`,
/// counts for each rule how many of its facts the gold holds, and writes the counts into `RuleConfidenceData.swift`.
/// A rule's confidence is its smoothed precision `(matched + 1) / (predicted + 2)` (Laplace's rule of succession), so
/// that a rule seen twice is not trusted as fully as one seen fifty times; a rule never seen on the development
/// pages takes the pooled precision of its relation, and failing that 0.5.
public enum RuleConfidence {
    /// Counts of one rule on the development pages.
    public struct Entry: Sendable, Hashable {
        public var matched: Int
        public var predicted: Int
        /// `(matched + 1) / (predicted + 2)`.
        public var confidence: Double { Double(matched + 1) / Double(predicted + 2) }
    }

    /// The key of a rule: its relation and its name without the suffixes that set a fact aside ("+negation"); a part of
    /// the meeting ("+sub-session") and a chair marked in a list ("+marked-chair") are rules of their own.
    public static func key(relation: String, rule: String) -> String {
        "\(relation) \(rule.split(separator: "+").first.map(String.init) ?? rule)\(rule.contains("+sub-session") ? "+sub-session" : "")"
            + (rule.contains("+marked-chair") ? "+marked-chair" : "")
    }

    /// Every rule's counts, parsed once from the generated table.
    public static let entries: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4, let matched = Int(fields[2]), let predicted = Int(fields[3]) else { continue }
            entries["\(fields[0]) \(fields[1])"] = Entry(matched: matched, predicted: predicted)
        }
        return entries
    }()

    /// The pooled counts of each relation over its rules.
    static let byRelation: [String: Entry] = {
        var pooled: [String: Entry] = [:]
        for (key, entry) in entries {
            let relation = String(key.prefix { $0 != " " })
            pooled[relation, default: Entry(matched: 0, predicted: 0)].matched += entry.matched
            pooled[relation, default: Entry(matched: 0, predicted: 0)].predicted += entry.predicted
        }
        return pooled
    }()

    /// The confidence of a fact drafted by `rule` for `relation` (`hosts`, `coChairs`, `attends`, `organises`,
    /// `observes`, `meeting`, `presidency`).
    /// - Complexity: O(1).
    public static func of(relation: String, rule: String) -> Double {
        if let entry = entries[key(relation: relation, rule: rule)] { return entry.confidence }
        if let pooled = byRelation[relation], pooled.predicted > 0 { return Double(pooled.matched) / Double(pooled.predicted) }
        return 0.5
    }
}
