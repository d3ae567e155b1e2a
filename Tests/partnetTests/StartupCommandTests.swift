import Foundation
import PartnerTestSupport
import Testing

/// What the tool answers before any command runs: the version, help in each of its spellings, completion scripts.
/// The entry point answers `partnet --version` without ArgumentParser's parse, parses a subcommand alone when it
/// can, and starts Graphviz's preparation only for a drawing that will run: each answer must stay ArgumentParser's.
@Suite("Start-up: the answers given before a command runs")
struct StartupCommandTests {
    @Test("partnet --version prints the version as ArgumentParser prints it after a subcommand, and exits 0")
    func version() throws {
        let direct = try partnet("--version")
        let parsed = try partnet("info", "--version")
        #expect(direct.status == 0)
        #expect(parsed.status == 0)
        #expect(direct.standardOutput == parsed.standardOutput)
        #expect(direct.standardError.isEmpty)
        let lines = direct.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && !lines[0].isEmpty && lines[1].isEmpty, "one line: \(direct.standardOutput)")
    }

    @Test("render and report answer -h, -help and --help-hidden with the help --help prints, and exit 0", arguments: ["render", "report"])
    func help(subcommand: String) throws {
        let help = try partnet(subcommand, "--help")
        #expect(help.status == 0)
        #expect(help.standardOutput.hasPrefix("OVERVIEW: "))
        for spelling in ["-h", "-help", "--help-hidden"] {
            let run = try partnet(subcommand, spelling)
            #expect(run.status == 0, "\(subcommand) \(spelling): \(run.standardError)")
            #expect(run.standardOutput == help.standardOutput, "\(subcommand) \(spelling)")
        }
        // After other arguments too, and with no file written.
        let output = try temporaryDirectory().appendingPathComponent("help.svg").path
        let late = try partnet(subcommand, "graphs/rabat-process.yaml", "-o", output, "--help")
        #expect(late.status == 0)
        #expect(late.standardOutput == help.standardOutput)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("a completion script asked for after a subcommand's arguments is the root's script")
    func completionAfterSubcommand() throws {
        let root = try partnet("--generate-completion-script", "bash")
        let late = try partnet("render", "graphs/rabat-process.yaml", "--generate-completion-script", "bash")
        #expect(root.status == 0)
        #expect(late.status == 0)
        #expect(root.standardOutput.contains("_partnet"))
        #expect(late.standardOutput == root.standardOutput)
    }

    @Test("an unknown option of render is refused with its usage, as before the subcommand was parsed alone")
    func unknownOption() throws {
        let run = try partnet("render", "graphs/rabat-process.yaml", "-o", try temporaryDirectory().appendingPathComponent("bad.svg").path, "--bogus")
        #expect(run.status != 0)
        #expect(run.standardError.contains("Unknown option '--bogus'"))
        #expect(run.standardError.contains("partnet render"))
    }
}
