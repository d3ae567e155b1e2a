import Foundation

/// The threads PartnerMetrics runs its parallel work on: threads of its own, started when first needed and
/// kept for later calls, never those of Swift's cooperative pool.
///
/// `DispatchQueue.concurrentPerform` called from a `Task` would occupy every thread of the cooperative pool
/// until the kernel ends, and no other task could run meanwhile. Here a kernel called from a task blocks only
/// the thread that called it (the asynchronous forms call from a thread of their own, so not even that one),
/// and its workers are threads the pool does not know about.
final class WorkerThreads: @unchecked Sendable {
    /// The one set of worker threads of the process.
    static let shared = WorkerThreads()

    /// Stack size of a worker, as for a main thread on Linux.
    static let stackSize = 8 << 20

    private static let ownKey = "PartnerMetrics.WorkerThreads"

    /// Marks the calling thread as one of PartnerMetrics' own (a worker, or the thread of an `async` run).
    static func markCurrentThread() {
        Thread.current.threadDictionary[ownKey] = true
    }

    /// Whether the calling thread is one of PartnerMetrics' own.
    static var isOwnThread: Bool { Thread.current.threadDictionary[ownKey] as? Bool == true }

    /// One call's work: copies of the same body, each taken by one thread.
    private final class Batch {
        /// Nil once the call has returned, so that no thread keeps the caller's closure.
        var body: (() -> Void)?
        /// Copies no thread has taken yet.
        var waiting: Int
        /// Copies running on a worker thread.
        var running = 0

        init(body: @escaping () -> Void, waiting: Int) {
            self.body = body
            self.waiting = waiting
        }
    }

    private let condition = NSCondition()
    /// Batches with copies waiting for a thread, oldest first.
    private var queue: [Batch] = []
    /// Threads started and not running a copy.
    private var idle = 0
    private var started = 0
    /// Beyond this many threads, waiting copies are left to the callers (see ``run(copies:_:)``).
    private let maximumThreads = max(8, 4 * ProcessInfo.processInfo.activeProcessorCount)

    /// Runs `body` `copies` times at once: on the calling thread and on `copies - 1` worker threads, and
    /// returns when every copy has returned.
    ///
    /// `body` must be a worker loop that takes work until none is left: once the caller's own copy returns,
    /// copies no thread has taken yet are dropped (they would find nothing to do), so a busy pool or a nested
    /// call never waits for a thread.
    func run(copies: Int, _ body: () -> Void) {
        guard copies > 1 else {
            if copies == 1 { body() }
            return
        }
        withoutActuallyEscaping(body) { body in
            let batch = Batch(body: body, waiting: copies - 1)
            condition.lock()
            queue.append(batch)
            let waitingCopies = queue.reduce(0) { $0 + $1.waiting }
            let newThreads = min(max(0, waitingCopies - idle), maximumThreads - started)
            for _ in 0..<newThreads { startThread() }
            condition.broadcast()
            condition.unlock()

            body()

            condition.lock()
            batch.waiting = 0
            queue.removeAll { $0 === batch }
            while batch.running > 0 { condition.wait() }
            batch.body = nil
            condition.unlock()
        }
    }

    /// Starts one worker; called under the lock.
    private func startThread() {
        started += 1
        idle += 1
        let thread = Thread { [self] in
            Self.markCurrentThread()
            work()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// A worker's life: take a waiting copy, run it, repeat; sleep while there is none.
    private func work() {
        condition.lock()
        while true {
            guard let batch = queue.first else {
                condition.wait()
                continue
            }
            batch.waiting -= 1
            if batch.waiting == 0 { queue.removeFirst() }
            batch.running += 1
            idle -= 1
            condition.unlock()
            Self.runCopy(of: batch)
            condition.lock()
            batch.running -= 1
            idle += 1
            condition.broadcast()
        }
    }

    /// Runs one copy; apart, so that no reference to the closure outlives the call.
    private static func runCopy(of batch: Batch) {
        batch.body?()
    }
}
