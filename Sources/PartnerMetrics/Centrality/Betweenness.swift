import PartnerGraph

extension Graph {
    /// Exact betweenness centrality: how much of the shortest-path traffic between other nodes passes
    /// through each node.
    ///
    /// c_B(v) = sum over s != v != t of sigma_st(v) / sigma_st, where sigma_st counts the shortest s-t paths
    /// and sigma_st(v) those through v. With `endpoints`, s and t themselves count as lying on their paths.
    /// Computed with Brandes' algorithm: one search per source, then a backward sweep accumulating the
    /// dependencies delta_s(v) = sum over successors w of sigma_sv / sigma_sw * (1 + delta_s(w)).
    /// Values are scaled as NetworkX scales them: `normalized` divides by (n-1)(n-2) (with `endpoints`:
    /// n(n-1)); otherwise an undirected graph's values are halved, because each unordered pair was counted
    /// from both ends.
    ///
    /// Directed graphs follow out-edges. Parallel edges count as distinct paths.
    /// ```swift
    /// let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
    /// graph.betweennessCentrality(normalized: false).values   // [0, 1, 0]
    /// ```
    /// - Parameters:
    ///   - normalized: divide by the number of node pairs that could pass through a node.
    ///   - endpoints: count a path's end nodes as lying on it (Brandes 2008, section 3.3).
    ///   - weighted: use edge weights (Dijkstra); ignored when the graph has no weights.
    ///   - distance: how a weight becomes a length; by default 1/weight, weights being strengths.
    ///   - threads: worker threads; nil for every core. The result is bitwise the same for any count.
    /// - Complexity: O(nm) time unweighted, O(nm + n² log n) weighted; O(n + m) memory per thread.
    ///   References: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25 (2001);
    ///   U. Brandes, "On variants of shortest-path betweenness centrality", Social Networks 30 (2008).
    public func betweennessCentrality(
        normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil
    ) -> NodeScores {
        let sums = exactDependencySums(endpoints: endpoints, weighted: weighted, distance: distance, threads: threads)
        let scale = betweennessScale(normalized: normalized, endpoints: endpoints, sampledSources: nil)
        return NodeScores(name: "betweenness", values: sums.map { $0 * scale }, nodes: nodeIndex)
    }

    /// Betweenness centrality estimated from the given sources (Brandes & Pich 2007).
    ///
    /// B^(v) = (n / k) · sum over s in S of delta_s(v), then scaled like ``betweennessCentrality(normalized:endpoints:weighted:distance:threads:)``;
    /// normalized and without endpoints that is (n/k) · sum delta_s(v) / ((n-1)(n-2)), the estimator of the
    /// benchmark definitions (and of NetworkX before 3.5; NetworkX 3.5+ rescales the sources' own values
    /// apart). With all n nodes as sources it is the exact value. Sources may repeat.
    /// - Parameters:
    ///   - sources: node indices to search from.
    ///   - normalized: scale by 2/((n−1)(n−2)) (undirected) or 1/((n−1)(n−2)) (directed), as for exact betweenness.
    ///   - endpoints: count the path ends too, as for exact betweenness.
    ///   - weighted: follow weighted shortest paths (Dijkstra) instead of hop counts.
    ///   - distance: how a weight becomes a length when `weighted` is true.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    /// - Complexity: O(km) time unweighted, O(k(m + n log n)) weighted, k = `sources.count`.
    public func betweennessCentrality(
        sources: [Int], normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil
    ) -> NodeScores {
        precondition(sources.allSatisfy { $0 >= 0 && $0 < nodeCount }, "source index out of range")
        let sums = dependencySums(
            sources: sources.map { UInt32(truncatingIfNeeded: $0) }, endpoints: endpoints, weighted: weighted,
            distance: distance, threads: threads)
        let scale = betweennessScale(normalized: normalized, endpoints: endpoints, sampledSources: sources.count)
        return NodeScores(name: "betweenness", values: sums.map { $0 * scale }, nodes: nodeIndex)
    }

    /// Betweenness centrality estimated from `sampleSize` distinct sources drawn at random with `seed`
    /// (SplitMix64, so the same seed picks the same sources everywhere).
    ///
    /// The estimator is that of ``betweennessCentrality(sources:normalized:endpoints:weighted:distance:threads:)``.
    /// - Complexity: O(n) to draw, then as for the given sources.
    public func betweennessCentrality(
        sampleSize: Int, seed: UInt64, normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil
    ) -> NodeScores {
        let sources = SeededSampling.distinct(min(sampleSize, nodeCount), of: nodeCount, seed: seed)
        return betweennessCentrality(
            sources: sources, normalized: normalized, endpoints: endpoints, weighted: weighted, distance: distance,
            threads: threads)
    }

