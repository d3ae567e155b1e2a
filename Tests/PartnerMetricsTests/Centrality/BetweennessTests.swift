import Foundation
import PartnerMetrics
import Testing
import PartnerTestSupport

/// A graph and NetworkX's values for it, read from `Fixtures/paths-NAME.json` (see `generate_paths.py`).
struct PathFixture {
    let graph: Graph
    let sources: [Int]
    let metrics: [String: Any]

    static let names = [
        "path", "star", "complete", "weighted", "directed", "disconnected", "two-mode", "random",
        "random-weighted", "random-directed", "random-integer",
    ]

    init(_ name: String) throws {
        let url = try #require(
            Bundle.module.url(forResource: "paths-\(name)", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let graphObject = try #require(root["graph"] as? [String: Any])
        let nodes = try #require(graphObject["nodes"] as? [String])
        let edges = try #require(graphObject["edges"] as? [[Any]])
        let weighted = graphObject["weighted"] as? Bool ?? false
        var index: [String: Int] = [:]
        for (position, id) in nodes.enumerated() { index[id] = position }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        for edge in edges {
            sources.append(UInt32(index[try #require(edge[0] as? String)]!))
            targets.append(UInt32(index[try #require(edge[1] as? String)]!))
            if weighted { weights.append(try #require((edge[2] as? NSNumber)?.doubleValue)) }
        }
        graph = Graph(
            nodeCount: nodes.count, sources: sources, targets: targets, weights: weighted ? weights : nil,
            directed: graphObject["directed"] as? Bool ?? false, nodeIDs: nodes)
        self.sources = try #require(root["sources"] as? [String]).map { index[$0]! }
        metrics = try #require(root["metrics"] as? [String: Any])
    }

    func nodeValues(_ metric: String) -> [String: Double]? {
        (metrics[metric] as? [String: NSNumber])?.mapValues(\.doubleValue)
    }

    /// Edge values keyed "u v" (and "v u" when undirected).
    func edgeValues(_ metric: String) -> [String: Double]? {
        guard let rows = metrics[metric] as? [[Any]] else { return nil }
        var values: [String: Double] = [:]
        for row in rows {
            let (u, v, x) = (row[0] as! String, row[1] as! String, (row[2] as! NSNumber).doubleValue)
            values["\(u) \(v)"] = x
            if !graph.isDirected { values["\(v) \(u)"] = x }
        }
        return values
    }
}

/// Agreement within 1e-9, relative for values above 1.
func expectClose(_ actual: NodeScores, _ expected: [String: Double], _ label: String) {
    #expect(actual.count == expected.count, "\(label): node count")
    for (position, id) in actual.nodeIDs.enumerated() {
        guard let reference = expected[id] else {
            Issue.record("\(label): no reference for \(id)")
            continue
        }
        let tolerance = 1e-9 * max(1, abs(reference))
        #expect(abs(actual[position] - reference) <= tolerance, "\(label) \(id): \(actual[position]) vs \(reference)")
    }
}

@Suite("Betweenness centrality")
struct BetweennessTests {
    // MARK: Known by hand

    @Test("A path of three: the middle node lies on the one path between the ends")
    func pathOfThree() {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
        #expect(graph.betweennessCentrality(normalized: false).values == [0, 1, 0])
        #expect(graph.betweennessCentrality().values == [0, 1, 0])
        // With endpoints every node also counts its own paths: the ends 2 each (halved pairs), the middle 3.
        #expect(graph.betweennessCentrality(normalized: false, endpoints: true).values == [2, 3, 2])
    }

    @Test("A star: the centre carries all (k choose 2) pairs of leaves")
    func star() {
        let leaves = 5
        let graph = Graph(
            nodeCount: leaves + 1, sources: Array(repeating: 0, count: leaves), targets: (1...leaves).map(UInt32.init))
        let raw = graph.betweennessCentrality(normalized: false)
        #expect(raw[0] == Double(leaves * (leaves - 1) / 2))
        #expect(raw.values.dropFirst().allSatisfy { $0 == 0 })
        #expect(graph.betweennessCentrality()[0] == 1)
    }

    @Test("A square: two shortest paths between opposite corners share the load")
    func square() {
        let graph = Graph(nodeCount: 4, sources: [0, 1, 2, 3], targets: [1, 2, 3, 0])
        #expect(graph.betweennessCentrality(normalized: false).values == [0.5, 0.5, 0.5, 0.5])
        let edges = graph.edgeBetweennessCentrality(normalized: false)
        // Each edge: its own pair (1) plus half of each of the two diagonal pairs through it (2 × 0.5).
        #expect(edges.values == [2, 2, 2, 2])
        #expect(edges.count == 4)
    }

    @Test("Weighted: a heavy detour is shorter when weights are strengths, longer when they are lengths")
    func weightedDetour() {
        // 0-2 directly with weight 1, or 0-1-2 with weights 4 and 4.
        let graph = Graph(nodeCount: 3, sources: [0, 0, 1], targets: [2, 1, 2], weights: [1, 4, 4])
        #expect(graph.betweennessCentrality(normalized: false, weighted: true).values == [0, 1, 0])
        #expect(graph.betweennessCentrality(normalized: false, weighted: true, distance: .weight).values == [0, 0, 0])
        #expect(graph.betweennessCentrality(normalized: false).values == [0, 0, 0])
    }

    @Test("Long paths: distances beyond one byte", arguments: [300, 70_000])
    func longPath(length: Int) {
        // Node i of a path lies between the i nodes before it and the n-1-i after it.
        let graph = Graph(
            nodeCount: length, sources: (0..<(length - 1)).map(UInt32.init), targets: (1..<length).map(UInt32.init))
        let sources = length > 1000 ? [0, length / 2, length - 1] : Array(0..<length)
        let scores = graph.betweennessCentrality(sources: sources, normalized: false)
        let k = Double(sources.count)
        let n = Double(length)
        for i in [0, 1, length / 3, length / 2, length - 2, length - 1] {
            // Dependency of each source on i, summed, then scaled by n/k and halved (undirected).
            let raw = sources.reduce(0.0) { sum, s in
                sum + Double(s < i ? length - 1 - i : (s > i ? i : 0))
            }
            #expect(abs(scores[i] - raw * n / k / 2) <= 1e-9 * max(1, raw), "node \(i)")
        }
    }

    // MARK: NetworkX

    @Test("Node betweenness matches NetworkX", arguments: PathFixture.names)
    func matchesNetworkX(name: String) throws {
        let fixture = try PathFixture(name)
        let graph = fixture.graph
        let cases: [(String, NodeScores)] = [
            ("betweenness", graph.betweennessCentrality()),
            ("betweenness_raw", graph.betweennessCentrality(normalized: false)),
            ("betweenness_endpoints", graph.betweennessCentrality(endpoints: true)),
            ("betweenness_endpoints_raw", graph.betweennessCentrality(normalized: false, endpoints: true)),
            ("betweenness_sampled", graph.betweennessCentrality(sources: fixture.sources)),
        ]
        for (metric, scores) in cases {
            expectClose(scores, try #require(fixture.nodeValues(metric)), "\(name) \(metric)")
        }
        guard graph.isWeighted else { return }
        for (suffix, distance) in [("_weight", EdgeDistance.weight), ("_inverse", .inverseWeight)] {
            expectClose(
                graph.betweennessCentrality(weighted: true, distance: distance),
                try #require(fixture.nodeValues("betweenness" + suffix)), "\(name) betweenness\(suffix)")
            expectClose(
                graph.betweennessCentrality(normalized: false, weighted: true, distance: distance),
                try #require(fixture.nodeValues("betweenness_raw" + suffix)), "\(name) betweenness_raw\(suffix)")
        }
    }

    @Test("Edge betweenness matches NetworkX", arguments: PathFixture.names)
    func edgesMatchNetworkX(name: String) throws {
        let fixture = try PathFixture(name)
        let graph = fixture.graph
        var cases: [(String, EdgeScores)] = [
            ("edge_betweenness", graph.edgeBetweennessCentrality()),
            ("edge_betweenness_raw", graph.edgeBetweennessCentrality(normalized: false)),
        ]
        if graph.isWeighted {
            cases.append(("edge_betweenness_weight", graph.edgeBetweennessCentrality(weighted: true, distance: .weight)))
            cases.append(("edge_betweenness_inverse", graph.edgeBetweennessCentrality(weighted: true)))
        }
        for (metric, scores) in cases {
            let expected = try #require(fixture.edgeValues(metric))
            #expect(scores.count == graph.edgeCount, "\(name) \(metric): one score per edge")
            for index in 0..<scores.count {
                let key = "\(graph.nodeIDs[scores.sources[index]]) \(graph.nodeIDs[scores.targets[index]])"
                let reference = try #require(expected[key], "\(name) \(metric): no reference for \(key)")
                #expect(abs(scores.values[index] - reference) <= 1e-9 * max(1, reference), "\(name) \(metric) \(key)")
            }
        }
    }

    @Test("Node and edge betweenness match the shared NetworkX fixtures", arguments: NetworkXFixture.names)
    func matchesSharedFixtures(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let graph = fixture.graph
        var cases: [(String, NodeScores)] = [
            ("betweenness", graph.betweennessCentrality()),
            ("betweenness_raw", graph.betweennessCentrality(normalized: false)),
            ("betweenness_endpoints", graph.betweennessCentrality(endpoints: true)),
            ("betweenness_endpoints_raw", graph.betweennessCentrality(normalized: false, endpoints: true)),
        ]
        if graph.isWeighted {
            cases.append(("betweenness_weighted", graph.betweennessCentrality(weighted: true, distance: .weight)))
            cases.append(
                (
                    "betweenness_weighted_raw",
                    graph.betweennessCentrality(normalized: false, weighted: true, distance: .weight)
                ))
        }
        for (metric, scores) in cases {
            let expected = try #require(fixture.nodeValues(metric), "\(name): no \(metric)")
            #expect(maximumDifference(scores.values, expected) < 1e-9, "\(name) \(metric)")
        }
        var edgeCases = [("edge_betweenness", graph.edgeBetweennessCentrality())]
        if graph.isWeighted {
            edgeCases.append(("edge_betweenness_weighted", graph.edgeBetweennessCentrality(weighted: true, distance: .weight)))
        }
        for (metric, scores) in edgeCases {
            let rows = try #require(fixture.metrics[metric] as? [[Any]], "\(name): no \(metric)")
            var expected: [String: Double] = [:]
            for row in rows {
                let (u, v) = (row[0] as! String, row[1] as! String)
                expected["\(u) \(v)"] = (row[2] as! NSNumber).doubleValue
                if !graph.isDirected { expected["\(v) \(u)"] = (row[2] as! NSNumber).doubleValue }
            }
            #expect(scores.count == rows.count, "\(name) \(metric): one score per edge")
            for index in 0..<scores.count {
                let key = "\(graph.nodeIDs[scores.sources[index]]) \(graph.nodeIDs[scores.targets[index]])"
                let reference = try #require(expected[key], "\(name) \(metric): no reference for \(key)")
                #expect(abs(scores.values[index] - reference) < 1e-9, "\(name) \(metric) \(key)")
            }
        }
    }

    // MARK: Properties

    @Test("Results are bitwise identical for 1, 2 and 3 threads", arguments: [false, true])
    func threadCountDoesNotMatter(weighted: Bool) {
        let graph = randomGraph(nodeCount: 300, edgeCount: 900, seed: 42, weighted: weighted)
        let one = graph.betweennessCentrality(weighted: weighted, threads: 1)
        let edgesOne = graph.edgeBetweennessCentrality(weighted: weighted, threads: 1)
        for threads in [2, 3] {
            #expect(graph.betweennessCentrality(weighted: weighted, threads: threads) == one)
            #expect(graph.edgeBetweennessCentrality(weighted: weighted, threads: threads) == edgesOne)
        }
        let sources = Array(stride(from: 0, to: 300, by: 7))
        let sampled = graph.betweennessCentrality(sources: sources, threads: 1)
        #expect(graph.betweennessCentrality(sources: sources, threads: 3) == sampled)
    }

    @Test("Relabelling nodes changes no score", arguments: [UInt64(1), 2, 3])
    func relabellingChangesNothing(seed: UInt64) {
        for directed in [false, true] {
            let graph = randomGraph(nodeCount: 120, edgeCount: 300, seed: seed, directed: directed, weighted: true)
            let other = permuted(graph, seed: seed &+ 100)
            for weighted in [false, true] {
                let a = graph.betweennessCentrality(weighted: weighted)
                let b = other.betweennessCentrality(weighted: weighted)
                let byID = Dictionary(uniqueKeysWithValues: zip(b.nodeIDs, b.values))
                for (id, value) in zip(a.nodeIDs, a.values) {
                    #expect(abs(value - byID[id]!) <= 1e-12 * max(1, value), "\(id)")
                }
            }
        }
    }

    @Test("Normalised scores lie in [0, 1]", arguments: [UInt64(5), 6])
    func normalisedRange(seed: UInt64) {
        for directed in [false, true] {
            let graph = randomGraph(nodeCount: 80, edgeCount: 160, seed: seed, directed: directed, weighted: true)
            for scores in [
                graph.betweennessCentrality(), graph.betweennessCentrality(endpoints: true),
                graph.betweennessCentrality(weighted: true),
            ] {
                #expect(scores.values.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
            }
            #expect(graph.edgeBetweennessCentrality().values.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 })
        }
    }

    @Test("Sampling every node as a source gives the exact values; a seed picks the same sample")
    func sampling() {
        let graph = randomGraph(nodeCount: 150, edgeCount: 400, seed: 9)
        let exact = graph.betweennessCentrality()
        let all = graph.betweennessCentrality(sources: Array(0..<150))
        for (a, b) in zip(exact.values, all.values) { #expect(abs(a - b) <= 1e-12) }
        let first = graph.betweennessCentrality(sampleSize: 30, seed: 7)
        #expect(graph.betweennessCentrality(sampleSize: 30, seed: 7) == first)
        #expect(graph.betweennessCentrality(sampleSize: 30, seed: 8) != first)
    }

    @Test("Graphs too small to have inner nodes score zero")
    func tinyGraphs() {
        #expect(Graph(nodeCount: 0, sources: [], targets: []).betweennessCentrality().values == [])
        #expect(Graph(nodeCount: 1, sources: [], targets: []).betweennessCentrality().values == [0])
        #expect(Graph(nodeCount: 2, sources: [0], targets: [1]).betweennessCentrality().values == [0, 0])
        #expect(Graph(nodeCount: 2, sources: [0], targets: [1]).edgeBetweennessCentrality().values == [1])
    }
}
