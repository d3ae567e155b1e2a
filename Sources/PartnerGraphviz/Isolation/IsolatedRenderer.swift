import Dispatch
import Foundation

/// Lays out and renders in a child process with a time limit, so that a slow layout can be stopped and a
/// Graphviz crash (Debian's build aborts on some internal assertions) cannot take the caller down.
///
/// The child is an executable that runs ``RenderWorker/run(engine:format:repetitions:)``, such as `partnet _render-worker`:
/// it reads DOT on stdin, writes the rendered bytes on stdout and Graphviz's messages on stderr.
/// ```swift
/// let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/usr/local/bin/partnet"), timeLimit: 30)
/// let result = try renderer.render(dot: text, engine: .dot, format: .svg, nodeCount: 800)
/// ```
public struct IsolatedRenderer: Sendable {
    /// The worker executable.
    public var executableURL: URL
    /// Arguments before `--engine E --format F`: the worker subcommand.
    public var arguments: [String]
    /// Seconds the worker may take before it is stopped.
    public var timeLimit: Double

    /// - Parameters:
    ///   - executableURL: the worker executable, e.g. the `partnet` binary.
    ///   - arguments: the arguments that make it a worker; `["_render-worker"]` for `partnet`.
    ///   - timeLimit: seconds the layout and rendering may take.
    public init(executableURL: URL, arguments: [String] = ["_render-worker"], timeLimit: Double = 120) {
        self.executableURL = executableURL
        self.arguments = arguments
        self.timeLimit = timeLimit
    }

    /// Renders in a child process, waiting at most ``timeLimit`` seconds.
    ///
    /// - Parameters:
    ///   - dot: a graph in the DOT language.
    ///   - engine: the layout engine, checked here before the worker starts.
    ///   - format: the output format, checked here before the worker starts.
    ///   - nodeCount: the graph's size, quoted in the timeout message when given.
    /// - Throws: ``GraphvizError``: as `GraphvizRenderer.render(dot:engine:format:)`, and `timedOut` when the
    ///   limit passes (the worker is killed), `workerFailed` when it cannot start or dies.
    public func render(dot: String, engine: LayoutEngine, format: RenderFormat, nodeCount: Int? = nil) throws -> RenderResult {
        try start(dot: dot, engine: engine, format: format, nodeCount: nodeCount).wait()
    }

    /// Renders in a child process without blocking the cooperative pool; cancelling the task kills the worker.
    public func render(dot: String, engine: LayoutEngine, format: RenderFormat, nodeCount: Int? = nil) async throws
        -> RenderResult
    {
        let job = try start(dot: dot, engine: engine, format: format, nodeCount: nodeCount)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try job.wait() }) }
            }
        } onCancel: {
            job.kill()
        }
    }

    /// Checks the engine and format as an in-process render does (``GraphvizRenderer/checkAvailable(engine:format:)``:
    /// the format first, the standard plugins' names without waiting for this process's Graphviz, which only the
    /// worker uses) and starts the worker on `dot`; ``WorkerJob/wait()`` reads its result.
    func start(dot: String, engine: LayoutEngine, format: RenderFormat, nodeCount: Int?) throws -> WorkerJob {
        try GraphvizRenderer.checkAvailable(engine: engine, format: format)
        let job = WorkerJob(
            executableURL: executableURL, arguments: arguments + ["--engine", engine.rawValue, "--format", format.rawValue],
            timeLimit: timeLimit, engine: engine.rawValue, nodeCount: nodeCount)
        try job.launch(input: Data(dot.utf8))
        LayoutStart.signal()
        return job
    }
}

/// One running worker process and what it has written so far.
final class WorkerJob: @unchecked Sendable {
    private let process = Process()
    private let timeLimit: Double
    private let engine: String
    private let nodeCount: Int?
    private let finished = DispatchSemaphore(value: 0)
    private let streams = DispatchGroup()
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()
    private var wasKilled = false

    /// The worker's process id, once launched.
    var processIdentifier: Int32 { process.processIdentifier }
    /// Whether the worker has ended by a signal (stopped or crashed) rather than by exiting.
    var endedBySignal: Bool { !process.isRunning && process.terminationReason == .uncaughtSignal }

