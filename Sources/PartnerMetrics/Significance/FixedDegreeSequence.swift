import Foundation

/// The fixed degree sequence model (FDSM) of an actor projection: the uniform distribution over all actor ×
/// meeting graphs with exactly the observed degrees on both sides. A pair's p-value is the share of sampled
/// graphs in which the pair shares at least (upper tail) or at most (lower tail) its observed number of
/// meetings: `p̂ = #{s : X_ab(s) ≥ k_ab} / S`, with Monte Carlo standard error `√(p̂(1 − p̂) / S)`.
///
/// Graphs are drawn by the curveball algorithm (Strona et al. 2014), which Carstens (2015) proved samples
/// uniformly: a trade picks two actors and redistributes at random the meetings only one of them has, keeping
/// every degree. Each sample starts from the observed graph and makes `5 × actors` trades, the default of the
/// `backbone` package's fastball (Godard and Neal 2022), after which a chain's state no longer depends on its
/// start in their measurements. Sample `s` uses its own generator, seeded from `(seed, s)`, and samples are
/// cut into a fixed number of chunks whose integer counts are summed, so results never depend on the number
/// of threads. Memory is one copy of the graph and two counters per observed pair per worker, whatever the
/// number of samples; no sample's projection is kept.
///
/// References: G. Strona et al., "A fast and unbiased procedure to randomize ecological binary matrices with
/// fixed row and column totals", Nature Communications 5, 4114 (2014); C. J. Carstens, "Proof of uniform
/// sampling of binary matrices with fixed row sums and column sums for the fast curveball algorithm",
/// Phys. Rev. E 91, 042812 (2015); K. Godard, Z. P. Neal, "fastball: a fast algorithm to randomly sample
/// bipartite graphs with fixed degree sequences", Journal of Complex Networks 10(6) (2022).
public struct FixedDegreeSequence: Sendable {
    /// The number of sampled graphs.
    public let samples: Int
    /// The seed of the first sample's generator.
    public let seed: UInt64
    /// Curveball trades per sample: 5 × actors.
    public let trades: Int
    let tails: SampledPairTails

    /// Samples `samples` graphs and counts, for every co-occurring pair, the samples at or above and at or
    /// below its observed count.
    /// - Parameters:
    ///   - twoMode: the actor × meeting graph (simple).
    ///   - samples: the number of samples (at least 1).
    ///   - seed: the seed.
    ///   - minimumCount: pairs sharing fewer meetings are not tests.
    ///   - threads: worker threads; nil uses every active core.
    /// - Throws: ``RunControl/Stop`` when a run control stops the sampling.
    /// - Complexity: O(S · (5 n · d̄ log d̄ + Σ_k n_k² / 2)) time for S samples, n actors of mean degree d̄ and
    ///   meetings of sizes n_k; O(threads · (E + P)) memory for E memberships and P co-occurring pairs.
    public init(_ twoMode: TwoModeGraph, samples: Int, seed: UInt64, minimumCount: Int = 1, threads: Int? = nil) throws {
        precondition(samples >= 1, "at least one sample")
        self.samples = samples
        self.seed = seed
        let actors = twoMode.actorCount
        trades = 5 * actors
        let observed = twoMode.actorPairCounts(threads: threads)
        let graph = twoMode.graph
        let rowOffsets = Array(graph.offsets[0...actors])
        let memberships = graph.offsets[actors]
        let rows = (0..<memberships).map { graph.targets[$0] - UInt32(actors) }
        let meetings = twoMode.meetingCount
        let chunkCount = min(samples, 64)
        let trades = self.trades
        let registry = WorkspaceRegistry()
        let scope = RunControl.active
        ParallelScheduler.forEachChunk(
            chunkCount: chunkCount, threads: threads,
            makeWorkspace: { () -> CurveballWorkspace in
                let workspace = CurveballWorkspace(
                    rows: rows, actors: actors, meetings: meetings, pairs: observed.pairCount)
                registry.add(workspace)
                return workspace
            }
        ) { chunk, workspace in
            let first = chunk * samples / chunkCount
            let last = (chunk + 1) * samples / chunkCount
            for sample in first..<last {
                if scope?.shouldStop == true { return }
                var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(sample + 1))
                workspace.reset(rows)
                workspace.shuffle(rowOffsets: rowOffsets, trades: trades, generator: &generator)
                workspace.count(rowOffsets: rowOffsets, observed: observed)
            }
        }
        // RunControl.run replaces this with the reason it stopped.
        if let scope, scope.shouldStop { throw RunControl.Stop.cancelled(task: scope.task) }
        var atLeast = [UInt32](repeating: 0, count: observed.pairCount)
        var atMost = [UInt32](repeating: 0, count: observed.pairCount)
        for workspace in registry.all {
            for pair in 0..<observed.pairCount {
                atLeast[pair] += workspace.atLeast[pair]
                atMost[pair] += workspace.atMost[pair]
            }
        }
        let tested = observed.counts.reduce(0) { $0 + (Int($1) >= minimumCount ? 1 : 0) }
        tails = SampledPairTails(observed: observed, atLeast: atLeast, atMost: atMost, samples: samples, pairCount: tested)
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

/// One worker's sample: the actor rows (meetings, sorted), their meeting columns, counters.
private final class CurveballWorkspace {
    var rows: [UInt32]
    var columnOffsets: [Int]
    var columns: [UInt32]
    var counter: [UInt32]
    var touched: [UInt32] = []
    var onlyFirst: [UInt32] = []
    var onlySecond: [UInt32] = []
    var shared: [UInt32] = []
    var atLeast: [UInt32]
    var atMost: [UInt32]
    let actors: Int
    let meetings: Int

