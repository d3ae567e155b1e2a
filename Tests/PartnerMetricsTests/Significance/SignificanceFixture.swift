import Foundation
import PartnerMetrics
import Testing

/// A two-mode graph and its reference p-values, read from `Fixtures/significance-NAME.json` (made by
/// `generate_significance.py` with `bicm`, `scipy.stats.hypergeom` and `fdsm_reference.py`).
struct SignificanceFixture {
    struct Pair {
        let a: Int
        let b: Int
        let count: Int
        let sdsmUpper: Double
        let sdsmLower: Double
        let hypergeometricUpper: Double
        let hypergeometricLower: Double
    }

    let twoMode: TwoModeGraph
    let pairs: [Pair]
    /// `[a, b, count, upper, lower]` from the curveball reference, when the fixture has it.
    let fdsmPairs: [[Double]]
    let fdsmSamples: Int

    init(_ name: String) throws {
        let url = try #require(
            Bundle.module.url(forResource: "significance-\(name)", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        twoMode = try Self.twoMode(root)
        let rows = try #require(root["pairs"] as? [[NSNumber]])
        pairs = rows.map { row in
            Pair(
                a: row[0].intValue, b: row[1].intValue, count: row[2].intValue, sdsmUpper: row[3].doubleValue,
                sdsmLower: row[4].doubleValue, hypergeometricUpper: row[5].doubleValue, hypergeometricLower: row[6].doubleValue)
        }
        let fdsm = root["fdsm"] as? [String: Any]
        fdsmPairs = (fdsm?["pairs"] as? [[NSNumber]] ?? []).map { $0.map(\.doubleValue) }
        fdsmSamples = (fdsm?["samples"] as? NSNumber)?.intValue ?? 0
    }

    /// The two-mode graph of a fixture's `actors`, `meetings` and `edges` (`[actor, meeting]` index pairs).
    static func twoMode(_ root: [String: Any]) throws -> TwoModeGraph {
        let actors = try #require(root["actors"] as? [String])
        let meetings = try #require(root["meetings"] as? [String])
        let edges = try #require(root["edges"] as? [[Int]])
        let graph = Graph(
            nodeCount: actors.count + meetings.count, sources: edges.map { UInt32($0[0]) },
            targets: edges.map { UInt32(actors.count + $0[1]) }, nodeIDs: actors + meetings)
        return TwoModeGraph(graph: graph, actorCount: actors.count, networkIndices: Array(0..<graph.nodeCount))
    }

    /// The p-values of a model and tail, as `[a: [b: p]]` for a < b.
    func pValues(_ model: ProjectionNullModel, tail: SignificanceTail, exactLimit: Int = 1024) throws -> [Int: [Int: Double]] {
        let result = try twoMode.projectionSignificance(model: model, tail: tail, threads: 2)
        var values: [Int: [Int: Double]] = [:]
        for index in 0..<result.pValues.count {
            values[result.pValues.sources[index], default: [:]][result.pValues.targets[index]] = result.pValues.values[index]
        }
        return values
    }
}

/// Two independent Monte Carlo estimates of the same probabilities, compared one by one: how many differ by
/// more than 4 standard errors of their difference, `4 √(p(1 − p)(1/S + 1/S'))` at their mean `p`.
struct MonteCarloComparison {
    let samples: Int
    let referenceSamples: Int
    private(set) var outside = 0
    private(set) var compared = 0
    private var difference = 0.0

    init(samples: Int, referenceSamples: Int) {
        self.samples = samples
        self.referenceSamples = referenceSamples
    }

    /// The mean absolute difference.
    var meanDifference: Double { compared == 0 ? 0 : difference / Double(compared) }

    /// Adds one comparison; returns whether the two agree within 4 errors.
    @discardableResult
    mutating func add(_ ours: Double, _ theirs: Double) -> Bool {
        let p = (ours + theirs) / 2
        let error = (p * (1 - p) * (1 / Double(samples) + 1 / Double(referenceSamples))).squareRoot()
        let agrees = abs(ours - theirs) <= 4 * error + 1e-12
        if !agrees { outside += 1 }
        compared += 1
        difference += abs(ours - theirs)
        return agrees
    }
}
