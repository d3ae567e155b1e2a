import Foundation

/// A null model for the actor projection of a two-mode graph: what "by chance" means when asking whether two
/// actors share more (or fewer) meetings than chance.
public enum ProjectionNullModel: Sendable, Equatable {
    /// The fixed-row model: each actor keeps its number of meetings and picks them uniformly among all
    /// meetings; a pair's count is hypergeometric (Tumminello et al. 2011). Meeting sizes are free.
    case hypergeometric
    /// The stochastic degree sequence model: actors and meetings keep their degrees on average, under the
    /// bipartite configuration model (Neal 2014; Saracco et al. 2017); a pair's count is Poisson-binomial.
    case stochasticDegreeSequence
    /// The fixed degree sequence model: every actor and meeting keeps its degree exactly; p-values are
    /// estimated from `samples` graphs drawn uniformly by curveball trades from `seed` (Neal 2014).
    case fixedDegreeSequence(samples: Int, seed: UInt64)
}

/// Which side of the null distribution is tested.
public enum SignificanceTail: String, CaseIterable, Sendable {
    /// More shared meetings than chance: `p = P(X ≥ k)`.
    case upper
    /// Fewer shared meetings than chance: `p = P(X ≤ k)`.
    case lower
    /// Both (a signed backbone): `p = min(1, 2 min(P(X ≥ k), P(X ≤ k)))`, its sign the smaller tail's.
    case both
}

/// The tails of the null distribution of every pair's count, shared by pairs whose actors have the same
/// degrees (both closed-form models depend on degrees only).
struct PairTailTable: Sendable {
    /// Actor → its degree class.
    let classOf: [Int]
    let classCount: Int
    /// Per class pair `i * classCount + j` (i ≤ j): start of its tails in `upper`/`lower`, or -1 when its tails
    /// are approximated from `moments`.
    let start: [Int]
    let length: [Int32]
    let upper: [Double]
    let lower: [Double]
    /// Per class pair: mean, variance and third central moment numerator (for the normal approximation).
    let moments: [(mean: Double, variance: Double, third: Double)]

    /// `(P(X ≥ k), P(X ≤ k))` for actors `a` and `b` sharing `k` meetings.
    @inline(__always)
    func tails(_ a: Int, _ b: Int, count k: Int) -> (upper: Double, lower: Double) {
        tails(slot: slot(a, b), count: k)
    }

    /// The class pair slot of actors `a` and `b`.
    @inline(__always)
    func slot(_ a: Int, _ b: Int) -> Int {
        let (i, j) = classOf[a] <= classOf[b] ? (classOf[a], classOf[b]) : (classOf[b], classOf[a])
        return i * classCount + j
    }

    /// `(P(X ≥ k), P(X ≤ k))` for a pair of class pair `slot` sharing `k` meetings.
    @inline(__always)
    func tails(slot: Int, count k: Int) -> (upper: Double, lower: Double) {
        let first = start[slot]
        if first >= 0 {
            precondition(k < Int(length[slot]), "a count beyond the largest one seen")
            return (upper[first + k], lower[first + k])
        }
        return PoissonBinomial.normalTails(k, moments: moments[slot])
    }

