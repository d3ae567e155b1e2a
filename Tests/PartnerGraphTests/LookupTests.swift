import Testing

@testable import PartnerGraph
import PartnerTestSupport

@Suite("Results: look-ups by id, ranked nodes with names, top-k, Int counts and initialisers")
struct LookupTests {
    @Test("a node index finds every id at its position, the first of a repeated id, and nothing else")
    func nodeIndex() {
        let index = NodeIndex(ids: ["b", "a", "c", "a"], names: ["Bee", "Ay", "Sea", "Ay again"])
        #expect(index.index(of: "b") == 0)
        #expect(index.index(of: "a") == 1)
        #expect(index.index(of: "c") == 2)
        #expect(index.index(of: "d") == nil)
        #expect(index.name(at: 2) == "Sea")
        #expect(NodeIndex(ids: ["x"]).name(at: 0) == "x")
        let copy = index.subset([2, 0])
        #expect(copy.ids == ["c", "b"] && copy.names == ["Sea", "Bee"])
        #expect(copy.index(of: "b") == 1)
    }

    @Test("views of a network carry its names, and results of their graphs find nodes by id")
    func viewsCarryNames() throws {
        let network = try smallNetwork()
        let projection = network.twoModeGraph().actorProjection().graph
        #expect(projection.nodeIndex.ids == ["A", "B", "C", "D"])
        #expect(projection.nodeIndex.names == network.actors.map(\.name))
        #expect(projection.index(of: "C") == 2)
        #expect(network.graph().index(of: "m2") == network.index(of: "m2"))
    }

    @Test("ranked and top entries carry id and name, equal values in id order, top(k) equal to the ranking's prefix")
    func rankedEntries() {
        let nodes = NodeIndex(ids: ["d", "b", "a", "c", "e"], names: ["Dee", "Bee", "Ay", "Sea", "Ee"])
        let scores = NodeScores(name: "s", values: [1, 3, 1, 2, 3], nodes: nodes)
        let ranked = scores.ranked()
        #expect(ranked.map(\.id) == ["b", "e", "c", "a", "d"])
        #expect(ranked.map(\.name) == ["Bee", "Ee", "Sea", "Ay", "Dee"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5])
        for k in 0...6 { #expect(scores.top(k) == Array(ranked.prefix(k))) }
        #expect(scores["c"] == 2 && scores["z"] == nil)
    }

    @Test("top(k) equals the ranking's prefix on seeded random scores with many ties", arguments: [1, 2, 3])
    func topMatchesRanking(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = 500
        let values = (0..<count).map { _ in Double(generator.next() % 20) }
        let scores = NodeScores(name: "s", values: values, nodeIDs: (0..<count).map { "n\($0 * 7919 % count)" })
        let ranked = scores.ranked()
        for k in [1, 5, 37, 62, 63, 200, 500, 600] { #expect(scores.top(k) == Array(ranked.prefix(k))) }
    }

    @Test("communities by size: largest first, equal sizes in community order, members in node order")
    func communitiesBySize() {
        let partition = Partition(
            method: "test", communities: [5, 7, 7, 9, 9, 9, 5], nodeIDs: ["a", "b", "c", "d", "e", "f", "g"],
            modularity: 0)
        #expect(partition["e"] == 2 && partition["z"] == nil)
        let bySize = partition.bySize()
        #expect(bySize.map(\.number) == [2, 0, 1])
        #expect(bySize.map(\.size) == [3, 2, 2])
        #expect(bySize[0].members == ["d", "e", "f"])
        #expect(bySize[1].members == ["a", "g"])
        #expect(partition.largest(1) == [bySize[0]])
        #expect(partition.largest(0).isEmpty)
    }

    @Test("Int edge lists build the graph the UInt32 ones build")
    func intInitialiser() {
        let sources = [0, 1, 2, 2]
        let targets = [1, 2, 0, 3]
        let fromInt = Graph(nodeCount: 4, sources: sources, targets: targets, weights: [1, 2, 3, 4], nodeIDs: ["a", "b", "c", "d"])
        let fromUInt32 = Graph(
            nodeCount: 4, sources: sources.map(UInt32.init), targets: targets.map(UInt32.init), weights: [1, 2, 3, 4],
            nodeIDs: ["a", "b", "c", "d"])
        #expect(fromInt == fromUInt32)
        #expect(Graph(nodeCount: 0, sources: [], targets: []).nodeCount == 0)
    }

    @Test("edge scores find an edge by ids either way and rank it with its end nodes' names")
    func edgeScores() {
        let nodes = NodeIndex(ids: ["x", "y", "z"], names: ["Ex", "Why", "Zed"])
        let scores = EdgeScores(name: "e", sources: [0, 1], targets: [1, 2], values: [1, 5], nodes: nodes, isDirected: false)
        #expect(scores[from: "z", to: "y"] == 5)
        #expect(scores.top(1).map(\.sourceName) == ["Why"])
        #expect(scores.top(1).map(\.targetName) == ["Zed"])
        #expect(scores.top(2) == scores.ranked())
    }
}
