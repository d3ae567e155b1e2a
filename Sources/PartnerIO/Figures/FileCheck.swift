import PartnerFiles

/// What `partnet validate` finds in a file: valid, with its counts, or every problem with its place.
public struct FileCheck: Sendable {
    /// The file as the user named it.
    public var file: String
    /// Every problem found, in the reader's order; empty when the file is valid.
    public var problems: [ReadProblem]
    /// The counts of a valid file ("12 nodes, 30 edges"); empty when it has problems.
    public var counts: String

    /// Checks a file by reading it: a reading error becomes its problems, any other error is thrown.
    /// - Parameters:
    ///   - file: the file's name, as reported.
    ///   - load: reads the file (``InputKind/load(path:directed:limits:note:)`` or a source already open).
    /// - Complexity: that of reading the file.
    public init(file: String, reading load: () throws -> LoadedInput) throws {
        self.file = file
        do {
            switch try load() {
            case .network(let network): counts = "\(network.nodes.count) nodes, \(network.edges.count) edges"
            case .graph(let graph): counts = "\(graph.nodeCount) nodes, \(graph.edgeCount) edges"
            }
            problems = []
        } catch let error as ReadError {
            (problems, counts) = (error.problems, "")
        }
    }

    /// Whether the file has no problem.
    public var isValid: Bool { problems.isEmpty }

    /// One row per problem: its line, column, field and message (empty cells where a reader knows no place).
    public var table: ResultTable {
        var table = ResultTable(columns: ["file", "line", "column", "field", "message"])
        for problem in problems {
            table.append([
                .text(file), problem.line.map { .integer($0) } ?? .empty, problem.column.map { .integer($0) } ?? .empty,
                problem.field.map { .text($0) } ?? .empty, .text(problem.message),
            ])
        }
        return table
    }

    /// What goes to standard output: the verdict line (table; problems are for standard error, as
    /// ``problemLines``), the problem rows (csv), or `{"file", "valid", "problems"}` (json).
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .table: isValid ? "\(file): valid (\(counts))\n" : ""
        case .csv: table.rendered(as: .csv)
        case .json:
            JSONValue.object([
                ("file", .string(file)), ("valid", .bool(isValid)),
                ("problems", .array(table.rows.map { row in .object(zip(table.columns, row).dropFirst().map { ($0, $1.json) }) })),
            ]).serialized(indent: 2) + "\n"
        }
    }

    /// The problems as a person reads them, one line each, then their count.
    public var problemLines: [String] {
        problems.map(\.description) + ["\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s")"]
    }
}
