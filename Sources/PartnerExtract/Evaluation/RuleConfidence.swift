/// How far a drafted fact can be trusted: the precision its rule reached on the development pages, shrunk toward the
/// precision of its family (the rules of the same relation).
///
/// `scripts/extract-calibrate.py` scores every development dialogue with `partnet extract --score --by-rule`,
/// counts for each rule how many of its facts the gold holds, and writes the counts into `RuleConfidenceData.swift`.
/// A rule with `m` facts right of `n` drafted has the confidence `(m + k·p) / (n + k)`, where `p` is its family's
/// pooled precision `(M + 1) / (N + 2)` over all its rules and `k` its relation's shrinkage strength: a rule seen twice stays near
/// its family, one seen fifty times near its own rate (an empirical-Bayes estimate; Efron & Morris, "Stein's paradox in
/// statistics", Scientific American 236, 1977). Each dialogue's facts of a rule count up to a cap (a rule is mostly written from
/// one dialogue's pages, which would otherwise set its precision). The script chooses the cap and each relation's `k` as the values that minimise the Brier
/// score of its confidences when each dialogue is scored with counts from the others only (leave-one-dialogue-out), so that the
/// table is calibrated for pages the rules were not written on. A rule never seen on the development pages takes `p`,
/// and a relation never seen 0.5.
public enum RuleConfidence {
    /// Counts of one rule on the development pages: each dialogue's facts of the rule counted up to the table's cap
    /// (a dialogue where the rule drafts n > c facts, m right, counts c facts, m·c/n right), so fractions.
    public struct Entry: Sendable, Hashable {
        public var matched: Double
        public var predicted: Double
    }

    /// The key of a rule: its relation and its name without the suffixes that set a fact aside ("+negation"); a part of
    /// the meeting ("+sub-session") and a chair marked in a list ("+marked-chair") are rules of their own.
    public static func key(relation: String, rule: String) -> String {
        // Most rules have no suffix: their key needs no search (a search of Foundation's is slow at each fact).
        guard rule.utf8.contains(UInt8(ascii: "+")) else { return relation + " " + rule }
        return "\(relation) \(rule.split(separator: "+").first.map(String.init) ?? rule)\(rule.contains("+sub-session") ? "+sub-session" : "")"
            + (rule.contains("+marked-chair") ? "+marked-chair" : "")
    }

    /// Every rule's counts, parsed once from the generated table.
    public static let entries: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4, let matched = Double(fields[2]), let predicted = Double(fields[3]) else { continue }
            entries["\(fields[0]) \(fields[1])"] = Entry(matched: matched, predicted: predicted)
        }
        return entries
    }()

    /// Each relation's shrinkage strength `k`, read from the table's `strength` lines.
    static let strengths: [String: Double] = {
        var strengths: [String: Double] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count == 3, fields[0] == "strength", let value = Double(fields[2]), value > 0 { strengths[fields[1]] = value }
        }
        return strengths
    }()

    /// The shrinkage strength `k` of a relation's rules (1 for a relation the table gives none).
    /// - Complexity: O(1).
    public static func strength(of relation: String) -> Double { strengths[relation] ?? 1 }

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

    /// The family precision of a relation: `(M + 1) / (N + 2)` over all its rules; 0.5 for a relation never seen.
    /// - Complexity: O(1).
    public static func family(_ relation: String) -> Double {
        guard let pooled = byRelation[relation] else { return 0.5 }
        return (pooled.matched + 1) / (pooled.predicted + 2)
    }

    /// The confidence of a fact drafted by `rule` for `relation` (`hosts`, `coChairs`, `attends`, `organises`,
    /// `observes`, `meeting`, `presidency`): `(m + k·p) / (n + k)`, or the family precision `p` for a rule not in the
    /// table.
    /// - Complexity: O(1).
    public static func of(relation: String, rule: String) -> Double {
        let prior = family(relation)
        guard let entry = entries[key(relation: relation, rule: rule)] else { return prior }
        let k = strength(of: relation)
        return (entry.matched + k * prior) / (entry.predicted + k)
    }
}
