/// Where each node and edge of an exchange file was, so that every problem, the reader's or the builder's, is
/// reported at its line and column.
struct ExchangePlaces {
    var nodeLines: [Int] = []
    var nodeColumns: [Int] = []
    var edgeLines: [Int] = []
    var edgeColumns: [Int] = []
    /// The edges whose file gave no relation (NetworkX's and Gephi's files): in a two-mode network they are
    /// participations (see ``build(_:file:)``).
    var edgesWithoutRelation: [Int] = []

    /// Adds the node `make` returns, placed at `place`; a field problem or a passed limit is thrown there.
    mutating func addNode(
        to builder: inout NetworkBuilder, file: String, at place: (line: Int, column: Int), limits: ReadLimits,
        _ make: () throws(ExchangeFields.FieldError) -> Node
    ) throws {
        do { builder.add(try make()) } catch {
            throw ReadError(error.code, file: file, line: place.line, column: place.column, field: error.field, message: error.message)
        }
        nodeLines.append(place.line)
        nodeColumns.append(place.column)
        try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: place.line, column: place.column)
    }

    /// Adds the edge `make` returns, placed at `place`; `relationGiven` says whether the file named its relation.
    mutating func addEdge(
        to builder: inout NetworkBuilder, file: String, at place: (line: Int, column: Int), limits: ReadLimits, relationGiven: Bool = true,
        _ make: () throws(ExchangeFields.FieldError) -> Edge
    ) throws {
        if !relationGiven { edgesWithoutRelation.append(edgeLines.count) }
        do { builder.add(try make()) } catch {
            throw ReadError(error.code, file: file, line: place.line, column: place.column, field: error.field, message: error.message)
        }
        edgeLines.append(place.line)
        edgeColumns.append(place.column)
        try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: place.line, column: place.column)
    }

    /// Builds the network, each problem at its element's line and column.
    ///
    /// In a network with meetings (marked by `kind` or NetworkX's `bipartite`), an edge the file gave no relation
    /// that links an actor and a meeting is an `attends` participation, from the actor; in an undirected network
    /// it may be written from the meeting, and is turned. In a directed one an arc from a meeting stays as the
    /// file has it, and is refused as any arc from a meeting is.
    func build(_ builder: NetworkBuilder, file: String) throws -> Network {
        var builder = builder
        if !edgesWithoutRelation.isEmpty, builder.nodes.contains(where: \.isMeeting) {
            var isMeeting: [String: Bool] = [:]
            for node in builder.nodes { isMeeting[node.id] = node.isMeeting }
            var edges = builder.edges
            for index in edgesWithoutRelation {
                var edge = edges[index]
                let (fromMeeting, toMeeting) = (isMeeting[edge.from] ?? false, isMeeting[edge.to] ?? false)
                guard fromMeeting != toMeeting else { continue }
                if fromMeeting && !builder.isDirected { swap(&edge.from, &edge.to) }
                edge.relation = .attends
                edges[index] = edge
            }
            var rebuilt = NetworkBuilder(name: builder.name, source: builder.source)
            rebuilt.notes = builder.notes
            rebuilt.isDirected = builder.isDirected
            rebuilt.attributeTypes = builder.attributeTypes
            for node in builder.nodes { rebuilt.add(node) }
            for edge in edges { rebuilt.add(edge) }
            builder = rebuilt
        }
        return try builder.build(file: file, nodeLines: nodeLines, edgeLines: edgeLines, nodeColumns: nodeColumns, edgeColumns: edgeColumns)
    }
}
