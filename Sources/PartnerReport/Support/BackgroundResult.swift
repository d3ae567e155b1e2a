import Dispatch

/// A value computed on its own thread, started at once and waited for when it is read.
///
/// It runs on a dispatch queue of its own, not on Swift's cooperative pool, so a report built from a task never
/// takes a pool thread for the length of a Graphviz layout.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the work before `done` is signalled; read only after waiting for it.
    private var result: Value?

    /// Starts `work` on a background thread.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            done.signal()
        }
    }

    /// The value, waiting for the work to finish the first time.
    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
