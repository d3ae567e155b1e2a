import Foundation
import PartnerMetrics

/// One NetworkX reference file from `Fixtures/` (written by `Fixtures/generate.py`).
struct NetworkXFixture: @unchecked Sendable {
    let name: String
    let nodes: [String]
    let graph: Graph
    /// The two-mode view, when the fixture lists its first mode ("top").
    let twoMode: TwoModeGraph?
    let params: [String: Any]
    let metrics: [String: Any]
    let networkxVersion: String

    /// The fixtures written by `generate.py` (the `paths-*` files belong to the paths tests).
    static let names = [
        "path", "star", "complete", "weighted", "directed", "disconnected", "two-mode", "random", "affiliation",
    ]

    static func load(_ name: String) throws -> NetworkXFixture {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let graphRecord = root["graph"] as! [String: Any]
        let nodes = graphRecord["nodes"] as! [String]
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let edges = graphRecord["edges"] as! [[Any]]
        let weighted = graphRecord["weighted"] as! Bool
        let graph = Graph(
            nodeCount: nodes.count,
            sources: edges.map { UInt32(index[$0[0] as! String]!) },
            targets: edges.map { UInt32(index[$0[1] as! String]!) },
            weights: weighted ? edges.map { ($0[2] as! NSNumber).doubleValue } : nil,
            directed: graphRecord["directed"] as! Bool, nodeIDs: nodes)
        var twoMode: TwoModeGraph?
        if let top = graphRecord["top"] as? [String] {
            precondition(Array(nodes.prefix(top.count)) == top, "fixtures list the first mode first")
            twoMode = TwoModeGraph(graph: graph, actorCount: top.count, networkIndices: Array(nodes.indices))
        }
        return NetworkXFixture(
            name: name, nodes: nodes, graph: graph, twoMode: twoMode, params: root["params"] as? [String: Any] ?? [:],
            metrics: root["metrics"] as! [String: Any], networkxVersion: root["networkx"] as! String)
    }

    /// Per-node reference values in node order (NaN where the fixture holds null), or nil when absent.
    func nodeValues(_ metric: String) -> [Double]? {
        guard let table = metrics[metric] as? [String: Any] else { return nil }
        return nodes.map { id in (table[id] as? NSNumber)?.doubleValue ?? .nan }
    }

    /// A scalar reference value, or nil when absent.
    func scalar(_ metric: String) -> Double? { (metrics[metric] as? NSNumber)?.doubleValue }

    /// A per-node parameter vector (e.g. the personalisation), zero for nodes not listed.
    func vectorParameter(_ key: String) -> [Double]? {
        guard let table = params[key] as? [String: Any] else { return nil }
        return nodes.map { (table[$0] as? NSNumber)?.doubleValue ?? 0 }
    }
}

/// The largest absolute difference, treating two NaNs as equal and a NaN against a number as infinite.
func maximumDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    var worst = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN && y.isNaN { continue }
        if x.isNaN || y.isNaN { return .infinity }
        worst = max(worst, abs(x - y))
    }
    return worst
}

/// Scores reordered to follow `ids`.
func values(_ scores: NodeScores, inOrderOf ids: [String]) -> [Double] {
    let index = Dictionary(uniqueKeysWithValues: scores.nodeIDs.enumerated().map { ($1, $0) })
    return ids.map { scores.values[index[$0]!] }
}
