import Foundation
import PartnerGraph
import PartnerGraphviz
import PartnerMetrics

/// Everything a report shows, computed once by PartnerMetrics: the page templates only lay it out.
///
/// A figure that cannot be computed is nil and has a line in ``notes`` saying why.
public struct ReportModel: Sendable {
    /// The network's name.
    public var title: String
    /// The network's notes on its data (choices made when coding the source), but those asking for a check, which
    /// are in ``reviewItems``.
    public var dataNotes: [String]
    /// What a draft from `partnet extract` asks a person to check (as `ReportModel.reviewItems(of:)` lists it);
    /// empty for other networks.
    public var reviewItems: [ReviewItem]
    /// Whole-network figures: the one summary that `partnet info` and `stats --by network` print too.
    public var summary: NetworkSummary
    /// Every actor with its activity and centralities, most active first (meetings, then broker score,
    /// then name).
    public var actors: [ActorFigures]
    /// Every pair of actors who share a meeting, strongest first (shared meetings, then overlap, then ids).
    public var pairs: [PairFigures]
    /// Activity per year, from the first dated meeting to the last (years without meetings included).
    public var years: [PeriodStatistics]
    /// How the ties of shared meetings changed from year to year (formed, persisting, dissolved, persistence,
    /// newcomers, exits), with every tie's lifetime.
    public var tieChanges: TieDynamics
    /// The test behind ``PairFigures/p`` and ``PairFigures/significant``; nil when none was asked for or it failed
    /// (a note says why).
    public var significance: SignificanceFigures?

    /// The backbone: the pairs that meet more often than chance under ``significance``, smallest p-value first
    /// (ties by ids); empty when no pair passes or nothing was tested.
    /// - Complexity: O(P log P) for P pairs.
    public var backbone: [PairFigures] {
        pairs.filter(\.significant).sorted { ($0.p ?? 1, $0.a, $0.b) < ($1.p ?? 1, $1.a, $1.b) }
    }
    /// The groups (``/PartnerMetrics/PartnerGraph/Network/groups(_:)`` with the report's method and seed): the groups of
    /// `partnet communities`.
    public var partition: Partition
    /// The method that made ``partition``.
    public var communityMethod: ReportOptions.CommunityMethod
    /// Shared meetings among the most active actors.
    public var heatMap: HeatMap
    /// The network diagram, laid out on a thread of its own while the figures are computed: reading it waits
    /// for the layout, so a page can fill everything else first.
    public var diagram: ReportDiagram { drawing.value }
    /// The line style of every relation present, in the order of the drawing's `rel-k` classes (what
    /// ``ReportDiagram/lineStyles`` holds), known before the layout ends.
    public var lineStyles: [ReportDiagram.LineStyle]
    private let drawing: BackgroundResult<ReportDiagram>
    /// The two-row drawing of actors and meetings the page switches to; nil for a network without meetings.
    public var twoRows: TwoRows?
    /// Figures that could not be computed, and why; the diagram's failure, when it has one, last (reading this
    /// waits for the layout).
    public var notes: [String] { figureNotes + (diagram.failure.map { [$0] } ?? []) }
    /// ``notes`` but the diagram's: known before the layout ends.
    var figureNotes: [String]
    /// The source file's name, when known.
    public var fileName: String?
    /// The program and version that made the report.
    public var generator: String
    /// Every node's display name, by id.
    public var names: [String: String]
    /// Every meeting's short label (city and year), by id.
    public var meetingLabels: [String: String]
    /// The node kinds present, sorted.
    public var kinds: [NodeKind]
    /// How many rows of each static table show.
    public var top: Int
    /// The most rows an interactive table holds.
    public var tableLimit: Int

    /// One actor's row: its collaboration statistics and its centralities on the actor projection.
    public struct ActorFigures: Sendable, Equatable {
        /// Meetings by role, partners, first and last year (`ActorStatistics`).
        public var statistics: ActorStatistics
        /// The `betweenness` figure on the actor projection (normalised, unweighted shortest paths), in
        /// [0, 1]: `partnet centrality --on projection --measure betweenness`.
        public var betweenness: Double
        /// The `eigenvector` figure on the actor projection (unweighted, unit length as NetworkX gives it):
        /// `partnet centrality --on projection --measure eigenvector`; nil when it is undefined or did not
        /// converge (``ReportModel/notes`` says so).
        public var eigenvector: Double?
        /// The actor's group in ``ReportModel/partition``, numbered from 1 by size; nil for an actor without partners.
        public var group: Int?
    }

