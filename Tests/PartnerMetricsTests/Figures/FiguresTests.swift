import Foundation
import PartnerIO
import Testing

@testable import PartnerMetrics

/// One definition per figure: the defaults of `Network.groups` and `Network.centralities`, stated once.
@Suite("figures: one function and one default per figure")
struct FiguresTests {
    static func rabat() throws -> Network {
        try NetworkFile.read(path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process.yaml").path)
    }

    @Test("the groups are Louvain on the weighted actor projection with seed 1, the same on every call")
    func groupDefaults() throws {
        let network = try Self.rabat()
        let groups = network.groups()
        let projection = network.twoModeGraph().actorProjection()
        #expect(groups.partition == projection.graph.louvainCommunities(resolution: 1, seed: 1))
        #expect(groups.networkIndices == projection.networkIndices)
        #expect(groups.partition.nodeIDs == projection.graph.nodeIDs)
        #expect(network.groups() == groups)
        // Another seed or method is asked for, never implied.
        let leiden = network.groups(GroupOptions(method: .leiden))
        #expect(leiden.partition == projection.graph.leidenCommunities(resolution: 1, seed: 1))
        let twoMode = network.groups(GroupOptions(scope: .twoMode))
        #expect(twoMode.bipartiteModularity != nil && groups.bipartiteModularity == nil)
    }

    @Test("a network without meetings is its own projection: its groups partition it as it is")
    func groupsOfOneModeNetwork() throws {
        let nodes = ["a", "b", "c", "d", "e", "f"].map { Node(id: $0, kind: .country) }
        let pairs = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")]
        let network = try Network(
            name: "two triangles", nodes: nodes, edges: pairs.map { Edge(from: $0.0, to: $0.1, relation: "link") })
        let groups = network.groups()
        #expect(groups.partition.communityCount == 2)
        #expect(groups.partition["a"] == groups.partition["c"] && groups.partition["c"] != groups.partition["d"])
    }

    @Test("every centrality reads weights only when asked: eigenvector and PageRank alike")
    func weightRule() throws {
        let network = try Self.rabat()
        let projection = network.twoModeGraph().actorProjection().graph
        #expect(projection.isWeighted)
        let plain = projection.withoutWeights()
        let columns = try network.centralities([.eigenvector, .pagerank, .betweenness], on: .projection)
        #expect(columns[0] == (try plain.eigenvectorCentrality().named("eigenvector")))
        #expect(columns[1] == (try plain.pageRank().named("pagerank")))
        #expect(columns[2] == plain.betweennessCentrality().named("betweenness"))
        #expect(try projection.pageRank() == plain.pageRank())
        let weighted = try network.centralities([.eigenvector], on: .projection, weighted: true)
        #expect(weighted[0] == (try projection.eigenvectorCentrality(weighted: true).named("eigenvector")))
        #expect(weighted[0] != columns[0])
    }

    @Test("a period ranking is the centrality of the period's projection under the same rule")
    func periodRanking() throws {
        let network = try Self.rabat()
        let byDegree = try network.periodStatistics(top: 3, rankedBy: .degree)
        #expect(byDegree == network.periodStatistics(top: 3))
        let byPageRank = try network.periodStatistics(top: 3, rankedBy: .pagerank)
        let weighted = try network.periodStatistics(top: 3, rankedBy: .pagerank, weighted: true)
        #expect(byPageRank.count == byDegree.count && weighted.count == byDegree.count)
        #expect(try network.periodStatistics(top: 3) { try $0.withoutWeights().pageRank() } == byPageRank)
    }
}

extension NodeScores {
    fileprivate func named(_ name: String) -> NodeScores {
        var copy = self
        copy.name = name
        return copy
    }
}
