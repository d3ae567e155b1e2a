import PartnerGraph

/// How a weighted graph's edge weights become lengths for shortest paths.
///
/// In PartnerGraph a weight means strength (more shared meetings, a closer tie), so the default length is
/// its inverse: a heavy edge is a short one. NetworkX instead reads the weight attribute as the length
/// itself; `.weight` reproduces its numbers.
public enum EdgeDistance: Sendable, Equatable {
    /// length = 1 / weight (weights are strengths; the default).
    case inverseWeight
    /// length = weight (weights are already distances, as NetworkX's `weight=` reads them).
    case weight
}

extension Graph {
    /// The length of every stored out-arc (parallel to `targets`) and in-arc (parallel to `inSources`).
    func arcLengths(_ distance: EdgeDistance) -> (out: [Double], in: [Double]) {
        func lengths(_ weights: [Double]?, count: Int) -> [Double] {
            guard let weights else { return [Double](repeating: 1, count: count) }
            return weights.map { weight in
                precondition(weight > 0 && weight.isFinite, "shortest paths need positive, finite weights")
                return distance == .inverseWeight ? 1 / weight : weight
            }
        }
        let out = lengths(weights, count: targets.count)
        return (out, isDirected ? lengths(inWeights, count: inSources.count) : out)
    }
}

/// A read-only view of compressed rows for the hot loops; valid only inside the `with…` call that made it.
struct Adjacency {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<UInt32>
    /// Arc lengths parallel to `targets`, for Dijkstra; empty for breadth-first search.
    let lengths: UnsafeBufferPointer<Double>

    var nodeCount: Int { offsets.count - 1 }

    /// Calls `body` with the given rows as unsafe buffers.
    static func with<R>(
        offsets: [Int], targets: [UInt32], lengths: [Double] = [], _ body: (Adjacency) throws -> R
    ) rethrows -> R {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try lengths.withUnsafeBufferPointer { lengths in
                    try body(Adjacency(offsets: offsets, targets: targets, lengths: lengths))
                }
            }
        }
    }
}

/// A node's search state, kept together so that a neighbour costs one cache line, not two: its distance in
/// hops, and its number of shortest paths, which the backward sweep overwrites with the node's coefficient
/// (1 + delta(v)) / sigma(v) once nothing needs sigma(v) any more.
struct PathState {
    var hops: Int32
    var value: Double
}

