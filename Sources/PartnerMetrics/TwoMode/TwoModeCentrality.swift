extension TwoModeGraph {
    /// Two-mode degree centrality: degree divided by the size of the other mode.
    ///
    ///     actor a:   d(a) / |meetings|,      meeting e:   d(e) / |actors|
    ///
    /// Edge weights are ignored. An empty other mode gives 0.
    /// Reference: Borgatti & Everett (1997), "Network analysis of 2-mode data", Social Networks 19(3);
    /// NetworkX `bipartite.degree_centrality`.
    /// - Complexity: O(n).
    public func degreeCentrality() -> NodeScores {
        let g = graph
        let actorScale = meetingCount > 0 ? 1 / Double(meetingCount) : 0
        let meetingScale = actorCount > 0 ? 1 / Double(actorCount) : 0
        let values = (0..<g.nodeCount).map { node in
            Double(g.degree(of: node)) * (isActor(node) ? actorScale : meetingScale)
        }
        return NodeScores(name: "two-mode degree", values: values, nodes: g.nodeIndex)
    }

    /// Two-mode closeness centrality: the shortest possible total distance over the actual one.
    ///
    /// With n actors and m meetings, an actor is at distance 1 from at best every meeting and 2 from every
    /// other actor, so
    ///
    ///     actor a:    C(a) = (m + 2(n − 1)) / Σ_v d(a, v),     meeting e:   C(e) = (n + 2(m − 1)) / Σ_v d(e, v)
    ///
    /// summing over the nodes v that can be reached; `normalized` multiplies by (r − 1)/(N − 1), with r the
    /// number of nodes reached (the node included) and N = n + m, as NetworkX does. A node that reaches
    /// nothing scores 0. Unweighted.
    /// Reference: Borgatti & Everett (1997); NetworkX `bipartite.closeness_centrality`.
    /// - Complexity: O(N (N + M)) time (a breadth-first search per node), O(N) extra memory.
    public func closenessCentrality(normalized: Bool = true) -> NodeScores {
        let g = graph
        let total = g.nodeCount
        let n = Double(actorCount)
        let m = Double(meetingCount)
        var values = [Double](repeating: 0, count: total)
        var distance = [Int32](repeating: -1, count: total)
        var queue = [UInt32](repeating: 0, count: total)
        var noPaths: [Double] = []
        for source in 0..<total {
            let reached = breadthFirst(from: source, distance: &distance, queue: &queue, paths: &noPaths, countPaths: false)
            var sum = 0
            for position in 0..<reached { sum += Int(distance[Int(queue[position])]) }
            for position in 0..<reached { distance[Int(queue[position])] = -1 }
            guard sum > 0, total > 1 else { continue }
            let best = isActor(source) ? m + 2 * (n - 1) : n + 2 * (m - 1)
            var value = best / Double(sum)
            if normalized { value *= Double(reached - 1) / Double(total - 1) }
            values[source] = value
        }
        return NodeScores(name: "two-mode closeness", values: values, nodes: g.nodeIndex)
    }

    /// Two-mode betweenness centrality: raw betweenness over its largest possible value in a two-mode graph
    /// of the same size.
    ///
    /// With n actors and m meetings, s, t = divmod(n − 1, m) and p, r = divmod(m − 1, n):
    ///
    ///     actor max   = [ m²(s + 1)² + m(s + 1)(2t − s − 1) − t(2s − t + 3) ] / 2
    ///     meeting max = [ n²(p + 1)² + n(p + 1)(2r − p − 1) − r(2p − r + 3) ] / 2
    ///
    /// and the raw betweenness is Brandes' Σ_{s<t} σ_st(v)/σ_st over unordered pairs (NetworkX
    /// `betweenness_centrality(normalized=False)` on an undirected graph). Unweighted.
    /// Reference: Borgatti & Everett (1997); Brandes (2001), "A faster algorithm for betweenness centrality";
    /// NetworkX `bipartite.betweenness_centrality`.
    /// - Complexity: O(N (N + M)) time, O(N) extra memory.
    public func betweennessCentrality() -> NodeScores {
        let g = graph
        let n = actorCount
        let m = meetingCount
        var raw = [Double](repeating: 0, count: g.nodeCount)
        var distance = [Int32](repeating: -1, count: g.nodeCount)
        var queue = [UInt32](repeating: 0, count: g.nodeCount)
        var paths = [Double](repeating: 0, count: g.nodeCount)
        var dependency = [Double](repeating: 0, count: g.nodeCount)
        for source in 0..<g.nodeCount {
            paths[source] = 1
            let reached = breadthFirst(from: source, distance: &distance, queue: &queue, paths: &paths, countPaths: true)
            // Accumulate dependencies in reverse breadth-first order (Brandes 2001, unweighted).
            for position in stride(from: reached - 1, through: 0, by: -1) {
                let w = Int(queue[position])
                for v in g.neighbors(of: w) where distance[Int(v)] == distance[w] - 1 {
                    dependency[Int(v)] += paths[Int(v)] / paths[w] * (1 + dependency[w])
                }
                if w != source { raw[w] += dependency[w] }
            }
            for position in 0..<reached {
                let node = Int(queue[position])
                distance[node] = -1
                paths[node] = 0
                dependency[node] = 0
            }
        }
        // The largest raw betweenness of a node whose own mode has `own` nodes and the other mode `other`.
        func maximum(own: Int, other: Int) -> Double {
            guard other > 0 else { return 0 }
            let s = Double((own - 1) / other)
            let t = Double((own - 1) % other)
            let m = Double(other)
            return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2
        }
        let actorMax = maximum(own: n, other: m)
        let meetingMax = maximum(own: m, other: n)
        let values = (0..<g.nodeCount).map { node -> Double in
            let bound = isActor(node) ? actorMax : meetingMax
            // Undirected: each unordered pair was counted from both ends.
            return bound > 0 ? raw[node] / 2 / bound : 0
        }
        return NodeScores(name: "two-mode betweenness", values: values, nodes: g.nodeIndex)
    }

    /// Breadth-first search from `source`; returns how many nodes were reached, listed in `queue` in
    /// visiting order. `distance` must be -1 everywhere on entry; shortest-path counts are accumulated
    /// into `paths` when `countPaths`.
    private func breadthFirst(
        from source: Int, distance: inout [Int32], queue: inout [UInt32], paths: inout [Double], countPaths: Bool
    ) -> Int {
        let g = graph
        distance[source] = 0
        queue[0] = UInt32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let node = Int(queue[head])
            head += 1
            for next in g.neighbors(of: node) {
                let next = Int(next)
                if distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue[tail] = UInt32(next)
                    tail += 1
                }
                if countPaths, distance[next] == distance[node] + 1 { paths[next] += paths[node] }
            }
        }
        return tail
    }
}
