extension Graph {
    /// Communities by the Louvain method: greedy modularity optimisation, level by level.
    ///
    /// Each level moves nodes one at a time to the neighbouring community with the largest gain
    /// `ΔQ ∝ k_{u,C} − γ · k_u · Σ_C / 2m`, pass after pass, until a pass moves nothing, raises Q by less
    /// than 10⁻⁵, or 32 passes are done (NetworkKit's PLM caps its passes likewise); then it contracts
    /// every community into one node and starts again, until no node moves.
    /// V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast unfolding of communities in large
    /// networks", J. Stat. Mech. P10008 (2008).
    ///
    /// Inside ``RunControl/run(_:_:)->Result`` each pass is reported (the total is not known in advance) and a
    /// stopped run ends the search.
    ///
    /// Without a seed nodes are visited in index order, as a sequential NetworkKit PLM does; with one, in a
    /// random order drawn from it. Either way the result is reproducible (no threads, no hashing). The order
    /// matters: on the bench's `uni-M` graph, index order reached Q = 0.2845 and six seeds 0.253-0.277.
    /// - Parameters:
    ///   - resolution: γ in the modularity (1: Newman-Girvan).
    ///   - seed: seeds a random node order per level; nil keeps index order.
    /// - Returns: the partition with its modularity at `resolution`.
    /// - Complexity: O(m) per pass; usually a few passes per level and O(log n) levels.
    public func louvainCommunities(resolution: Double = 1, seed: UInt64? = nil) -> Partition {
        var level = CommunityLevel(graph: self)
        var membership = Array(0..<nodeCount)
        var generator = seed.map { SplitMix64(seed: $0) }
        var passes = 0
        while level.nodeCount > 0 {
            var communities = Array(0..<level.nodeCount)
            var order = Array(0..<level.nodeCount)
            if var random = generator {
                order.shuffle(using: &random)
                generator = random
            }
            guard level.moveNodes(communities: &communities, resolution: resolution, order: order, passes: &passes) else {
                break
            }
            let (labels, count) = compactLabels(communities, bound: level.nodeCount)
            for node in membership.indices { membership[node] = labels[membership[node]] }
            if count == level.nodeCount { break }
            level = level.aggregated(by: labels, count: count)
        }
        return Partition(
            method: "louvain", communities: membership, nodes: nodeIndex,
            modularity: modularity(of: membership, resolution: resolution), resolution: resolution)
    }
}

extension CommunityLevel {
    /// Louvain's local moving: passes over `order` until one moves no node; returns whether any moved.
    /// `communities` holds labels in `0..<nodeCount`; a pass raising Q by less than `tolerance` is the last.
    /// Each pass counts one in `passes` and is reported to the enclosing ``RunControl``; a stopped run ends
    /// the level.
    /// - Complexity: O(m) per pass.
    func moveNodes(
        communities: inout [Int], resolution: Double, order: [Int], passes: inout Int, tolerance: Double = 1e-5,
        maximumPasses: Int = 32
    ) -> Bool {
        guard total > 0 else { return false }
        let scope = RunControl.active
        var anyMoved = false
        var passCount = passes
        withLocalMoving(communities: &communities, resolution: resolution) { moving in
            for _ in 0..<maximumPasses {
                if let scope, scope.shouldStop { break }
                var moves = 0
                var improvement = 0.0
                for u in order {
                    let move = moving.bestMove(of: u)
                    moving.place(u, in: move.best)
                    if move.best != move.current {
                        moves += 1
                        improvement += move.bestGain - move.stayGain
                    }
                }
                passCount += 1
                scope?.report(done: passCount, total: nil)
                if moves > 0 { anyMoved = true }
                // A pass that gains under `tolerance` in Q ends the level, as in
                // Blondel et al.'s code: late passes shuffle nodes for almost nothing.
                if moves == 0 || 2 * improvement / total < tolerance { break }
            }
        }
        passes = passCount
        return anyMoved
    }
}
