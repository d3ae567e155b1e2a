import ArgumentParser
import Foundation
import PartnerIO

/// The `partnet` command: analyses partnership networks from the command line.
@main
struct Partnet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnet",
        abstract: "Analyse partnership networks: who meets whom, who is central, and how it changes.",
        discussion: """
            FILE is a network file (.yaml, .yml, .json), an event table (.csv) or an edge or affiliation list \
            (.tsv); --input forces the kind.
            """,
        version: PartnerGraphVersion.current,
        subcommands: [
            Info.self,
            Validate.self,
            Centrality.self,
            CoOccurrenceCommand.self,
            Stats.self,
            Communities.self,
            Convert.self,
            Bench.self,
            Render.self,
            Report.self,
            RenderWorkerCommand.self,
        ]
    )

    /// Runs the tool; every failure is reported on stderr and exits 1 (help and version exit 0).
    static func main() {
        TemporaryFiles.unblockSignals()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            // A command that already reported its problems (validate) throws a bare ExitCode: nothing more to say.
            if error is ExitCode { Foundation.exit(1) }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data(((message.isEmpty ? "\(error)" : message) + "\n").utf8))
            Foundation.exit(1)
        }
    }
}

/// The version printed by `partnet --version` and recorded by `partnet bench`.
enum PartnerGraphVersion {
    static let current = "0.1.0"
}