    /// Builds the table for the class pairs that occur, each up to the largest count seen.
    ///
    /// The exact tails go straight into two arrays allocated once at their final size (the class pairs' offsets
    /// are known from `largest` before any tail is computed): no per-chunk copies held until the end, no growth
    /// by doubling, so memory is the table itself.
    /// - Parameters:
    ///   - largest: per class pair slot, the largest count seen (-1 when the pair never occurs).
    ///   - isExact: whether a class pair whose largest count is this has exact tails (else from `moments`).
    ///   - tails: the exact tails of a class pair up to a count (`upTo + 1` values each).
    static func build(
        classOf: [Int], classCount: Int, largest: [Int], threads: Int?,
        isExact: (_ upTo: Int) -> Bool,
        tails: @Sendable (_ i: Int, _ j: Int, _ upTo: Int) -> (upper: [Double], lower: [Double]),
        moments: @Sendable (_ i: Int, _ j: Int) -> (mean: Double, variance: Double, third: Double)
    ) -> PairTailTable {
        let slots = largest.indices.filter { largest[$0] >= 0 }
        var start = [Int](repeating: -1, count: largest.count)
        var length = [Int32](repeating: 0, count: largest.count)
        var total = 0
        for slot in slots where isExact(largest[slot]) {
            start[slot] = total
            length[slot] = Int32(largest[slot] + 1)
            total += largest[slot] + 1
        }
        var upper = [Double](repeating: 0, count: total)
        var lower = [Double](repeating: 0, count: total)
        var moment = [(mean: Double, variance: Double, third: Double)](repeating: (0, 0, 0), count: largest.count)
        let chunkSize = 16
        let chunkCount = (slots.count + chunkSize - 1) / chunkSize
        withMutableBuffers(&upper, &lower, &moment) { upper, lower, moment in
            // Each class pair writes its own range of the tails (or its own moments): chunks are disjoint.
            ParallelScheduler.forEachChunk(chunkCount: chunkCount, threads: threads, reportsProgress: false, makeWorkspace: { () }) {
                chunk, _ in
                for position in (chunk * chunkSize)..<min(slots.count, (chunk + 1) * chunkSize) {
                    let slot = slots[position]
                    let (i, j) = (slot / classCount, slot % classCount)
                    let first = start[slot]
                    guard first >= 0 else {
                        moment[slot] = moments(i, j)
                        continue
                    }
                    let values = tails(i, j, largest[slot])
                    precondition(values.upper.count == Int(length[slot]) && values.lower.count == Int(length[slot]), "one tail per count")
                    for k in values.upper.indices {
                        upper[first + k] = values.upper[k]
                        lower[first + k] = values.lower[k]
                    }
                }
            }
        }
        return PairTailTable(
            classOf: classOf, classCount: classCount, start: start, length: length, upper: upper, lower: lower,
            moments: moment)
    }
}

/// The p-values of one block of co-occurring pairs, parallel to the block's pairs.
public struct SignificanceBlock: Sendable {
    /// The p-value of each pair in the tested tail (see ``SignificanceTail``), before correction.
    public var pValues: [Double] = []
    /// +1 when the pair is significantly more frequent than chance, −1 when significantly less, else 0.
    public var signs: [Int8] = []
}

/// Co-occurring actor pairs with their p-values under a null model, computed block by block like
/// ``CoOccurrenceStream`` (memory stays that of the stream plus a table per pair of degree classes).
///
/// The tests are the pairs of the projection (sharing at least `minimumCount` meetings): `m` of them. A pair
/// is significant when its p-value passes the corrected level: `α` (no correction), `α / m` (Bonferroni), the
/// step-down thresholds `α / (m − i + 1)` (Holm 1979) or the step-up thresholds `i α / m` (Benjamini and
/// Hochberg 1995) over the sorted p-values. Holm and Benjamini-Hochberg need every p-value once: one pass
/// finds the threshold, then the rows stream again. Under the hypergeometric model and the SDSM a p-value
/// depends only on the pair's degree classes and count, so that pass counts the tests per class pair and count
/// (memory for the distinct values only); the FDSM keeps every p-value (8 bytes a pair).
/// ```swift
/// let stream = try twoMode.significanceStream(model: .stochasticDegreeSequence, correction: .benjaminiHochberg)
/// try stream.run(transform: { pairs, tests in (pairs, tests) }, consume: { print($0.1.pValues) })
/// ```
public struct SignificanceStream: Sendable {
    /// The co-occurring pairs.
    public let pairs: CoOccurrenceStream
    /// The null model.
    public let model: ProjectionNullModel
    /// The tail tested.
    public let tail: SignificanceTail
    /// The multiple-test correction.
    public let correction: MultipleTestCorrection
    /// The significance level.
    public let alpha: Double
    /// The number of tests (pairs of the projection).
    public let testCount: Int
    /// The largest p-value judged significant (−1 when none is).
    public let threshold: Double
    let tester: PairTester

    /// Computes every block and hands it over in order, as ``CoOccurrenceStream/run(threads:transform:consume:)``.
    /// - Complexity: that of the co-occurrence stream, plus O(1) per pair.
    public func run<Output>(
        threads: Int? = nil, transform: (CoOccurrenceBlock, SignificanceBlock) -> Output, consume: (Output) throws -> Void
    ) rethrows {
        let tester = self.tester
        let tail = self.tail
        let threshold = self.threshold
        try pairs.run(
            threads: threads,
            transform: { block in
                var result = SignificanceBlock()
                result.pValues.reserveCapacity(block.pairCount)
                result.signs.reserveCapacity(block.pairCount)
                for pair in 0..<block.pairCount {
                    let (p, sign) = tester.test(
                        Int(block.firstActors[pair]), Int(block.secondActors[pair]), count: Int(block.counts[pair]), tail: tail)
                    result.pValues.append(p)
                    result.signs.append(p <= threshold ? sign : 0)
                }
                return transform(block, result)
            }, consume: consume)
    }
}

