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

/// Whether no process has the id `pid`: it has ended and been reaped (a zombie still has its id).
func processIsGone(_ pid: Int32) -> Bool { kill(pid, 0) == -1 && errno == ESRCH }

@Suite("Isolated rendering")
struct IsolatedRendererTests {
    // These tests assert what stopping a worker must achieve, the process ended by a signal and reaped, not how
    // long it took: on a loaded machine the worker's start and the caller's wake-up can take minutes. A worker
    // that is not stopped sleeps for a day, so a stop that fails hangs the test rather than passing late.

    @Test("unknown names are refused before any worker starts, with the in-process render's errors, the format first")
    func unknownNamesAsInProcess() throws {
        // No executable there: a check that let the names through would fail to start the worker instead.
        let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/nonexistent/partnet"), timeLimit: 5)
        let cases: [(LayoutEngine, RenderFormat)] = [("spring", "svgg"), ("spring", .svg), (.neato, "svgg"), ("spring", "x11")]
        for (engine, format) in cases {
            let isolated = #expect(throws: GraphvizError.self) {
                try renderer.render(dot: "graph { a -- b }", engine: engine, format: format)
            }
            let inProcess = #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.render(dot: "graph { a -- b }", engine: engine, format: format)
            }
            #expect(isolated == inProcess, "\(engine) \(format)")
            if case .unknownEngine = isolated { #expect(format == .svg) }
        }
    }

    @Test("a worker that does not finish in time is killed with a clear message")
    func timeoutKillsWorker() throws {
        let renderer = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 86400", "sh"], timeLimit: 0.3)
        let job = try renderer.start(dot: "digraph { a }", engine: .dot, format: .svg, nodeCount: 1)
        let error = #expect(throws: GraphvizError.self) { try job.wait() }
        #expect(error == .timedOut(seconds: 0.3, engine: "dot", nodeCount: 1))
        #expect(error?.localizedDescription == "layout did not finish within 0.3 s (engine dot, 1 nodes); try the sfdp engine")
        #expect(job.endedBySignal, "the worker was stopped, not left to end")
        #expect(processIsGone(job.processIdentifier), "worker \(job.processIdentifier) is still there")
    }

    @Test("cancelling the task kills the worker")
    func cancellation() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("worker.pid").path
        // The worker writes its process id (whole, by a rename), then becomes `sleep` under that id. Were the
        // cancellation lost, the renderer's own 600 s limit would end it with timedOut, not CancellationError.
        let renderer = IsolatedRenderer(
            executableURL: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", #"echo $$ > "$0.new" && mv "$0.new" "$0" && exec sleep 86400"#, pidFile],
            timeLimit: 600)
        let task = Task { try await renderer.render(dot: "digraph { a }", engine: .dot, format: .svg) }
        // Cancel only once the worker runs, however long it takes to start on a loaded machine.
        var pid: Int32?
        while pid == nil {
            try await Task.sleep(for: .milliseconds(20))
            pid = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let worker = try #require(pid)
        #expect(!processIsGone(worker))
        let clock = ContinuousClock()
        let cancelled = clock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(processIsGone(worker), "worker \(worker) is still there \(clock.now - cancelled) after the cancellation")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["worker.pid"])
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

        // The 400-node dot layout takes minutes when it is not stopped: it must end by the signal, not by itself.
        let slow = slowGraph()
        let quick = IsolatedRenderer(executableURL: executable, timeLimit: 0.5)
        let job = try quick.start(dot: slow.render(), engine: .dot, format: .svg, nodeCount: slow.nodeCount)
        #expect(throws: GraphvizError.timedOut(seconds: 0.5, engine: "dot", nodeCount: 400)) { try job.wait() }
        #expect(job.endedBySignal, "the worker was stopped, not left to end")
        #expect(processIsGone(job.processIdentifier), "worker \(job.processIdentifier) is still there")
    }
}
