import Foundation
import PartnerGraph
import PartnerGraphviz
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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

@Suite("The drawing thread's arena, grown there and faulted in from another thread")
struct ArenaReserveTests {
    #if canImport(Glibc)
        @Test("a new thread's arena is handed over and its first 2 MiB are resident once populated elsewhere")
        func arenaIsPopulatedFromAnotherThread() throws {
            let handoff = Handoff<ArenaReserve.Region?>()
            let done = Gate()
            let thread = Thread {
                handoff.put(ArenaReserve.growCallingThreadsArena())
                done.open()
            }
            thread.start()
            let region = try #require(handoff.take(), "a new thread's first allocations come from an arena of its own")
            done.wait()
            ArenaReserve.populate(region)
            let pages = ArenaReserve.populated / Int(sysconf(Int32(_SC_PAGESIZE)))
            var resident = [UInt8](repeating: 0, count: pages)
            let status = mincore(UnsafeMutableRawPointer(bitPattern: region.start), ArenaReserve.populated, &resident)
            #expect(status == 0)
            #expect(resident.filter { $0 & 1 == 0 }.count == 0, "every page of the 2 MiB is in memory")
        }
    #endif

    @Test("a handoff's value reaches a thread that waits for it, and one that comes later")
    func handoffGivesItsValue() {
        let handoff = Handoff<Int>()
        let received = Handoff<Int>()
        Thread { received.put(handoff.take()) }.start()
        handoff.put(42)
        #expect(received.take() == 42)
        #expect(handoff.take() == 42)
    }
}
