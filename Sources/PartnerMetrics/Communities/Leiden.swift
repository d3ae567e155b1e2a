import Foundation

extension Graph {
    /// Communities by the Leiden algorithm: Louvain with a refinement that guarantees connected communities.
    ///
    /// Each iteration (1) moves nodes with a queue, revisiting only the neighbours of moved nodes (moving
    /// to an empty community is allowed); (2) refines every community: starting from singletons, each
    /// well-connected node (`k_{v,S−v} ≥ γ k_v (Σ_S − k_v) / 2m`) joins a well-connected sub-community of its
    /// community, chosen with probability ∝ `exp(ΔH / θ)` among non-negative gains `ΔH`; (3) contracts the
    /// refined communities, keeping the unrefined ones as the starting partition of the contracted graph.
    /// It stops when a pass leaves every node in its own community.
    /// V. A. Traag, L. Waltman & N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    /// communities", Sci. Rep. 9, 5233 (2019).
    ///
    /// Inside ``RunControl/run(_:_:)->Result`` each local-moving pass is reported (the total is not known in advance)
    /// and a stopped run ends the search.
    /// - Parameters:
    ///   - resolution: γ in the modularity (1: Newman-Girvan).
    ///   - seed: seeds node orders and the refinement's random choices; the same seed gives the same result.
    ///   - randomness: θ, the refinement's temperature (small: nearly greedy).
    ///   - iterations: how many times to run the algorithm, each starting from the previous partition; it
    ///     stops early when an iteration does not raise the modularity (Traag et al. iterate likewise).
    /// - Returns: the partition with its modularity at `resolution`.
    /// - Complexity: O(m) per iteration of the queue, about linear in practice.
    public func leidenCommunities(
        resolution: Double = 1, seed: UInt64 = 0, randomness: Double = 0.01, iterations: Int = 2
    ) -> Partition {
        let base = CommunityLevel(graph: self)
        var generator = SplitMix64(seed: seed)
        var partition = Array(0..<nodeCount)
        var quality = -Double.infinity
        let scope = RunControl.active
        var passes = 0
        for iteration in 0..<max(1, iterations) {
            var level = base
            var membership = Array(0..<nodeCount)
            var communities = partition
            for _ in 0..<1_000 {
                guard level.nodeCount > 0, !(scope?.shouldStop ?? false) else { break }
                level.moveNodesWithQueue(communities: &communities, resolution: resolution, generator: &generator)
                passes += 1
                scope?.report(done: passes, total: nil)
                let (parents, parentCount) = compactLabels(communities, bound: level.nodeCount)
                communities = parents
                if parentCount == level.nodeCount { break }
                let (refined, refinedCount) = level.refine(
                    parents: parents, parentCount: parentCount, resolution: resolution, randomness: randomness,
                    generator: &generator)
                if refinedCount == level.nodeCount { break }
                var next = [Int](repeating: 0, count: refinedCount)
                for node in 0..<level.nodeCount { next[refined[node]] = parents[node] }
                for node in membership.indices { membership[node] = refined[membership[node]] }
                level = level.aggregated(by: refined, count: refinedCount)
                communities = next
            }
            let found = membership.map { communities[$0] }
            let q = modularity(of: found, resolution: resolution)
            // Each iteration starts from the last partition; stop once one no longer improves it.
            if iteration > 0 && q <= quality + 1e-12 { break }
            if q > quality {
                quality = q
                partition = found
            }
        }
        return Partition(
            method: "leiden", communities: partition, nodes: nodeIndex, modularity: quality, resolution: resolution)
    }
}

