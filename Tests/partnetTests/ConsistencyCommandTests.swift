import Foundation
import Testing

/// The values a `--help` lists for `-f, --format`, read from ArgumentParser's `(values: a, b, c; ...)`.
private func formatValues(inHelpOf subcommand: String) throws -> [String]? {
    let help = try partnet(subcommand, "--help").standardOutput
    let flattened = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    guard let option = flattened.range(of: "-f, --format") else { return nil }
    let rest = flattened[option.upperBound...]
    guard let open = rest.range(of: "(values: ") else { return [] }
    let list = rest[open.upperBound...].prefix { $0 != ";" && $0 != ")" }
    return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
}

@Suite("partnet: one format option, help on unknown subcommands, file completion, progress")
struct ConsistencyCommandTests {
    static let rabat = "graphs/rabat-process.yaml"

    @Test(
        "every subcommand that prints or writes results takes -f/--format",
        arguments: [
            "info", "validate", "centrality", "cooccurrence", "stats", "communities", "convert", "render",
        ])
    func formatOption(subcommand: String) throws {
        #expect(try formatValues(inHelpOf: subcommand) != nil, "\(subcommand) has no -f, --format")
    }

    @Test(
        "each format a table command's help lists is one it accepts, and no other",
        arguments: [
            ["info"], ["validate"], ["centrality"], ["cooccurrence"], ["stats"], ["communities"],
        ])
    func listedFormatsWork(command: [String]) throws {
        let values = try #require(try formatValues(inHelpOf: command[0]))
        #expect(!values.isEmpty)
        for value in values {
            let run = try partnet(arguments: command + [Self.rabat, "-f", value])
            #expect(run.status == 0, "\(command[0]) -f \(value): \(run.standardError)")
        }
        for value in ["table", "csv", "json"] where !values.contains(value) {
            let run = try partnet(arguments: command + [Self.rabat, "--format", value])
            #expect(run.status != 0, "\(command[0]) accepts \(value) but does not list it")
        }
    }

    @Test("help on an unknown subcommand is an error with a suggestion; on a known one it is help")
    func helpTopics() throws {
        let typo = try partnet("help", "infoo")
        #expect(typo.status == 1)
        #expect(typo.standardError.contains("no subcommand 'infoo'; did you mean 'info'?"))
        let nonsense = try partnet("help", "zzzzzzzz")
        #expect(nonsense.status == 1 && !nonsense.standardError.contains("did you mean"))
        let known = try partnet("help", "centrality")
        #expect(known.status == 0 && known.standardOutput.contains("USAGE: partnet centrality"))
    }

    @Test("file arguments complete as files", arguments: ["zsh", "bash", "fish"])
    func fileCompletion(shell: String) throws {
        let script = try partnet("--generate-completion-script", shell).standardOutput
        let fileCompletion = ["zsh": ":file:_files", "bash": "__partnet_add_completions -f", "fish": " -F"][shell]!
        #expect(script.contains(fileCompletion), "\(shell)")
    }

    @Test("no progress when standard error is not a terminal; --quiet is accepted")
    func progressOnlyOnTerminals() throws {
        for extra in [[], ["--quiet"], ["-q"]] {
            let run = try partnet(arguments: ["centrality", Self.rabat, "--measure", "all"] + extra)
            #expect(run.status == 0 && run.standardError.isEmpty, "\(extra): \(run.standardError)")
        }
        let communities = try partnet("communities", Self.rabat, "--quiet")
        #expect(communities.status == 0 && !communities.standardError.contains("\r"))
    }

    @Test("--samples K --seed S: sampled betweenness, reproducible, refused where it cannot apply")
    func samples() throws {
        func sampled(_ seed: String) throws -> String {
            let run = try partnet(
                "centrality", Self.rabat, "--on", "projection", "--measure", "betweenness", "--samples", "4", "--seed", seed,
                "-f", "csv")
            #expect(run.status == 0, "\(run.standardError)")
            return run.standardOutput
        }
        let exact = try partnet("centrality", Self.rabat, "--on", "projection", "--measure", "betweenness", "-f", "csv")
        #expect(try sampled("1") == sampled("1"))
        #expect(try sampled("1") != exact.standardOutput)
        let degree = try partnet("centrality", Self.rabat, "--measure", "degree", "--samples", "4")
        #expect(degree.status == 1 && degree.standardError.contains("--samples applies to betweenness"))
        let twoMode = try partnet("centrality", Self.rabat, "--on", "two-mode", "--measure", "betweenness", "--samples", "4")
        #expect(twoMode.status == 1 && twoMode.standardError.contains("two-mode betweenness is exact"))
    }
}
