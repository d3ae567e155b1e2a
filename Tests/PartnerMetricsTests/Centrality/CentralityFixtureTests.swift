import Foundation
import PartnerMetrics
import Testing

/// Degree, spectral and two-mode centralities against NetworkX (`Fixtures/generate.py`).
@Suite("Centrality against NetworkX")
struct CentralityFixtureTests {
    static let exact = 1e-9
    /// Iterative methods run here to a tolerance far below NetworkX's stored fixed points.
    static let iterative = 1e-9

    @Test("fixtures come from NetworkX 3.6.1", arguments: NetworkXFixture.names)
    func version(name: String) throws {
        #expect(try NetworkXFixture.load(name).networkxVersion == "3.6.1")
    }

    @Test("degree, degree centrality, strength, alpha-weighted degree", arguments: NetworkXFixture.names)
    func degreeFamily(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let g = f.graph
        #expect(maximumDifference(g.degree().values, f.nodeValues("degree")!) == 0)
        #expect(maximumDifference(g.degreeCentrality().values, f.nodeValues("degree_centrality")!) < Self.exact)
        if g.isDirected {
            #expect(maximumDifference(g.degree(direction: .incoming).values, f.nodeValues("in_degree")!) == 0)
            #expect(maximumDifference(g.degree(direction: .outgoing).values, f.nodeValues("out_degree")!) == 0)
            #expect(maximumDifference(g.degreeCentrality(direction: .incoming).values, f.nodeValues("in_degree_centrality")!) < Self.exact)
            #expect(maximumDifference(g.degreeCentrality(direction: .outgoing).values, f.nodeValues("out_degree_centrality")!) < Self.exact)
        }
        if let strength = f.nodeValues("strength") {
            #expect(maximumDifference(g.strength().values, strength) < Self.exact)
            for alpha in [0.0, 0.5, 1.5] {
                let expected = f.nodeValues("alpha_degree_\(alpha)")!
                #expect(maximumDifference(g.alphaWeightedDegree(alpha: alpha).values, expected) < Self.exact)
            }
        }
    }

    @Test("PageRank: plain, personalised, weighted", arguments: NetworkXFixture.names)
    func pageRank(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let g = f.graph
        let plain = try g.pageRank(weighted: false, tolerance: 1e-15, maxIterations: 100_000)
        #expect(maximumDifference(plain.values, f.nodeValues("pagerank")!) < Self.iterative)
        if let personalization = f.vectorParameter("personalization") {
            let scores = try g.pageRank(
                personalization: personalization, weighted: false, tolerance: 1e-15, maxIterations: 100_000)
            #expect(maximumDifference(scores.values, f.nodeValues("pagerank_personalized")!) < Self.iterative)
        }
        if let expected = f.nodeValues("pagerank_weighted") {
            let scores = try g.pageRank(weighted: true, tolerance: 1e-15, maxIterations: 100_000)
            #expect(maximumDifference(scores.values, expected) < Self.iterative)
        }
    }

    @Test("eigenvector centrality, plain and weighted", arguments: NetworkXFixture.names)
    func eigenvector(name: String) throws {
        let f = try NetworkXFixture.load(name)
        if let expected = f.nodeValues("eigenvector") {
            let scores = try f.graph.eigenvectorCentrality(tolerance: 1e-15, maxIterations: 100_000)
            #expect(maximumDifference(scores.values, expected) < Self.iterative)
        }
        if let expected = f.nodeValues("eigenvector_weighted") {
            let scores = try f.graph.eigenvectorCentrality(weighted: true, tolerance: 1e-15, maxIterations: 100_000)
            #expect(maximumDifference(scores.values, expected) < Self.iterative)
        }
    }

    @Test("Katz centrality, plain and weighted", arguments: NetworkXFixture.names)
    func katz(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let alpha = (f.params["katz_alpha"] as! NSNumber).doubleValue
        let scores = try f.graph.katzCentrality(alpha: alpha, tolerance: 1e-15, maxIterations: 100_000)
        #expect(maximumDifference(scores.values, f.nodeValues("katz")!) < Self.iterative)
        if let expected = f.nodeValues("katz_weighted") {
            let alpha = (f.params["katz_alpha_weighted"] as! NSNumber).doubleValue
            let scores = try f.graph.katzCentrality(
                alpha: alpha, weighted: true, tolerance: 1e-15, maxIterations: 100_000)
            #expect(maximumDifference(scores.values, expected) < Self.iterative)
        }
    }

    @Test("HITS hubs and authorities (where the leading singular value is simple)", arguments: NetworkXFixture.names)
    func hits(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let hubs = f.nodeValues("hubs") else { return }
        let result = try f.graph.hubsAndAuthorities(weighted: false, tolerance: 1e-13, maxIterations: 100_000)
        // NetworkX gets these from ARPACK's SVD, converged to about 1e-10.
        #expect(maximumDifference(result.hubs.values, hubs) < 1e-8)
        #expect(maximumDifference(result.authorities.values, f.nodeValues("authorities")!) < 1e-8)
    }

    @Test("two-mode degree, closeness and betweenness (Borgatti-Everett)", arguments: ["two-mode", "affiliation"])
    func twoMode(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let twoMode = try #require(f.twoMode)
        #expect(maximumDifference(twoMode.degreeCentrality().values, f.nodeValues("bipartite_degree")!) < Self.exact)
        #expect(maximumDifference(twoMode.closenessCentrality().values, f.nodeValues("bipartite_closeness")!) < Self.exact)
        #expect(
            maximumDifference(
                twoMode.closenessCentrality(normalized: false).values, f.nodeValues("bipartite_closeness_raw")!)
                < Self.exact)
        #expect(
            maximumDifference(twoMode.betweennessCentrality().values, f.nodeValues("bipartite_betweenness")!)
                < Self.exact)
    }
}
