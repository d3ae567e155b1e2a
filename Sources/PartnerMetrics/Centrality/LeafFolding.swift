import PartnerGraph

/// An undirected graph with its degree-1 trees folded into the nodes they hang on, for exact betweenness
/// (Baglioni, Geraci, Pellegrini & Lastres, "Fast exact computation of betweenness centrality in social
/// networks", ASONAM 2012).
///
/// Repeatedly removing a node with one distinct neighbour (its parent) leaves each component's 2-core, or one
/// node of a component that is a tree. A removed node u is a cut node: every path between two of the parts
/// it separates (its children's subtrees, and the rest of its component) passes through it, and there is no
/// other route, so its betweenness is the number of ordered pairs in different parts,
/// (N − 1)² − Σ cᵢ² − R², N the component's size, cᵢ the children's subtree sizes and R = N − ω(u), where
/// ω(u) counts u and everything folded into it. A kept node v gets the same count for the pairs with an end in
/// its own trees, and, for the pairs between the trees of two other kept nodes s and t, the Brandes
/// dependency of the kept graph with s counted ω(s) times as a source and t counted ω(t) times as a target:
/// δ_s(v) = Σ over successors w of σ_sv/σ_sw · (ω(w) + δ_s(w)).
///
/// Shortest paths through a tree are its unique paths whatever the weights, and parallel edges multiply
/// every path of a pair alike, so the folding serves weighted graphs (whose lengths add up exactly: see
/// ``Graph/exactDependencySums(endpoints:weighted:distance:threads:)``) and multigraphs too.
struct LeafFolding {
    /// The kept nodes, ascending (original numbers).
    let kept: [Int]
    /// ω for each kept node, parallel to `kept`: the node and everything folded into it.
    let multiplicity: [Double]
    /// Per original node: the ordered pairs the trees account for (all of a folded node's betweenness, the
    /// pairs with an end in a kept node's own trees).
    let treePairs: [Double]
    /// The graph induced by the kept nodes, numbered as in `kept`.
    let core: Graph

    var foldedCount: Int { treePairs.count - kept.count }

    /// Folds every degree-1 tree of an undirected graph; nil when it has none.
    /// - Complexity: O(n + m).
    init?(_ graph: Graph) {
        precondition(!graph.isDirected, "leaf folding needs an undirected graph")
        let n = graph.nodeCount
        let offsets = graph.offsets
        let targets = graph.targets
        // Distinct neighbours other than the node itself (rows are sorted, so repeats are adjacent).
        var degree = [Int32](repeating: 0, count: n)
        var leaves: [Int] = []
        for v in 0..<n {
            var count: Int32 = 0
            var previous = -1
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if w != v && w != previous { count += 1 }
                previous = w
            }
            degree[v] = count
            if count == 1 { leaves.append(v) }
        }
        guard !leaves.isEmpty else { return nil }

        let component = Self.componentSizes(graph)
        var size = [Double](repeating: 1, count: n)
        var childSquares = [Double](repeating: 0, count: n)
        var removed = [Bool](repeating: false, count: n)
        var treePairs = [Double](repeating: 0, count: n)
        var head = 0
        while head < leaves.count {
            let u = leaves[head]
            head += 1
            guard degree[u] == 1 else { continue }
            removed[u] = true
            degree[u] = 0
            var parent = -1
            for arc in offsets[u]..<offsets[u + 1] where !removed[Int(targets[arc])] {
                parent = Int(targets[arc])
                break
            }
            let whole = component[u]
            let rest = whole - size[u]
            treePairs[u] = (whole - 1) * (whole - 1) - childSquares[u] - rest * rest
            size[parent] += size[u]
            childSquares[parent] += size[u] * size[u]
            degree[parent] -= 1
            if degree[parent] == 1 { leaves.append(parent) }
        }

        var kept: [Int] = []
        var newIndex = [UInt32](repeating: .max, count: n)
        for v in 0..<n where !removed[v] {
            newIndex[v] = UInt32(truncatingIfNeeded: kept.count)
            kept.append(v)
            let whole = component[v]
            let rest = whole - size[v]
            treePairs[v] = (whole - 1) * (whole - 1) - childSquares[v] - rest * rest
        }
        var sources: [UInt32] = []
        var coreTargets: [UInt32] = []
        var weights: [Double] = []
        for v in kept {
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                // Each edge between kept nodes once; self-loops lie on no shortest path and are left out.
                guard w > v, !removed[w] else { continue }
                sources.append(newIndex[v])
                coreTargets.append(newIndex[w])
                if let graphWeights = graph.weights { weights.append(graphWeights[arc]) }
            }
        }
        self.kept = kept
        self.multiplicity = kept.map { size[$0] }
        self.treePairs = treePairs
        self.core = Graph(
            nodeCount: kept.count, sources: sources, targets: coreTargets,
            weights: graph.isWeighted ? weights : nil, nodeIDs: kept.map { graph.nodeIDs[$0] })
    }

    /// The size of each node's connected component, as a `Double`.
    private static func componentSizes(_ graph: Graph) -> [Double] {
        let labels = graph.connectedComponents().labels
        var counts = [Double](repeating: 0, count: (labels.max().map(Int.init) ?? -1) + 1)
        for label in labels { counts[Int(label)] += 1 }
        return labels.map { counts[Int($0)] }
    }
}
