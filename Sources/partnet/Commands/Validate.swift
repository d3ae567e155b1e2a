import ArgumentParser
import Foundation
import PartnerIO

/// `partnet validate FILE`: exit 0 when the file is valid, else list every problem with its place and exit 1.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a file: exit 0 when it is valid, else print every problem with its line and exit 1.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: SummaryFormat = .table

    func run() throws {
        let problems: [ReadProblem]
        var summary = ""
        do {
            switch try input.load() {
            case .network(let network):
                summary = "\(network.nodes.count) nodes, \(network.edges.count) edges"
            case .graph(let graph):
                summary = "\(graph.nodeCount) nodes, \(graph.edgeCount) edges"
            }
            problems = []
        } catch let error as ReadError {
            problems = error.problems
        }
        switch format {
        case .json:
            let value = JSONValue.object([
                ("file", .string(input.file)),
                ("valid", .bool(problems.isEmpty)),
                (
                    "problems",
                    .array(
                        problems.map { problem in
                            .object([
                                ("line", problem.line.map(JSONValue.int) ?? .null),
                                ("column", problem.column.map(JSONValue.int) ?? .null),
                                ("field", problem.field.map(JSONValue.string) ?? .null),
                                ("message", .string(problem.message)),
                            ])
                        })
                ),
            ])
            print(value.serialized(indent: 2))
        case .table:
            if problems.isEmpty {
                print("\(input.file): valid (\(summary))")
            } else {
                for problem in problems { printError(problem.description) }
                printError("\(input.file): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
            }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
