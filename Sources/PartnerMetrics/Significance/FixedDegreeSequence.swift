import Foundation

/// The fixed degree sequence model (FDSM) of an actor projection: the uniform distribution over all actor ×
/// meeting graphs with exactly the observed degrees on both sides. A pair's p-value is the share of sampled
/// graphs in which the pair shares at least (upper tail) or at most (lower tail) its observed number of
/// meetings: `p̂ = #{s : X_ab(s) ≥ k_ab} / S`, with Monte Carlo standard error `√(p̂(1 − p̂) / S)`.
///
/// Graphs are drawn by the curveball algorithm (Strona et al. 2014), which Carstens (2015) proved samples
/// uniformly: a trade picks two actors and redistributes at random the meetings only one of them has, keeping
/// every degree. Each sample starts from the observed graph and makes `5 × n` trades between the `n` actors
/// that have a meeting, the default of the `backbone` package's fastball (Godard and Neal 2022), after which
/// a chain's state no longer depends on its start in their measurements. Actors without a meeting take no
/// part: they have nothing to trade, and counting them would only dilute the trades that move something. Sample `s` uses its own generator, whose start is a hash of `(seed, s)`, so
/// that no two samples share random draws. Samples are cut into a fixed number of chunks whose integer
/// counts are summed, so results never depend on the number of threads. Memory is one copy of the graph and
/// two counters per observed pair per worker, whatever the number of samples; no sample's projection is kept.
///
/// A trade works in place: the first actor's meetings are stamped, the meetings both actors have are moved to
/// the front of both rows, and a partial Fisher-Yates shuffle over the two remaining tails deals the smaller
/// side its share. Rows are left unsorted. A sample's counts are made in one pass over the actors in order:
/// each actor counts the earlier members of its meetings (the meeting lists filled so far), compares the
/// counts with its observed partners, then joins its meetings' lists.
///
/// References: G. Strona et al., "A fast and unbiased procedure to randomize ecological binary matrices with
/// fixed row and column totals", Nature Communications 5, 4114 (2014); C. J. Carstens, "Proof of uniform
/// sampling of binary matrices with fixed row sums and column sums for the fast curveball algorithm",
/// Phys. Rev. E 91, 042812 (2015); K. Godard, Z. P. Neal, "fastball: a fast algorithm to randomly sample
/// bipartite graphs with fixed degree sequences", Journal of Complex Networks 10(6) (2022).
public struct FixedDegreeSequence: Sendable {
    /// The number of sampled graphs.
    public let samples: Int
    /// The seed of the samples' generators.
    public let seed: UInt64
    /// Curveball trades per sample: 5 × the actors that have a meeting.
    public let trades: Int
    let tails: SampledPairTails