/// Per-thread scratch memory for single-source shortest paths (Brandes' counting stage and its backward
/// sweep), allocated once and reused across sources: nothing is allocated per source.
///
/// After a search, `order[0..<reachedCount]` holds the reached nodes in non-decreasing distance, `state` their
/// hops and numbers of shortest paths from the source, and `length` the Dijkstra distances.
/// Only the entries of reached nodes are meaningful; the next search resets exactly those.
final class ShortestPathWorkspace {
    let nodeCount: Int
    /// Hops (-1: unreached) and sigma, then the coefficient, per node.
    let state: UnsafeMutablePointer<PathState>
    /// Dijkstra distance, +infinity when unreached.
    let length: UnsafeMutablePointer<Double>
    /// Reached nodes in the order they were settled.
    let order: UnsafeMutablePointer<UInt32>
    private(set) var reachedCount = 0
    /// Indexed binary heap for Dijkstra: heap slots and each node's slot (-1: not in the heap).
    private let heap: UnsafeMutablePointer<UInt32>
    private let slot: UnsafeMutablePointer<Int32>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        state = .allocate(capacity: capacity)
        state.initialize(repeating: PathState(hops: -1, value: 0), count: capacity)
        length = .allocate(capacity: capacity)
        length.initialize(repeating: .infinity, count: capacity)
        order = .allocate(capacity: capacity)
        order.initialize(repeating: 0, count: capacity)
        heap = .allocate(capacity: capacity)
        heap.initialize(repeating: 0, count: capacity)
        slot = .allocate(capacity: capacity)
        slot.initialize(repeating: -1, count: capacity)
    }

    deinit {
        state.deallocate()
        length.deallocate()
        order.deallocate()
        heap.deallocate()
        slot.deallocate()
    }

    // MARK: Breadth-first search

    /// Breadth-first search from `source` along `graph`'s rows, counting shortest paths.
    /// - Complexity: O(reached nodes + their arcs).
    @inline(__always)
    func breadthFirst(from source: Int, in graph: Adjacency) {
        for index in 0..<reachedCount { state[Int(order[index])].hops = -1 }
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        state[source] = PathState(hops: 0, value: 1)
        order[0] = UInt32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = state[v].hops + 1
            let paths = state[v].value
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                let seen = state[w].hops
                if seen < 0 {
                    state[w] = PathState(hops: next, value: paths)
                    order[tail] = UInt32(truncatingIfNeeded: w)
                    tail += 1
                } else if seen == next {
                    state[w].value += paths
                }
            }
        }
        reachedCount = tail
    }

    /// Brandes' backward sweep after ``breadthFirst(from:in:)``: calls `dependency(v, delta)` for every
    /// reached node but the source, delta(v) = sum over successors w of sigma(v)/sigma(w) * (1 + delta(w)).
    ///
    /// It pulls from successors instead of pushing to predecessors: a successor of v is an out-neighbour one
    /// level further, so no predecessor lists are kept.
    @inline(__always)
    func sweepBreadthFirst(in graph: Adjacency, _ dependency: (_ node: Int, _ delta: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        var index = reachedCount - 1
        while index >= 1 {
            let v = Int(order[index])
            let next = state[v].hops + 1
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = state[Int(targets[arc])]
                if w.hops == next { pulled += w.value }
            }
            let paths = state[v].value
            state[v].value = 1 / paths + pulled
            dependency(v, paths * pulled)
            index -= 1
        }
    }

    /// The backward sweep for edge betweenness: `arcDependency(arc, c)` for every arc v -> w of the
    /// shortest-path DAG with c = sigma(v)/sigma(w) * (1 + delta(w)), including the source's arcs.
    @inline(__always)
    func sweepBreadthFirstArcs(in graph: Adjacency, _ arcDependency: (_ arc: Int, _ value: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        var index = reachedCount - 1
        while index >= 0 {
            let v = Int(order[index])
            let next = state[v].hops + 1
            let paths = state[v].value
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = state[Int(targets[arc])]
                if w.hops == next {
                    pulled += w.value
                    arcDependency(arc, paths * w.value)
                }
            }
            state[v].value = 1 / paths + pulled
            index -= 1
        }
    }

    // MARK: Dijkstra

    /// Dijkstra's search from `source` along `graph`'s rows and lengths, counting shortest paths; two paths
    /// tie when their float lengths are equal.
    /// - Complexity: O((reached nodes + their arcs) log n).
    func dijkstra(from source: Int, in graph: Adjacency) {
        for index in 0..<reachedCount { length[Int(order[index])] = .infinity }
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.lengths.baseAddress!
        var heapCount = 0
        length[source] = 0
        state[source].value = 1
        push(source, &heapCount)
        var settled = 0
        while heapCount > 0 {
            let v = popMinimum(&heapCount)
            order[settled] = UInt32(truncatingIfNeeded: v)
            settled += 1
            let base = length[v]
            let paths = state[v].value
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                let candidate = base + lengths[arc]
                let current = length[w]
                if candidate < current {
                    length[w] = candidate
                    state[w].value = paths
                    if current == .infinity { push(w, &heapCount) } else { siftUp(Int(slot[w])) }
                } else if candidate == current {
                    state[w].value += paths
                }
            }
        }
        reachedCount = settled
    }

    /// Brandes' backward sweep after ``dijkstra(from:in:)``; successors are out-neighbours w with
    /// length(v) + len(v, w) == length(w), the same float sum the search computed.
    @inline(__always)
    func sweepDijkstra(in graph: Adjacency, _ dependency: (_ node: Int, _ delta: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.lengths.baseAddress!
        var index = reachedCount - 1
        while index >= 1 {
            let v = Int(order[index])
            let base = length[v]
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if base + lengths[arc] == length[w] { pulled += state[w].value }
            }
            let paths = state[v].value
            state[v].value = 1 / paths + pulled
            dependency(v, paths * pulled)
            index -= 1
        }
    }

    /// The Dijkstra counterpart of ``sweepBreadthFirstArcs(in:_:)``.
    @inline(__always)
    func sweepDijkstraArcs(in graph: Adjacency, _ arcDependency: (_ arc: Int, _ value: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.lengths.baseAddress!
        var index = reachedCount - 1
        while index >= 0 {
            let v = Int(order[index])
            let base = length[v]
            let paths = state[v].value
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if base + lengths[arc] == length[w] {
                    pulled += state[w].value
                    arcDependency(arc, paths * state[w].value)
                }
            }
            state[v].value = 1 / paths + pulled
            index -= 1
        }
    }

    // MARK: Indexed binary heap on `length`

    @inline(__always)
    private func push(_ node: Int, _ heapCount: inout Int) {
        heap[heapCount] = UInt32(truncatingIfNeeded: node)
        slot[node] = Int32(truncatingIfNeeded: heapCount)
        heapCount += 1
        siftUp(heapCount - 1)
    }

    @inline(__always)
    private func popMinimum(_ heapCount: inout Int) -> Int {
        let top = Int(heap[0])
        slot[top] = -1
        heapCount -= 1
        if heapCount > 0 {
            let last = heap[heapCount]
            heap[0] = last
            slot[Int(last)] = 0
            siftDown(0, heapCount)
        }
        return top
    }

    /// Orders by length, then by node index, so the settle order is deterministic.
    @inline(__always)
    private func precedes(_ a: UInt32, _ b: UInt32) -> Bool {
        let la = length[Int(a)]
        let lb = length[Int(b)]
        return la < lb || (la == lb && a < b)
    }

    private func siftUp(_ start: Int) {
        var position = start
        let node = heap[position]
        while position > 0 {
            let parent = (position - 1) / 2
            let above = heap[parent]
            guard precedes(node, above) else { break }
            heap[position] = above
            slot[Int(above)] = Int32(truncatingIfNeeded: position)
            position = parent
        }
        heap[position] = node
        slot[Int(node)] = Int32(truncatingIfNeeded: position)
    }

    private func siftDown(_ start: Int, _ heapCount: Int) {
        var position = start
        let node = heap[position]
        while true {
            var child = 2 * position + 1
            guard child < heapCount else { break }
            if child + 1 < heapCount && precedes(heap[child + 1], heap[child]) { child += 1 }
            let below = heap[child]
            guard precedes(below, node) else { break }
            heap[position] = below
            slot[Int(below)] = Int32(truncatingIfNeeded: position)
            position = child
        }
        heap[position] = node
        slot[Int(node)] = Int32(truncatingIfNeeded: position)
    }
}
