import Foundation
import PartnerIO
import PartnerMetrics

/// `--timeout`: one deadline for the whole command, from the moment its options are read.
///
/// Work that can check it does: reading a stream waits at most until the deadline, a layout runs in a child
/// process given the time left, and long kernels take ``instant`` in a `RunControl`. Whatever cannot check it
/// (a computation with no control, a slow write) is stopped by a watchdog thread shortly after the deadline:
/// it says so on stderr, removes the temporary files of unfinished outputs, and exits 1. A render worker
/// watches its parent and ends with it.
enum CommandDeadline {
    /// Grace the watchdog leaves to work that stops by itself, so that its own message is the one printed.
    static let grace: Duration = .milliseconds(400)

    private static let state = State()

    /// The deadline, or nil without `--timeout`.
    static var instant: ContinuousClock.Instant? { state.lock.withLock { state.deadline } }

    /// Seconds left before the deadline (never below a millisecond), or nil without one.
    static var remainingSeconds: Double? {
        guard let instant else { return nil }
        let left = instant - ContinuousClock.now
        let (seconds, attoseconds) = left.components
        return max(0.001, Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Starts the clock: `seconds` from now. Only the first call counts.
    static func start(seconds: Double) {
        let deadline: ContinuousClock.Instant = state.lock.withLock {
            if let existing = state.deadline { return existing }
            // A deadline beyond a year is no deadline a run can meet: capped so that the clock cannot overflow.
            let deadline = ContinuousClock.now + .milliseconds(Int64((min(seconds, 31_536_000) * 1000).rounded(.up)))
            state.deadline = deadline
            state.seconds = seconds
            return deadline
        }
        guard !state.watching.swap(true) else { return }
        let watchdog = Thread {
            let stop = deadline + grace
            while ContinuousClock.now < stop { Thread.sleep(forTimeInterval: min(0.05, max(0.001, secondsUntil(stop)))) }
            stopNow()
        }
        watchdog.name = "partnet deadline"
        watchdog.start()
    }

    /// Ends the process: the deadline has passed.
    static func stopNow() -> Never {
        TemporaryFiles.removeAll()
        FileHandle.standardError.write(Data("partnet: stopped: the --timeout of \(describe(state.seconds)) s passed\n".utf8))
        _exit(1)
    }

    /// The message of a deadline that passed, for work that stopped by itself.
    static var message: String { "stopped: the --timeout of \(describe(state.seconds)) s passed" }

    /// Runs `body` under a `RunControl` holding the deadline, so that the kernels it calls stop between
    /// sources or passes once it passes (``RunControl/Stop`` is thrown; see ``stopMessage(for:)``).
    static func run<Result>(_ task: String, _ body: () throws -> Result) throws -> Result {
        try RunControl(deadline: instant).run(task, body)
    }

    /// What to print for an error that is a kernel stopped by the deadline, naming the user's limit; nil for
    /// any other error.
    static func stopMessage(for error: any Error) -> String? {
        guard case RunControl.Stop.deadlinePassed(let task) = error else { return nil }
        return "partnet: \(message) while computing \(task)"
    }

    private static func secondsUntil(_ instant: ContinuousClock.Instant) -> Double {
        let (seconds, attoseconds) = (instant - ContinuousClock.now).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static func describe(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var deadline: ContinuousClock.Instant?
        var seconds: Double = 0
        let watching = Flag()
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        /// Sets the flag; returns what it was.
        func swap(_ newValue: Bool) -> Bool {
            lock.withLock {
                defer { value = newValue }; return value
            }
        }
    }
}