    init(executableURL: URL, arguments: [String], timeLimit: Double, engine: String, nodeCount: Int?) {
        process.executableURL = executableURL
        process.arguments = arguments
        // A crashing worker's Swift backtrace would bury Graphviz's one line of explanation.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        self.timeLimit = timeLimit
        self.engine = engine
        self.nodeCount = nodeCount
    }

    func launch(input: Data) throws {
        // A worker that dies before reading its input must not kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = self.finished
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw GraphvizError.workerFailed(reason: "cannot start \(process.executableURL?.path ?? "?"): \(error.localizedDescription)", messages: [])
        }
        let queue = DispatchQueue.global(qos: .userInitiated)
        queue.async(group: streams) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        queue.async(group: streams) { [self] in
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { output = data }
        }
        queue.async(group: streams) { [self] in
            let data = stderr.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { errors = data }
        }
    }

    /// Stops the worker: SIGTERM, then SIGKILL if it is still there a second later.
    func kill() {
        lock.withLock { wasKilled = true }
        guard process.isRunning else { return }
        process.terminate()
        if finished.wait(timeout: .now() + 1) == .timedOut {
            if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
        } else {
            finished.signal()
        }
    }

    /// Waits for the worker, within the time limit, and reads its result.
    func wait() throws -> RenderResult {
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            kill()
            finished.wait()
            // A grandchild may still hold the pipes open: do not wait for it.
            _ = streams.wait(timeout: .now() + 1)
            throw GraphvizError.timedOut(seconds: timeLimit, engine: engine, nodeCount: nodeCount)
        }
        streams.wait()
        let (output, errors, wasKilled) = lock.withLock { (self.output, self.errors, self.wasKilled) }
        let messages = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        if wasKilled { throw CancellationError() }
        if process.terminationReason == .uncaughtSignal {
            throw WorkerJob.crash(signal: process.terminationStatus, engine: engine, nodeCount: nodeCount, messages: messages)
        }
        switch process.terminationStatus {
        case 0: return RenderResult(data: output, messages: messages)
        case RenderWorker.ExitCode.syntaxError: throw GraphvizError.syntaxError(messages: messages)
        case RenderWorker.ExitCode.layoutFailed: throw GraphvizError.layoutFailed(engine: engine, messages: messages)
        case RenderWorker.ExitCode.renderFailed:
            throw GraphvizError.renderFailed(format: process.arguments?.last ?? "?", messages: messages)
        case let status: throw GraphvizError.workerFailed(reason: "exit status \(status)", messages: messages)
        }
    }
}

extension WorkerJob {
    /// A worker's crash in one line: the signal, what was being laid out, and Graphviz's last error if it gave one.
    static func crash(signal: Int32, engine: String, nodeCount: Int?, messages: [String]) -> GraphvizError {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGKILL: "SIGKILL", SIGFPE: "SIGFPE", SIGILL: "SIGILL"]
        let name = names[signal].map { "\($0), signal \(signal)" } ?? "signal \(signal)"
        let size = nodeCount.map { " \($0) nodes" } ?? ""
        let hint = signal == SIGKILL ? "out of memory?" : "try the sfdp engine or a smaller part of the network (a time slice, the actor projection)"
        let said = messages.last { $0.hasPrefix("Error") || $0.hasPrefix("Warning") || $0.hasPrefix("Assertion") }
        return .workerFailed(reason: "Graphviz crashed (\(name)) laying out\(size) with \(engine); \(hint)", messages: said.map { [$0] } ?? [])
    }
}

/// The child side of ``IsolatedRenderer``: reads DOT on stdin, renders it, writes the bytes on stdout.
public enum RenderWorker {
    /// Exit statuses that tell the parent which error happened.
    public enum ExitCode {
        /// The DOT text could not be parsed.
        public static let syntaxError: Int32 = 10
        /// The layout failed.
        public static let layoutFailed: Int32 = 11
        /// The rendering failed.
        public static let renderFailed: Int32 = 12
        /// Anything else (unknown engine or format, no context); the message says which.
        public static let otherError: Int32 = 13
    }

