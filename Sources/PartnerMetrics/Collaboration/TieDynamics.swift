/// How the ties between actors changed from one window (a year or a run of years) to the next.
///
/// A tie is present in a window when the two actors share a meeting that starts in it (through the chosen
/// relations), or when a dated actor–actor tie of a chosen relation is in force during it. Each window is
/// compared with the one just before it:
///
/// - `formed`: present now, absent in the previous window (`renewed` of them were present in some earlier one);
/// - `persisting`: present in both;
/// - `dissolved`: present in the previous window, absent now;
/// - `persistence`: the Jaccard index of the two windows' tie sets, `persisting / (previous ∪ current)`
///   (Holme and Saramäki 2012, "Temporal networks", Physics Reports 519, §4.2; R's `tsna` reports the same
///   turnover for one-mode networks).
///
/// The first window has no previous one: every tie there counts as formed, and `persistence` is nil. A
/// window with no meetings (a gap in the data) is still a window: its previous ties all dissolve.
public struct TieChanges: Sendable, Equatable {
    /// First year of the window.
    public var startYear: Int
    /// Last year of the window, inclusive; never past the last dated year, so the last window may be short.
    public var endYear: Int
    /// Actors active in the window: in at least one of its meetings (through the chosen relations) or tie.
    public var actors: Int
    /// Active actors that were active in no earlier window (in the first window: every active actor).
    public var newcomers: Int
    /// Actors active in the previous window and in no window from this one on: they left for good. Actors
    /// of the last window are never counted (the data ends, so nothing says they left).
    public var exits: Int
    /// Ties present in the window.
    public var ties: Int
    /// Ties present now and not in the previous window.
    public var formed: Int
    /// Formed ties that had been present in an earlier window: they came back after a gap.
    public var renewed: Int
    /// Ties present both in the previous window and now.
    public var persisting: Int
    /// Ties present in the previous window and not now.
    public var dissolved: Int
    /// The Jaccard index `persisting / (persisting + formed + dissolved)` of the previous and this window's
    /// ties, in [0, 1]; nil for the first window, or when neither window has a tie.
    public var persistence: Double?
}

/// One tie's life over the windows: when it was first and last present, for how long, and in how many spells.
public struct TieLifetime: Sendable, Equatable {
    /// The first actor's id (the earlier in network order).
    public var a: String
    /// The second actor's id.
    public var b: String
    /// The first year of the first window the tie is present in.
    public var firstYear: Int
    /// The last year of the last window the tie is present in.
    public var lastYear: Int
    /// The windows the tie is present in.
    public var periods: Int
    /// Runs of consecutive windows with the tie present: 1 when it never lapsed.
    public var spells: Int
    /// The years from the start of its first window to the end of its last, gaps included:
    /// `lastYear − firstYear + 1`.
    /// - Complexity: O(1).
    public var duration: Int { lastYear - firstYear + 1 }
}

/// Tie dynamics over time windows: the changes per window and every tie's lifetime.
///
/// ```swift
/// let dynamics = network.tieDynamics(via: [.coChairs])
/// dynamics.windows.map(\.persistence)   // [nil, 0.25, ...]
/// dynamics.ties.filter { $0.periods > 1 }  // co-chairing pairs that met in more than one year
/// ```
public struct TieDynamics: Sendable, Equatable {
    /// The length of a window, in years.
    public var windowYears: Int
    /// One entry per window, from the first dated year to the last.
    public var windows: [TieChanges]
    /// One entry per tie present in at least one window, by first actor then second (network order).
    public var ties: [TieLifetime]
    /// Meetings with chosen participants, and chosen actor–actor ties, that have no year: left out.
    public var undated: Int

