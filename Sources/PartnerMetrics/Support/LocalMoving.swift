/// The local move shared by Louvain and Leiden: take a node out of its community and find the neighbouring
/// community with the largest modularity gain `ΔQ ∝ k_{u,C} − γ · k_u · Σ_C / 2m`.
///
/// Louvain sweeps nodes in passes over an order, Leiden drives them with a queue; both call
/// ``bestMove(of:)`` and then ``place(_:in:)``, so the gain is computed by one piece of code, with the same
/// floating-point operations in the same order. Valid only inside ``CommunityLevel/withLocalMoving(communities:resolution:_:)``.
struct LocalMoving {
    /// The rows of the level (self-loops kept apart, so a node never reads its own entry).
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<UInt32>
    let weights: UnsafeBufferPointer<Double>
    /// Weighted degree `k_u`.
    let degree: UnsafeBufferPointer<Double>
    /// The community of each node, labels in `0..<nodeCount`.
    let communities: UnsafeMutableBufferPointer<Int>
    /// `Σ_C`: the total degree of each community.
    let communityDegree: UnsafeMutableBufferPointer<Double>
    /// `γ / 2m`.
    let scale: Double
    private let linkWeight: UnsafeMutableBufferPointer<Double>
    private let linked: UnsafeMutableBufferPointer<Bool>
    private let touched: UnsafeMutableBufferPointer<Int>

    /// The outcome of ``bestMove(of:)``.
    struct Move {
        /// The node's community before the move.
        var current: Int
        /// The community with the largest gain (`current` when no other gains more).
        var best: Int
        /// The gain of staying in `current`.
        var stayGain: Double
        /// The gain of joining `best`.
        var bestGain: Double
    }

    fileprivate init(
        level: UnsafeRows, weights: UnsafeBufferPointer<Double>, degree: UnsafeBufferPointer<Double>,
        communities: UnsafeMutableBufferPointer<Int>, communityDegree: UnsafeMutableBufferPointer<Double>,
        scratch: UnsafeMutableBufferPointer<Double>, linked: UnsafeMutableBufferPointer<Bool>,
        touched: UnsafeMutableBufferPointer<Int>, scale: Double
    ) {
        offsets = level.offsets
        targets = level.targets
        self.weights = weights
        self.degree = degree
        self.communities = communities
        self.communityDegree = communityDegree
        linkWeight = scratch
        self.linked = linked
        self.touched = touched
        self.scale = scale
    }

    /// Takes `u` out of its community (its degree leaves `Σ_current`) and returns the best community for it.
    /// The caller then calls ``place(_:in:)`` with that community or another.
    /// - Complexity: O(degree(u)).
    @inline(__always)
    func bestMove(of u: Int) -> Move {
        let current = communities[u]
        var touchedCount = 0
        linked[current] = true
        touched[touchedCount] = current
        touchedCount += 1
        for position in offsets[u]..<offsets[u + 1] {
            let c = communities[Int(targets[position])]
            if !linked[c] {
                linked[c] = true
                touched[touchedCount] = c
                touchedCount += 1
            }
            linkWeight[c] += weights[position]
        }
        let k = degree[u]
        communityDegree[current] -= k
        var best = current
        let stayGain = linkWeight[current] - scale * communityDegree[current] * k
        var bestGain = stayGain
        for slot in 0..<touchedCount {
            let c = touched[slot]
            let gain = linkWeight[c] - scale * communityDegree[c] * k
            if gain > bestGain {
                bestGain = gain
                best = c
            }
            linkWeight[c] = 0
            linked[c] = false
        }
        return Move(current: current, best: best, stayGain: stayGain, bestGain: bestGain)
    }

    /// Puts `u`, taken out by ``bestMove(of:)``, into `community`.
    @inline(__always)
    func place(_ u: Int, in community: Int) {
        communityDegree[community] += degree[u]
        communities[u] = community
    }
}

extension CommunityLevel {
    /// Calls `body` with a ``LocalMoving`` over this level and `communities` (labels in `0..<nodeCount`),
    /// which it updates in place.
    func withLocalMoving<R>(communities: inout [Int], resolution: Double, _ body: (LocalMoving) -> R) -> R {
        var communityDegree = [Double](repeating: 0, count: nodeCount)
        for u in 0..<nodeCount { communityDegree[communities[u]] += degree[u] }
        var linkWeight = [Double](repeating: 0, count: nodeCount)
        var linked = [Bool](repeating: false, count: nodeCount)
        // A node touches its own community and at most one per neighbour: never more than the level's nodes.
        var touched = [Int](repeating: 0, count: nodeCount)
        let scale = resolution / total
        return UnsafeRows.with(offsets: offsets, targets: targets) { rows in
            withBuffers(weights, degree) { weights, degree in
                withMutableBuffers(&communities, &communityDegree) { communities, communityDegree in
                    withMutableBuffers(&linkWeight, &linked, &touched) { linkWeight, linked, touched in
                        body(
                            LocalMoving(
                                level: rows, weights: weights, degree: degree, communities: communities,
                                communityDegree: communityDegree, scratch: linkWeight, linked: linked,
                                touched: touched, scale: scale))
                    }
                }
            }
        }
    }
}
