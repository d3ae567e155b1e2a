import Foundation
import Testing

@testable import PartnerGraphviz
import PartnerTestSupport

/// The `partnet` binary built next to the test bundle, when there is one.
let partnetExecutable: URL? = {
    var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    if !FileManager.default.fileExists(atPath: "/proc/self/exe") { directory = Bundle.main.bundleURL.deletingLastPathComponent() }
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("partnet")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    return nil
}()

/// A random graph that `dot` takes far longer than a second to lay out.
func slowGraph(nodes: Int = 400, edges: Int = 1600) -> DOTGraph {
    var generator = SeededGenerator(seed: 7)
    var graph = DOTGraph(isDirected: true)
    graph.nodes = (0..<nodes).map { DOTNode("n\($0)") }
    graph.edges = (0..<edges).map { _ in
        DOTEdge(from: "n\(Int.random(in: 0..<nodes, using: &generator))", to: "n\(Int.random(in: 0..<nodes, using: &generator))")
    }
    return graph
}

@Suite("Isolated rendering")
struct IsolatedRendererTests {
    @Test("a worker that does not finish in time is killed with a clear message")
    func timeoutKillsWorker() throws {
        let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 600", "sh"], timeLimit: 0.3)
        let start = Date()
        let error = #expect(throws: GraphvizError.self) {
            try renderer.render(dot: "digraph { a }", engine: .dot, format: .svg, nodeCount: 1)
        }
        // A hang guard, not a speed check: the child would sleep for 600 s if it were not stopped.
        #expect(Date().timeIntervalSince(start) < 300)
        #expect(error == .timedOut(seconds: 0.3, engine: "dot", nodeCount: 1))
        #expect(error?.localizedDescription == "layout did not finish within 0.3 s (engine dot, 1 nodes); try the sfdp engine")
    }

    @Test("cancelling the task kills the worker")
    func cancellation() async throws {
        let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 600", "sh"], timeLimit: 60)
        let start = Date()
        let task = Task { try await renderer.render(dot: "digraph { a }", engine: .dot, format: .svg) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // A hang guard, not a speed check: the child would sleep for 600 s if it were not stopped.
        #expect(Date().timeIntervalSince(start) < 300)
    }

    @Test("a missing worker executable is a workerFailed error")
    func missingWorker() throws {
        let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/nonexistent/partnet"))
        #expect {
            try renderer.render(dot: "digraph { a }", engine: .dot, format: .svg)
        } throws: { error in
            guard case .workerFailed = error as? GraphvizError else { return false }
            return true
        }
    }

    @Test(
        "the partnet worker renders, reports syntax errors and is stopped on a slow dot layout",
        .enabled(if: partnetExecutable != nil, "partnet is not built next to the tests"))
    func partnetWorker() async throws {
        let executable = try #require(partnetExecutable)
        let renderer = IsolatedRenderer(executableURL: executable, timeLimit: 30)
        let result = try await renderer.render(dot: sampleGraph.render(), engine: .dot, format: .svg)
        #expect(XMLText.parse(result.data)?.contains("Nigeria") == true)
        #expect(result.data == (try GraphvizRenderer.render(sampleGraph, engine: .dot, format: .svg)).data)

        let error = await #expect(throws: GraphvizError.self) {
            try await renderer.render(dot: "graph { a -- }", engine: .dot, format: .svg)
        }
        guard case .syntaxError(let messages) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(messages.contains { $0.contains("syntax error") })

        let slow = slowGraph()
        let quick = IsolatedRenderer(executableURL: executable, timeLimit: 0.5)
        let start = Date()
        #expect(throws: GraphvizError.timedOut(seconds: 0.5, engine: "dot", nodeCount: 400)) {
            try quick.render(dot: slow.render(), engine: .dot, format: .svg, nodeCount: slow.nodeCount)
        }
        // A hang guard: the 400-node dot layout takes minutes when it is not stopped.
        #expect(Date().timeIntervalSince(start) < 60)
    }
}
