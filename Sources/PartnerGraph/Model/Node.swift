/// A node of a partnership network: an actor (a country, an organisation, a custom kind) or a meeting.
///
/// Every node has a stable `id`, a display `name`, a `kind`, free-form `attributes` and optionally the
/// `source` sentence it was taken from. Meetings carry their details in `meeting`.
public struct Node: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: NodeKind
    /// Region such as `Africa`, `Europe` or `Middle East`, for actors.
    public var region: String?
    /// Further attributes by name (an ISO 3166 code, an acronym, a website...).
    public var attributes: [String: String]
    /// The details of a meeting; nil for actors.
    public var meeting: Meeting?
    /// The sentence of the source this node was taken from.
    public var source: String?

    public init(
        id: String, name: String? = nil, kind: NodeKind, region: String? = nil,
        attributes: [String: String] = [:], meeting: Meeting? = nil, source: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.region = region
        self.attributes = attributes
        self.meeting = meeting
        self.source = source
    }

    /// Whether this node is a meeting.
    public var isMeeting: Bool { kind.isMeeting }
}

/// The details of a meeting: what it was, when and where.
public struct Meeting: Hashable, Sendable {
    /// The meeting's title, e.g. "Diaspora remittances and sustainable development".
    public var title: String?
    /// The type of meeting: "senior officials meeting", "technical workshop", "thematic meeting", "side event"...
    public var type: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var city: String?
    /// Id of the country node where it took place, when that country is in the network; else its name.
    public var country: String?
    public var isVirtual: Bool
    /// Number of participants, when the source states it.
    public var participantCount: Int?
    /// Number of countries represented, when the source states it.
    public var countryCount: Int?

    public init(
        title: String? = nil, type: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
        city: String? = nil, country: String? = nil, isVirtual: Bool = false,
        participantCount: Int? = nil, countryCount: Int? = nil
    ) {
        self.title = title
        self.type = type
        self.start = start
        self.end = end
        self.city = city
        self.country = country
        self.isVirtual = isVirtual
        self.participantCount = participantCount
        self.countryCount = countryCount
    }

    /// The year the meeting started, when known.
    public var year: Int? { start?.year }
}

/// A typed edge of the multigraph: an actor -> meeting participation or an actor <-> actor tie.
///
/// Nodes are named by id. Parallel edges are allowed: Côte d'Ivoire both `hosts` and `coChairs`
/// the Abidjan workshop.
public struct Edge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var relation: Relation
    /// When the tie began (ties only; a participation takes the meeting's date).
    public var start: PartialDate?
    public var end: PartialDate?
    /// The sentence of the source this edge was taken from.
    public var source: String?
    /// The edge's weight when its source gives one (an imported edge list, GraphML or GEXF `weight`); nil means
    /// an unweighted edge, which weighs 1 where weights are summed. Finite, > 0 and not subnormal (checked when built).
    /// A weight is a tie's strength; measures use it only when asked (`weighted: true`).
    public var weight: Double?
    /// Further attributes by name, kept from imported files (a `color`, a `type`...).
    public var attributes: [String: String]

    public init(
        from: String, to: String, relation: Relation, start: PartialDate? = nil, end: PartialDate? = nil,
        source: String? = nil, weight: Double? = nil, attributes: [String: String] = [:]
    ) {
        self.from = from
        self.to = to
        self.relation = relation
        self.start = start
        self.end = end
        self.source = source
        self.weight = weight
        self.attributes = attributes
    }
}

extension Node {
    /// The first control character in an id, with its offset in Unicode scalars, or nil.
    ///
    /// Control characters (U+0000 to U+001F, U+007F to U+009F) are refused in ids: no diagram, table or
    /// terminal shows them, and a NUL cuts a C string (Graphviz's ids) short.
    public static func controlCharacter(in id: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        for (offset, scalar) in id.unicodeScalars.enumerated() where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            return (scalar, offset)
        }
        return nil
    }
}
