import Foundation

/// Actor × actor co-occurrence through shared meetings: one row per linked pair, one value per measure,
/// and the meetings behind every pair.
///
/// Pairs are stored once, `a < b` by actor index, sorted by `(a, b)`; values are dense arrays parallel to
/// the pairs (`values[measure][pair]`).
/// ```swift
/// let co = network.coOccurrence(of: [.country], via: .coChairing, measures: [.count, .jaccard])
/// co.value(.jaccard, between: "FRA", and: "BEL")
/// co.meetings(between: "FRA", and: "BEL")     // ids of the meetings they co-chaired together
/// for row in co.rows { print(row.a, row.b, row[.count]!) }
/// ```
public struct CoOccurrence: Sendable, Equatable {
    /// The actors (ids and names), indexed like `firstActors` and `secondActors`, found by id in O(1).
    public let actors: NodeIndex
    /// The ids of the actors, indexed like `firstActors` and `secondActors`.
    public var actorIDs: [String] { actors.ids }
    /// The ids of the meetings, indexed like `meetingIndices`.
    public let meetingIDs: [String]
    /// The measures computed, in the order of `values`.
    public let measures: [CoOccurrenceMeasure]
    /// The relations that made actors co-occur.
    public let relations: CoOccurrenceRelations
    /// The first actor (the lower index) of each pair.
    public let firstActors: [UInt32]
    /// The second actor (the higher index) of each pair.
    public let secondActors: [UInt32]
    /// Shared meetings per pair.
    public let counts: [Int]
    /// One array per measure, parallel to the pairs.
    public let values: [[Double]]
    /// Start of each pair's meetings in `meetingIndices`; `pairCount + 1` entries.
    public let meetingOffsets: [Int]
    /// The meetings behind each pair, ascending, as indices into `meetingIDs`.
    public let meetingIndices: [UInt32]
    /// The number of meetings each actor takes part in through the chosen relations (`n_a`).
    public let occurrences: [Int]
    /// The number of meetings with at least one chosen actor (`N`).
    public let meetingCount: Int

    /// Number of pairs kept.
    /// - Complexity: O(1).
    public var pairCount: Int { counts.count }

    /// One pair with its values.
    public struct Row: Sendable, Equatable {
        /// The ids of the two actors (the first has the lower index).
        public var a: String
        /// The id of the second actor.
        public var b: String
        /// Shared meetings.
        public var count: Int
        /// Values parallel to ``CoOccurrence/measures``.
        public var values: [Double]
        /// The measures, in the order of `values`.
        public var measures: [CoOccurrenceMeasure]
        /// The ids of the meetings the pair shares.
        public var meetings: [String]
        /// The display name of actor `a` (its id when the graph has no names).
        public var aName: String
        /// The display name of actor `b`.
        public var bName: String

        /// The value of a measure, or nil when it was not computed.
        /// - Complexity: O(measures).
        public subscript(measure: CoOccurrenceMeasure) -> Double? {
            measures.firstIndex(of: measure).map { values[$0] }
        }
    }

    /// The pair at `index` as a row.
    /// - Complexity: O(measures + meetings of the pair).
    public func row(_ index: Int) -> Row {
        let (a, b) = (Int(firstActors[index]), Int(secondActors[index]))
        return Row(
            a: actors[a], b: actors[b], count: counts[index], values: values.map { $0[index] }, measures: measures,
            meetings: meetings(ofPair: index), aName: actors.name(at: a), bName: actors.name(at: b))
    }

    /// Every pair as a row, in storage order.
    /// - Complexity: O(pairs · measures + Σ meetings).
    public var rows: [Row] { (0..<pairCount).map(row) }

    /// The meeting ids of the pair at `index`.
    /// - Complexity: O(meetings of the pair).
    public func meetings(ofPair index: Int) -> [String] {
        meetingIndices[meetingOffsets[index]..<meetingOffsets[index + 1]].map { meetingIDs[Int($0)] }
    }

    /// The position of the pair of these two actor ids, in either order, or nil when they are not linked.
    /// - Complexity: O(1) expected to find the ids, O(log pairs) for the pair.
    public func pairIndex(between a: String, and b: String) -> Int? {
        guard let i = actors.index(of: a), let j = actors.index(of: b), i != j else { return nil }
        let key = (UInt32(min(i, j)), UInt32(max(i, j)))
        var low = 0
        var high = pairCount
        while low < high {
            let middle = (low + high) / 2
            if (firstActors[middle], secondActors[middle]) < key { low = middle + 1 } else { high = middle }
        }
        guard low < pairCount, firstActors[low] == key.0, secondActors[low] == key.1 else { return nil }
        return low
    }

