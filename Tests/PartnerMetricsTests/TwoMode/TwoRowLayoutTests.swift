import PartnerGraph
import PartnerTestSupport
import Testing

@testable import PartnerMetrics

/// The two-row (bipartite) layout: crossings counted as by hand, reduced by barycentre sweeps, deterministic.
@Suite("Two-row layout of actors and meetings")
struct TwoRowLayoutTests {
    /// A two-mode graph of `actors` actors (nodes 0..<actors) and meetings after them, from actor-meeting pairs.
    static func twoMode(actors: Int, meetings: Int, _ pairs: [(Int, Int)]) -> TwoModeGraph {
        let graph = Graph(
            nodeCount: actors + meetings, sources: pairs.map { UInt32($0.0) }, targets: pairs.map { UInt32(actors + $0.1) })
        return TwoModeGraph(graph: graph, actorCount: actors, networkIndices: Array(0..<(actors + meetings)))
    }

    @Test("crossings are counted as by hand")
    func handCounted() {
        // a-z, b-y, c-x: every pair crosses (3). In the order z, y, x none does.
        let reversed = Self.twoMode(actors: 3, meetings: 3, [(0, 2), (1, 1), (2, 0)])
        #expect(TwoRowLayout.crossings(of: reversed, actorOrder: [0, 1, 2], meetingOrder: [3, 4, 5]) == 3)
        #expect(TwoRowLayout.crossings(of: reversed, actorOrder: [0, 1, 2], meetingOrder: [5, 4, 3]) == 0)
        // K(2,2): a-x, a-y, b-x, b-y cross once (a-y with b-x) in any order.
        let complete = Self.twoMode(actors: 2, meetings: 2, [(0, 0), (0, 1), (1, 0), (1, 1)])
        #expect(TwoRowLayout.crossings(of: complete, actorOrder: [0, 1], meetingOrder: [2, 3]) == 1)
        #expect(TwoRowLayout.crossings(of: complete, actorOrder: [1, 0], meetingOrder: [2, 3]) == 1)
        // Edges sharing an actor or a meeting never cross: a star has none.
        let star = Self.twoMode(actors: 1, meetings: 4, [(0, 0), (0, 1), (0, 2), (0, 3)])
        #expect(TwoRowLayout.crossings(of: star, actorOrder: [0], meetingOrder: [4, 2, 1, 3]) == 0)
        // a-x, a-z, b-y, c-x: a-z crosses b-y and c-x (2), b-y crosses c-x (1).
        let mixed = Self.twoMode(actors: 3, meetings: 3, [(0, 0), (0, 2), (1, 1), (2, 0)])
        #expect(TwoRowLayout.crossings(of: mixed, actorOrder: [0, 1, 2], meetingOrder: [3, 4, 5]) == 3)
    }

    @Test("sweeps untangle what can be drawn without crossings")
    func untangles() {
        let reversed = Self.twoMode(actors: 3, meetings: 3, [(0, 2), (1, 1), (2, 0)])
        let layout = reversed.twoRowLayout()
        #expect(layout.initialCrossings == 3 && layout.crossings == 0)
        #expect(TwoRowLayout.crossings(of: reversed, actorOrder: layout.actorOrder, meetingOrder: layout.meetingOrder) == 0)
        // A path a-x-b-y-c-z-d given in a scrambled order: a path always has a drawing without crossings.
        let path = Self.twoMode(actors: 4, meetings: 3, [(2, 1), (0, 2), (3, 0), (2, 2), (1, 0), (1, 1)])
        let untangled = path.twoRowLayout()
        #expect(untangled.initialCrossings > 0 && untangled.crossings == 0, "\(untangled)")
    }

    @Test("K(2,2) keeps its one unavoidable crossing, and positions span each row")
    func unavoidable() {
        let complete = Self.twoMode(actors: 2, meetings: 2, [(0, 0), (0, 1), (1, 0), (1, 1)])
        let layout = complete.twoRowLayout()
        #expect(layout.crossings == 1)
        #expect(Set(layout.actorOrder) == [0, 1] && Set(layout.meetingOrder) == [2, 3])
        #expect(layout.actorOrder.map { layout.x[$0] } == [0, 1] && layout.meetingOrder.map { layout.x[$0] } == [0, 1])
        #expect(layout.row(of: 0) == 0 && layout.row(of: 3) == 1)
    }

    @Test("never worse than network order, deterministic, and the count matches the orders", arguments: [1, 2, 3, 4, 5])
    func randomGraphs(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        let pairs = (0..<120).map { _ in (next(30), next(40)) }
        let graph = Self.twoMode(actors: 30, meetings: 40, pairs)
        let layout = graph.twoRowLayout()
        #expect(layout.crossings <= layout.initialCrossings)
        #expect(layout.crossings < layout.initialCrossings, "sweeps should help on a random graph")
        #expect(layout == graph.twoRowLayout())
        #expect(TwoRowLayout.crossings(of: graph, actorOrder: layout.actorOrder, meetingOrder: layout.meetingOrder) == layout.crossings)
        // The count agrees with the definition, pair by pair.
        var place = [Int](repeating: 0, count: 70)
        for (index, node) in layout.actorOrder.enumerated() { place[node] = index }
        for (index, node) in layout.meetingOrder.enumerated() { place[node] = index }
        var edges: [(Int, Int)] = []
        for actor in 0..<30 { for meeting in graph.graph.neighbors(of: actor) { edges.append((place[actor], place[Int(meeting)])) } }
        var byDefinition = 0
        for i in edges.indices { for j in edges.indices where i < j { if (edges[i].0 - edges[j].0) * (edges[i].1 - edges[j].1) < 0 { byDefinition += 1 } } }
        #expect(byDefinition == layout.crossings)
    }
}
