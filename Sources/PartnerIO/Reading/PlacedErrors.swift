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
            throw ReadError(error, file: file, nodeLines: nodeLines, edgeLines: edgeLines, nodeColumns: nodeColumns, edgeColumns: edgeColumns)
        }
    }
}

extension ReadError {
    /// A network's problems placed in the file it came from: each node or edge on its line (and column).
    init(_ error: NetworkError, file: String, nodeLines: [Int], edgeLines: [Int], nodeColumns: [Int]? = nil, edgeColumns: [Int]? = nil) {
        self.init(
            error.problems.map { problem in
                let (line, column): (Int?, Int?) =
                    switch problem.subject {
                    case .nodeNumber(let number): (nodeLines[number - 1], nodeColumns?[number - 1])
                    case .edgeNumber(let number): (edgeLines[number - 1], edgeColumns?[number - 1])
                    case .network: (nil, nil)
                    }
                return ReadProblem(
                    ReadError.Code(problem.code), file: file, line: line, column: column, field: problem.field,
                    message: problem.message)
            })
    }
}

extension ReadError.Code {
    /// The code of a file problem that is a network problem placed in its file: the same kind of problem.
    init(_ code: NetworkProblem.Code) {
        self =
            switch code {
            case .emptyID: .emptyID
            case .duplicateID: .duplicateID
            case .unknownNode: .unknownNode
            case .endBeforeStart: .endBeforeStart
            case .wrongKind: .wrongKind
            case .selfTie: .selfTie
            case .invalidValue: .invalidValue
            case .invalidDate: .invalidDate
            }
    }
}
