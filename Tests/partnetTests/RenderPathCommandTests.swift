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
