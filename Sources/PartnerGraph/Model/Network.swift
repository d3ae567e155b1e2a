/// A partnership network: actors, meetings and the typed, dated, sourced edges between them.
///
/// A `Network` is a validated value: every edge names existing nodes, ids are unique, dates are in order,
/// and participation edges go from an actor to a meeting. Build one with ``NetworkBuilder`` or
/// ``Network/init(name:source:nodes:edges:notes:isDirected:attributeTypes:)``, which throws ``NetworkError`` on invalid data.
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
    /// Whether an edge is an arc from its first end to its second (a directed graph) or joins its two ends
    /// alike (undirected, the default).
    ///
    /// This is the data's own statement, kept from the file it was read from (GraphML `edgedefault`, GEXF
    /// `defaultedgetype`, Pajek `*Arcs` or `*Edges`, node-link `directed`, a network file's `directed:`) and
    /// written back unchanged by every export. An edge's `from` and `to` are kept in either case: for a
    /// participation they name the actor and the meeting.
    public var isDirected: Bool
    /// The value types the source file declared for free attributes (GraphML `attr.type`, GEXF attribute
    /// types, JSON numbers and booleans), so that exports write an integer as an integer. Values themselves
    /// are kept as text in ``Node/attributes`` and ``Edge/attributes``; an attribute not listed is a string.
    /// Not part of `==`, since formats without types (YAML, Pajek) cannot keep it.
    public var attributeTypes: AttributeTypes
    private var indexByID: [String: Int]

    /// Creates a network and validates it; throws every problem found, not only the first.
    public init(
        name: String, source: String? = nil, nodes: [Node], edges: [Edge], notes: [String] = [], isDirected: Bool = false,
        attributeTypes: AttributeTypes = AttributeTypes()
    ) throws {
        var builder = NetworkBuilder(name: name, source: source)
        builder.notes = notes
        builder.isDirected = isDirected
        builder.attributeTypes = attributeTypes
        for node in nodes { builder.add(node) }
        for edge in edges { builder.add(edge) }
        self = try builder.build()
    }

    /// Assembles an already validated network (the builder's exit).
    init(
        validatedName name: String, source: String?, notes: [String], nodes: [Node], edges: [Edge], index: [String: Int], isDirected: Bool,
        attributeTypes: AttributeTypes
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributeTypes = attributeTypes
        self.source = source
        self.notes = notes
        self.nodes = nodes
        self.edges = edges
        self.indexByID = index
    }

    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.name == rhs.name && lhs.source == rhs.source && lhs.notes == rhs.notes && lhs.nodes == rhs.nodes
            && lhs.edges == rhs.edges && lhs.isDirected == rhs.isDirected
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

/// The value type of a free attribute, as a file declared it.
public enum AttributeType: String, Sendable, Hashable, CaseIterable {
    case string, int, double, boolean

    /// Whether `text` is a value of this type as PartnerGraph writes it: an integer (`-12`), a decimal number
    /// (`2.5`, `1e3`, finite), `true` or `false`; every text is a string.
    public func admits(_ text: String) -> Bool {
        switch self {
        case .string: true
        case .int: Int(text) != nil
        case .double: Double(text).map(\.isFinite) ?? false
        case .boolean: text == "true" || text == "false"
        }
    }
}

/// The declared value types of free node and edge attributes, by attribute name (see ``Network/attributeTypes``).
public struct AttributeTypes: Sendable, Hashable {
    public var node: [String: AttributeType]
    public var edge: [String: AttributeType]

    public init(node: [String: AttributeType] = [:], edge: [String: AttributeType] = [:]) {
        self.node = node
        self.edge = edge
    }
}
