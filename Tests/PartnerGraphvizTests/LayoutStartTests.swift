import Foundation
import Testing

@testable import PartnerGraphviz

/// What a listener of layout starts heard, in order, with the other events of a test.
private final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [String] = []
    func record(_ event: String) { lock.withLock { events.append(event) } }
    var recorded: [String] { lock.withLock { events } }
}

@Suite("Being told when a layout begins")
struct LayoutStartTests {
    @Test("an in-process render tells its listener once, before it returns; a later render outside the scope does not")
    func inProcessRender() throws {
        let log = EventLog()
        try GraphvizRenderer.reportingLayoutStart(to: { log.record("layout") }) {
            _ = try GraphvizRenderer.render(sampleGraph, engine: .neato, format: .svg)
            log.record("returned")
        }
        #expect(log.recorded == ["layout", "returned"])
        _ = try GraphvizRenderer.render(sampleGraph, engine: .neato, format: .svg)
        #expect(log.recorded == ["layout", "returned"])
    }

    @Test("a render that fails before its layout (a syntax error) tells nothing")
    func syntaxErrorTellsNothing() {
        let log = EventLog()
        GraphvizRenderer.reportingLayoutStart(to: { log.record("layout") }) {
            #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "graph { a -- ", engine: .neato, format: .svg) }
        }
        #expect(log.recorded.isEmpty)
    }

    @Test("listeners inside one another are all told, the inner one first")
    func nestedListeners() throws {
        let log = EventLog()
        try GraphvizRenderer.reportingLayoutStart(to: { log.record("outer") }) {
            try GraphvizRenderer.reportingLayoutStart(to: { log.record("inner") }) {
                _ = try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .plain)
            }
            _ = try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .plain)
        }
        #expect(log.recorded == ["inner", "outer", "outer"])
    }

    @Test("a listener on one thread is not told of another thread's layout")
    func otherThreadsTellNothing() throws {
        let log = EventLog()
        let done = DispatchSemaphore(value: 0)
        try GraphvizRenderer.reportingLayoutStart(to: { log.record("layout") }) {
            Thread {
                _ = try? GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .plain)
                done.signal()
            }.start()
            done.wait()
            #expect(log.recorded.isEmpty)
            _ = try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .plain)
        }
        #expect(log.recorded == ["layout"])
    }

    @Test("a render in a child process tells once the child is started, even when it then times out; a child that cannot start tells nothing")
    func isolatedRender() throws {
        let log = EventLog()
        let slow = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 86400", "sh"], timeLimit: 0.3)
        GraphvizRenderer.reportingLayoutStart(to: { log.record("layout") }) {
            #expect(throws: GraphvizError.self) { try slow.render(dot: "digraph { a }", engine: .dot, format: .svg) }
        }
        #expect(log.recorded == ["layout"])
        let missing = IsolatedRenderer(executableURL: URL(fileURLWithPath: "/nonexistent/partnet"))
        GraphvizRenderer.reportingLayoutStart(to: { log.record("missing") }) {
            #expect(throws: GraphvizError.self) { try missing.render(dot: "digraph { a }", engine: .dot, format: .svg) }
        }
        #expect(log.recorded == ["layout"])
    }

    @Test(
        "waiting for the labels, once a layout has begun, returns when the layout has them all: nothing is measured or taken from the cache after",
        .timeLimit(.minutes(2)))
    func waitingForTheLabels() throws {
        // Nothing is being measured: at once.
        GraphvizRenderer.waitForLabelMeasurement()
        // Many labels in many sizes (each size is a font to load): the layout is still measuring when it begins.
        var graph = DOTGraph(id: "labels", isDirected: false, nodeDefaults: ["fontname": "Helvetica"])
        graph.nodes = (0..<160).map { DOTNode("n\($0)", attributes: ["label": .text("Label number \($0)"), "fontsize": .string("\(10 + $0 % 40)")]) }
        graph.edges = (1..<160).map { DOTEdge(from: "n\($0 / 2)", to: "n\($0)") }
        // Another test's render may own the measuring thread when this one begins (it then measures its labels itself).
        for _ in 0..<20 {
            let begun = DispatchSemaphore(value: 0)
            let woken = DispatchSemaphore(value: 0)
            let atWake = EventLog()
            Thread {
                begun.wait()
                let counts = LabelMeasurement.waitUntilMeasured()
                atWake.record("\(counts.measuredAhead) measured, \(counts.fromCache) from the cache")
                woken.signal()
            }.start()
            let (_, counts) = try GraphvizRenderer.reportingLayoutStart(to: { begun.signal() }) {
                try GraphvizRenderer.renderCountingLabels(graph, engine: .neato, format: .svg)
            }
            woken.wait()
            guard counts.measuredAhead > 0 else { continue }
            #expect(atWake.recorded == ["\(counts.measuredAhead) measured, \(counts.fromCache) from the cache"])
            return
        }
        Issue.record("no render of the graph had its labels measured beside its layout")
    }
}
