import Testing

@testable import PartnerMetrics

@Suite("Multiple-test corrections")
struct MultipleTestCorrectionTests {
    // Worked by hand: m = 5, α = 0.05, sorted p = 0.001, 0.012, 0.013, 0.04, 0.3.
    // Bonferroni: α/m = 0.01 → only 0.001. Holm: 0.001 ≤ 0.01, 0.012 ≤ 0.0125, 0.013 > 0.01667? no, 0.013 ≤
    // 0.016667, 0.04 > 0.025 → stop: three rejected. BH: i α / m = 0.01, 0.02, 0.03, 0.04, 0.05; largest i with
    // p_(i) ≤ i α / m is 4 (0.04 ≤ 0.04): four rejected.
    let pValues = [0.3, 0.013, 0.001, 0.04, 0.012]

    @Test("thresholds on a hand-worked example")
    func thresholds() {
        #expect(MultipleTestCorrection.none.threshold(alpha: 0.05, testCount: 5) { pValues } == 0.05)
        #expect(MultipleTestCorrection.bonferroni.threshold(alpha: 0.05, testCount: 5) { pValues } == 0.01)
        #expect(MultipleTestCorrection.holm.threshold(alpha: 0.05, testCount: 5) { pValues } == 0.013)
        #expect(MultipleTestCorrection.benjaminiHochberg.threshold(alpha: 0.05, testCount: 5) { pValues } == 0.04)
        #expect(MultipleTestCorrection.holm.threshold(alpha: 0.05, testCount: 2) { [0.2, 0.5] } == -1)
    }

    @Test("adjusted p-values agree with the thresholds")
    func adjusted() {
        let holm = MultipleTestCorrection.holm.adjusted(pValues)
        // Holm: 5·0.001, max(·, 4·0.012), max(·, 3·0.013), max(·, 2·0.04), 0.3.
        let expectedHolm = [0.3, 0.048, 0.005, 0.08, 0.048]
        for (value, expected) in zip(holm, expectedHolm) { #expect(abs(value - expected) < 1e-15) }
        let bh = MultipleTestCorrection.benjaminiHochberg.adjusted(pValues)
        // BH: 5 p_(j) / j = 0.005, 0.03, 0.0216…, 0.05, 0.3; the minimum over j ≥ i: 0.005, 0.065/3, 0.065/3, 0.05, 0.3.
        let expectedBH = [0.3, 0.065 / 3, 0.005, 0.05, 0.065 / 3]
        for (value, expected) in zip(bh, expectedBH) { #expect(abs(value - expected) < 1e-15) }
        for correction in MultipleTestCorrection.allCases {
            let threshold = correction.threshold(alpha: 0.05, testCount: 5) { pValues }
            let adjusted = correction.adjusted(pValues)
            for (p, q) in zip(pValues, adjusted) { #expect((p <= threshold) == (q <= 0.05 + 1e-15)) }
        }
    }

    @Test("counted p-values give the threshold of the full list, ties included", arguments: 0..<40)
    func countedThreshold(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        // Few distinct values, many ties: as a class pair table gives them.
        let distinct = (0..<(1 + Int(generator.next() % 12))).map { _ in Double(generator.next() % 1000) / 4000 }
        let counted = distinct.map { ($0, 1 + Int(generator.next() % 9)) }
        let full = counted.flatMap { Array(repeating: $0.0, count: $0.1) }.shuffled(using: &generator)
        for correction in MultipleTestCorrection.allCases {
            for alpha in [0.01, 0.05, 0.2] {
                let expected = correction.threshold(alpha: alpha, testCount: full.count) { full }
                #expect(correction.threshold(alpha: alpha, counted: counted.map { (p: $0.0, tests: $0.1) }) == expected)
            }
        }
    }
}