    /// Samples `samples` graphs and counts, for every co-occurring pair, the samples at or above and at or
    /// below its observed count.
    /// - Parameters:
    ///   - twoMode: the actor × meeting graph (simple).
    ///   - samples: the number of samples, 1 to ``maximumSamples``.
    ///   - seed: the seed.
    ///   - minimumCount: pairs sharing fewer meetings are not tests.
    ///   - threads: worker threads; nil uses every active core.
    /// - Throws: ``SampleCountError`` for a sample count out of range; ``RunControl/Stop`` when a run control
    ///   stops the sampling.
    /// - Complexity: O(S · (5 n · d̄ + Σ_k n_k² + P)) time for S samples, n actors of mean degree d̄ (a trade of
    ///   actors of degrees d and d' costs O(d + d')), meetings of sizes n_k and P co-occurring pairs;
    ///   O(E + threads · (E + n + P)) memory for E memberships.
    public init(_ twoMode: TwoModeGraph, samples: Int, seed: UInt64, minimumCount: Int = 1, threads: Int? = nil) throws {
        guard (1...Self.maximumSamples).contains(samples) else { throw SampleCountError(samples: samples) }
        self.samples = samples
        self.seed = seed
        // The observed counts are a first step: their chunks are not the samples, whose progress the task reports
        // (counted, a display would show 100% before the first sample).
        let observed = RunControl.withoutProgress { twoMode.actorPairCounts(threads: threads) }
        let model = CurveballModel(twoMode, observed: observed)
        trades = 5 * model.active.count
        let chunkCount = min(samples, 64)
        let trades = self.trades
        let registry = WorkspaceRegistry()
        let scope = RunControl.active
        ParallelScheduler.forEachChunk(
            chunkCount: chunkCount, threads: threads,
            makeWorkspace: { () -> CurveballWorkspace in
                let workspace = CurveballWorkspace(model)
                registry.add(workspace)
                return workspace
            }
        ) { chunk, workspace in
            let first = chunk * samples / chunkCount
            let last = (chunk + 1) * samples / chunkCount
            for sample in first..<last {
                if scope?.shouldStop == true { return }
                var generator = SplitMix64(seed: seed, stream: UInt64(sample))
                workspace.reset()
                workspace.shuffle(trades: trades, generator: &generator)
                workspace.count()
            }
        }
        // RunControl.run replaces this with the reason it stopped.
        if let scope, scope.shouldStop { throw RunControl.Stop.cancelled(task: scope.task) }
        var atLeast = [UInt32](repeating: 0, count: observed.pairCount)
        var atMost = [UInt32](repeating: 0, count: observed.pairCount)
        for workspace in registry.all {
            for (position, pair) in model.upperPosition.enumerated() {
                atLeast[Int(pair)] += workspace.atLeast[position]
                atMost[Int(pair)] += workspace.atMost[position]
            }
        }
        let tested = observed.counts.reduce(0) { $0 + (Int($1) >= minimumCount ? 1 : 0) }
        tails = SampledPairTails(observed: observed, atLeast: atLeast, atMost: atMost, samples: samples, pairCount: tested)
    }

    /// The largest sample count: a p-value is then resolved to 10⁻⁶, and each sample redraws the whole network
    /// (a million samples of a network of 100,000 memberships is hours of work). The counts per pair are 32-bit.
    public static let maximumSamples = 1_000_000

    /// A sample count outside 1 to ``maximumSamples``.
    public struct SampleCountError: Error, CustomStringConvertible {
        /// The count asked for.
        public let samples: Int
        public var description: String { "the number of fdsm samples must be 1 to \(FixedDegreeSequence.maximumSamples), not \(samples)" }
    }

    /// The estimated `(P(X ≥ k), P(X ≤ k))` of actors `a` and `b` (their observed count `k`); (1, 1) for a pair
    /// that shares no meeting.
    /// - Complexity: O(log degree).
    public func tails(between a: Int, and b: Int) -> (upper: Double, lower: Double) { tails.tails(a, b) }
}

/// The sampled counts of every observed pair.
struct SampledPairTails: Sendable {
    let observed: ActorPairCounts
    let atLeast: [UInt32]
    let atMost: [UInt32]
    let samples: Int
    /// The number of tests (pairs sharing at least the minimum count).
    let pairCount: Int

    func tails(_ a: Int, _ b: Int) -> (upper: Double, lower: Double) {
        guard let pair = observed.position(between: a, and: b) else { return (1, 1) }
        return (Double(atLeast[pair]) / Double(samples), Double(atMost[pair]) / Double(samples))
    }
}

/// What every sample starts from: the observed rows, the meeting sizes (which trades keep), and the observed
/// pairs by their later actor.
private struct CurveballModel: Sendable {
    let actors: Int
    let meetings: Int
    /// Actor rows: meeting indices from 0, row after row.
    let rowOffsets: [Int]
    let rows: [UInt32]
    /// The actors with at least one meeting: those that trade.
    let active: [UInt32]
    /// Where each meeting's member list starts in a sample's columns; the sizes never change.
    let columnOffsets: [Int]
    /// The observed pairs as a lower triangle: row `b` lists the partners `a < b`, ascending, with the count.
    let lowerOffsets: [Int]
    let lowerPartners: [UInt32]
    let lowerCounts: [UInt32]
    /// Per lower-triangle entry: its pair's position in the upper-triangular ``ActorPairCounts``.
    let upperPosition: [UInt32]

