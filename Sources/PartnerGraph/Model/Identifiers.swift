/// The kind of a node: a country, an organisation, a meeting, or a custom kind such as `dialogue` or `city`.
///
/// Kinds are open: any string is a kind, and the common ones have names.
/// ```swift
/// let kind: NodeKind = "dialogue"
/// kind == .country   // false
/// ```
public struct NodeKind: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let country: NodeKind = "country"
    public static let organisation: NodeKind = "organisation"
    public static let meeting: NodeKind = "meeting"

    /// Whether nodes of this kind are meetings (events that actors host, co-chair or attend).
    public var isMeeting: Bool { self == .meeting }
    public var description: String { rawValue }
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The relation an edge stands for.
///
/// Participation relations link an actor to a meeting (`hosts`, `coChairs`, `attends`, `organises`);
/// ties link two actors (`secretariat`, `memorandum`, `presidency`, `memberOf`, `collaborates`).
/// Any other string is a custom relation, which may link an actor to a meeting or to another actor.
public struct Relation: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    // Actor -> meeting.
    public static let hosts: Relation = "hosts"
    public static let coChairs: Relation = "coChairs"
    public static let attends: Relation = "attends"
    public static let organises: Relation = "organises"
    // Actor <-> actor.
    public static let secretariat: Relation = "secretariat"
    public static let memorandum: Relation = "memorandum"
    public static let presidency: Relation = "presidency"
    public static let memberOf: Relation = "memberOf"
    public static let collaborates: Relation = "collaborates"

    /// The built-in relations that link an actor to a meeting, in the order files list them.
    public static let participation: [Relation] = [.hosts, .coChairs, .attends, .organises]
    /// The built-in relations that link two actors.
    public static let ties: [Relation] = [.secretariat, .memorandum, .presidency, .memberOf, .collaborates]

    /// Whether this is a built-in actor -> meeting relation.
    public var isParticipation: Bool { Relation.participation.contains(self) }
    /// Whether this is a built-in actor <-> actor relation.
    public var isTie: Bool { Relation.ties.contains(self) }

    public var description: String { rawValue }
    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rawValue < rhs.rawValue }
}
