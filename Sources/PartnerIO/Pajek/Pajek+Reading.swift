import Foundation

// Reading Pajek `.net` files: `*Network`, `*Vertices N` (or `*Vertices N M` for a two-mode network whose
// first M vertices are one mode), `*Arcs`, `*Edges`, `*Arcslist`, `*Edgeslist`; `%` starts a comment line.
//
// A vertex's label (quoted or not) is its id and name; a repeated label gets `#number` appended to its id
// (`#number-2`, `-3`... when that id is itself another vertex's label), so no two vertices merge.
// Vertices numbered but not listed are named by their number. Coordinates (`x`, `y`, `z`), the shape and
// `key value` pairs after them (`ic Red`) are kept as node attributes. An arc's value is its weight (a finite
// decimal number > 0); its label (`l "hosts"`), else its section's (`*Arcs :2 "hosts"`), is its relation; other
// pairs are edge attributes. Lines under `*Arcs` or `*Arcslist` make a directed network, under `*Edges` or
// `*Edgeslist` an undirected one; a file with lines under both is refused, since a network has one direction.
// In a two-mode network the second mode's vertices are meetings and an arc without
// a label is `attends`; in a one-mode network, `collaborates`. Errors name the line and column.
extension Pajek {
    /// The most vertices a file of this size may declare. Vertices numbered but not listed cost no bytes, so
    /// a 32-byte file could otherwise ask for 20 million nodes; a real file lists most of its vertices or
    /// uses them in arcs, and isolated unlisted ones beyond 1,024 + 64 per byte are refused before anything
    /// is allocated.
    static func declaredVertexCeiling(fileBytes: Int) -> Int { 1024 + 64 * fileBytes }

