import Testing
@testable import PartnerGraph
import PartnerTestSupport

@Suite("Compressed graph")
struct GraphTests {
    @Test("undirected rows are sorted and hold both directions")
    func undirected() {
        let graph = Graph(nodeCount: 4, sources: [2, 0, 3, 1], targets: [0, 1, 1, 2])
        #expect(graph.edgeCount == 4 && graph.arcCount == 8)
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(Array(graph.neighbors(of: 1)) == [0, 2, 3])
        #expect(Array(graph.neighbors(of: 2)) == [0, 1])
        #expect(graph.degree(of: 3) == 1)
        #expect(graph.hasEdge(from: 3, to: 1) && !graph.hasEdge(from: 3, to: 0))
        #expect(graph.nodeIDs == ["0", "1", "2", "3"])
    }

    @Test("a self-loop counts twice in an undirected degree")
    func selfLoop() {
        let graph = Graph(nodeCount: 2, sources: [0, 0], targets: [0, 1])
        #expect(graph.degree(of: 0) == 3)
        #expect(Array(graph.neighbors(of: 0)) == [0, 0, 1])
    }

    @Test("directed graphs keep out- and in-rows with their weights")
    func directed() {
        let graph = Graph(nodeCount: 3, sources: [0, 2, 0], targets: [2, 1, 1], weights: [0.5, 2, 1.5], directed: true)
        #expect(graph.edgeCount == 3)
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(graph.edgeWeights(of: 0) == [1.5, 0.5])
        #expect(Array(graph.inNeighbors(of: 1)) == [0, 2])
        #expect(graph.inWeights.map { Array($0[graph.inOffsets[1]..<graph.inOffsets[2]]) } == [1.5, 2])
        #expect(graph.degree(of: 1) == 0 && graph.inDegree(of: 1) == 2)
    }

    @Test("simplified merges parallel edges, adding weights")
    func simplified() {
        let graph = Graph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 0, 2], weights: [1, 2, 4]).simplified()
        #expect(graph.edgeCount == 2)
        #expect(graph.edgeWeights(of: 0) == [3, 4])
        let counted = Graph(nodeCount: 2, sources: [0, 0, 1], targets: [1, 1, 0]).simplified(countMultiplicity: true)
        #expect(counted.edgeWeights(of: 1) == [3])
    }

    @Test("degree sum is twice the edge count, for many random graphs", arguments: 1...20)
    func degreeSum(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let n = Int.random(in: 1...60, using: &random)
        let m = Int.random(in: 0...200, using: &random)
        let sources = (0..<m).map { _ in UInt32.random(in: 0..<UInt32(n), using: &random) }
        let targets = (0..<m).map { _ in UInt32.random(in: 0..<UInt32(n), using: &random) }
        let graph = Graph(nodeCount: n, sources: sources, targets: targets)
        #expect((0..<n).reduce(0) { $0 + graph.degree(of: $1) } == 2 * m)
        for node in 0..<n {
            let row = Array(graph.neighbors(of: node))
            #expect(row == row.sorted())
        }
        // Every edge is found from both ends.
        for (u, v) in zip(sources, targets) {
            #expect(graph.hasEdge(from: Int(u), to: Int(v)) && graph.hasEdge(from: Int(v), to: Int(u)))
        }
    }
}

@Suite("Graph without weights")
struct WithoutWeightsTests {
    @Test("drops the weights and keeps every edge, loop and parallel edge", arguments: [false, true])
    func sameEdges(directed: Bool) {
        let sources: [UInt32] = [0, 1, 0, 2, 2, 3]
        let targets: [UInt32] = [1, 0, 2, 2, 3, 1]
        let weighted = Graph(
            nodeCount: 4, sources: sources, targets: targets, weights: [1, 2, 4, 8, 0.5, 3], directed: directed,
            nodeIDs: ["a", "b", "c", "d"])
        let plain = weighted.withoutWeights()
        #expect(!plain.isWeighted && plain.inWeights == nil)
        #expect(plain == Graph(nodeCount: 4, sources: sources, targets: targets, directed: directed, nodeIDs: ["a", "b", "c", "d"]))
        #expect(plain.withoutWeights() == plain)
    }
}
