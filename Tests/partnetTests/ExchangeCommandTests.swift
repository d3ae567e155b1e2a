import Foundation
import Testing

/// Every readable input works with every command: edge lists render and convert, and what other tools write
/// (NetworkX edge lists, Gephi CSV, Pajek) is read.
@Suite("partnet with edge lists and other tools' files")
struct ExchangeCommandTests {
    @Test(
        "an edge list renders and converts, keeping its weights",
        arguments: [
            ("e.tsv", "a\tb\t2\nb\tc\t0.5\n"),
            ("e.edgelist", "a b {'weight': 2.0}\nb c {'weight': 0.5}\n"),
            ("e.csv", "Source,Target,Weight\na,b,2\nb,c,0.5\n"),
            ("e.net", "*Vertices 3\n1 a\n2 b\n3 c\n*Edges\n1 2 2\n2 3 0.5\n"),
        ])
    func edgeListRendersAndConverts(name: String, text: String) throws {
        let input = try writeTemporary(name, text)
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        let svg = folder.appendingPathComponent("e.svg").path
        let render = try partnet("render", input, "-o", svg)
        #expect(render.status == 0, "\(render.standardError)")
        #expect((try? String(contentsOfFile: svg, encoding: .utf8))?.contains("<svg") == true)
        let graphml = folder.appendingPathComponent("e.graphml").path
        let convert = try partnet("convert", input, "-o", graphml)
        #expect(convert.status == 0, "\(convert.standardError)")
        let info = try partnet("info", graphml, "--format", "json")
        #expect(info.status == 0, "\(info.standardError)")
        let text = try String(contentsOfFile: graphml, encoding: .utf8)
        #expect(text.contains("attr.name=\"weight\" attr.type=\"double\""))
        #expect(text.contains(">2.0</data>") && text.contains(">0.5</data>"))
    }

    @Test("a network file keeps weights and direction: converting back gives the same edges, weights and arcs")
    func networkFileKeepsWeights() throws {
        let input = try writeTemporary("w.tsv", "a\tb\t2\nb\tc\t0.5\n")
        let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
        for name in ["w.yaml", "w.json"] {
            let file = directory.appendingPathComponent(name).path
            let run = try partnet("convert", input, "--directed", "-o", file)
            #expect(run.status == 0 && !run.standardError.contains("note:"), "\(run.standardError)")
            let back = directory.appendingPathComponent(name + ".tsv").path
            #expect(try partnet("convert", file, "--to", "edgelist", "-o", back).status == 0)
            #expect(try String(contentsOfFile: back, encoding: .utf8) == "a\tb\t2\nb\tc\t0.5\n")
            let info = try partnet("info", file)
            #expect(info.standardOutput.contains("directed: true") && info.standardOutput.contains("weighted: true"), "\(info.standardOutput)")
        }
    }

    @Test(
        "an edge list converts straight to an exchange file: the bytes the network path writes, hostile ids kept",
        arguments: [("g.graphml", "graphml"), ("g.gexf", "gexf"), ("g.node-link.json", "node-link")])
    func edgeListConvertsLikeTheNetworkPath(name: String, format: String) throws {
        let input = try writeTemporary("hostile.tsv", "a&b\t<c>\t2\n\"q\"\tit's\t0.5\nCôte\t東京\t1e-3\na&b\t<c>\t3\n")
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        let direct = folder.appendingPathComponent(name).path
        let run = try partnet("convert", input, "-o", direct)
        #expect(run.status == 0, "\(run.standardError)")
        // Read back as a network and written again, the file comes out the same, byte for byte.
        let again = folder.appendingPathComponent("again-" + name).path
        let rewrite = try partnet("convert", direct, "--input", format, "-o", again)
        #expect(rewrite.status == 0, "\(rewrite.standardError)")
        let first = try Data(contentsOf: URL(fileURLWithPath: direct))
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: again))))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"a&amp;b\"") || text.contains("\"a&b\""), "the id, escaped for its format")
        #expect(text.contains("東京"))
    }

    @Test("a bad edge-list line stops convert with its line and column, and writes nothing")
    func badEdgeListConvert() throws {
        let input = try writeTemporary("bad-convert.tsv", "a\tb\nc\td\t-1\n")
        let output = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent("bad-convert.graphml").path
        try? FileManager.default.removeItem(atPath: output)
        let run = try partnet("convert", input, "-o", output)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad-convert.tsv:2:"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("a malformed Pajek file fails with its position")
    func malformedPajek() throws {
        let input = try writeTemporary("bad.net", "*Vertices 2\n*Arcs\n1 3\n")
        let run = try partnet("info", input)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.net:3:3: vertex 3 is not among the 2 vertices"), "\(run.standardError)")
    }
}

