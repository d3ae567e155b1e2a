import Foundation

/// What reports leave to the process's exit instead of freeing, once `Report.leaveMemoryToExit()` is called
/// (by `partnet report` only).
enum ExitKeeping {
    private static let lock = NSLock()
    // Read and written only under `lock`.
    nonisolated(unsafe) private static var isOn = false
    nonisolated(unsafe) private static var kept: [Any] = []

    /// From now on, `keep(_:)` keeps what it is given.
    /// - Complexity: O(1).
    static func enable() {
        lock.withLock { isOn = true }
    }

    /// Keeps `value` (a reference to its storage) until the process exits, when `enable()` was called; does
    /// nothing otherwise, and the value is freed as usual.
    /// - Complexity: amortised O(1).
    static func keep(_ value: Any) {
        lock.withLock { if isOn { kept.append(value) } }
    }
}
