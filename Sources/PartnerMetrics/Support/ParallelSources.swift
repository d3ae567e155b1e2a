import Foundation

/// Work over many sources, spread on several threads, with results that never depend on the thread count.
///
/// Sources are cut into fixed chunks whose size depends only on the problem, never on the threads. Each chunk
/// is summed on its own into a zeroed buffer; the chunk buffers are then added to the total strictly in chunk
/// order. So `threads: 1` and `threads: 8` perform the same floating-point additions in the same order and
/// give bitwise identical results.
enum ParallelSources {
    /// The number of threads to use when the caller gives none: every active core.
    static func resolvedThreads(_ threads: Int?) -> Int {
        max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Sums per-chunk contributions into one array of `length` doubles, in chunk order.
    ///
    /// - Parameters:
    ///   - length: the length of the result (and of every chunk's partial buffer).
    ///   - chunkCount: the number of chunks; chunk `i` must contribute the same values whatever thread runs it.
    ///   - threads: the number of worker threads.
    ///   - makeWorkspace: scratch memory for one worker, created once per worker and reused for its chunks.
    ///   - accumulate: adds chunk `i`'s contribution into `partial`, which arrives zeroed.
    /// - Complexity: the work of the chunks, plus O(length) per chunk to zero and merge its buffer.
    static func sum<Workspace>(
        length: Int, chunkCount: Int, threads: Int,
        makeWorkspace: () -> Workspace,
        accumulate: (_ chunk: Int, _ workspace: inout Workspace, _ partial: UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        var total = [Double](repeating: 0, count: length)
        guard chunkCount > 0 else { return total }
        let workers = min(threads, chunkCount)
        if workers <= 1 {
            var workspace = makeWorkspace()
            var partial = [Double](repeating: 0, count: length)
            for chunk in 0..<chunkCount {
                partial.withUnsafeMutableBufferPointer { partial in
                    partial.update(repeating: 0)
                    accumulate(chunk, &workspace, partial)
                    total.withUnsafeMutableBufferPointer { add(partial, into: $0) }
                }
            }
            return total
        }
        let state = OrderedMerge(total: total, chunkCount: chunkCount)
        withoutActuallyEscaping(makeWorkspace) { makeWorkspace in
            withoutActuallyEscaping(accumulate) { accumulate in
                // The closures run on the workers only while this call waits for them.
                nonisolated(unsafe) let makeWorkspace = makeWorkspace
                nonisolated(unsafe) let accumulate = accumulate
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var workspace = makeWorkspace()
                    while let (chunk, buffer) = state.claim() {
                        var partial = buffer ?? [Double](repeating: 0, count: length)
                        partial.withUnsafeMutableBufferPointer { partial in
                            partial.update(repeating: 0)
                            accumulate(chunk, &workspace, partial)
                        }
                        state.finish(chunk: chunk, partial: partial)
                    }
                }
            }
        }
        return state.total
    }

    /// Runs `body` for every chunk on `threads` workers, each with its own workspace. For work whose chunks
    /// write disjoint parts of a result, so that no merge order is needed.
    static func forEachChunk<Workspace>(
        chunkCount: Int, threads: Int, makeWorkspace: () -> Workspace,
        body: (_ chunk: Int, _ workspace: inout Workspace) -> Void
    ) {
        guard chunkCount > 0 else { return }
        let workers = min(threads, chunkCount)
        if workers <= 1 {
            var workspace = makeWorkspace()
            for chunk in 0..<chunkCount { body(chunk, &workspace) }
            return
        }
        let counter = ChunkCounter(count: chunkCount)
        withoutActuallyEscaping(makeWorkspace) { makeWorkspace in
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let makeWorkspace = makeWorkspace
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var workspace = makeWorkspace()
                    while let chunk = counter.next() { body(chunk, &workspace) }
                }
            }
        }
    }

    /// Adds `partial` into `total`, element by element.
    @inline(__always)
    static func add(_ partial: UnsafeMutableBufferPointer<Double>, into total: UnsafeMutableBufferPointer<Double>) {
        for index in 0..<partial.count { total[index] += partial[index] }
    }
}

/// Hands out chunk indices in increasing order.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < count else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }
}

/// Hands out chunks in increasing order and adds finished chunks to the total in chunk order. A chunk that
/// finishes early waits, parked, for its predecessors; its worker goes on with a fresh buffer meanwhile.
private final class OrderedMerge: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private var nextToMerge = 0
    private var parked: [Int: [Double]] = [:]
    private var spare: [[Double]] = []
    private(set) var total: [Double]
    private let chunkCount: Int

    init(total: [Double], chunkCount: Int) {
        self.total = total
        self.chunkCount = chunkCount
    }

    /// The next chunk to compute and, when one is free, a buffer to reuse; nil when every chunk is taken.
    func claim() -> (Int, [Double]?)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < chunkCount else { return nil }
        nextChunk += 1
        return (nextChunk - 1, spare.popLast())
    }

    func finish(chunk: Int, partial: [Double]) {
        lock.lock()
        defer { lock.unlock() }
        parked[chunk] = partial
        while var ready = parked.removeValue(forKey: nextToMerge) {
            ready.withUnsafeMutableBufferPointer { ready in
                total.withUnsafeMutableBufferPointer { ParallelSources.add(ready, into: $0) }
            }
            spare.append(ready)
            nextToMerge += 1
        }
    }
}
