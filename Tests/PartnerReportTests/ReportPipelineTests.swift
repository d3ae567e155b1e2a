import Foundation
import PartnerGraph
import PartnerGraphviz
import Testing

@testable import PartnerReport

@Suite("The report's pipeline: the layout first, the figures beside it")
struct ReportPipelineTests {
    @Test("the figures are computed once the layout has begun, not while its graph and Graphviz are made ready")
    func figuresWaitForTheLayout() throws {
        let network = try rabat()
        let log = ProgressLog()
        // A renderer slow to start its layout (as Graphviz is while its warm-up loads plugins and fonts): were the
        // figures computed at once, they would be told long before the layout begins.
        let renderer: ReportOptions.Renderer = { graph, engine in
            Thread.sleep(forTimeInterval: 0.2)
            return try GraphvizRenderer.reportingLayoutStart(to: { log.record("the layout begins") }) {
                try GraphvizRenderer.render(graph, engine: engine, format: .svg).data
            }
        }
        let model = Report(network, options: ReportOptions(renderSVG: renderer, progress: { log.record($0) })).model()
        #expect(model.diagram.failure == nil)
        let phases = log.recorded
        let layout = try #require(phases.firstIndex(of: "the layout begins"))
        let figures = try #require(phases.firstIndex { $0.hasPrefix("computing the figures") })
        #expect(layout < figures, "\(phases)")
        #expect(phases.firstIndex { $0.hasPrefix("laying out") }.map { $0 < layout } == true, "\(phases)")
    }

    @Test("a renderer that fails before any layout, or lays out by other means, still gives every figure")
    func figuresWithoutALayout() throws {
        let network = try rabat()
        struct Refused: Error {}
        for renderer: ReportOptions.Renderer in [{ _, _ in throw Refused() }, noDiagram] {
            let model = Report(network, options: ReportOptions(renderSVG: renderer)).model()
            #expect(model.actors.count == network.actorStatistics().count)
            #expect(!model.pairs.isEmpty)
        }
    }
}