    /// Tie dynamics from the actors active and the ties present in each window.
    ///
    /// - Parameters:
    ///   - windowYears: the length of a window, in years.
    ///   - firstYear: the first year of the first window.
    ///   - lastYear: the last dated year: the last window ends there.
    ///   - actorIDs: the actors' ids; actor `i` of `activeActors` and `ties` is `actorIDs[i]`.
    ///   - activeActors: for each window, the actors active in it (any order, repeats allowed).
    ///   - ties: for each window, the ties present as pairs `(a, b)` of actor indices (any order and
    ///     orientation, repeats allowed).
    ///   - undated: observations left out for want of a year.
    /// - Complexity: O(T log T) for T tie observations, plus O(actors · windows).
    public init(
        windowYears: Int, firstYear: Int, lastYear: Int, actorIDs: [String], activeActors: [[Int]],
        ties: [[TiePair]], undated: Int = 0
    ) {
        let windowCount = activeActors.count
        precondition(windowYears >= 1 && ties.count == windowCount, "one list of actors and of ties per window")
        precondition(
            windowCount == 0 || windowCount == (lastYear - firstYear) / windowYears + 1, "windows cover firstYear...lastYear")
        let actorCount = actorIDs.count
        let stride = UInt64(actorCount)
        var lastWindow = [Int](repeating: -1, count: actorCount)
        for (window, actors) in activeActors.enumerated() { for a in actors { lastWindow[a] = window } }
        var seenActor = [Bool](repeating: false, count: actorCount)
        var lifetimes: [UInt64: (first: Int, last: Int, periods: Int, spells: Int)] = [:]
        var previous: [UInt64] = []
        var windows: [TieChanges] = []
        for window in 0..<windowCount {
            var keys = ties[window].map { pair in
                UInt64(min(pair.a, pair.b)) * stride + UInt64(max(pair.a, pair.b))
            }
            keys.sort()
            keys = keys.enumerated().filter { $0.offset == 0 || keys[$0.offset - 1] != $0.element }.map(\.element)
            var persisting = 0
            var i = 0
            for key in keys {
                while i < previous.count && previous[i] < key { i += 1 }
                if i < previous.count && previous[i] == key { persisting += 1 }
            }
            var renewed = 0
            for key in keys {
                if let life = lifetimes[key] {
                    if life.last != window - 1 { renewed += 1 }
                    lifetimes[key] = (life.first, window, life.periods + 1, life.spells + (life.last == window - 1 ? 0 : 1))
                } else {
                    lifetimes[key] = (window, window, 1, 1)
                }
            }
            var active = 0
            var newcomers = 0
            var counted = [Bool](repeating: false, count: actorCount)
            for a in activeActors[window] where !counted[a] {
                counted[a] = true
                active += 1
                if !seenActor[a] { newcomers += 1 }
                seenActor[a] = true
            }
            let exits = window == 0 ? 0 : lastWindow.lazy.filter { $0 == window - 1 }.count
            let union = previous.count + keys.count - persisting
            let start = firstYear + window * windowYears
            windows.append(
                TieChanges(
                    startYear: start, endYear: min(start + windowYears - 1, lastYear), actors: active,
                    newcomers: newcomers, exits: exits, ties: keys.count, formed: keys.count - persisting,
                    renewed: renewed, persisting: persisting, dissolved: previous.count - persisting,
                    persistence: window == 0 || union == 0 ? nil : Double(persisting) / Double(union)))
            previous = keys
        }
        self.windowYears = windowYears
        self.windows = windows
        self.ties = lifetimes.keys.sorted().map { key in
            let life = lifetimes[key]!
            return TieLifetime(
                a: actorIDs[Int(key / stride)], b: actorIDs[Int(key % stride)],
                firstYear: windows[life.first].startYear, lastYear: windows[life.last].endYear, periods: life.periods,
                spells: life.spells)
        }
        self.undated = undated
    }
}

/// Two actors, by index, tied in some window.
public struct TiePair: Sendable, Hashable {
    /// One actor's index.
    public var a: Int
    /// The other actor's index.
    public var b: Int

    /// The pair of actors `a` and `b` (in either order).
    /// - Complexity: O(1).
    public init(_ a: Int, _ b: Int) {
        self.a = a
        self.b = b
    }
}

