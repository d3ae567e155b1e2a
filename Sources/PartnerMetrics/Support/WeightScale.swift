import PartnerGraph

extension Graph {
    /// The factor, a power of two, that the scale-free weighted kernels (community detection, modularity,
    /// eigenvector centrality) multiply every weight by so that sums of weights, and products of two such sums,
    /// stay finite.
    ///
    /// It is 1 (nothing changes) unless the weights sum to more than 2^400 (about 2.6e120) or overflow; then it
    /// is 2^-e for the binade e of the largest weight, which brings that weight into [1, 2). Multiplying by a
    /// power of two is exact, and these kernels' results do not depend on the scale of the weights (a partition's
    /// modularity is a ratio of weight sums, an eigenvector is normalised), so a graph with weights of 1e300 gets
    /// the figures it would get with the same weights divided by 1e300, instead of an overflow to infinity and a
    /// modularity of NaN. A weight more than 2^1074 times smaller than the largest becomes 0, as it would in any
    /// sum with the largest.
    /// - Complexity: O(m).
    var overflowSafeWeightScale: Double {
        guard let weights, !weights.isEmpty else { return 1 }
        var total = 0.0
        var largest = 0.0
        for weight in weights where weight.isFinite {
            total += weight
            largest = max(largest, weight)
        }
        guard !(total <= 0x1p400), largest > 0 else { return 1 }
        return Double(sign: .plus, exponent: -largest.exponent, significand: 1)
    }

    /// ``weights`` and ``inWeights`` multiplied by ``overflowSafeWeightScale``, or nil (use the stored ones)
    /// when the scale is 1 or the graph is unweighted.
    /// - Complexity: O(m) time and memory when scaled.
    func overflowSafeWeights() -> (out: [Double], in: [Double])? {
        let scale = overflowSafeWeightScale
        guard scale != 1, let weights, let inWeights else { return nil }
        let out = weights.map { $0 * scale }
        return (out, isDirected ? inWeights.map { $0 * scale } : out)
    }
}
