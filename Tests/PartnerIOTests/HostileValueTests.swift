import Foundation
import Testing

@testable import PartnerFiles
@testable import PartnerIO

/// Inputs from the wider hostile set (`scripts/hostile.py`) that were read in silence and are now refused at
/// their place, or read as they say. Each input is made here.
@Suite("Hostile values refused at their place")
struct HostileValueTests {
    static func graphml(_ body: String, keys: String) -> String? {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            \(keys)
            \(body)
            </graphml>
            """
        return refusal { _ = try GraphML.read(data: Data(text.utf8), file: "t.graphml") }
    }

    static func gexf(_ body: String, graph: String = "") -> String? {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
            <graph defaultedgetype="undirected"\(graph.isEmpty ? "" : " " + graph)>
            \(body)
            </graph>
            </gexf>
            """
        return refusal { _ = try GEXF.read(data: Data(text.utf8), file: "t.gexf") }
    }

    @Test("GraphML: a value that is not of its key's type, and data under a key no <key> declares, are refused")
    func graphmlTypedValues() throws {
        let score = #"<key id="s" for="node" attr.name="score" attr.type="double"/>"#
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="s">abc</data></node></graph>"#, keys: score)
                == "t.graphml:4:46: score: 'abc' is not a value of type double, the type its key declares")
        #expect(Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="s">0x10</data></node></graph>"#, keys: score) != nil)
        let count = #"<key id="n" for="node" attr.name="n" attr.type="long"/>"#
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="n">99999999999999999999999</data></node></graph>"#, keys: count)
                == "t.graphml:4:46: n: '99999999999999999999999' is not a value of type int, the type its key declares")
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="nope">x</data></node></graph>"#, keys: score)
                == "t.graphml:4:46: data: a <data> whose key 'nope' no <key> declares")
        // Values of the declared type are read as written, booleans as XML Schema and Python write them.
        let flag = #"<key id="f" for="node" attr.name="member" attr.type="boolean"/>"#
        let text = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">\(score)\(flag)
            <graph edgedefault="undirected"><node id="a"><data key="s">2.5</data><data key="f">1</data></node>
            <node id="b"><data key="f">False</data></node></graph></graphml>
            """
        let network = try GraphML.read(data: Data(text.utf8), file: "t.graphml")
        #expect(network.nodes.map { $0.attributes["member"] } == ["1", "False"])
        #expect(Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="f">yes</data></node></graph>"#, keys: flag) != nil)
        #expect(network.nodes[0].attributes["score"] == "2.5")
    }

    @Test("GEXF: an attvalue for no declared attribute, a second value for one, and a value not of its type are refused")
    func gexfAttributeValues() {
        let columns = #"<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes>"#
        #expect(
            Self.gexf(#"<nodes><node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node></nodes>"#)
                == "t.gexf:4:32: attvalue: an attvalue for '9', which no <attribute> of the nodes declares")
        #expect(
            Self.gexf(columns + "\n" + #"<nodes><node id="a"><attvalues><attvalue for="0" value="abc"/></attvalues></node></nodes>"#)
                == "t.gexf:5:32: n: 'abc' is not a value of type int, the type its key declares")
        #expect(
            Self.gexf(columns + "\n" + #"<nodes><node id="a"><attvalues><attvalue for="0" value="1"/><attvalue for="0" value="2"/></attvalues></node></nodes>"#)
                == "t.gexf:5:61: n: a second value for 'n' on one node (values that change over time are not read)")
        // By title, as older files write it, and of its type: read.
        #expect(Self.gexf(columns + "\n" + #"<nodes><node id="a"><attvalues><attvalue for="n" value="7"/></attvalues></node></nodes>"#) == nil)
    }

    @Test("GraphML and GEXF: a declared count the file is too small to hold is refused before reading the items")
    func declaredCountsAgainstTheFileSize() {
        let graphml = Self.graphml(
            #"<graph edgedefault="undirected" parse.nodes="2" parse.edges="50000000"><node id="a"/><node id="b"/></graph>"#, keys: "")
        #expect(graphml?.hasPrefix("t.graphml:4:1: parse.edges: declares 50000000 edges in a file of ") == true, "\(graphml ?? "read")")
        #expect(graphml?.hasSuffix("(16 bytes each at least)") == true)
        let gexf = Self.gexf(#"<nodes count="1000000"><node id="a"/></nodes>"#)
        #expect(gexf?.hasPrefix("t.gexf:4:1: count: declares 1000000 nodes in a file of ") == true, "\(gexf ?? "read")")
        // A true count is read.
        #expect(Self.gexf(#"<nodes count="2"><node id="a"/><node id="b"/></nodes><edges count="1"><edge source="a" target="b"/></edges>"#) == nil)
    }

    @Test("node-link: an object without nodes, and an id beyond a double's range, are refused")
    func nodeLinkShapes() {
        #expect(
            refusal { _ = try NodeLink.read(text: "{}", file: "t.json") }
                == "t.json:1:1: nodes: no 'nodes' list; a node-link document lists its nodes (an empty graph has \"nodes\": [])")
        let huge = #"{"directed": false, "graph": {}, "nodes": [{"id": 1e400}, {"id": 2e400}], "edges": []}"#
        #expect(
            refusal { _ = try NodeLink.read(text: huge, file: "t.json") }
                == "t.json:1:51: nodes[0].id: the number 1e400 is beyond a double's range; write the id as a string")
        #expect(refusal { _ = try NodeLink.read(text: #"{"nodes": []}"#, file: "t.json") } == nil)
    }

    @Test("a CSV whose header names actor and meeting but no relation is an event table missing its column, not an edge list")
    func eventHeaderWithoutRelation() throws {
        let path = try temporaryFile("t.csv", "actor,meeting\na,m\n")
        #expect(try InputKind.detect(path: path) == .events)
        let message = refusal { _ = try InputKind.events.load(path: path) }
        #expect(message?.contains("relation") == true, "\(message ?? "read")")
        #expect(message?.hasPrefix("\(path):1:") == true, "\(message ?? "read")")
    }

    @Test("Pajek: a name with a double quote, which its labels cannot hold, is written with ' and said in a note")
    func pajekQuotes() throws {
        let path = try temporaryFile(
            "q.yaml", "name: q\nactors:\n  - id: \"qu\\\"ote\"\n  - id: plain\nmeetings: []\nties:\n  - {from: plain, to: \"qu\\\"ote\", relation: partner}\n")
        let network = try NetworkFile.read(path: path)
        #expect(network.nodes.map(\.id) == ["qu\"ote", "plain"])
        #expect(Pajek.string(for: network).contains("1 \"qu'ote\""))
        #expect(
            ExchangeFormat.pajek.lossNote(for: network)
                == "Pajek labels cannot hold a double quote, a tab or a line break: 1 names and 0 relations are written with ' and spaces instead; graphml, gexf and node-link keep them"
        )
        #expect(ExchangeFormat.graphml.lossNote(for: network) == nil)
    }

    @Test("Pajek: a name with a tab or a line separator is written with a space, said in a note, and the file reads back")
    func pajekTabs() throws {
        let path = try temporaryFile(
            "t.yaml",
            "name: t\nactors:\n  - {id: A, name: \"x\\ty\"}\n  - {id: B, name: \"p\\Lq\\r\\nr\"}\nmeetings: []\nties:\n  - {from: A, to: B, relation: partner}\n"
        )
        let network = try NetworkFile.read(path: path)
        #expect(network.nodes.map(\.name) == ["x\ty", "p\u{2028}q\r\nr"])
        let text = Pajek.string(for: network)
        #expect(text.contains("1 \"x y\"") && text.contains("2 \"p q  r\""), "\(text)")
        #expect(ExchangeFormat.pajek.lossNote(for: network)?.contains("2 names") == true)
        let written = try temporaryFile("t.net", text)
        let back = try InputKind.pajek.loadNetwork(path: written)
        #expect(back.nodes.map(\.id) == ["x y", "p q  r"])
    }

    /// One small valid input of every kind a reader takes.
    static let everyKind: [(InputKind, String, String)] = [
        (.edges, "t.tsv", "a\tb\t2\nb\tc\t1\nc\td\t1\n"),
        (.affiliation, "t.tsv", "A\tm1\thost\nB\tm1\tattend\nC\tm2\tattend\n"),
        (.events, "t.csv", "actor,meeting,relation\nA,m1,hosts\nB,m1,attends\nC,m2,attends\n"),
        (.edgeTable, "t.csv", "Source,Target,Weight\na,b,2\nb,c,1\nc,d,1\n"),
        (.whitespaceEdges, "t.edgelist", "a b 2\nb c 1\nc d 1\n"),
        (.pajek, "t.net", "*Vertices 4\n1 \"a\"\n2 \"b\"\n3 \"c\"\n4 \"d\"\n*Edges\n1 2\n2 3\n3 4\n"),
        (.network, "t.yaml", "name: t\nactors:\n  - id: A\n  - id: B\nmeetings:\n  - id: m1\n    hosts: [A]\n    attends: [B]\n"),
        (.network, "t.json", #"{"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [{"id": "m1", "hosts": ["A"], "attends": ["B"]}]}"#),
        (
            .nodeLink, "t.node-link.json",
            #"{"directed": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}"#
        ),
        (
            .graphml, "t.graphml",
            #"<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="c"/></graph></graphml>"#
        ),
        (
            .gexf, "t.gexf",
            #"<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>"#
        ),
    ]

    @Test("every reader, its file truncated once opened: an error naming the change, never part of the file", arguments: 0..<11)
    func truncatedWhileRead(index: Int) throws {
        let (kind, name, text) = Self.everyKind[index]
        let path = try temporaryFile(name, text)
        #expect(throws: Never.self, "\(kind) \(name) reads whole") { _ = try kind.load(path: path) }
        // Cut in the middle, after the reader opened the file and before it read a byte.
        ReadInterference.truncate(path, to: text.utf8.count / 2)
        let message = refusal { _ = try kind.load(path: path) }
        #expect(message?.contains("changed while it was being read") == true, "\(kind) \(name): \(message ?? "read part of the file")")
    }
}
