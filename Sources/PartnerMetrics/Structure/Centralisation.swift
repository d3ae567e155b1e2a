/// The centralities Freeman's centralisation is defined for, each with the star graph's maximum.
public enum CentralizationMeasure: String, Sendable, CaseIterable {
    /// Normalised degree centrality (k / (n − 1)); the star's sum is n − 2.
    case degree
    /// Normalised betweenness (NetworkX `normalized=True`); the star's sum is n − 1.
    case betweenness
    /// Closeness (NetworkX's, normalised); the star's sum is (n − 1)(n − 2) / (2n − 3).
    case closeness

    /// The largest possible Σ (max − c(v)) over a connected undirected graph of n nodes, reached by the star.
    /// - Complexity: O(1).
    public func maximumSum(nodeCount n: Int) -> Double {
        let n = Double(n)
        switch self {
        case .degree: return n - 2
        case .betweenness: return n - 1
        case .closeness: return (n - 1) * (n - 2) / (2 * n - 3)
        }
    }
}

extension NodeScores {
    /// Freeman's centralisation of these (normalised) scores: how much the most central node outscores
    /// the others, as a share of the most a graph of this size allows (a star scores 1, a regular graph 0).
    ///
    ///     C = Σ_v (c* − c(v)) / max over graphs of n nodes of Σ_v (c* − c(v)),    c* = max_v c(v)
    ///
    /// The denominator is the star's sum for `measure` (undirected graphs); pass the scores the measure
    /// names (normalised degree centrality, normalised betweenness, closeness). Fewer than three nodes give 0.
    /// Reference: Freeman (1979), "Centrality in social networks: conceptual clarification", Social Networks 1(3).
    /// - Complexity: O(n).
    public func freemanCentralization(measure: CentralizationMeasure) -> Double {
        guard count > 2, let top = values.max() else { return 0 }
        let total = values.reduce(0) { $0 + (top - $1) }
        return total / measure.maximumSum(nodeCount: count)
    }
}

extension Graph {
    /// Freeman's degree centralisation of an undirected graph: Σ (k* − k(v)) / ((n − 1)(n − 2)).
    ///
    /// Reference: Freeman (1979); see ``NodeScores/freemanCentralization(measure:)``.
    /// - Complexity: O(n).
    public func degreeCentralization() -> Double {
        degreeCentrality().freemanCentralization(measure: .degree)
    }
}
