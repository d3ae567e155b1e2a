extension TwoModeGraph {
    /// Robins and Alexander's two-mode clustering coefficient: `C₄ = 4 · (4-cycles) / (3-paths)`.
    ///
    /// A 4-cycle is two actors sharing two meetings, so the cycles are `Σ_{a<b} C(c_ab, 2)` over the shared
    /// meeting counts; a 3-path is counted at its middle edge, `Σ_{(a,m)} (k_a − 1)(k_m − 1)`. G. Robins &
    /// M. Alexander, "Small worlds among interlocking directors", Comput. Math. Organ. Theory 10 (2004);
    /// NetworkX `bipartite.robins_alexander_clustering`.
    /// - Returns: C₄ in [0, 1], or 0 when there are no 3-paths.
    /// - Complexity: O(Σ_k n_k² + m).
    public func robinsAlexanderClustering() -> Double {
        robinsAlexanderClustering(counts: actorPairCounts(threads: 1, sortedRows: false))
    }

    /// C₄ from the actor pair counts of this graph, already computed.
    func robinsAlexanderClustering(counts: ActorPairCounts) -> Double {
        var cycles = 0.0
        for count in counts.counts where count > 1 { cycles += Double(count) * Double(count - 1) / 2 }
        var paths = 0.0
        for a in 0..<actorCount {
            let actorDegree = Double(graph.degree(of: a) - 1)
            for m in graph.neighbors(of: a) { paths += actorDegree * Double(graph.degree(of: Int(m)) - 1) }
        }
        return paths > 0 ? 4 * cycles / paths : 0
    }

    /// Opsahl's two-mode global clustering coefficient C*: the share of 4-paths that are closed.
    ///
    /// A 4-path is actors i, j, k (distinct) with i and j in meeting m₁ and j and k in meeting m₂ ≠ m₁; it is
    /// closed when i and k also share a third meeting m₃ ∉ {m₁, m₂}. Unlike a projection's transitivity, one
    /// large meeting cannot close its own triangles. T. Opsahl, "Triadic closure in two-mode networks:
    /// Redefining the global and local clustering coefficients", Social Networks 35 (2013); tnet
    /// `clustering_tm`.
    /// - Parameter limit: give up (nil) when the 4-paths to walk exceed this many.
    /// - Returns: C* in [0, 1], 0 when there are no 4-paths, or nil past `limit`.
    /// - Complexity: O(Σ_j Σ_{m₁ ≠ m₂ ∋ j} n_{m₁} n_{m₂} log n) over centre actors j.
    public func opsahlClustering(limit: Double = 2e8) -> Double? {
        var work = 0.0
        for j in 0..<actorCount {
            var sum = 0.0
            var squares = 0.0
            for m in graph.neighbors(of: j) {
                let size = Double(graph.degree(of: Int(m)) - 1)
                sum += size
                squares += size * size
            }
            work += sum * sum - squares
        }
        guard work <= limit else { return nil }
        let counts = actorPairCounts(threads: 1, sortedRows: true)
        var paths = 0.0
        var closed = 0.0
        for j in 0..<actorCount {
            let meetings = graph.neighbors(of: j)
            for first in meetings {
                for second in meetings where second != first {
                    for i in graph.neighbors(of: Int(first)) where Int(i) != j {
                        for k in graph.neighbors(of: Int(second)) where Int(k) != j && k != i {
                            paths += 1
                            var others = counts.count(between: Int(i), and: Int(k))
                            if graph.hasEdge(from: Int(first), to: Int(k)) { others -= 1 }
                            if graph.hasEdge(from: Int(second), to: Int(i)) { others -= 1 }
                            if others > 0 { closed += 1 }
                        }
                    }
                }
            }
        }
        return paths > 0 ? closed / paths : 0
    }
}
