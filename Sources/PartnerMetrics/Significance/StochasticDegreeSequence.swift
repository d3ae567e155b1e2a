import Foundation

/// The stochastic degree sequence model (SDSM) of an actor projection: under the bipartite configuration
/// model (``BipartiteConfigurationModel``), actors `a` and `b` meet at meeting `m` with probability
/// `p_am · p_bm`, independently over meetings, so their count of shared meetings is Poisson-binomial:
/// `X_ab = Σ_m Bernoulli(p_am p_bm)`, with upper tail `P(X_ab ≥ k)` and lower tail `P(X_ab ≤ k)`.
///
/// The probabilities depend only on the degree classes of `a`, `b` and `m`, so a pair of actor degree classes
/// shares one distribution: a sum of binomials `Bin(n_c, p_ic p_jc)` over meeting classes `c`, computed once
/// for all the pairs with those degrees, up to the largest count among them.
///
/// **Exact below the cut-off.** When the largest count of a pair of classes is below ``exactLimit`` (default
/// ``defaultExactLimit`` = 1,024), its tails come from the exact probability mass (a Poisson-binomial distribution), which
/// agrees with the `bicm` package's `approx_method='poibin'` to 1e-8 and better (the committed fixtures).
/// **Refined normal approximation beyond.** A pair of classes whose counts reach the cut-off has a mean of
/// hundreds of shared meetings; there the refined normal approximation (Volkova 1996) is used. Measured by
/// `scripts/sdsm-approximation-error.py` against `bicm`'s exact Poisson-binomial on SDSM-like laws above the
/// cut-off, its upper tails are within 1.6e-5 absolutely, within 2.2e-3 relatively where the exact tail is at
/// least 1e-3 and within 5.1e-2 where it is at least 1e-6 (the Significance article gives the table). No data set
/// at hand reaches the cut-off: the largest count of `affil-M` is 702, so every p-value there is exact.
///
/// Reference: Z. Neal, "The backbone of bipartite projections: Inferring relationships from co-authorship,
/// co-sponsorship, co-attendance and other co-behaviors", Social Networks 39, 84–97 (2014).
public struct StochasticDegreeSequence: Sendable {
    /// The cut-off of exact tails when none is given.
    public static let defaultExactLimit = 1024

    /// The solved bipartite configuration model.
    public let model: BipartiteConfigurationModel
    /// Counts below this are tested with exact tails; see the type's note.
    public let exactLimit: Int

    /// - Parameters:
    ///   - model: the solved BiCM of the two-mode graph.
    ///   - exactLimit: the cut-off of exact tails.
    public init(_ model: BipartiteConfigurationModel, exactLimit: Int = defaultExactLimit) {
        self.model = model
        self.exactLimit = exactLimit
    }

    /// The null distribution of the count of a pair of actors of classes `i` and `j`.
    /// - Complexity: O(K_m) for K_m meeting classes.
    func distribution(_ i: Int, _ j: Int) -> PoissonBinomial {
        PoissonBinomial(
            factors: model.meetingClassSizes.indices.map { c in
                (model.meetingClassSizes[c], model.probability(actorClass: i, meetingClass: c) * model.probability(actorClass: j, meetingClass: c))
            })
    }

    /// Both tails for a pair of actor classes at `0...last`, exact when `last` is below the cut-off, else
    /// from the refined normal approximation.
    /// - Complexity: O(K_m · last · w) exact (binomial windows of width w), O(last + K_m) approximated.
    public func tails(actorClass i: Int, _ j: Int, upTo last: Int) -> (upper: [Double], lower: [Double]) {
        let distribution = distribution(i, j)
        if last < exactLimit { return distribution.tails(upTo: last) }
        let moments = distribution.moments
        let values = (0...last).map { PoissonBinomial.normalTails($0, moments: moments) }
        return (values.map(\.upper), values.map(\.lower))
    }

    /// The table of tails the pairs of a projection need (`largest`: the largest count per class pair slot).
    func table(classOf: [Int], classCount: Int, largest: [Int], threads: Int?) -> PairTailTable {
        PairTailTable.build(
            classOf: classOf, classCount: classCount, largest: largest, threads: threads,
            isExact: { last in last < exactLimit },
            tails: { i, j, last in distribution(i, j).tails(upTo: last) },
            moments: { i, j in distribution(i, j).moments })
    }
}
