import PartnerMetrics
import Testing

/// PageRank, eigenvector, Katz and HITS at their default precision against dense exact solutions
/// (`Fixtures/generate_exact.py`: `numpy.linalg.solve` and `eigh`).
@Suite("Iterative centralities against exact solutions")
struct ExactCentralityTests {
    static let names = ["exact-karate", "exact-les-miserables", "exact-florentine", "exact-disconnected-random"]
    static let agreement = 1e-10

    @Test("PageRank, plain and weighted", arguments: names)
    func pageRank(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let plain = try f.graph.pageRank(weighted: false)
        #expect(maximumDifference(plain.values, f.nodeValues("pagerank")!) < Self.agreement)
        if let expected = f.nodeValues("pagerank_weighted") {
            #expect(maximumDifference(try f.graph.pageRank(weighted: true).values, expected) < Self.agreement)
        }
    }

    @Test("Eigenvector centrality, plain and weighted; a disconnected graph follows NetworkX's rule", arguments: names)
    func eigenvector(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let plain = try f.graph.eigenvectorCentrality()
        #expect(maximumDifference(plain.values, f.nodeValues("eigenvector")!) < Self.agreement)
        if let expected = f.nodeValues("eigenvector_weighted") {
            #expect(maximumDifference(try f.graph.eigenvectorCentrality(weighted: true).values, expected) < Self.agreement)
        }
    }

    @Test("Eigenvector centrality of a disconnected graph: only the dominant component scores (others: 0 to rounding)")
    func disconnectedRule() throws {
        let f = try NetworkXFixture.load("exact-disconnected-random")
        let scores = try f.graph.eigenvectorCentrality()
        let components = f.graph.connectedComponents()
        let largest = components.labels[scores.values.indices.max { scores[$0] < scores[$1] }!]
        #expect(Set(components.labels).count == 4)
        for node in 0..<f.graph.nodeCount where components.labels[node] != largest {
            #expect(abs(scores[node]) < 1e-14, "node \(f.nodes[node]) outside the dominant component")
        }
        let norm = scores.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(norm - 1) < 1e-12)
    }

    @Test("Katz centrality at alpha = 0.5 / largest eigenvalue", arguments: names)
    func katz(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let alpha = try #require(f.params["katz_alpha"] as? Double)
        let scores = try f.graph.katzCentrality(alpha: alpha)
        #expect(maximumDifference(scores.values, f.nodeValues("katz")!) < Self.agreement)
    }

    @Test("HITS on connected, non-bipartite graphs: hubs = authorities = the leading eigenvector of A²", arguments: names)
    func hits(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let expected = f.nodeValues("hits") else { return }
        let result = try f.graph.hubsAndAuthorities(weighted: false)
        #expect(maximumDifference(result.hubs.values, expected) < Self.agreement)
        #expect(maximumDifference(result.authorities.values, expected) < Self.agreement)
    }

    @Test("NetworkX's tolerance stops earlier: the digits NetworkX would print, not the exact ones")
    func networkXTolerance() throws {
        let f = try NetworkXFixture.load("exact-les-miserables")
        let exact = f.nodeValues("pagerank_weighted")!
        let early = try f.graph.pageRank(weighted: true, tolerance: 1e-6)
        let gap = maximumDifference(early.values, exact)
        #expect(gap > Self.agreement && gap < 1e-4)
        let eigenvector = try f.graph.eigenvectorCentrality(tolerance: 1e-6)
        #expect(maximumDifference(eigenvector.values, f.nodeValues("eigenvector")!) < 1e-4)
    }
}
