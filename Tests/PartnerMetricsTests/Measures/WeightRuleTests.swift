import Foundation
import PartnerGraph
import PartnerIO
import Testing
@testable import PartnerMetrics

/// One rule for weights, whatever the file: a weight is a tie's strength, kept as data by every reader, and
/// used by a measure only when asked (`weighted: true`), paths then taking 1/weight as an edge's length.
@Suite("Weights mean the same in every format")
struct WeightRuleTests {
    /// A four-cycle a-b-c-d-a whose d-a tie is ten times stronger. Unweighted, every node lies on half the
    /// shortest paths between its two neighbours: betweenness 0.5 each, normalised by (n-1)(n-2)/2 = 3 to 1/6.
    /// Weighted (lengths 1, 1, 1, 0.1), b-a-d (1.1) beats b-c-d (2) and a-d-c (1.1) beats a-b-c (2): a and d
    /// each carry one pair, 1/3, and b and c none.
    static let files: [(name: String, kind: InputKind, text: String)] = [
        ("cycle.tsv", .edges, "a\tb\t1\nb\tc\t1\nc\td\t1\nd\ta\t10\n"),
        ("cycle.edgelist", .whitespaceEdges, "a b {'weight': 1}\nb c {'weight': 1}\nc d {'weight': 1}\nd a {'weight': 10}\n"),
        ("cycle.csv", .edgeTable, "Source,Target,Weight,Type\na,b,1,Undirected\nb,c,1,Undirected\nc,d,1,Undirected\nd,a,10,Undirected\n"),
        ("cycle.net", .pajek, "*Vertices 4\n1 \"a\"\n2 \"b\"\n3 \"c\"\n4 \"d\"\n*Edges\n1 2 1\n2 3 1\n3 4 1\n4 1 10\n"),
        (
            "cycle.graphml", .graphml,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
                <edge source="a" target="b"><data key="d0">1.0</data></edge>
                <edge source="b" target="c"><data key="d0">1.0</data></edge>
                <edge source="c" target="d"><data key="d0">1.0</data></edge>
                <edge source="d" target="a"><data key="d0">10.0</data></edge>
              </graph>
            </graphml>

            """
        ),
        (
            "cycle.gexf", .gexf,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="undirected">
                <nodes><node id="a" label="a"/><node id="b" label="b"/><node id="c" label="c"/><node id="d" label="d"/></nodes>
                <edges>
                  <edge id="0" source="a" target="b" weight="1"/>
                  <edge id="1" source="b" target="c" weight="1"/>
                  <edge id="2" source="c" target="d" weight="1"/>
                  <edge id="3" source="d" target="a" weight="10"/>
                </edges>
              </graph>
            </gexf>

            """
        ),
        (
            "cycle.node-link.json", .nodeLink,
            """
            {"directed": false, "multigraph": false, "graph": {},
             "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
             "edges": [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "c", "weight": 1},
                       {"source": "c", "target": "d", "weight": 1}, {"source": "d", "target": "a", "weight": 10}]}

            """
        ),
    ]

    static func betweenness(_ file: (name: String, kind: InputKind, text: String), weighted: Bool) throws -> [String: Double] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("weight-rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(file.name).path
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try InputKind.detect(path: path) == file.kind)
        let network = try file.kind.loadNetwork(path: path)
        #expect(network.edges.map(\.weight) == [1, 1, 1, 10], "\(file.name) keeps its weights as data")
        #expect(network.summary(detail: .counts).network.isWeighted, "\(file.name): the summary says the data has weights")
        let scores = try #require(try network.centralities([.betweenness], weighted: weighted).first)
        return Dictionary(uniqueKeysWithValues: zip(scores.nodeIDs, scores.values))
    }

    @Test("weights are used only when asked for, with 1/weight as length, from every format", arguments: files.indices)
    func sameFigures(_ index: Int) throws {
        let file = Self.files[index]
        let plain = try Self.betweenness(file, weighted: false)
        for id in ["a", "b", "c", "d"] { #expect(abs(plain[id]! - 1.0 / 6) < 1e-12, "\(file.name) unweighted \(id): \(plain[id]!)") }
        let weighted = try Self.betweenness(file, weighted: true)
        for (id, expected) in [("a", 1.0 / 3), ("b", 0), ("c", 0), ("d", 1.0 / 3)] {
            #expect(abs(weighted[id]! - expected) < 1e-12, "\(file.name) weighted \(id): \(weighted[id]!)")
        }
    }

    @Test("zero, negative, subnormal, infinite and non-decimal weights are refused at their place by every reader")
    func refusedWeights() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("weight-values-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for bad in ["0", "-0", "-1", "5e-324", "1e400", "0x10", "0x1p-3", "inf", "nan"] {
            let cases: [(String, InputKind, String, String)] = [
                ("w.tsv", .edges, "a\tb\t2\nb\tc\t\(bad)\n", "2:5"),
                ("w.edgelist", .whitespaceEdges, "a b 2\nb c \(bad)\n", "2:5"),
                ("w.csv", .edgeTable, "Source,Target,Weight\na,b,2\nb,c,\(bad)\n", "3:5"),
                ("w.net", .pajek, "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2 2\n2 3 \(bad)\n", "7:5"),
                (
                    "w.gexf", .gexf,
                    "<gexf><graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges><edge source=\"a\" target=\"b\" weight=\"\(bad)\"/></edges></graph></gexf>\n",
                    "2:"
                ),
            ]
            for (name, kind, text, place) in cases {
                let path = directory.appendingPathComponent(name).path
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                var message = ""
                do { _ = try kind.loadNetwork(path: path) } catch { message = "\(error)" }
                #expect(message.contains("\(name):\(place)") && message.contains("weight"), "\(name) with weight \(bad): \(message)")
            }
        }
    }
}
