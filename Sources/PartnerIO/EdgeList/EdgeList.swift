import Foundation

/// An edge list as read: node ids in first-appearance order and the edges as index arrays.
public struct ParsedEdgeList: Sendable {
    /// Node ids; an edge endpoint `i` is `nodeIDs[i]`.
    public var nodeIDs: [String]
    public var sources: [UInt32]
    public var targets: [UInt32]
    /// One weight per edge when the file has a third column.
    public var weights: [Double]?

    /// Builds the compressed graph.
    /// - Complexity: O(n + m).
    public func makeGraph(directed: Bool = false) -> Graph {
        Graph(nodeCount: nodeIDs.count, sources: sources, targets: targets, weights: weights, directed: directed, nodeIDs: nodeIDs)
    }

    /// The edge list as a network: organisations linked by `collaborates` ties, one per line, with their weights.
    /// - Complexity: O(n + m).
    public func makeNetwork(name: String) throws -> Network {
        let nodes = nodeIDs.map { Node(id: $0, kind: .organisation) }
        let edges = sources.indices.map { index in
            Edge(from: nodeIDs[Int(sources[index])], to: nodeIDs[Int(targets[index])], relation: .collaborates, weight: weights?[index])
        }
        return try Network(name: name, nodes: nodes, edges: edges)
    }
}

/// The plain edge list, read and written by this one type: one edge per line, `u<TAB>v` or `u<TAB>v<TAB>weight`,
/// no header.
///
/// Reading: ``parse(path:separator:limits:)`` (and ``parse(bytes:file:separator:limits:)``, ``parse(_:limits:)``)
/// gives the list as node ids and index arrays, a ``ParsedEdgeList``, which becomes a bare ``/PartnerGraph/Graph``
/// or a ``/PartnerGraph/Network``; ``read(path:limits:)`` and ``read(text:file:limits:)`` give the network at once
/// (organisations linked by `collaborates` ties, named after the file). Writing: ``write(_:to:)`` and
/// ``string(for:)`` write a network's edges back; ``write(_:name:as:to:)`` writes a parsed list straight as
/// another format (GraphML, GEXF, node-link JSON, Pajek, a network file) without building a network.
///
/// The rules of reading: ids are any non-empty text without a tab, and without white space around it (` b` is
/// refused at its place rather than kept as another node than `b`). Blank lines and lines starting with `#` are
/// skipped; CRLF line ends are accepted. Every line must have the same number of fields (2 or 3); a weight must
/// be a finite decimal number > 0; a self-loop is an error; a first line `source<TAB>target` or `from<TAB>to` is
/// refused as a header. A `.csv` file may use commas instead of tabs (no quoting). A line repeated exactly is a
/// parallel edge, as two equal edges are in every format: it is kept, and ``ParsedEdgeList/repeatNote(in:limits:)`` finds
/// such lines for a note. Errors name the file, line and column.
///
/// ```swift
/// let edges = try EdgeList.parse(path: "collaborations.tsv")
/// let graph = edges.makeGraph()
/// let tsv = try EdgeList.string(for: try edges.makeNetwork(name: "collaborations.tsv"))
/// ```
public enum EdgeList: TextNetworkReader {
    /// Reads and parses the file at `path`.
    /// - Complexity: O(file size); ids are hashed from the file's bytes, one `String` per distinct id.
    public static func parse(path: String, separator: UInt8? = nil, limits: ReadLimits = .default) throws -> ParsedEdgeList {
        let bytes = try InputFile.bytes(at: path, limits: limits)
        let separator = separator ?? (path.lowercased().hasSuffix(".csv") ? UInt8(ascii: ",") : FieldScanner.tab)
        return try parse(bytes: bytes, file: path, separator: separator, limits: limits)
    }

    /// Reads an opened input as a tab-separated edge list; errors name the input as the user gave it, and an
    /// empty input is refused as ``InputKind/load(_:directed:limits:note:)`` refuses it.
    /// - Complexity: O(file size).
    public static func parse(_ input: InputSource, limits: ReadLimits = .default) throws -> ParsedEdgeList {
        try input.reading { path in
            try ValueCheck.nonEmpty(path: path, expected: InputKind.edges.expectation)
            return try parse(path: path, limits: limits)
        }
    }

    /// First lines that name columns rather than nodes (compared in lower case): refused, never read as an edge.
    static let headerPairs: Set<[String]> = [["source", "target"], ["from", "to"]]