@Suite("partnet convert --with-metrics")
struct ConvertWithMetricsTests {
    @Test("degree, betweenness and community become typed node attributes, or .vec and .clu beside Pajek")
    func withMetrics() throws {
        let input = try writeTemporary("e.tsv", "a\tb\nb\tc\nc\td\nd\ta\na\tc\n")
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        let graphml = folder.appendingPathComponent("m.graphml").path
        let run = try partnet("convert", input, "-o", graphml, "--with-metrics", "degree,betweenness,community")
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: graphml, encoding: .utf8)
        #expect(text.contains("attr.name=\"degree\" attr.type=\"double\"") && text.contains("attr.name=\"betweenness\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"community\" attr.type=\"int\""))
        // a and c have degree 3, b and d degree 2: the values must be the computed ones, per node.
        let start = try #require(text.range(of: "<node id=\"a\">"))
        let end = try #require(text.range(of: "</node>", range: start.upperBound..<text.endIndex))
        #expect(text[start.upperBound..<end.lowerBound].contains(">3.0</data>"))
        let net = folder.appendingPathComponent("m.net").path
        let pajek = try partnet("convert", input, "-o", net, "--with-metrics", "degree,community")
        #expect(pajek.status == 0, "\(pajek.standardError)")
        let vector = try String(contentsOfFile: folder.appendingPathComponent("m-degree.vec").path, encoding: .utf8)
        #expect(vector == "*Vertices 4\n3.0\n2.0\n3.0\n2.0\n")
        let clusters = try String(contentsOfFile: folder.appendingPathComponent("m-community.clu").path, encoding: .utf8)
        #expect(clusters.hasPrefix("*Vertices 4\n") && clusters.split(separator: "\n").dropFirst().allSatisfy { Int($0).map { $0 >= 1 } == true })
        let yaml = try partnet("convert", input, "-o", folder.appendingPathComponent("m.yaml").path, "--with-metrics", "degree")
        #expect(yaml.status != 0 && yaml.standardError.contains("cannot carry computed results"))
        let unknown = try partnet("convert", input, "-o", graphml, "--with-metrics", "fame")
        #expect(unknown.status != 0 && unknown.standardError.contains("unknown metric 'fame'"))
    }
}

@Suite("partnet convert to VOSviewer")
struct ConvertVOSviewerTests {
    @Test("the map has positions from a layout, clusters and Avg. year; the JSON has the same items")
    func vosviewer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-vos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try partnet("convert", "graphs/rabat-process.yaml", "-o", folder.appendingPathComponent("r.vos").path)
        #expect(run.status == 0, "\(run.standardError)")
        let map = try String(contentsOf: folder.appendingPathComponent("r-map.txt"), encoding: .utf8)
        let lines = map.split(separator: "\n")
        #expect(lines.first == "id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\tscore<Avg. year>")
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 9 && Double($0[2]) != nil && Double($0[3]) != nil && Int($0[4]).map { $0 >= 1 } == true })
        #expect(Set(rows.map { "\($0[2]),\($0[3])" }).count > 1, "positions differ between items")
        let json = try partnet("convert", "graphs/rabat-process.yaml", "-o", folder.appendingPathComponent("r.vosviewer.json").path)
        #expect(json.status == 0, "\(json.standardError)")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.vosviewer.json"))) as? [String: Any]
        let items = (root?["network"] as? [String: Any])?["items"] as? [[String: Any]]
        #expect(items?.count == rows.count)
    }
}
