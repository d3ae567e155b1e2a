import Dispatch
import Foundation

/// The actor × actor co-occurrence counts of a two-mode graph, as an upper-triangular sparse matrix.
///
/// Row `a` lists the partners `b > a` that share at least one meeting with `a`, ascending, with the number
/// of meetings they share: the strict upper triangle of B·Bᵀ, where B is the actor × meeting incidence
/// matrix. Each unordered pair appears once.
/// ```swift
/// let counts = network.twoModeGraph().actorPairCounts()
/// counts.pairCount          // number of linked actor pairs
/// counts.count(between: 0, and: 3)
/// ```
public struct ActorPairCounts: Sendable, Equatable {
    /// Number of actors (rows).
    public let actorCount: Int
    /// Row starts in `partners` and `counts`; `actorCount + 1` entries.
    public let offsets: [Int]
    /// The partners `b > a` of each actor `a`, row after row, each row ascending.
    public let partners: [UInt32]
    /// The number of shared meetings, parallel to `partners`.
    public let counts: [UInt32]

    /// Number of linked pairs (each unordered pair once).
    /// - Complexity: O(1).
    public var pairCount: Int { partners.count }

    /// The sum of all counts: Σ over meetings of C(n_k, 2) for a simple two-mode graph.
    /// - Complexity: O(pairs).
    public var totalCount: Int { counts.reduce(0) { $0 + Int($1) } }

    /// The number of meetings actors `a` and `b` share (0 when they share none).
    /// - Complexity: O(log degree).
    public func count(between a: Int, and b: Int) -> Int {
        position(between: a, and: b).map { Int(counts[$0]) } ?? 0
    }

    /// Where the pair of `a` and `b` is stored in `partners` and `counts`, or nil when they share no meeting.
    /// - Complexity: O(log degree).
    public func position(between a: Int, and b: Int) -> Int? {
        guard a != b else { return nil }
        let (low, high) = a < b ? (a, b) : (b, a)
        return partners.position(of: UInt32(high), in: offsets[low]..<offsets[low + 1])
    }

    /// The weighted degree (strength) of every actor: Σ_b count(a, b) over both triangles.
    /// - Complexity: O(actors + pairs).
    public func strengths() -> [Double] {
        var strength = [Double](repeating: 0, count: actorCount)
        for a in 0..<actorCount {
            for position in offsets[a]..<offsets[a + 1] {
                let weight = Double(counts[position])
                strength[a] += weight
                strength[Int(partners[position])] += weight
            }
        }
        return strength
    }
}