    /// Parses edge-list bytes already in memory; `file` names it in errors.
    /// - Complexity: O(bytes); ids are hashed from the bytes, one `String` per distinct id.
    public static func parse(bytes: [UInt8], file: String, separator: UInt8 = 9, limits: ReadLimits = .default) throws -> ParsedEdgeList {
        var interner = IDInterner(expected: min(bytes.count / 64, limits.maxNodes))
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        sources.reserveCapacity(bytes.count / 12)
        targets.reserveCapacity(bytes.count / 12)
        var fieldCount = 0  // fixed by the first edge line
        try bytes.withUnsafeBufferPointer { buffer in
            var fieldStarts = (0, 0, 0)
            var fieldEnds = (0, 0, 0)
            var lines = FieldScanner.Lines(buffer, skipping: FieldScanner.byteOrderMarkLength(bytes))
            while let range = lines.next() {
                let line = lines.number
                let lineStart = range.lowerBound
                let lineEnd = range.upperBound
                // Split into at most 4 fields (a 4th means too many).
                var fields = 0
                var start = lineStart
                var cursor = lineStart
                while true {
                    if cursor == lineEnd || buffer[cursor] == separator {
                        switch fields {
                        case 0: fieldStarts.0 = start; fieldEnds.0 = cursor
                        case 1: fieldStarts.1 = start; fieldEnds.1 = cursor
                        case 2: fieldStarts.2 = start; fieldEnds.2 = cursor
                        default: break
                        }
                        fields += 1
                        if cursor == lineEnd { break }
                        start = cursor + 1
                    }
                    cursor += 1
                }
                func fail(_ code: ReadError.Code, _ column: Int, _ message: String) -> ReadError {
                    let text = Array(buffer[lineStart..<column])
                    let characters = String(decoding: text, as: UTF8.self).count
                    return ReadError(code, file: file, line: line, column: characters + 1, message: message)
                }
                let separatorName = separator == FieldScanner.tab ? "a tab" : "'\(Character(UnicodeScalar(separator)))'"
                guard fields == 2 || fields == 3 else {
                    throw fail(.syntax, lineStart, "expected 2 or 3 fields separated by \(separatorName) (u, v[, weight]), found \(fields)")
                }
                if fieldCount == 0 {
                    fieldCount = fields
                    // A header (pandas writes one) would become an edge between two invented nodes.
                    let first = String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStarts.0..<fieldEnds.0]), as: UTF8.self).lowercased()
                    let second = String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStarts.1..<fieldEnds.1]), as: UTF8.self).lowercased()
                    if headerPairs.contains([first, second]) {
                        throw fail(
                            .syntax, lineStart,
                            "'\(first)' and '\(second)' read as a header, which an edge list does not have: remove the line (or save the file as CSV with Source,Target)"
                        )
                    }
                }
                guard fields == fieldCount else {
                    throw fail(.syntax, lineStart, "expected \(fieldCount) fields like the first edge line, found \(fields)")
                }
                if fieldEnds.0 == fieldStarts.0 { throw fail(.emptyID, fieldStarts.0, "empty node id") }
                if fieldEnds.1 == fieldStarts.1 { throw fail(.emptyID, fieldStarts.1, "empty node id") }
                let known = interner.count
                let u = interner.intern(buffer, start: fieldStarts.0, length: fieldEnds.0 - fieldStarts.0)
                let v = interner.intern(buffer, start: fieldStarts.1, length: fieldEnds.1 - fieldStarts.1)
                if interner.count > known {
                    for (start, end) in [(fieldStarts.0, fieldEnds.0), (fieldStarts.1, fieldEnds.1)] {
                        if let problem = FieldScanner.idProblem(buffer, start: start, end: end) { throw fail(problem.code, problem.offset, problem.message) }
                    }
                }
                if u == v {
                    let id = String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStarts.0..<fieldEnds.0]), as: UTF8.self)
                    throw fail(.selfTie, fieldStarts.1, "'\(id.prefix(40))' cannot be tied to itself (a self-loop is an error in every format)")
                }
                if interner.count > limits.maxNodes { throw fail(.overLimit, lineStart, "more than \(limits.maxNodes) nodes (the node limit)") }
                sources.append(u)
                targets.append(v)
                if sources.count > limits.maxEdges { throw fail(.overLimit, lineStart, "more than \(limits.maxEdges) edges (the edge limit)") }
                if fields == 3 {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStarts.2..<fieldEnds.2]), as: UTF8.self)
                    do throws(ValueCheck.Problem) { weights.append(try ValueCheck.weight(text)) } catch { throw fail(error.code, fieldStarts.2, error.message) }
                }
            }
        }
        var ids = interner.strings(in: bytes)
        if let merged = IDInterner.mergingEquivalent(ids) {
            ids = merged.ids
            for row in sources.indices {
                sources[row] = merged.renumbered[Int(sources[row])]
                targets[row] = merged.renumbered[Int(targets[row])]
            }
        }
        return ParsedEdgeList(
            nodeIDs: ids, sources: sources, targets: targets,
            weights: fieldCount == 3 ? weights : nil)
    }

    // MARK: Reading a network

    /// Reads the edge list at `path` as a network: organisations linked by `collaborates` ties, one per line, with
    /// their weights, the network named after the file. A `.csv` file's fields are separated by commas.
    /// - Complexity: O(file size + n + m).
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try parse(path: path, limits: limits).makeNetwork(name: URL(fileURLWithPath: path).lastPathComponent)
    }

    /// Reads edge-list text as ``read(path:limits:)`` reads a file; `file` names it in errors and names the network
    /// (a `.csv` name means commas).
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        let separator = file.lowercased().hasSuffix(".csv") ? UInt8(ascii: ",") : FieldScanner.tab
        return try parse(bytes: Array(text.utf8), file: file, separator: separator, limits: limits)
            .makeNetwork(name: URL(fileURLWithPath: file).lastPathComponent)
    }

    // MARK: Writing a network

    /// The network's edges as a tab-separated edge list: `from<TAB>to[<TAB>weight]`, one line per edge in the
    /// network's order, no header. When any edge has a weight every line has one (an edge without a weight weighs
    /// 1, as in every figure). The list keeps no modes, direction or isolated nodes (`convert` notes what is left
    /// out).
    /// - Throws: ``/PartnerFiles/ReadError`` naming the first node whose id the format cannot carry: one with a tab,
    ///   a line break, a leading `#` (which would start a comment) or white space around it (which reading refuses).
    /// - Complexity: O(n + m).
    public static func string(for network: Network) throws -> String {
        String(decoding: try bytes(for: network).bytes, as: UTF8.self)
    }

    /// Writes ``string(for:)``'s text to `file` (not committed: the caller commits, so that a failure leaves
    /// nothing behind).
    /// - Throws: the ``/PartnerFiles/ReadError`` of ``string(for:)`` before anything is written, or
    ///   ``/PartnerFiles/OutputError`` when the output cannot be written.
    /// - Complexity: O(n + m).
    public static func write(_ network: Network, to file: OutputFile) throws {
        try file.write(try bytes(for: network).bytes)
    }

    private static func bytes(for network: Network) throws -> TableBuffer {
        for node in network.nodes {
            if let problem = idProblem(node.id) {
                throw ReadError(
                    .unsupported, file: "edgelist", field: "id",
                    message:
                        "node '\(node.id.prefix(40))' \(problem), which a tab-separated edge list cannot carry; write graphml, gexf, node-link or a network file (yaml, json)"
                )
            }
        }
        let weighted = network.edges.contains { $0.weight != nil }
        var buffer = TableBuffer()
        for edge in network.edges {
            buffer.append(contentsOf: edge.from.utf8)
            buffer.append(FieldScanner.tab)
            buffer.append(contentsOf: edge.to.utf8)
            if weighted {
                buffer.append(FieldScanner.tab)
                Pajek.appendNumber(edge.weight ?? 1, to: &buffer)
            }
            buffer.append(UInt8(ascii: "\n"))
        }
        return buffer
    }

    /// Why an id cannot be a field of a tab-separated edge list, or nil.
    static func idProblem(_ id: String) -> String? {
        if id.contains("\t") { return "holds a tab" }
        if id.contains(where: \.isNewline) { return "holds a line break" }
        if id.hasPrefix("#") { return "starts with #, which starts a comment line" }
        if id != id.trimmingCharacters(in: .whitespaces) { return "starts or ends with white space" }
        return nil
    }
}

/// The reading side of ``EdgeList``, by its former name.
@available(*, deprecated, renamed: "EdgeList")
public typealias EdgeListReader = EdgeList

/// The edge-list export of ``EdgeList``, by its former name.
@available(*, deprecated, renamed: "EdgeList")
public typealias EdgeListExport = EdgeList

/// The writers of the tab-separated edge list and of Gephi's CSV tables, by their former names.
@available(*, deprecated, message: "use EdgeList.string(for:) and GephiCSV.strings(for:results:)")
public enum EdgeTables {
    /// The network as a tab-separated edge list: ``EdgeList/string(for:)``.
    @available(*, deprecated, renamed: "EdgeList.string(for:)")
    public static func edgeList(for network: Network) throws -> String { try EdgeList.string(for: network) }

    /// Gephi's edge table and node table: ``GephiCSV/strings(for:results:)``.
    @available(*, deprecated, renamed: "GephiCSV.strings(for:results:)")
    public static func gephi(for network: Network, results: NodeResults = NodeResults()) -> (edges: String, nodes: String) {
        GephiCSV.strings(for: network, results: results)
    }
}
