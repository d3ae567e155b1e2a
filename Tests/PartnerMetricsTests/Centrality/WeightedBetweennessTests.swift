import PartnerMetrics
import Testing
import PartnerTestSupport

/// Weighted betweenness: whole-number lengths take the bucket queue, other lengths the binary heap. Scaling
/// every length by 1/2 (exact in binary) keeps every tie and every shortest path, so the two searches must
/// give bitwise the same sums.
@Suite("Weighted betweenness: bucket queue and heap")
struct WeightedBetweennessTests {
    /// A seeded random graph whose weights are whole numbers from 1 to `largest`, times `scale`.
    static func integerWeighted(seed: UInt64, nodes: Int, edges: Int, largest: Int, scale: Double) -> Graph {
        var generator = SeededGenerator(seed: seed)
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        for _ in 0..<edges {
            let u = Int.random(in: 0..<nodes, using: &generator)
            let v = Int.random(in: 0..<nodes, using: &generator)
            guard u != v else { continue }
            sources.append(UInt32(u))
            targets.append(UInt32(v))
            weights.append(Double(Int.random(in: 1...largest, using: &generator)) * scale)
        }
        return Graph(
            nodeCount: nodes, sources: sources, targets: targets, weights: weights,
            nodeIDs: (0..<nodes).map { "n\($0)" })
    }

    @Test("A square with two equal-length routes each way shares every pair's load")
    func tiedSquare() {
        // 0-1 (1), 1-2 (2), 2-3 (1), 3-0 (2): 0 to 2 and 1 to 3 both have two routes of length 3.
        for scale in [1.0, 0.5] {
            let graph = Graph(
                nodeCount: 4, sources: [0, 1, 2, 3], targets: [1, 2, 3, 0], weights: [1, 2, 1, 2].map { $0 * scale })
            let scores = graph.betweennessCentrality(normalized: false, weighted: true, distance: .weight)
            #expect(scores.values == [0.5, 0.5, 0.5, 0.5], "lengths times \(scale)")
        }
    }

    @Test("Non-integer lengths: a three-hop route of 0.4 + 0.3 + 0.3 ties with a direct 1.0 only when the sums are equal")
    func fractionalLengths() {
        // 0-1-2-3 with lengths 0.25, 0.25, 0.5 against 0-3 with length 1: both exactly 1.0, two routes.
        let tie = Graph(nodeCount: 4, sources: [0, 1, 2, 0], targets: [1, 2, 3, 3], weights: [0.25, 0.25, 0.5, 1])
        let tied = tie.betweennessCentrality(normalized: false, weighted: true, distance: .weight)
        // Pair 0-3 splits: 1 and 2 each get 1/2. Pairs 0-2 (via 1) and 1-3 (via 2) are single routes.
        #expect(tied.values == [0, 1.5, 1.5, 0])
        // A direct length of 1.25 is longer: pair 0-3 goes through 1 and 2 alone.
        let detour = Graph(nodeCount: 4, sources: [0, 1, 2, 0], targets: [1, 2, 3, 3], weights: [0.25, 0.25, 0.5, 1.25])
        #expect(detour.betweennessCentrality(normalized: false, weighted: true, distance: .weight).values == [0, 2, 2, 0])
    }

    @Test("Whole-number lengths (bucket queue) give bitwise the halved lengths' values (heap)", arguments: [UInt64(3), 4, 5])
    func bucketsMatchHeap(seed: UInt64) {
        let whole = Self.integerWeighted(seed: seed, nodes: 300, edges: 1200, largest: 10, scale: 1)
        let halved = Self.integerWeighted(seed: seed, nodes: 300, edges: 1200, largest: 10, scale: 0.5)
        // Every node as a source: the plain searches (exact betweenness would fold the whole-number graph's
        // trees, and not the halved one's).
        let all = Array(0..<300)
        for endpoints in [false, true] {
            let a = whole.betweennessCentrality(
                sources: all, normalized: false, endpoints: endpoints, weighted: true, distance: .weight)
            let b = halved.betweennessCentrality(
                sources: all, normalized: false, endpoints: endpoints, weighted: true, distance: .weight)
            #expect(a == b, "endpoints \(endpoints)")
        }
        let sources = Array(stride(from: 1, to: 300, by: 11))
        #expect(
            whole.betweennessCentrality(sources: sources, weighted: true, distance: .weight)
                == halved.betweennessCentrality(sources: sources, weighted: true, distance: .weight))
        #expect(
            whole.edgeBetweennessCentrality(weighted: true, distance: .weight)
                == halved.edgeBetweennessCentrality(weighted: true, distance: .weight))
        // Lengths above the bucket limit take the heap too, with the same values.
        let long = Self.integerWeighted(seed: seed, nodes: 300, edges: 1200, largest: 10, scale: 4096)
        #expect(
            long.betweennessCentrality(sources: all, normalized: false, weighted: true, distance: .weight)
                == whole.betweennessCentrality(sources: all, normalized: false, weighted: true, distance: .weight))
    }

    @Test("The bucket queue's results do not depend on the thread count")
    func threadCountDoesNotMatter() {
        let graph = Self.integerWeighted(seed: 9, nodes: 400, edges: 1600, largest: 10, scale: 1)
        let one = graph.betweennessCentrality(weighted: true, distance: .weight, threads: 1)
        for threads in [2, 3] {
            #expect(graph.betweennessCentrality(weighted: true, distance: .weight, threads: threads) == one)
        }
    }
}
