import Foundation
import PartnerIO
import Testing
@testable import PartnerMetrics
import PartnerTestSupport

/// Reference values of `Fixtures/summary.json` (see `generate_summary.py`: NetworkX, checked against igraph).
struct SummaryFixture {
    struct Case {
        let seed: Int
        let twoMode: TwoModeGraph
        let network: Network
        let values: [String: Any]
        func number(_ key: String) -> Double { (values[key] as! NSNumber).doubleValue }
        func integer(_ key: String) -> Int { (values[key] as! NSNumber).intValue }
    }

    let rabat: [String: Double]
    let cases: [Case]

    init() throws {
        let url = try #require(Bundle.module.url(forResource: "summary", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        rabat = try #require(root["rabat"] as? [String: Any]).mapValues { ($0 as! NSNumber).doubleValue }
        cases = try #require(root["random"] as? [[String: Any]]).map { item in
            let actors = item["actors"] as! Int
            let meetings = item["meetings"] as! Int
            let edges = item["edges"] as! [[Int]]
            let ids = (0..<actors).map { "a\($0)" } + (0..<meetings).map { "m\($0)" }
            let graph = Graph(
                nodeCount: actors + meetings, sources: edges.map { UInt32($0[0]) },
                targets: edges.map { UInt32(actors + $0[1]) }, nodeIDs: ids)
            var builder = NetworkBuilder(name: "random \(item["seed"] as! Int)")
            for a in 0..<actors { builder.add(Node(id: "a\(a)", kind: "actor")) }
            for m in 0..<meetings { builder.add(Node(id: "m\(m)", kind: .meeting, meeting: Meeting())) }
            for edge in edges { builder.add(Edge(from: "a\(edge[0])", to: "m\(edge[1])", relation: .attends)) }
            return Case(
                seed: item["seed"] as! Int,
                twoMode: TwoModeGraph(graph: graph, actorCount: actors, networkIndices: Array(0..<graph.nodeCount)),
                network: try! builder.build(), values: item["values"] as! [String: Any])
        }
    }
}

@Suite("NetworkSummary: one definition per figure")
struct NetworkSummaryTests {
    static let root = repositoryRoot

    /// The Rabat Process figures, worked out by hand from `graphs/rabat-process.yaml` (and the same from
    /// NetworkX in `summary.json`). Actors meet at Abidjan (12 actors), Madrid (6, three of them also at
    /// Abidjan: EU, ICMPD, RABAT), Abuja (NGA, FRA, BEL; FRA also at Abidjan) and the Abidjan side event (ICMPD,
    /// MMC, both at Abidjan). So the projection has 66 + 15 − 3 + 3 = 81 pairs, one component of
    /// 12 + 6 − 3 + 2 = 17 actors, seven actors without partners (GNQ, MRT, BFA, IRD, NIAMEY, KHARTOUM alone at its
    /// meeting, RABAT-SC): 8 components. Its triangles are those of the cliques, C(12,3) + C(6,3) − 1 + 1 = 240.
    /// The whole network adds the 10 meetings and the 9 ties: everything hangs on RABAT (28 nodes) except
    /// KHARTOUM with its meeting, MRT, BFA and two meetings without participants: 6 components; 27 distinct
    /// actor-meeting links plus 9 ties make 36 links over 34 nodes. 29 participation edges make 27 links because
    /// CIV hosts and co-chairs Abidjan and ESP hosts and co-chairs Madrid.
    @Test("the Rabat Process: whole network, two-mode graph, projection")
    func rabat() throws {
        let network = try NetworkFile.read(path: Self.root.appendingPathComponent("graphs/rabat-process.yaml").path)
        let summary = network.summary()
        #expect(summary.network.nodes == 34 && summary.network.edges == 38 && summary.network.links == 36)
        #expect(summary.network.participations == 29 && summary.network.ties == 9)
        #expect(summary.network.components == 6 && summary.network.largestComponent == 28)
        #expect(summary.network.density == 36.0 / (34.0 * 33.0 / 2))
        let twoMode = try #require(summary.twoMode)
        #expect(twoMode.actors == 24 && twoMode.meetings == 10 && twoMode.links == 27)
        #expect(twoMode.density == 27.0 / 240.0)
        let projection = try #require(summary.projection)
        #expect(projection.actors == 24 && projection.pairs == 81)
        #expect(projection.density == 81.0 / 276.0)
        #expect(projection.components == 8 && projection.largestComponent == 17 && projection.isolatedActors == 7)
        #expect(projection.triangles == 240)

        // Every figure also against NetworkX, by its printed name.
        let fixture = try SummaryFixture()
        let entries = Dictionary(uniqueKeysWithValues: summary.entries.map { ($0.name, $0.value) })
        for (name, expected) in fixture.rabat {
            switch entries[name] {
            case .integer(let value)?: #expect(Double(value) == expected, "\(name)")
            case .number(let value)?: #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)), "\(name)")
            default: Issue.record("\(name) is missing from the summary's entries")
            }
        }
    }

