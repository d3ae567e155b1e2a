import PartnerFiles

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
            throw ReadErrors(error, file: file, nodeLines: nodeLines, edgeLines: edgeLines, nodeColumns: nodeColumns, edgeColumns: edgeColumns)
        }
    }
}

extension ReadErrors {
    /// A network's problems placed in the file it came from: each node or edge on its line (and column).
    init(_ error: NetworkError, file: String, nodeLines: [Int], edgeLines: [Int], nodeColumns: [Int]? = nil, edgeColumns: [Int]? = nil) {
        self.init(
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
