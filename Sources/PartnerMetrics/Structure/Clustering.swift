import Foundation

extension Graph {
    /// Local clustering coefficient of each node of an undirected graph: the share of pairs of its
    /// neighbours that are linked.
    ///
    ///     c(v) = 2 T(v) / (k(v) (k(v) − 1))        (0 when k(v) < 2)
    ///
    /// where T(v) is the number of triangles through v and k(v) its number of distinct neighbours other
    /// than itself. Weighted (Onnela et al. 2005, as NetworkX), with ŵ = w / max w over the whole graph:
    ///
    ///     c(v) = 1 / (k(v) (k(v) − 1)) · Σ_{u, x ∈ N(v), u ≠ x} (ŵ(v,u) ŵ(v,x) ŵ(u,x))^{1/3}
    ///
    /// Self-loops are ignored. Expects a simple graph (merge parallel edges with `Graph.simplified(combining:countMultiplicity:)`);
    /// a directed graph is a precondition failure.
    /// References: Watts & Strogatz (1998), "Collective dynamics of small-world networks"; Onnela, Saramäki,
    /// Kertész & Kaski (2005), "Intensity and coherence of motifs in weighted complex networks";
    /// NetworkX `clustering`.
    /// Unweighted, it comes from the parallel degree-ordered triangle count (``triangles(threads:)``).
    /// - Parameter weighted: use the geometric mean of normalised weights (when the graph has weights).
    /// - Complexity: unweighted as ``triangles(threads:)``; weighted O(Σ_v Σ_{u ∈ N(v)} k(u)) time, O(n) extra memory.
    public func clustering(weighted: Bool = false) -> NodeScores {
        guard weighted && weights != nil else {
            return NodeScores(name: "clustering", values: triangles().localClustering, nodes: nodeIndex)
        }
        let counts = triangleSums(weighted: weighted && weights != nil)
        let values = (0..<nodeCount).map { node -> Double in
            let k = Double(counts.distinctNeighbors[node])
            return counts.sums[node] == 0 || k < 2 ? 0 : counts.sums[node] / (k * (k - 1))
        }
        return NodeScores(name: "clustering", values: values, nodes: nodeIndex)
    }

    /// The mean local clustering coefficient over all nodes (nodes with fewer than two neighbours count as 0).
    ///
    ///     C̄ = (1/n) Σ_v c(v)
    ///
    /// Reference: Watts & Strogatz (1998); NetworkX `average_clustering`.
    /// - Complexity: as ``clustering(weighted:)``.
    public func averageClustering(weighted: Bool = false) -> Double {
        guard nodeCount > 0 else { return 0 }
        return clustering(weighted: weighted).values.reduce(0, +) / Double(nodeCount)
    }

    /// Transitivity (global clustering): the share of connected triples that close into triangles.
    ///
    ///     T = 3 × triangles / connected triples = Σ_v 2T(v) / Σ_v k(v)(k(v) − 1)
    ///
    /// Reference: Newman, Strogatz & Watts (2001); Wasserman & Faust (1994); NetworkX `transitivity`.
    /// - Complexity: as ``triangles(threads:)``.
    public func transitivity() -> Double {
        triangles().transitivity
    }

    /// Per node: the number of ordered pairs of linked neighbours (2 T(v)), or the weighted sum of
    /// cube roots over them; and the number of distinct neighbours other than the node.
    private func triangleSums(weighted: Bool) -> (sums: [Double], distinctNeighbors: [Int]) {
        precondition(!isDirected, "clustering is defined here for undirected graphs")
        let n = nodeCount
        var sums = [Double](repeating: 0, count: n)
        var distinct = [Int](repeating: 0, count: n)
        // For the current node v: mark[u] = v + 1 for its neighbours, and its normalised weight to u.
        var mark = [Int](repeating: 0, count: n)
        var weightTo = [Double](repeating: 0, count: weighted ? n : 0)
        let largest = weighted ? (weights?.max() ?? 1) : 1
        let scale = largest > 0 ? 1 / largest : 1
        for v in 0..<n {
            var k = 0
            for position in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[position])
                if u == v || mark[u] == v + 1 { continue }
                mark[u] = v + 1
                k += 1
                if weighted { weightTo[u] = weights![position] * scale }
            }
            distinct[v] = k
            guard k >= 2 else { continue }
            var sum = 0.0
            var previous = -1
            for position in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[position])
                if u == v || u == previous { continue }
                previous = u
                var lastX = -1
                for second in offsets[u]..<offsets[u + 1] {
                    let x = Int(targets[second])
                    if x == u || x == v || x == lastX || mark[x] != v + 1 { continue }
                    lastX = x
                    if weighted {
                        sum += cbrt(weightTo[u] * weightTo[x] * weights![second] * scale)
                    } else {
                        sum += 1
                    }
                }
            }
            sums[v] = sum
        }
        return (sums, distinct)
    }
}
