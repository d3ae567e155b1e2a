/// The one summary of a network: what it holds and how it hangs together, each figure named after the graph
/// it is about.
///
/// Three graphs answer different questions, and the same word means a different number on each, so every
/// figure lives in the section of its graph:
/// - ``network``: the **whole network**, every node (actors and meetings) and every edge (participations and
///   ties between actors), as one simple undirected graph.
/// - ``twoMode``: the **two-mode graph**, actors × meetings, one link per actor and meeting however many
///   relations join them.
/// - ``projection``: the **actor projection**, actors linked when they share a meeting.
///
/// `partnet info`, `partnet stats --by network` and the report all print this value, under the names of
/// ``entries``, so a name means one number everywhere. On the Rabat Process data set: the whole network has
/// 34 nodes in 6 components (density 0.064), the projection 24 actors in 8 components (density 0.293), and
/// the 29 participation edges make 27 two-mode links because Côte d'Ivoire and Spain each host and co-chair
/// the same meeting.
/// ```swift
/// let summary = network.summary()
/// summary.network.components      // components of the whole network
/// summary.projection?.density     // density of the actor projection
/// for entry in summary.entries { print(entry.name, entry.value) }   // "projection.density" 0.29...
/// ```
public struct NetworkSummary: Sendable, Equatable {
    /// How much to compute: ``counts`` is linear in the input (plus the pair count for the projection);
    /// ``full`` adds clustering, centralisation and mixing.
    public enum Detail: Sendable, Equatable {
        /// Counts, densities and components.
        case counts
        /// Counts plus triangles, clustering (one- and two-mode), centralisation and mixing.
        case full
    }

    /// How much was computed.
    public var detail: Detail
    /// The network's title (for a bare graph, the file name).
    public var name: String
    /// The first and last dates of meetings and dated ties; nil when nothing is dated.
    public var timeSpan: ClosedRange<PartialDate>?
    /// The whole network.
    public var network: Whole
    /// The actors × meetings graph; nil for a bare graph and for a network without meetings (a one-mode graph).
    public var twoMode: TwoMode?
    /// The actor projection; nil for a bare graph and for a network without meetings.
    public var projection: ActorProjection?

    /// Creates a summary from its sections.
    /// - Complexity: O(1).
    public init(
        name: String, timeSpan: ClosedRange<PartialDate>?, network: Whole, twoMode: TwoMode?, projection: ActorProjection?,
        detail: Detail
    ) {
        self.detail = detail
        self.name = name
        self.timeSpan = timeSpan
        self.network = network
        self.twoMode = twoMode
        self.projection = projection
    }

    /// The whole network: every node and every edge.
    public struct Whole: Sendable, Equatable {
        /// Nodes of every kind, meetings included.
        public var nodes: Int
        /// Edges as recorded: a host that also co-chairs the same meeting is two edges.
        public var edges: Int
        /// Distinct linked node pairs (the edges of the simple graph): `edges` without repeats.
        public var links: Int
        /// Edges from an actor to a meeting (`hosts`, `coChairs`, `attends`, `organises`, custom), each relation
        /// counted: 29 on the Rabat data, where two-mode ``TwoMode/links`` counts 27. Nil for a bare graph.
        public var participations: Int?
        /// Edges between two actors (`secretariat`, `memorandum`, ...); nil for a bare graph.
        public var ties: Int?
        /// Whether edges have a direction (an edge list read as directed); a network file's are undirected here.
        public var isDirected: Bool
        /// Whether the data's edges carry weights (an edge list's third column, a GraphML, GEXF, Pajek or
        /// node-link weight), whatever the file; measures use them only when asked (`--weighted`).
        public var isWeighted: Bool
        /// Nodes per kind, sorted by kind.
        public var nodesByKind: [KindCount]
        /// Edges per relation, sorted by relation.
        public var edgesByRelation: [RelationCount]
        /// Connected components (weakly connected when directed), a node without edges being its own.
        public var components: Int
        /// Nodes in the largest component.
        public var largestComponent: Int
        /// `2 · links / (n (n − 1))` for n nodes (`links / (n (n − 1))` when directed); 0 below two nodes.
        public var density: Double

        /// Creates the section.
        /// - Complexity: O(1).
        public init(
            nodes: Int, edges: Int, links: Int, participations: Int?, ties: Int?, isDirected: Bool, isWeighted: Bool,
            nodesByKind: [KindCount], edgesByRelation: [RelationCount], components: Int, largestComponent: Int,
            density: Double
        ) {
            self.nodes = nodes
            self.edges = edges
            self.links = links
            self.participations = participations
            self.ties = ties
            self.isDirected = isDirected
            self.isWeighted = isWeighted
            self.nodesByKind = nodesByKind
            self.edgesByRelation = edgesByRelation
            self.components = components
            self.largestComponent = largestComponent
            self.density = density
        }
    }

