extension Graph {
    /// The Newman-Girvan modularity of a partition of this undirected graph.
    ///
    /// `Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]`, where `L_c` is the weight of the edges inside community c,
    /// `d_c` the summed (weighted) degree of its nodes and `m` the total edge weight (Newman & Girvan,
    /// Phys. Rev. E 69, 026113 (2004); the resolution γ of Reichardt & Bornholdt 2006). A self-loop counts
    /// twice in a degree and once in `L_c`, as NetworkX's `community.modularity` counts it. Weights summing past
    /// 2^400 are divided by a power of two first (Q does not change), so Q stays finite and in [-1/2, 1].
    ///
    /// - Parameters:
    ///   - communities: a community label per node (any integers).
    ///   - resolution: γ; above 1 favours smaller communities.
    /// - Returns: Q, or 0 for a graph without edges.
    /// - Complexity: O(n + m) (labels are hashed once per node).
    public func modularity(of communities: [Int], resolution: Double = 1) -> Double {
        precondition(communities.count == nodeCount, "one community per node")
        let labels = Partition.renumbered(communities)
        let count = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        var total = 0.0
        let scale = overflowSafeWeightScale
        for u in 0..<nodeCount {
            for position in offsets[u]..<offsets[u + 1] {
                let w = (weights?[position] ?? 1) * scale
                total += w
                degree[labels[u]] += w
                if labels[Int(targets[position])] == labels[u] { inside[labels[u]] += w }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<count { q += inside[c] / total - resolution * (degree[c] / total) * (degree[c] / total) }
        return q
    }
}

extension TwoModeGraph {
    /// Barber's bipartite modularity of a partition of the actors and meetings.
    ///
    /// `Q_B = (1/m) Σ_{i actor, j meeting} (A_ij − k_i d_j / m) δ(c_i, c_j)` with `m` the total edge weight,
    /// `k_i` the actor degrees and `d_j` the meeting degrees: only actor-meeting pairs are compared, as a
    /// bipartite null model demands. M. J. Barber, "Modularity and community detection in bipartite
    /// networks", Phys. Rev. E 76, 066102 (2007).
    ///
    /// - Parameter communities: a community label per graph node (actors first, then meetings).
    /// - Returns: Q_B in [−1, 1], or 0 for a graph without edges.
    /// - Complexity: O(n + m).
    public func barberModularity(of communities: [Int]) -> Double {
        precondition(communities.count == graph.nodeCount, "one community per node")
        let labels = Partition.renumbered(communities)
        let count = (labels.max() ?? -1) + 1
        var actorDegree = [Double](repeating: 0, count: count)
        var meetingDegree = [Double](repeating: 0, count: count)
        var inside = 0.0
        var total = 0.0
        let scale = graph.overflowSafeWeightScale
        for u in 0..<graph.nodeCount {
            for position in graph.offsets[u]..<graph.offsets[u + 1] {
                let w = (graph.weights?[position] ?? 1) * scale
                if isActor(u) {
                    actorDegree[labels[u]] += w
                    total += w
                    if labels[Int(graph.targets[position])] == labels[u] { inside += w }
                } else {
                    meetingDegree[labels[u]] += w
                }
            }
        }
        guard total > 0 else { return 0 }
        var expected = 0.0
        for c in 0..<count { expected += actorDegree[c] * meetingDegree[c] }
        return inside / total - expected / (total * total)
    }
}
