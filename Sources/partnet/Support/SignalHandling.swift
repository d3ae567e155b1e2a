#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import PartnerIO

/// The tool's answer to SIGINT, SIGTERM and SIGHUP: an interrupted write leaves nothing behind.
///
/// Process-wide, so installed here at the entry point rather than by the library that makes the temporary
/// files: the handler removes what ``TemporaryFiles`` holds, restores the default action and raises the signal
/// again, so the process still ends as the signal intended. It is installed only over the default action.
enum SignalHandling {
    /// Lets the signals reach this thread (and the threads and children it starts), then installs the handler.
    ///
    /// Called first: a child started by Foundation's `Process` on Linux inherits a mask that blocks them, so it
    /// would finish a write it was told to abandon, or outlive its time limit.
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in TemporaryFiles.handledSignals { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for signal in TemporaryFiles.handledSignals {
            let previous = setHandler(signal, removeTemporariesThenRaise)
            if previous != nil { _ = setHandler(signal, previous) }
        }
    }
}

#if canImport(Glibc)
    private func setHandler(_ signal: Int32, _ handler: __sighandler_t?) -> __sighandler_t? { Glibc.signal(signal, handler) }
#else
    private func setHandler(_ signal: Int32, _ handler: sig_t?) -> sig_t? { Darwin.signal(signal, handler) }
#endif

/// Unlinks the registered temporaries, then lets the signal do what it would have done.
private let removeTemporariesThenRaise: @convention(c) (Int32) -> Void = { signal in
    TemporaryFiles.removeAll()
    _ = setHandler(signal, nil)
    raise(signal)
}
