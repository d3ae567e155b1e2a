import ArgumentParser
import Foundation
import PartnerGraph
import PartnerMetrics

/// `partnet-bench cancellation`: how the `async` betweenness cooperates with Swift concurrency, measured in the
/// build it runs in (release for figures worth quoting): how late a 10 ms sleep in another task wakes while the
/// kernel runs, against the same sleeps before it starts, and how long `Task.cancel()` takes to stop it.
///
/// The graph is random (a seeded G(n, m), so every run sees the same one); each round starts the kernel, waits for its
/// first progress report, sleeps `--sleeps` times 10 ms, waits `--cancel-after` ms, cancels the task and times
/// the wait until the task's value throws.
struct Cancellation: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure sleep lateness beside the async betweenness, and its stop time after Task.cancel().")

    @Option(help: "Nodes of the random graph.")
    var nodes = 20_000

    @Option(help: "Edges of the random graph.")
    var edges = 100_000

    @Option(help: "Rounds: kernel runs, each cancelled once.")
    var rounds = 5

    @Option(help: "10 ms sleeps timed before each round and while its kernel runs.")
    var sleeps = 20

    @Option(name: .customLong("cancel-after"), help: "Milliseconds between the sleeps and the cancellation.")
    var cancelAfter = 200

    @Option(help: "Worker threads of the kernel (default: every core).")
    var threads: Int?

    func run() throws {
        let graph = Self.randomGraph(nodes: nodes, edges: edges, seed: 20_000)
        let (rounds, sleeps, cancelAfter, threads) = (rounds, sleeps, cancelAfter, threads)
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.set(.success(try await Self.measure(graph, rounds: rounds, sleeps: sleeps, cancelAfter: cancelAfter, threads: threads)))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        let figures = try box.get()
        func milliseconds(_ values: [Double]) -> String {
            let sorted = values.sorted()
            let median = sorted[sorted.count / 2]
            return String(format: "median %.1f ms, max %.1f ms (%d)", median, sorted.last ?? 0, values.count)
        }
        print("graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges; threads: \(threads.map(String.init) ?? "every core")")
        print("10 ms sleep lateness, kernel idle:    \(milliseconds(figures.idleLateness))")
        print("10 ms sleep lateness, kernel running: \(milliseconds(figures.busyLateness))")
        print("Task.cancel() to the kernel's stop:   \(milliseconds(figures.stopTimes))")
        print("chunks done when cancelled (of \(figures.totalChunks)): \(figures.chunksDone.map(String.init).joined(separator: ", "))")
    }

    struct Figures: Sendable {
        var idleLateness: [Double] = []
        var busyLateness: [Double] = []
        var stopTimes: [Double] = []
        var chunksDone: [Int] = []
        var totalChunks = 0
    }

    static func measure(_ graph: Graph, rounds: Int, sleeps: Int, cancelAfter: Int, threads: Int?) async throws -> Figures {
        var figures = Figures()
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            figures.idleLateness += try await lateness(sleeps, clock: clock)
            let latest = LatestProgress()
            let control = RunControl { latest.set($0) }
            let kernel = Task { try await graph.betweennessCentrality(threads: threads, control: control) }
            while latest.get()?.done ?? 0 == 0 { try await Task.sleep(for: .milliseconds(1)) }
            figures.busyLateness += try await lateness(sleeps, clock: clock)
            try await Task.sleep(for: .milliseconds(cancelAfter))
            let start = clock.now
            kernel.cancel()
            let result = await kernel.result
            let stop = clock.now - start
            guard case .failure = result else { throw BenchError("the kernel finished before it was cancelled: use a larger graph") }
            figures.stopTimes.append(stop.milliseconds)
            figures.chunksDone.append(latest.get()?.done ?? 0)
            figures.totalChunks = latest.get()?.total ?? 0
        }
        return figures
    }

    /// How late each of `count` 10 ms sleeps wakes, in milliseconds.
    static func lateness(_ count: Int, clock: ContinuousClock) async throws -> [Double] {
        var late: [Double] = []
        for _ in 0..<count {
            let start = clock.now
            try await Task.sleep(for: .milliseconds(10))
            late.append((clock.now - start - .milliseconds(10)).milliseconds)
        }
        return late
    }

    /// A seeded G(n, m) graph without self-loops (parallel edges are kept: they do not change the work much).
    static func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> Graph {
        var generator = SplitMix64(seed: seed)
        func next() -> UInt64 { generator.next() }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        while sources.count < edges {
            let u = UInt32(next() % UInt64(nodes))
            let v = UInt32(next() % UInt64(nodes))
            if u != v {
                sources.append(u)
                targets.append(v)
            }
        }
        return Graph(nodeCount: nodes, sources: sources, targets: targets)
    }
}

extension Duration {
    fileprivate var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}

/// The latest progress report, written by the kernel's threads and read by the measuring task.
private final class LatestProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: RunControl.Progress?
    func set(_ value: RunControl.Progress) { lock.withLock { progress = value } }
    func get() -> RunControl.Progress? { lock.withLock { progress } }
}

/// The measuring task's result, handed to the synchronous command.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Cancellation.Figures, any Error>?
    func set(_ value: Result<Cancellation.Figures, any Error>) { lock.withLock { result = value } }
    func get() throws -> Cancellation.Figures { try lock.withLock { result }!.get() }
}
