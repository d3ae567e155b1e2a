import Foundation
import Testing

/// Every readable input works with every command: edge lists render and convert, and what other tools write
/// (NetworkX edge lists, Gephi CSV, Pajek) is read.
@Suite("partnet with edge lists and other tools' files")
struct ExchangeCommandTests {
    @Test("an edge list renders and converts, keeping its weights", arguments: [
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

    @Test("a malformed Pajek file fails with its position")
    func malformedPajek() throws {
        let input = try writeTemporary("bad.net", "*Vertices 2\n*Arcs\n1 3\n")
        let run = try partnet("info", input)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.net:3:3: vertex 3 is not among the 2 vertices"), "\(run.standardError)")
    }
}
