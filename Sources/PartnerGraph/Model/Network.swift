/// A partnership network: actors, meetings and the typed, dated, sourced edges between them.
///
/// A `Network` is a validated value: every edge names existing nodes, ids are unique, dates are in order,
/// and participation edges go from an actor to a meeting. Build one with ``NetworkBuilder`` or
/// ``Network/init(name:source:nodes:edges:notes:)``, which throws ``NetworkError`` on invalid data.
///
/// Nodes keep the order they were given in; `index(of:)` maps an id to that position in O(1).
public struct Network: Sendable, Equatable {
    /// The network's title.
    public var name: String
    /// Where the data comes from (a file, a publication).
    public var source: String?
    /// Free-text notes: conflicts in the source, choices made while coding it.
    public var notes: [String]
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    private var indexByID: [String: Int]

    /// Creates a network and validates it; throws every problem found, not only the first.
    public init(name: String, source: String? = nil, nodes: [Node], edges: [Edge], notes: [String] = []) throws {
        var builder = NetworkBuilder(name: name, source: source)
        builder.notes = notes
        for node in nodes { builder.add(node) }
        for edge in edges { builder.add(edge) }
        self = try builder.build()
    }

    /// Assembles an already validated network (the builder's exit).
    init(validatedName name: String, source: String?, notes: [String], nodes: [Node], edges: [Edge], index: [String: Int]) {
        self.name = name
        self.source = source
        self.notes = notes
        self.nodes = nodes
        self.edges = edges
        self.indexByID = index
    }

    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.name == rhs.name && lhs.source == rhs.source && lhs.notes == rhs.notes && lhs.nodes == rhs.nodes
            && lhs.edges == rhs.edges
    }

    /// The position of the node with this id, or nil.
    /// - Complexity: O(1) on average.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The node with this id, or nil.
    public subscript(id: String) -> Node? { indexByID[id].map { nodes[$0] } }

    /// The actors (every node that is not a meeting), in file order.
    public var actors: [Node] { nodes.filter { !$0.isMeeting } }
    /// The meetings, in file order.
    public var meetings: [Node] { nodes.filter(\.isMeeting) }

    /// Edges from an actor to a meeting.
    public var participations: [Edge] { edges.filter { nodes[indexByID[$0.to]!].isMeeting } }
    /// Edges between two actors.
    public var ties: [Edge] { edges.filter { !nodes[indexByID[$0.to]!].isMeeting } }

    /// The node kinds present, sorted.
    public var kinds: [NodeKind] { Array(Set(nodes.map(\.kind))).sorted() }
    /// The relations present, sorted.
    public var relations: [Relation] { Array(Set(edges.map(\.relation))).sorted() }

    /// The first and last dates of the meetings and dated ties, or nil when nothing is dated.
    public var timeSpan: ClosedRange<PartialDate>? {
        var dates: [PartialDate] = []
        for node in nodes { if let meeting = node.meeting { dates += [meeting.start, meeting.end].compactMap { $0 } } }
        for edge in edges { dates += [edge.start, edge.end].compactMap { $0 } }
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first...last
    }

    /// The date an edge is active from: its own start, else its meeting's start.
    public func date(of edge: Edge) -> PartialDate? {
        if let start = edge.start { return start }
        return self[edge.to]?.meeting?.start
    }
}