    @Test("names are unique and say their graph; counts leave clustering out")
    func entries() throws {
        let network = try NetworkFile.read(path: Self.root.appendingPathComponent("graphs/rabat-process.yaml").path)
        let full = network.summary(detail: .full).entries.map(\.name)
        let counts = network.summary(detail: .counts).entries.map(\.name)
        #expect(Set(full).count == full.count)
        #expect(full.contains("projection.mixing.eiIndex") && full.contains("twoMode.opsahlClustering"))
        #expect(!counts.contains("projection.transitivity") && counts.contains("projection.density"))
        #expect(counts.allSatisfy { full.contains($0) })
        for name in full where name != "name" {
            #expect(["timeSpan.", "network.", "twoMode.", "projection."].contains { name.hasPrefix($0) }, "\(name)")
        }
    }

    @Test("the projection of random affiliations matches NetworkX and igraph")
    func randomAffiliations() throws {
        for item in try SummaryFixture().cases {
            let summary = item.network.summary(detail: .full, threads: 2)
            let projection = try #require(summary.projection)
            #expect(projection.pairs == item.integer("pairs"), "seed \(item.seed)")
            #expect(projection.components == item.integer("components"), "seed \(item.seed)")
            #expect(projection.largestComponent == item.integer("largestComponent"), "seed \(item.seed)")
            #expect(projection.triangles == item.integer("triangles"), "seed \(item.seed)")
            #expect(abs(projection.transitivity! - item.number("transitivity")) < 1e-12, "seed \(item.seed)")
            #expect(abs(projection.averageClustering! - item.number("averageClustering")) < 1e-12, "seed \(item.seed)")
        }
    }

    @Test("pairs counted without storing them: NetworkX's count for any thread count, and the counts summary's")
    func pairsCountedWithoutStoring() throws {
        for item in try SummaryFixture().cases {
            for threads in [1, 2, 5] {
                #expect(item.twoMode.actorPairCount(threads: threads) == item.integer("pairs"), "seed \(item.seed), \(threads) threads")
            }
            #expect(item.network.summary(detail: .counts, threads: 3).projection?.pairs == item.integer("pairs"), "seed \(item.seed)")
        }
        let none = Graph(nodeCount: 2, sources: [], targets: [])
        #expect(TwoModeGraph(graph: none, actorCount: 2, networkIndices: [0, 1]).actorPairCount() == 0)
    }

    @Test("triangles: per node as NetworkX, on the pair rows and on the projection graph, any thread count")
    func triangles() throws {
        for item in try SummaryFixture().cases {
            let counts = item.twoMode.actorPairCounts(threads: 1, sortedRows: false)
            let local = (item.values["localClustering"] as! [NSNumber]).map(\.doubleValue)
            let one = counts.triangles(threads: 1)
            for (value, expected) in zip(one.localClustering, local) { #expect(abs(value - expected) < 1e-12) }
            #expect(one.perNode.reduce(0, +) == 3 * item.integer("triangles"))
            #expect(counts.triangles(threads: 3) == one)
            let graph = item.twoMode.coOccurrence(measures: []).graph()
            #expect(graph.triangles(threads: 2) == one)
            #expect(abs(graph.transitivity() - one.transitivity) < 1e-15)
        }
    }

    @Test("small graphs by hand: empty, a path, a triangle with a loop and a repeated edge")
    func byHand() {
        let empty = Graph(nodeCount: 0, sources: [], targets: []).triangles()
        #expect(empty.total == 0 && empty.transitivity == 0 && empty.averageClustering == 0)
        let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2]).triangles()
        #expect(path.total == 0 && path.connectedTriples == 1 && path.transitivity == 0)
        // 0-1-2 closed, 2-3 pendant, a loop at 3 and edge 0-1 twice: one triangle, triples 1 + 1 + 3 + 0.
        let g = Graph(nodeCount: 4, sources: [0, 0, 1, 2, 2, 3], targets: [1, 1, 2, 0, 3, 3]).triangles()
        #expect(g.perNode == [1, 1, 1, 0] && g.neighbors == [2, 2, 3, 1])
        #expect(g.transitivity == 3.0 / 5.0)
        #expect(abs(g.averageClustering - (1 + 1 + 1.0 / 3) / 4) < 1e-15)
    }

    @Test("a bare graph has only the whole-network section")
    func bareGraph() {
        let graph = Graph(nodeCount: 5, sources: [0, 1, 3, 0], targets: [1, 2, 4, 1])
        let summary = graph.summary(name: "e.tsv")
        #expect(summary.twoMode == nil && summary.projection == nil)
        #expect(summary.network.edges == 4 && summary.network.links == 3 && summary.network.components == 2)
        #expect(summary.network.density == 3.0 / 10.0)
        #expect(summary.network.participations == nil)
        #expect(!summary.entries.map(\.name).contains("network.participations"))
    }
}