/// What a model knows to test a pair.
enum PairTester: Sendable {
    case table(PairTailTable)
    case samples(SampledPairTails)

    @inline(__always)
    func test(_ a: Int, _ b: Int, count: Int, tail: SignificanceTail) -> (p: Double, sign: Int8) {
        let tails: (upper: Double, lower: Double)
        switch self {
        case .table(let table): tails = table.tails(a, b, count: count)
        case .samples(let samples): tails = samples.tails(a, b)
        }
        return Self.pValue(tails, tail: tail)
    }

    /// The p-value and sign of a pair with these tails in the tested tail.
    @inline(__always)
    static func pValue(_ tails: (upper: Double, lower: Double), tail: SignificanceTail) -> (p: Double, sign: Int8) {
        switch tail {
        case .upper: return (tails.upper, 1)
        case .lower: return (tails.lower, -1)
        case .both:
            return tails.upper <= tails.lower ? (min(1, 2 * tails.upper), 1) : (min(1, 2 * tails.lower), -1)
        }
    }
}

extension TwoModeGraph {
    /// The co-occurring actor pairs with their p-values under a null model, streamed (see ``SignificanceStream``).
    ///
    /// - Parameters:
    ///   - model: the null model.
    ///   - tail: the tail tested; `.both` gives a signed backbone.
    ///   - correction: the multiple-test correction over the pairs of the projection.
    ///   - alpha: the significance level, in (0, 1].
    ///   - measures: the co-occurrence measures the blocks also carry.
    ///   - minimumCount: only pairs sharing at least this many meetings are tested.
    ///   - exactLimit: the SDSM tail is computed exactly for a pair of degree classes when its largest count
    ///     is below this, and by the refined normal approximation beyond (see ``StochasticDegreeSequence``).
    ///   - threads: worker threads; nil uses every active core. Results never depend on it.
    /// - Complexity: one co-occurrence pass to find the counts each pair of degree classes needs (two more with
    ///   Holm or Benjamini-Hochberg), plus the model's own work.
    public func significanceStream(
        model: ProjectionNullModel, tail: SignificanceTail = .upper, correction: MultipleTestCorrection = .none,
        alpha: Double = 0.05, measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1,
        exactLimit: Int = StochasticDegreeSequence.defaultExactLimit, threads: Int? = nil
    ) throws -> SignificanceStream {
        precondition(alpha > 0 && alpha <= 1, "alpha in (0, 1]")
        let pairs = coOccurrenceStream(measures: measures, minimumCount: minimumCount)
        let tester: PairTester
        var testCount = 0
        switch model {
        case .hypergeometric, .stochasticDegreeSequence:
            let classes = BipartiteConfigurationModel.classes(pairs.occurrences)
            let classCount = classes.values.count
            var largest = [Int](repeating: -1, count: classCount * classCount)
            let classOf = classes.classOf
            pairs.run(
                threads: threads,
                transform: { block -> (seen: [Int: Int], pairs: Int) in
                    var seen: [Int: Int] = [:]
                    for pair in 0..<block.pairCount {
                        let (x, y) = (classOf[Int(block.firstActors[pair])], classOf[Int(block.secondActors[pair])])
                        let slot = min(x, y) * classCount + max(x, y)
                        seen[slot] = max(seen[slot] ?? 0, Int(block.counts[pair]))
                    }
                    return (seen, block.pairCount)
                },
                consume: { counted in
                    testCount += counted.pairs
                    for (slot, count) in counted.seen { largest[slot] = max(largest[slot], count) }
                })
            if model == .hypergeometric {
                let population = pairs.meetingCount
                let degrees = classes.values
                tester = .table(
                    PairTailTable.build(
                        classOf: classOf, classCount: classCount, largest: largest, threads: threads,
                        isExact: { _ in true },
                        tails: { i, j, last in
                            Hypergeometric.tails(population: population, first: degrees[i], second: degrees[j], upTo: last)
                        }, moments: { _, _ in (0, 0, 0) }))
            } else {
                let sdsm = StochasticDegreeSequence(BipartiteConfigurationModel(self), exactLimit: exactLimit)
                tester = .table(sdsm.table(classOf: classOf, classCount: classCount, largest: largest, threads: threads))
            }
        case .fixedDegreeSequence(let samples, let seed):
            let sampled = try FixedDegreeSequence(self, samples: samples, seed: seed, minimumCount: minimumCount, threads: threads)
            testCount = sampled.tails.pairCount
            tester = .samples(sampled.tails)
        }
        let threshold: Double
        if correction.needsAllPValues, case .table(let table) = tester {
            // A pair's p-value depends only on its class pair and count: count the tests per (class pair, count)
            // instead of keeping a p-value per pair, so memory does not grow with the pairs.
            var tests: [UInt64: Int] = [:]
            pairs.run(
                threads: threads,
                transform: { block in
                    var local: [UInt64: Int] = [:]
                    for pair in 0..<block.pairCount {
                        let slot = table.slot(Int(block.firstActors[pair]), Int(block.secondActors[pair]))
                        local[UInt64(slot) << 32 | UInt64(block.counts[pair]), default: 0] += 1
                    }
                    return local
                }, consume: { local in tests.merge(local, uniquingKeysWith: +) })
            threshold = correction.threshold(
                alpha: alpha,
                counted: tests.map { key, count in
                    let tails = table.tails(slot: Int(key >> 32), count: Int(key & 0xFFFF_FFFF))
                    return (PairTester.pValue(tails, tail: tail).p, count)
                })
        } else {
            threshold = correction.threshold(alpha: alpha, testCount: testCount) {
                var values: [Double] = []
                values.reserveCapacity(testCount)
                pairs.run(
                    threads: threads,
                    transform: { block in
                        (0..<block.pairCount).map { pair in
                            tester.test(
                                Int(block.firstActors[pair]), Int(block.secondActors[pair]), count: Int(block.counts[pair]),
                                tail: tail
                            ).p
                        }
                    }, consume: { values += $0 })
                return values
            }
        }
        return SignificanceStream(
            pairs: pairs, model: model, tail: tail, correction: correction, alpha: alpha, testCount: testCount,
            threshold: threshold, tester: tester)
    }

