import Foundation
import PartnerIO
import Testing

@testable import PartnerMetrics

/// The worked example of the Significance article: which pairs of countries co-chair Rabat Process meetings
/// more often than chance (`graphs/rabat-process-2015-2025.yaml`, countries × meetings through `coChairs`).
@Suite("Projection significance on the Rabat Process")
struct ProjectionSignificanceTests {
    let twoMode: TwoModeGraph

    init() throws {
        let network = try NetworkFile.read(
            path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        twoMode = network.twoModeGraph(relations: [.coChairs], actorKinds: [.country])
    }

    /// The significant pairs, as "A-B" with their p-values.
    func significant(_ model: ProjectionNullModel, _ correction: MultipleTestCorrection) throws -> [String: Double] {
        let result = try twoMode.projectionSignificance(model: model, correction: correction, threads: 2)
        let scores = result.pValues
        #expect(scores.count == 14)  // 14 pairs of countries co-chair together at least once
        var pairs: [String: Double] = [:]
        for index in 0..<scores.count where result.isSignificant(index) {
            pairs[scores.nodeIDs[scores.sources[index]] + "-" + scores.nodeIDs[scores.targets[index]]] = scores.values[index]
        }
        return pairs
    }

    @Test("three pairs co-chair more than their activity explains")
    func coChairingPairs() throws {
        let repeated: Set = ["MAR-ESP", "PRT-CPV", "CHE-GMB"]
        // Fixed-row model, Benjamini-Hochberg at 0.05.
        let hypergeometric = try significant(.hypergeometric, .benjaminiHochberg)
        #expect(Set(hypergeometric.keys) == repeated)
        #expect(abs(hypergeometric["MAR-ESP"]! - 0.00666) < 1e-5 && abs(hypergeometric["PRT-CPV"]! - 0.00547) < 1e-5)
        // SDSM: each passes 0.05 alone, none after Benjamini-Hochberg over the 14 pairs.
        let sdsm = try significant(.stochasticDegreeSequence, .none)
        #expect(Set(sdsm.keys) == repeated)
        #expect(abs(sdsm["MAR-ESP"]! - 0.0367) < 1e-4 && abs(sdsm["CHE-GMB"]! - 0.0207) < 1e-4)
        #expect(try significant(.stochasticDegreeSequence, .benjaminiHochberg).isEmpty)
        // FDSM (10,000 samples): the three pass Benjamini-Hochberg, with p-values of about 0.0005 to 0.002.
        let fdsm = try significant(.fixedDegreeSequence(samples: 10_000, seed: 1), .benjaminiHochberg)
        #expect(Set(fdsm.keys) == repeated)
        #expect(fdsm.values.allSatisfy { $0 < 0.004 })
    }

    @Test("FDSM p-values of the 14 co-chairing pairs within Monte Carlo error of the global-curveball reference")
    func fixedDegreeSequenceAgreesWithReference() throws {
        // Countries without a co-chairing have no meeting to trade; they must not slow the chain down (with
        // them counted among the traders, Morocco and Spain's p-value came out at 0.002 instead of 0.0005).
        let url = try #require(Bundle.module.url(forResource: "significance-rabat", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let referenceSamples = try #require(root["samples"] as? Int)
        let rows = try #require(root["pairs"] as? [[Any]])
        var reference: [Set<String>: (upper: Double, lower: Double)] = [:]
        for row in rows {
            let (a, b) = (try #require(row[0] as? String), try #require(row[1] as? String))
            reference[[a, b]] = (try #require((row[3] as? NSNumber)?.doubleValue), try #require((row[4] as? NSNumber)?.doubleValue))
        }
        #expect(reference.count == 14)
        let samples = 20_000
        let fdsm = try FixedDegreeSequence(twoMode, samples: samples, seed: 2, threads: 2)
        let ids = twoMode.graph.nodeIDs
        var comparison = MonteCarloComparison(samples: samples, referenceSamples: referenceSamples)
        for ((a, b), _) in pairsOfTwoMode() {
            let expected = try #require(reference[[ids[a], ids[b]]])
            let tails = fdsm.tails(between: a, and: b)
            for (ours, theirs) in [(tails.upper, expected.upper), (tails.lower, expected.lower)] {
                let agrees = comparison.add(ours, theirs)
                #expect(agrees, "\(ids[a])-\(ids[b]): \(ours) against \(theirs)")
            }
        }
        #expect(comparison.compared == 28)
    }

    /// The co-occurring pairs of the co-chairing graph, as actor indices with their counts.
    func pairsOfTwoMode() -> [((Int, Int), Int)] {
        let counts = twoMode.actorPairCounts(threads: 1)
        return (0..<counts.actorCount).flatMap { a in
            (counts.offsets[a]..<counts.offsets[a + 1]).map { ((a, Int(counts.partners[$0])), Int(counts.counts[$0])) }
        }
    }

    @Test(
        "Holm and Benjamini-Hochberg thresholds from the counted p-values equal those from every pair's",
        arguments: [ProjectionNullModel.hypergeometric, .stochasticDegreeSequence])
    func countedThresholds(model: ProjectionNullModel) throws {
        let network = try NetworkFile.read(
            path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        let twoMode = network.twoModeGraph()  // every actor and relation: 264 pairs, many ties among p-values
        for tail in SignificanceTail.allCases {
            let all = try twoMode.projectionSignificance(model: model, tail: tail, threads: 2).pValues.values
            for correction in [MultipleTestCorrection.holm, .benjaminiHochberg] {
                for alpha in [0.05, 0.5] {
                    let stream = try twoMode.significanceStream(model: model, tail: tail, correction: correction, alpha: alpha, threads: 2)
                    #expect(stream.threshold == correction.threshold(alpha: alpha, testCount: all.count) { all })
                }
            }
        }
    }

    @Test("which co-chairing ties lasted: the pairs more than chance are the ones that came back")
    func coChairingTiesOverTime() throws {
        let network = try NetworkFile.read(
            path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        let dynamics = network.tieDynamics(of: [.country], via: [.coChairs])
        #expect(dynamics.ties.count == 14)
        let lifetimes = Dictionary(uniqueKeysWithValues: dynamics.ties.map { ("\($0.a)-\($0.b)", $0) })
        // Morocco and Spain co-chair in 4 years from 2015 to 2023, in 3 spells; Portugal and Cabo Verde in 3 years
        // from 2016 to 2024, never two years running; Switzerland and the Gambia in 2023 and 2025.
        let marEsp = try #require(lifetimes["MAR-ESP"])
        #expect((marEsp.firstYear, marEsp.lastYear, marEsp.periods, marEsp.spells) == (2015, 2023, 4, 3))
        let prtCpv = try #require(lifetimes["PRT-CPV"])
        #expect((prtCpv.firstYear, prtCpv.lastYear, prtCpv.periods, prtCpv.spells) == (2016, 2024, 3, 3))
        let cheGmb = try #require(lifetimes["CHE-GMB"])
        #expect((cheGmb.firstYear, cheGmb.lastYear, cheGmb.periods, cheGmb.spells) == (2023, 2025, 2, 2))
        // Spain and Nigeria also co-chair twice (2022, 2025) but pass no test; the other 10 pairs co-chair once.
        #expect(dynamics.ties.filter { $0.periods > 1 }.map { "\($0.a)-\($0.b)" } == ["MAR-ESP", "ESP-NGA", "PRT-CPV", "CHE-GMB"])
        // Co-chairing rotates: only once does a pair co-chair two years running (2022 to 2023).
        #expect(dynamics.windows.map(\.persisting) == [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0])
        #expect(dynamics.windows[8].startYear == 2023 && dynamics.windows[8].persistence == 0.2)
        // Shared meetings of any kind: at most 16 % of two consecutive years' ties are in both (2018 to 2019);
        // the European Union and the Rabat Process (its secretariat's meetings) meet in 6 of the 11 years.
        let shared = network.tieDynamics()
        let persistence = shared.windows.compactMap(\.persistence)
        #expect(abs(persistence.max()! - 22.0 / 140.0) < 1e-12)
        let most = shared.ties.map(\.periods).max()
        #expect(most == 6)
        #expect(shared.ties.filter { $0.periods == 6 }.map { "\($0.a)-\($0.b)" } == ["EU-RABAT", "RABAT-KHARTOUM"])
    }
}
