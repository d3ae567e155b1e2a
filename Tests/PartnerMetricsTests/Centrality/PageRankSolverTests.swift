import PartnerMetrics
import Testing
import PartnerTestSupport

/// The conjugate-gradient PageRank of undirected graphs against power iteration run to the same precision.
@Suite("PageRank: conjugate gradients against power iteration")
struct PageRankSolverTests {
    /// Σ|a − b|: both vectors sum to 1, so this is the relative L1 difference.
    static func difference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { sum, pair in sum + abs(pair.0 - pair.1) }
    }

    /// Power iteration until the L1 change is below n · 1e-17: the fixed point to about 1e-13 in L1.
    static func reference(_ graph: Graph, personalization: [Double]?, weighted: Bool) throws -> [Double] {
        try graph.pageRankSolution(
            personalization: personalization, weighted: weighted, tolerance: 1e-17, maxIterations: 100_000,
            solver: .powerIteration
        ).scores.values
    }

    @Test(
        "Same vector to 1e-12 (L1), in fewer steps: sparse (isolated nodes), dense, weighted, personalised",
        arguments: [(UInt64(1), 300, 350), (2, 300, 3000), (3, 1000, 2500)])
    func matchesPowerIteration(seed: UInt64, nodes: Int, edges: Int) throws {
        for weighted in [false, true] {
            let graph = randomGraph(nodeCount: nodes, edgeCount: edges, seed: seed, weighted: weighted)
            var teleport = [Double](repeating: 0, count: nodes)
            for node in stride(from: 0, to: nodes, by: 3) { teleport[node] = Double(node % 7 + 1) }
            for personalization in [nil, teleport] {
                let fast = try graph.pageRankSolution(personalization: personalization, weighted: weighted)
                let slow = try graph.pageRankSolution(
                    personalization: personalization, weighted: weighted, maxIterations: 10_000, solver: .powerIteration)
                #expect(fast.method == .conjugateGradients)
                #expect(slow.method == .powerIteration)
                let label = "seed \(seed), weighted \(weighted), personalised \(personalization != nil)"
                let exact = try Self.reference(graph, personalization: personalization, weighted: weighted)
                #expect(Self.difference(fast.scores.values, exact) < 1e-12, "\(label)")
                #expect(abs(fast.scores.values.reduce(0, +) - 1) < 1e-13, "\(label): sums to 1")
                #expect(fast.steps < slow.steps, "\(label): \(fast.steps) steps against \(slow.steps)")
            }
        }
    }

    @Test("A slowly mixing graph (a long cycle with a few chords): conjugate gradients need under half the steps")
    func slowMixing() throws {
        let n = 2000
        var sources = (0..<n).map { UInt32($0) }
        var targets = (0..<n).map { UInt32(($0 + 1) % n) }
        for chord in stride(from: 0, to: n, by: 250) {
            sources.append(UInt32(chord))
            targets.append(UInt32((chord + n / 3) % n))
        }
        let graph = Graph(nodeCount: n, sources: sources, targets: targets)
        let fast = try graph.pageRankSolution()
        let slow = try graph.pageRankSolution(maxIterations: 10_000, solver: .powerIteration)
        #expect(Self.difference(fast.scores.values, try Self.reference(graph, personalization: nil, weighted: false)) < 1e-12)
        #expect(fast.steps * 2 < slow.steps, "\(fast.steps) steps against \(slow.steps)")
    }

    @Test("Directed graphs, NetworkX's tolerance and a dangling vector of its own keep power iteration")
    func fallsBackToPowerIteration() throws {
        let directed = randomGraph(nodeCount: 200, edgeCount: 600, seed: 4, directed: true)
        #expect(try directed.pageRankSolution().method == .powerIteration)
        let undirected = randomGraph(nodeCount: 200, edgeCount: 150, seed: 5)
        #expect(try undirected.pageRankSolution(tolerance: 1e-6).method == .powerIteration)
        // 150 edges on 200 nodes leave isolated (dangling) nodes: a dangling vector of its own matters then.
        var dangling = [Double](repeating: 0, count: 200)
        dangling[0] = 1
        #expect(try undirected.pageRankSolution(dangling: dangling).method == .powerIteration)
    }

    @Test("Conjugate gradients give bitwise the same vector for 1, 2 and 3 threads")
    func threadCountDoesNotMatter() throws {
        // Enough rows for several row blocks, so that the block-ordered dot products are exercised.
        let graph = randomGraph(nodeCount: 40_000, edgeCount: 160_000, seed: 6)
        let one = try graph.pageRank(threads: 1)
        for threads in [2, 3] { #expect(try graph.pageRank(threads: threads) == one) }
    }

    @Test("An iteration limit too low to reach the precision throws")
    func iterationLimit() {
        let graph = randomGraph(nodeCount: 300, edgeCount: 1200, seed: 7)
        #expect(throws: IterationError.notConverged(measure: "pagerank", iterations: 3)) {
            try graph.pageRank(maxIterations: 3)
        }
    }
}
