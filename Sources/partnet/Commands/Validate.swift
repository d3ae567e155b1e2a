import ArgumentParser
import Foundation
import PartnerIO

/// `partnet validate FILE`: exit 0 when the file is valid, else list every problem with its place and exit 1.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", _superCommandName: Partnet.name,
        abstract: "Check a file: exit 0 when it is valid, else print every problem with its line and exit 1.",
        discussion: "csv prints one row per problem (file, line, column, field, message); json an object with the verdict and the problems.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    func run() throws {
        let check = try FileCheck(file: input.file) { try input.load() }
        print(check.rendered(as: format), terminator: "")
        if format == .table && !check.isValid { check.problemLines.forEach(printError) }
        if !check.isValid { throw ExitCode(1) }
    }
}
