import Foundation
import Testing

@testable import PartnerMetrics

@Suite("FDSM: curveball samples with fixed degrees")
struct FixedDegreeSequenceTests {
    @Test("p-values fall within the Monte Carlo error of the curveball reference")
    func agreesWithReference() throws {
        let fixture = try SignificanceFixture("davis")
        #expect(fixture.fdsmPairs.count == 139)
        let comparison = try Self.compare(fixture, samples: 4000, seed: 11)
        #expect(comparison.outside == 0)
    }

    @Test("a sparse, skewed graph: p-values within Monte Carlo error of a global-curveball reference")
    func agreesOnSparseGraph() throws {
        // 102 actors (41 in one meeting only, hubs in up to 58) and 60 meetings: samples seeded so that their
        // random streams overlapped made nearly the same graphs, and 248 of these 3,644 tails fell outside 4 errors.
        let fixture = try SignificanceFixture("sparse")
        #expect(fixture.fdsmPairs.count == 1822)
        let comparison = try Self.compare(fixture, samples: 2000, seed: 5)
        // 3,644 comparisons: about 0.2 beyond 4 errors by chance.
        #expect(comparison.outside <= 2)
        #expect(comparison.meanDifference < 0.01)
    }

    /// partnet's FDSM tails of a fixture's pairs against the fixture's reference ones.
    static func compare(_ fixture: SignificanceFixture, samples: Int, seed: UInt64) throws -> MonteCarloComparison {
        let fdsm = try FixedDegreeSequence(fixture.twoMode, samples: samples, seed: seed, threads: 2)
        var comparison = MonteCarloComparison(samples: samples, referenceSamples: fixture.fdsmSamples)
        for row in fixture.fdsmPairs {
            let tails = fdsm.tails(between: Int(row[0]), and: Int(row[1]))
            comparison.add(tails.upper, row[3])
            comparison.add(tails.lower, row[4])
        }
        return comparison
    }

    @Test("samples and thread counts: the same seed gives the same counts")
    func threadIndependence() throws {
        let fixture = try SignificanceFixture("davis")
        let one = try FixedDegreeSequence(fixture.twoMode, samples: 70, seed: 3, threads: 1)
        let three = try FixedDegreeSequence(fixture.twoMode, samples: 70, seed: 3, threads: 3)
        #expect(one.tails.atLeast == three.tails.atLeast && one.tails.atMost == three.tails.atMost)
        let other = try FixedDegreeSequence(fixture.twoMode, samples: 70, seed: 4, threads: 1)
        #expect(one.tails.atLeast != other.tails.atLeast)
    }

    @Test("a pair that is certain under fixed degrees: actors at every meeting")
    func certainPair() throws {
        // Two actors at all three meetings, one actor at one: every sample keeps the first two together.
        let graph = Graph(
            nodeCount: 6, sources: [0, 0, 0, 1, 1, 1, 2], targets: [3, 4, 5, 3, 4, 5, 4], nodeIDs: ["a", "b", "c", "m1", "m2", "m3"])
        let twoMode = TwoModeGraph(graph: graph, actorCount: 3, networkIndices: Array(0..<6))
        let fdsm = try FixedDegreeSequence(twoMode, samples: 50, seed: 1, threads: 1)
        #expect(fdsm.tails(between: 0, and: 1).upper == 1 && fdsm.tails(between: 0, and: 1).lower == 1)
        #expect(fdsm.tails(between: 0, and: 2).upper == 1 && fdsm.tails(between: 0, and: 2).lower == 1)
    }

    @Test("progress counts the samples only: it rises to 100% once, at the end, never before the sampling")
    func progressReachesTheEndLast() throws {
        let fixture = try SignificanceFixture("davis")
        let reports = ReportLog()
        let control = RunControl(progress: { reports.add($0) })
        _ = try control.run("fdsm") { try FixedDegreeSequence(fixture.twoMode, samples: 128, seed: 5, threads: 2) }
        let counted = reports.all.filter { $0.total != nil }
        #expect(!counted.isEmpty)
        // One total (the sample chunks), done rising by one each time: the observed counts report nothing.
        #expect(Set(counted.map(\.total)).count == 1, "\(counted.map { "\($0.done)/\($0.total ?? -1)" })")
        #expect(counted.map(\.done) == Array(1...counted.count))
        #expect(counted.filter { $0.done == $0.total }.count == 1 && counted.last?.done == counted.last?.total)
    }

    /// Progress reports gathered from any thread.
    final class ReportLog: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [RunControl.Progress] = []
        func add(_ report: RunControl.Progress) { lock.withLock { reports.append(report) } }
        var all: [RunControl.Progress] { lock.withLock { reports } }
    }

    @Test("a sample count out of range is an error, before any sampling")
    func sampleCountBounds() {
        let graph = Graph(nodeCount: 4, sources: [0, 1], targets: [2, 2], nodeIDs: ["a", "b", "m1", "m2"])
        let twoMode = TwoModeGraph(graph: graph, actorCount: 2, networkIndices: Array(0..<4))
        for samples in [0, -5, FixedDegreeSequence.maximumSamples + 1, Int.max] {
            #expect(throws: FixedDegreeSequence.SampleCountError.self) { try FixedDegreeSequence(twoMode, samples: samples, seed: 1, threads: 1) }
        }
        #expect((try? FixedDegreeSequence(twoMode, samples: 1, seed: 1, threads: 1)) != nil)
    }
}
