import PartnerGraph

/// Brandes' algorithm for eight sources at once on an unweighted graph: one level-synchronous search whose
/// lanes are the sources, then one backward sweep (Then, Günnemann, Kemper and Neumann, "Efficient batched
/// distance and centrality computation in unweighted and weighted graphs", BTW 2017).
///
/// Each node holds its eight distances in one `UInt64` (a byte per lane, 0xFF when unreached) and its eight
/// path counts in one `SIMD8<Double>`. Level d visits every node that some lane reached at distance d, once
/// for all those lanes and in increasing node order (a bitmap per level), so a node's row is read once per *distinct* distance from the batch's sources
/// instead of once per source: with sources close together (consecutive numbers of a ``LocalityOrder``),
/// a Barabási–Albert graph needs about 1.9 visits per node for 8 sources instead of 8. Lane tests are
/// byte-wise arithmetic on the `UInt64` (SWAR), so the common case, an arc that extends no lane, costs a
/// load, three integer operations and a branch; the path counts are touched only for arcs of some lane's
/// shortest-path DAG.
///
/// The sums are exactly Brandes' dependencies; only the order of floating-point additions differs from one
/// source at a time (the lanes of a node are added in lane order), and it depends on the batches alone, never
/// on the thread count.
///
/// Distances must stay below 127 (the byte tests need the top bit free): callers check
/// ``HopWidth/distanceBound(_:)`` first and size the level bitmaps by it.
final class BatchedBrandesWorkspace {
    /// Sources per batch: one lane each.
    static let lanes = 8
    /// The largest distance the byte lanes can hold.
    static let maximumDistance = 126

    typealias Lanes = SIMD8<Double>
    private typealias LaneBits = SIMD8<UInt64>

    let nodeCount: Int
    /// Per node, a byte per lane: the distance from that lane's source, 0xFF when unreached.
    private let distance: UnsafeMutablePointer<UInt64>
    /// Per node and lane: the number of shortest paths, then the backward sweep's (1 + delta) / sigma.
    private let value: UnsafeMutablePointer<Lanes>
    /// One bit set per node for each level: bit v of level d's words is set when some lane reached v at
    /// distance d. Levels are visited in increasing node order, so the rows of consecutive nodes (neighbours in
    /// a ``LocalityOrder``) are read together.
    private let levels: UnsafeMutablePointer<UInt64>
    private let wordsPerLevel: Int
    /// For each of the 256 lane subsets, all-ones in the lanes it contains.
    private let laneMasks: UnsafeMutablePointer<LaneBits>

    /// - Parameter distanceBound: the largest distance a search can meet (at most ``maximumDistance``).
    init(nodeCount: Int, distanceBound: Int) {
        precondition(distanceBound <= Self.maximumDistance)
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        distance = .allocate(capacity: capacity)
        distance.initialize(repeating: .max, count: capacity)
        value = .allocate(capacity: capacity)
        value.initialize(repeating: Lanes(), count: capacity)
        wordsPerLevel = (nodeCount + 63) / 64
        levels = .allocate(capacity: (distanceBound + 3) * wordsPerLevel + 1)
        levels.initialize(repeating: 0, count: (distanceBound + 3) * wordsPerLevel + 1)
        laneMasks = .allocate(capacity: 256)
        for subset in 0..<256 {
            var mask = LaneBits()
            for lane in 0..<Self.lanes where subset & (1 << lane) != 0 { mask[lane] = .max }
            (laneMasks + subset).initialize(to: mask)
        }
    }

    deinit {
        distance.deallocate()
        value.deallocate()
        levels.deallocate()
        laneMasks.deallocate()
    }

    // MARK: Byte lanes

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// 0x80 in each byte of `distances` that is at least `level`'s (byte-wise `level` below 128; bytes of
    /// `distances` below 128 or 0xFF), 0 elsewhere: the top bit survives the subtraction exactly then.
    @inline(__always)
    private static func atLeast(_ distances: UInt64, _ level: UInt64) -> UInt64 {
        ((distances | highBits) &- level) & highBits
    }

    /// 0x80 in each byte equal to `level`'s.
    @inline(__always)
    private static func equal(_ distances: UInt64, _ level: UInt64) -> UInt64 {
        let difference = distances ^ level
        return ~(((difference & lowBits) &+ lowBits) | difference | lowBits) & highBits
    }

    /// The lane subset of a byte mask: bit i set when byte i's top bit is (the multiplication gathers the
    /// eight top bits into the top byte without carries).
    @inline(__always)
    private static func subset(_ byteMask: UInt64) -> Int {
        Int(truncatingIfNeeded: (byteMask &* 0x0002_0408_1020_4081) >> 56)
    }

    /// `values` with the lanes outside `subset` zeroed.
    @inline(__always)
    private func keep(_ values: Lanes, _ subset: Int) -> Lanes {
        unsafeBitCast(unsafeBitCast(values, to: LaneBits.self) & laneMasks[subset], to: Lanes.self)
    }

