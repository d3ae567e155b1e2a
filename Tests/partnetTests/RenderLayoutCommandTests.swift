import Foundation
import PartnerIO
import PartnerMetrics
import PartnerTestSupport
import Testing

/// `render --layout bipartite`: actors in one row and meetings in the row below, in the library's two-row order.
@Suite("partnet render --layout bipartite")
struct RenderLayoutCommandTests {
    /// Centres (inches) of the nodes in Graphviz's `plain` output, by node name (quoted names unquoted).
    func plainCentres(_ path: String) throws -> [String: (x: Double, y: Double)] {
        var centres: [String: (x: Double, y: Double)] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where line.hasPrefix("node ") {
            var rest = line.dropFirst(5)
            let name: String
            if rest.hasPrefix("\"") {
                let close = rest.dropFirst().firstIndex(of: "\"")!
                name = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                let space = rest.firstIndex(of: " ")!
                name = String(rest[..<space])
                rest = rest[space...]
            }
            let numbers = rest.split(separator: " ").prefix(2).map { Double($0)! }
            centres[name] = (numbers[0], numbers[1])
        }
        return centres
    }

    @Test("the rows follow the library's two-row order, and the drawing crosses as many lines as it counts")
    func rowsFollowTheLibrary() throws {
        let file = "graphs/rabat-process-2015-2025.yaml"
        let output = try writeTemporary("rows.plain", "")
        let run = try partnet("render", file, "--layout", "bipartite", "-o", output)
        #expect(run.status == 0, "\(run.standardError)")
        let centres = try plainCentres(output)
        let network = try NetworkFile.read(path: repositoryRoot.appendingPathComponent(file).path)
        let twoMode = network.twoModeGraph()
        let layout = twoMode.twoRowLayout()
        let ids = twoMode.graph.nodeIDs
        let id = { (node: Int) -> String in ids[node] }
        // Nodes without a line are named under the legend instead; every other node is drawn, in its row's order.
        let linked = { (node: Int) in !twoMode.graph.neighbors(of: node).isEmpty }
        let actors = layout.actorOrder.filter(linked).map(id)
        let meetings = layout.meetingOrder.filter(linked).map(id)
        try #require(Set<String>(centres.keys) == Set<String>(actors + meetings))
        #expect(actors.sorted { centres[$0]!.x < centres[$1]!.x } == actors)
        #expect(meetings.sorted { centres[$0]!.x < centres[$1]!.x } == meetings)
        let actorTop = actors.map { centres[$0]!.y }.min()!
        #expect(Set(actors.map { centres[$0]!.y }).count == 1)
        #expect(meetings.allSatisfy { centres[$0]!.y < actorTop })
        // Crossings by definition over the drawn lines (one per actor-meeting pair): opposite orders in the rows.
        var ends: [(Double, Double)] = []
        for actor in 0..<twoMode.actorCount {
            for meeting in twoMode.graph.neighbors(of: actor) { ends.append((centres[id(actor)]!.x, centres[id(Int(meeting))]!.x)) }
        }
        var crossings = 0
        for i in ends.indices {
            for j in ends.indices where j > i && (ends[i].0 - ends[j].0) * (ends[i].1 - ends[j].1) < 0 { crossings += 1 }
        }
        #expect(crossings == layout.crossings)
        #expect(layout.crossings < layout.initialCrossings)
    }

    @Test("SVG, PNG and PDF are written, the legend saying how the rows are drawn", arguments: ["svg", "png", "pdf"])
    func formats(format: String) throws {
        let output = try writeTemporary("rows.\(format)", "")
        let run = try partnet("render", "graphs/rabat-process.yaml", "--layout", "bipartite", "-o", output)
        #expect(run.status == 0, "\(run.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let magic: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8)]
        #expect(Array(data.prefix(magic[format]!.count)) == magic[format]!)
        if format == "svg" { #expect(String(decoding: data, as: UTF8.self).contains("Two rows: actors above, meetings below.")) }
    }

    @Test("one-mode data and options that do not fit two rows are refused with the reason")
    func refusals() throws {
        let edges = try writeTemporary("e.tsv", "a\tb\nb\tc\n")
        let output = (edges as NSString).deletingLastPathComponent + "/e.svg"
        let oneMode = try partnet("render", edges, "--layout", "bipartite", "-o", output)
        #expect(oneMode.status == 1)
        #expect(oneMode.standardError.contains("--layout bipartite") && oneMode.standardError.contains("meeting"), "\(oneMode.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output))
        let cases: [([String], String)] = [
            (["--engine", "neato"], "leave out --engine"),
            (["--view", "projection"], "not --view projection"),
            (["--cluster-by", "year"], "leave out --cluster-by"),
        ]
        for (options, message) in cases {
            let run = try partnet(arguments: ["render", "graphs/rabat-process.yaml", "--layout", "bipartite", "-o", output] + options)
            #expect(run.status != 0 && run.standardError.contains(message), "\(options): \(run.standardError)")
        }
    }
}
