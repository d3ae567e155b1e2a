import Foundation

/// Progress reports and a stop signal for long computations: betweenness and closeness over their sources,
/// community detection pass by pass.
///
/// Give the computation to ``run(_:_:)->Result``: the kernels it calls report their progress to `progress` between
/// chunks of work, and stop taking new work once the deadline passes or ``cancel()`` is called; `run` then
/// throws ``Stop`` instead of returning a partial result. Kernels called outside `run` behave as before.
/// ```swift
/// let control = RunControl(timeLimit: .seconds(60)) { progress in
///     print(progress.task, progress.done, progress.total ?? -1)
/// }
/// let scores = try control.run("betweenness") { graph.betweennessCentrality() }
/// ```
/// From Swift concurrency, use the `async` forms (the `async` form of `run`, or a kernel's `async` form with a
/// `control:` parameter): they run the kernel off the cooperative pool, stop it when the calling `Task` is
/// cancelled, and give progress as an asynchronous sequence too (``progressReports``).
///
/// Progress never changes a result: the work is cut into the same chunks and merged in the same order
/// whether or not anyone listens, so results stay bitwise independent of the thread count.
public final class RunControl: @unchecked Sendable {
    /// How far one task has come.
    public struct Progress: Sendable, Equatable {
        /// The task given to ``RunControl/run(_:_:)->Result``, e.g. "betweenness".
        public var task: String
        /// Units of work done: chunks of sources for betweenness and closeness, passes for communities.
        public var done: Int
        /// Units of work in all, or nil when not known in advance (community passes).
        public var total: Int?

        /// Creates a progress report.
        public init(task: String, done: Int, total: Int?) {
            self.task = task
            self.done = done
            self.total = total
        }

        /// `done / total`, or nil when the total is unknown.
        public var fraction: Double? {
            guard let total, total > 0 else { return nil }
            return Double(min(done, total)) / Double(total)
        }
    }

    /// Why a run stopped before its end.
    public enum Stop: Error, Equatable, LocalizedError {
        /// The deadline passed while `task` ran.
        case deadlinePassed(task: String)
        /// ``RunControl/cancel()`` was called while `task` ran.
        case cancelled(task: String)

        public var errorDescription: String? {
            switch self {
            case .deadlinePassed(let task): "\(task) stopped: the time limit passed"
            case .cancelled(let task): "\(task) stopped: cancelled"
            }
        }
    }

    /// When work stops, or nil for never.
    public let deadline: ContinuousClock.Instant?
    private let progress: (@Sendable (Progress) -> Void)?
    private let lock = NSLock()
    /// Serialises progress calls apart from `lock`, so a callback may call ``cancel()`` or ``isStopped``.
    private let reportLock = NSLock()
    private var cancelled = false
    /// Listeners of ``progressReports``; nil once the first asynchronous run has ended.
    private var streams: [AsyncStream<Progress>.Continuation]? = []

    /// Creates a control.
    /// - Parameters:
    ///   - deadline: when to stop taking new work; nil for never.
    ///   - progress: called with every report, one call at a time, from whichever thread did the work.
    public init(deadline: ContinuousClock.Instant? = nil, progress: (@Sendable (Progress) -> Void)? = nil) {
        self.deadline = deadline
        self.progress = progress
    }

    /// Creates a control whose deadline is `timeLimit` from now.
    public convenience init(timeLimit: Duration, progress: (@Sendable (Progress) -> Void)? = nil) {
        self.init(deadline: ContinuousClock.now + timeLimit, progress: progress)
    }

    /// Asks running and later work to stop; ``run(_:_:)->Result`` then throws ``Stop/cancelled(task:)``.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether work should stop: cancelled, or past the deadline.
    public var isStopped: Bool { stopReason(task: "") != nil }

    /// Runs `body` with this control watching the kernels it calls.
    ///
    /// The task is announced with a report of 0 done and no total before `body` starts, so a listener
    /// knows what runs even when its kernel reports nothing more.
    /// - Parameters:
    ///   - task: the name progress reports and errors carry.
    ///   - body: the computation; its own errors pass through, unless the run was stopped (a stopped kernel
    ///     may fail to converge), in which case ``Stop`` is thrown.
    /// - Throws: ``Stop`` when the deadline passed or the run was cancelled before `body` finished.
    public func run<Result>(_ task: String, _ body: () throws -> Result) throws -> Result {
        if let stop = stopReason(task: task) { throw stop }
        report(Progress(task: task, done: 0, total: nil))
        let result: Result
        do {
            result = try RunControl.$active.withValue(Scope(control: self, task: task), operation: body)
        } catch {
            if let stop = stopReason(task: task) { throw stop }
            throw error
        }
        if let stop = stopReason(task: task) { throw stop }
        return result
    }