    /// The value of `measure` for two actor ids, or nil when they share nothing or it was not computed.
    /// - Complexity: O(log pairs).
    public func value(_ measure: CoOccurrenceMeasure, between a: String, and b: String) -> Double? {
        guard let column = measures.firstIndex(of: measure), let pair = pairIndex(between: a, and: b) else { return nil }
        return values[column][pair]
    }

    /// The ids of the meetings two actors share (empty when none).
    /// - Complexity: O(log pairs + meetings of the pair).
    public func meetings(between a: String, and b: String) -> [String] {
        pairIndex(between: a, and: b).map { meetings(ofPair: $0) } ?? []
    }

    /// The one-mode actor graph of the kept pairs, weighted by a measure (the count when not computed).
    /// - Complexity: O(actors + pairs).
    public func graph(weightedBy measure: CoOccurrenceMeasure = .count) -> Graph {
        let weights = measures.firstIndex(of: measure).map { values[$0] } ?? counts.map(Double.init)
        return Graph(
            nodeCount: actors.count, sources: firstActors, targets: secondActors, weights: weights, nodeIDs: actors.ids,
            nodeNames: actors.names)
    }

    /// The `k` strongest pairs by `measure` (the count when it was not computed), as rows: higher values first,
    /// then more shared meetings, then the actors' ids.
    /// ```swift
    /// let pairs = network.coOccurrence(measures: [.count, .jaccard])
    /// for row in pairs.topPairs(5, by: .jaccard) { print(row.aName, row.bName, row[.jaccard] ?? 0) }
    /// ```
    /// - Complexity: O(pairs log k), plus the rows' meetings.
    public func topPairs(_ k: Int, by measure: CoOccurrenceMeasure = .count) -> [Row] {
        let ranking = measures.firstIndex(of: measure).map { values[$0] } ?? counts.map(Double.init)
        let chosen = TopK.select(k, from: 0..<pairCount) { a, b in
            if ranking[a] != ranking[b] { return ranking[a] > ranking[b] }
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            let (fa, fb) = (actors[Int(firstActors[a])], actors[Int(firstActors[b])])
            if fa != fb { return fa < fb }
            return actors[Int(secondActors[a])] < actors[Int(secondActors[b])]
        }
        return chosen.map(row)
    }
}

extension Network {
    /// Actor × actor co-occurrence through shared meetings.
    ///
    /// Two actors co-occur at a meeting when one takes part in it through `relations.first` and the other
    /// through `relations.second`; each meeting counts once per pair. See ``CoOccurrenceMeasure`` for the
    /// formulas.
    ///
    /// - Parameters:
    ///   - actorKinds: the kinds of actor to pair (e.g. `[.country]`); nil for every actor.
    ///   - relations: which relations make a co-occurrence; any participation by default.
    ///   - measures: the measures to compute, in output order.
    ///   - minimumCount: drop pairs sharing fewer meetings.
    ///   - topPerActor: keep a pair only when it is among the `k` strongest of one of its actors, ranked
    ///     by the first measure (ties: count, then partner id).
    ///   - backbone: keep only the pairs significant at this level under the disparity filter of
    ///     Serrano, Boguñá & Vespignani (PNAS 106, 2009): with `p = w_ab / s_a` and `k_a` partners,
    ///     `α_ab = (1 − p)^(k_a − 1)`; a pair stays when `α < backbone` from either end. Weights are
    ///     `backboneWeight` values over the whole projection.
    ///   - backboneWeight: the weight the disparity filter uses (count or newman).
    /// - Complexity: O(Σ_k n_k² + P log P) for meeting sizes n_k and P linked pairs.
    public func coOccurrence(
        of actorKinds: Set<NodeKind>? = nil, via relations: CoOccurrenceRelations = .coAttendance,
        measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1, topPerActor: Int? = nil,
        backbone: Double? = nil, backboneWeight: CoOccurrenceMeasure = .count
    ) -> CoOccurrence {
        let union = twoModeGraph(relations: relations.union, actorKinds: actorKinds)
        var flags: [UInt8]? = nil
        if !relations.isSymmetric {
            let first = twoModeGraph(relations: relations.first, actorKinds: actorKinds).graph
            let second = twoModeGraph(relations: relations.second, actorKinds: actorKinds).graph
            let g = union.graph
            var marks = [UInt8](repeating: 0, count: g.targets.count)
            for u in 0..<g.nodeCount {
                for position in g.offsets[u]..<g.offsets[u + 1] {
                    let v = Int(g.targets[position])
                    var mark: UInt8 = 0
                    if first.hasEdge(from: u, to: v) { mark |= 1 }
                    if second.hasEdge(from: u, to: v) { mark |= 2 }
                    marks[position] = mark
                }
            }
            flags = marks
        }
        return CoOccurrence(
            twoMode: union, flags: flags, relations: relations, measures: measures, minimumCount: minimumCount,
            topPerActor: topPerActor, backbone: backbone, backboneWeight: backboneWeight)
    }
}

