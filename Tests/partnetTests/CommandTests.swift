import Foundation
import Testing
import PartnerTestSupport

/// Runs the built `partnet` binary, as a user would, and captures what it prints.
struct ToolRun {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// The `partnet` executable next to the test bundle.
func partnetExecutable() throws -> URL { try toolExecutable("partnet") }

/// The executable `name` (`partnet`, `partnet-bench`) next to the test bundle.
func toolExecutable(_ name: String) throws -> URL {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    for configuration in ["debug", "release"] {
        let candidate = repositoryRoot.appendingPathComponent(".build/\(configuration)/\(name)")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "\(name) binary not built"])
}

func partnet(_ arguments: String...) throws -> ToolRun { try partnet(arguments: arguments) }

/// Runs `partnet` with these arguments from the repository root and captures its exit status and output;
/// `environment` adds to (or overrides) the test's own environment.
func partnet(arguments: [String], environment: [String: String] = [:]) throws -> ToolRun {
    try runTool(partnetExecutable(), arguments: arguments, environment: environment)
}

/// Runs an executable with these arguments from the repository root and captures its exit status and output.
func runTool(_ executable: URL, arguments: [String], environment: [String: String] = [:]) throws -> ToolRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes before waiting so that a large output cannot block the child.
    let (outputData, errorData) = readToEnd(output: output.fileHandleForReading, error: error.fileHandleForReading)
    process.waitUntilExit()
    return ToolRun(
        status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
        standardError: String(decoding: errorData, as: UTF8.self))
}

/// Reads a child's standard output and standard error to their ends at once (the error on a thread of its own),
/// so that a child filling one pipe while the other is read cannot block, nor the test with it.
func readToEnd(output: FileHandle, error: FileHandle) -> (output: Data, error: Data) {
    final class Collected: @unchecked Sendable { var data = Data() }
    let collected = Collected()
    let done = DispatchSemaphore(value: 0)
    Thread {
        collected.data = error.readDataToEndOfFile()
        done.signal()
    }.start()
    let outputData = output.readDataToEndOfFile()
    done.wait()
    return (outputData, collected.data)
}

func writeTemporary(_ name: String, _ text: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

@Suite("Running the tool from tests")
struct ToolRunTests {
    @Test("a child that fills standard error before it writes standard output is read whole, without blocking")
    func longErrorBeforeOutput() throws {
        // 200,000 bytes on standard error is more than a pipe holds: read one pipe after the other, the child would
        // wait for room on standard error while the test waits for the end of standard output.
        let run = try runTool(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", #"head -c 200000 /dev/zero | tr '\0' x >&2; echo done"#])
        #expect(run.status == 0)
        #expect(run.standardOutput == "done\n")
        #expect(run.standardError.utf8.count == 200_000 && run.standardError.allSatisfy { $0 == "x" })
    }
}

@Suite("partnet info and validate")
struct InfoValidateTests {
    @Test("info --format json counts what the Rabat Process file holds")
    func infoJSON() throws {
        let run = try partnet("info", "graphs/rabat-process.yaml", "--format", "json")
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let network = try #require(object["network"] as? [String: Any])
        let nodes = try #require(network["nodesByKind"] as? [String: Int])
        let edges = try #require(network["edgesByRelation"] as? [String: Int])
        // Counted independently from the YAML text by its own structure.
        let yaml = try String(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml"), encoding: .utf8)
        let lines = yaml.components(separatedBy: "\n")
        let meetingsStart = try #require(lines.firstIndex(of: "meetings:"))
        let tiesStart = try #require(lines.firstIndex(of: "ties:"))
        let meetingCount = lines[meetingsStart..<tiesStart].filter { $0.hasPrefix("  - id: ") }.count
        #expect(nodes["meeting"] == meetingCount)
        #expect(nodes.values.reduce(0, +) == network["nodes"] as? Int)
        #expect(edges.values.reduce(0, +) == network["edges"] as? Int)
        #expect((edges["hosts"] ?? 0) >= 3 && (edges["coChairs"] ?? 0) >= 5)
        #expect(network["components"] as? Int != nil && network["density"] as? Double != nil)
    }

    @Test("info on an edge list reports the graph")
    func infoEdges() throws {
        let path = try writeTemporary("e.tsv", "a\tb\nb\tc\nd\te\n")
        let run = try partnet("info", path, "--format", "json")
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let network = try #require(object["network"] as? [String: Any])
        #expect(network["nodes"] as? Int == 5 && network["edges"] as? Int == 3 && network["components"] as? Int == 2)
    }

    @Test("validate accepts the data set")
    func validateGood() throws {
        let run = try partnet("validate", "graphs/rabat-process.yaml")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("valid"))
    }

    @Test("validate lists every problem with its line and exits 1")
    func validateBad() throws {
        let path = try writeTemporary(
            "bad.yaml", "name: x\nactors:\n  - {id: A}\n  - {id: A}\nmeetings:\n  - {id: m, start: 2020-01-02, end: 2019-01-01, hosts: [Z]}\n")
        let run = try partnet("validate", path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.yaml:4:10: actors[1].id: duplicate id 'A'"), "\(run.standardError)")
        #expect(run.standardError.contains("bad.yaml:6:"), "\(run.standardError)")
        #expect(run.standardError.contains("unknown node id 'Z'"))
        #expect(run.standardError.contains("3 problems"))
    }

    @Test("unreadable inputs and bad options exit 1 with a message, never crash")
    func badInputs() throws {
        let missing = try partnet("info", "/nonexistent/file.yaml")
        #expect(missing.status == 1 && missing.standardError.contains("no such file"))
        let badOption = try partnet("info", "graphs/rabat-process.yaml", "--format", "xml")
        #expect(badOption.status == 1 && !badOption.standardError.isEmpty)
        let garbage = try writeTemporary("g.tsv", "only-one-field\n")
        let run = try partnet("info", garbage)
        #expect(run.status == 1 && run.standardError.contains("g.tsv:1:1"))
    }
}