    /// Renders standard input to standard output; Graphviz's messages go to standard error, one per line.
    /// - Parameters:
    ///   - engine: the layout engine.
    ///   - format: the output format.
    ///   - repetitions: how many times to render (the output of the last one is written); more than one
    ///     measures memory across renders, e.g. under valgrind.
    /// - Returns: the exit status: 0 on success, else one of ``ExitCode``.
    public static func run(engine: String, format: String, repetitions: Int = 1) -> Int32 {
        endWithParent()
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var result = RenderResult(data: Data())
        do {
            let dot = String(decoding: input, as: UTF8.self)
            for _ in 0..<max(1, repetitions) {
                result = try GraphvizRenderer.render(dot: dot, engine: LayoutEngine(engine), format: RenderFormat(format))
            }
        } catch let error as GraphvizError {
            switch error {
            case .syntaxError(let messages): return report(messages, status: ExitCode.syntaxError)
            case .layoutFailed(_, let messages): return report(messages, status: ExitCode.layoutFailed)
            case .renderFailed(_, let messages): return report(messages, status: ExitCode.renderFailed)
            default: return report([error.localizedDescription], status: ExitCode.otherError)
            }
        } catch {
            return report([error.localizedDescription], status: ExitCode.otherError)
        }
        FileHandle.standardOutput.write(result.data)
        return report(result.messages, status: 0)
    }

    /// Ends this process when its parent ends, so a layout never outlives the command that wanted it.
    ///
    /// The parent is polled rather than asked for a parent-death signal: `PR_SET_PDEATHSIG` fires when the
    /// *thread* that started the worker ends, and an async caller's pool thread may end long before the process.
    static func endWithParent() {
        let parent = getppid()
        let watcher = Thread {
            while getppid() == parent { usleep(100_000) }
            _exit(RenderWorker.ExitCode.otherError)
        }
        watcher.name = "parent watch"
        watcher.start()
    }

    private static func report(_ messages: [String], status: Int32) -> Int32 {
        if !messages.isEmpty { FileHandle.standardError.write(Data((messages.joined(separator: "\n") + "\n").utf8)) }
        return status
    }
}

extension IsolatedRenderer {
    // Measured on 29 November 2026 (random graphs, distinct edges; one layout per process through
    // `partnet _render-worker`, to SVG; 2 shared cores, load average 2.2-2.8):
    //   sfdp, nodes = edges / 2:  5,000 edges 1.3 s 50 MB; 10,000: 2.3 s 64 MB; 20,000: 5.1 s 93 MB;
    //                             40,000: 16.6 s 162 MB; 80,000: 54.8 s 269 MB; 160,000: 220 s 505 MB.
    //   dot, 500 nodes:           1,000 edges 0.7 s 46 MB; 2,000: 7.1 s 59 MB; 5,000: over 150 s (stopped).
    // No layout of distinct edges crashed; the crash seen before came from 700,000 parallel edges, which are
    // now merged before Graphviz sees them. Time, not memory, is the risk: sfdp grows about as edges^1.7 and
    // dot far faster with density, and a layout in this process cannot be stopped. The thresholds keep an
    // in-process layout to about 5-7 s.

    /// Above this many nodes a `dot` layout runs isolated: it can take minutes and cannot be interrupted in-process.
    public static let dotNodeThreshold = 500
    /// Above this many lines a `dot` layout runs isolated (2,000 lines on 500 nodes took 7 s, 5,000 over 150 s).
    public static let dotEdgeThreshold = 2_000
    /// Above this many lines any layout runs isolated (sfdp: 20,000 lines took 5 s, 40,000 took 17 s).
    public static let edgeThreshold = 20_000

    /// Whether a layout of `graph` by `engine` is slow or risky enough to run in a child process: `dot` above
    /// ``dotNodeThreshold`` nodes or ``dotEdgeThreshold`` lines, any engine above ``edgeThreshold`` lines.
    /// - Complexity: O(subgraphs).
    public static func needsIsolation(_ graph: DOTGraph, engine: LayoutEngine) -> Bool {
        let edgeCount = graph.edges.count + graph.subgraphs.reduce(0) { $0 + $1.edges.count }
        return (engine == .dot && (graph.nodeCount > dotNodeThreshold || edgeCount > dotEdgeThreshold))
            || edgeCount > edgeThreshold
    }
}
