import Foundation

/// How the significance level is shared among the `m` tests of a projection's pairs.
///
/// - `none`: each pair at `α`.
/// - `bonferroni`: each at `α / m` (controls the family-wise error rate).
/// - `holm`: the step-down method of Holm (1979): with p-values sorted ascending, reject while
///   `p_(i) ≤ α / (m − i + 1)` (family-wise error rate, uniformly more powerful than Bonferroni).
/// - `benjaminiHochberg`: the step-up method of Benjamini and Hochberg (1995): reject the `i*` smallest, for the
///   largest `i*` with `p_(i*) ≤ i* α / m` (controls the false discovery rate for independent or positively
///   dependent tests).
///
/// Each method amounts to a threshold: a pair is significant when its p-value is at most the threshold.
public enum MultipleTestCorrection: String, CaseIterable, Sendable {
    case none
    case bonferroni
    case holm
    case benjaminiHochberg = "bh"

    /// Whether the threshold needs every p-value (Holm and Benjamini-Hochberg) or only their number.
    public var needsAllPValues: Bool { self == .holm || self == .benjaminiHochberg }

    /// The largest p-value judged significant among `testCount` tests at level `alpha` (−1 when none is).
    /// - Parameters:
    ///   - alpha: the level.
    ///   - testCount: the number of tests `m`.
    ///   - pValues: gives every p-value, in any order; called only when ``needsAllPValues``.
    /// - Complexity: O(m log m) for Holm and Benjamini-Hochberg, O(1) otherwise.
    public func threshold(alpha: Double, testCount: Int, pValues: () throws -> [Double]) rethrows -> Double {
        switch self {
        case .none: return alpha
        case .bonferroni: return testCount > 0 ? alpha / Double(testCount) : alpha
        case .holm, .benjaminiHochberg:
            let sorted = try pValues().sorted()
            let m = Double(sorted.count)
            if self == .holm {
                var last = -1.0
                for (i, p) in sorted.enumerated() {
                    guard p <= alpha / (m - Double(i)) else { break }
                    last = p
                }
                return last
            }
            for i in stride(from: sorted.count - 1, through: 0, by: -1) where sorted[i] <= Double(i + 1) * alpha / m {
                return sorted[i]
            }
            return -1
        }
    }

    /// The threshold of ``threshold(alpha:testCount:pValues:)`` from the distinct p-values and how many tests
    /// have each: the same result, with memory for the distinct values only.
    /// - Parameters:
    ///   - alpha: the level.
    ///   - counted: each distinct p-value with its number of tests (any order); the counts sum to `m`.
    /// - Complexity: O(d log d) for d distinct p-values.
    func threshold(alpha: Double, counted: [(p: Double, tests: Int)]) -> Double {
        let m = counted.reduce(0) { $0 + $1.tests }
        switch self {
        case .none: return alpha
        case .bonferroni: return m > 0 ? alpha / Double(m) : alpha
        case .holm, .benjaminiHochberg:
            let sorted = counted.filter { $0.tests > 0 }.sorted { $0.p < $1.p }
            // Equal p-values pass or fail together: Holm's bound grows with the rank, so the group's first rank
            // decides; Benjamini-Hochberg's grows too, so the group's last rank decides.
            if self == .holm {
                var last = -1.0
                var before = 0
                for group in sorted {
                    guard group.p <= alpha / Double(m - before) else { break }
                    last = group.p
                    before += group.tests
                }
                return last
            }
            var through = m
            for group in sorted.reversed() {
                if group.p <= Double(through) * alpha / Double(m) { return group.p }
                through -= group.tests
            }
            return -1
        }
    }

    /// The adjusted p-values (the smallest level at which each test would be rejected), in the given order:
    /// `min(1, m p)` for Bonferroni; `max_{j ≤ i} min(1, (m − j + 1) p_(j))` for Holm;
    /// `min_{j ≥ i} min(1, m p_(j) / j)` for Benjamini-Hochberg.
    /// - Complexity: O(m log m).
    public func adjusted(_ pValues: [Double]) -> [Double] {
        let m = Double(pValues.count)
        switch self {
        case .none: return pValues
        case .bonferroni: return pValues.map { min(1, m * $0) }
        case .holm, .benjaminiHochberg:
            let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
            var result = [Double](repeating: 0, count: pValues.count)
            if self == .holm {
                var running = 0.0
                for (rank, index) in order.enumerated() {
                    running = max(running, min(1, (m - Double(rank)) * pValues[index]))
                    result[index] = running
                }
            } else {
                var running = 1.0
                for (rank, index) in order.enumerated().reversed() {
                    running = min(running, m * pValues[index] / Double(rank + 1))
                    result[index] = running
                }
            }
            return result
        }
    }
}