    init(rows: [UInt32], actors: Int, meetings: Int, pairs: Int) {
        self.rows = rows
        self.actors = actors
        self.meetings = meetings
        columnOffsets = [Int](repeating: 0, count: meetings + 1)
        columns = [UInt32](repeating: 0, count: rows.count)
        counter = [UInt32](repeating: 0, count: actors)
        atLeast = [UInt32](repeating: 0, count: pairs)
        atMost = [UInt32](repeating: 0, count: pairs)
    }

    func reset(_ observed: [UInt32]) {
        withMutableBuffers(&rows) { rows in withBuffers(observed) { observed in _ = rows.update(fromContentsOf: observed) } }
    }

    /// Curveball trades: each picks two distinct actors and deals their unshared meetings out at random.
    func shuffle(rowOffsets: [Int], trades: Int, generator: inout SplitMix64) {
        guard actors >= 2 else { return }
        for _ in 0..<trades {
            let a = generator.next(below: actors)
            var b = generator.next(below: actors - 1)
            if b >= a { b += 1 }
            trade(rowOffsets[a]..<rowOffsets[a + 1], rowOffsets[b]..<rowOffsets[b + 1], generator: &generator)
        }
    }

    private func trade(_ first: Range<Int>, _ second: Range<Int>, generator: inout SplitMix64) {
        onlyFirst.removeAll(keepingCapacity: true)
        onlySecond.removeAll(keepingCapacity: true)
        shared.removeAll(keepingCapacity: true)
        var i = first.lowerBound
        var j = second.lowerBound
        while i < first.upperBound || j < second.upperBound {
            if j == second.upperBound || (i < first.upperBound && rows[i] < rows[j]) {
                onlyFirst.append(rows[i])
                i += 1
            } else if i == first.upperBound || rows[j] < rows[i] {
                onlySecond.append(rows[j])
                j += 1
            } else {
                shared.append(rows[i])
                i += 1
                j += 1
            }
        }
        let keep = onlyFirst.count
        guard keep > 0 && !onlySecond.isEmpty else { return }
        onlyFirst += onlySecond
        // A partial Fisher-Yates shuffle deals `keep` of the pooled meetings to the first actor.
        for position in 0..<keep {
            let pick = position + generator.next(below: onlyFirst.count - position)
            onlyFirst.swapAt(position, pick)
        }
        write(shared, onlyFirst[0..<keep], into: first)
        write(shared, onlyFirst[keep...], into: second)
    }

    /// Writes the sorted union of `shared` (sorted) and `dealt` into a row.
    private func write(_ shared: [UInt32], _ dealt: ArraySlice<UInt32>, into row: Range<Int>) {
        let dealt = dealt.sorted()
        var i = 0
        var j = 0
        for position in row {
            if j == dealt.count || (i < shared.count && shared[i] < dealt[j]) {
                rows[position] = shared[i]
                i += 1
            } else {
                rows[position] = dealt[j]
                j += 1
            }
        }
    }

    /// Counts the sample's co-occurrence of every observed pair against its observed count.
    func count(rowOffsets: [Int], observed: ActorPairCounts) {
        // Meeting columns, actors ascending (filled actor by actor).
        for index in columnOffsets.indices { columnOffsets[index] = 0 }
        for meeting in rows { columnOffsets[Int(meeting) + 1] += 1 }
        for m in 0..<meetings { columnOffsets[m + 1] += columnOffsets[m] }
        var cursor = Array(columnOffsets[0..<meetings])
        for a in 0..<actors {
            for position in rowOffsets[a]..<rowOffsets[a + 1] {
                let m = Int(rows[position])
                columns[cursor[m]] = UInt32(a)
                cursor[m] += 1
            }
        }
        withBuffers(rows, columns) { rows, columns in
            withMutableBuffers(&counter) { counter in
                for a in 0..<actors {
                    for position in rowOffsets[a]..<rowOffsets[a + 1] {
                        let m = Int(rows[position])
                        // Members after `a`: the column is sorted, so search where they start.
                        var low = columnOffsets[m]
                        var high = columnOffsets[m + 1]
                        while low < high {
                            let middle = (low + high) / 2
                            if Int(columns[middle]) <= a { low = middle + 1 } else { high = middle }
                        }
                        for inner in low..<columnOffsets[m + 1] {
                            let b = Int(columns[inner])
                            if counter[b] == 0 { touched.append(UInt32(b)) }
                            counter[b] += 1
                        }
                    }
                    for pair in observed.offsets[a]..<observed.offsets[a + 1] {
                        let sampled = counter[Int(observed.partners[pair])]
                        let count = observed.counts[pair]
                        if sampled >= count { atLeast[pair] += 1 }
                        if sampled <= count { atMost[pair] += 1 }
                    }
                    for b in touched { counter[Int(b)] = 0 }
                    touched.removeAll(keepingCapacity: true)
                }
            }
        }
    }
}
