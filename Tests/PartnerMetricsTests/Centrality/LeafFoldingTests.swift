import PartnerIO
import PartnerMetrics
import Testing
import PartnerTestSupport

/// Exact betweenness with degree-1 trees folded against the plain algorithm: the estimator from every node
/// as a source runs the searches over the whole graph, without folding.
@Suite("Betweenness with leaf folding against the plain algorithm")
struct LeafFoldingTests {
    /// Plain Brandes over every source (the sampled estimator with k = n is exact and never folds).
    static func plain(_ graph: Graph, weighted: Bool = false) -> NodeScores {
        graph.betweennessCentrality(
            sources: Array(0..<graph.nodeCount), normalized: false, weighted: weighted, distance: .weight)
    }

    /// The largest difference relative to max(1, |plain|) is below 1e-12; returns it.
    @discardableResult
    static func expectFoldedMatchesPlain(_ graph: Graph, weighted: Bool = false, _ label: String) -> Double {
        let folded = graph.betweennessCentrality(normalized: false, weighted: weighted, distance: .weight)
        let reference = plain(graph, weighted: weighted)
        var worst = 0.0
        for node in 0..<graph.nodeCount {
            worst = max(worst, abs(folded[node] - reference[node]) / max(1, abs(reference[node])))
        }
        #expect(worst < 1e-12, "\(label): largest relative difference \(worst)")
        return worst
    }

    /// `graph` with seeded integer weights from 1 to 4 on its edges.
    static func withWeights(_ graph: Graph, seed: UInt64) -> Graph {
        var generator = SeededGenerator(seed: seed)
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<graph.nodeCount {
            for arc in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[arc]) > u {
                sources.append(UInt32(u))
                targets.append(graph.targets[arc])
            }
        }
        let weights = sources.map { _ in Double(Int.random(in: 1...4, using: &generator)) }
        return Graph(
            nodeCount: graph.nodeCount, sources: sources, targets: targets, weights: weights, nodeIDs: graph.nodeIDs)
    }

    @Test("Random cores with trees hanging off, unweighted and weighted", arguments: [UInt64(41), 42, 43, 44, 45])
    func treesOnCores(seed: UInt64) {
        let graph = BatchedBetweennessTests.treesOnCore(seed: seed)
        Self.expectFoldedMatchesPlain(graph, "seed \(seed)")
        Self.expectFoldedMatchesPlain(Self.withWeights(graph, seed: seed), weighted: true, "seed \(seed) weighted")
    }

    @Test("Hand cases: a path, a star, a lone edge, a triangle with a tail, parallel edges to a leaf")
    func handCases() {
        // Path 0-1-2-3-4: node i lies between i·(4-i) unordered pairs.
        let path = Graph(nodeCount: 5, sources: [0, 1, 2, 3], targets: [1, 2, 3, 4])
        #expect(path.betweennessCentrality(normalized: false).values == [0, 3, 4, 3, 0])
        // Star: the centre carries the 6 pairs of its 4 leaves; plus an isolated node and a lone edge.
        let star = Graph(nodeCount: 8, sources: [0, 0, 0, 0, 6], targets: [1, 2, 3, 4, 7])
        #expect(star.betweennessCentrality(normalized: false).values == [6, 0, 0, 0, 0, 0, 0, 0])
        // Triangle 0-1-2 with the tail 2-3-4: 2 separates {0, 1} from {3, 4} (4 pairs), 3 separates
        // {0, 1, 2} from 4 (3 pairs).
        let tail = Graph(nodeCount: 5, sources: [0, 1, 2, 2, 3], targets: [1, 2, 0, 3, 4])
        #expect(tail.betweennessCentrality(normalized: false).values == [0, 0, 4, 3, 0])
        // A leaf on a double edge: both paths to it go through its parent, which still carries every pair.
        let doubled = Graph(nodeCount: 4, sources: [0, 1, 2, 2, 2], targets: [1, 2, 0, 3, 3])
        Self.expectFoldedMatchesPlain(doubled, "double edge to a leaf")
        #expect(doubled.betweennessCentrality(normalized: false).values == [0, 0, 2, 0])
    }

    @Test("A forest and sparse random graphs (many components, isolated nodes)", arguments: [UInt64(51), 52])
    func sparse(seed: UInt64) {
        Self.expectFoldedMatchesPlain(randomGraph(nodeCount: 200, edgeCount: 150, seed: seed), "forest-like \(seed)")
        Self.expectFoldedMatchesPlain(randomGraph(nodeCount: 200, edgeCount: 220, seed: seed), "sparse \(seed)")
        Self.expectFoldedMatchesPlain(
            randomGraph(nodeCount: 200, edgeCount: 220, seed: seed, weighted: true), weighted: true, "sparse weighted \(seed)")
    }

    @Test("Real graphs: the Rabat Process projections and two-mode graph, karate club, Les Misérables, Florentine families")
    func realGraphs() throws {
        var graphs: [(String, Graph)] = []
        for file in ["graphs/rabat-process.yaml", "graphs/rabat-process-2015-2025.yaml"] {
            let network = try NetworkFile.read(path: RabatProcessTests.root.appendingPathComponent(file).path)
            graphs.append(("\(file) projection", network.twoModeGraph().actorProjection().graph))
            graphs.append(("\(file) two-mode", network.twoModeGraph().graph))
        }
        for name in ExactCentralityTests.names { graphs.append((name, try NetworkXFixture.load(name).graph)) }
        for (label, graph) in graphs {
            Self.expectFoldedMatchesPlain(graph, label)
            if graph.isWeighted { Self.expectFoldedMatchesPlain(graph, weighted: true, "\(label) weighted") }
        }
    }
}