extension TwoModeGraph {
    /// Actor × actor co-occurrence through shared meetings of this two-mode graph (every membership counts).
    ///
    /// The same as ``PartnerGraph/Network/coOccurrence(of:via:measures:minimumCount:topPerActor:backbone:backboneWeight:)``
    /// with the graph's relations on both sides.
    /// - Complexity: O(Σ_k n_k² + P log P) for meeting sizes n_k and P linked pairs.
    public func coOccurrence(
        measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1, topPerActor: Int? = nil,
        backbone: Double? = nil, backboneWeight: CoOccurrenceMeasure = .count
    ) -> CoOccurrence {
        CoOccurrence(
            twoMode: self, flags: nil, relations: .coAttendance, measures: measures, minimumCount: minimumCount,
            topPerActor: topPerActor, backbone: backbone, backboneWeight: backboneWeight)
    }
}

extension CoOccurrence {
    /// Computes the co-occurrence of a two-mode graph; `flags` (parallel to its `targets`) marks each
    /// membership with bit 1 (first side) and bit 2 (second side), or is nil when both sides are the same.
    init(
        twoMode: TwoModeGraph, flags: [UInt8]?, relations: CoOccurrenceRelations, measures: [CoOccurrenceMeasure],
        minimumCount: Int, topPerActor: Int?, backbone: Double?, backboneWeight: CoOccurrenceMeasure
    ) {
        let g = twoMode.graph
        let actors = twoMode.actorCount
        let offsets = g.offsets
        let targets = g.targets

        // Pass 1: counts, giving each pair its slot.
        var rowOffsets = [Int](repeating: 0, count: actors + 1)
        var partners: [UInt32] = []
        var pairCounts: [Int] = []
        if flags == nil {
            let fast = twoMode.actorPairCounts(threads: 1)
            rowOffsets = fast.offsets
            partners = fast.partners
            pairCounts = fast.counts.map(Int.init)
        } else {
            var counter = [Int](repeating: 0, count: actors)
            var touched: [UInt32] = []
            for a in 0..<actors {
                touched.removeAll(keepingCapacity: true)
                CoOccurrence.forEachCoMember(of: a, offsets: offsets, targets: targets, flags: flags) { b, _ in
                    if counter[b] == 0 { touched.append(UInt32(b)) }
                    counter[b] += 1
                }
                touched.sort()
                for b in touched {
                    partners.append(b)
                    pairCounts.append(counter[Int(b)])
                    counter[Int(b)] = 0
                }
                rowOffsets[a + 1] = partners.count
            }
        }

        // Pass 2: the meetings of every pair and Newman's weights.
        let pairTotal = partners.count
        var meetingOffsets = [Int](repeating: 0, count: pairTotal + 1)
        for pair in 0..<pairTotal { meetingOffsets[pair + 1] = meetingOffsets[pair] + pairCounts[pair] }
        var meetingList = [UInt32](repeating: 0, count: meetingOffsets[pairTotal])
        var newman = [Double](repeating: 0, count: pairTotal)
        var cursor = meetingOffsets
        var slot = [Int](repeating: -1, count: actors)
        for a in 0..<actors {
            for pair in rowOffsets[a]..<rowOffsets[a + 1] { slot[Int(partners[pair])] = pair }
            CoOccurrence.forEachCoMember(of: a, offsets: offsets, targets: targets, flags: flags) { b, m in
                let pair = slot[b]
                meetingList[cursor[pair]] = UInt32(m - actors)
                cursor[pair] += 1
                newman[pair] += 1 / Double(offsets[m + 1] - offsets[m] - 1)
            }
            for pair in rowOffsets[a]..<rowOffsets[a + 1] { slot[Int(partners[pair])] = -1 }
        }

        let occurrences = (0..<actors).map { g.degree(of: $0) }
        let meetingCount = (actors..<g.nodeCount).reduce(0) { $0 + (g.degree(of: $1) > 0 ? 1 : 0) }
        var firsts = [UInt32](repeating: 0, count: pairTotal)
        for a in 0..<actors { for pair in rowOffsets[a]..<rowOffsets[a + 1] { firsts[pair] = UInt32(a) } }

        func measureValues(_ measure: CoOccurrenceMeasure) -> [Double] {
            (0..<pairTotal).map { pair in
                measure.value(
                    count: pairCounts[pair], newman: newman[pair], first: occurrences[Int(firsts[pair])],
                    second: occurrences[Int(partners[pair])], meetings: meetingCount)
            }
        }
        let allValues = measures.map(measureValues)

        // Filters: threshold, backbone over the whole projection, then top-k among the survivors.
        var keep = pairCounts.map { $0 >= minimumCount }
        if let alpha = backbone {
            let weights = backboneWeight == .newman ? newman : pairCounts.map(Double.init)
            let significant = CoOccurrence.disparitySignificant(
                first: firsts, second: partners, weights: weights, actorCount: actors, alpha: alpha)
            for pair in 0..<pairTotal where !significant[pair] { keep[pair] = false }
        }
        if let k = topPerActor {
            let ranking = allValues.first ?? pairCounts.map(Double.init)
            let top = CoOccurrence.topPairs(
                first: firsts, second: partners, ranking: ranking, counts: pairCounts, ids: Array(g.nodeIDs[0..<actors]),
                candidates: keep, perActor: k)
            keep = top
        }

        let kept = (0..<pairTotal).filter { keep[$0] }
        var keptOffsets = [0]
        keptOffsets.reserveCapacity(kept.count + 1)
        var keptMeetings: [UInt32] = []
        for pair in kept {
            keptMeetings.append(contentsOf: meetingList[meetingOffsets[pair]..<meetingOffsets[pair + 1]])
            keptOffsets.append(keptMeetings.count)
        }
        self.init(
            actors: g.nodeIndex.subset(0..<actors), meetingIDs: Array(g.nodeIDs[actors...]), measures: measures,
            relations: relations, firstActors: kept.map { firsts[$0] }, secondActors: kept.map { partners[$0] },
            counts: kept.map { pairCounts[$0] }, values: allValues.map { column in kept.map { column[$0] } },
            meetingOffsets: keptOffsets, meetingIndices: keptMeetings, occurrences: occurrences,
            meetingCount: meetingCount)
    }

