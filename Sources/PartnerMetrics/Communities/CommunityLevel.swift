/// One level of the multilevel community search: a weighted graph in compressed rows without self-loops in
/// the rows (they are kept apart in `loops`), so that the gain of a move never reads a node's own entry.
struct CommunityLevel {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [UInt32]
    var weights: [Double]
    /// `A_uu`: the weight of u's self-loops counted in both directions (inside edges after aggregation).
    var loops: [Double]
    /// Weighted degree `k_u = Σ_v A_uv` (loops included).
    var degree: [Double]
    /// `2m = Σ_u k_u`.
    var total: Double

    init(nodeCount: Int, offsets: [Int], targets: [UInt32], weights: [Double], loops: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        var degree = loops
        for u in 0..<nodeCount {
            for position in offsets[u]..<offsets[u + 1] { degree[u] += weights[position] }
        }
        self.degree = degree
        total = degree.reduce(0, +)
    }

    /// The first level: an undirected graph with its self-loops moved out of the rows.
    init(graph: Graph) {
        precondition(!graph.isDirected, "community detection needs an undirected graph")
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [UInt32] = []
        var weights: [Double] = []
        targets.reserveCapacity(graph.targets.count)
        weights.reserveCapacity(graph.targets.count)
        var loops = [Double](repeating: 0, count: n)
        // Weights summing past 2^400 are scaled down by a power of two: Q and the moves do not depend on the scale.
        let scale = graph.overflowSafeWeightScale
        for u in 0..<n {
            for position in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = graph.targets[position]
                let w = (graph.weights?[position] ?? 1) * scale
                if Int(v) == u {
                    loops[u] += w
                } else {
                    targets.append(v)
                    weights.append(w)
                }
            }
            offsets[u + 1] = targets.count
        }
        self.init(nodeCount: n, offsets: offsets, targets: targets, weights: weights, loops: loops)
    }

    /// The graph of communities: node c stands for community c (labels `0..<count`), edge weights summed.
    /// - Complexity: O(n + m).
    func aggregated(by labels: [Int], count: Int) -> CommunityLevel {
        // Members of each community by counting sort, so rows come out community by community.
        var start = [Int](repeating: 0, count: count + 1)
        for label in labels { start[label + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var members = [Int](repeating: 0, count: nodeCount)
        var cursor = start
        for u in 0..<nodeCount {
            members[cursor[labels[u]]] = u
            cursor[labels[u]] += 1
        }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [UInt32] = []
        var newWeights: [Double] = []
        var newLoops = [Double](repeating: 0, count: count)
        var accumulator = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        UnsafeRows.with(offsets: offsets, targets: targets, values: weights) { rows in
            let (offsets, targets, weights) = (rows.offsets, rows.targets, rows.values!)
            for c in 0..<count {
                touched.removeAll(keepingCapacity: true)
                for slot in start[c]..<start[c + 1] {
                    let u = members[slot]
                    newLoops[c] += loops[u]
                    for position in offsets[u]..<offsets[u + 1] {
                        let d = labels[Int(targets[position])]
                        if d == c {
                            newLoops[c] += weights[position]
                        } else {
                            if !seen[d] {
                                seen[d] = true
                                touched.append(d)
                            }
                            accumulator[d] += weights[position]
                        }
                    }
                }
                touched.sort()
                for d in touched {
                    newTargets.append(UInt32(d))
                    newWeights.append(accumulator[d])
                    accumulator[d] = 0
                    seen[d] = false
                }
                newOffsets[c + 1] = newTargets.count
            }
        }
        return CommunityLevel(
            nodeCount: count, offsets: newOffsets, targets: newTargets, weights: newWeights, loops: newLoops)
    }
}

/// Labels renumbered `0..<count` by first appearance, with the count; labels must be in `0..<bound`.
func compactLabels(_ labels: [Int], bound: Int) -> (labels: [Int], count: Int) {
    var map = [Int](repeating: -1, count: bound)
    var count = 0
    var result = labels
    for index in labels.indices {
        let label = labels[index]
        if map[label] < 0 {
            map[label] = count
            count += 1
        }
        result[index] = map[label]
    }
    return (result, count)
}