extension TwoModeGraph {
    /// Counts the meetings every pair of actors shares: the upper triangle of B·Bᵀ.
    ///
    /// Row-by-row sparse product (Gustavson 1978) over the compressed rows: for each actor `a`, each of its
    /// meetings `m` and each member `b > a` of `m`, a dense per-thread counter adds one. A first, cheap pass bounds every row by its memberships
    /// `Σ_m |{b ∈ m : b > a}|`, so that workers write rows straight into the output at disjoint places;
    /// rows are then closed up in order. The same pass records where each meeting's later members start,
    /// so no meeting row is ever searched. Rows are split into chunks of equal work handed out to `threads`
    /// workers, and every row's content depends on the row alone, so the result never depends on the thread
    /// count. Memory is one counter per thread plus the output (its bound is reserved but only the output is
    /// touched); it never grows with actors².
    ///
    /// - Parameters:
    ///   - threads: worker threads; nil uses every active core.
    ///   - sortedRows: sort each row by partner (else partners keep the order the walk first meets them in,
    ///     still deterministic).
    /// - Complexity: O(Σ_k n_k² / 2 + P log(P / actors)) time for meeting sizes n_k and P output pairs
    ///   (without the log factor when rows are not sorted), O(threads · actors + P) memory.
    public func actorPairCounts(threads: Int? = nil, sortedRows: Bool = true) -> ActorPairCounts {
        let graph = self.graph
        let actors = actorCount
        guard actors > 0 else { return ActorPairCounts(actorCount: 0, offsets: [0], partners: [], counts: []) }
        let workers = ParallelScheduler.threadCount(threads)
        let plan = PairPlan(graph: graph, actors: actors)
        let capacity = plan.capacity
        let rowBounds = plan.chunks(count: workers == 1 ? 1 : min(actors, workers * 32))
        let rowStarts = plan.rowStarts

        var offsets = [Int](repeating: 0, count: actors + 1)
        var counts: [UInt32] = []
        let partners = [UInt32](unsafeUninitializedCapacity: capacity) { partnerBuffer, partnerCount in
            counts = [UInt32](unsafeUninitializedCapacity: capacity) { countBuffer, countCount in
                var lengths = [Int](repeating: 0, count: actors)
                withMutableBuffers(&lengths) { lengthBuffer in
                    let output = PairKernel(
                        partners: partnerBuffer.baseAddress, counts: countBuffer.baseAddress, lengths: lengthBuffer.baseAddress!)
                    // 16-bit counters halve the cache the random increments walk; a count never exceeds
                    // the actor's meetings, so they suffice unless an actor has 65,536 meetings or more.
                    func countRows<Counter: FixedWidthInteger & UnsignedInteger>(_: Counter.Type) {
                        ParallelScheduler.forEachChunk(
                            chunkCount: rowBounds.count - 1, threads: workers,
                            makeWorkspace: { [Counter](repeating: 0, count: actors) }
                        ) { chunk, counter in
                            output.run(
                                graph: graph, rows: rowBounds[chunk]..<rowBounds[chunk + 1], plan: plan, counter: &counter,
                                sorted: sortedRows)
                        }
                    }
                    if plan.narrowCounters { countRows(UInt16.self) } else { countRows(UInt32.self) }
                }
                // Close up the rows, in order.
                var written = 0
                for a in 0..<actors {
                    let length = lengths[a]
                    if length > 0 && written != rowStarts[a] {
                        (partnerBuffer.baseAddress! + written).update(from: partnerBuffer.baseAddress! + rowStarts[a], count: length)
                        (countBuffer.baseAddress! + written).update(from: countBuffer.baseAddress! + rowStarts[a], count: length)
                    }
                    written += length
                    offsets[a + 1] = written
                }
                countCount = written
            }
            partnerCount = offsets[actors]
        }
        return ActorPairCounts(actorCount: actors, offsets: offsets, partners: partners, counts: counts)
    }
}

/// The inner loop of ``PartnerGraph/TwoModeGraph/actorPairCounts(threads:sortedRows:)``: writes each row at its own
/// place in shared output buffers; rows are disjoint, so workers never touch the same memory.
struct PairKernel: @unchecked Sendable {
    let partners: UnsafeMutablePointer<UInt32>?
    let counts: UnsafeMutablePointer<UInt32>?
    let lengths: UnsafeMutablePointer<Int>

    func run<Counter: FixedWidthInteger & UnsignedInteger>(
        graph: Graph, rows: Range<Int>, plan: PairPlan, counter: inout [Counter], sorted: Bool
    ) {
        guard let partners, let counts else { return }
        plan.withRows(of: graph, counter: &counter) { rowsOf in
            for a in rows {
                let row = partners + plan.rowStarts[a]
                let length = rowsOf.collect(a, into: row, sorted: sorted)
                let rowCounts = counts + plan.rowStarts[a]
                for slot in 0..<length { rowCounts[slot] = rowsOf.take(row[slot]) }
                lengths[a] = length
            }
        }
    }
}

