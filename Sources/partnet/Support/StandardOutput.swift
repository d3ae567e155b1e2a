#if canImport(Glibc)
    // `stdout` is a C global: read only on the main thread, after the command has run.
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif
import Foundation

/// Standard output that could not take the result (a full disk, `/dev/full`, a closed terminal).
struct StandardOutputError: Error, LocalizedError {
    let reason: String
    var errorDescription: String? { "standard output could not be written: \(reason); the result is incomplete" }
}

extension Partnet {
    /// Flushes what `print` buffered and fails when any write to standard output failed, so that a result lost
    /// on a full disk never ends in exit 0.
    static func checkStandardOutput() throws {
        let flushed = fflush(stdout) == 0
        let reason = errno
        guard flushed, ferror(stdout) == 0 else {
            throw StandardOutputError(reason: String(cString: strerror(flushed ? EIO : reason)))
        }
    }
}