    /// A node kind and how many nodes have it.
    public struct KindCount: Sendable, Equatable {
        /// The kind.
        public var kind: NodeKind
        /// Nodes of that kind.
        public var count: Int
        /// - Complexity: O(1).
        public init(kind: NodeKind, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    /// A relation and how many edges have it.
    public struct RelationCount: Sendable, Equatable {
        /// The relation.
        public var relation: Relation
        /// Edges of that relation.
        public var count: Int
        /// - Complexity: O(1).
        public init(relation: Relation, count: Int) {
            self.relation = relation
            self.count = count
        }
    }

    /// The two-mode graph: actors (of the chosen kinds) × meetings.
    public struct TwoMode: Sendable, Equatable {
        /// Actors of the chosen kinds.
        public var actors: Int
        /// Meetings of the network.
        public var meetings: Int
        /// Distinct actor-meeting pairs joined by at least one relation.
        public var links: Int
        /// `links / (actors · meetings)`; 0 when either side is empty.
        public var density: Double
        /// Robins-Alexander clustering C₄ (see ``PartnerGraph/TwoModeGraph/robinsAlexanderClustering()``);
        /// nil unless computed with ``NetworkSummary/Detail/full``.
        public var robinsAlexanderClustering: Double?
        /// Opsahl's C* (see ``PartnerGraph/TwoModeGraph/opsahlClustering(limit:)``); nil unless computed with
        /// ``NetworkSummary/Detail/full`` and small enough to compute.
        public var opsahlClustering: Double?

        /// Creates the section.
        /// - Complexity: O(1).
        public init(
            actors: Int, meetings: Int, links: Int, density: Double, robinsAlexanderClustering: Double? = nil,
            opsahlClustering: Double? = nil
        ) {
            self.actors = actors
            self.meetings = meetings
            self.links = links
            self.density = density
            self.robinsAlexanderClustering = robinsAlexanderClustering
            self.opsahlClustering = opsahlClustering
        }
    }

    /// The actor projection: actors linked when they share at least one meeting (through any relation).
    ///
    /// The clustering figures are those of the unweighted projection; they equal igraph's
    /// `transitivity_undirected` and `transitivity_avglocal_undirected(mode="zero")` and NetworkX's
    /// `transitivity` and `average_clustering` on `bipartite.projected_graph`.
    public struct ActorProjection: Sendable, Equatable {
        /// Actors of the chosen kinds (the projection's nodes).
        public var actors: Int
        /// Linked actor pairs (each unordered pair once).
        public var pairs: Int
        /// `2 · pairs / (actors (actors − 1))`; 0 below two actors.
        public var density: Double
        /// Connected components, an actor without partners being its own.
        public var components: Int
        /// Actors in the largest component.
        public var largestComponent: Int
        /// Actors sharing no meeting with another actor.
        public var isolatedActors: Int
        /// Freeman's degree centralisation (see ``PartnerGraph/NodeScores/freemanCentralization(measure:)``); nil unless
        /// computed with ``NetworkSummary/Detail/full``.
        public var degreeCentralization: Double?
        /// Triangles of actors linked pairwise; nil unless ``NetworkSummary/Detail/full``.
        public var triangles: Int?
        /// `3 · triangles / connected triples` (see ``Triangles/transitivity``); nil unless ``NetworkSummary/Detail/full``.
        public var transitivity: Double?
        /// Mean local clustering, actors with fewer than two partners counting 0 (see
        /// ``Triangles/averageClustering``); nil unless ``NetworkSummary/Detail/full``.
        public var averageClustering: Double?
        /// The attribute actors were grouped by for mixing; nil when none was asked or no actor has it.
        public var mixingAttribute: String?
        /// Mixing of the projection (weighted by shared meetings) by that attribute.
        public var mixing: Mixing?

        /// Creates the section.
        /// - Complexity: O(1).
        public init(
            actors: Int, pairs: Int, density: Double, components: Int, largestComponent: Int, isolatedActors: Int,
            degreeCentralization: Double? = nil, triangles: Int? = nil, transitivity: Double? = nil,
            averageClustering: Double? = nil, mixingAttribute: String? = nil, mixing: Mixing? = nil
        ) {
            self.actors = actors
            self.pairs = pairs
            self.density = density
            self.components = components
            self.largestComponent = largestComponent
            self.isolatedActors = isolatedActors
            self.degreeCentralization = degreeCentralization
            self.triangles = triangles
            self.transitivity = transitivity
            self.averageClustering = averageClustering
            self.mixingAttribute = mixingAttribute
            self.mixing = mixing
        }
    }
}