    /// The p-value of every co-occurring actor pair under a null model, as dense scores on the projection's
    /// pairs (`sources[i] < targets[i]`, actor indices, in `(a, b)` order), with which pairs are significant.
    /// - Parameters: as ``significanceStream(model:tail:correction:alpha:measures:minimumCount:exactLimit:threads:)``.
    /// - Complexity: that of the stream, with every pair held.
    public func projectionSignificance(
        model: ProjectionNullModel, tail: SignificanceTail = .upper, correction: MultipleTestCorrection = .none,
        alpha: Double = 0.05, minimumCount: Int = 1, threads: Int? = nil
    ) throws -> ProjectionSignificance {
        let stream = try significanceStream(
            model: model, tail: tail, correction: correction, alpha: alpha, minimumCount: minimumCount, threads: threads)
        var sources: [Int] = []
        var targets: [Int] = []
        var counts: [Int] = []
        var values: [Double] = []
        var signs: [Int8] = []
        stream.run(threads: threads, transform: { ($0, $1) }) { block, tests in
            sources += block.firstActors.map(Int.init)
            targets += block.secondActors.map(Int.init)
            counts += block.counts.map(Int.init)
            values += tests.pValues
            signs += tests.signs
        }
        let name = "p (\(model.name), \(tail.rawValue))"
        return ProjectionSignificance(
            pValues: EdgeScores(
                name: name, sources: sources, targets: targets, values: values,
                nodeIDs: Array(graph.nodeIDs[0..<actorCount]), isDirected: false),
            counts: counts, signs: signs, threshold: stream.threshold)
    }
}

/// Every co-occurring pair's p-value under a null model, and which pairs pass the corrected level.
public struct ProjectionSignificance: Sendable, Equatable {
    /// The p-values, one per co-occurring pair (`sources[i] < targets[i]`, actor indices).
    public let pValues: EdgeScores
    /// The number of meetings each pair shares.
    public let counts: [Int]
    /// +1 (more than chance), −1 (less than chance) or 0 (not significant), per pair.
    public let signs: [Int8]
    /// The largest p-value judged significant (−1 when none is).
    public let threshold: Double

    /// Whether pair `index` is significant.
    /// - Complexity: O(1).
    public func isSignificant(_ index: Int) -> Bool { signs[index] != 0 }
}

extension ProjectionNullModel {
    /// A short name: "hypergeometric", "sdsm" or "fdsm".
    public var name: String {
        switch self {
        case .hypergeometric: "hypergeometric"
        case .stochasticDegreeSequence: "sdsm"
        case .fixedDegreeSequence: "fdsm"
        }
    }
}
