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
    func check(nodes: Int, edges: Int, file: String, line: Int? = nil, column: Int? = nil) throws {
        if nodes > maxNodes {
            throw ReadError(file: file, line: line, column: column, message: "more than \(maxNodes) nodes (the node limit)")
        }
        if edges > maxEdges {
            throw ReadError(file: file, line: line, column: column, message: "more than \(maxEdges) edges (the edge limit)")
        }
    }
}

/// Reads a whole file into memory with clear errors for the usual failures.
enum InputFile {
    static func bytes(at path: String, limits: ReadLimits) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(at: path, limits: limits, size: 1 << 22, reserving: { bytes.reserveCapacity($0) }) {
            bytes.append(contentsOf: $0)
        }
        return bytes
    }

    /// Reads the file at `path` in chunks of at most `size` bytes, handing each to `body`, and stops with an
    /// error past the byte limit, without reading further (streaming readers hold one chunk at a time).
    static func forEachChunk(
        at path: String, limits: ReadLimits, size chunkSize: Int, reserving reserve: (Int) -> Void = { _ in },
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ReadError(file: path, message: "is a directory, not a file") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type == .typeCharacterSpecial || type == .typeBlockSpecial {
            // /dev/zero or /dev/urandom would never end; a disk would be read whole.
            throw ReadError(file: path, message: "is a device, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(file: path, message: "cannot be opened for reading (permissions?)")
        }
        defer { try? handle.close() }
        let size = (attributes?[.size] as? Int) ?? 0
        if size > limits.maxFileBytes {
            throw ReadError(file: path, message: "is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes")
        }
        // Read in chunks and stop past the limit: a pipe or a file that grows does not report its final size.
        reserve(size)
        var total = 0
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: chunkSize) } catch {
                throw ReadError(file: path, message: "could not be read: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            total += chunk.count
            if total > limits.maxFileBytes {
                throw ReadError(file: path, message: "is over the limit of \(limits.maxFileBytes) bytes")
            }
            try chunk.withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// The file as text: UTF-8 checked (the first bad byte is reported by line and column), a BOM dropped.
    static func text(at path: String, limits: ReadLimits) throws -> String {
        try text(try bytes(at: path, limits: limits), file: path)
    }

    /// Bytes as text, checked as ``text(at:limits:)`` checks a file's; `file` names them in errors.
    static func text(_ bytes: [UInt8], file path: String) throws -> String {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ReadError(file: path, line: 1, column: 1, message: "is UTF-16 text; save it as UTF-8")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes)
            throw ReadError(file: path, line: line, column: column, message: "is not valid UTF-8 text (byte 0x\(String(bytes[bad], radix: 16)))")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw ReadError(file: path, line: line, column: column, message: "contains a NUL byte; is this a binary file?")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) } + 1
        return (line, column)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0, from: 0, to: $0.count) }
    }

    /// The index of the first byte in `start..<end` that does not begin a valid UTF-8 sequence, or nil.
    /// Over a buffer pointer rather than a generic collection, which unoptimised builds run many times slower.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        let count = end
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            if byte & 0xE0 == 0xC0, byte >= 0xC2 {
                length = 2
            } else if byte & 0xF0 == 0xE0 {
                length = 3
            } else if byte & 0xF8 == 0xF0, byte <= 0xF4 {
                length = 4
            } else {
                return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                if scalar < 0x800 || (0xD800...0xDFFF).contains(scalar | UInt32(bytes[index + 2] & 0x3F)) { return index }
            }
            if length == 4 {
                let scalar = (UInt32(byte & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                if scalar < 0x10000 || scalar > 0x10FFFF { return index }
            }
            index += length
        }
        return nil
    }
}

extension NetworkBuilder {
    /// Validates the network, placing each problem on the line its node or edge came from.
    /// - Parameters:
    ///   - file: the file named in errors.
    ///   - nodeLines: the line of each added node, by position.
    ///   - edgeLines: the line of each added edge, by position.
    ///   - nodeColumns, edgeColumns: the column of each, where the format has columns.
    func build(file: String, nodeLines: [Int], edgeLines: [Int], nodeColumns: [Int]? = nil, edgeColumns: [Int]? = nil) throws -> Network {
        do {
            return try build()
        } catch let error as NetworkError {
            throw ReadErrors(
                error.problems.map { problem in
                    let (line, column): (Int?, Int?) =
                        switch problem.subject {
                        case .node(let index): (nodeLines[index], nodeColumns?[index])
                        case .edge(let index): (edgeLines[index], edgeColumns?[index])
                        case .network: (nil, nil)
                        }
                    return ReadError(file: file, line: line, column: column, field: problem.field, message: problem.message)
                })
        }
    }
}
