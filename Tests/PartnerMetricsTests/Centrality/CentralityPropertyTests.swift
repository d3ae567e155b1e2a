import Foundation
import PartnerMetrics
import Testing
import PartnerTestSupport

/// Invariants of the centralities and structure measures on seeded random graphs.
@Suite("Centrality and structure properties")
struct CentralityPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13]

    @Test("degree sum is 2|E|; directed in- and out-degrees each sum to |E|", arguments: seeds)
    func handshake(seed: UInt64) {
        let undirected = randomGraph(nodeCount: 200, edgeCount: 700, seed: seed)
        #expect(undirected.degree().values.reduce(0, +) == Double(2 * undirected.edgeCount))
        let directed = randomGraph(nodeCount: 200, edgeCount: 700, seed: seed, directed: true)
        #expect(directed.degree(direction: .incoming).values.reduce(0, +) == Double(directed.edgeCount))
        #expect(directed.degree(direction: .outgoing).values.reduce(0, +) == Double(directed.edgeCount))
        #expect(directed.degree().values.reduce(0, +) == Double(2 * directed.edgeCount))
        let weighted = randomGraph(nodeCount: 200, edgeCount: 700, seed: seed, weighted: true)
        // Each edge's weight is stored in both rows, so the strengths sum to twice the total edge weight.
        let strengths: Double = weighted.strength().values.reduce(0, +)
        let stored: Double = weighted.weights!.reduce(0, +)
        #expect(abs(strengths - stored) < 1e-9)
    }

    @Test("relabelling nodes changes no score", arguments: seeds)
    func relabelling(seed: UInt64) throws {
        for directed in [false, true] {
            let g = randomGraph(nodeCount: 150, edgeCount: 500, seed: seed, directed: directed, weighted: true)
            let h = permuted(g, seed: seed &+ 100)
            func same(_ a: NodeScores, _ b: NodeScores, _ tolerance: Double) -> Bool {
                maximumDifference(a.values, values(b, inOrderOf: a.nodeIDs)) <= tolerance
            }
            #expect(same(g.degree(), h.degree(), 0))
            #expect(same(g.degreeCentrality(), h.degreeCentrality(), 0))
            #expect(same(g.strength(), h.strength(), 1e-12))
            #expect(same(g.alphaWeightedDegree(alpha: 0.5), h.alphaWeightedDegree(alpha: 0.5), 1e-12))
            let pageRanks = try [g, h].map { try $0.pageRank(tolerance: 1e-13, maxIterations: 10_000) }
            #expect(same(pageRanks[0], pageRanks[1], 1e-10))
            let eigenvectors = try [g, h].map { try $0.eigenvectorCentrality(tolerance: 1e-13, maxIterations: 100_000) }
            #expect(same(eigenvectors[0], eigenvectors[1], 1e-8))
            let katz = try [g, h].map { try $0.katzCentrality(alpha: 0.05, tolerance: 1e-13) }
            #expect(same(katz[0], katz[1], 1e-10))
            #expect(same(g.coreNumbers(), h.coreNumbers(), 0))
            let holesG = g.structuralHoles(weighted: true)
            let holesH = h.structuralHoles(weighted: true)
            #expect(same(holesG.constraint, holesH.constraint, 1e-12))
            #expect(same(holesG.effectiveSize, holesH.effectiveSize, 1e-12))
            // Component labels depend on node order by design; the partition does not.
            let partitionG = Set(g.stronglyConnectedComponents().sizes)
            let partitionH = Set(h.stronglyConnectedComponents().sizes)
            #expect(partitionG == partitionH)
            if !directed {
                #expect(same(g.clustering(), h.clustering(), 1e-12))
                #expect(same(g.clustering(weighted: true), h.clustering(weighted: true), 1e-12))
                #expect(abs(g.transitivity() - h.transitivity()) < 1e-12)
            }
        }
    }

    @Test("normalised scores lie in [0, 1]", arguments: seeds)
    func unitInterval(seed: UInt64) throws {
        let g = randomGraph(nodeCount: 120, edgeCount: 300, seed: seed, weighted: true)
        var normalised: [NodeScores] = [g.degreeCentrality(), g.clustering(), g.clustering(weighted: true)]
        normalised.append(try g.pageRank())
        normalised.append(try g.eigenvectorCentrality(tolerance: 1e-10, maxIterations: 10_000))
        normalised.append(try g.katzCentrality(alpha: 0.05))
        normalised.append(try g.hubsAndAuthorities(maxIterations: 10_000).hubs)
        for scores in normalised {
            let outside = scores.values.filter { !($0 >= 0 && $0 <= 1 + 1e-12) }
            #expect(outside.isEmpty, "\(scores.name): \(outside.prefix(3))")
        }
        let total: Double = try g.pageRank().values.reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
        #expect(g.density >= 0 && g.density <= 1)
        #expect(g.transitivity() >= 0 && g.transitivity() <= 1)
        #expect(g.degreeCentralization() >= 0 && g.degreeCentralization() <= 1)
        // Two-mode: a random bipartite graph.
        var generator = SeededGenerator(seed: seed)
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for actor in 0..<40 {
            for meeting in 40..<55 where Double.random(in: 0..<1, using: &generator) < 0.15 {
                sources.append(UInt32(actor))
                targets.append(UInt32(meeting))
            }
        }
        let bipartite = Graph(nodeCount: 55, sources: sources, targets: targets)
        let twoMode = TwoModeGraph(graph: bipartite, actorCount: 40, networkIndices: Array(0..<55))
        for scores in [twoMode.degreeCentrality(), twoMode.closenessCentrality(), twoMode.betweennessCentrality()] {
            #expect(scores.values.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 }, "\(scores.name)")
        }
    }

    @Test("iterative methods give the same bits on any number of threads")
    func threadCountIndependence() throws {
        // More rows than one block holds (16 384), so that threads really split the work. Bit-identity holds at
        // any tolerance, so loose ones keep this quick in debug builds.
        for directed in [false, true] {
            let g = randomGraph(nodeCount: 36_000, edgeCount: 50_000, seed: 99, directed: directed, weighted: true)
            let reference = try g.pageRank(tolerance: 1e-7, threads: 1)
            let eigenvector = try g.eigenvectorCentrality(tolerance: 1e-4, maxIterations: 1000, threads: 1)
            let katz = try g.katzCentrality(alpha: 0.02, tolerance: 1e-7, threads: 1)
            let hits = try g.hubsAndAuthorities(tolerance: 1e-2, maxIterations: 1000, threads: 1)
            for threads in [2, 3] {
                #expect(try g.pageRank(tolerance: 1e-7, threads: threads) == reference)
                #expect(try g.eigenvectorCentrality(tolerance: 1e-4, maxIterations: 1000, threads: threads) == eigenvector)
                #expect(try g.katzCentrality(alpha: 0.02, tolerance: 1e-7, threads: threads) == katz)
                #expect(try g.hubsAndAuthorities(tolerance: 1e-2, maxIterations: 1000, threads: threads) == hits)
            }
        }
    }

    @Test("errors: bad parameters and non-convergence are thrown, not trapped")
    func errors() {
        let g = randomGraph(nodeCount: 50, edgeCount: 200, seed: 4)
        #expect(throws: IterationError.self) { try g.pageRank(damping: 1.5) }
        #expect(throws: IterationError.self) { try g.pageRank(personalization: [1, 2]) }
        #expect(throws: IterationError.self) { try g.pageRank(personalization: [Double](repeating: 0, count: 50)) }
        // alpha above 1/λmax: the Katz series diverges.
        #expect(throws: IterationError.notConverged(measure: "katz", iterations: 50)) {
            try g.katzCentrality(alpha: 0.9, maxIterations: 50)
        }
    }
}
