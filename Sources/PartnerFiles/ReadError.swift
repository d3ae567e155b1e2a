import Foundation

/// Why an input could not be read: every problem found, each with its code and where it is (file, line, column,
/// field). The one error type that PartnerFiles and PartnerIO's readers throw.
///
/// A reader that collects problems (network files, event and edge tables) reports them all at once, in file
/// order; one that stops at the first (syntax, a missing file, the wrong format, a limit) reports that one.
/// Either way there is one type to catch. Its description reads like a compiler's, a line per problem:
/// `rabat.yaml:12:5: meetings[3].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '2019-13'`.
///
/// A program switches on each problem's ``Code``; a person reads the description.
/// ```swift
/// do { _ = try NetworkFile.read(path: "network.yaml") } catch let error as ReadError {
///     for problem in error.problems where problem.code == .unknownNode { print(problem.line ?? 0, problem.message) }
/// }
/// ```
/// ``code``, ``file``, ``line``, ``column``, ``field`` and ``message`` are those of the first problem, enough when
/// there is only one.
public struct ReadError: Error, LocalizedError, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for programs that react to it.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        /// The file cannot be opened or read: missing, a directory, no permission, closed input, or a reader
        /// that could not start.
        case unreadable
        /// Over a ``ReadLimits`` limit: bytes, nodes, edges, nesting, alias expansion, time.
        case overLimit
        /// Not valid UTF-8, or a control character where text was expected.
        case encoding
        /// The content is not of the expected or any known format, or not the document the format requires
        /// (a GraphML file without `<graphml>`).
        case unknownFormat
        /// Something the format cannot do: reading a format that is only written, computed results in a format
        /// that cannot carry them.
        case unsupported
        /// Malformed YAML, JSON, CSV, XML or Pajek: the text does not follow the format's grammar.
        case syntax
        /// A required field, key, column or attribute is missing.
        case missingField
        /// A field, key or column the format does not have.
        case unknownField
        /// A field, key or column given twice.
        case duplicateField
        /// A value of the wrong type or outside its domain (a list where an object belongs, a weight of 0...).
        case invalidValue
        /// A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real day.
        case invalidDate
        /// A node without an id, or an empty id.
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

    /// Every problem, in file order (by file in order of first appearance, then line and column; problems
    /// without a line come first in their file). Never empty.
    public private(set) var problems: [ReadProblem]

    /// An error of one problem.
    /// - Parameters:
    ///   - code: what kind of problem it is.
    ///   - file: the file, as the user named it.
    ///   - line: the line, 1-based, where the format has lines.
    ///   - column: the column, 1-based, in characters.
    ///   - field: the field at fault: a key path (`meetings[3].start`) or a column name.
    ///   - message: why, in words that speak of the data.
    public init(
        _ code: Code, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String
    ) {
        problems = [ReadProblem(code, file: file, line: line, column: column, field: field, message: message)]
    }

    /// An error of several problems, put in file order (a stable sort: problems at one place keep their order).
    /// - Precondition: `problems` is not empty.
    public init(_ problems: [ReadProblem]) {
        precondition(!problems.isEmpty, "a ReadError needs a problem")
        var fileOrder: [String: Int] = [:]
        for problem in problems where fileOrder[problem.file] == nil { fileOrder[problem.file] = fileOrder.count }
        self.problems = problems.enumerated().sorted { x, y in
            let keyX = (fileOrder[x.element.file]!, x.element.line ?? 0, x.element.column ?? 0, x.offset)
            let keyY = (fileOrder[y.element.file]!, y.element.line ?? 0, y.element.column ?? 0, y.offset)
            return keyX < keyY
        }.map(\.element)
    }

    /// One error of the problems of `errors`, in file order.
    /// - Precondition: `errors` is not empty.
    public init(combining errors: [ReadError]) { self.init(errors.flatMap(\.problems)) }

    /// The first problem's code.
    public var code: Code { problems[0].code }
    /// The first problem's file.
    public var file: String { problems[0].file }
    /// The first problem's line, 1-based, where the format has lines.
    public var line: Int? { problems[0].line }
    /// The first problem's column, 1-based, in characters.
    public var column: Int? { problems[0].column }
    /// The first problem's field.
    public var field: String? { problems[0].field }
    /// The first problem's message.
    public var message: String { problems[0].message }
    /// The codes of the problems, in file order.
    public var codes: [Code] { problems.map(\.code) }

    /// The same problems, each changed by `change` (to rename a file or name a field), put in file order again.
    public func map(_ change: (inout ReadProblem) -> Void) -> ReadError {
        ReadError(
            problems.map { problem in
                var problem = problem
                change(&problem)
                return problem
            })
    }

    /// How many problems a message lists; the rest are counted ("… and 99,980 more problems"), so that a file
    /// with a problem on every line does not print megabytes. ``problems`` holds them all.
    public static let shownProblems = 20

    /// A line per problem, `file:line:column: field: message`, the first ``shownProblems`` of them, then how many
    /// more there are.
    public var description: String { Self.listing(problems.map(\.description)) }

    public var errorDescription: String? { description }

    /// `lines` one a line, capped at ``shownProblems`` with a count of the rest.
    public static func listing(_ lines: [String]) -> String {
        guard lines.count > shownProblems else { return lines.joined(separator: "\n") }
        return (lines.prefix(shownProblems) + ["… and \(lines.count - shownProblems) more problems"]).joined(separator: "\n")
    }

    /// The problems of a former `ReadErrors`.
    @available(*, deprecated, renamed: "problems", message: "ReadError holds every problem; ReadErrors is gone")
    public var errors: [ReadProblem] { problems }
}