    /// `chosen` in the lanes of `subset`, `other` elsewhere.
    @inline(__always)
    private func select(_ subset: Int, _ chosen: Lanes, _ other: Lanes) -> Lanes {
        let mask = laneMasks[subset]
        return unsafeBitCast(
            (unsafeBitCast(chosen, to: LaneBits.self) & mask) | (unsafeBitCast(other, to: LaneBits.self) & ~mask),
            to: Lanes.self)
    }

    // MARK: Brandes

    /// Adds the dependencies delta_s(v) of up to eight sources to `partial[v]` (with `endpoints`, Brandes
    /// 2008's variant: delta_s(v) + 1 for every reached v != s, and the reached count to s).
    /// With `multiplicity` (no endpoints), node v stands for multiplicity[v] nodes (its folded trees) both as
    /// a source and as a target: delta_s(v) = sum over successors w of sigma_sv/sigma_sw · (multiplicity[w] +
    /// delta_s(w)), added multiplicity[s] times.
    /// - Complexity: O(sum over nodes v of (distinct distances of v from the sources) · (1 + degree(v))).
    func accumulate(
        sources: ArraySlice<UInt32>, in graph: UnsafeRows, endpoints: Bool, multiplicity: UnsafePointer<Double>? = nil,
        into partial: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(sources.count <= Self.lanes && sources.count > 0)
        let n = nodeCount
        let offsets = graph.offsets.baseAddress!
        let targets = graph.targets.baseAddress!
        distance.update(repeating: .max, count: n)
        value.update(repeating: Lanes(), count: n)

        let words = wordsPerLevel
        levels.update(repeating: 0, count: 2 * words)
        for (lane, source) in sources.enumerated() {
            let s = Int(source)
            distance[s] &= ~(0xFF << (8 * UInt64(lane)))
            value[s][lane] = 1
            levels[s >> 6] |= 1 << UInt64(s & 63)
        }

        // Forward: level d extends every lane that has a node at d along that node's arcs.
        var depth = 0
        var grew = true
        while grew {
            precondition(depth < Self.maximumDistance, "distance beyond the byte lanes")
            grew = false
            let here = UInt64(depth) &* Self.ones
            let next = UInt64(depth + 1) &* Self.ones
            let current = levels + depth * words
            let following = current + words
            (following + words).update(repeating: 0, count: words)
            Self.forEachMember(of: current, words: words) { v in
                let front = Self.equal(distance[v], here)
                let paths = keep(value[v], Self.subset(front))
                for arc in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[arc])
                    let seen = distance[w]
                    // A lane of the front reaches w at depth + 1 when w is unreached or already there.
                    let reach = Self.atLeast(seen, next) & front
                    if reach != 0 {
                        let whole = (reach >> 7) &* 0xFF
                        let updated = (seen & ~whole) | (next & whole)
                        if updated != seen {
                            distance[w] = updated
                            following[w >> 6] |= 1 << UInt64(w & 63)
                            grew = true
                        }
                        value[w] += keep(paths, Self.subset(reach))
                    }
                }
            }
            depth += 1
        }

        // Backward: deepest level first, each node pulls (1 + delta(w)) / sigma(w) from its successors.
        var reached = Lanes()
        var sourceWeight = Lanes(repeating: 1)
        if let multiplicity {
            for (lane, source) in sources.enumerated() { sourceWeight[lane] = multiplicity[Int(source)] }
        }
        var level = depth - 1
        while level >= 1 {
            let here = UInt64(level) &* Self.ones
            let next = UInt64(level + 1) &* Self.ones
            let current = levels + level * words
            Self.forEachMember(of: current, words: words) { v in
                let mine = Self.equal(distance[v], here)
                var pulled = Lanes()
                for arc in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[arc])
                    // In v's lanes at this level, neighbours lie at most one level further.
                    let successor = Self.atLeast(distance[w], next) & mine
                    if successor != 0 { pulled += keep(value[w], Self.subset(successor)) }
                }
                let lanes = Self.subset(mine)
                let paths = value[v]
                var dependency = keep(paths * pulled * sourceWeight, lanes)
                if endpoints {
                    let one = keep(Lanes(repeating: 1), lanes)
                    dependency += one
                    reached += one
                }
                let targetWeight = Lanes(repeating: multiplicity?[v] ?? 1)
                value[v] = select(lanes, targetWeight / paths + pulled, paths)
                partial[v] += dependency.sum()
            }
            level -= 1
        }
        if endpoints {
            for (lane, source) in sources.enumerated() { partial[Int(source)] += reached[lane] }
        }
    }

    /// Calls `body` with every node of a level's bit set (`words` words, node `v` at bit `v % 64` of word
    /// `v / 64`), in increasing order.
    @inline(__always)
    static func forEachMember(of level: UnsafeMutablePointer<UInt64>, words: Int, _ body: (Int) -> Void) {
        for word in 0..<words {
            var bits = level[word]
            while bits != 0 {
                body(word << 6 | bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
        }
    }
}
