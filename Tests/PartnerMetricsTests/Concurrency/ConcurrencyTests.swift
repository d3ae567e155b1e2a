import Foundation
import Testing

@testable import PartnerMetrics
import PartnerTestSupport

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

    @Test("other tasks keep running while betweenness runs: a 10 ms sleep wakes within 50 ms of its usual time")
    func otherTasksRun() async throws {
        // Other suites run beside this one and occupy the cooperative pool too, so a sleep's lateness is
        // compared with its lateness just before the kernel starts, sleep for sleep.
        let baseline = try await sleepLateness(count: 15)
        let latest = Latest()
        let control = RunControl { latest.set($0) }
        let kernel = Task { try await Self.large.betweennessCentrality(control: control) }
        while latest.get().done == 0 { try await Task.sleep(for: .milliseconds(5)) }
        let during = try await sleepLateness(count: 15)
        let progress = latest.get()
        kernel.cancel()
        _ = try? await kernel.value
        print("sleep lateness: median \(median(baseline)) before, \(median(during)) while betweenness ran (\(progress.done) of \(progress.total ?? 0) chunks)")
        #expect(progress.done < progress.total ?? 0, "the graph is too small: the kernel ended before the sleeps did")
        #expect(median(during) < median(baseline) + .milliseconds(50), "\(baseline) then \(during)")
    }

    @Test("the kernels' chunks run on PartnerMetrics' threads: the async form on none of the pool's, the synchronous form on the caller's alone")
    func workerThreads() async throws {
        let graph = randomGraph(nodeCount: 800, edgeCount: 3_200, seed: 12)
        let threads = ThreadNames()
        let asyncControl = RunControl { _ in threads.record() }
        _ = try await graph.betweennessCentrality(threads: 3, control: asyncControl)
        let asyncNames = threads.take()
        #expect(!asyncNames.isEmpty)
        #expect(asyncNames.allSatisfy { $0.hasPrefix("PartnerMetrics ") }, "\(asyncNames)")

        let syncControl = RunControl { _ in threads.record() }
        _ = try await Task.detached {
            try syncControl.run("betweenness") { graph.betweennessCentrality(threads: 3) }
        }.value
        let syncNames = threads.take()
        #expect(syncNames.filter { !$0.hasPrefix("PartnerMetrics ") }.count <= 1, "\(syncNames)")
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
        // The chunks workers hold finish first: allow two of the longest gaps seen between reports.
        #expect(latency < .milliseconds(100) + gaps.longest * 2)
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

}

/// How late each of `count` 10 ms sleeps wakes.
private func sleepLateness(count: Int) async throws -> [Duration] {
    let clock = ContinuousClock()
    var lateness: [Duration] = []
    for _ in 0..<count {
        let start = clock.now
        try await Task.sleep(for: .milliseconds(10))
        lateness.append(clock.now - start - .milliseconds(10))
    }
    return lateness
}

private func median(_ durations: [Duration]) -> Duration { durations.sorted()[durations.count / 2] }

/// The threads that call ``record()``, each once, marked as PartnerMetrics' own or other.
private final class ThreadNames: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String> = []

    func record() {
        let name = WorkerThreads.isOwnThread ? "PartnerMetrics" : "other"
        lock.withLock { _ = names.insert("\(name) \(pthread_self())") }
    }

    func take() -> Set<String> {
        lock.withLock {
            defer { names = [] }
            return names
        }
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
