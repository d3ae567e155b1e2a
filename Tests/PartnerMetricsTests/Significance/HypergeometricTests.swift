import Foundation
import Testing

@testable import PartnerMetrics

@Suite("Hypergeometric test of co-occurrence")
struct HypergeometricTests {
    @Test("agrees with scipy.stats.hypergeom to 1e-12", arguments: ["davis"])
    func agreesWithSciPy(name: String) throws {
        let fixture = try SignificanceFixture(name)
        let upper = try fixture.pValues(.hypergeometric, tail: .upper)
        let lower = try fixture.pValues(.hypergeometric, tail: .lower)
        #expect(!fixture.pairs.isEmpty)
        for pair in fixture.pairs {
            let p = try #require(upper[pair.a]?[pair.b])
            #expect(abs(p - pair.hypergeometricUpper) <= 1e-12, "upper \(pair.a) \(pair.b)")
            let q = try #require(lower[pair.a]?[pair.b])
            #expect(abs(q - pair.hypergeometricLower) <= 1e-12, "lower \(pair.a) \(pair.b)")
        }
    }

    @Test("a hand-worked case: N = 4 meetings, degrees 2 and 2")
    func handWorked() {
        // P(X = 0) = C(2,0)C(2,2)/C(4,2) = 1/6, P(X = 1) = 4/6, P(X = 2) = 1/6.
        let tails = Hypergeometric.tails(population: 4, first: 2, second: 2, upTo: 2)
        #expect(abs(tails.upper[1] - 5.0 / 6) < 1e-15)
        #expect(abs(tails.upper[2] - 1.0 / 6) < 1e-15)
        #expect(abs(tails.lower[0] - 1.0 / 6) < 1e-15)
        #expect(abs(tails.lower[1] - 5.0 / 6) < 1e-15)
        #expect(tails.upper[0] == 1 && tails.lower[2] == 1)
    }

    @Test("tails sum to 1 plus the point mass")
    func tailsAreComplementary() {
        for (population, first, second) in [(50, 10, 7), (30, 25, 20), (1000, 3, 900)] {
            let last = min(first, second)
            let tails = Hypergeometric.tails(population: population, first: first, second: second, upTo: last)
            for k in 1...last {
                // P(X ≥ k) + P(X ≤ k − 1) = 1.
                #expect(abs(tails.upper[k] + tails.lower[k - 1] - 1) < 1e-13)
            }
        }
    }
}
