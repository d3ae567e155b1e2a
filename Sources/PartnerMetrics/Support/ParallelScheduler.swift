import Foundation

/// The one way PartnerMetrics spreads work over threads, with results that never depend on the thread count.
///
/// Work is cut into chunks whose number and bounds depend only on the problem, never on the threads. Workers
/// claim chunks in increasing order. ``sum(length:chunkCount:threads:makeWorkspace:accumulate:)`` adds each
/// chunk's partial buffer into the total strictly in chunk order, so `threads: 1` and `threads: 8` perform
/// the same floating-point additions in the same order and give bitwise identical results;
/// ``forEachChunk(chunkCount:threads:reportsProgress:makeWorkspace:body:)`` is for chunks that write
/// disjoint memory and need no merge.
///
/// Between chunks the scheduler consults the ``RunControl`` of the enclosing ``RunControl/run(_:_:)->Result``, if any:
/// it reports chunks done and stops handing out chunks once the control says stop (the partial result is
/// then thrown away by `run`).
///
/// Workers are threads of PartnerMetrics' own (``WorkerThreads``): a kernel called from a `Task` occupies at
/// most the calling thread of Swift's cooperative pool, never the rest of it.
enum ParallelScheduler {
    /// The number of threads for a request: the request itself (at least 1), or every active core when nil.
    /// The one default thread count of PartnerMetrics.
    static func threadCount(_ requested: Int?) -> Int {
        max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Sums per-chunk contributions into one array of `length` doubles, in chunk order.
    ///
    /// - Parameters:
    ///   - length: the length of the result (and of every chunk's partial buffer).
    ///   - chunkCount: the number of chunks; chunk `i` must contribute the same values whatever thread runs it.
    ///   - threads: the number of worker threads; nil for ``threadCount(_:)``'s default.
    ///   - makeWorkspace: scratch memory for one worker, created once per worker and reused for its chunks.
    ///   - accumulate: adds chunk `i`'s contribution into `partial`, which arrives zeroed.
    /// - Complexity: the work of the chunks, plus O(length) per chunk to zero and merge its buffer.
    static func sum<Workspace>(
        length: Int, chunkCount: Int, threads: Int?,
        makeWorkspace: () -> Workspace,
        accumulate: (_ chunk: Int, _ workspace: inout Workspace, _ partial: UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        let state = OrderedMerge(total: [Double](repeating: 0, count: length))
        let dispatcher = ChunkDispatcher(chunkCount: chunkCount, scope: RunControl.active, reportsProgress: true)
        run(workers: min(threadCount(threads), chunkCount)) {
            var workspace = makeWorkspace()
            var spare: [Double]? = nil
            while let chunk = dispatcher.claim() {
                var partial = spare ?? [Double](repeating: 0, count: length)
                withMutableBuffers(&partial) { partial in
                    partial.update(repeating: 0)
                    accumulate(chunk, &workspace, partial)
                }
                spare = state.finish(chunk: chunk, partial: partial)
                dispatcher.finished()
            }
        }
        return state.total
    }

    /// Runs `body` for every chunk on `threads` workers, each with its own workspace. For work whose chunks
    /// write disjoint parts of a result, so that no merge order is needed.
    /// - Parameter reportsProgress: whether finished chunks count as progress of the enclosing run (false for
    ///   the blocks of one iteration of an iterative method, which say nothing about the time left).
    static func forEachChunk<Workspace>(
        chunkCount: Int, threads: Int?, reportsProgress: Bool = true, makeWorkspace: () -> Workspace,
        body: (_ chunk: Int, _ workspace: inout Workspace) -> Void
    ) {
        let dispatcher = ChunkDispatcher(chunkCount: chunkCount, scope: RunControl.active, reportsProgress: reportsProgress)
        run(workers: min(threadCount(threads), chunkCount)) {
            var workspace = makeWorkspace()
            while let chunk = dispatcher.claim() {
                body(chunk, &workspace)
                dispatcher.finished()
            }
        }
    }

    /// Runs `worker` on `workers` threads (the calling thread among them) and waits for all of them. The other
    /// threads are PartnerMetrics' own (``WorkerThreads``), never Swift's cooperative pool.
    private static func run(workers: Int, _ worker: () -> Void) {
        WorkerThreads.shared.run(copies: workers, worker)
    }
}

/// Hands out chunk indices in increasing order, reports finished chunks, and stops handing out chunks once
/// the run control says stop.
private final class ChunkDispatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private var finishedCount = 0
    private let chunkCount: Int
    private let scope: RunControl.Scope?
    private let reportsProgress: Bool

    init(chunkCount: Int, scope: RunControl.Scope?, reportsProgress: Bool) {
        self.chunkCount = chunkCount
        self.scope = scope
        self.reportsProgress = reportsProgress
    }

    func claim() -> Int? {
        if let scope, scope.shouldStop { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < chunkCount else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }

    func finished() {
        guard reportsProgress, let scope else { return }
        lock.lock()
        defer { lock.unlock() }
        finishedCount += 1
        // Under the lock, so that reports arrive in increasing order.
        scope.report(done: finishedCount, total: chunkCount)
    }
}

/// Adds finished chunks to the total in chunk order. A chunk that finishes early waits, parked, for its
/// predecessors; its worker goes on with a spare buffer meanwhile.
private final class OrderedMerge: @unchecked Sendable {
    private let lock = NSLock()
    private var nextToMerge = 0
    private var parked: [Int: [Double]] = [:]
    private var spare: [[Double]] = []
    private(set) var total: [Double]

    init(total: [Double]) {
        self.total = total
    }

    /// Parks `partial`, merges every chunk now in order, and returns a free buffer for the next chunk.
    func finish(chunk: Int, partial: [Double]) -> [Double]? {
        lock.lock()
        defer { lock.unlock() }
        parked[chunk] = partial
        while var ready = parked.removeValue(forKey: nextToMerge) {
            withMutableBuffers(&ready, &total) { ready, total in
                for index in 0..<ready.count { total[index] += ready[index] }
            }
            spare.append(ready)
            nextToMerge += 1
        }
        return spare.popLast()
    }
}