    init(_ twoMode: TwoModeGraph, observed: ActorPairCounts) {
        let graph = twoMode.graph
        let actors = twoMode.actorCount
        let meetings = twoMode.meetingCount
        self.actors = actors
        self.meetings = meetings
        rowOffsets = Array(graph.offsets[0...actors])
        let memberships = graph.offsets[actors]
        let rows = (0..<memberships).map { graph.targets[$0] - UInt32(actors) }
        self.rows = rows
        active = (0..<actors).filter { graph.offsets[$0 + 1] > graph.offsets[$0] }.map(UInt32.init)
        var columnOffsets = [Int](repeating: 0, count: meetings + 1)
        for meeting in rows { columnOffsets[Int(meeting) + 1] += 1 }
        for m in 0..<meetings { columnOffsets[m + 1] += columnOffsets[m] }
        self.columnOffsets = columnOffsets
        // Transpose the upper triangle: walking its rows in order fills every lower row ascending.
        var lowerOffsets = [Int](repeating: 0, count: actors + 1)
        for b in observed.partners { lowerOffsets[Int(b) + 1] += 1 }
        for b in 0..<actors { lowerOffsets[b + 1] += lowerOffsets[b] }
        var cursor = Array(lowerOffsets[0..<actors])
        var partners = [UInt32](repeating: 0, count: observed.pairCount)
        var counts = [UInt32](repeating: 0, count: observed.pairCount)
        var upper = [UInt32](repeating: 0, count: observed.pairCount)
        for a in 0..<actors {
            for pair in observed.offsets[a]..<observed.offsets[a + 1] {
                let b = Int(observed.partners[pair])
                partners[cursor[b]] = UInt32(a)
                counts[cursor[b]] = observed.counts[pair]
                upper[cursor[b]] = UInt32(pair)
                cursor[b] += 1
            }
        }
        self.lowerOffsets = lowerOffsets
        lowerPartners = partners
        lowerCounts = counts
        upperPosition = upper
    }
}

/// The workspaces the sampling workers made, to sum their counts once they are done.
private final class WorkspaceRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var all: [CurveballWorkspace] = []

    func add(_ workspace: CurveballWorkspace) {
        lock.lock()
        all.append(workspace)
        lock.unlock()
    }
}

/// One worker's sample and counters, in buffers allocated once (no allocation per trade or per sample).
private final class CurveballWorkspace {
    let model: CurveballModel
    /// The sample's actor rows (unsorted), laid out as ``CurveballModel/rows``.
    let rows: UnsafeMutableBufferPointer<UInt32>
    /// Meeting member lists, filled actor by actor during a count.
    let columns: UnsafeMutableBufferPointer<UInt32>
    /// Per meeting, where its list is filled up to.
    let cursor: UnsafeMutableBufferPointer<Int>
    /// Per meeting, the stamp of the last trade that looked at it.
    let stamp: UnsafeMutableBufferPointer<UInt32>
    /// Per actor, the meetings shared with the actor being counted.
    let counter: UnsafeMutableBufferPointer<UInt32>
    /// Per lower-triangle pair: samples at or above, and at or below, its observed count.
    let atLeast: UnsafeMutableBufferPointer<UInt32>
    let atMost: UnsafeMutableBufferPointer<UInt32>
    private var mark: UInt32 = 0

