import Foundation

/// One problem found while validating a network.
///
/// The `subject` says which node or edge is at fault (by its number in the order nodes and edges were
/// added, counting from 1 as the message does), `field` which of its fields, and `message` why, in words a
/// user can act on. Readers in PartnerIO turn the subject into a file, line and column.
public struct NetworkProblem: Hashable, Sendable, CustomStringConvertible {
    /// What a problem is about.
    public enum Subject: Hashable, Sendable {
        case network
        /// The node added `number`-th, counting from 1 (its index in ``NetworkBuilder/nodes`` is `number - 1`).
        case nodeNumber(Int)
        /// The edge added `number`-th, counting from 1 (its index in ``NetworkBuilder/edges`` is `number - 1`).
        case edgeNumber(Int)
    }

    /// The kind of problem, for programs that react to it.
    public enum Code: String, Hashable, Sendable {
        case emptyID, duplicateID, unknownNode, endBeforeStart, wrongKind, selfTie, invalidValue, invalidDate
    }

    public var code: Code
    public var subject: Subject
    public var field: String?
    public var message: String

    public init(_ code: Code, subject: Subject, field: String? = nil, message: String) {
        self.code = code
        self.subject = subject
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// The problems that made a network invalid; thrown by ``NetworkBuilder/build()``.
public struct NetworkError: Error, LocalizedError, Hashable, Sendable {
    /// Every problem found, in the order of the nodes and edges they concern.
    public var problems: [NetworkProblem]

    public init(problems: [NetworkProblem]) { self.problems = problems }

    /// The first 20 problems, one a line, then how many more there are (a flood of problems stays readable).
    public var errorDescription: String? {
        let shown = problems.prefix(20).map(\.message)
        return (problems.count > 20 ? shown + ["… and \(problems.count - 20) more problems"] : shown).joined(separator: "\n")
    }
}
