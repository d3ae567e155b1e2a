import Foundation
import PartnerMetrics
import PartnerTestSupport
import Testing

@Suite("Communities")
struct CommunitiesTests {
    @Test("modularity of a given partition agrees with NetworkX", arguments: CollaborationFixture.names)
    func modularityMatchesNetworkX(name: String) throws {
        let fixture = try CollaborationFixture(name)
        let weighted = fixture.twoMode.coOccurrence().graph()
        #expect(abs(weighted.modularity(of: fixture.partition) - fixture.values["modularity_weighted"]!) <= 1e-9)
        #expect(
            abs(weighted.modularity(of: fixture.partition, resolution: 2) - fixture.values["modularity_resolution_2"]!)
                <= 1e-9)
        let co = fixture.twoMode.coOccurrence()
        let unweighted = Graph(
            nodeCount: co.actorIDs.count, sources: co.firstActors, targets: co.secondActors, nodeIDs: co.actorIDs)
        #expect(abs(unweighted.modularity(of: fixture.partition) - fixture.values["modularity_unweighted"]!) <= 1e-9)
    }

    @Test("Barber's bipartite modularity agrees with the formula", arguments: CollaborationFixture.names)
    func barberMatchesFormula(name: String) throws {
        let fixture = try CollaborationFixture(name)
        #expect(abs(fixture.twoMode.barberModularity(of: fixture.bipartition) - fixture.values["barber"]!) <= 1e-9)
    }

    /// Two 5-cliques joined by one edge.
    static func twoCliques() -> Graph {
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for offset in [0, 5] {
            for u in 0..<5 {
                for v in (u + 1)..<5 {
                    sources.append(UInt32(offset + u))
                    targets.append(UInt32(offset + v))
                }
            }
        }
        sources.append(4)
        targets.append(5)
        return Graph(nodeCount: 10, sources: sources, targets: targets)
    }

    @Test("Louvain and Leiden split two joined cliques", arguments: [nil, 1, 2, 3] as [UInt64?])
    func twoCliquesSplit(seed: UInt64?) {
        let graph = Self.twoCliques()
        // Q = 2 · (10/21 − (21/42)²) = 0.452380...
        let expected = 2 * (10.0 / 21 - 0.25)
        for partition in [graph.louvainCommunities(seed: seed), graph.leidenCommunities(seed: seed ?? 0)] {
            #expect(partition.communities == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
            #expect(abs(partition.modularity - expected) < 1e-12)
        }
    }

    /// A seeded random graph with planted groups.
    static func planted(seed: UInt64, groups: Int = 4, size: Int = 30) -> Graph {
        var generator = SeededGenerator(seed: seed)
        func random() -> Double { Double.random(in: 0..<1, using: &generator) }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        let n = groups * size
        for u in 0..<n {
            for v in (u + 1)..<n where random() < (u / size == v / size ? 0.3 : 0.02) {
                sources.append(UInt32(u))
                targets.append(UInt32(v))
            }
        }
        return Graph(nodeCount: n, sources: sources, targets: targets)
    }

    @Test("a seed fixes the result; the reported modularity is the partition's", arguments: [1, 7, 42] as [UInt64])
    func deterministicAndConsistent(seed: UInt64) {
        let graph = Self.planted(seed: seed)
        let louvain = graph.louvainCommunities(seed: seed)
        let leiden = graph.leidenCommunities(seed: seed)
        #expect(graph.louvainCommunities(seed: seed) == louvain)
        #expect(graph.leidenCommunities(seed: seed) == leiden)
        for partition in [louvain, leiden] {
            #expect(abs(partition.modularity - graph.modularity(of: partition.communities)) < 1e-12)
            #expect(partition.modularity > 0.4)
            #expect(partition.sizes.reduce(0, +) == graph.nodeCount)
        }
    }

    @Test("Leiden communities are connected", arguments: [3, 5, 8] as [UInt64])
    func leidenConnected(seed: UInt64) {
        let graph = Self.planted(seed: seed, groups: 6, size: 20)
        let partition = graph.leidenCommunities(seed: seed)
        for community in 0..<partition.communityCount {
            let members = (0..<graph.nodeCount).filter { partition.communities[$0] == community }
            var seen: Set<Int> = [members[0]]
            var stack = [members[0]]
            while let u = stack.popLast() {
                for v in graph.neighbors(of: u) where partition.communities[Int(v)] == community && !seen.contains(Int(v)) {
                    seen.insert(Int(v))
                    stack.append(Int(v))
                }
            }
            #expect(seen.count == members.count)
        }
    }

    @Test("a higher resolution gives at least as many communities")
    func resolution() {
        let graph = Self.planted(seed: 9)
        #expect(graph.louvainCommunities(resolution: 3).communityCount >= graph.louvainCommunities(resolution: 0.5).communityCount)
    }
}