/// What the pair kernel knows of a two-mode graph before counting: for each membership (a, m), where m's
/// members after a start in the graph's targets and how many there are, and a bound on every row.
struct PairPlan: Sendable {
    /// Per membership (position in the actor rows): start of the meeting's later members in `targets`.
    let laterStart: [Int]
    /// Per membership: the number of the meeting's later members.
    let laterCount: [UInt32]
    /// Prefix sums of the row bounds `Σ_m |{b ∈ m : b > a}|`; `actors + 1` entries.
    let rowStarts: [Int]
    /// Whether 16-bit counters suffice (every actor has fewer than 65,535 meetings).
    let narrowCounters: Bool

    /// The total of the row bounds: at least the number of pairs.
    var capacity: Int { rowStarts.last! }

    /// Walking the meetings in order visits every actor's memberships in its row's (sorted) order, so one
    /// pass fills the plan with no search; the kernel then never binary-searches a meeting row.
    init(graph: Graph, actors: Int) {
        let memberships = graph.offsets[actors]
        var laterStart = [Int](repeating: 0, count: memberships)
        var laterCount = [UInt32](repeating: 0, count: memberships)
        var bound = [Int](repeating: 0, count: actors + 1)
        UnsafeRows.with(offsets: graph.offsets, targets: graph.targets) { rows in
            withMutableBuffers(&laterStart, &laterCount) { laterStart, laterCount in
                var cursor = Array(rows.offsets[0..<actors])
                for m in actors..<graph.nodeCount {
                    let end = rows.offsets[m + 1]
                    for position in rows.offsets[m]..<end {
                        let b = Int(rows.targets[position])
                        let slot = cursor[b]
                        cursor[b] = slot + 1
                        laterStart[slot] = position + 1
                        laterCount[slot] = UInt32(truncatingIfNeeded: end - position - 1)
                        bound[b + 1] += end - position - 1
                    }
                }
            }
        }
        for a in 0..<actors { bound[a + 1] += bound[a] }
        self.laterStart = laterStart
        self.laterCount = laterCount
        rowStarts = bound
        narrowCounters = (0..<actors).allSatisfy { graph.degree(of: $0) < Int(UInt16.max) }
    }

    /// Row bounds cutting the actors into at most `chunkCount` chunks of about equal work.
    func chunks(count chunkCount: Int) -> [Int] {
        let actors = rowStarts.count - 1
        guard actors > 0 else { return [0] }
        var chunkBounds = [0]
        let target = max(1, (capacity + actors * 4) / max(1, chunkCount))
        var running = 0
        for a in 0..<actors {
            running += rowStarts[a + 1] - rowStarts[a] + 4
            if running >= target && chunkBounds.count < chunkCount {
                chunkBounds.append(a + 1)
                running = 0
            }
        }
        if chunkBounds.last! != actors { chunkBounds.append(actors) }
        return chunkBounds
    }

    /// Calls `body` with unsafe access to the graph, the plan and a worker's counter.
    @inline(__always)
    func withRows<Counter: FixedWidthInteger & UnsignedInteger, Result>(
        of graph: Graph, counter: inout [Counter], _ body: (PairRows<Counter>) throws -> Result
    ) rethrows -> Result {
        try UnsafeRows.with(offsets: graph.offsets, targets: graph.targets) { rows in
            try withBuffers(laterStart, laterCount) { laterStart, laterCount in
                try withMutableBuffers(&counter) { counter in
                    try body(
                        PairRows(
                            offsets: rows.offsets, targets: rows.targets, laterStart: laterStart, laterCount: laterCount,
                            counter: counter))
                }
            }
        }
    }
}

/// One worker's view for counting rows: the graph, the plan and its counter over actors.
struct PairRows<Counter: FixedWidthInteger & UnsignedInteger> {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<UInt32>
    let laterStart: UnsafeBufferPointer<Int>
    let laterCount: UnsafeBufferPointer<UInt32>
    let counter: UnsafeMutableBufferPointer<Counter>