/// The former type of several problems: ``ReadError`` holds them all now.
@available(*, deprecated, renamed: "ReadError", message: "catch ReadError and read its problems")
public typealias ReadErrors = ReadError

/// One problem in an input file, with where it is: file, line, column (1-based, where the format has them) and the
/// field at fault.
public struct ReadProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public var code: ReadError.Code
    /// The file, as the user named it (`stdin` for standard input).
    public var file: String
    /// The line, 1-based, where the format has lines.
    public var line: Int?
    /// The column, 1-based, in characters.
    public var column: Int?
    /// The field at fault: a key path (`meetings[3].start`) or a column name.
    public var field: String?
    /// Why, in words that speak of the data.
    public var message: String

    /// Creates a problem; the parameters are those of ``ReadError/init(_:file:line:column:field:message:)``.
    public init(
        _ code: ReadError.Code, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        message: String
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`, with the parts it has.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        if let field { return "\(place): \(field): \(message)" }
        return "\(place): \(message)"
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
    /// or edge limit and against the file's size, before anything is read or allocated for them. Absent counts
    /// pass; a count that is not a whole number ≥ 0 is an error, since the file is then not what it claims, and so
    /// is a count the file cannot hold (an XML node takes at least 8 bytes, an edge at least 16).
    /// - Parameters:
    ///   - declared: the attribute's text, or nil when absent.
    ///   - edges: whether the count is of edges (else of nodes).
    ///   - name: the attribute, for the message.
    ///   - fileBytes: the size of the whole file, when known.
    package func checkDeclared(_ declared: String?, edges: Bool, name: String, file: String, line: Int, column: Int, fileBytes: Int? = nil) throws {
        guard let declared else { return }
        guard let count = Int(declared), count >= 0 else {
            throw ReadError(.invalidValue, file: file, line: line, column: column, field: name, message: "'\(declared.prefix(40))' is not a count")
        }
        let limit = edges ? maxEdges : maxNodes
        if count > limit {
            throw ReadError(
                .overLimit, file: file, line: line, column: column, field: name,
                message: "declares \(count) \(edges ? "edges" : "nodes"), more than \(limit) (the \(edges ? "edge" : "node") limit)")
        }
        let itemBytes = edges ? 16 : 8
        if let fileBytes, count > fileBytes / itemBytes {
            throw ReadError(
                .invalidValue, file: file, line: line, column: column, field: name,
                message:
                    "declares \(count) \(edges ? "edges" : "nodes") in a file of \(fileBytes) bytes, which holds at most \(fileBytes / itemBytes) "
                    + "(\(itemBytes) bytes each at least)")
        }
    }
}
