import Foundation

/// The hypergeometric law of the number of meetings two actors share when each picks its meetings uniformly
/// at random among `N` (the fixed-row model): `P(X = t) = C(d_a, t) C(N − d_a, d_b − t) / C(N, d_b)`.
///
/// Terms are built in log space by their ratio `(d_a − t)(d_b − t) / ((t + 1)(N − d_a − d_b + t + 1))` over the
/// whole support and normalised by their sum, so no factorial or `lgamma` enters and each tail keeps the
/// relative precision of a sum of positive terms.
enum Hypergeometric {
    /// Both tails at `0...last` (`upper[k] = P(X ≥ k)`, `lower[k] = P(X ≤ k)`).
    /// - Complexity: O(min(d_a, d_b) + last).
    static func tails(population: Int, first: Int, second: Int, upTo last: Int) -> (upper: [Double], lower: [Double]) {
        let low = max(0, first + second - population)
        let high = min(first, second)
        var upper = [Double](repeating: 0, count: last + 1)
        var lower = [Double](repeating: 0, count: last + 1)
        guard high >= low else { return (upper, lower) }
        var logTerms = [Double](repeating: 0, count: high - low + 1)
        var logTerm = 0.0
        for t in low..<high {
            let numerator = Double(first - t) * Double(second - t)
            let denominator = Double(t + 1) * Double(population - first - second + t + 1)
            logTerm += log(numerator / denominator)
            logTerms[t - low + 1] = logTerm
        }
        let best = logTerms.max()!
        let terms = logTerms.map { exp($0 - best) }
        let total = terms.reduce(0, +)
        var running = 0.0
        for k in 0...last {
            if k >= low && k <= high { running += terms[k - low] }
            lower[k] = min(1, running / total)
        }
        running = 0
        for t in stride(from: high, through: low, by: -1) {
            running += terms[t - low]
            if t <= last { upper[t] = min(1, running / total) }
        }
        for k in 0...min(last, low) { upper[k] = 1 }
        return (upper, lower)
    }
}
