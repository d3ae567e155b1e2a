import Foundation

/// A problem in an input file, with where it is: file, line, column (1-based, where the format has them)
/// and the field at fault.
///
/// Its description reads like a compiler's: `rabat.yaml:12:5: meetings[3].start: expected a date YYYY, YYYY-MM
/// or YYYY-MM-DD, found '2019-13'`.
public struct ReadError: Error, LocalizedError, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
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
    public var errors: [ReadError]
    public init(_ errors: [ReadError]) { self.errors = errors }
    public var errorDescription: String? { errors.map(\.description).joined(separator: "\n") }
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
            throw ReadError(file: file, line: line, column: column, message: "more than \(maxNodes) nodes (the node limit)")
        }
        if edges > maxEdges {
            throw ReadError(file: file, line: line, column: column, message: "more than \(maxEdges) edges (the edge limit)")
        }
    }
}
