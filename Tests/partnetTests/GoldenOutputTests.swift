import Foundation
import Testing
import PartnerTestSupport

/// One line of `Golden/commands.txt`: a golden file's name and the arguments that produce it.
struct GoldenCommand: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var testDescription: String { name }

    static let directory = repositoryRoot.appendingPathComponent("Tests/partnetTests/Golden")

    /// Every command of the manifest, in its order.
    static func all() throws -> [GoldenCommand] {
        let text = try String(contentsOf: directory.appendingPathComponent("commands.txt"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let name = words.first, !name.hasPrefix("#") else { return nil }
            return GoldenCommand(name: name, arguments: Array(words.dropFirst()))
        }
    }

    /// The stored file `NAME.suffix`, or nil when there is none.
    func stored(_ suffix: String) -> Data? {
        try? Data(contentsOf: Self.directory.appendingPathComponent("\(name).\(suffix)"))
    }
}

/// Runs partnet as `scripts/update-goldens.sh` does: from the repository root, help wrapped at 80 columns.
private func runForGolden(_ arguments: [String]) throws -> ToolRun {
    try partnet(arguments: arguments, environment: ["COLUMNS": "80"])
}

/// The first line where two texts differ, for a readable failure.
private func firstDifference(_ expected: Data, _ actual: Data) -> String {
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        if want != got { return "line \(index + 1):\n  expected: \(want)\n  actual:   \(got)" }
    }
    return "same lines, different bytes"
}

@Suite("Golden outputs: help texts and the Rabat Process tables, byte for byte")
struct GoldenOutputTests {
    @Test("the output equals the stored golden file (regenerate: scripts/update-goldens.sh)", arguments: try GoldenCommand.all())
    func matches(command: GoldenCommand) throws {
        let expected = try #require(command.stored("txt"), "no golden file for \(command.name): run scripts/update-goldens.sh")
        let run = try runForGolden(command.arguments)
        #expect(run.status == 0, "partnet \(command.arguments.joined(separator: " ")): \(run.standardError)")
        let output = Data(run.standardOutput.utf8)
        #expect(output == expected, "\(command.name) differs at \(firstDifference(expected, output))")
        let expectedError = command.stored("stderr") ?? Data()
        let error = Data(run.standardError.utf8)
        #expect(error == expectedError, "\(command.name) (standard error) differs at \(firstDifference(expectedError, error))")
    }

    @Test("every subcommand partnet --help lists has a golden help text, and every golden file a command")
    func coverage() throws {
        let commands = try GoldenCommand.all()
        let help = try runForGolden(["--help"]).standardOutput
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let subcommands = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }.filter { $0 != "See" }
        #expect(subcommands.count >= 10)
        let names = Set(commands.map(\.name))
        for subcommand in subcommands { #expect(names.contains("help/\(subcommand)"), "no golden help for \(subcommand)") }
        let files = try FileManager.default.subpathsOfDirectory(atPath: GoldenCommand.directory.path)
            .filter { $0.hasSuffix(".txt") && $0 != "commands.txt" }
        #expect(Set(files.map { String($0.dropLast(4)) }) == names)
    }
}
