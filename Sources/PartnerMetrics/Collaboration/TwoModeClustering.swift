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
    /// - Complexity: O(Σ_j Σ_{m₁ ≠ m₂ ∋ j} n_{m₁} n_{m₂}) over centre actors j (the 4-paths, each tested in
    ///   O(1)), plus O(Σ_m n_m²); O(n) memory.
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
        // Each 4-path is walked from one end, i: i's meetings are marked and the meetings i shares with every
        // actor counted once (a dense row), and the first meeting's members are marked while it is walked, so
        // that each path's test is three array reads, not three binary searches.
        var shared = [Int32](repeating: 0, count: actorCount)
        var inFirst = [Bool](repeating: false, count: actorCount)
        var isMeetingOfI = [Bool](repeating: false, count: graph.nodeCount)
        var paths = 0
        var closed = 0
        for i in 0..<actorCount {
            for m in graph.neighbors(of: i) {
                isMeetingOfI[Int(m)] = true
                for k in graph.neighbors(of: Int(m)) { shared[Int(k)] += 1 }
            }
            for first in graph.neighbors(of: i) {
                for x in graph.neighbors(of: Int(first)) { inFirst[Int(x)] = true }
                for j in graph.neighbors(of: Int(first)) where Int(j) != i {
                    for second in graph.neighbors(of: Int(j)) where second != first {
                        let iInSecond: Int32 = isMeetingOfI[Int(second)] ? 1 : 0
                        for k in graph.neighbors(of: Int(second)) where k != j && Int(k) != i {
                            paths += 1
                            // The meetings i and k share besides the path's own two.
                            if shared[Int(k)] - (inFirst[Int(k)] ? 1 : 0) - iInSecond > 0 { closed += 1 }
                        }
                    }
                }
                for x in graph.neighbors(of: Int(first)) { inFirst[Int(x)] = false }
            }
            for m in graph.neighbors(of: i) {
                isMeetingOfI[Int(m)] = false
                for k in graph.neighbors(of: Int(m)) { shared[Int(k)] -= 1 }
            }
        }
        return paths > 0 ? Double(closed) / Double(paths) : 0
    }
}
