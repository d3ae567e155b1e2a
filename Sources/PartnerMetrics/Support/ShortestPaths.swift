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
    ///
    /// An arc whose length is not usable (see ``lengthProblem(_:)``) gets +infinity: it lies on no path, so a
    /// kernel called directly never meets a length its searches cannot order. The front doors
    /// (``Centralities``) refuse such a graph with ``CentralityError/unusableWeight(source:target:weight:distance:usable:)``
    /// before any kernel runs.
    func arcLengths(_ distance: EdgeDistance) -> (out: [Double], in: [Double]) {
        func lengths(_ weights: [Double]?, count: Int) -> [Double] {
            guard let weights else { return [Double](repeating: 1, count: count) }
            return weights.map { weight in
                let length = distance == .inverseWeight ? 1 / weight : weight
                return isUsableLength(length) ? length : .infinity
            }
        }
        let out = lengths(weights, count: targets.count)
        return (out, isDirected ? lengths(inWeights, count: inSources.count) : out)
    }

    /// Whether a length can be ordered and summed by the searches: a normal (not subnormal) number > 0 whose
    /// sum over a path of up to n - 1 arcs stays finite.
    func isUsableLength(_ length: Double) -> Bool {
        length.isNormal && length > 0 && length <= .greatestFiniteMagnitude / Double(max(nodeCount - 1, 1))
    }

    /// The weights whose lengths ``isUsableLength(_:)`` accepts on this graph: normal numbers up to
    /// max / (n - 1) as lengths, and for `.inverseWeight` weights whose inverse is such a length.
    func usableWeights(_ distance: EdgeDistance) -> ClosedRange<Double> {
        let longest = Double.greatestFiniteMagnitude / Double(max(nodeCount - 1, 1))
        switch distance {
        case .weight: return Double.leastNormalMagnitude...longest
        case .inverseWeight: return max(Double.leastNormalMagnitude, 1 / longest)...(1 / Double.leastNormalMagnitude)
        }
    }

    /// The first stored arc whose weight gives no usable length under `distance` (zero, negative, not a
    /// number, infinite, subnormal, or so large that a path's length overflows), or nil when every weight is
    /// usable or the graph has none.
    /// - Complexity: O(m).
    public func lengthProblem(_ distance: EdgeDistance) -> CentralityError? {
        guard let weights else { return nil }
        for node in 0..<nodeCount {
            for arc in offsets[node]..<offsets[node + 1] {
                let weight = weights[arc]
                let length = distance == .inverseWeight ? 1 / weight : weight
                if !(weight.isNormal && weight > 0) || !isUsableLength(length) {
                    return .unusableWeight(
                        source: nodeIDs[node], target: nodeIDs[Int(targets[arc])], weight: weight, distance: distance,
                        usable: usableWeights(distance))
                }
            }
        }
        return nil
    }
}

/// Per-thread scratch memory for single-source shortest paths (Brandes' counting stage and its backward
/// sweep), allocated once and reused across sources: nothing is allocated per source.
///
/// After a search, `order[0..<reachedCount]` holds the reached nodes in non-decreasing distance, `hops`
/// (breadth-first) or `length` (Dijkstra) their distances, and `value` their numbers of shortest paths from
/// the source, which the backward sweep overwrites with each node's coefficient (1 + delta(v)) / sigma(v)
/// once nothing needs sigma(v) any more.
///
/// `Hops` is the narrowest unsigned type that holds the graph's distances (see ``hopWidth(offsets:targets:)``):
/// with one byte per node the distance array stays in the L1 cache, and only arcs that lead one level
/// further touch the larger `value` array.
final class ShortestPathWorkspace<Hops: FixedWidthInteger & UnsignedInteger> {
    let nodeCount: Int
    /// Breadth-first distance; `Hops.max` when unreached.
    let hops: UnsafeMutablePointer<Hops>
    /// Sigma during the search, then the backward-sweep coefficient.
    let value: UnsafeMutablePointer<Double>
    /// Dijkstra distance, +infinity when unreached.
    let length: UnsafeMutablePointer<Double>
    /// Reached nodes in the order they were settled.
    let order: UnsafeMutablePointer<UInt32>
    private(set) var reachedCount = 0
    /// Indexed binary heap for Dijkstra: heap slots and each node's slot (-1: not in the heap).
    private let heap: UnsafeMutablePointer<UInt32>
    private let slot: UnsafeMutablePointer<Int32>
    /// With whole-number lengths from 1 to `bucketCount - 1`: a bucket queue (Dial 1969) instead of the heap,
    /// one circular bucket per distance modulo `bucketCount` (a power of two, so the modulo is a mask), each
    /// a doubly linked list through `bucketNext`/`bucketPrevious` (-1 ends a list). 0 when the heap is used.
    let bucketCount: Int
    private let bucketHead: UnsafeMutablePointer<Int32>
    private let bucketNext: UnsafeMutablePointer<Int32>
    private let bucketPrevious: UnsafeMutablePointer<Int32>

