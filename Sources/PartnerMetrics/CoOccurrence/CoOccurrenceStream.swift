/// Co-occurrence rows of one block of actors: pairs `(a, b)`, `a < b`, in `(a, b)` order, with their
/// shared meeting counts and one value per measure.
public struct CoOccurrenceBlock: Sendable {
    /// The first actor (the lower index) of each pair.
    public var firstActors: [UInt32] = []
    /// The second actor of each pair.
    public var secondActors: [UInt32] = []
    /// Shared meetings per pair.
    public var counts: [UInt32] = []
    /// The values, pair after pair, one per measure of the stream: pair `p`'s value of measure `c` is at
    /// `p · measureCount + c`.
    public var values: [Double] = []
    /// The number of measures (values per pair).
    public let measureCount: Int

    /// Number of pairs in the block.
    /// - Complexity: O(1).
    public var pairCount: Int { counts.count }

    /// The value of the measure in column `column` for the pair at `pair`.
    /// - Complexity: O(1).
    @inlinable public func value(_ column: Int, ofPair pair: Int) -> Double { values[pair * measureCount + column] }

    init(measureCount: Int) { self.measureCount = measureCount }
}

/// Actor × actor co-occurrence computed block by block and handed over as it is produced, for answers too
/// large to hold (tens of millions of pairs): the rows and measures of ``CoOccurrence``, in the same order,
/// without the meetings behind each pair and without the whole pair set in memory.
///
/// The pairs come from the kernel of ``PartnerGraph/TwoModeGraph/actorPairCounts(threads:sortedRows:)``, run
/// over a few chunks of actors at a time; each chunk's rows go through `transform` on a worker thread (to
/// format them, say) and then, in row order, through `consume` on the calling thread (to write them). Memory
/// is the graph, one counter per thread and the blocks in flight.
/// ```swift
/// let stream = twoMode.coOccurrenceStream(measures: [.count, .jaccard])
/// try stream.run(transform: { block in format(block) }, consume: { bytes in try output.write(bytes) })
/// ```
public struct CoOccurrenceStream: Sendable {
    /// The two-mode graph whose actors are paired (every membership counts).
    public let twoMode: TwoModeGraph
    /// The measures computed, in the order of each pair's ``CoOccurrenceBlock/values``.
    public let measures: [CoOccurrenceMeasure]
    /// Pairs sharing fewer meetings are left out.
    public let minimumCount: Int
    /// The number of meetings of each actor (`n_a`).
    public let occurrences: [Int]
    /// The number of meetings with at least one actor (`N`).
    public let meetingCount: Int

    /// The ids of the actors, indexed like ``CoOccurrenceBlock/firstActors``.
    /// - Complexity: O(actors).
    public var actorIDs: ArraySlice<String> { twoMode.graph.nodeIDs[0..<twoMode.actorCount] }

    /// Computes every block and hands it over in order.
    ///
    /// - Parameters:
    ///   - threads: worker threads; nil uses every active core. Blocks and their order never depend on it.
    ///   - transform: turns a block into what `consume` takes; called on worker threads, several at once.
    ///   - consume: takes each transformed block, in row order, on the calling thread.
    /// - Complexity: O(Σ_k n_k² + P log(P / actors)) time for meeting sizes n_k and P pairs; O(threads ·
    ///   actors) memory plus the blocks in flight.
    public func run<Output>(
        threads: Int? = nil, transform: (CoOccurrenceBlock) -> Output, consume: (Output) throws -> Void
    ) rethrows {
        let graph = twoMode.graph
        let actors = twoMode.actorCount
        guard actors > 0 else { return }
        let plan = PairPlan(graph: graph, actors: actors)
        // Chunks of about 2^16 pairs (at most): small blocks in flight, whatever the thread count.
        let rowBounds = plan.chunks(count: max(1, min(actors, plan.capacity >> 16)))
        let chunkCount = rowBounds.count - 1
        let workers = ParallelScheduler.threadCount(threads)
        let batch = max(1, workers * 4)
        let widest = (0..<actors).reduce(0) { Swift.max($0, plan.rowStarts[$1 + 1] - plan.rowStarts[$1]) }
        let newmanColumn = measures.firstIndex(of: .newman)
        var inverseSize: [Double] = []
        if newmanColumn != nil {
            inverseSize = (actors..<graph.nodeCount).map { 1 / Double(graph.degree(of: $0) - 1) }
        }
        let kernel = StreamKernel(
            graph: graph, plan: plan, measures: measures, minimumCount: minimumCount, occurrences: occurrences,
            meetingCount: meetingCount, inverseSize: inverseSize, widest: widest)

        try withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            var first = 0
            while first < chunkCount {
                let last = min(chunkCount, first + batch)
                let slots = BlockSlots<Output>(count: last - first)
                func runBatch<Counter: FixedWidthInteger & UnsignedInteger>(_: Counter.Type) {
                    ParallelScheduler.forEachChunk(
                        chunkCount: last - first, threads: workers,
                        makeWorkspace: { StreamWorkspace<Counter>(actors: actors, widest: widest, newman: newmanColumn != nil) }
                    ) { index, workspace in
                        let chunk = first + index
                        let block = kernel.block(rows: rowBounds[chunk]..<rowBounds[chunk + 1], workspace: &workspace)
                        slots.set(index, transform(block))
                    }
                }
                if plan.narrowCounters { runBatch(UInt16.self) } else { runBatch(UInt32.self) }
                for index in 0..<(last - first) { try consume(slots.take(index)) }
                first = last
            }
        }
    }
}

