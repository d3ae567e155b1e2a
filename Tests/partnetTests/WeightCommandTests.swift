import Foundation
import Testing

/// Weights the readers once accepted (0, -0, 1e-400) ended the weighted measures in a trap. Every command now
/// refuses them where they are written, with exit 1, and never crashes.
@Suite("partnet on weights no measure can use")
struct WeightCommandTests {
    static let commands: [[String]] = [
        ["centrality", "--weighted", "--measure", "closeness"],
        ["centrality", "--weighted", "--measure", "betweenness"],
        ["centrality", "--weighted", "--measure", "harmonic"],
        ["centrality", "--weighted", "--measure", "all"],
        ["info"],
        ["validate"],
    ]

    @Test("a TSV weight of 0, -0 or 1e-400 is an error at its place in every command", arguments: ["0", "-0", "1e-400", "5e-324", "0x10"])
    func edgeListWeights(weight: String) throws {
        let path = try writeTemporary("w.tsv", "a\tb\t2\nb\tc\t\(weight)\n")
        for command in Self.commands {
            let run = try partnet(arguments: [command[0], path] + command.dropFirst())
            #expect(run.status == 1, "\(command): \(run.standardError)")
            #expect(run.standardError.contains("w.tsv:2:5: "), "\(command): \(run.standardError)")
            #expect(!run.standardError.contains("Fatal error") && !run.standardError.contains("precondition"))
        }
        let output = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.graphml").path
        let convert = try partnet("convert", path, "-o", output, "--with-metrics", "closeness")
        #expect(convert.status == 1 && convert.standardError.contains("w.tsv:2:5: "), "\(convert.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("node-link weight -0 is refused with its place")
    func nodeLinkNegativeZero() throws {
        let path = try writeTemporary(
            "w.node-link.json",
            #"{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": -0}]}"#)
        let run = try partnet("centrality", path, "--weighted", "--measure", "all")
        #expect(run.status == 1 && run.standardError.contains("w.node-link.json:1:"), "\(run.standardError)")
    }

    @Test("weights 1e16 and 1 on a three-node path: betweenness 1 in the middle, not 3.5")
    func farApartWeights() throws {
        let path = try writeTemporary("p.tsv", "a\tb\t1e16\nb\tc\t1\n")
        let run = try partnet("centrality", path, "--weighted", "--measure", "betweenness", "-f", "csv")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("b,") && $0.hasSuffix(",1") }, "\(rows)")
    }

    @Test("a self-loop is refused by every command alike")
    func selfLoop() throws {
        let path = try writeTemporary("loop.tsv", "a\tb\nc\tc\n")
        for command in ["info", "validate", "centrality", "stats", "report"] {
            var arguments = [command, path]
            if command == "report" { arguments += ["-o", path + ".html"] }
            let run = try partnet(arguments: arguments)
            #expect(run.status == 1 && run.standardError.contains("loop.tsv:2:3: "), "\(command): \(run.standardError)")
        }
    }
}
