import Foundation
import Testing

@testable import PartnerMetrics

@Suite("FDSM: curveball samples with fixed degrees")
struct FixedDegreeSequenceTests {
    @Test("p-values fall within the Monte Carlo error of the curveball reference")
    func agreesWithReference() throws {
        let fixture = try SignificanceFixture("davis")
        let samples = 4000
        let fdsm = try FixedDegreeSequence(fixture.twoMode, samples: samples, seed: 11, threads: 2)
        #expect(fixture.fdsmPairs.count == 139)
        var outside = 0
        for row in fixture.fdsmPairs {
            let (a, b) = (Int(row[0]), Int(row[1]))
            let tails = fdsm.tails(between: a, and: b)
            for (ours, theirs) in [(tails.upper, row[3]), (tails.lower, row[4])] {
                // Standard error of the difference of two independent estimates; 4 of them is the bound.
                let p = (ours + theirs) / 2
                let error = (p * (1 - p) * (1 / Double(samples) + 1 / Double(fixture.fdsmSamples))).squareRoot()
                if abs(ours - theirs) > 4 * error + 1e-12 { outside += 1 }
            }
        }
        #expect(outside == 0)
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
}
