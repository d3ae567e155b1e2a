import PartnerMetrics
import Testing
import PartnerTestSupport

/// Lengths so far apart that one vanishes in a sum (1 + 1e-16 == 1) make two nodes equally far from a source
/// though one lies beyond the other. Only arcs from an earlier-settled node to a later one may form the
/// shortest-path DAG; counting the others made betweenness 3.5 on a three-node path.
@Suite("Shortest paths: lengths lost in a floating-point sum")
struct ShortestPathTieTests {
    @Test(
        "A three-node path: the middle node carries the one pair through it, whatever the two weights",
        arguments: [(1e16, 1.0), (1.0, 1e16), (1e-16, 1.0), (1.0, 1e-16), (1e300, 1e-300), (3, 3)])
    func threeNodePath(first: Double, second: Double) throws {
        let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [first, second])
        for distance in [EdgeDistance.inverseWeight, .weight] {
            // By hand: of the three pairs only (0, 2) passes through node 1; every pair uses its one route.
            #expect(path.betweennessCentrality(normalized: false, weighted: true, distance: distance).values == [0, 1, 0])
            #expect(path.betweennessCentrality(weighted: true, distance: distance).values == [0, 1, 0])
            #expect(
                path.betweennessCentrality(sources: [0, 1, 2], normalized: false, weighted: true, distance: distance).values
                    == [0, 1, 0])
            // Edge 0-1 lies on pairs (0,1) and (0,2); edge 1-2 on (1,2) and (0,2).
            #expect(path.edgeBetweennessCentrality(normalized: false, weighted: true, distance: distance).values == [2, 2])
        }
    }

    @Test("Seeded graphs with weights from 1e-16 to 1e16: normalised betweenness stays in [0, 1]", arguments: [UInt64(1), 2, 3])
    func boundedOnExtremeWeights(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let n = 40
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        for node in 1..<n {
            // A spanning tree, then chords, so that many pairs have several routes.
            sources.append(UInt32(Int.random(in: 0..<node, using: &generator)))
            targets.append(UInt32(node))
        }
        for _ in 0..<60 {
            let u = Int.random(in: 0..<n, using: &generator)
            let v = Int.random(in: 0..<n, using: &generator)
            if u != v {
                sources.append(UInt32(u))
                targets.append(UInt32(v))
            }
        }
        for _ in sources { weights.append([1e-16, 1, 1e16, 2, 0.5].randomElement(using: &generator)!) }
        let graph = Graph(nodeCount: n, sources: sources, targets: targets, weights: weights)
        for distance in [EdgeDistance.inverseWeight, .weight] {
            let values = graph.betweennessCentrality(weighted: true, distance: distance).values
            #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 }, "\(distance): \(values.max() ?? 0)")
        }
    }

    @Test(
        "Weights no search can use are refused by the measures' front door, and a kernel called directly does not trap",
        arguments: [0.0, -0.0, -1, 5e-324, .nan, .infinity])
    func unusableWeights(weight: Double) throws {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, weight], nodeIDs: ["a", "b", "c"])
        let measured = MeasuredGraph(graph: graph)
        for measure in [CentralityMeasure.closeness, .harmonic, .betweenness, .pagerank] {
            #expect(throws: CentralityError.self) { _ = try measured.centralities([measure]) }
        }
        do {
            _ = try measured.centralities([.betweenness])
        } catch let error as CentralityError {
            #expect(error.localizedDescription.hasPrefix("the edge b - c has weight"), "\(error.localizedDescription)")
        }
        // Called directly, the unusable arc is on no path: b and c are not linked.
        #expect(graph.betweennessCentrality(normalized: false, weighted: true).values == [0, 0, 0])
        #expect(graph.closenessCentrality(weighted: true, distance: .weight).values[2] == 0)
        #expect(graph.harmonicCentrality(weighted: true).values[2] == 0)
    }

    @Test("A length whose sum over n - 1 arcs overflows is refused for distance measures")
    func overflowingLength() {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1e308, 1e308])
        #expect(graph.lengthProblem(.weight) != nil)
        // Their inverses (1e-308) are subnormal: refused too; 1e307's inverse is a normal number.
        #expect(graph.lengthProblem(.inverseWeight) != nil)
        let large = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1e307, 1e307])
        #expect(large.lengthProblem(.inverseWeight) == nil)
    }

    @Test("A weight too large for its inverse to be a normal number is refused with the range that works")
    func tooLargeMessage() throws {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, 1.7e308], nodeIDs: ["a", "b", "c"])
        let error = try #require(graph.lengthProblem(.inverseWeight))
        guard case .unusableWeight(_, _, let weight, _, let usable) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(weight == 1.7e308 && !usable.contains(weight) && usable.contains(1) && usable.contains(1e300))
        let message = error.localizedDescription
        #expect(message.hasPrefix("the edge b - c has weight 1.7e+308, which the measures cannot use on this graph: with 1/weight"), "\(message)")
        #expect(message.contains("4.49423283715579e+307"), "\(message)")
        #expect(!message.contains("so small"))
    }
}
