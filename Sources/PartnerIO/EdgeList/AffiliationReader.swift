import Foundation

/// An affiliation list as read: actor ids and meeting ids (two disjoint id spaces) and one membership per row.
public struct ParsedAffiliation: Sendable {
    /// The role of a membership row.
    public enum Role: UInt8, Sendable, CaseIterable {
        case host, cochair, attend

        private static let names: [(Role, [UInt8])] = [(.attend, Array("attend".utf8)), (.host, Array("host".utf8)), (.cochair, Array("cochair".utf8))]

        /// The role spelled by these bytes, or nil; compares in place, without allocating.
        init?(bytes: UnsafeBufferPointer<UInt8>) {
            for (role, name) in Role.names where name.count == bytes.count && name.elementsEqual(bytes) {
                self = role
                return
            }
            return nil
        }

        /// The relation of the domain model this role stands for.
        public var relation: Relation {
            switch self {
            case .host: .hosts
            case .cochair: .coChairs
            case .attend: .attends
            }
        }
    }

    public var actorIDs: [String]
    public var meetingIDs: [String]
    /// Actor index of each row.
    public var actors: [UInt32]
    /// Meeting index of each row.
    public var meetings: [UInt32]
    public var roles: [Role]

    /// The two-mode graph of the rows whose role is one of `relations` (nil: every row), with repeated
    /// actor-meeting rows merged: the graph `makeNetwork(name:).twoModeGraph(relations:)` gives, straight from
    /// the indices. Actors first, then meetings, each in order of first appearance.
    /// - Complexity: O(n + m).
    public func makeTwoModeGraph(relations: Set<Relation>?) -> TwoModeGraph {
        let offset = UInt32(actorIDs.count)
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        sources.reserveCapacity(actors.count)
        targets.reserveCapacity(actors.count)
        for row in actors.indices where relations?.contains(roles[row].relation) ?? true {
            sources.append(actors[row])
            targets.append(meetings[row] + offset)
        }
        let graph = Graph(
            nodeCount: actorIDs.count + meetingIDs.count, sources: sources, targets: targets, nodeIDs: actorIDs + meetingIDs
        ).simplified()
        return TwoModeGraph(graph: graph, actorCount: actorIDs.count, networkIndices: Array(0..<graph.nodeCount))
    }

    /// The roles of the rows, as relations of the domain model, sorted.
    /// - Complexity: O(rows).
    public var relations: [Relation] {
        var seen = Set<ParsedAffiliation.Role>()
        for role in roles where !seen.contains(role) { seen.insert(role) }
        return seen.map(\.relation).sorted()
    }

    /// The bipartite graph with one edge per row: actors first (indices `0..<actorIDs.count`), then meetings.
    /// - Complexity: O(n + m).
    public func makeTwoModeGraph() -> TwoModeGraph {
        let offset = UInt32(actorIDs.count)
        let targets = meetings.map { $0 + offset }
        let graph = Graph(
            nodeCount: actorIDs.count + meetingIDs.count, sources: actors, targets: targets,
            nodeIDs: actorIDs + meetingIDs)
        return TwoModeGraph(graph: graph, actorCount: actorIDs.count, networkIndices: Array(0..<graph.nodeCount))
    }

    /// The rows as a network: actors of kind `actor`, meetings, and `hosts`/`coChairs`/`attends` edges.
    public func makeNetwork(name: String) throws -> Network {
        var builder = NetworkBuilder(name: name)
        for id in actorIDs { builder.add(Node(id: id, kind: "actor")) }
        for id in meetingIDs { builder.add(Node(id: id, kind: .meeting, meeting: Meeting())) }
        for row in actors.indices {
            builder.add(Edge(from: actorIDs[Int(actors[row])], to: meetingIDs[Int(meetings[row])], relation: roles[row].relation))
        }
        return try builder.build()
    }
}

/// Reads affiliation lists: one membership per line, `actor<TAB>meeting<TAB>role` with role `host`, `cochair`
/// or `attend`, the format of the peer benchmark.
///
/// Actor and meeting ids are separate spaces; an id that appears as both is an error, since the two-mode graph
/// would join them. Blank lines and `#` lines are skipped; CRLF is accepted. Errors name file, line and column.
public enum AffiliationReader {
    /// Reads and parses the file at `path`.
    /// - Complexity: O(file size).
    public static func parse(path: String, limits: ReadLimits = .default) throws -> ParsedAffiliation {
        try parse(bytes: try InputFile.bytes(at: path, limits: limits), file: path, limits: limits)
    }

    /// Reads and parses an opened input (a file, or standard input); errors name it as the user gave it.
    /// - Complexity: O(input size).
    public static func parse(_ input: InputSource, limits: ReadLimits = .default) throws -> ParsedAffiliation {
        try input.reading { path in try parse(bytes: try InputFile.bytes(at: path, limits: limits), file: input.name, limits: limits) }
    }

