import Foundation
import PartnerGraph
import Testing

@testable import PartnerGraphviz

/// Repeated edges reach Graphviz as one line with their count; a crashed worker is told in one line.
@Suite("Repeated edges and worker crashes")
struct RepeatedEdgeTests {
    @Test("100,000 copies of one edge become one labelled line, and render")
    func repeatsMerged() throws {
        let nodes = [Node(id: "A", kind: .country), Node(id: "m1", kind: .meeting, meeting: Meeting(title: "m1"))]
        let edges =
            Array(repeating: Edge(from: "A", to: "m1", relation: .attends), count: 100_000)
            + [Edge(from: "A", to: "m1", relation: .hosts)]
        let network = try Network(name: "repeats", nodes: nodes, edges: edges)
        let graph = try DiagramBuilder(network: network).build()
        #expect(graph.edges.count == 2, "one line per relation")
        let attends = try #require(graph.edges.first { $0.attributes["tooltip"].map { "\($0)".contains("100000 times") } ?? false })
        #expect(attends.attributes["label"] == .text("×100000"))
        #expect(graph.edges.contains { $0.attributes["label"] == nil }, "a single edge has no count")
        let result = try GraphvizRenderer.render(graph, engine: .dot, format: "svg")
        #expect(String(decoding: result.data, as: UTF8.self).contains("×100000"))
    }

    @Test("a worker that crashes is reported in one line with the signal and Graphviz's last error")
    func crashInOneLine() throws {
        let renderer = IsolatedRenderer(
            executableURL: URL(fileURLWithPath: "/bin/sh"),
            arguments: [
                "-c",
                "cat >/dev/null; i=0; while [ $i -lt 200 ]; do echo \"frame $i\" >&2; i=$((i+1)); done; echo 'Error: trouble in layout' >&2; kill -SEGV $$",
                "sh",
            ],
            timeLimit: 30)
        #expect {
            _ = try renderer.render(dot: "digraph { a -> b }", engine: .dot, format: "svg", nodeCount: 2)
        } throws: { error in
            let text = error.localizedDescription
            return !text.contains("\n") && text.contains("SIGSEGV") && text.contains("2 nodes")
                && text.contains("Error: trouble in layout") && !text.contains("frame")
        }
    }
}
