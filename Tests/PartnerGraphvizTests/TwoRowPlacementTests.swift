import Foundation
import PartnerGraph
import Testing

@testable import PartnerGraphviz

/// A node of Graphviz's `plain` output: centre and size in inches.
struct PlainNode {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// The nodes of a `plain` rendering, by name (names here are bare words).
func plainNodes(_ data: Data) -> [String: PlainNode] {
    var nodes: [String: PlainNode] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("node ") {
        let fields = line.split(separator: " ")
        nodes[String(fields[1])] = PlainNode(x: Double(fields[2])!, y: Double(fields[3])!, width: Double(fields[4])!, height: Double(fields[5])!)
    }
    return nodes
}

/// Pairs of lines between `ends` that cross when drawn between two rows at these x positions: two lines cross
/// when their actors and their meetings come in opposite orders (lines sharing an end never cross).
func rowCrossings(_ ends: [(actor: String, meeting: String)], x: [String: Double]) -> Int {
    var count = 0
    for i in ends.indices {
        for j in ends.indices where j > i {
            let (a, b) = (ends[i], ends[j])
            if (x[a.actor]! - x[b.actor]!) * (x[a.meeting]! - x[b.meeting]!) < 0 { count += 1 }
        }
    }
    return count
}

/// Three countries and `meetingCount` meetings (at least four), whose network order crosses lines.
func crossedNetwork(meetingCount: Int = 4) throws -> Network {
    let actors = ["AAA", "BBB", "CCC"].map { Node(id: $0, name: "Country \($0)", kind: .country) }
    let meetings = (0..<meetingCount).map { k in
        Node(id: "m\(k)", name: "m\(k)", kind: .meeting, meeting: Meeting(title: "Working meeting number \(k) on borders", city: "Dakar"))
    }
    // m_k is attended by the actor k mod 3 counted from the right, and by its neighbour: a reversed order.
    var edges: [Edge] = []
    for k in 0..<meetingCount {
        edges.append(Edge(from: ["CCC", "BBB", "AAA"][k % 3], to: "m\(k)", relation: .attends))
        if k % 3 != 2 { edges.append(Edge(from: ["BBB", "AAA", "AAA"][k % 3], to: "m\(k)", relation: .hosts)) }
    }
    return try Network(name: "Crossed", nodes: actors + meetings, edges: edges)
}

@Suite("Two-row placement")
struct TwoRowPlacementTests {
    func render(_ network: Network, actors: [String], meetings: [String]) throws -> (DOTGraph, [String: PlainNode]) {
        var style = Style()
        style.placement = .twoRows(actors: actors.map { network.index(of: $0)! }, meetings: meetings.map { network.index(of: $0)! })
        let builder = DiagramBuilder(network: network, style: style, view: .twoMode)
        var graph = try builder.build()
        let engine = builder.recommendedEngine(for: graph)
        #expect(engine == .pinned)
        graph.routeEdges(style.edgeRouting, engine: engine)
        let result = try GraphvizRenderer.render(graph, engine: engine, format: .plain)
        return (graph, plainNodes(result.data))
    }

    @Test("actors sit in the top row and meetings below, each row in the order given")
    func rowsFollowTheOrders() throws {
        let network = try crossedNetwork()
        let actors = ["CCC", "AAA", "BBB"]
        let meetings = ["m3", "m0", "m2", "m1"]
        let (graph, nodes) = try render(network, actors: actors, meetings: meetings)
        #expect(graph.attributes["overlap"] == "true")
        #expect(graph.nodes.allSatisfy { $0.attributes["pos"] != nil })
        let actorY = Set(actors.map { nodes[$0]!.y })
        #expect(actorY.count == 1)
        #expect(meetings.allSatisfy { nodes[$0]!.y < actorY.first! - 1 })
        #expect(actors.map { nodes[$0]!.x } == actors.map { nodes[$0]!.x }.sorted())
        #expect(meetings.map { nodes[$0]!.x } == meetings.map { nodes[$0]!.x }.sorted())
        // Both rows span the same width.
        let actorX = actors.map { nodes[$0]!.x }
        let meetingX = meetings.map { nodes[$0]!.x }
        #expect(abs((actorX[2] - actorX[0]) - (meetingX[3] - meetingX[0])) < 0.02)
    }

