/// Where each node and edge of an exchange file was, so that every problem, the reader's or the builder's, is
/// reported at its line and column.
struct ExchangePlaces {
    var nodeLines: [Int] = []
    var nodeColumns: [Int] = []
    var edgeLines: [Int] = []
    var edgeColumns: [Int] = []

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

    /// Adds the edge `make` returns, placed at `place`.
    mutating func addEdge(
        to builder: inout NetworkBuilder, file: String, at place: (line: Int, column: Int), limits: ReadLimits,
        _ make: () throws(ExchangeFields.FieldError) -> Edge
    ) throws {
        do { builder.add(try make()) } catch {
            throw ReadError(error.code, file: file, line: place.line, column: place.column, field: error.field, message: error.message)
        }
        edgeLines.append(place.line)
        edgeColumns.append(place.column)
        try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: place.line, column: place.column)
    }

    /// Builds the network, each problem at its element's line and column.
    func build(_ builder: NetworkBuilder, file: String) throws -> Network {
        try builder.build(file: file, nodeLines: nodeLines, edgeLines: edgeLines, nodeColumns: nodeColumns, edgeColumns: edgeColumns)
    }
}
