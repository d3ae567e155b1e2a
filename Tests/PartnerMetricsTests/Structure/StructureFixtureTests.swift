import Foundation
import PartnerMetrics
import Testing

/// Components, cores, density, centralisation, clustering and structural holes against NetworkX.
@Suite("Structure against NetworkX")
struct StructureFixtureTests {
    static let exact = 1e-9

    @Test("components: labels numbered by lowest node", arguments: NetworkXFixture.names)
    func components(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let g = f.graph
        if g.isDirected {
            let strong = g.stronglyConnectedComponents()
            #expect(strong.labels.map(Double.init) == f.nodeValues("strong_components")!)
            let weak = g.weaklyConnectedComponents()
            #expect(weak.labels.map(Double.init) == f.nodeValues("weak_components")!)
            #expect(strong.sizes.reduce(0, +) == g.nodeCount)
        } else {
            let components = g.connectedComponents()
            #expect(components.labels.map(Double.init) == f.nodeValues("components")!)
            #expect(components.count == Set(components.labels).count)
            #expect(components.sizes.reduce(0, +) == g.nodeCount)
            // Undirected: strong components are the connected components.
            #expect(g.stronglyConnectedComponents() == components)
        }
    }

    @Test("core numbers", arguments: NetworkXFixture.names)
    func cores(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let expected = f.nodeValues("core_number") else { return }
        #expect(f.graph.coreNumbers().values == expected)
    }

    @Test("density", arguments: NetworkXFixture.names)
    func density(name: String) throws {
        let f = try NetworkXFixture.load(name)
        #expect(abs(f.graph.density - f.scalar("density")!) < Self.exact)
    }

    @Test("Freeman centralisation", arguments: NetworkXFixture.names)
    func centralization(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let degree = f.scalar("degree_centralization") else { return }
        #expect(abs(f.graph.degreeCentralization() - degree) < Self.exact)
        let betweenness = NodeScores(name: "betweenness", values: f.nodeValues("betweenness")!, nodeIDs: f.nodes)
        #expect(abs(betweenness.freemanCentralization(measure: .betweenness) - f.scalar("betweenness_centralization")!) < Self.exact)
        let closeness = NodeScores(name: "closeness", values: f.nodeValues("closeness")!, nodeIDs: f.nodes)
        #expect(abs(closeness.freemanCentralization(measure: .closeness) - f.scalar("closeness_centralization")!) < Self.exact)
    }

    @Test("clustering: local, average, transitivity, weighted", arguments: NetworkXFixture.names)
    func clustering(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let expected = f.nodeValues("clustering") else { return }
        let g = f.graph
        #expect(maximumDifference(g.clustering().values, expected) < Self.exact)
        #expect(abs(g.averageClustering() - f.scalar("average_clustering")!) < Self.exact)
        #expect(abs(g.transitivity() - f.scalar("transitivity")!) < Self.exact)
        if let weighted = f.nodeValues("clustering_weighted") {
            #expect(maximumDifference(g.clustering(weighted: true).values, weighted) < Self.exact)
            #expect(abs(g.averageClustering(weighted: true) - f.scalar("average_clustering_weighted")!) < Self.exact)
        }
    }

    @Test("Burt's constraint and effective size", arguments: NetworkXFixture.names)
    func structuralHoles(name: String) throws {
        let f = try NetworkXFixture.load(name)
        guard let constraint = f.nodeValues("constraint") else { return }
        let holes = f.graph.structuralHoles()
        #expect(maximumDifference(holes.constraint.values, constraint) < Self.exact)
        #expect(maximumDifference(holes.effectiveSize.values, f.nodeValues("effective_size")!) < Self.exact)
        if let weighted = f.nodeValues("constraint_weighted") {
            let holes = f.graph.structuralHoles(weighted: true)
            #expect(maximumDifference(holes.constraint.values, weighted) < Self.exact)
            #expect(maximumDifference(holes.effectiveSize.values, f.nodeValues("effective_size_weighted")!) < Self.exact)
        }
    }
}