    @Test("the drawing's crossings are those of the orders, counted by hand")
    func crossingsFollowTheOrders() throws {
        let network = try crossedNetwork()
        // Lines: C-m0, B-m0, B-m1, A-m1, A-m2, C-m3, B-m3.
        let ends = network.participations.map { (actor: $0.from, meeting: $0.to) }
        // In rows C B A / m3 m0 m1 m2 only C-m0 and B-m3 cross: the fewest possible, since C and B share two
        // meetings (a K2,2 crosses once in any order).
        let (_, untangled) = try render(network, actors: ["CCC", "BBB", "AAA"], meetings: ["m3", "m0", "m1", "m2"])
        #expect(rowCrossings(ends, x: untangled.mapValues(\.x)) == 1)
        // In rows A B C / m0 m1 m2 m3: C-m0 crosses B-m1, A-m1, A-m2 and B-m3; B-m0 crosses A-m1 and A-m2; B-m1
        // crosses A-m2: 7.
        let (_, given) = try render(network, actors: ["AAA", "BBB", "CCC"], meetings: ["m0", "m1", "m2", "m3"])
        #expect(rowCrossings(ends, x: given.mapValues(\.x)) == 7)
    }

    @Test("no two drawn nodes overlap, meetings staggered over rows when there are many")
    func noOverlap() throws {
        let network = try crossedNetwork(meetingCount: 12)
        let meetings = (0..<12).map { "m\($0)" }
        let (_, nodes) = try render(network, actors: ["AAA", "BBB", "CCC"], meetings: meetings)
        let rows = Set(meetings.map { nodes[$0]!.y })
        #expect(rows.count > 1 && rows.count <= TwoRowPlacement.maximumMeetingRows)
        let all = Array(nodes.values)
        for i in all.indices {
            for j in all.indices where j > i {
                let (a, b) = (all[i], all[j])
                let apart = abs(a.x - b.x) >= (a.width + b.width) / 2 || abs(a.y - b.y) >= (a.height + b.height) / 2
                #expect(apart, "nodes at (\(a.x), \(a.y)) and (\(b.x), \(b.y)) overlap")
            }
        }
    }

    @Test("packing keeps each node a gap clear of the one before it in its own staggered row")
    func packing() {
        let gap = TwoRowPlacement.gap
        #expect(TwoRowPlacement.packed([40, 20, 60], rows: 1) == [0, 30 + gap, 30 + gap + 40 + gap])
        // Two rows: the third node clears the first (50 + gap), the second only needs to come 2 gaps later.
        #expect(TwoRowPlacement.packed([40, 100, 60], rows: 2) == [0, 2 * gap, 50 + gap])
        #expect(TwoRowPlacement.packed([], rows: 3).isEmpty)
    }

    @Test("a view other than two-mode, or orders that do not fit the nodes, are refused with the reason")
    func refusals() throws {
        let network = try crossedNetwork()
        let index = { (id: String) in network.index(of: id)! }
        func build(_ view: DiagramView, actors: [String], meetings: [String]) throws {
            var style = Style()
            style.placement = .twoRows(actors: actors.map(index), meetings: meetings.map(index))
            _ = try DiagramBuilder(network: network, style: style, view: view).build()
        }
        let actors = ["AAA", "BBB", "CCC"]
        let meetings = ["m0", "m1", "m2", "m3"]
        #expect(
            throws: GraphvizError.unsupportedPlacement(
                reason: "only the two-mode view (actors and meetings linked by participations) is drawn in two rows, not the full view")
        ) {
            try build(.full, actors: actors, meetings: meetings)
        }
        #expect(throws: GraphvizError.unsupportedPlacement(reason: "'m0' is a meeting but is listed among the actors")) {
            try build(.twoMode, actors: actors + ["m0"], meetings: ["m1", "m2", "m3"])
        }
        #expect(throws: GraphvizError.unsupportedPlacement(reason: "'AAA' is listed twice")) {
            try build(.twoMode, actors: actors + ["AAA"], meetings: meetings)
        }
        #expect(throws: GraphvizError.unsupportedPlacement(reason: "'m3' is drawn but in neither order")) {
            try build(.twoMode, actors: actors, meetings: ["m0", "m1", "m2"])
        }
        var style = Style()
        style.placement = .twoRows(actors: [99], meetings: [])
        #expect(throws: GraphvizError.unsupportedPlacement(reason: "index 99 is outside the network's 7 nodes")) {
            _ = try DiagramBuilder(network: network, style: style, view: .twoMode).build()
        }
        #expect(
            GraphvizError.unsupportedPlacement(reason: "'AAA' is listed twice").localizedDescription
                == "cannot place the nodes in two rows: 'AAA' is listed twice")
    }
}
