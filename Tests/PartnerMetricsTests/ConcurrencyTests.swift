import Foundation
import Testing

@testable import PartnerMetrics

/// The `async` kernels: off Swift's cooperative pool, stopped by `Task` cancellation, watched as a sequence.
///
/// Timed assertions hold in a debug build on a loaded two-core machine: the kernel runs for seconds there, and
/// a stop may wait for the chunk of sources each worker has in hand, so the stop bound is 100 ms plus the
/// longest gap seen between two progress reports.
@Suite("Concurrency: async kernels cooperate with Swift tasks", .serialized)
struct ConcurrencyTests {
    /// Large enough that exact betweenness runs for seconds in a debug build; a chunk of 16 sources takes
    /// some tens of milliseconds there.
    static let large = randomGraph(nodeCount: 3_000, edgeCount: 12_000, seed: 23)

    @Test("the async forms give the synchronous results, bit for bit, for any thread count")
    func sameResults() async throws {
        let graph = randomGraph(nodeCount: 300, edgeCount: 1_200, seed: 4, weighted: true)
        let expected = graph.betweennessCentrality(threads: 1)
        for threads in [1, 2, 5] {
            #expect(try await graph.betweennessCentrality(threads: threads, control: RunControl()) == expected)
        }
        #expect(
            try await graph.betweennessCentrality(sampleSize: 50, seed: 3, control: RunControl())
                == graph.betweennessCentrality(sampleSize: 50, seed: 3, threads: 1))
        #expect(
            try await graph.closenessCentrality(weighted: true, threads: 3, control: RunControl())
                == graph.closenessCentrality(weighted: true, threads: 1))
        #expect(try await graph.harmonicCentrality(control: RunControl()) == graph.harmonicCentrality(threads: 1))
        #expect(try await graph.pageRank(control: RunControl()) == (try graph.pageRank(threads: 1)))
        #expect(
            try await graph.eigenvectorCentrality(control: RunControl()) == (try graph.eigenvectorCentrality(threads: 1)))
        #expect(try await graph.louvainCommunities(seed: 7, control: RunControl()) == graph.louvainCommunities(seed: 7))
        #expect(try await graph.leidenCommunities(seed: 7, control: RunControl()) == graph.leidenCommunities(seed: 7))
    }

    @Test("progress arrives as an asynchronous sequence that ends with the run")
    func progressSequence() async throws {
        let graph = randomGraph(nodeCount: 400, edgeCount: 1_600, seed: 8)
        let control = RunControl()
        let reports = control.progressReports
        let scores = try await graph.betweennessCentrality(threads: 2, control: control)
        var seen: [RunControl.Progress] = []
        for await report in reports { seen.append(report) }
        #expect(scores == graph.betweennessCentrality(threads: 1))
        #expect(seen.first == RunControl.Progress(task: "betweenness", done: 0, total: nil))
        let total = try #require(seen.last?.total)
        #expect(seen.dropFirst().map(\.done) == Array(1...total))
        // Asked for after the run: already ended.
        var late = 0
        for await _ in control.progressReports { late += 1 }
        #expect(late == 0)
    }

    @Test("other tasks keep running while betweenness runs: a 10 ms sleep wakes within 50 ms")
    func otherTasksRun() async throws {
        let latest = Latest()
        let control = RunControl { latest.set($0) }
        let kernel = Task { try await Self.large.betweennessCentrality(control: control) }
        while latest.get().done == 0 { try await Task.sleep(for: .milliseconds(5)) }
        var lateness: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<20 {
            let start = clock.now
            try await Task.sleep(for: .milliseconds(10))
            lateness.append(clock.now - start - .milliseconds(10))
        }
        let progress = latest.get()
        kernel.cancel()
        _ = try? await kernel.value
        print("sleep lateness while betweenness ran: worst \(lateness.max()!), \(progress.done) of \(progress.total ?? 0) chunks")
        #expect(progress.done < progress.total ?? 0, "the graph is too small: the kernel ended before the sleeps did")
        #expect(lateness.allSatisfy { $0 < .milliseconds(50) }, "\(lateness)")
    }

    @Test("Task.cancel() stops betweenness between chunks and throws CancellationError")
    func taskCancellation() async throws {
        let graph = Self.large
        let control = RunControl()
        let gaps = Gaps()
        let reports = control.progressReports
        let kernel = Task { try await graph.betweennessCentrality(control: control) }
        var done = 0
        var total = 0
        for await report in reports {
            gaps.record()
            done = report.done
            total = report.total ?? 0
            if done >= 4 { break }
        }
        let clock = ContinuousClock()
        let cancelled = clock.now
        kernel.cancel()
        let outcome = await kernel.result
        let latency = clock.now - cancelled
        print("betweenness stopped \(latency) after Task.cancel(), chunk gap \(gaps.longest), \(done) of \(total) chunks")
        #expect(done < total, "the kernel must still have had work when cancelled")
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(control.isStopped)
        #expect(latency < .milliseconds(100) + gaps.longest)
    }

    @Test("a task cancelled before the kernel starts gets CancellationError and no work is done")
    func cancelledBeforeStart() async throws {
        let control = RunControl()
        let kernel = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Self.large.louvainCommunities(control: control)
        }
        await #expect(throws: CancellationError.self) { try await kernel.value }
    }

    @Test("a RunControl deadline still stops an async kernel with RunControl.Stop")
    func deadline() async throws {
        let control = RunControl(timeLimit: .milliseconds(50))
        await #expect(throws: RunControl.Stop.deadlinePassed(task: "closeness")) {
            _ = try await Self.large.closenessCentrality(weighted: true, control: control)
        }
    }

    @Test("a synchronous kernel called from a task leaves the other pool threads free")
    func synchronousFormFromTask() async throws {
        let graph = randomGraph(nodeCount: 1_500, edgeCount: 6_000, seed: 2)
        let kernel = Task.detached { graph.betweennessCentrality(sampleSize: 600, seed: 1) }
        let clock = ContinuousClock()
        let start = clock.now
        try await Task.sleep(for: .milliseconds(10))
        let late = clock.now - start - .milliseconds(10)
        _ = await kernel.value
        #expect(late < .milliseconds(50), "\(late)")
    }

}

/// The latest progress report, from any thread.
private final class Latest: @unchecked Sendable {
    private let lock = NSLock()
    private var report = RunControl.Progress(task: "", done: 0, total: nil)

    func set(_ report: RunControl.Progress) {
        lock.withLock { self.report = report }
    }

    func get() -> RunControl.Progress { lock.withLock { report } }
}

/// The longest time between two calls of ``record()``.
private final class Gaps: @unchecked Sendable {
    private var last: ContinuousClock.Instant?
    private(set) var longest: Duration = .zero

    func record() {
        let now = ContinuousClock.now
        if let last { longest = max(longest, now - last) }
        last = now
    }
}
