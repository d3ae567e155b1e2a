import Testing

@testable import PartnerGraphviz
import PartnerTestSupport

@Suite("DOT round trip through Graphviz's parser")
struct DOTRoundTripTests {
    @Test("random labels and ids survive writing and agmemread", arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func randomStrings(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var graph = DOTGraph(id: AwkwardStrings.make(using: &generator), isDirected: true)
        var expected: [String: String] = [:]
        for index in 0..<60 {
            // A unique prefix keeps ids distinct; the awkward part follows.
            let id = "n\(index)" + AwkwardStrings.make(using: &generator)
            let label = AwkwardStrings.make(using: &generator)
            graph.nodes.append(DOTNode(id, attributes: ["label": .text(label), "tooltip": .string(id)]))
            expected[DOTRoundTrip.readBack(id)] = label
            if index > 0 { graph.edges.append(DOTEdge(from: graph.nodes[index - 1].id, to: id)) }
        }
        #expect(try DOTRoundTrip.problems(graph, labels: expected) == [])
        // Decoding what Graphviz read gives the text back.
        for node in try GraphvizRenderer.parse(dot: graph.render()).nodes {
            let raw = try #require(node.attributes["label"])
            #expect(DOTEscaping.unescapeLabel(raw) == expected[node.name], "node \(node.name)")
        }
    }

    @Test("ids are read back exactly unless a backslash ends them or precedes a quote or line break")
    func idsExact() throws {
        let ids = ["a:b", "x\"y", #"back\slash"#, "<html>", "🙂 emoji", "port:sw:ne", #"even\\"#]
        let graph = DOTGraph(nodes: (ids + ["two\nlines", #"odd\"#]).map { DOTNode($0) })
        let parsed = try GraphvizRenderer.parse(dot: graph.render())
        #expect(parsed.nodes.map(\.name).sorted() == (ids + [#"two\nlines"#, #"odd\\"#]).sorted())
    }

    @Test("HTML labels reach Graphviz as markup with the text escaped")
    func htmlLabel() throws {
        let text = #"<b>R&D</b> "quoted" 'single'"#
        let graph = DOTGraph(nodes: [DOTNode("n", attributes: ["label": .html(HTMLLabel(markup: "<B>" + HTMLLabel.escape(text) + "</B>"))])])
        let parsed = try GraphvizRenderer.parse(dot: graph.render())
        #expect(parsed.nodes.first?.attributes["label"] == "<B>&lt;b&gt;R&amp;D&lt;/b&gt; &quot;quoted&quot; &#39;single&#39;</B>")
    }
}