    /// Reads a Pajek `.net` file (see the reading rules above the extension).
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits)
    }

    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        enum Section { case none, vertices, arcs, arcsList }
        var section = Section.none
        // Whether the current section holds arcs (directed), and the first line under arcs and under edges.
        var sectionIsDirected = false
        var firstLine: [Bool: (line: Int, column: Int, header: String)] = [:]
        var relation: Relation? = nil
        var vertexCount = 0
        var firstMode: Int? = nil
        var labels: [Int: (label: String, attributes: [String: String], place: (line: Int, column: Int))] = [:]
        var usedIDs: Set<String> = []
        var ids: [Int: String] = [:]
        var edges: [(from: Int, to: Int, weight: Double?, relation: Relation?, attributes: [String: String], place: (line: Int, column: Int), toColumn: Int)] =
            []
        var name: String? = nil
        var sawVertices = false
        for (number, line) in ImportedNetwork.lines(of: text) {
            func fail(_ code: ReadError.Code, _ column: Int, _ message: String) -> ReadError {
                ReadError(code, file: file, line: number, column: column, message: message)
            }
            let tokens: [(text: Substring, column: Int)]
            do { tokens = try ImportedNetwork.tokens(of: line, quotes: true) } catch { throw fail(.syntax, error.column, error.message) }
            guard let first = tokens.first, !first.text.hasPrefix("%") else { continue }
            if first.text.hasPrefix("*") && line.drop(while: \.isWhitespace).hasPrefix("*") {
                let keyword = first.text.lowercased()
                func count(_ index: Int, _ what: String) throws -> Int {
                    guard let value = Int(tokens[index].text), value >= 0 else {
                        throw fail(.invalidValue, tokens[index].column, "expected the number of \(what), found '\(tokens[index].text.prefix(40))'")
                    }
                    return value
                }
                switch keyword {
                case "*network":
                    name = tokens.dropFirst().map { String($0.text) }.joined(separator: " ")
                case "*vertices":
                    guard tokens.count >= 2 else { throw fail(.missingField, first.column, "*Vertices needs the number of vertices") }
                    vertexCount = try count(1, "vertices")
                    if tokens.count >= 3 {
                        let mode = try count(2, "vertices of the first mode")
                        guard mode <= vertexCount else {
                            throw fail(.invalidValue, tokens[2].column, "the first mode has \(mode) vertices, more than the \(vertexCount) in all")
                        }
                        firstMode = mode
                    }
                    if vertexCount > limits.maxNodes { throw fail(.overLimit, tokens[1].column, "more than \(limits.maxNodes) nodes (the node limit)") }
                    let ceiling = declaredVertexCeiling(fileBytes: text.utf8.count)
                    if vertexCount > ceiling {
                        throw fail(
                            .overLimit, tokens[1].column,
                            "declares \(vertexCount) vertices in a file of \(text.utf8.count) bytes; at most \(ceiling) "
                                + "(1,024 plus 64 per byte) may go unlisted")
                    }
                    sawVertices = true
                    section = .vertices
                case "*arcs", "*edges", "*arcslist", "*edgeslist":
                    guard sawVertices else { throw fail(.syntax, first.column, "\(first.text) before *Vertices") }
                    section = keyword.hasSuffix("list") ? .arcsList : .arcs
                    sectionIsDirected = keyword.hasPrefix("*arcs")
                    relation = nil
                    // `*Arcs :2 "hosts"`: a numbered relation with its label.
                    if tokens.count >= 3, tokens[1].text.hasPrefix(":") { relation = Relation(rawValue: String(tokens[2].text)) }
                default:
                    throw fail(
                        .unknownField, first.column,
                        "\(first.text.prefix(40)) is not a section PartnerGraph reads (*Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist)"
                    )
                }
                continue
            }
            func vertex(_ index: Int) throws -> Int {
                guard let value = Int(tokens[index].text) else {
                    throw fail(.invalidValue, tokens[index].column, "expected a vertex number, found '\(tokens[index].text.prefix(40))'")
                }
                guard (1...max(vertexCount, 1)).contains(value), vertexCount > 0 else {
                    throw fail(.unknownNode, tokens[index].column, "vertex \(value) is not among the \(vertexCount) vertices")
                }
                return value
            }
            if section == .arcs || section == .arcsList {
                if firstLine[sectionIsDirected] == nil {
                    firstLine[sectionIsDirected] = (number, first.column, sectionIsDirected ? "*Arcs" : "*Edges")
                    if let other = firstLine[!sectionIsDirected] {
                        throw fail(
                            .invalidValue, first.column,
                            "a \(firstLine[sectionIsDirected]!.header) line after \(other.header) lines (line \(other.line)); "
                                + "PartnerGraph keeps one direction per network: write every line under *Arcs (directed) or under *Edges (undirected)")
                    }
                }
            }
            switch section {
            case .none:
                throw fail(.syntax, first.column, "expected *Vertices before any data")
            case .vertices:
                let index = try vertex(0)
                guard labels[index] == nil else { throw fail(.duplicateID, first.column, "vertex \(index) is listed twice") }
                var attributes: [String: String] = [:]
                var rest = tokens.dropFirst(2)
                for key in ["x", "y", "z"] {
                    guard let token = rest.first, Double(token.text) != nil else { break }
                    attributes[key] = String(token.text)
                    rest = rest.dropFirst()
                }
                if rest.count % 2 == 1, let shape = rest.first {
                    attributes["shape"] = String(shape.text)
                    rest = rest.dropFirst()
                }
                while let key = rest.first, let value = rest.dropFirst().first {
                    attributes[String(key.text)] = String(value.text)
                    rest = rest.dropFirst(2)
                }
                let label = tokens.count > 1 ? String(tokens[1].text) : String(index)
                labels[index] = (label, attributes, (number, first.column))
            case .arcs:
                guard tokens.count >= 2 else { throw fail(.syntax, first.column, "expected an arc 'from to [value]'") }
                let from = try vertex(0)
                let to = try vertex(1)
                var rest = tokens.dropFirst(2)
                var weight: Double? = nil
                if let value = rest.first, rest.count % 2 == 1 {
                    do { weight = try ValueCheck.weight(value.text) } catch { throw fail(error.code, value.column, error.message) }
                    rest = rest.dropFirst()
                }
                var attributes: [String: String] = [:]
                var label: Relation? = nil
                while let key = rest.first, let value = rest.dropFirst().first {
                    if key.text == "l" { label = Relation(rawValue: String(value.text)) } else { attributes[String(key.text)] = String(value.text) }
                    rest = rest.dropFirst(2)
                }
                edges.append((from, to, weight, label ?? relation, attributes, (number, first.column), tokens[1].column))
            case .arcsList:
                let from = try vertex(0)
                for index in 1..<tokens.count {
                    edges.append((from, try vertex(index), nil, relation, [:], (number, first.column), tokens[index].column))
                }
            }
            if edges.count > limits.maxEdges { throw fail(.overLimit, first.column, "more than \(limits.maxEdges) edges (the edge limit)") }
        }
        guard sawVertices else { throw ReadError(.unknownFormat, file: file, line: 1, column: 1, message: "expected a Pajek network starting with *Vertices") }
        var imported = ImportedNetwork(file: file, limits: limits, name: name)
        imported.isDirected = firstLine[true] != nil
        func isMeeting(_ vertex: Int) -> Bool { firstMode.map { vertex > $0 } ?? false }
        for vertex in 1...max(vertexCount, 1) where vertexCount > 0 {
            let entry = labels[vertex]
            let label = entry?.label ?? String(vertex)
            var id = label
            if usedIDs.contains(id) { id = "\(label)#\(vertex)" }
            // A later label may be written as an earlier repeat's id ("A", "A#3", then "A" as vertex 3).
            var attempt = 1
            while usedIDs.contains(id) {
                attempt += 1
                id = "\(label)#\(vertex)-\(attempt)"
            }
            usedIDs.insert(id)
            ids[vertex] = id
            let place = entry?.place ?? (1, 1)
            let kind: NodeKind = isMeeting(vertex) ? .meeting : .organisation
            try imported.node(id, name: label, kind: kind, attributes: entry?.attributes ?? [:], at: place)
        }
        for edge in edges {
            var (from, to) = (edge.from, edge.to)
            // A two-mode edge may be written meeting -> actor; edges start at the actor (an arc keeps its way,
            // and is refused as any arc from a meeting is).
            if isMeeting(from) && !isMeeting(to) && !imported.isDirected { swap(&from, &to) }
            let relation = edge.relation ?? (firstMode != nil && isMeeting(to) != isMeeting(from) ? .attends : .collaborates)
            try imported.edge(
                Edge(from: ids[from]!, to: ids[to]!, relation: relation, weight: edge.weight, attributes: edge.attributes), at: edge.place)
        }
        return try imported.network()
    }
}
