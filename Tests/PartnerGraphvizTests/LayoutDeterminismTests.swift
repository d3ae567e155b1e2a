import CGraphviz
import CGraphvizOrder
import Foundation
import PartnerIO
import Testing

@testable import PartnerGraphviz
import PartnerTestSupport

/// The same graph gives the same drawing every time. Graphviz's prism overlap removal (neato's and sfdp's
/// `overlap=prism`) took its Delaunay edges in the order of their heap addresses, so positions changed in their
/// last bits from one layout to the next, and the PNG of the Rabat Process 2015-2025 diagram drew one glyph a pixel
/// apart in some runs (CGraphvizOrder.h). Within one process the addresses differ from layout to layout as well.
@Suite("The same layout and the same PNG every time")
struct LayoutDeterminismTests {
    /// The Rabat Process 2015-2025 network, full view, drawn with `engine` at most 20 inches square, as
    /// scripts/render-graphs.sh draws graphs/rabat-process-2015-2025.png.
    static func rabatDiagram(engine: LayoutEngine) throws -> DOTGraph {
        let network = try NetworkFile.read(path: GraphWithoutTextTests.rabat)
        var style = Style()
        style.maximumSize = Style.DrawingSize(width: 20, height: 20)
        var graph = try DiagramBuilder(network: network, style: style).build()
        graph.routeEdges(style.edgeRouting, engine: engine)
        return graph
    }

    /// Every node's position after `engine`'s layout, to the last bit, in Graphviz's node order.
    static func positions(_ graph: DOTGraph, engine: LayoutEngine) throws -> [UInt64] {
        try GraphvizSession.shared.withContext { context in
            let built = try #require(CGraphBuilder.build(graph), "the graph went through its text")
            defer { agclose(built) }
            #expect(gvLayout(context, built, engine.rawValue) == 0)
            defer { gvFreeLayout(context, built) }
            var bits: [UInt64] = []
            var node = agfstnode(built)
            while let current = node {
                let info = UnsafeMutableRawPointer(current.pointee.base.data).assumingMemoryBound(to: Agnodeinfo_t.self)
                bits += [info.pointee.coord.x.bitPattern, info.pointee.coord.y.bitPattern]
                node = agnxtnode(built, current)
            }
            return bits
        }
    }

    @Test("neato with prism: four layouts of the 2015-2025 diagram put every node at the same bits")
    func samePositions() throws {
        let graph = try Self.rabatDiagram(engine: .neato)
        #expect(graph.attributes["overlap"] == "prism")
        let before = cgraphviz_order_triangulations()
        let first = try Self.positions(graph, engine: .neato)
        #expect(first.count == 2 * graph.nodes.count)
        for run in 2...4 {
            let positions = try Self.positions(graph, engine: .neato)
            let moved = zip(positions, first).filter { $0 != $1 }.count
            #expect(moved == 0 && positions.count == first.count, "layout \(run): \(moved) coordinates differ from layout 1")
        }
        #if os(Linux)
            // The layouts took their Delaunay edges from the sorted triangulation.
            #expect(cgraphviz_order_triangulations() > before)
        #endif
    }

    @Test("the 2015-2025 diagram drawn to PNG in-process four times is the same bytes", arguments: [LayoutEngine.neato, .dot])
    func samePNG(engine: LayoutEngine) throws {
        let graph = try Self.rabatDiagram(engine: engine)
        let first = try GraphvizRenderer.render(graph, engine: engine, format: .png).data
        #expect(first.count > 100_000)
        for run in 2...4 {
            let drawing = try GraphvizRenderer.render(graph, engine: engine, format: .png).data
            // Compared as one answer: on a failure, #expect would list the difference of the two files byte by byte.
            let same = drawing == first
            #expect(same, "\(engine) render \(run): \(drawing.count) bytes, render 1 \(first.count)")
        }
    }
}
