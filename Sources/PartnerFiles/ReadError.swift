import Foundation

/// A problem in an input file, with where it is: file, line, column (1-based, where the format has them)
/// and the field at fault.
///
/// Its description reads like a compiler's: `rabat.yaml:12:5: meetings[3].start: expected a date YYYY, YYYY-MM
/// or YYYY-MM-DD, found '2019-13'`.
///
/// A program switches on ``code``; a person reads the description. Readers that find several problems throw
/// them together as ``ReadErrors``, in file order.
/// ```swift
/// do { _ = try NetworkFileReader.read(path: "network.yaml") } catch let errors as ReadErrors {
///     for error in errors.errors where error.code == .unknownNode { print(error.line ?? 0, error.message) }
/// }
/// ```
public struct ReadError: Error, LocalizedError, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for programs that react to it.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        /// The file cannot be opened or read: missing, a directory, no permission, closed input.
        case unreadable
        /// Over a ``ReadLimits`` limit: bytes, nodes, edges, nesting, alias expansion, time.
        case overLimit
        /// Not valid UTF-8, or a control character where text was expected.
        case encoding
        /// The content is not of the expected or any known format.
        case unknownFormat
        /// Malformed YAML, JSON, CSV or XML.
        case syntax
        /// A required field or column is missing.
        case missingField
        /// A field, key or column the format does not have.
        case unknownField
        /// A value of the wrong type or outside its domain (a weight of 0, a negative count...).
        case invalidValue
        /// A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real day.
        case invalidDate
        /// A node without an id.
        case emptyID
        /// An id given to two nodes.
        case duplicateID
        /// An edge naming a node that does not exist.
        case unknownNode
        /// An end before its start.
        case endBeforeStart
        /// A node or edge of the wrong kind for its place (a meeting hosting, a tie to a meeting...).
        case wrongKind
        /// An actor tied to itself.
        case selfTie
    }

    /// What kind of problem it is.
    public var code: Code
    public var file: String
    /// The line, 1-based, where the format has lines.
    public var line: Int?
    /// The column, 1-based, in characters.
    public var column: Int?
    /// The field at fault: a key path (`meetings[3].start`) or a column name.
    public var field: String?
    /// Why, in words that speak of the data.
    public var message: String

    /// Creates an error.
    public init(
        _ code: Code = .invalidValue, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        message: String
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        if let field { return "\(place): \(field): \(message)" }
        return "\(place): \(message)"
    }

    public var errorDescription: String? { description }
}

/// Several problems in one input, in file order; thrown by readers that report everything they find.
public struct ReadErrors: Error, LocalizedError, Hashable, Sendable {
    /// The problems, by file (in order of first appearance), then line and column; problems without a line
    /// come first in their file.
    public var errors: [ReadError]

    /// Collects problems, putting them in file order (a stable sort: problems at one place keep their order).
    public init(_ errors: [ReadError]) {
        var fileOrder: [String: Int] = [:]
        for error in errors where fileOrder[error.file] == nil { fileOrder[error.file] = fileOrder.count }
        self.errors = errors.enumerated().sorted { x, y in
            let keyX = (fileOrder[x.element.file]!, x.element.line ?? 0, x.element.column ?? 0, x.offset)
            let keyY = (fileOrder[y.element.file]!, y.element.line ?? 0, y.element.column ?? 0, y.offset)
            return keyX < keyY
        }.map(\.element)
    }

    /// The codes of the problems, in file order.
    public var codes: [ReadError.Code] { errors.map(\.code) }

    /// How many problems a message lists; the rest are counted ("… and 99,980 more problems"), so that a file
    /// with a problem on every line or column does not print megabytes.
    public static let shownProblems = 20

    /// The first ``shownProblems`` problems, one a line, then how many more there are.
    public var errorDescription: String? { Self.listing(errors.map(\.description)) }

    /// `lines` one a line, capped at ``shownProblems`` with a count of the rest.
    public static func listing(_ lines: [String]) -> String {
        guard lines.count > shownProblems else { return lines.joined(separator: "\n") }
        return (lines.prefix(shownProblems) + ["… and \(lines.count - shownProblems) more problems"]).joined(separator: "\n")
    }
}

/// Protective limits for reading files a user did not write.
///
/// The defaults let through every realistic partnership network and the largest benchmark graphs (2 million nodes,
/// 10 million edges, 162 MB), and stop a hostile or mistaken file (an alias bomb, a device, a 50 GB log) with a
/// positioned error before it exhausts memory or time.
public struct ReadLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Largest number of nodes a file may declare or imply.
    public var maxNodes: Int
    /// Largest number of edges (rows) a file may hold.
    public var maxEdges: Int
    /// Deepest nesting of a YAML or JSON document.
    public var maxDepth: Int
    /// Most values that YAML aliases (`*name`) may add to a document when expanded.
    public var maxAliasExpansion: Int

    public init(
        maxFileBytes: Int = 1 << 30, maxNodes: Int = 20_000_000, maxEdges: Int = 200_000_000, maxDepth: Int = 64,
        maxAliasExpansion: Int = 100_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxNodes = maxNodes
        self.maxEdges = maxEdges
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = ReadLimits()

    /// Throws when `nodes` or `edges` passes its limit; `line` places the error at the element that did.
    package func check(nodes: Int, edges: Int, file: String, line: Int? = nil, column: Int? = nil) throws {
        if nodes > maxNodes {
            throw ReadError(.overLimit, file: file, line: line, column: column, message: "more than \(maxNodes) nodes (the node limit)")
        }
        if edges > maxEdges {
            throw ReadError(.overLimit, file: file, line: line, column: column, message: "more than \(maxEdges) edges (the edge limit)")
        }
    }

    /// Checks a count a file declares ahead of its items (GraphML's `parse.nodes`, GEXF's `count`) against the node
    /// or edge limit, before anything is read or allocated for them. Absent counts pass; a count that is not a
    /// whole number ≥ 0 is an error, since the file is then not what it claims.
    /// - Parameters:
    ///   - declared: the attribute's text, or nil when absent.
    ///   - edges: whether the count is of edges (else of nodes).
    ///   - name: the attribute, for the message.
    package func checkDeclared(_ declared: String?, edges: Bool, name: String, file: String, line: Int, column: Int) throws {
        guard let declared else { return }
        guard let count = Int(declared), count >= 0 else {
            throw ReadError(file: file, line: line, column: column, field: name, message: "'\(declared.prefix(40))' is not a count")
        }
        let limit = edges ? maxEdges : maxNodes
        if count > limit {
            throw ReadError(
                .overLimit, file: file, line: line, column: column, field: name,
                message: "declares \(count) \(edges ? "edges" : "nodes"), more than \(limit) (the \(edges ? "edge" : "node") limit)")
        }
    }
}
