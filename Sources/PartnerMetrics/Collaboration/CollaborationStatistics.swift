/// What one actor did: meetings by role, partners, active years, share of all meetings.
public struct ActorStatistics: Sendable, Equatable {
    /// The actor's id, display name, kind and region.
    public var id: String
    /// The display name.
    public var name: String
    /// The node kind (country, organisation...).
    public var kind: NodeKind
    /// The region (Africa, Europe...), when known.
    public var region: String?
    /// Distinct meetings the actor hosted.
    public var hosted: Int
    /// Distinct meetings it co-chaired.
    public var coChaired: Int
    /// Distinct meetings it attended.
    public var attended: Int
    /// Distinct meetings it organised.
    public var organised: Int
    /// Distinct meetings with any participation (a meeting hosted and co-chaired counts once).
    public var meetings: Int
    /// Actors (of the chosen kinds) sharing at least one meeting with this one.
    public var partners: Int
    /// Partners sharing at least two meetings.
    public var repeatedPartners: Int
    /// The first year of its dated meetings.
    public var firstYear: Int?
    /// The last year of its dated meetings.
    public var lastYear: Int?
    /// `meetings / all meetings of the network`.
    public var share: Double
}

/// What two actors did together.
public struct PairStatistics: Sendable, Equatable {
    /// The first actor's id (the earlier in network order).
    public var a: String
    /// The second actor's id.
    public var b: String
    /// Distinct meetings both took part in.
    public var shared: Int
    /// For each relation, the shared meetings where both had it (both co-chaired: `coChairs`).
    public var byRelation: [Relation: Int]
    /// The first year of their dated shared meetings.
    public var firstYear: Int?
    /// The last year of their dated shared meetings.
    public var lastYear: Int?
    /// The ids of the shared meetings, in network order.
    public var meetings: [String]
}

/// One actor in a period's ranking.
public struct RankedActor: Sendable, Equatable {
    /// The actor's id.
    public var id: String
    /// Its centrality in the period.
    public var value: Double
    /// Its competition rank in the period: 1 + the number of active actors with a higher value, so tied
    /// actors share a rank and the next rank skips as many places (1, 2, 2, 4). Nothing depends on ids.
    public var rank: Int
    /// Its competition rank in the previous period, nil when it was not active then (or for the first period).
    public var previousRank: Int?
    /// `previousRank − rank`: positive when it climbed; nil when new. Actors tied in both periods keep the
    /// same move, so no move comes out of a tie.
    /// - Complexity: O(1).
    public var move: Int? { previousRank.map { $0 - rank } }
}

/// Activity in one period (a year or a window of years).
public struct PeriodStatistics: Sendable, Equatable {
    /// First year of the window.
    public var startYear: Int
    /// Last year of the window, inclusive; never past the last dated meeting, so the last window may be
    /// shorter than the others.
    public var endYear: Int
    /// Meetings that started in the window.
    public var meetings: Int
    /// Actors taking part in at least one of them.
    public var activeActors: Int
    /// Active actors never active in an earlier window.
    public var newActors: Int
    /// Linked pairs of the window's co-attendance projection.
    public var pairs: Int
    /// `2 · pairs / (n (n − 1))` over the active actors.
    public var density: Double
    /// The leading actors by the chosen centrality on the window's projection: every actor whose rank is at
    /// most the `top` asked (more than `top` when actors tie at the last rank), by rank then id.
    public var top: [RankedActor]
}

extension Network {
    /// Per-actor activity: meetings by role, distinct and repeated partners, first and last year, share.
    ///
    /// Partners are counted through meetings of any relation, among actors of the chosen kinds.
    /// - Parameter actorKinds: the actors to report and pair; nil for all.
    /// - Complexity: O(n + m log m + Σ_k n_k²).
    public func actorStatistics(of actorKinds: Set<NodeKind>? = nil) -> [ActorStatistics] {
        let twoMode = twoModeGraph(actorKinds: actorKinds)
        let g = twoMode.graph
        let actors = twoMode.actorCount
        var position = [Int](repeating: -1, count: nodes.count)
        for (graphIndex, networkIndex) in twoMode.networkIndices.enumerated() { position[networkIndex] = graphIndex }
        // Distinct (actor, relation, meeting) triples.
        let roles: [Relation] = [.hosts, .coChairs, .attends, .organises]
        var triples: [Int] = []
        for edge in edges {
            guard let code = roles.firstIndex(of: edge.relation), let from = index(of: edge.from),
                let to = index(of: edge.to), position[from] >= 0, position[from] < actors
            else { continue }
            triples.append((position[from] * 4 + code) * nodes.count + to)
        }
        triples.sort()
        var byRole = [[Int]](repeating: [0, 0, 0, 0], count: actors)
        var previous = -1
        for triple in triples where triple != previous {
            previous = triple
            let actorRole = triple / nodes.count
            byRole[actorRole / 4][actorRole % 4] += 1
        }
        let counts = twoMode.actorPairCounts(threads: 1, sortedRows: false)
        var partners = [Int](repeating: 0, count: actors)
        var repeated = [Int](repeating: 0, count: actors)
        for a in 0..<actors {
            for slot in counts.offsets[a]..<counts.offsets[a + 1] {
                let b = Int(counts.partners[slot])
                partners[a] += 1
                partners[b] += 1
                if counts.counts[slot] >= 2 {
                    repeated[a] += 1
                    repeated[b] += 1
                }
            }
        }
        let totalMeetings = nodes.reduce(0) { $0 + ($1.isMeeting ? 1 : 0) }
        return (0..<actors).map { a in
            let node = nodes[twoMode.networkIndices[a]]
            let years = g.neighbors(of: a).compactMap { nodes[twoMode.networkIndices[Int($0)]].meeting?.year }
            return ActorStatistics(
                id: node.id, name: node.name, kind: node.kind, region: node.region, hosted: byRole[a][0],
                coChaired: byRole[a][1], attended: byRole[a][2], organised: byRole[a][3], meetings: g.degree(of: a),
                partners: partners[a], repeatedPartners: repeated[a], firstYear: years.min(), lastYear: years.max(),
                share: totalMeetings > 0 ? Double(g.degree(of: a)) / Double(totalMeetings) : 0)
        }
    }

