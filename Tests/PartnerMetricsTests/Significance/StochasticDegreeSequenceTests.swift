import Foundation
import Testing

@testable import PartnerMetrics

@Suite("SDSM: BiCM probabilities and Poisson-binomial tails")
struct StochasticDegreeSequenceTests {
    @Test("the BiCM solver reproduces every degree", arguments: ["davis"])
    func solverMatchesDegrees(name: String) throws {
        let fixture = try SignificanceFixture(name)
        let model = BipartiteConfigurationModel(fixture.twoMode)
        #expect(model.residual < 1e-9)
        let graph = fixture.twoMode.graph
        let actors = fixture.twoMode.actorCount
        for a in 0..<actors {
            var expected = 0.0
            for m in 0..<fixture.twoMode.meetingCount {
                expected += model.probability(actorClass: model.actorClass[a], meetingClass: model.meetingClass[m])
            }
            #expect(abs(expected - Double(graph.degree(of: a))) < 1e-8)
        }
    }

    @Test("upper and lower tails agree with bicm (poibin) to 1e-8", arguments: ["davis"])
    func agreesWithBicm(name: String) throws {
        let fixture = try SignificanceFixture(name)
        let upper = try fixture.pValues(.stochasticDegreeSequence, tail: .upper)
        let lower = try fixture.pValues(.stochasticDegreeSequence, tail: .lower)
        var worst = 0.0
        for pair in fixture.pairs {
            let p = try #require(upper[pair.a]?[pair.b])
            let q = try #require(lower[pair.a]?[pair.b])
            worst = max(worst, abs(p - pair.sdsmUpper), abs(q - pair.sdsmLower))
        }
        #expect(worst <= 1e-8, "largest difference \(worst)")
    }

    @Test("a hand-worked Poisson binomial: two coins of 1/2 and one of 1/4")
    func handWorkedMass() {
        let distribution = PoissonBinomial(factors: [(2, 0.5), (1, 0.25)])
        // P(0) = 1/4 · 3/4, P(1) = 1/2 · 3/4 + 1/4 · 1/4, P(2) = 1/4 · 3/4 + 1/2 · 1/4, P(3) = 1/4 · 1/4.
        let mass = distribution.mass(upTo: 3)
        for (value, expected) in zip(mass, [3.0 / 16, 7.0 / 16, 5.0 / 16, 1.0 / 16]) { #expect(abs(value - expected) < 1e-15) }
        let tails = distribution.tails(upTo: 3)
        #expect(abs(tails.upper[3] - 1.0 / 16) < 1e-15)
        #expect(abs(tails.upper[2] - 6.0 / 16) < 1e-15)
        #expect(abs(tails.lower[1] - 10.0 / 16) < 1e-15)
    }

    @Test("a lower cut-off switches pairs to the approximation, close to the exact values")
    func cutOffSwitchesMethods() throws {
        let fixture = try SignificanceFixture("davis")
        let exact = try fixture.twoMode.projectionSignificance(model: .stochasticDegreeSequence, threads: 1)
        let stream = try fixture.twoMode.significanceStream(model: .stochasticDegreeSequence, exactLimit: 0, threads: 1)
        var approximated: [Double] = []
        stream.run(transform: { $1.pValues }) { approximated += $0 }
        #expect(approximated.count == exact.pValues.count)
        #expect(approximated != exact.pValues.values)
        for (a, b) in zip(approximated, exact.pValues.values) { #expect(abs(a - b) < 0.05) }
    }

    @Test("results do not depend on the thread count")
    func threadIndependence() throws {
        let fixture = try SignificanceFixture("davis")
        let one = try fixture.twoMode.projectionSignificance(model: .stochasticDegreeSequence, tail: .both, threads: 1)
        let three = try fixture.twoMode.projectionSignificance(model: .stochasticDegreeSequence, tail: .both, threads: 3)
        #expect(one == three)
    }

    /// Pair probabilities over `meetings` meetings shaped like the SDSM's above the cut-off (as in
    /// scripts/sdsm-approximation-error.py, with lognormal quantiles instead of draws): `q(m)²`,
    /// `q = x y / (1 + x y)`, `y` the lognormal quantiles of spread `spread`, `x` set so the mean is `mean`.
    static func heavyLaw(meetings: Int, spread: Double, mean: Double) -> PoissonBinomial {
        // Quantiles of the standard normal by bisection on erfc: enough for a test's fixed law.
        func normalQuantile(_ u: Double) -> Double {
            var (low, high) = (-10.0, 10.0)
            for _ in 0..<100 {
                let middle = (low + high) / 2
                if 0.5 * erfc(-middle / 2.0.squareRoot()) < u { low = middle } else { high = middle }
            }
            return (low + high) / 2
        }
        let y = (0..<meetings).map { exp(spread * normalQuantile((Double($0) + 0.5) / Double(meetings))) }
        func probabilities(_ x: Double) -> [Double] { y.map { x * $0 / (1 + x * $0) }.map { $0 * $0 } }
        var (low, high) = (1e-9, 1e6)
        for _ in 0..<200 {
            let x = (low * high).squareRoot()
            if probabilities(x).reduce(0, +) < mean { low = x } else { high = x }
        }
        return PoissonBinomial(factors: probabilities((low * high).squareRoot()).map { (1, $0) })
    }

    @Test(
        "above the cut-off the refined normal tails are within 5e-5 of the exact tails",
        arguments: [(0.5, 1000.0), (1.5, 1500.0)])
    func approximationError(spread: Double, mean: Double) {
        let meetings = 3000
        let law = Self.heavyLaw(meetings: meetings, spread: spread, mean: mean)
        let exact = law.tails(upTo: meetings)
        let moments = law.moments
        var worst = 0.0
        for k in StochasticDegreeSequence.defaultExactLimit...meetings {
            let approximate = PoissonBinomial.normalTails(k, moments: moments)
            worst = max(worst, abs(approximate.upper - exact.upper[k]), abs(approximate.lower - exact.lower[k]))
        }
        // scripts/sdsm-approximation-error.py measures at most 1.7e-5 on this family against bicm's PoiBin.
        #expect(worst <= 5e-5, "largest difference \(worst)")
        #expect(worst > 0)
    }
}