    /// One pair's row, from `CoOccurrence`.
    public struct PairFigures: Sendable, Equatable {
        /// The first actor's id.
        public var a: String
        /// The second actor's id.
        public var b: String
        /// Meetings both took part in, in any role.
        public var shared: Int
        /// Jaccard overlap, `shared / (n_a + n_b − shared)`.
        public var jaccard: Double
        /// Lift, `shared · N / (n_a · n_b)`.
        public var lift: Double
        /// The ids of the shared meetings.
        public var meetings: [String]
        /// The pair's p-value under ``ReportModel/significance``'s null model (more shared meetings than
        /// chance: `P(X ≥ shared)`); nil when no model was asked for or it could not be computed.
        public var p: Double?
        /// Whether the pair meets more often than chance at the corrected level: the pairs of the backbone.
        public var significant: Bool
    }

    /// Which pairs meet more often than chance, and under what test.
    public struct SignificanceFigures: Sendable, Equatable {
        /// The null model's short name: hypergeometric, sdsm or fdsm.
        public var model: String
        /// The multiple-test correction over the pairs (bh, holm, bonferroni or none).
        public var correction: String
        /// The significance level before correction.
        public var alpha: Double
        /// The pairs tested: every pair sharing a meeting.
        public var tested: Int
        /// The pairs significant at the corrected level (the backbone's links).
        public var significant: Int
        /// The largest p-value judged significant (−1 when none is).
        public var threshold: Double
    }

    /// Shared meetings among the most active actors; the diagonal is each actor's own number of meetings, so
    /// every cell means "meetings both took part in" and one colour scale covers them all.
    public struct HeatMap: Sendable, Equatable {
        /// The actors' ids, most active first.
        public var actorIDs: [String]
        /// `counts[i][j]`: meetings shared by actors i and j; `counts[i][i]`: actor i's meetings.
        public var counts: [[Int]]
        /// The largest cell, diagonal included: the darkest colour.
        public var maximum: Int { counts.joined().max() ?? 0 }
    }

    /// Actors in one row and meetings in the row below, each row ordered to reduce crossing lines: the
    /// order of ``/PartnerMetrics/PartnerGraph/TwoModeGraph/twoRowLayout(maximumSweeps:)`` on the two-mode graph
    /// (every actor, every meeting, the participations), as `partnet render --layout bipartite` draws it.
    public struct TwoRows: Sendable, Equatable {
        /// The actors from left to right, as network node indices.
        public var actors: [Int]
        /// The meetings from left to right, as network node indices.
        public var meetings: [Int]
        /// How many pairs of actor-meeting lines cross in this order.
        public var crossings: Int
        /// How many crossed in the network's own order, for comparison.
        public var initialCrossings: Int

        /// The two-row order of `network`'s actors and meetings; nil when it has no meetings.
        /// - Complexity: that of `twoRowLayout`: O(s (m log n + n log n)) for s sweeps.
        init?(network: Network) {
            guard network.hasMeetings else { return nil }
            let twoMode = network.twoModeGraph()
            let layout = twoMode.twoRowLayout()
            actors = layout.actorOrder.map { twoMode.networkIndices[$0] }
            meetings = layout.meetingOrder.map { twoMode.networkIndices[$0] }
            crossings = layout.crossings
            initialCrossings = layout.initialCrossings
        }
    }

    /// One group of actors, for the page.
    public struct Group: Sendable, Equatable {
        /// 1 for the largest group.
        public var number: Int
        /// The members' ids, by name.
        public var members: [String]
    }

    /// The groups of actors with partners, largest first (ties by the first member's name), numbered from 1.
    public var groups: [Group] {
        var byGroup: [Int: [String]] = [:]
        for actor in actors { if let group = actor.group { byGroup[group, default: []].append(actor.statistics.id) } }
        return byGroup.keys.sorted().map { Group(number: $0, members: byGroup[$0]!) }
    }

