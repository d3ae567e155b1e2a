import Dispatch
import Foundation

/// A value computed on its own thread, started at once and waited for when it is read.
///
/// The thread is its own, not one of Dispatch's shared pool nor Swift's cooperative pool: a report built from a
/// task never takes a pool thread for the length of a Graphviz layout, and the work never waits in a queue behind
/// other work. (On Dispatch's global queue, `partnet report`'s diagram waited, in traced runs, for the Graphviz warm-up
/// running on the pool's only worker, and built its graph only after it: about 2 ms more before the layout.)
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the work before `done` is signalled; read only after waiting for it.
    private var result: Value?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.name = "PartnerReport.BackgroundResult"
        thread.start()
    }

    /// The value, waiting for the work to finish the first time.
    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}

/// A signal given once and waited for any number of times: a thread waits until another says a point is reached.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    // Read and written only under `condition`.
    private var isOpen = false

    /// Lets every waiter through, now and later; opening an open gate does nothing.
    /// - Complexity: O(1).
    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }

    /// Returns once ``open()`` has been called (at once if it was).
    func wait() {
        condition.lock()
        while !isOpen { condition.wait() }
        condition.unlock()
    }
}

/// A value handed once from one thread to another: ``take()`` waits until ``put(_:)`` has given it.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let given = Gate()
    // Written once before `given` opens; read only after it has.
    private var value: Value?

    /// Gives the value; call it once.
    /// - Complexity: O(1).
    func put(_ value: Value) {
        self.value = value
        given.open()
    }

    /// The value, once given (at once if it was).
    func take() -> Value {
        given.wait()
        return value!
    }
}
