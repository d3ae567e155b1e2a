import Foundation

/// A measure of how strongly two actors co-occur, from the meetings they share.
///
/// Notation: `c` is the number of meetings actors a and b share, `n_a` and `n_b` the numbers of meetings
/// each takes part in (through the chosen relations), `N` the number of meetings with at least one chosen
/// actor, and `n_k` the number of chosen actors in meeting k.
public enum CoOccurrenceMeasure: String, CaseIterable, Sendable, Hashable, Codable {
    /// The raw count `c` of shared meetings (the weight of NetworkX's `weighted_projected_graph`).
    case count
    /// Newman's (2001) collaboration weight `Σ_k 1 / (n_k − 1)` over the shared meetings: a meeting of
    /// many actors ties each pair less. M. E. J. Newman, "Scientific collaboration networks. II", Phys. Rev. E 64 (2001).
    case newman
    /// Jaccard's index `c / (n_a + n_b − c)`.
    case jaccard
    /// Salton's cosine `c / √(n_a · n_b)`.
    case cosine
    /// The inclusion (overlap) index `c / min(n_a, n_b)`.
    case inclusion
    /// Association strength `c / (n_a · n_b)` (van Eck & Waltman, "How to normalize cooccurrence data?",
    /// JASIST 60 (2009)): proportional to observed over expected co-occurrences.
    case association
    /// Lift `N · c / (n_a · n_b)`: the observed co-occurrences over those expected if the two actors took part
    /// independently; 1 means independence.
    case lift
    /// Pointwise mutual information `log(p_ab / (p_a · p_b))` with `p = count / N` (natural log) = log(lift)
    /// (Church & Hanks 1990).
    case pmi
    /// Normalised PMI `PMI / −log p_ab`, in [−1, 1]; 1 when the pair attends every meeting together
    /// (Bouma 2009, "Normalized (pointwise) mutual information in collocation extraction").
    case npmi

    /// The value of this measure for one pair.
    ///
    /// - Parameters:
    ///   - count: the shared meetings `c` (at least 1).
    ///   - newman: `Σ_k 1/(n_k − 1)` over the shared meetings.
    ///   - first: `n_a`, the meetings of the first actor.
    ///   - second: `n_b`, the meetings of the second actor.
    ///   - meetings: `N`, the meetings in all.
    /// - Complexity: O(1).
    public func value(count: Int, newman: Double, first: Int, second: Int, meetings: Int) -> Double {
        let c = Double(count)
        let a = Double(first)
        let b = Double(second)
        let n = Double(meetings)
        switch self {
        case .count: return c
        case .newman: return newman
        case .jaccard: return c / (a + b - c)
        case .cosine: return c / (a * b).squareRoot()
        case .inclusion: return c / min(a, b)
        case .association: return c / (a * b)
        case .lift: return n * c / (a * b)
        case .pmi: return log(n * c / (a * b))
        case .npmi:
            let joint = c / n
            if joint >= 1 { return 1 }
            return log(n * c / (a * b)) / -log(joint)
        }
    }
}

/// Which relations make two actors co-occur at a meeting: a takes part through one set and b through the
/// other (or the other way round).
///
/// ```swift
/// CoOccurrenceRelations.coAttendance      // any role on both sides
/// CoOccurrenceRelations.coChairing        // both co-chair
/// CoOccurrenceRelations.hostWithCoChair   // one hosts, the other co-chairs
/// CoOccurrenceRelations(first: [.hosts, .organises], second: [.attends])
/// ```
public struct CoOccurrenceRelations: Sendable, Hashable {
    /// The relations of one actor of the pair to the meeting; nil for any relation.
    public var first: Set<Relation>?
    /// The relations of the other actor; nil for any relation.
    public var second: Set<Relation>?

    /// Relations for each side; nil on a side takes any relation.
    /// - Complexity: O(1).
    public init(first: Set<Relation>?, second: Set<Relation>?) {
        self.first = first
        self.second = second
    }

    /// The same relations on both sides.
    /// - Complexity: O(1).
    public init(_ relations: Set<Relation>?) {
        self.init(first: relations, second: relations)
    }

    /// Any participation on both sides.
    public static let coAttendance = CoOccurrenceRelations(nil)
    /// Both actors co-chair the meeting.
    public static let coChairing = CoOccurrenceRelations([.coChairs])
    /// One actor hosts the meeting and the other co-chairs it.
    public static let hostWithCoChair = CoOccurrenceRelations(first: [.hosts], second: [.coChairs])

    /// Whether both sides are the same set (every co-member counts).
    /// - Complexity: O(relations).
    public var isSymmetric: Bool { first == second }

    /// The relations of either side; nil when either side takes any relation.
    /// - Complexity: O(relations).
    public var union: Set<Relation>? {
        guard let first, let second else { return nil }
        return first.union(second)
    }
}
