import Foundation
import PartnerMetrics
import Testing
import PartnerTestSupport

@Suite("Closeness and harmonic centrality")
struct ClosenessTests {
    // MARK: Known by hand

    @Test("A path of three")
    func pathOfThree() {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
        #expect(graph.closenessCentrality().values == [2.0 / 3, 1, 2.0 / 3])
        #expect(graph.harmonicCentrality().values == [1.5, 2, 1.5])
    }

    @Test("Wasserman-Faust scales a small component down")
    func disconnected() {
        // An edge 0-1 and an isolated node 2: r = 2 of n = 3 nodes.
        let graph = Graph(nodeCount: 3, sources: [0], targets: [1])
        #expect(graph.closenessCentrality(wassermanFaust: false).values == [1, 1, 0])
        #expect(graph.closenessCentrality().values == [0.5, 0.5, 0])
        #expect(graph.harmonicCentrality().values == [1, 1, 0])
    }

    @Test("Directed: distances are incoming, as in NetworkX")
    func directedIncoming() {
        // 0 -> 1 -> 2: node 2 is reached by both others, node 0 by none.
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
        #expect(graph.harmonicCentrality().values == [0, 1, 1.5])
        #expect(graph.closenessCentrality(wassermanFaust: false).values == [0, 1, 2.0 / 3])
    }

    @Test("Weighted: strengths shorten, lengths lengthen")
    func weighted() {
        let graph = Graph(nodeCount: 2, sources: [0], targets: [1], weights: [4])
        #expect(graph.harmonicCentrality(weighted: true).values == [4, 4])
        #expect(graph.harmonicCentrality(weighted: true, distance: .weight).values == [0.25, 0.25])
        #expect(graph.closenessCentrality(weighted: true, distance: .weight).values == [0.25, 0.25])
    }

    // MARK: NetworkX

    @Test("Closeness and harmonic match NetworkX", arguments: PathFixture.names)
    func matchesNetworkX(name: String) throws {
        let fixture = try PathFixture(name)
        let graph = fixture.graph
        expectClose(graph.closenessCentrality(), try #require(fixture.nodeValues("closeness")), "\(name) closeness")
        expectClose(
            graph.closenessCentrality(wassermanFaust: false), try #require(fixture.nodeValues("closeness_plain")),
            "\(name) closeness_plain")
        expectClose(graph.harmonicCentrality(), try #require(fixture.nodeValues("harmonic")), "\(name) harmonic")
        guard graph.isWeighted else { return }
        for (suffix, distance) in [("_weight", EdgeDistance.weight), ("_inverse", .inverseWeight)] {
            expectClose(
                graph.closenessCentrality(weighted: true, distance: distance),
                try #require(fixture.nodeValues("closeness" + suffix)), "\(name) closeness\(suffix)")
            expectClose(
                graph.harmonicCentrality(weighted: true, distance: distance),
                try #require(fixture.nodeValues("harmonic" + suffix)), "\(name) harmonic\(suffix)")
        }
    }

    @Test("Closeness and harmonic match the shared NetworkX fixtures", arguments: NetworkXFixture.names)
    func matchesSharedFixtures(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let graph = fixture.graph
        var cases: [(String, NodeScores)] = [
            ("closeness", graph.closenessCentrality()), ("harmonic", graph.harmonicCentrality()),
        ]
        if graph.isWeighted {
            cases.append(("closeness_weighted", graph.closenessCentrality(weighted: true, distance: .weight)))
            cases.append(("harmonic_weighted", graph.harmonicCentrality(weighted: true, distance: .weight)))
        }
        for (metric, scores) in cases {
            let expected = try #require(fixture.nodeValues(metric), "\(name): no \(metric)")
            #expect(maximumDifference(scores.values, expected) < 1e-9, "\(name) \(metric)")
        }
    }

    // MARK: Properties

    @Test("Bit-parallel search agrees with Dijkstra on unit weights", arguments: [false, true])
    func bitParallelMatchesDijkstra(directed: Bool) {
        // Over 64 nodes, so that several 64-source passes are merged; some nodes stay unreached.
        let graph = randomGraph(nodeCount: 200, edgeCount: 260, seed: 3, directed: directed)
        let unit = Graph(
            nodeCount: graph.nodeCount,
            sources: graph.offsets.indices.dropLast().flatMap { u in
                Array(repeating: UInt32(u), count: graph.degree(of: u))
            }, targets: graph.targets, weights: Array(repeating: 1, count: graph.arcCount), directed: true,
            nodeIDs: graph.nodeIDs)
        // `unit` holds every stored arc as a directed arc, so it has the same distances as `graph`.
        #expect(unit.closenessCentrality(weighted: true).values == graph.closenessCentrality().values)
        let harmonic = graph.harmonicCentrality().values
        for (a, b) in zip(unit.harmonicCentrality(weighted: true).values, harmonic) { #expect(abs(a - b) <= 1e-12) }
    }

    @Test("Results are bitwise identical for 1, 2 and 3 threads", arguments: [false, true])
    func threadCountDoesNotMatter(weighted: Bool) {
        let graph = randomGraph(nodeCount: 500, edgeCount: 1200, seed: 11, weighted: weighted)
        let closeness = graph.closenessCentrality(weighted: weighted, threads: 1)
        let harmonic = graph.harmonicCentrality(weighted: weighted, threads: 1)
        for threads in [2, 3] {
            #expect(graph.closenessCentrality(weighted: weighted, threads: threads) == closeness)
            #expect(graph.harmonicCentrality(weighted: weighted, threads: threads) == harmonic)
        }
    }

    @Test("Relabelling nodes changes no score", arguments: [UInt64(1), 2])
    func relabellingChangesNothing(seed: UInt64) {
        for directed in [false, true] {
            let graph = randomGraph(nodeCount: 150, edgeCount: 300, seed: seed, directed: directed, weighted: true)
            let other = permuted(graph, seed: seed &+ 7)
            for weighted in [false, true] {
                for (a, b) in [
                    (graph.closenessCentrality(weighted: weighted), other.closenessCentrality(weighted: weighted)),
                    (graph.harmonicCentrality(weighted: weighted), other.harmonicCentrality(weighted: weighted)),
                ] {
                    let byID = Dictionary(uniqueKeysWithValues: zip(b.nodeIDs, b.values))
                    for (id, value) in zip(a.nodeIDs, a.values) {
                        #expect(abs(value - byID[id]!) <= 1e-12 * max(1, value), "\(id)")
                    }
                }
            }
        }
    }

    @Test("Closeness lies in [0, 1] and harmonic / (n - 1) too")
    func ranges() {
        let graph = randomGraph(nodeCount: 90, edgeCount: 120, seed: 4)
        #expect(graph.closenessCentrality().values.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(graph.harmonicCentrality().values.allSatisfy { $0 >= 0 && $0 <= 89 })
    }
}