    /// Edge betweenness centrality: how many shortest paths between all pairs use each edge.
    ///
    /// c_B(e) = sum over s != t of sigma_st(e) / sigma_st (Brandes 2008, section 3.5): the backward sweep
    /// gives an arc v -> w of the shortest-path DAG from s the share sigma_sv / sigma_sw · (1 + delta_s(w)).
    /// `normalized` divides by n(n-1), as NetworkX does; otherwise an undirected graph's values are halved.
    /// Edges are listed as ``/PartnerGraph/EdgeScores`` describes.
    /// - Parameters:
    ///   - normalized: divide by n(n-1).
    ///   - weighted: use edge weights (Dijkstra); ignored when the graph has no weights.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result is bitwise the same for any count.
    /// - Complexity: O(nm) time unweighted, O(nm + n² log n) weighted; O(n + m) memory per thread.
    public func edgeBetweennessCentrality(
        normalized: Bool = true, weighted: Bool = false, distance: EdgeDistance = .inverseWeight,
        threads: Int? = nil
    ) -> EdgeScores {
        let useWeights = weighted && isWeighted
        let local = LocalGraph(self, lengths: useWeights ? distance : nil, incoming: false)
        let n = nodeCount
        let localSums: [Double]
        switch useWeights ? .byte : HopWidth(self) {
        case .byte: localSums = arcDependencySums(local, UInt8.self, useWeights: useWeights, threads: threads)
        case .halfWord: localSums = arcDependencySums(local, UInt16.self, useWeights: useWeights, threads: threads)
        case .word: localSums = arcDependencySums(local, UInt32.self, useWeights: useWeights, threads: threads)
        }
        var arcSums = [Double](repeating: 0, count: arcCount)
        for (arc, origin) in local.arcOrigin.enumerated() { arcSums[origin] = localSums[arc] }
        let scale: Double
        if n < 2 {
            scale = 1
        } else if normalized {
            scale = 1 / Double(n * (n - 1))
        } else {
            scale = isDirected ? 1 : 0.5
        }
        var edgeSources: [Int] = []
        var edgeTargets: [Int] = []
        var values: [Double] = []
        for u in 0..<n {
            var run = 0
            for arc in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[arc])
                run = arc > offsets[u] && targets[arc - 1] == targets[arc] ? run + 1 : 0
                if isDirected {
                    edgeSources.append(u)
                    edgeTargets.append(v)
                    values.append(arcSums[arc] * scale)
                } else if u < v {
                    // The k-th parallel u-v arc in row u pairs with the k-th u in row v.
                    let reverse = targets.lowerBound(of: UInt32(u), in: offsets[v]..<offsets[v + 1]) + run
                    edgeSources.append(u)
                    edgeTargets.append(v)
                    values.append((arcSums[arc] + arcSums[reverse]) * scale)
                } else if u == v && run % 2 == 0 {
                    // A self-loop is stored twice in its row and lies on no shortest path.
                    edgeSources.append(u)
                    edgeTargets.append(v)
                    values.append(0)
                }
            }
        }
        return EdgeScores(
            name: "edge betweenness", sources: edgeSources, targets: edgeTargets, values: values, nodes: nodeIndex,
            isDirected: isDirected)
    }

    // MARK: - Implementation

    /// Sources per parallel chunk: fixed, so that results do not depend on the thread count.
    static var sourcesPerChunk: Int { 16 }

    /// Sum over every source of the dependencies delta_s(v). An undirected graph without `endpoints` first
    /// has its degree-1 trees folded (``LeafFolding``): their pairs are counted, and the searches run over
    /// the rest with each kept node standing for its trees. The sums equal the plain ones to rounding (the
    /// additions come in another order).
    ///
    /// Weighted, only whole-number lengths are folded: their sums are exact, so two paths tie whichever end
    /// a search starts from. With other lengths (1/3...) a search from a leaf adds the same lengths in another
    /// order than one from its attachment node, and a tie can appear or vanish in the last bit.
    func exactDependencySums(endpoints: Bool, weighted: Bool, distance: EdgeDistance, threads: Int?) -> [Double] {
        let exactSums = !(weighted && isWeighted) || arcLengths(distance).out.allSatisfy(Self.isWholeLength)
        if !isDirected && !endpoints && exactSums, let folding = LeafFolding(self) {
            let core = folding.core
            var sums = folding.treePairs
            let coreSums = core.dependencySums(
                sources: (0..<core.nodeCount).map { UInt32(truncatingIfNeeded: $0) }, endpoints: false,
                weighted: weighted, distance: distance, threads: threads, multiplicity: folding.multiplicity)
            for (position, node) in folding.kept.enumerated() { sums[node] += coreSums[position] }
            return sums
        }
        return dependencySums(
            sources: (0..<nodeCount).map { UInt32(truncatingIfNeeded: $0) }, endpoints: endpoints,
            weighted: weighted, distance: distance, threads: threads)
    }

    /// Sum over the sources of the dependencies delta_s(v) (with `endpoints`, Brandes 2008's variant). With
    /// `multiplicity` (no endpoints), node v stands for multiplicity[v] nodes as a source and as a target.
    func dependencySums(
        sources: [UInt32], endpoints: Bool, weighted: Bool, distance: EdgeDistance, threads: Int?,
        multiplicity: [Double]? = nil
    ) -> [Double] {
        let useWeights = weighted && isWeighted
        let local = LocalGraph(self, lengths: useWeights ? distance : nil, incoming: false)
        let sources = sources.map { local.order.newIndex[Int($0)] }
        let localMultiplicity = multiplicity.map { values in local.order.oldIndex.map { values[Int($0)] } }
        let bound = useWeights ? 0 : HopWidth.distanceBound(self)
        if !useWeights && bound <= BatchedBrandesWorkspace.maximumDistance {
            // Sources in locality order: consecutive ones are near each other, so a batch's searches overlap.
            let sums = batchedDependencySums(
                local, sources: sources.sorted(), endpoints: endpoints, distanceBound: bound,
                multiplicity: localMultiplicity, threads: threads)
            return local.order.original(sums)
        }
        let sums: [Double]
        switch useWeights ? .byte : HopWidth(self) {
        case .byte:
            sums = dependencySums(
                local, UInt8.self, sources: sources, endpoints: endpoints, useWeights: useWeights,
                multiplicity: localMultiplicity, threads: threads)
        case .halfWord:
            sums = dependencySums(
                local, UInt16.self, sources: sources, endpoints: endpoints, useWeights: useWeights,
                multiplicity: localMultiplicity, threads: threads)
        case .word:
            sums = dependencySums(
                local, UInt32.self, sources: sources, endpoints: endpoints, useWeights: useWeights,
                multiplicity: localMultiplicity, threads: threads)
        }
        return local.order.original(sums)
    }

    /// ``dependencySums(sources:endpoints:weighted:distance:threads:)`` over the renumbered graph, with
    /// distances held in `Hops`.
    private func dependencySums<Hops: FixedWidthInteger & UnsignedInteger>(
        _ local: LocalGraph, _: Hops.Type, sources: [UInt32], endpoints: Bool, useWeights: Bool,
        multiplicity: [Double]?, threads: Int?
    ) -> [Double] {
        let n = nodeCount
        let chunkCount = (sources.count + Self.sourcesPerChunk - 1) / Self.sourcesPerChunk
        let buckets = useWeights ? ShortestPathWorkspace<Hops>.bucketCount(lengths: local.lengths) : 0
        return UnsafeRows.with(offsets: local.offsets, targets: local.targets, values: local.lengths) { adjacency in
            withOptionalBuffer(multiplicity) { multiplicity in
                let targetWeight = multiplicity?.baseAddress
                return ParallelScheduler.sum(
                    length: n, chunkCount: chunkCount, threads: threads,
                    makeWorkspace: { ShortestPathWorkspace<Hops>(nodeCount: n, bucketCount: buckets) }
                ) { chunk, workspace, partial in
                    let first = chunk * Self.sourcesPerChunk
                    for position in first..<min(first + Self.sourcesPerChunk, sources.count) {
                        let source = Int(sources[position])
                        let sourceWeight = targetWeight?[source] ?? 1
                        if useWeights {
                            workspace.dijkstra(from: source, in: adjacency)
                        } else {
                            workspace.breadthFirst(from: source, in: adjacency)
                        }
                        if endpoints {
                            partial[source] += Double(workspace.reachedCount - 1)
                            if useWeights {
                                workspace.sweepDijkstra(in: adjacency) { node, delta in partial[node] += delta + 1 }
                            } else {
                                workspace.sweepBreadthFirst(in: adjacency) { node, delta in partial[node] += delta + 1 }
                            }
                        } else if useWeights {
                            workspace.sweepDijkstra(in: adjacency, multiplicity: targetWeight) { node, delta in
                                partial[node] += delta * sourceWeight
                            }
                        } else {
                            workspace.sweepBreadthFirst(in: adjacency, multiplicity: targetWeight) { node, delta in
                                partial[node] += delta * sourceWeight
                            }
                        }
                    }
                }
            }
        }
    }

    /// ``dependencySums(sources:endpoints:weighted:distance:threads:)`` over the renumbered graph, unweighted,
    /// eight sources per search (``BatchedBrandesWorkspace``); a chunk is a fixed run of batches.
    private func batchedDependencySums(
        _ local: LocalGraph, sources: [UInt32], endpoints: Bool, distanceBound: Int, multiplicity: [Double]?,
        threads: Int?
    ) -> [Double] {
        let n = nodeCount
        let chunkCount = (sources.count + Self.sourcesPerChunk - 1) / Self.sourcesPerChunk
        return UnsafeRows.with(offsets: local.offsets, targets: local.targets) { adjacency in
            withOptionalBuffer(multiplicity) { multiplicity in
                ParallelScheduler.sum(
                    length: n, chunkCount: chunkCount, threads: threads,
                    makeWorkspace: { BatchedBrandesWorkspace(nodeCount: n, distanceBound: distanceBound) }
                ) { chunk, workspace, partial in
                    let end = min((chunk + 1) * Self.sourcesPerChunk, sources.count)
                    var first = chunk * Self.sourcesPerChunk
                    while first < end {
                        let last = min(first + BatchedBrandesWorkspace.lanes, end)
                        workspace.accumulate(
                            sources: sources[first..<last], in: adjacency, endpoints: endpoints,
                            multiplicity: multiplicity?.baseAddress, into: partial)
                        first = last
                    }
                }
            }
        }
    }

    /// Per-arc dependency sums over every source of the renumbered graph, with distances held in `Hops`.
    private func arcDependencySums<Hops: FixedWidthInteger & UnsignedInteger>(
        _ local: LocalGraph, _: Hops.Type, useWeights: Bool, threads: Int?
    ) -> [Double] {
        let n = nodeCount
        let chunkCount = (n + Self.sourcesPerChunk - 1) / Self.sourcesPerChunk
        let buckets = useWeights ? ShortestPathWorkspace<Hops>.bucketCount(lengths: local.lengths) : 0
        return UnsafeRows.with(offsets: local.offsets, targets: local.targets, values: local.lengths) { adjacency in
            ParallelScheduler.sum(
                length: arcCount, chunkCount: chunkCount, threads: threads,
                makeWorkspace: { ShortestPathWorkspace<Hops>(nodeCount: n, bucketCount: buckets) }
            ) { chunk, workspace, partial in
                let first = chunk * Self.sourcesPerChunk
                for source in first..<min(first + Self.sourcesPerChunk, n) {
                    if useWeights {
                        workspace.dijkstra(from: source, in: adjacency)
                        workspace.sweepDijkstraArcs(in: adjacency) { arc, value in partial[arc] += value }
                    } else {
                        workspace.breadthFirst(from: source, in: adjacency)
                        workspace.sweepBreadthFirstArcs(in: adjacency) { arc, value in partial[arc] += value }
                    }
                }
            }
        }
    }

    /// A whole number of at most 2^32: sums of n such lengths stay exact for n up to 2^21.
    private static func isWholeLength(_ length: Double) -> Bool {
        length >= 1 && length <= 4_294_967_296 && length.rounded(.towardZero) == length
    }

    /// NetworkX's rescaling, with the sampled estimate multiplied by n/k.
    func betweennessScale(normalized: Bool, endpoints: Bool, sampledSources: Int?) -> Double {
        let n = nodeCount
        let pairs = endpoints ? n : n - 1
        guard pairs >= 2 else { return 1 }
        var scale: Double
        if normalized {
            scale = 1 / Double(pairs * (pairs - 1))
        } else {
            scale = isDirected ? 1 : 0.5
        }
        if let k = sampledSources, k > 0 { scale *= Double(n) / Double(k) }
        return scale
    }
}