    /// Per-pair activity: shared meetings, by relation both had, first and last year, the meetings.
    ///
    /// - Parameters:
    ///   - actorKinds: the actors to pair; nil for all.
    ///   - minimumShared: leave out pairs sharing fewer meetings.
    /// - Returns: pairs in the order of ``CoOccurrence`` (first actor, then second, by network order).
    /// - Complexity: O(n + m + Σ_k n_k² + Σ pairs' meetings).
    public func pairStatistics(of actorKinds: Set<NodeKind>? = nil, minimumShared: Int = 1) -> [PairStatistics] {
        let co = coOccurrence(of: actorKinds, measures: [], minimumCount: minimumShared)
        var relationsOf: [Int: Set<Relation>] = [:]
        for edge in edges {
            guard let from = index(of: edge.from), let to = index(of: edge.to), nodes[to].isMeeting else { continue }
            relationsOf[from * nodes.count + to, default: []].insert(edge.relation)
        }
        return (0..<co.pairCount).map { pair in
            let a = co.actorIDs[Int(co.firstActors[pair])]
            let b = co.actorIDs[Int(co.secondActors[pair])]
            let ia = index(of: a)!
            let ib = index(of: b)!
            let meetingIDs = co.meetings(ofPair: pair)
            var byRelation: [Relation: Int] = [:]
            var years: [Int] = []
            for id in meetingIDs {
                let m = index(of: id)!
                let both = (relationsOf[ia * nodes.count + m] ?? []).intersection(relationsOf[ib * nodes.count + m] ?? [])
                for relation in both { byRelation[relation, default: 0] += 1 }
                if let year = nodes[m].meeting?.year { years.append(year) }
            }
            return PairStatistics(
                a: a, b: b, shared: co.counts[pair], byRelation: byRelation, firstYear: years.min(),
                lastYear: years.max(), meetings: meetingIDs)
        }
    }

    /// Activity per period of `windowYears` years, ranking actors by degree (number of partners) in each.
    ///
    /// The same as ``periodStatistics(of:windowYears:top:centrality:)`` with degree as the centrality.
    /// - Complexity: O(windows · (n + m) + Σ_k n_k²).
    public func periodStatistics(of actorKinds: Set<NodeKind>? = nil, windowYears: Int = 1, top: Int = 5)
        -> [PeriodStatistics]
    {
        periodStatistics(of: actorKinds, windowYears: windowYears, top: top, centrality: { $0.degree() })
    }

    /// Scores from the highest to the lowest (ties by id), each with its competition rank: 1 + the number of
    /// higher values.
    /// - Complexity: O(n log n).
    static func competitionRanking(_ scores: NodeScores) -> [RankedActor] {
        var ranked: [RankedActor] = []
        for (position, entry) in scores.ranked().enumerated() {
            let shared = ranked.last.map { $0.value == entry.value } ?? false
            ranked.append(RankedActor(id: entry.id, value: entry.value, rank: shared ? ranked[ranked.count - 1].rank : position + 1))
        }
        return ranked
    }

