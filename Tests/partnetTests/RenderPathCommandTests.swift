import Foundation
import PartnerTestSupport
import Testing

/// `render` and `report` hand their diagrams to Graphviz built in libcgraph, without DOT text; `--isolated` (and any
/// `--timeout`) still sends the DOT text to a child process, which parses it. Each is the first layout of a fresh
/// process (sfdp lays a graph out differently the first time in a process), so their outputs must be the same bytes.
@Suite("render and report: the same output with and without DOT text")
struct RenderPathCommandTests {
    @Test(
        "render: SVG, PNG and laid-out DOT as the parsed text gives them",
        arguments: [
            ("graphs/rabat-process-2015-2025.yaml", "neato", "svg"), ("graphs/rabat-process-2015-2025.yaml", "sfdp", "svg"),
            ("graphs/rabat-process-2015-2025.yaml", "sfdp", "dot"), ("graphs/rabat-process-2015-2025.yaml", "neato", "png"),
            ("graphs/rabat-process.yaml", "dot", "svg"), ("graphs/rabat-process.yaml", "sfdp", "svg"),
            ("Tests/PartnerIOTests/Hostile/network/dot-breaker.json", "neato", "svg"),
        ])
    func render(file: String, engine: String, format: String) throws {
        let built = try writeTemporary("built.\(format)", "")
        let parsed = try writeTemporary("parsed.\(format)", "")
        let first = try partnet("render", file, "--engine", engine, "-o", built)
        let second = try partnet("render", file, "--engine", engine, "--isolated", "-o", parsed)
        #expect(first.status == 0 && second.status == 0, "\(first.standardError) \(second.standardError)")
        #expect(first.standardError == second.standardError)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: built))
        #expect(bytes.count > 1000)
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: parsed))), "\(file) \(engine) \(format)")
    }

    @Test(
        "render and report: the same bytes whether Graphviz's warm-up starts before the tool's main or in it",
        arguments: [("render", "neato", "svg"), ("render", "sfdp", "svg"), ("render", "neato", "png"), ("report", "", "html")])
    func earlyStart(command: String, engine: String, format: String) throws {
        let early = try writeTemporary("early.\(format)", "")
        let late = try writeTemporary("late.\(format)", "")
        let file = "graphs/rabat-process-2015-2025.yaml"
        let options = engine.isEmpty ? [] : ["--engine", engine]
        let first = try partnet(arguments: [command, file] + options + ["-o", early])
        let second = try partnet(arguments: [command, file] + options + ["-o", late], environment: ["PARTNET_NO_EARLY_START": "1"])
        #expect(first.status == 0 && second.status == 0, "\(first.standardError) \(second.standardError)")
        // report names the file it wrote.
        #expect(first.standardError.replacingOccurrences(of: early, with: "OUT") == second.standardError.replacingOccurrences(of: late, with: "OUT"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: early))
        #expect(bytes.count > 1000)
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: late))), "\(command) \(engine) \(format)")
    }

    @Test("render and report: a command that fails after the early start reports its error and exits 1", arguments: ["render", "report"])
    func earlyStartFailure(command: String) throws {
        let output = try temporaryDirectory().appendingPathComponent("never.svg").path
        let missing = try partnet(command, "no-such-network.yaml", "-o", output)
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no-such-network.yaml"), "\(missing.standardError)")
        let badOption = try partnet(command, "graphs/rabat-process.yaml", "-o", output, "--bogus")
        #expect(badOption.status != 0)
        #expect(badOption.standardError.contains("--bogus"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("report: the page is the same", arguments: ["graphs/rabat-process-2015-2025.yaml", "graphs/rabat-process.yaml"])
    func report(file: String) throws {
        let built = try writeTemporary("built.html", "")
        let parsed = try writeTemporary("parsed.html", "")
        let first = try partnet("report", file, "-o", built)
        let second = try partnet("report", file, "--timeout", "600", "-o", parsed)
        #expect(first.status == 0 && second.status == 0, "\(first.standardError) \(second.standardError)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: built))
        #expect(bytes.count > 10000)
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: parsed))), "\(file)")
    }
}
