import PartnerGraph

extension Graph {
    /// Closeness centrality: the inverse of the average distance between a node and the nodes that reach it.
    ///
    /// C(v) = (r - 1) / sum over u reaching v of d(u, v), r being the number of nodes that reach v (v
    /// included). With `wassermanFaust` (the default, as in NetworkX) it is scaled by (r - 1)/(n - 1), so
    /// that a node in a small component does not look central: C_WF(v) = ((r - 1)/(n - 1)) · (r - 1)/Σ d.
    /// A node that nothing reaches scores 0.
    ///
    /// For a directed graph the distances are *incoming*, d(u, v) along out-edges from u, exactly as
    /// NetworkX computes; for outgoing distances, use the reversed graph.
    /// ```swift
    /// let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
    /// path.closenessCentrality().values   // [0.666…, 1, 0.666…]
    /// ```
    /// - Parameters:
    ///   - wassermanFaust: apply the Wasserman-Faust correction for graphs that are not connected.
    ///   - weighted: use edge weights as lengths (Dijkstra); ignored when the graph has no weights.
    ///   - distance: how a weight becomes a length; by default 1/weight, weights being strengths.
    ///   - threads: worker threads; nil for every core. The result is bitwise the same for any count.
    /// - Complexity: unweighted O(n/64 · D · (n + m)) by bit-parallel breadth-first search, 64 sources per
    ///   sweep over the arcs (D: the largest distance); weighted O(n (m + n log n)). References: L. C.
    ///   Freeman, "Centrality in networks: I", Social Networks 1 (1979); S. Wasserman & K. Faust, *Social
    ///   Network Analysis*, Cambridge University Press (1994), p. 201.
    public func closenessCentrality(
        wassermanFaust: Bool = true, weighted: Bool = false, distance: EdgeDistance = .inverseWeight,
        threads: Int? = nil
    ) -> NodeScores {
        let n = nodeCount
        var totals = [Double](repeating: 0, count: n)
        var reached = [Int](repeating: 0, count: n)
        if weighted && isWeighted {
            let (sums, counts) = incomingDijkstra(distance: distance, threads: threads) { $0 }
            totals = sums
            reached = counts
        } else {
            // Sums of integer distances and counts are exact in Double, so any merge order gives the same.
            let partial = bitParallelSums(length: 2 * n, threads: threads) { partial, node, level, count in
                partial[node] += Double(level * count)
                partial[n + node] += Double(count)
            }
            totals = Array(partial[0..<n])
            reached = partial[n..<(2 * n)].map { Int($0) }
        }
        var values = [Double](repeating: 0, count: n)
        for v in 0..<n where totals[v] > 0 && n > 1 {
            let others = Double(reached[v])
            var value = others / totals[v]
            if wassermanFaust { value *= others / Double(n - 1) }
            values[v] = value
        }
        return NodeScores(name: "closeness", values: values, nodes: nodeIndex)
    }

    /// Harmonic centrality: the sum of the inverse distances from the other nodes.
    ///
    /// H(v) = sum over u != v of 1 / d(u, v), with 1/∞ = 0, unnormalised (divide by n - 1 for [0, 1]).
    /// It needs no correction for disconnected graphs. For a directed graph the distances are incoming, as
    /// in NetworkX.
    /// ```swift
    /// let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
    /// path.harmonicCentrality().values   // [1.5, 2, 1.5]
    /// ```
    /// - Parameters:
    ///   - weighted: use edge weights as lengths (Dijkstra); ignored when the graph has no weights.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result is bitwise the same for any count.
    /// - Complexity: as ``closenessCentrality(wassermanFaust:weighted:distance:threads:)``. References:
    ///   M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285 (2000); P. Boldi & S. Vigna,
    ///   "Axioms for centrality", Internet Mathematics 10 (2014).
    public func harmonicCentrality(
        weighted: Bool = false, distance: EdgeDistance = .inverseWeight, threads: Int? = nil
    ) -> NodeScores {
        let values: [Double]
        if weighted && isWeighted {
            values = incomingDijkstra(distance: distance, threads: threads) { 1 / $0 }.sums
        } else {
            values = bitParallelSums(length: nodeCount, threads: threads) { partial, node, level, count in
                partial[node] += Double(count) / Double(level)
            }
        }
        return NodeScores(name: "harmonic", values: values, nodes: nodeIndex)
    }

    // MARK: - Implementation

    /// Passes of 64 sources each, summed per reached node by `record`, merged in pass order; `length` is
    /// a multiple of n, each block of n indexed by node.
    private func bitParallelSums(
        length: Int, threads: Int?,
        _ record: (_ partial: UnsafeMutableBufferPointer<Double>, _ node: Int, _ level: Int, _ count: Int) -> Void
    ) -> [Double] {
        let n = nodeCount
        let local = LocalGraph(self, lengths: nil, incoming: true)
        let sources = (0..<n).map { UInt32(truncatingIfNeeded: $0) }
        let passes = (n + 63) / 64
        let sums = UnsafeRows.with(offsets: local.inOffsets, targets: local.inSources) { incoming in
            UnsafeRows.with(offsets: local.offsets, targets: local.targets) { outgoing in
                withBuffers(sources) { sources in
                    ParallelScheduler.sum(
                        length: length, chunkCount: passes, threads: threads,
                        makeWorkspace: { BitParallelWorkspace(nodeCount: n) }
                    ) { pass, workspace, partial in
                        let batch = UnsafeBufferPointer(rebasing: sources[(pass * 64)..<min(pass * 64 + 64, n)])
                        workspace.search(from: batch, outgoing: outgoing, incoming: incoming) { node, level, count in
                            record(partial, node, level, count)
                        }
                    }
                }
            }
        }
        guard n > 0 else { return sums }
        return stride(from: 0, to: length, by: n).flatMap { local.order.original(Array(sums[$0..<($0 + n)])) }
    }

    /// For every node v, a Dijkstra search over the incoming arcs: the sum of `term(d(u, v))` over the
    /// nodes u != v that reach v, and how many they are. Each node's entry is written by one search alone.
    private func incomingDijkstra(
        distance: EdgeDistance, threads: Int?, term: (Double) -> Double
    ) -> (sums: [Double], counts: [Int]) {
        let n = nodeCount
        let local = LocalGraph(self, lengths: distance, incoming: true)
        var sums = [Double](repeating: 0, count: n)
        var counts = [Double](repeating: 0, count: n)
        let chunk = 16
        withMutableBuffers(&sums, &counts) { sums, counts in
            UnsafeRows.with(offsets: local.inOffsets, targets: local.inSources, values: local.inLengths) {
                incoming in
                ParallelScheduler.forEachChunk(
                    chunkCount: (n + chunk - 1) / chunk, threads: threads,
                    makeWorkspace: { ShortestPathWorkspace<UInt8>(nodeCount: n) }
                ) { index, workspace in
                    for v in (index * chunk)..<min(index * chunk + chunk, n) {
                        workspace.dijkstra(from: v, in: incoming)
                        var sum = 0.0
                        for position in 1..<max(workspace.reachedCount, 1) {
                            sum += term(workspace.length[Int(workspace.order[position])])
                        }
                        sums[v] = sum
                        counts[v] = Double(workspace.reachedCount - 1)
                    }
                }
            }
        }
        return (local.order.original(sums), local.order.original(counts).map { Int($0) })
    }
}