    /// Calls `body(b, m)` for every co-member `b > a` of every meeting `m` of actor `a` that the relation
    /// flags allow; each (b, m) once.
    @inline(__always)
    static func forEachCoMember(
        of a: Int, offsets: [Int], targets: [UInt32], flags: [UInt8]?, _ body: (Int, Int) -> Void
    ) {
        for position in offsets[a]..<offsets[a + 1] {
            let m = Int(targets[position])
            let mine = flags?[position] ?? 3
            for inner in offsets[m]..<offsets[m + 1] {
                let b = Int(targets[inner])
                guard b > a else { continue }
                if let flags {
                    let theirs = flags[inner]
                    guard (mine & 1 != 0 && theirs & 2 != 0) || (mine & 2 != 0 && theirs & 1 != 0) else { continue }
                }
                body(b, m)
            }
        }
    }

    /// The disparity filter: whether each pair is significant at level `alpha` from either end.
    static func disparitySignificant(
        first: [UInt32], second: [UInt32], weights: [Double], actorCount: Int, alpha: Double
    ) -> [Bool] {
        var strength = [Double](repeating: 0, count: actorCount)
        var degree = [Int](repeating: 0, count: actorCount)
        for pair in weights.indices {
            for end in [Int(first[pair]), Int(second[pair])] {
                strength[end] += weights[pair]
                degree[end] += 1
            }
        }
        return weights.indices.map { pair in
            [Int(first[pair]), Int(second[pair])].contains { end in
                guard degree[end] > 1, strength[end] > 0 else { return false }
                return pow(1 - weights[pair] / strength[end], Double(degree[end] - 1)) < alpha
            }
        }
    }

    /// Pairs among the `perActor` strongest of either end (ranking, then count, then the partner's id).
    static func topPairs(
        first: [UInt32], second: [UInt32], ranking: [Double], counts: [Int], ids: [String], candidates: [Bool],
        perActor: Int
    ) -> [Bool] {
        var byActor = [[Int]](repeating: [], count: ids.count)
        for pair in ranking.indices where candidates[pair] {
            byActor[Int(first[pair])].append(pair)
            byActor[Int(second[pair])].append(pair)
        }
        var keep = [Bool](repeating: false, count: ranking.count)
        for (actor, pairs) in byActor.enumerated() {
            func partner(_ pair: Int) -> String { ids[Int(first[pair]) == actor ? Int(second[pair]) : Int(first[pair])] }
            let sorted = pairs.sorted { x, y in
                if ranking[x] != ranking[y] { return ranking[x] > ranking[y] }
                if counts[x] != counts[y] { return counts[x] > counts[y] }
                return partner(x) < partner(y)
            }
            for pair in sorted.prefix(perActor) { keep[pair] = true }
        }
        return keep
    }
}