    /// Activity per period of `windowYears` years, ranking actors by one centrality on each period's actor
    /// projection: the per-period figure of `partnet stats --by year` and the report.
    ///
    /// The weight rule is ``PartnerGraph/Network/centralities(_:on:weighted:relationWeights:directed:options:control:)``'s:
    /// the period's shared meetings are used only when `weighted` is true, or by a measure defined only on
    /// weights (strength, alpha-degree).
    /// - Parameters:
    ///   - actorKinds: the actors to count; nil for all.
    ///   - windowYears: the length of a window, in years (1: per year).
    ///   - top: the last rank listed per window (competition ranks: actors tied at it are all listed).
    ///   - measure: the centrality to rank by (default degree: the number of partners in the period); a
    ///     measure of two columns (`hits`) ranks by its first.
    ///   - weighted: use the period's shared meetings as weights.
    ///   - options: the parameters of the measure.
    /// - Throws: ``CentralityError`` or ``IterationError`` from the measure.
    /// - Complexity: O(windows · (n + m) + Σ_k n_k²) plus the measure per window.
    public func periodStatistics(
        of actorKinds: Set<NodeKind>? = nil, windowYears: Int = 1, top: Int = 5, rankedBy measure: CentralityMeasure,
        weighted: Bool = false, options: CentralityOptions = CentralityOptions()
    ) throws -> [PeriodStatistics] {
        try periodStatistics(of: actorKinds, windowYears: windowYears, top: top) { projection in
            let graph = weighted || measure.needsWeights ? projection : projection.withoutWeights()
            return try MeasuredGraph(graph: graph).centralities([measure], options: options)[0]
        }
    }

    /// Activity per period of `windowYears` years, from the first dated meeting to the last.
    ///
    /// A meeting belongs to the window its start year falls in; undated meetings are left out. The ranking
    /// uses `centrality` on the window's co-attendance projection (weighted by shared meetings) over the
    /// active actors; rank moves compare with the previous window.
    /// - Parameters:
    ///   - actorKinds: the actors to count; nil for all.
    ///   - windowYears: the length of a window, in years (1: per year).
    ///   - top: the last rank listed per window (competition ranks: actors tied at it are all listed).
    ///   - centrality: the score to rank by. Its error, if any, is the error of the whole call.
    /// - Complexity: O(windows · (n + m) + Σ_k n_k²) plus the centrality per window.
    public func periodStatistics(
        of actorKinds: Set<NodeKind>? = nil, windowYears: Int = 1, top: Int = 5,
        centrality: (Graph) throws -> NodeScores
    ) rethrows -> [PeriodStatistics] {
        precondition(windowYears >= 1, "a window lasts at least one year")
        let twoMode = twoModeGraph(actorKinds: actorKinds)
        let g = twoMode.graph
        let actors = twoMode.actorCount
        let meetingYears = (actors..<g.nodeCount).map { nodes[twoMode.networkIndices[$0]].meeting?.year }
        guard let first = meetingYears.compactMap({ $0 }).min(), let last = meetingYears.compactMap({ $0 }).max()
        else { return [] }
        var seen = [Bool](repeating: false, count: actors)
        var previousRanks: [String: Int] = [:]
        var periods: [PeriodStatistics] = []
        for start in stride(from: first, through: last, by: windowYears) {
            let end = min(start + windowYears - 1, last)
            var sources: [UInt32] = []
            var targets: [UInt32] = []
            var meetings = 0
            for m in actors..<g.nodeCount {
                guard let year = meetingYears[m - actors], year >= start, year <= end else { continue }
                meetings += 1
                for a in g.neighbors(of: m) {
                    sources.append(a)
                    targets.append(UInt32(m))
                }
            }
            let window = TwoModeGraph(
                graph: Graph(nodeCount: g.nodeCount, sources: sources, targets: targets, nodeIDs: g.nodeIDs, nodeNames: g.nodeIndex.names),
                actorCount: actors, networkIndices: twoMode.networkIndices)
            let active = (0..<actors).filter { window.graph.degree(of: $0) > 0 }
            let newcomers = active.filter { !seen[$0] }.count
            for a in active { seen[a] = true }
            var compact = [Int](repeating: -1, count: actors)
            for (position, a) in active.enumerated() { compact[a] = position }
            let counts = window.actorPairCounts(threads: 1, sortedRows: false)
            var pairSources: [UInt32] = []
            var pairTargets: [UInt32] = []
            var pairWeights: [Double] = []
            for a in 0..<actors {
                for slot in counts.offsets[a]..<counts.offsets[a + 1] {
                    pairSources.append(UInt32(compact[a]))
                    pairTargets.append(UInt32(compact[Int(counts.partners[slot])]))
                    pairWeights.append(Double(counts.counts[slot]))
                }
            }
            let projection = Graph(
                nodeCount: active.count, sources: pairSources, targets: pairTargets, weights: pairWeights,
                nodeIDs: active.map { g.nodeIDs[$0] })
            let ranking = Self.competitionRanking(try centrality(projection))
            let n = Double(active.count)
            periods.append(
                PeriodStatistics(
                    startYear: start, endYear: end, meetings: meetings, activeActors: active.count,
                    newActors: newcomers, pairs: counts.pairCount,
                    density: active.count > 1 ? 2 * Double(counts.pairCount) / (n * (n - 1)) : 0,
                    top: ranking.prefix { $0.rank <= top }.map {
                        RankedActor(id: $0.id, value: $0.value, rank: $0.rank, previousRank: previousRanks[$0.id])
                    }))
            previousRanks = Dictionary(uniqueKeysWithValues: ranking.map { ($0.id, $0.rank) })
        }
        return periods
    }
}