    /// Writes the partners `b > a` of actor `a` into `row` (room for its bound), sorted when asked, and
    /// leaves their counts in the counter for ``take(_:)``; returns how many there are.
    @inline(__always)
    func collect(_ a: Int, into row: UnsafeMutablePointer<UInt32>, sorted: Bool) -> Int {
        var length = 0
        for position in offsets[a]..<offsets[a + 1] {
            var inner = laterStart[position]
            let end = inner + Int(laterCount[position])
            while inner < end {
                let b = targets[inner]
                let index = Int(b)
                if counter[index] == 0 {
                    row[length] = b
                    length += 1
                }
                counter[index] &+= 1
                inner += 1
            }
        }
        if sorted {
            var rowBuffer = UnsafeMutableBufferPointer(start: row, count: length)
            rowBuffer.sort()
        }
        return length
    }

    /// The count of partner `b` in the row just collected, resetting it for the next row.
    @inline(__always)
    func take(_ b: UInt32) -> UInt32 {
        let value = UInt32(truncatingIfNeeded: counter[Int(b)])
        counter[Int(b)] = 0
        return value
    }
}

extension TwoModeGraph {
    /// The number of actor pairs that share at least one meeting (the edges of the actor projection), counted
    /// without storing them: ``actorPairCounts(threads:sortedRows:)``'s `pairCount`, for a caller that needs
    /// nothing else.
    ///
    /// The walk is the pair kernel's: for each actor `a`, the later members of each of its meetings. Each
    /// worker marks a partner `b` with the row's stamp `a + 1` in its own array over actors, so a partner is
    /// counted once per row and the marks never need clearing.
    /// - Parameter threads: worker threads; nil uses every active core. The count does not depend on it.
    /// - Complexity: O(Σ_k n_k² / 2) time for meeting sizes n_k; O(threads · actors + memberships) memory,
    ///   against O(pairs) for the stored counts.
    public func actorPairCount(threads: Int? = nil) -> Int {
        let graph = self.graph
        let actors = actorCount
        guard actors > 0 else { return 0 }
        let workers = ParallelScheduler.threadCount(threads)
        let plan = PairPlan(graph: graph, actors: actors)
        let rowBounds = plan.chunks(count: workers == 1 ? 1 : min(actors, workers * 32))
        var totals = [Int](repeating: 0, count: rowBounds.count - 1)
        withMutableBuffers(&totals) { totals in
            let output = PairTotals(totals: totals.baseAddress!)
            ParallelScheduler.forEachChunk(
                chunkCount: rowBounds.count - 1, threads: workers, makeWorkspace: { [UInt32](repeating: 0, count: actors) }
            ) { chunk, stamps in
                output.count(graph: graph, rows: rowBounds[chunk]..<rowBounds[chunk + 1], chunk: chunk, plan: plan, stamps: &stamps)
            }
        }
        return totals.reduce(0, +)
    }
}

/// The inner loop of ``PartnerGraph/TwoModeGraph/actorPairCount(threads:)``: each chunk writes its own total.
struct PairTotals: @unchecked Sendable {
    let totals: UnsafeMutablePointer<Int>

    func count(graph: Graph, rows: Range<Int>, chunk: Int, plan: PairPlan, stamps: inout [UInt32]) {
        var total = 0
        UnsafeRows.with(offsets: graph.offsets, targets: graph.targets) { graphRows in
            withBuffers(plan.laterStart, plan.laterCount) { laterStart, laterCount in
                withMutableBuffers(&stamps) { stamps in
                    for a in rows {
                        let stamp = UInt32(truncatingIfNeeded: a + 1)
                        for position in graphRows.offsets[a]..<graphRows.offsets[a + 1] {
                            let start = laterStart[position]
                            for inner in start..<(start + Int(laterCount[position])) {
                                let b = Int(graphRows.targets[inner])
                                if stamps[b] != stamp {
                                    stamps[b] = stamp
                                    total += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        totals[chunk] = total
    }
}