    /// - Parameters:
    ///   - nodeCount: the number of nodes of the graphs searched.
    ///   - bucketCount: for Dijkstra over whole-number lengths, ``bucketCount(lengths:)``; 0 for the heap.
    init(nodeCount: Int, bucketCount: Int = 0) {
        self.nodeCount = nodeCount
        self.bucketCount = bucketCount
        let capacity = max(nodeCount, 1)
        bucketHead = .allocate(capacity: max(bucketCount, 1))
        bucketHead.initialize(repeating: -1, count: max(bucketCount, 1))
        let linked = bucketCount > 0 ? capacity : 1
        bucketNext = .allocate(capacity: linked)
        bucketNext.initialize(repeating: -1, count: linked)
        bucketPrevious = .allocate(capacity: linked)
        bucketPrevious.initialize(repeating: -1, count: linked)
        hops = .allocate(capacity: capacity)
        hops.initialize(repeating: .max, count: capacity)
        value = .allocate(capacity: capacity)
        value.initialize(repeating: 0, count: capacity)
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
        hops.deallocate()
        value.deallocate()
        length.deallocate()
        order.deallocate()
        heap.deallocate()
        slot.deallocate()
        bucketHead.deallocate()
        bucketNext.deallocate()
        bucketPrevious.deallocate()
    }

    // MARK: Breadth-first search

