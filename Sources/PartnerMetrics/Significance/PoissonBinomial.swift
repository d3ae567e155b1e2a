import Foundation

/// The distribution of a sum of independent Bernoulli variables given in groups of equal probability (a sum
/// of binomials), with its two tails: the null distribution of a pair's co-occurrence under the SDSM.
///
/// ``tails(upTo:)`` computes the probability mass exactly, by truncated convolution of the binomial factors
/// (no transform, no recursion with alternating signs, so every term is a sum of non-negative products).
/// Each binomial is kept on the window where its terms exceed `2^-120` of its mode (1e-36): the dropped mass
/// is below 1e-33 per factor, far under a double's resolution of the tails. The upper tail `P(X ≥ k)` is
/// summed term by term from `k` (so small p-values keep their relative precision), plus the mass beyond the
/// last term computed, bounded with the log-concavity of the Poisson-binomial law.
///
/// ``normalTails(_:)`` is the refined normal approximation (Volkova 1996; Hong 2013):
/// `P(X ≤ k) ≈ Φ(z) + γ (1 − z²) φ(z) / 6`, `z = (k + 0.5 − μ) / σ`, `γ = Σ p(1 − p)(1 − 2p) / σ³`.
struct PoissonBinomial {
    /// The factors: `count` Bernoulli trials of probability `probability`.
    var factors: [(count: Int, probability: Double)]

    /// The mean, variance and skewness numerator of the sum.
    var moments: (mean: Double, variance: Double, third: Double) {
        var mean = 0.0
        var variance = 0.0
        var third = 0.0
        for factor in factors {
            let n = Double(factor.count)
            let p = factor.probability
            mean += n * p
            variance += n * p * (1 - p)
            third += n * p * (1 - p) * (1 - 2 * p)
        }
        return (mean, variance, third)
    }

    /// The probability mass at `0...last`, exact up to rounding (see the type's note).
    /// - Complexity: O(Σ_c last · w_c) for binomial windows of width w_c ≤ last + 1.
    func mass(upTo last: Int) -> [Double] {
        var mass = [Double](repeating: 0, count: last + 1)
        mass[0] = 1
        var reach = 0  // the highest index that may be non-zero
        var terms = [Double](repeating: 0, count: last + 1)
        var next = [Double](repeating: 0, count: last + 1)
        for factor in factors where factor.probability > 0 && factor.count > 0 {
            let n = factor.count
            let p = factor.probability
            if p >= 1 {
                // Certain successes shift the mass.
                let shift = n
                for index in stride(from: last, through: 0, by: -1) { mass[index] = index >= shift ? mass[index - shift] : 0 }
                reach = min(last, reach + shift)
                continue
            }
            // Binomial log-terms by their ratio, from 0 to min(n, last); then the window around the mode.
            let top = min(n, last)
            let logOdds = log(p) - log1p(-p)
            var logTerm = Double(n) * log1p(-p)
            var best = logTerm
            terms[0] = logTerm
            if top > 0 {
                for t in 1...top {
                    logTerm += log(Double(n - t + 1) / Double(t)) + logOdds
                    terms[t] = logTerm
                    best = max(best, logTerm)
                }
            }
            let floor = best - 120 * M_LN2
            var low = 0
            while low < top && terms[low] < floor { low += 1 }
            var high = top
            while high > low && terms[high] < floor { high -= 1 }
            for t in low...high { terms[t] = exp(terms[t]) }
            let newReach = min(last, reach + high)
            for index in 0...newReach {
                var sum = 0.0
                let first = max(low, index - reach)
                let end = min(high, index)
                if first <= end {
                    for t in first...end { sum += terms[t] * mass[index - t] }
                }
                next[index] = sum
            }
            for index in 0...newReach { mass[index] = next[index] }
            reach = newReach
        }
        return mass
    }

    /// Both tails at `0...last`: `upper[k] = P(X ≥ k)`, `lower[k] = P(X ≤ k)`, computed exactly.
    /// - Complexity: that of ``mass(upTo:)`` with `last + 8` terms.
    func tails(upTo last: Int) -> (upper: [Double], lower: [Double]) {
        let extra = 8
        let mass = self.mass(upTo: last + extra)
        var lower = [Double](repeating: 0, count: last + 1)
        var running = 0.0
        for k in 0...last {
            running += mass[k]
            lower[k] = min(1, running)
        }
        // The mass beyond the computed terms: by log-concavity the ratios of consecutive terms do not grow,
        // so it is at most m_U r / (1 − r) for the last ratio r; else (r ≥ 1, the mode lies beyond) it is
        // what the computed terms leave of 1.
        let end = last + extra
        var total = 0.0
        for value in mass { total += value }
        var beyond = max(0, 1 - total)
        if mass[end - 1] > 0 {
            let ratio = mass[end] / mass[end - 1]
            if ratio < 1 { beyond = min(beyond, mass[end] * ratio / (1 - ratio)) }
        }
        var upper = [Double](repeating: 0, count: last + 1)
        running = beyond
        for k in stride(from: end, through: 0, by: -1) {
            running += mass[k]
            if k <= last { upper[k] = min(1, running) }
        }
        upper[0] = 1
        return (upper, lower)
    }

    /// The refined normal approximation of both tails at count `k`: `(P(X ≥ k), P(X ≤ k))`.
    /// - Complexity: O(1) given the moments.
    static func normalTails(
        _ k: Int, moments: (mean: Double, variance: Double, third: Double)
    ) -> (upper: Double, lower: Double) {
        func cumulative(_ k: Int) -> Double {
            guard moments.variance > 0 else { return Double(k) + 0.5 >= moments.mean ? 1 : 0 }
            let sigma = moments.variance.squareRoot()
            let gamma = moments.third / (sigma * sigma * sigma)
            let z = (Double(k) + 0.5 - moments.mean) / sigma
            let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
            let value = 0.5 * erfc(-z / 2.0.squareRoot()) + gamma * (1 - z * z) * density / 6
            return min(1, max(0, value))
        }
        return (k <= 0 ? 1 : 1 - cumulative(k - 1), cumulative(k))
    }
}