    private func stopReason(task: String) -> Stop? {
        lock.lock()
        defer { lock.unlock() }
        if cancelled { return .cancelled(task: task) }
        if let deadline, ContinuousClock.now >= deadline { return .deadlinePassed(task: task) }
        return nil
    }

    fileprivate func report(_ report: Progress) {
        lock.lock()
        let listeners = streams ?? []
        lock.unlock()
        guard progress != nil || !listeners.isEmpty else { return }
        reportLock.lock()
        defer { reportLock.unlock() }
        progress?(report)
        for listener in listeners { listener.yield(report) }
    }

    // MARK: - Swift concurrency

    /// The progress reports of this control as an asynchronous sequence, from now until the end of its first
    /// asynchronous run (the `async` form of `run`, or a kernel's `async` form given this control).
    ///
    /// Each call gives a sequence of its own; reports are buffered for a listener that falls behind (the
    /// newest 256 kept). A sequence asked for after that run has ended is empty.
    /// ```swift
    /// let control = RunControl()
    /// async let scores = graph.betweennessCentrality(control: control)
    /// for await progress in control.progressReports { print(progress.done, progress.total ?? -1) }
    /// let betweenness = try await scores
    /// ```
    public var progressReports: AsyncStream<Progress> {
        let (stream, continuation) = AsyncStream.makeStream(of: Progress.self, bufferingPolicy: .bufferingNewest(256))
        lock.lock()
        if streams != nil {
            streams!.append(continuation)
            lock.unlock()
        } else {
            lock.unlock()
            continuation.finish()
        }
        return stream
    }

    /// Runs `body` with this control watching the kernels it calls, on a thread of its own: the calling task
    /// is suspended, not blocked, and Swift's cooperative pool stays free for other tasks meanwhile.
    ///
    /// Cancelling the calling `Task` cancels this control (as ``cancel()`` does): the kernels stop taking
    /// new work within one chunk (a chunk of 16 sources for betweenness and closeness, one pass for
    /// communities, one iteration for PageRank), and this method throws `CancellationError`. A control
    /// cancelled this way stays cancelled. ``progressReports`` end when this run ends.
    /// ```swift
    /// let control = RunControl(timeLimit: .seconds(60))
    /// let task = Task { try await control.run("betweenness") { graph.betweennessCentrality() } }
    /// task.cancel()   // the kernel stops between chunks; `task.value` throws CancellationError
    /// ```
    /// - Parameters:
    ///   - task: the name progress reports and errors carry.
    ///   - body: the computation, called on a thread that is not one of the cooperative pool's.
    /// - Throws: `CancellationError` when the calling task was cancelled, ``Stop`` when the deadline passed
    ///   or ``cancel()`` was called, or what `body` throws.
    public func run<Value: Sendable>(
        _ task: String, _ body: @escaping @Sendable () throws -> Value
    ) async throws -> Value {
        defer { finishReports() }
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                    let thread = Thread { [self] in
                        WorkerThreads.markCurrentThread()
                        continuation.resume(with: Result { try self.run(task, body) })
                    }
                    thread.stackSize = WorkerThreads.stackSize
                    thread.start()
                }
            } onCancel: {
                cancel()
            }
        } catch let stop as Stop {
            if case .cancelled = stop, Task.isCancelled { throw CancellationError() }
            throw stop
        }
    }

    /// Ends every progress sequence, now and for later listeners.
    private func finishReports() {
        lock.lock()
        let listeners = streams ?? []
        streams = nil
        lock.unlock()
        reportLock.lock()
        defer { reportLock.unlock() }
        for listener in listeners { listener.finish() }
    }

    // MARK: - What kernels see

    /// The control and task a kernel runs under.
    struct Scope: Sendable {
        let control: RunControl
        let task: String
        /// Whether reports reach the control (false for a preliminary step whose chunks are not the task's
        /// progress: its 100% would show before the task's real work begins).
        var reports = true

        /// Whether the kernel should stop taking new work.
        var shouldStop: Bool { control.isStopped }

        /// Reports `done` units of `total` (nil when unknown).
        func report(done: Int, total: Int?) {
            guard reports else { return }
            control.report(Progress(task: task, done: done, total: total))
        }

        /// The same scope, still stopping work, reporting nothing.
        var silenced: Scope { Scope(control: control, task: task, reports: false) }
    }

    /// Runs `body` under the active scope silenced: a kernel it calls still stops when the run stops, but its
    /// progress does not count as the enclosing task's.
    static func withoutProgress<Result>(_ body: () throws -> Result) rethrows -> Result {
        try $active.withValue(active?.silenced, operation: body)
    }

    /// The scope bound by the innermost ``run(_:_:)->Result`` on this task or thread, if any.
    @TaskLocal static var active: Scope?
}