    /// Breadth-first search from `source` along `graph`'s rows, counting shortest paths.
    /// - Complexity: O(reached nodes + their arcs).
    @inline(__always)
    func breadthFirst(from source: Int, in graph: UnsafeRows) {
        for index in 0..<reachedCount { hops[Int(order[index])] = .max }
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        hops[source] = 0
        value[source] = 1
        order[0] = UInt32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] &+ 1
            let paths = value[v]
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                let seen = hops[w]
                if seen == .max {
                    hops[w] = next
                    value[w] = paths
                    order[tail] = UInt32(truncatingIfNeeded: w)
                    tail += 1
                } else if seen == next {
                    value[w] += paths
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
    ///
    /// With `multiplicity`, node w counts as multiplicity[w] targets (a node standing for its folded trees):
    /// delta(v) = sum over successors w of sigma(v)/sigma(w) * (multiplicity[w] + delta(w)).
    @inline(__always)
    func sweepBreadthFirst(
        in graph: UnsafeRows, multiplicity: UnsafePointer<Double>? = nil,
        _ dependency: (_ node: Int, _ delta: Double) -> Void
    ) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        var index = reachedCount - 1
        while index >= 1 {
            let v = Int(order[index])
            let next = hops[v] &+ 1
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if hops[w] == next { pulled += value[w] }
            }
            let paths = value[v]
            value[v] = (multiplicity?[v] ?? 1) / paths + pulled
            dependency(v, paths * pulled)
            index -= 1
        }
    }

    /// The backward sweep for edge betweenness: `arcDependency(arc, c)` for every arc v -> w of the
    /// shortest-path DAG with c = sigma(v)/sigma(w) * (1 + delta(w)), including the source's arcs.
    @inline(__always)
    func sweepBreadthFirstArcs(in graph: UnsafeRows, _ arcDependency: (_ arc: Int, _ value: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        var index = reachedCount - 1
        while index >= 0 {
            let v = Int(order[index])
            let next = hops[v] &+ 1
            let paths = value[v]
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if hops[w] == next {
                    pulled += value[w]
                    arcDependency(arc, paths * value[w])
                }
            }
            value[v] = 1 / paths + pulled
            index -= 1
        }
    }

    // MARK: Dijkstra

    /// The bucket count for ``init(nodeCount:bucketCount:)`` when every length is a whole number from 1 to
    /// ``largestBucketedLength``: the least power of two above the largest length; otherwise 0 (use the heap).
    /// - Complexity: O(lengths).
    static func bucketCount(lengths: [Double]) -> Int {
        var largest = 0.0
        for length in lengths {
            guard length >= 1, length <= Double(largestBucketedLength), length.rounded(.towardZero) == length else {
                return 0
            }
            largest = max(largest, length)
        }
        guard !lengths.isEmpty else { return 0 }
        var count = 2
        while count <= Int(largest) { count *= 2 }
        return count
    }

    /// The largest length the bucket queue takes: a scan over empty buckets costs at most this per distance.
    static var largestBucketedLength: Int { 1024 }

    /// Dijkstra's search from `source` along `graph`'s rows and lengths, counting shortest paths; two paths
    /// tie when their float lengths are equal. The nodes of one distance may settle in any order: none is
    /// another's predecessor (lengths are positive), so the path counts and the backward sweep do not depend
    /// on it, and the bucket queue gives bitwise the heap's results.
    /// - Complexity: O((reached nodes + their arcs) log n) with the heap; O(reached nodes + their arcs +
    ///   largest distance) with buckets.
    func dijkstra(from source: Int, in graph: UnsafeRows) {
        if bucketCount > 0 { return bucketDijkstra(from: source, in: graph) }
        forgetLastSearch()
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.values!.baseAddress!
        var heapCount = 0
        length[source] = 0
        value[source] = 1
        push(source, &heapCount)
        var settled = 0
        while heapCount > 0 {
            let v = popMinimum(&heapCount)
            settle(v, &settled)
            relaxArcs(of: v, offsets, targets, lengths) { w, previous in
                if previous == .infinity { push(w, &heapCount) } else { siftUp(Int(slot[w])) }
            }
        }
        reachedCount = settled
    }

    /// Clears the distances and settle marks the last search left.
    @inline(__always)
    private func forgetLastSearch() {
        for index in 0..<reachedCount {
            let node = Int(order[index])
            length[node] = .infinity
            slot[node] = -1
        }
    }

    /// Appends v to the settle order and marks it settled: `slot[v]` = -2 - its place in `order`, so that
    /// ``settledBefore(_:_:)`` compares places in O(1).
    @inline(__always)
    private func settle(_ v: Int, _ settled: inout Int) {
        order[settled] = UInt32(truncatingIfNeeded: v)
        slot[v] = Int32(truncatingIfNeeded: -2 - settled)
        settled += 1
    }

    /// Whether v settled before w in the last search (both settled).
    @inline(__always)
    private func settledBefore(_ v: Int, _ w: Int) -> Bool { slot[v] > slot[w] }

    /// Dijkstra's relaxation of v's arcs: a shorter path to w gives it v's path count and calls
    /// `lowered(w, previous length)`; a path as short adds v's count. A settled w is left alone: in floating
    /// point, base + length can equal length[w] for a w already settled (a length below the last place of
    /// the sum, 1 + 1e-16 == 1), and counting that path would make w its own predecessor's successor. Only
    /// arcs from an earlier-settled node to a later one form the shortest-path DAG, as in NetworkX's search,
    /// which appends predecessors only of nodes not yet settled.
    @inline(__always)
    private func relaxArcs(
        of v: Int, _ offsets: UnsafePointer<Int>, _ targets: UnsafePointer<UInt32>, _ lengths: UnsafePointer<Double>,
        _ lowered: (_ node: Int, _ previous: Double) -> Void
    ) {
        let base = length[v]
        let paths = value[v]
        for arc in offsets[v]..<offsets[v + 1] {
            let w = Int(targets[arc])
            if slot[w] < -1 { continue }
            let candidate = base + lengths[arc]
            let current = length[w]
            if candidate < current {
                length[w] = candidate
                value[w] = paths
                lowered(w, current)
            } else if candidate == current && candidate < .infinity {
                value[w] += paths
            }
        }
    }

    /// ``dijkstra(from:in:)`` with the bucket queue: distances are whole numbers, held exactly in `length`.
    /// A bucket is settled whole: its nodes are at the current distance and no arc (length 1 or more) leads
    /// back into it.
    private func bucketDijkstra(from source: Int, in graph: UnsafeRows) {
        forgetLastSearch()
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.values!.baseAddress!
        let mask = bucketCount - 1
        length[source] = 0
        value[source] = 1
        link(Int32(truncatingIfNeeded: source), into: 0)
        var queued = 1
        var settled = 0
        var bucket = 0
        while queued > 0 {
            while bucketHead[bucket] < 0 { bucket = (bucket + 1) & mask }
            var next = bucketHead[bucket]
            bucketHead[bucket] = -1
            while next >= 0 {
                let v = Int(next)
                next = bucketNext[v]
                queued -= 1
                settle(v, &settled)
                relaxArcs(of: v, offsets, targets, lengths) { w, previous in
                    if previous == .infinity {
                        queued += 1
                    } else {
                        unlink(Int32(truncatingIfNeeded: w), from: Int(previous) & mask)
                    }
                    link(Int32(truncatingIfNeeded: w), into: Int(length[w]) & mask)
                }
            }
        }
        reachedCount = settled
    }

    @inline(__always)
    private func link(_ node: Int32, into bucket: Int) {
        let head = bucketHead[bucket]
        bucketNext[Int(node)] = head
        bucketPrevious[Int(node)] = -1
        if head >= 0 { bucketPrevious[Int(head)] = node }
        bucketHead[bucket] = node
    }

    @inline(__always)
    private func unlink(_ node: Int32, from bucket: Int) {
        let previous = bucketPrevious[Int(node)]
        let following = bucketNext[Int(node)]
        if previous >= 0 { bucketNext[Int(previous)] = following } else { bucketHead[bucket] = following }
        if following >= 0 { bucketPrevious[Int(following)] = previous }
    }

    /// Brandes' backward sweep after ``dijkstra(from:in:)``; successors are out-neighbours w with
    /// length(v) + len(v, w) == length(w), the same float sum the search computed, that settled after v
    /// (see ``relaxArcs(of:_:_:_:_:)``). `multiplicity` as for
    /// ``sweepBreadthFirst(in:multiplicity:_:)``.
    @inline(__always)
    func sweepDijkstra(
        in graph: UnsafeRows, multiplicity: UnsafePointer<Double>? = nil,
        _ dependency: (_ node: Int, _ delta: Double) -> Void
    ) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.values!.baseAddress!
        var index = reachedCount - 1
        while index >= 1 {
            let v = Int(order[index])
            let base = length[v]
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if base + lengths[arc] == length[w] && settledBefore(v, w) { pulled += value[w] }
            }
            let paths = value[v]
            value[v] = (multiplicity?[v] ?? 1) / paths + pulled
            dependency(v, paths * pulled)
            index -= 1
        }
    }

    /// The Dijkstra counterpart of ``sweepBreadthFirstArcs(in:_:)``.
    @inline(__always)
    func sweepDijkstraArcs(in graph: UnsafeRows, _ arcDependency: (_ arc: Int, _ value: Double) -> Void) {
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        let lengths = graph.values!.baseAddress!
        var index = reachedCount - 1
        while index >= 0 {
            let v = Int(order[index])
            let base = length[v]
            let paths = value[v]
            var pulled = 0.0
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                if base + lengths[arc] == length[w] && settledBefore(v, w) {
                    pulled += value[w]
                    arcDependency(arc, paths * value[w])
                }
            }
            value[v] = 1 / paths + pulled
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

/// The unsigned integer width that holds every breadth-first distance of a graph, with room for the
/// "unreached" mark.
enum HopWidth {
    case byte, halfWord, word

    /// The narrowest width holding every distance up to ``distanceBound(_:)``.
    /// - Complexity: O(n + m).
    init(_ graph: Graph) {
        let bound = Self.distanceBound(graph)
        if bound < Int(UInt8.max) {
            self = .byte
        } else if bound < Int(UInt16.max) {
            self = .halfWord
        } else {
            self = .word
        }
    }

    /// An upper bound on every breadth-first distance of `graph`. Undirected graphs: a breadth-first search
    /// from one node per component finds its eccentricity e, and no distance in the component exceeds 2e.
    /// Directed graphs: no distance exceeds the size of the weak component minus one.
    /// - Complexity: O(n + m).
    static func distanceBound(_ graph: Graph) -> Int {
        let n = graph.nodeCount
        var level = [Int32](repeating: -1, count: n)
        var queue = [UInt32](repeating: 0, count: n)
        var bound = 0
        for start in 0..<n where level[start] < 0 {
            level[start] = 0
            queue[0] = UInt32(truncatingIfNeeded: start)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                func visit(_ w: Int) {
                    if level[w] < 0 {
                        level[w] = level[v] + 1
                        queue[tail] = UInt32(truncatingIfNeeded: w)
                        tail += 1
                    }
                }
                for arc in graph.offsets[v]..<graph.offsets[v + 1] { visit(Int(graph.targets[arc])) }
                if graph.isDirected {
                    for arc in graph.inOffsets[v]..<graph.inOffsets[v + 1] { visit(Int(graph.inSources[arc])) }
                }
            }
            let eccentricity = Int(level[Int(queue[tail - 1])])
            bound = max(bound, graph.isDirected ? tail - 1 : 2 * eccentricity)
        }
        return bound
    }
}