extension CommunityLevel {
    /// Leiden's fast local moving: a queue of nodes, each revisited only when a neighbour moves away from
    /// its community. Labels stay in `0..<nodeCount`; an emptied label becomes available again.
    ///
    /// In exact arithmetic every move raises the quality, so the queue empties; in floating point, weights that
    /// differ by hundreds of orders of magnitude can round two gains so that a node moves back and forth for
    /// ever. The visits are therefore capped at 32 per node (Louvain's cap of 32 passes), a bound an ordinary
    /// run never reaches.
    @discardableResult
    func moveNodesWithQueue(
        communities: inout [Int], resolution: Double, generator: inout SplitMix64, allowEmpty: Bool = true
    ) -> Bool {
        guard total > 0 else { return false }
        let n = nodeCount
        var size = [Int](repeating: 0, count: n)
        for u in 0..<n { size[communities[u]] += 1 }
        var empty = (0..<n).filter { size[$0] == 0 }
        var queue = Array(0..<n)
        queue.shuffle(using: &generator)
        var inQueue = [Bool](repeating: true, count: n)
        return withLocalMoving(communities: &communities, resolution: resolution) { moving in
            var anyMoved = false
            var head = 0
            var pending = n
            var visits = 0
            let maximumVisits = 32 * max(n, 32)
            while pending > 0 && visits < maximumVisits {
                visits += 1
                let u = queue[head]
                head = head + 1 == n ? 0 : head + 1
                pending -= 1
                inQueue[u] = false
                let move = moving.bestMove(of: u)
                let current = move.current
                size[current] -= 1
                var best = move.best
                if allowEmpty, move.bestGain < 0, size[current] > 0, let free = empty.last { best = free }
                if best == empty.last { empty.removeLast() }
                moving.place(u, in: best)
                size[best] += 1
                if size[current] == 0 { empty.append(current) }
                guard best != current else { continue }
                anyMoved = true
                for position in moving.offsets[u]..<moving.offsets[u + 1] {
                    let v = Int(moving.targets[position])
                    if !inQueue[v] && moving.communities[v] != best {
                        inQueue[v] = true
                        queue[(head + pending) % n] = v
                        pending += 1
                    }
                }
            }
            return anyMoved
        }
    }

    /// Leiden's refinement: merges nodes within each parent community into well-connected sub-communities.
    /// Returns refined labels `0..<count`, numbered by first appearance.
    func refine(
        parents: [Int], parentCount: Int, resolution: Double, randomness: Double, generator: inout SplitMix64
    ) -> (labels: [Int], count: Int) {
        let n = nodeCount
        let scale = resolution / total
        var parentDegree = [Double](repeating: 0, count: parentCount)
        for u in 0..<n { parentDegree[parents[u]] += degree[u] }
        var inside = [Double](repeating: 0, count: n)  // k_{v, S − v}
        for u in 0..<n {
            for position in offsets[u]..<offsets[u + 1] where parents[Int(targets[position])] == parents[u] {
                inside[u] += weights[position]
            }
        }
        var refined = Array(0..<n)
        var refinedDegree = degree
        var external = inside  // weight from a refined community to the rest of its parent
        var size = [Int](repeating: 1, count: n)
        var linkWeight = [Double](repeating: 0, count: n)
        var linked = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        for v in order {
            let own = refined[v]
            guard size[own] == 1 else { continue }
            let parent = parents[v]
            let k = degree[v]
            guard inside[v] >= scale * k * (parentDegree[parent] - k) else { continue }
            for position in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[position])
                guard parents[u] == parent else { continue }
                let c = refined[u]
                if !linked[c] {
                    linked[c] = true
                    touched.append(c)
                }
                linkWeight[c] += weights[position]
            }
            var candidates: [Int] = []
            var gains: [Double] = []
            var bestGain = 0.0
            for c in touched where c != own {
                let wellConnected = external[c] >= scale * refinedDegree[c] * (parentDegree[parent] - refinedDegree[c])
                guard wellConnected else { continue }
                let gain = linkWeight[c] - scale * refinedDegree[c] * k
                guard gain >= 0 else { continue }
                candidates.append(c)
                gains.append(gain)
                bestGain = max(bestGain, gain)
            }
            if !candidates.isEmpty {
                // Staying alone has gain 0 and is one of the choices.
                var probabilities = gains.map { exp(($0 - bestGain) / randomness) }
                let stay = exp((0 - bestGain) / randomness)
                let sum = probabilities.reduce(stay, +)
                var draw = Double(generator.next() >> 11) / Double(1 << 53) * sum
                var chosen = -1
                for index in candidates.indices {
                    draw -= probabilities[index]
                    if draw < 0 {
                        chosen = candidates[index]
                        break
                    }
                }
                probabilities.removeAll()
                if chosen >= 0 {
                    refined[v] = chosen
                    size[own] = 0
                    size[chosen] += 1
                    refinedDegree[own] = 0
                    refinedDegree[chosen] += k
                    external[chosen] += external[own] - 2 * linkWeight[chosen]
                    external[own] = 0
                }
            }
            for c in touched {
                linkWeight[c] = 0
                linked[c] = false
            }
            touched.removeAll(keepingCapacity: true)
        }
        return compactLabels(refined, bound: n)
    }
}
