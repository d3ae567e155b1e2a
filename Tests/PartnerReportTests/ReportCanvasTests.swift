import Foundation
import PartnerGraph
import PartnerGraphviz
import PartnerMetrics
import Testing

@testable import PartnerReport

/// 50 cliques of 20 organisations, each clique linked to the next by one line: 1,000 nodes, 9,550 links, and
/// communities known by hand (the cliques).
func ringOfCliques(cliques: Int = 50, size: Int = 20) throws -> Network {
    let nodes = (0..<cliques * size).map { Node(id: "o\($0)", kind: .organisation) }
    var edges: [Edge] = []
    for clique in 0..<cliques {
        let first = clique * size
        for a in first..<first + size {
            for b in a + 1..<first + size { edges.append(Edge(from: "o\(a)", to: "o\(b)", relation: .collaborates)) }
        }
        edges.append(Edge(from: "o\(first)", to: "o\((first + size) % (cliques * size))", relation: .collaborates))
    }
    return try Network(name: "Ring of cliques", nodes: nodes, edges: edges)
}

/// What a report told its progress reporter.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var phases: [String] = []
    func record(_ phase: String) { lock.withLock { phases.append(phase) } }
    var recorded: [String] { lock.withLock { phases } }
}

/// The top-level keys of the page's JSON block.
func dataKeys(of html: String) throws -> Set<String> {
    let decoded = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(of: html).utf8)) as? [String: Any])
    return Set(decoded.keys)
}

@Suite("The canvas drawing of a large network")
struct ReportCanvasTests {
    @Test("from 1,000 nodes the interactive page draws on a canvas: sfdp positions for every node, no SVG")
    func largeNetworkOnCanvas() throws {
        let network = try ringOfCliques()
        #expect(ReportDiagram.drawsOnCanvas(network))
        let log = ProgressLog()
        let model = Report(network, options: ReportOptions(progress: { log.record($0) })).model()
        #expect(model.diagram.svg == nil)
        #expect(model.diagram.failure == nil)
        let canvas = try #require(model.diagram.canvas)
        #expect(canvas.x.count == 1_000 && canvas.y.count == 1_000)
        #expect(canvas.x.allSatisfy(\.isFinite) && canvas.y.allSatisfy(\.isFinite))
        #expect(log.recorded.contains("laying out 1000 nodes and 9550 edges with sfdp"))
        // sfdp keeps a clique together: a node is nearer its own clique's centre than any other clique's.
        func centre(_ clique: Int) -> (Double, Double) {
            let members = clique * 20..<clique * 20 + 20
            return (members.map { canvas.x[$0] }.reduce(0, +) / 20, members.map { canvas.y[$0] }.reduce(0, +) / 20)
        }
        let centres = (0..<50).map(centre)
        var nearestOwn = 0
        for node in 0..<1_000 {
            let distances = centres.map { hypot(canvas.x[node] - $0.0, canvas.y[node] - $0.1) }
            if distances.firstIndex(of: distances.min()!) == node / 20 { nearestOwn += 1 }
        }
        #expect(nearestOwn >= 950, "\(nearestOwn) of 1000 nodes nearest their own clique")
        // Positions are scaled to 12 points a node along the longer side (sfdp's own drawing of points is an inch
        // across), so that the page's whole points keep the nodes apart.
        let longer = max(canvas.x.max()! - canvas.x.min()!, canvas.y.max()! - canvas.y.min()!)
        #expect(abs(longer - CanvasLayout.spacing * 1_000.0.squareRoot()) < 1)
    }

    @Test("the communities drawn at Fit are the cliques, numbered from 0, each clique one community")
    func communitiesAreTheCliques() throws {
        let model = Report(try ringOfCliques()).model()
        let canvas = try #require(model.diagram.canvas)
        #expect(canvas.communityCount == 50)
        for clique in 0..<50 {
            #expect(Set(canvas.community[clique * 20..<clique * 20 + 20]).count == 1, "clique \(clique) split")
        }
        #expect(Set(canvas.community) == Set(0..<50))
    }

    @Test("the page carries positions and communities, no SVG, and says the data is a one-mode network")
    func pageCarriesTheDrawing() throws {
        let network = try ringOfCliques()
        let html = try Report(network).html()
        #expect(!html.contains("<svg"), "the diagram is drawn by the script, the legend's icons too")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(of: html).utf8)) as? [String: Any])
        let canvas = try #require(decoded["canvas"] as? [String: [Int]])
        #expect(canvas["x"]?.count == 1_000 && canvas["y"]?.count == 1_000 && canvas["community"]?.count == 1_000)
        #expect(html.contains("The data is a one-mode network with no meetings: each shape is one of its 1000 nodes and each line one of its 9550 links"))
        #expect(html.contains("one of the 50 found by Louvain over the whole network"))
        #expect(!html.contains("lines show who hosted"))
    }

    @Test("a small network keeps Graphviz's SVG and says it holds meetings")
    func smallNetworkKeepsSVG() throws {
        let network = try Network(
            name: "Two meetings",
            nodes: [
                Node(id: "A", kind: .country), Node(id: "B", kind: .country),
                Node(id: "m1", kind: .meeting, meeting: Meeting(start: PartialDate("2020-01-01"))),
            ],
            edges: [Edge(from: "A", to: "m1", relation: .hosts), Edge(from: "B", to: "m1", relation: .attends)])
        #expect(!ReportDiagram.drawsOnCanvas(network))
        let model = Report(network).model()
        #expect(model.diagram.canvas == nil && model.diagram.svg != nil)
        let html = try Report(network).html()
        #expect(html.contains("lines show who hosted, co-chaired, attended or organised a meeting"))
        #expect(try dataKeys(of: html).contains("canvas") == false)
    }

    @Test("the layout's graph draws each linked pair once, whichever way it is listed")
    func skeletonDrawsPairsOnce() throws {
        let network = try Network(
            name: "Repeats", nodes: [Node(id: "a", kind: .organisation), Node(id: "b", kind: .organisation), Node(id: "c", kind: .organisation)],
            edges: [
                Edge(from: "a", to: "b", relation: .collaborates), Edge(from: "b", to: "a", relation: .collaborates),
                Edge(from: "c", to: "b", relation: .collaborates), Edge(from: "b", to: "c", relation: .collaborates),
            ])
        let graph = CanvasLayout.skeleton(network)
        #expect(graph.nodes.map(\.id) == ["n0", "n1", "n2"])
        #expect(graph.edges.map { "\($0.from)-\($0.to)" } == ["n0-n1", "n1-n2"])
        #expect(!graph.isDirected)
    }

    @Test("a layout that fails or misses a node leaves a note, not a broken page")
    func failedLayoutLeavesANote() throws {
        let network = try ringOfCliques()
        let missing = ReportOptions(placeNodes: { _, _ in Data("graph 1 1 1\nnode n0 0.5 0.5 0.05 0.05 \"\" solid point black lightgrey\nstop\n".utf8) })
        let model = Report(network, options: missing).model()
        #expect(model.diagram.canvas == nil)
        #expect(model.diagram.failure?.contains("no position for node o1") == true)
        #expect(model.notes.contains { $0.contains("no position for node o1") })
        let failing = ReportOptions(placeNodes: { _, _ in throw GraphvizError.contextUnavailable })
        let html = try Report(network, options: failing).html()
        #expect(html.contains("The diagram could not be drawn"))
        #expect(try dataKeys(of: html).contains("canvas") == false)
    }
}
