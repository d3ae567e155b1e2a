/// Breadth-first search from up to 64 sources at once: bit i of a node's mask stands for source i.
///
/// Each level ORs frontier masks along the arcs (one pass over the arcs serves 64 searches), keeps the bits
/// a node had not seen, and reports how many sources reached it at that level. That count
/// is all closeness and harmonic centrality need when they are summed at the reached node, which is what
/// NetworkX computes (for directed graphs, the distances *to* a node).
///
/// Scratch memory is allocated once per thread and reused across passes.
final class BitParallelWorkspace {
    let nodeCount: Int
    private let visited: UnsafeMutablePointer<UInt64>
    /// Masks of the current level; non-zero only at the nodes of `frontierList`.
    private var frontier: UnsafeMutablePointer<UInt64>
    /// Masks of the next level; all zero between levels.
    private var next: UnsafeMutablePointer<UInt64>
    private var frontierList: UnsafeMutablePointer<UInt32>
    private var nextList: UnsafeMutablePointer<UInt32>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        visited = .allocate(capacity: capacity)
        visited.initialize(repeating: 0, count: capacity)
        frontier = .allocate(capacity: capacity)
        frontier.initialize(repeating: 0, count: capacity)
        next = .allocate(capacity: capacity)
        next.initialize(repeating: 0, count: capacity)
        frontierList = .allocate(capacity: capacity)
        frontierList.initialize(repeating: 0, count: capacity)
        nextList = .allocate(capacity: capacity)
        nextList.initialize(repeating: 0, count: capacity)
    }

    deinit {
        visited.deallocate()
        frontier.deallocate()
        next.deallocate()
        frontierList.deallocate()
        nextList.deallocate()
    }

    /// Searches from `sources` (at most 64) along arcs u -> v; calls `reached(v, level, count)` whenever
    /// `count` > 0 sources first reach v at distance `level` >= 1.
    ///
    /// Direction-optimising (Beamer, Asanović & Patterson 2012): a level whose frontier has few arcs pushes
    /// along `outgoing` rows from the frontier; a large one pulls, each unfinished node ORing the masks of
    /// its `incoming` neighbours. Nodes already reached by every source are skipped.
    /// - Complexity: O(levels × (n + m)) at worst, levels being the largest distance from a source plus one.
    @inline(__always)
    func search(
        from sources: UnsafeBufferPointer<UInt32>, outgoing: UnsafeRows, incoming: UnsafeRows,
        _ reached: (_ node: Int, _ level: Int, _ count: Int) -> Void
    ) {
        precondition(sources.count <= 64, "a pass holds at most 64 sources")
        let n = nodeCount
        let outOffsets = outgoing.offsets.baseAddress!
        let outTargets = outgoing.targets.baseAddress!
        let inOffsets = incoming.offsets.baseAddress!
        let inSources = incoming.targets.baseAddress!
        let totalArcs = outgoing.targets.count
        visited.update(repeating: 0, count: n)
        var frontierCount = 0
        var frontierArcs = 0
        for (bit, source) in sources.enumerated() {
            let node = Int(source)
            if frontier[node] == 0 {
                frontierList[frontierCount] = source
                frontierCount += 1
                frontierArcs += outOffsets[node + 1] - outOffsets[node]
            }
            visited[node] |= 1 << UInt64(bit)
            frontier[node] |= 1 << UInt64(bit)
        }
        let full: UInt64 = sources.count == 64 ? ~0 : (1 << UInt64(sources.count)) - 1
        var level = 0
        while frontierCount > 0 {
            level += 1
            var nextCount = 0
            var nextArcs = 0
            if frontierArcs * 6 < totalArcs {
                for index in 0..<frontierCount {
                    let u = Int(frontierList[index])
                    let bits = frontier[u]
                    for arc in outOffsets[u]..<outOffsets[u + 1] {
                        let w = Int(outTargets[arc])
                        let fresh = bits & ~visited[w]
                        if fresh != 0 {
                            if next[w] == 0 {
                                nextList[nextCount] = UInt32(truncatingIfNeeded: w)
                                nextCount += 1
                            }
                            next[w] |= fresh
                        }
                    }
                }
                for index in 0..<nextCount {
                    let w = Int(nextList[index])
                    let fresh = next[w]
                    visited[w] |= fresh
                    nextArcs += outOffsets[w + 1] - outOffsets[w]
                    reached(w, level, fresh.nonzeroBitCount)
                }
            } else {
                for v in 0..<n {
                    let seen = visited[v]
                    if seen == full { continue }
                    var bits: UInt64 = 0
                    for arc in inOffsets[v]..<inOffsets[v + 1] { bits |= frontier[Int(inSources[arc])] }
                    let fresh = bits & ~seen
                    if fresh != 0 {
                        next[v] = fresh
                        visited[v] = seen | fresh
                        nextList[nextCount] = UInt32(truncatingIfNeeded: v)
                        nextCount += 1
                        nextArcs += outOffsets[v + 1] - outOffsets[v]
                        reached(v, level, fresh.nonzeroBitCount)
                    }
                }
            }
            for index in 0..<frontierCount { frontier[Int(frontierList[index])] = 0 }
            swap(&frontier, &next)
            swap(&frontierList, &nextList)
            frontierCount = nextCount
            frontierArcs = nextArcs
        }
    }
}
