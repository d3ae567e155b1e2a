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
}
