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
        let network = try NetworkFileReader.read(
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
        // FDSM (10,000 samples): the three pass Benjamini-Hochberg; no sample gives Morocco and Spain 4 co-chairings.
        let fdsm = try significant(.fixedDegreeSequence(samples: 10_000, seed: 1), .benjaminiHochberg)
        #expect(Set(fdsm.keys) == repeated)
        #expect(fdsm["MAR-ESP"]! < 1e-3 && fdsm["CHE-GMB"]! < 0.01)
    }
}
