import Foundation

/// A network assembled from files that name nodes only through their edges or by number (whitespace edge lists,
/// CSV edge tables, Pajek): nodes are added where first seen, and every node and edge keeps its line and column
/// so that the builder's problems are placed.
struct ImportedNetwork {
    let file: String
    let limits: ReadLimits
    private(set) var builder: NetworkBuilder
    private var known: Set<String> = []
    private var places = ExchangePlaces()

    init(file: String, limits: ReadLimits, name: String? = nil) {
        self.file = file
        self.limits = limits
        builder = NetworkBuilder(name: name ?? URL(fileURLWithPath: file).lastPathComponent)
    }

    var name: String {
        get { builder.name }
        set { builder.name = newValue }
    }

    /// Whether the file's edges are arcs (see ``Network/isDirected``).
    var isDirected: Bool {
        get { builder.isDirected }
        set { builder.isDirected = newValue }
    }

    /// Adds a node unless one with this id exists; checks the id first (empty, NUL or control characters).
    mutating func node(
        _ id: String, name: String? = nil, kind: NodeKind = .organisation, attributes: [String: String] = [:], at place: (line: Int, column: Int)
    ) throws {
        guard !known.contains(id) else { return }
        if let problem = Self.idProblem(id) {
            throw ReadError(problem.code, file: file, line: place.line, column: place.column, message: problem.message)
        }
        known.insert(id)
        try places.addNode(to: &builder, file: file, at: place, limits: limits) { Node(id: id, name: name, kind: kind, attributes: attributes) }
    }

    /// Adds an edge (its ends added as nodes where missing).
    mutating func edge(_ edge: Edge, at place: (line: Int, column: Int), fromPlace: (line: Int, column: Int)? = nil, toPlace: (line: Int, column: Int)? = nil)
        throws
    {
        try node(edge.from, at: fromPlace ?? place)
        try node(edge.to, at: toPlace ?? place)
        try places.addEdge(to: &builder, file: file, at: place, limits: limits) { edge }
    }

    func network() throws -> Network { try places.build(builder, file: file) }

    /// Why an id cannot be a node id, or nil.
    static func idProblem(_ id: String) -> (code: ReadError.Code, message: String)? {
        if id.isEmpty { return (.emptyID, "empty node id") }
        if let bad = id.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return (.encoding, "a node id holds the control character U+\(String(format: "%04X", bad.value))")
        }
        return nil
    }

    /// The text's lines with their numbers (1-based); CRLF ends and a leading BOM dropped.
    static func lines(of text: String) -> [(number: Int, text: Substring)] {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated().map { ($0.offset + 1, $0.element.hasSuffix("\r") ? $0.element.dropLast() : $0.element) }
    }

    /// A line's tokens separated by white space, each with its column (1-based, in characters); with `quotes`,
    /// a token in double quotes may hold spaces (Pajek's labels), and is returned without its quotes.
    static func tokens(of line: Substring, quotes: Bool = false) throws(TokenProblem) -> [(text: Substring, column: Int)] {
        var tokens: [(Substring, Int)] = []
        var index = line.startIndex
        var column = 1
        while index < line.endIndex {
            if line[index].isWhitespace {
                index = line.index(after: index)
                column += 1
                continue
            }
            let startColumn = column
            if quotes && line[index] == "\"" {
                let start = line.index(after: index)
                guard let end = line[start...].firstIndex(of: "\"") else {
                    throw TokenProblem(column: startColumn, message: "a quote that is not closed on its line")
                }
                tokens.append((line[start..<end], startColumn))
                column += line.distance(from: index, to: end) + 1
                index = line.index(after: end)
                continue
            }
            let start = index
            while index < line.endIndex && !line[index].isWhitespace {
                index = line.index(after: index)
                column += 1
            }
            tokens.append((line[start..<index], startColumn))
        }
        return tokens
    }

    struct TokenProblem: Error {
        var column: Int
        var message: String
    }
}