    init(_ model: CurveballModel) {
        self.model = model
        func zeroed<T: FixedWidthInteger>(_ count: Int) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            buffer.initialize(repeating: 0)
            return buffer
        }
        rows = zeroed(model.rows.count)
        columns = zeroed(model.rows.count)
        cursor = zeroed(model.meetings)
        stamp = zeroed(model.meetings)
        counter = zeroed(model.actors)
        atLeast = zeroed(model.lowerPartners.count)
        atMost = zeroed(model.lowerPartners.count)
    }

    deinit {
        for buffer in [rows, columns, stamp, counter, atLeast, atMost] { buffer.deallocate() }
        cursor.deallocate()
    }

    /// Back to the observed graph.
    func reset() { _ = rows.update(fromContentsOf: model.rows) }

    /// Curveball trades: each picks two distinct active actors and deals their unshared meetings out at random.
    func shuffle(trades: Int, generator: inout SplitMix64) {
        let actors = model.active.count
        guard actors >= 2, let row = rows.baseAddress, let stamp = stamp.baseAddress else { return }
        withBuffers(model.rowOffsets, model.active) { offsets, active in
            for _ in 0..<trades {
                let i = generator.next(below: actors)
                var j = generator.next(below: actors - 1)
                if j >= i { j += 1 }
                let (a, b) = (Int(active[i]), Int(active[j]))
                let (startA, endA, startB, endB) = (offsets[a], offsets[a + 1], offsets[b], offsets[b + 1])
                if mark >= UInt32.max - 2 {
                    self.stamp.update(repeating: 0)
                    mark = 0
                }
                mark += 2
                let inA = mark
                let inBoth = mark + 1
                for position in startA..<endA { stamp[Int(row[position])] = inA }
                // Meetings both have go to the front of b's row, then of a's.
                var sharedB = startB
                for position in startB..<endB {
                    let meeting = row[position]
                    if stamp[Int(meeting)] == inA {
                        stamp[Int(meeting)] = inBoth
                        row[position] = row[sharedB]
                        row[sharedB] = meeting
                        sharedB += 1
                    }
                }
                let onlyA = endA - startA - (sharedB - startB)
                let onlyB = endB - sharedB
                if onlyA == 0 || onlyB == 0 { continue }
                var sharedA = startA
                if sharedB > startB {
                    for position in startA..<endA {
                        let meeting = row[position]
                        if stamp[Int(meeting)] == inBoth {
                            row[position] = row[sharedA]
                            row[sharedA] = meeting
                            sharedA += 1
                        }
                    }
                }
                // The two tails form one pool; deal the smaller side its share by a partial Fisher-Yates shuffle
                // over the pool (positions below `dealt` are that side's tail, the others the other side's).
                let (first, dealt, second) = onlyA <= onlyB ? (sharedA, onlyA, sharedB) : (sharedB, onlyB, sharedA)
                let pool = onlyA + onlyB
                for position in 0..<dealt {
                    let pick = position + generator.next(below: pool - position)
                    if pick != position {
                        let target = pick < dealt ? first + pick : second + (pick - dealt)
                        let meeting = row[first + position]
                        row[first + position] = row[target]
                        row[target] = meeting
                    }
                }
            }
        }
    }

    /// Counts the sample's co-occurrence of every observed pair against its observed count.
    func count() {
        guard let row = rows.baseAddress, let columns = columns.baseAddress, let cursor = cursor.baseAddress,
            let counter = counter.baseAddress, let atLeast = atLeast.baseAddress, let atMost = atMost.baseAddress
        else { return }
        withBuffers(model.rowOffsets, model.columnOffsets) { rowOffsets, columnOffsets in
            withBuffers(model.lowerOffsets, model.lowerPartners, model.lowerCounts) { lowerOffsets, partners, counts in
                for m in 0..<model.meetings { cursor[m] = columnOffsets[m] }
                for a in 0..<model.actors {
                    let rowRange = rowOffsets[a]..<rowOffsets[a + 1]
                    let pairs = lowerOffsets[a]..<lowerOffsets[a + 1]
                    if !pairs.isEmpty {
                        for position in rowRange {
                            let m = Int(row[position])
                            for inner in columnOffsets[m]..<cursor[m] { counter[Int(columns[inner])] &+= 1 }
                        }
                        for pair in pairs {
                            let sampled = counter[Int(partners[pair])]
                            let observed = counts[pair]
                            atLeast[pair] &+= sampled >= observed ? 1 : 0
                            atMost[pair] &+= sampled <= observed ? 1 : 0
                        }
                    }
                    for position in rowRange {
                        let m = Int(row[position])
                        if !pairs.isEmpty {
                            for inner in columnOffsets[m]..<cursor[m] { counter[Int(columns[inner])] = 0 }
                        }
                        columns[cursor[m]] = UInt32(a)
                        cursor[m] += 1
                    }
                }
            }
        }
    }
}
