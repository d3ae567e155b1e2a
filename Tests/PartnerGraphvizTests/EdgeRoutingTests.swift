import Foundation
import PartnerGraph
import Testing

@testable import PartnerGraphviz

@Suite("Edge routing: one rule for Graphviz's splines")
struct EdgeRoutingTests {
    @Test("automatic routes around nodes in dot and in small spring drawings, straight lines beyond the budget")
    func automaticRule() {
        let rule = EdgeRouting.automatic
        for (nodes, edges) in [(2, 1), (50, 40), (151, 300), (5_000, 20_000)] {
            #expect(rule.splines(engine: .dot, nodeCount: nodes, edgeCount: edges) == "true")
        }
        for engine in [LayoutEngine.neato, .fdp, .sfdp] {
            // A 20-node clique (190 edges) is within the budget; 50 nodes with 40 edges is exactly on it.
            #expect(rule.splines(engine: engine, nodeCount: 20, edgeCount: 190) == "true")
            #expect(rule.splines(engine: engine, nodeCount: 50, edgeCount: 40) == "true")
            #expect(rule.splines(engine: engine, nodeCount: 50, edgeCount: 41) == "line")
            #expect(rule.splines(engine: engine, nodeCount: 108, edgeCount: 216) == "line")
            #expect(rule.splines(engine: engine, nodeCount: 3_000_000, edgeCount: 3_000_000) == "line")
        }
        #expect(EdgeRouting.aroundNodes.splines(engine: .sfdp, nodeCount: 10_000, edgeCount: 1) == "true")
        #expect(EdgeRouting.straight.splines(engine: .neato, nodeCount: 3, edgeCount: 1) == "line")
        #expect(EdgeRouting(rawValue: "around-nodes") == .aroundNodes)
    }

    /// Sixty countries at one meeting: a projection of 60 nodes and 1,770 edges, drawn by neato.
    func crowd() throws -> Network {
        let countries = (0..<60).map { Node(id: "C\($0)", name: "Country \($0)", kind: .country) }
        let meeting = Node(id: "m", name: "m", kind: .meeting, meeting: Meeting(title: "Plenary", start: PartialDate("2020")))
        return try Network(
            name: "Crowd", nodes: countries + [meeting], edges: countries.map { Edge(from: $0.id, to: "m", relation: .attends) })
    }

    @Test("the builder sets splines for the engine it recommends; routeEdges sets them for the engine chosen")
    func builderAndOverride() throws {
        let small = try DiagramBuilder(network: try smallNetwork()).build()
        #expect(small.attributes["splines"] == .string("true"))

        let builder = DiagramBuilder(network: try crowd(), view: .projection)
        var graph = try builder.build()
        #expect(builder.recommendedEngine(for: graph) == .neato)
        #expect(graph.edgeCount == 60 * 59 / 2)
        #expect(graph.attributes["splines"] == .string("line"))
        graph.routeEdges(.automatic, engine: .dot)
        #expect(graph.attributes["splines"] == .string("true"))
        graph.routeEdges(.straight, engine: .dot)
        #expect(graph.attributes["splines"] == .string("line"))

        var style = Style()
        style.edgeRouting = .aroundNodes
        let routed = try DiagramBuilder(network: try crowd(), style: style, view: .projection).build()
        #expect(routed.attributes["splines"] == .string("true"))
    }

    @Test("a dense spring drawing renders quickly with straight lines, every edge drawn, no warnings")
    func denseRenders() throws {
        let graph = try DiagramBuilder(network: try crowd(), view: .projection).build()
        let result = try GraphvizRenderer.render(graph, engine: .neato, format: .svg)
        #expect(result.messages.isEmpty)
        let svg = String(decoding: result.data, as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 60 * 59 / 2)
    }
}