    init(network: Network, options: ReportOptions) {
        // The layout is the longest step and needs only the network: it starts before anything else and runs on
        // another core while every figure and table is computed. The diagram is the same as when drawn here.
        // This thread waits until the layout begins: until then the drawing's graph is built on its thread while
        // Graphviz's warm-up (plugins, fonts) holds the other core, and the figures, needed only once the drawing
        // is done, would take a core from one of the two and push the layout's start back. Then it waits until the
        // layout's labels are measured: for its first milliseconds the layout measures them on two threads, its
        // own and one beside it (and pango on threads of its own), and the figures would take a core from those. A drawing that fails first,
        // or a renderer that does not lay out through PartnerGraphviz (which tells when a layout begins), lets this
        // thread go when it returns.
        // The drawing's graph is built here, before its thread starts: making a thread waits while the tool's
        // warm-up loads Graphviz's libraries (the loader's lock), and this thread would only wait meanwhile.
        // The drawing thread's arena is grown there (an arena belongs to a thread) and faulted in here, while that
        // thread builds its graph and this one would only wait (see ``ArenaReserve``).
        let layoutStarts = Gate()
        let arena = Handoff<ArenaReserve.Region?>()
        let preparation = ReportDiagram.prepare(network: network, presentation: options.presentation)
        drawing = BackgroundResult {
            defer { layoutStarts.open() }
            arena.put(ArenaReserve.growCallingThreadsArena())
            return GraphvizRenderer.reportingLayoutStart(to: { layoutStarts.open() }) {
                ReportDiagram(
                    preparation: preparation, render: options.renderSVG, place: options.placeNodes,
                    communities: GroupOptions(method: options.communityMethod, scope: .network, seed: options.seed),
                    progress: options.progress)
            }
        }
        ArenaReserve.populate(arena.take())
        layoutStarts.wait()
        GraphvizRenderer.waitForLabelMeasurement()
        title = network.name
        dataNotes = network.notes.filter { !$0.hasPrefix(ReportModel.reviewNotePrefix) }
        reviewItems = ReportModel.reviewItems(of: network)
        fileName = options.fileName
        generator = options.generator
        top = options.top
        tableLimit = options.tableLimit
        communityMethod = options.communityMethod
        names = Dictionary(network.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        meetingLabels = Dictionary(
            network.meetings.map { ($0.id, PageText.meetingLabel($0, id: $0.id)) }, uniquingKeysWith: { first, _ in first })
        kinds = network.kinds
        var notes: [String] = []

        // Without meetings every figure of actors, pairs, years and groups would be a zero: they are left
        // empty, and a note says what to do. The summary and the diagram still show the network.
        let whole = network
        var network = network
        if !whole.hasMeetings {
            notes.append(
                MissingMeetingsError(question: "Every figure of actors, pairs, years and groups").localizedDescription + ".")
            if let empty = try? Network(name: whole.name, nodes: [], edges: []) { network = empty }
        }

        options.progress?("computing the figures of \(whole.nodes.count) nodes and \(whole.edges.count) edges")
        // The figures' parallel kernels leave one core to the drawing, whose layout runs meanwhile: on two cores
        // they run on this thread alone, with no worker thread to start and none taking the layout's core.
        // Their results do not depend on the number of threads.
        let threads = Self.figureThreads
        var centralityOptions = CentralityOptions()
        centralityOptions.threads = threads
        let statistics = network.actorStatistics()
        let projection = network.measuredGraph(.projection)
        precondition(projection.graph.nodeIDs == statistics.map(\.id), "actor statistics and the projection share the actor order")
        // Betweenness and degree cannot fail; eigenvector can, and has no meaning without a shared meeting.
        let betweenness = (try? projection.centralities([.betweenness], options: centralityOptions)[0].values) ?? []
        var eigenvector: [Double?] = Array(repeating: nil, count: statistics.count)
        if projection.graph.edgeCount == 0 {
            if !statistics.isEmpty {
                notes.append("Eigenvector centrality is undefined: no actor shares a meeting with another.")
            }
        } else {
            do {
                eigenvector = try projection.centralities([.eigenvector], options: centralityOptions)[0].values
            } catch {
                notes.append("Eigenvector centrality could not be computed: \(error.localizedDescription)")
            }
        }

        let groups = network.groups(GroupOptions(method: options.communityMethod, seed: options.seed))
        precondition(groups.partition.nodeIDs == statistics.map(\.id), "the groups cover the projection's actors in order")
        partition = groups.partition
        let groupNumbers = Self.groupNumbers(partition: partition, projection: projection.graph, names: statistics.map(\.name))
        let order = statistics.indices.sorted { a, b in
            if statistics[a].meetings != statistics[b].meetings { return statistics[a].meetings > statistics[b].meetings }
            if betweenness[a] != betweenness[b] { return betweenness[a] > betweenness[b] }
            return (statistics[a].name, statistics[a].id) < (statistics[b].name, statistics[b].id)
        }
        actors = order.map { index in
            ActorFigures(
                statistics: statistics[index], betweenness: betweenness[index], eigenvector: eigenvector[index],
                group: groupNumbers[index])
        }

        let cooccurrence = network.coOccurrence(measures: [.count, .jaccard, .lift])
        var pValues: [String: (p: Double, significant: Bool)] = [:]
        significance = nil
        if let test = options.pairSignificance, cooccurrence.pairCount > 0 {
            do {
                let twoMode = network.twoModeGraph()
                let result = try twoMode.projectionSignificance(
                    model: test.model, correction: test.correction, alpha: test.alpha, threads: threads)
                let scores = result.pValues
                for index in scores.values.indices {
                    pValues[scores.nodeIDs[scores.sources[index]] + "\u{0}" + scores.nodeIDs[scores.targets[index]]] = (
                        scores.values[index], result.isSignificant(index)
                    )
                }
                significance = SignificanceFigures(
                    model: test.model.name, correction: test.correction.rawValue, alpha: test.alpha, tested: scores.values.count,
                    significant: result.signs.filter { $0 != 0 }.count, threshold: result.threshold)
            } catch {
                notes.append("The pairs' p-values could not be computed: \(error.localizedDescription)")
            }
        }
        let jaccard = cooccurrence.values[1]
        let lift = cooccurrence.values[2]
        let pairOrder = (0..<cooccurrence.pairCount).sorted { a, b in
            if cooccurrence.counts[a] != cooccurrence.counts[b] { return cooccurrence.counts[a] > cooccurrence.counts[b] }
            if jaccard[a] != jaccard[b] { return jaccard[a] > jaccard[b] }
            return a < b
        }
        pairs = pairOrder.map { pair in
            let a = cooccurrence.actorIDs[Int(cooccurrence.firstActors[pair])]
            let b = cooccurrence.actorIDs[Int(cooccurrence.secondActors[pair])]
            return PairFigures(
                a: a, b: b, shared: cooccurrence.counts[pair],
                jaccard: jaccard[pair], lift: lift[pair], meetings: cooccurrence.meetings(ofPair: pair),
                p: pValues[a + "\u{0}" + b]?.p, significant: pValues[a + "\u{0}" + b]?.significant ?? false)
        }

        years = network.periodStatistics(windowYears: 1, top: 3)
        tieChanges = network.tieDynamics(windowYears: 1)
        let undated = network.meetings.filter { $0.meeting?.year == nil }.count
        if undated > 0 {
            notes.append(
                "\(undated) meeting\(undated == 1 ? " has" : "s have") no date: the year slider and the activity per year leave \(undated == 1 ? "it" : "them") out."
            )
        }

        let picked = actors.prefix(options.heatMapSize).filter { $0.statistics.meetings > 0 }.map(\.statistics)
        heatMap = HeatMap(
            actorIDs: picked.map(\.id),
            counts: picked.map { a in
                picked.map { b in
                    a.id == b.id ? a.meetings : (cooccurrence.pairIndex(between: a.id, and: b.id).map { cooccurrence.counts[$0] } ?? 0)
                }
            })

        summary = whole.summary(detail: .full, mixingBy: "region", threads: threads)
        twoRows = TwoRows(network: whole)
        lineStyles = ReportDiagram.lineStyles(of: whole, style: Style())
        figureNotes = notes
    }

    /// The threads the figures' parallel kernels use: every active core but one, which the drawing's layout holds
    /// while they are computed (at least one).
    static var figureThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

    /// The ties present in the most years (then the longest from first to last year, then in pair order),
    /// up to `limit`, leaving out ties present in one year only.
    /// - Complexity: O(T log T) for T ties.
    public func lastingTies(limit: Int) -> [TieLifetime] {
        let order = tieChanges.ties.indices.filter { tieChanges.ties[$0].periods > 1 }.sorted { x, y in
            let (a, b) = (tieChanges.ties[x], tieChanges.ties[y])
            if a.periods != b.periods { return a.periods > b.periods }
            if a.duration != b.duration { return a.duration > b.duration }
            return x < y
        }
        return order.prefix(limit).map { tieChanges.ties[$0] }
    }

    /// Group numbers from 1 by size (ties by the first member's name), for actors with partners; nil otherwise.
    static func groupNumbers(partition: Partition, projection: Graph, names: [String]) -> [Int?] {
        var members: [Int: [Int]] = [:]
        for node in 0..<projection.nodeCount where projection.degree(of: node) > 0 {
            members[partition.communities[node], default: []].append(node)
        }
        let ordered = members.values.map { $0.sorted { names[$0] < names[$1] } }.sorted { a, b in
            a.count != b.count ? a.count > b.count : names[a[0]] < names[b[0]]
        }
        var numbers = [Int?](repeating: nil, count: projection.nodeCount)
        for (position, group) in ordered.enumerated() { for node in group { numbers[node] = position + 1 } }
        return numbers
    }
}