extension Network {
    /// How the ties between actors form, persist and dissolve over windows of `windowYears` years.
    ///
    /// Two actors are tied in a window when they share a meeting that starts in it, through the chosen
    /// relations (`via: [.coChairs]`: they co-chaired it together), or when an actor–actor edge of a chosen
    /// relation (`memorandum`...) is in force during the window: from its start year to its end year (its
    /// start year only when it has no end). An actor is active in a window when it takes part in one of the
    /// window's meetings through the chosen relations, or has such a tie in it. Windows run from the first
    /// dated meeting (or chosen tie) to the last, as in ``periodStatistics(of:windowYears:top:rankedBy:weighted:options:)``;
    /// undated meetings and ties are left out and counted in ``TieDynamics/undated``.
    ///
    /// - Parameters:
    ///   - actorKinds: the actors to tie; nil for all.
    ///   - relations: the relations that tie actors; nil for shared meetings through any relation.
    ///   - windowYears: the length of a window, in years (1: per year).
    /// - Complexity: O(windows · (n + m) + Σ_k n_k² + T log T) for meeting sizes n_k and T tie observations.
    public func tieDynamics(of actorKinds: Set<NodeKind>? = nil, via relations: Set<Relation>? = nil, windowYears: Int = 1)
        -> TieDynamics
    {
        precondition(windowYears >= 1, "a window lasts at least one year")
        let twoMode = twoModeGraph(relations: relations, actorKinds: actorKinds)
        let g = twoMode.graph
        let actors = twoMode.actorCount
        var position = [Int](repeating: -1, count: nodes.count)
        for a in 0..<actors { position[twoMode.networkIndices[a]] = a }
        let meetingYears = (actors..<g.nodeCount).map { nodes[twoMode.networkIndices[$0]].meeting?.year }
        var undated = (actors..<g.nodeCount).filter { meetingYears[$0 - actors] == nil && g.degree(of: $0) > 0 }.count
        // Dated actor–actor ties of the chosen relations, as (a, b, first year, last year).
        var direct: [(a: Int, b: Int, from: Int, to: Int)] = []
        for edge in edges {
            guard let relations, relations.contains(edge.relation), let from = index(of: edge.from),
                let to = index(of: edge.to), !nodes[to].isMeeting, position[from] >= 0, position[to] >= 0,
                from != to
            else { continue }
            guard let start = (edge.start ?? edge.end)?.year else {
                undated += 1
                continue
            }
            direct.append((position[from], position[to], start, max(start, edge.end?.year ?? start)))
        }
        // Windows follow the meetings' years whenever meetings can tie actors, so that they line up with
        // periodStatistics' windows; with actor–actor relations only, they follow those ties' years.
        let usesMeetings = relations.map { chosen in edges.contains { chosen.contains($0.relation) && self[$0.to]?.isMeeting == true } } ?? true
        let years = (usesMeetings ? meetingYears.compactMap { $0 } : []) + direct.flatMap { [$0.from, $0.to] }
        guard let first = years.min(), let last = years.max() else {
            return TieDynamics(
                windowYears: windowYears, firstYear: 0, lastYear: 0, actorIDs: [], activeActors: [], ties: [],
                undated: undated)
        }
        let windowCount = (last - first) / windowYears + 1
        var activeActors = [[Int]](repeating: [], count: windowCount)
        var ties = [[TiePair]](repeating: [], count: windowCount)
        var meetingsOf = [[Int]](repeating: [], count: windowCount)
        for m in actors..<g.nodeCount {
            if usesMeetings, let year = meetingYears[m - actors] { meetingsOf[(year - first) / windowYears].append(m) }
        }
        for window in 0..<windowCount where !meetingsOf[window].isEmpty {
            var sources: [UInt32] = []
            var targets: [UInt32] = []
            for m in meetingsOf[window] {
                for a in g.neighbors(of: m) {
                    sources.append(a)
                    targets.append(UInt32(m))
                    activeActors[window].append(Int(a))
                }
            }
            let windowGraph = TwoModeGraph(
                graph: Graph(nodeCount: g.nodeCount, sources: sources, targets: targets), actorCount: actors,
                networkIndices: twoMode.networkIndices)
            let counts = windowGraph.actorPairCounts(threads: 1, sortedRows: false)
            for a in 0..<actors {
                for slot in counts.offsets[a]..<counts.offsets[a + 1] {
                    ties[window].append(TiePair(a, Int(counts.partners[slot])))
                }
            }
        }
        for tie in direct {
            for window in (tie.from - first) / windowYears...(tie.to - first) / windowYears {
                ties[window].append(TiePair(tie.a, tie.b))
                activeActors[window] += [tie.a, tie.b]
            }
        }
        return TieDynamics(
            windowYears: windowYears, firstYear: first, lastYear: last, actorIDs: Array(g.nodeIDs.prefix(actors)),
            activeActors: activeActors, ties: ties, undated: undated)
    }
}