extension TwoModeGraph {
    /// The co-occurrence of this graph's actors as a stream of blocks (see ``CoOccurrenceStream``): the
    /// same rows and values as ``coOccurrence(measures:minimumCount:topPerActor:backbone:backboneWeight:)``
    /// without top-k, backbone or the meetings behind each pair, which need the whole pair set.
    /// - Parameters:
    ///   - measures: the measures to compute, in output order.
    ///   - minimumCount: leave out pairs sharing fewer meetings.
    /// - Complexity: O(n + m); the work is done by ``CoOccurrenceStream/run(threads:transform:consume:)``.
    public func coOccurrenceStream(measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1) -> CoOccurrenceStream {
        CoOccurrenceStream(
            twoMode: self, measures: measures, minimumCount: minimumCount,
            occurrences: (0..<actorCount).map { graph.degree(of: $0) },
            meetingCount: (actorCount..<graph.nodeCount).reduce(0) { $0 + (graph.degree(of: $1) > 0 ? 1 : 0) })
    }
}

/// One worker's scratch memory: the counter over actors, a row of partners, Newman sums.
struct StreamWorkspace<Counter: FixedWidthInteger & UnsignedInteger> {
    var counter: [Counter]
    var row: [UInt32]
    var newman: [Double]

    init(actors: Int, widest: Int, newman: Bool) {
        counter = [Counter](repeating: 0, count: actors)
        row = [UInt32](repeating: 0, count: Swift.max(1, widest))
        self.newman = newman ? [Double](repeating: 0, count: actors) : []
    }
}

/// Computes the rows of a range of actors.
struct StreamKernel: Sendable {
    let graph: Graph
    let plan: PairPlan
    let measures: [CoOccurrenceMeasure]
    let minimumCount: Int
    let occurrences: [Int]
    let meetingCount: Int
    /// `1 / (n_k − 1)` per meeting, when Newman's weight is asked for.
    let inverseSize: [Double]
    let widest: Int

    @inline(__always)
    func block<Counter>(rows: Range<Int>, workspace: inout StreamWorkspace<Counter>) -> CoOccurrenceBlock {
        var block = CoOccurrenceBlock(measureCount: measures.count)
        let expected = plan.rowStarts[rows.upperBound] - plan.rowStarts[rows.lowerBound]
        block.firstActors.reserveCapacity(expected)
        block.secondActors.reserveCapacity(expected)
        block.counts.reserveCapacity(expected)
        block.values.reserveCapacity(expected * measures.count)
        let actors = plan.rowStarts.count - 1
        let newmanAsked = !inverseSize.isEmpty
        withMutableBuffers(&workspace.row, &workspace.newman) { row, newman in
            plan.withRows(of: graph, counter: &workspace.counter) { rowsOf in
                for a in rows {
                    let length = rowsOf.collect(a, into: row.baseAddress!, sorted: true)
                    if newmanAsked {
                        // Meetings in the row's order, as the full computation adds them.
                        for position in rowsOf.offsets[a]..<rowsOf.offsets[a + 1] {
                            let weight = inverseSize[Int(rowsOf.targets[position]) - actors]
                            let start = rowsOf.laterStart[position]
                            for inner in start..<(start + Int(rowsOf.laterCount[position])) {
                                newman[Int(rowsOf.targets[inner])] += weight
                            }
                        }
                    }
                    for slot in 0..<length {
                        let b = row[slot]
                        let count = rowsOf.take(b)
                        var weight = 0.0
                        if newmanAsked {
                            weight = newman[Int(b)]
                            newman[Int(b)] = 0
                        }
                        guard Int(count) >= minimumCount else { continue }
                        block.firstActors.append(UInt32(a))
                        block.secondActors.append(b)
                        block.counts.append(count)
                        for measure in measures {
                            block.values.append(
                                measure.value(
                                    count: Int(count), newman: weight, first: occurrences[a], second: occurrences[Int(b)],
                                    meetings: meetingCount))
                        }
                    }
                }
            }
        }
        return block
    }
}

/// Where the workers of a batch leave their transformed blocks, one slot each: slots are disjoint, so workers
/// write them at once without a lock (through raw storage, which Swift's exclusivity checks of a class's
/// array property would forbid).
final class BlockSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Output?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Output) {
        precondition(index < count)
        slots[index] = value
    }

    func take(_ index: Int) -> Output {
        precondition(index < count)
        defer { slots[index] = nil }
        return slots[index]!
    }
}
