import Foundation

/// A question about meetings (the two-mode graph, the projection, co-occurrence, activity per actor, pair or
/// period) asked of a network without any: a one-mode graph, whose answers would all be zeros.
///
/// Every command and the report ask ``PartnerGraph/Network/requireMeetings(for:)`` first, so such data ends
/// in this error or a visible note, never in an empty table.
public struct MissingMeetingsError: Error, Equatable, LocalizedError {
    /// What was asked, in the caller's words (`co-occurrence`, `the projection`...).
    public var question: String

    /// An error for `question`.
    public init(question: String) { self.question = question }

    public var errorDescription: String? {
        "\(question) needs meetings (actors linked to the meetings they take part in), and this network has none: "
            + "it is a one-mode graph. Read actor-meeting pairs as an affiliation list, "
            + "or mark the second mode (kind: meeting in a network file, a bipartite attribute in GraphML, GEXF "
            + "or node-link)"
    }
}

extension Network {
    /// Whether any node is a meeting: the network has a second mode.
    /// - Complexity: O(n) at worst.
    public var hasMeetings: Bool { nodes.contains(where: \.isMeeting) }

    /// Throws unless the network has meetings: the check before every figure of the two-mode graph or the
    /// actor projection.
    /// - Parameter question: what is asked, for the message.
    /// - Throws: ``MissingMeetingsError`` when no node is a meeting.
    /// - Complexity: O(n) at worst.
    public func requireMeetings(for question: String) throws(MissingMeetingsError) {
        if !hasMeetings { throw MissingMeetingsError(question: question) }
    }
}