    /// Parses affiliation text already in memory; `file` names it in errors.
    public static func parse(bytes: [UInt8], file: String, limits: ReadLimits = .default) throws -> ParsedAffiliation {
        var actorInterner = IDInterner(expected: bytes.count / 64)
        var meetingInterner = IDInterner(expected: bytes.count / 256)
        var actors: [UInt32] = []
        var meetings: [UInt32] = []
        var roles: [ParsedAffiliation.Role] = []
        actors.reserveCapacity(bytes.count / 16)
        meetings.reserveCapacity(bytes.count / 16)
        roles.reserveCapacity(bytes.count / 16)
        try bytes.withUnsafeBufferPointer { buffer in
            var lines = FieldScanner.Lines(buffer, skipping: FieldScanner.byteOrderMarkLength(bytes))
            while let range = lines.next() {
                let line = lines.number
                let lineStart = range.lowerBound
                let lineEnd = range.upperBound
                var tabs = (lineEnd, lineEnd)
                var found = 0
                var cursor = lineStart
                while cursor < lineEnd {
                    if buffer[cursor] == FieldScanner.tab {
                        if found == 0 { tabs.0 = cursor } else if found == 1 { tabs.1 = cursor }
                        found += 1
                    }
                    cursor += 1
                }
                func fail(_ code: ReadError.Code, _ column: Int, _ message: String) -> ReadError {
                    let characters = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<column]), as: UTF8.self).count
                    return ReadError(code, file: file, line: line, column: characters + 1, message: message)
                }
                guard found == 2 else {
                    throw fail(.syntax, lineStart, "expected 3 tab-separated fields (actor, meeting, role), found \(found + 1)")
                }
                if tabs.0 == lineStart { throw fail(.emptyID, lineStart, "empty actor id") }
                if tabs.1 == tabs.0 + 1 { throw fail(.emptyID, tabs.0 + 1, "empty meeting id") }
                let roleStart = tabs.1 + 1
                guard let role = ParsedAffiliation.Role(bytes: UnsafeBufferPointer(rebasing: buffer[roleStart..<lineEnd])) else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[roleStart..<lineEnd]), as: UTF8.self)
                    throw fail(.invalidValue, roleStart, "expected a role host, cochair or attend, found '\(text.prefix(40))'")
                }
                let known = actorInterner.count + meetingInterner.count
                actors.append(actorInterner.intern(buffer, start: lineStart, length: tabs.0 - lineStart))
                meetings.append(meetingInterner.intern(buffer, start: tabs.0 + 1, length: tabs.1 - tabs.0 - 1))
                if actorInterner.count + meetingInterner.count > known {
                    for (start, end) in [(lineStart, tabs.0), (tabs.0 + 1, tabs.1)] {
                        if let problem = FieldScanner.idProblem(buffer, start: start, end: end) { throw fail(problem.code, problem.offset, problem.message) }
                    }
                }
                roles.append(role)
                if actorInterner.count + meetingInterner.count > limits.maxNodes {
                    throw fail(.overLimit, lineStart, "more than \(limits.maxNodes) nodes (the node limit)")
                }
                if actors.count > limits.maxEdges { throw fail(.overLimit, lineStart, "more than \(limits.maxEdges) rows (the edge limit)") }
            }
        }
        var actorIDs = actorInterner.strings(in: bytes)
        var meetingIDs = meetingInterner.strings(in: bytes)
        // Ids equal under Unicode canonical equivalence are one node, in the first spelling.
        if let merged = IDInterner.mergingEquivalent(actorIDs) {
            actorIDs = merged.ids
            for row in actors.indices { actors[row] = merged.renumbered[Int(actors[row])] }
        }
        if let merged = IDInterner.mergingEquivalent(meetingIDs) {
            meetingIDs = merged.ids
            for row in meetings.indices { meetings[row] = merged.renumbered[Int(meetings[row])] }
        }
        let (smaller, larger) = actorIDs.count <= meetingIDs.count ? (actorIDs, meetingIDs) : (meetingIDs, actorIDs)
        let smallerSet = Set(smaller)
        if let shared = larger.first(where: smallerSet.contains) {
            throw sharedIDError(
                shared, actorRow: actors.firstIndex(of: UInt32(actorIDs.firstIndex(of: shared)!))!,
                meetingRow: meetings.firstIndex(of: UInt32(meetingIDs.firstIndex(of: shared)!))!, bytes: bytes, file: file)
        }
        return ParsedAffiliation(actorIDs: actorIDs, meetingIDs: meetingIDs, actors: actors, meetings: meetings, roles: roles)
    }

    /// The error for an id used both as an actor and as a meeting, placed on the row where its second use comes
    /// (line and column), naming the line of its first use. Rows are found again by scanning the lines, which is
    /// cheap on this error path and costs nothing while reading.
    private static func sharedIDError(_ id: String, actorRow: Int, meetingRow: Int, bytes: [UInt8], file: String) -> ReadError {
        let laterRow = max(actorRow, meetingRow)
        var lineOfRow: [Int: Int] = [:]
        var fieldStart = 1
        bytes.withUnsafeBufferPointer { buffer in
            var lines = FieldScanner.Lines(buffer, skipping: FieldScanner.byteOrderMarkLength(bytes))
            var row = 0
            while row <= laterRow, let range = lines.next() {
                lineOfRow[row] = lines.number
                if row == laterRow, laterRow == meetingRow, let tab = range.first(where: { buffer[$0] == FieldScanner.tab }) {
                    // The meeting column starts after the actor id: count its characters, not its bytes.
                    fieldStart = String(decoding: UnsafeBufferPointer(rebasing: buffer[range.lowerBound..<tab]), as: UTF8.self).count + 2
                }
                row += 1
            }
        }
        let (firstUse, secondUse) = laterRow == meetingRow ? ("an actor", "a meeting (column 2)") : ("a meeting", "an actor (column 1)")
        let firstLine = lineOfRow[min(actorRow, meetingRow)] ?? 0
        return ReadError(
            .duplicateID, file: file, line: lineOfRow[laterRow], column: fieldStart,
            message: "id '\(id)' is used as \(secondUse) here and as \(firstUse) on line \(firstLine); actor and meeting ids must differ")
    }
}
