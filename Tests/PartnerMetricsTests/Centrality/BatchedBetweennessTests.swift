import PartnerIO
import PartnerMetrics
import Testing
import PartnerTestSupport

/// The batched unweighted Brandes kernel (eight sources per search) against the one-source-at-a-time
/// Dijkstra kernel on the same graph with unit lengths: two independent implementations of the same sums.
@Suite("Batched betweenness against one source at a time")
struct BatchedBetweennessTests {
    /// The graph with every edge of length 1, so that the weighted (Dijkstra, one source per search) kernel
    /// computes the unweighted values.
    static func unitLengths(_ graph: Graph) -> Graph {
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<graph.nodeCount {
            for arc in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.targets[arc])
                if !graph.isDirected && v < u { continue }
                sources.append(UInt32(u))
                targets.append(UInt32(v))
            }
        }
        return Graph(
            nodeCount: graph.nodeCount, sources: sources, targets: targets,
            weights: [Double](repeating: 1, count: sources.count), directed: graph.isDirected,
            nodeIDs: graph.nodeIDs)
    }

    /// A forest of seeded random trees hung on a seeded random core, plus a separate path and isolated
    /// nodes: leaves, bridges, articulation points and several components.
    static func treesOnCore(seed: UInt64) -> Graph {
        var generator = SeededGenerator(seed: seed)
        let core = 40
        let nodeCount = 160
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        func link(_ u: Int, _ v: Int) {
            sources.append(UInt32(u))
            targets.append(UInt32(v))
        }
        for _ in 0..<90 {
            let u = Int.random(in: 0..<core, using: &generator)
            let v = Int.random(in: 0..<core, using: &generator)
            if u != v { link(u, v) }
        }
        // Trees: each new node hangs on an earlier one (core or tree).
        for v in core..<140 { link(v, Int.random(in: 0..<v, using: &generator)) }
        // A separate path 140 - ... - 149 with a triangle at its end; 150..<160 isolated.
        for v in 140..<149 { link(v, v + 1) }
        link(149, 147)
        return Graph(
            nodeCount: nodeCount, sources: sources, targets: targets, nodeIDs: (0..<nodeCount).map { "n\($0)" }
        ).simplified()
    }

    static func expectAgreement(_ actual: NodeScores, _ expected: NodeScores, _ label: String) {
        #expect(actual.count == expected.count)
        var worst = 0.0
        for node in 0..<actual.count {
            worst = max(worst, abs(actual[node] - expected[node]) / max(1, abs(expected[node])))
        }
        #expect(worst < 1e-12, "\(label): largest relative difference \(worst)")
    }

    @Test("Exact betweenness, unnormalised and with endpoints, on random graphs", arguments: [UInt64(11), 12, 13, 14])
    func randomGraphs(seed: UInt64) {
        for graph in [
            randomGraph(nodeCount: 90, edgeCount: 200, seed: seed), randomGraph(nodeCount: 90, edgeCount: 95, seed: seed),
            randomGraph(nodeCount: 70, edgeCount: 300, seed: seed, directed: true), Self.treesOnCore(seed: seed),
        ] {
            let reference = Self.unitLengths(graph)
            for endpoints in [false, true] {
                Self.expectAgreement(
                    graph.betweennessCentrality(normalized: false, endpoints: endpoints),
                    reference.betweennessCentrality(
                        normalized: false, endpoints: endpoints, weighted: true, distance: .weight),
                    "seed \(seed) directed \(graph.isDirected) endpoints \(endpoints)")
            }
        }
    }

    @Test("Given sources, repeated ones and fewer than a batch", arguments: [UInt64(21), 22])
    func givenSources(seed: UInt64) {
        let graph = Self.treesOnCore(seed: seed)
        let reference = Self.unitLengths(graph)
        var generator = SeededGenerator(seed: seed)
        for count in [1, 5, 8, 9, 37] {
            let sources = (0..<count).map { _ in Int.random(in: 0..<graph.nodeCount, using: &generator) } + [3, 3]
            Self.expectAgreement(
                graph.betweennessCentrality(sources: sources, normalized: true),
                reference.betweennessCentrality(sources: sources, normalized: true, weighted: true, distance: .weight),
                "\(count) sources")
        }
    }

    @Test("Real graphs: the Rabat Process projection, karate club, Les Misérables, Florentine families")
    func realGraphs() throws {
        let rabat = try NetworkFile.read(
            path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process.yaml").path)
        var graphs = [("Rabat projection", rabat.twoModeGraph().actorProjection().graph)]
        for name in ExactCentralityTests.names { graphs.append((name, try NetworkXFixture.load(name).graph)) }
        for (label, graph) in graphs {
            Self.expectAgreement(
                graph.betweennessCentrality(normalized: false),
                Self.unitLengths(graph).betweennessCentrality(normalized: false, weighted: true, distance: .weight),
                label)
        }
    }

    @Test("Bitwise the same for 1, 2 and 5 threads with batches")
    func threads() {
        let graph = randomGraph(nodeCount: 300, edgeCount: 900, seed: 31)
        let one = graph.betweennessCentrality(threads: 1)
        #expect(graph.betweennessCentrality(threads: 2) == one)
        #expect(graph.betweennessCentrality(threads: 5) == one)
    }
}
