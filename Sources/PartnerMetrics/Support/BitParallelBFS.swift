/// Breadth-first search from up to 64 sources at once: bit i of a node's mask stands for source i.
///
/// Each level ORs the frontier masks of a node's in-neighbours (one pass over the arcs serves 64 searches),
/// keeps the bits the node had not seen, and reports how many sources reached it at that level. That count
/// is all closeness and harmonic centrality need when they are summed at the reached node, which is what
/// NetworkX computes (for directed graphs, the distances *to* a node).
///
/// Scratch memory is allocated once per thread and reused across passes.
final class BitParallelWorkspace {
    let nodeCount: Int
    private let visited: UnsafeMutablePointer<UInt64>
    private var frontier: UnsafeMutablePointer<UInt64>
    private var next: UnsafeMutablePointer<UInt64>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        visited = .allocate(capacity: capacity)
        visited.initialize(repeating: 0, count: capacity)
        frontier = .allocate(capacity: capacity)
        frontier.initialize(repeating: 0, count: capacity)
        next = .allocate(capacity: capacity)
        next.initialize(repeating: 0, count: capacity)
    }

    deinit {
        visited.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 64) along arcs u -> v, reading v's in-neighbours from `incoming`;
    /// calls `reached(v, level, count)` whenever `count` > 0 sources first reach v at distance `level` >= 1.
    ///
    /// - Complexity: O(levels × (n + m)), levels being the largest distance from a source plus one.
    @inline(__always)
    func search(
        from sources: UnsafeBufferPointer<UInt32>, incoming graph: Adjacency,
        _ reached: (_ node: Int, _ level: Int, _ count: Int) -> Void
    ) {
        precondition(sources.count <= 64, "a pass holds at most 64 sources")
        let n = nodeCount
        let offsets = graph.offsets.baseAddress!
        let neighbors = graph.targets.baseAddress!
        visited.update(repeating: 0, count: n)
        frontier.update(repeating: 0, count: n)
        for (bit, source) in sources.enumerated() {
            visited[Int(source)] |= 1 << UInt64(bit)
            frontier[Int(source)] |= 1 << UInt64(bit)
        }
        let full: UInt64 = sources.count == 64 ? ~0 : (1 << UInt64(sources.count)) - 1
        var level = 0
        var growing = true
        while growing {
            level += 1
            growing = false
            for v in 0..<n {
                let seen = visited[v]
                if seen == full {
                    next[v] = 0
                    continue
                }
                var bits: UInt64 = 0
                for arc in offsets[v]..<offsets[v + 1] { bits |= frontier[Int(neighbors[arc])] }
                let fresh = bits & ~seen
                next[v] = fresh
                if fresh != 0 {
                    visited[v] = seen | fresh
                    growing = true
                    reached(v, level, fresh.nonzeroBitCount)
                }
            }
            swap(&frontier, &next)
        }
    }
}
