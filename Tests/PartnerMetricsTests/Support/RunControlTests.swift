import Foundation
import Testing

@testable import PartnerMetrics
import PartnerTestSupport

/// Collects progress reports from any thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [RunControl.Progress] = []
    func append(_ report: RunControl.Progress) {
        lock.lock()
        stored.append(report)
        lock.unlock()
    }
    var all: [RunControl.Progress] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

@Suite("Run control: progress and deadlines from inside the kernels")
struct RunControlTests {
    @Test(
        "betweenness reports every chunk of sources, in order, and gives the same bits as without a control",
        arguments: [1, 3])
    func betweennessProgress(threads: Int) throws {
        let graph = randomGraph(nodeCount: 600, edgeCount: 2_400, seed: 11)
        let reports = Reports()
        let control = RunControl { reports.append($0) }
        let watched = try control.run("betweenness") { graph.betweennessCentrality(threads: threads) }
        #expect(watched == graph.betweennessCentrality(threads: 1))
        let all = reports.all
        #expect(all.first == RunControl.Progress(task: "betweenness", done: 0, total: nil))
        let seen = Array(all.dropFirst())
        let total = try #require(seen.first?.total)
        #expect(total > 1)
        #expect(seen.map(\.done) == Array(1...total))
        #expect(seen.allSatisfy { $0.task == "betweenness" && $0.total == total })
        #expect(seen.last?.fraction == 1)
    }

    @Test("closeness and harmonic report their sources too")
    func closenessProgress() throws {
        let graph = randomGraph(nodeCount: 300, edgeCount: 900, seed: 5, weighted: true)
        for weighted in [false, true] {
            let reports = Reports()
            let control = RunControl { reports.append($0) }
            let scores = try control.run("closeness") { graph.closenessCentrality(weighted: weighted, threads: 2) }
            #expect(scores == graph.closenessCentrality(weighted: weighted, threads: 1))
            let last = try #require(reports.all.last)
            #expect(last.done == last.total)
        }
    }

    @Test("communities report their passes, with no total, and give the same partition")
    func communityPasses() throws {
        let graph = randomGraph(nodeCount: 400, edgeCount: 1_600, seed: 3)
        for method in ["louvain", "leiden"] {
            let reports = Reports()
            let control = RunControl { reports.append($0) }
            let run = { method == "louvain" ? graph.louvainCommunities(seed: 2) : graph.leidenCommunities(seed: 2) }
            #expect(try control.run(method, run) == run())
            let seen = Array(reports.all.dropFirst())
            #expect(!seen.isEmpty)
            #expect(seen.map(\.done) == Array(1...seen.count))
            #expect(seen.allSatisfy { $0.total == nil && $0.fraction == nil })
        }
    }

    @Test("a passed deadline stops the kernel and throws, naming the task")
    func deadline() throws {
        let graph = randomGraph(nodeCount: 2_000, edgeCount: 8_000, seed: 9)
        let reports = Reports()
        let control = RunControl(deadline: .now - .seconds(1)) { reports.append($0) }
        #expect(throws: RunControl.Stop.deadlinePassed(task: "betweenness")) {
            try control.run("betweenness") { graph.betweennessCentrality() }
        }
        #expect(reports.all.isEmpty)
    }

    @Test("cancelling from the progress callback stops work after the current chunks")
    func cancelFromProgress() throws {
        let graph = randomGraph(nodeCount: 3_000, edgeCount: 12_000, seed: 4)
        let reports = Reports()
        let box = ControlBox()
        let control = RunControl { report in
            reports.append(report)
            if report.done == 2 { box.control?.cancel() }
        }
        box.control = control
        #expect(throws: RunControl.Stop.cancelled(task: "closeness")) {
            try control.run("closeness") { graph.harmonicCentrality(threads: 1) }
        }
        let seen = Array(reports.all.dropFirst())
        let total = try #require(seen.first?.total)
        #expect(seen.map(\.done) == [1, 2] && total > 2)
        #expect(control.isStopped)
    }

    @Test("outside a run, kernels neither report nor stop; a run's own errors pass through")
    func outsideAndErrors() throws {
        let graph = randomGraph(nodeCount: 50, edgeCount: 120, seed: 1)
        let control = RunControl()
        #expect(throws: IterationError.self) {
            try control.run("pagerank") { try graph.pageRank(tolerance: 1e-300, maxIterations: 1) }
        }
        #expect(!control.isStopped)
    }
}

private final class ControlBox: @unchecked Sendable {
    var control: RunControl?
}
