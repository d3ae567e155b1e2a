import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// Structures and values a reader cannot keep are refused at their place (or kept visibly), never dropped,
/// merged or invented. Each input is made here.
@Suite("Silent changes refused")
struct SilentChangeTests {
    static let graphmlHead = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="label" attr.type="string"/>

        """

    static func graphml(_ body: String, keys: String = "") throws -> String? {
        refusal { _ = try GraphML.read(data: Data((graphmlHead + keys + body + "\n</graphml>\n").utf8), file: "t.graphml") }
    }

    @Test("GraphML: duplicate key ids, repeated data, nested and second graphs, and ports are refused")
    func graphmlStructures() throws {
        #expect(
            try Self.graphml(
                #"<graph edgedefault="undirected"><node id="a"/></graph>"#,
                keys: #"<key id="d0" for="node" attr.name="region" attr.type="string"/>"# + "\n")
                == "t.graphml:4:1: key: a second <key> with the id 'd0'")
        let repeated = try Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="d0">one</data><data key="d0">two</data></node></graph>"#)
        #expect(repeated == "t.graphml:4:71: label: a second value for 'label' on one node", "\(repeated ?? "read")")
        #expect(
            try Self.graphml(#"<graph edgedefault="undirected"><node id="a"><graph id="g2"><node id="x"/></graph></node></graph>"#)
                == "t.graphml:4:46: graph: a nested <graph> inside a node; one flat graph is read (nested graphs would be lost)")
        #expect(
            try Self.graphml("<graph edgedefault=\"undirected\"><node id=\"a\"/></graph>\n<graph><node id=\"b\"/></graph>")
                == "t.graphml:5:1: graph: a second <graph>; one graph per file is read (split the file)")
        #expect(
            try Self.graphml(#"<graph edgedefault="undirected"><node id="a"><port name="p"/></node></graph>"#)
                == "t.graphml:4:46: port: ports are not supported; edges join nodes")
    }

    @Test("GraphML: an <!ATTLIST> default is refused, not applied to the elements that lack the attribute")
    func graphmlAttributeDefaults() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ATTLIST node id CDATA "injected">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node/></graph></graphml>
            """
        let message = refusal { _ = try GraphML.read(data: Data(text.utf8), file: "t.graphml") }
        #expect(message?.hasPrefix("t.graphml:2:") == true)
        #expect(message?.contains("<!ATTLIST node id") == true)
    }

    @Test("GraphML and GEXF: declared counts over the node or edge limit are refused before reading the items")
    func declaredCounts() {
        let limits = ReadLimits(maxNodes: 1000, maxEdges: 1000)
        let graphml = Self.graphmlHead + #"<graph edgedefault="undirected" parse.nodes="999999999"><node id="a"/></graph></graphml>"#
        #expect(
            refusal { _ = try GraphML.read(data: Data(graphml.utf8), file: "t.graphml", limits: limits) }
                == "t.graphml:4:1: parse.nodes: declares 999999999 nodes, more than 1000 (the node limit)")
        let gexf = #"<gexf version="1.3"><graph><nodes/><edges count="5000"/></graph></gexf>"#
        #expect(
            refusal { _ = try GEXF.read(data: Data(gexf.utf8), file: "t.gexf", limits: limits) }
                == "t.gexf:1:36: count: declares 5000 edges, more than 1000 (the edge limit)")
    }

    @Test("GraphML and node-link: graph attributes partnet has no place for are kept as notes")
    func graphAttributes() throws {
        let graphml =
            Self.graphmlHead
            + #"<key id="g0" for="graph" attr.name="year"/><graph edgedefault="undirected"><data key="g0">2020</data><node id="a"/></graph></graphml>"#
        #expect(try GraphML.read(data: Data(graphml.utf8), file: "t.graphml").notes == ["year: 2020"])
        let nodeLink = #"{"graph": {"name": "g", "year": 2020, "notes": ["kept"]}, "nodes": [{"id": "a"}], "edges": []}"#
        let network = try NodeLink.read(text: nodeLink, file: "t.json")
        #expect(network.name == "g")
        #expect(network.notes == ["kept", "year: 2020"])
    }

    static func gexf(_ format: String, _ nodes: String) -> String? {
        let text = """
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
            <graph defaultedgetype="undirected" mode="dynamic" \(format)>
            <nodes>\(nodes)<node id="b"/></nodes>
            </graph>
            </gexf>
            """
        return refusal { _ = try GEXF.read(data: Data(text.utf8), file: "t.gexf") }
    }

    @Test("GEXF: times are read in the timeformat (double by default), and an end before its start is refused")
    func gexfTimes() {
        #expect(Self.gexf("", #"<node id="a" start="2000" end="1990"/>"#) == "t.gexf:3:8: end: ends (1990) before it starts (2000)")
        #expect(
            Self.gexf("", #"<node id="a" start="abc"/>"#)
                == "t.gexf:3:8: start: expected a decimal number (the timeformat is double), found 'abc'")
        #expect(
            Self.gexf(#"timeformat="dateTime""#, #"<node id="a" start="2020-01-01Tgarbage"/>"#)
                == "t.gexf:3:8: start: expected a time of day hh:mm[:ss][Z|+hh:mm] after 'T', found '2020-01-01Tgarbage'")
        #expect(Self.gexf(#"timeformat="dateTime""#, #"<node id="a" start="2020-01-01T10:30:00Z" end="2020-01-02T08:00+02:00"/>"#) == nil)
        #expect(
            Self.gexf(#"timeformat="date""#, #"<node id="a"><spells><spell start="2020-13-45" end="1999"/></spells></node>"#)
                == "t.gexf:3:29: start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '2020-13-45'")
        #expect(
            Self.gexf(#"timeformat="date""#, #"<node id="a"><spells><spell start="2020" end="1999"/></spells></node>"#)
                == "t.gexf:3:29: end: ends (1999) before it starts (2020)")
        #expect(Self.gexf(#"timeformat="week""#, "")?.hasSuffix("unknown timeformat 'week'; expected double, integer, long, date or dateTime") == true)
        // NetworkX writes integer times as timeformat "long".
        #expect(Self.gexf(#"timeformat="long""#, #"<node id="a" start="1990" end="2000"/>"#) == nil)
        #expect(
            Self.gexf(#"timeformat="long""#, #"<node id="a" start="1990.5"/>"#)?.hasSuffix("expected a whole number (the timeformat is long), found '1990.5'")
                == true)
    }

    @Test("GEXF: a node hierarchy is refused, not flattened or dropped")
    func gexfHierarchy() {
        #expect(
            Self.gexf("", #"<node id="a"><nodes><node id="a1"/></nodes></node>"#)
                == "t.gexf:3:21: nodes: a node hierarchy (<nodes> inside a node); one level of nodes is read (flatten the hierarchy)")
    }

    static func nodeLink(_ text: String) -> String? {
        refusal { _ = try NodeLink.read(text: text, file: "t.json") }
    }

    @Test("node-link: list, object and null values, links beside edges, and unknown keys are refused at their place")
    func nodeLinkValues() {
        #expect(
            Self.nodeLink(#"{"nodes": [{"id": "a", "tags": [1, 2]}], "edges": []}"#)
                == "t.json:1:32: nodes[0].tags: a list or object value; a network keeps text, numbers and booleans only (flatten it, or leave it out)")
        #expect(Self.nodeLink(#"{"nodes": [{"id": "a", "pos": {"x": 1}}], "edges": []}"#)?.hasPrefix("t.json:1:31: nodes[0].pos: a list or object") == true)
        #expect(
            Self.nodeLink(#"{"nodes": [{"id": "a", "x": null}], "edges": []}"#)
                == "t.json:1:29: nodes[0].x: null; a network keeps no empty values (leave the key out)")
        #expect(
            Self.nodeLink(#"{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [], "links": [{"source": "a", "target": "b"}]}"#)
                == "t.json:1:52: links: both 'edges' and 'links'; a node-link file has one list of edges (NetworkX reads only one of them)")
        #expect(Self.nodeLink(#"{"nodes": [], "edges": [], "adjacency": []}"#)?.hasPrefix("t.json:1:28: adjacency: unknown key 'adjacency'") == true)
    }

    @Test("node-link: numeric ids are keys as in Python, so 1 and 1.0 are one node (a duplicate), and edges find them")
    func nodeLinkNumericIDs() throws {
        #expect(Self.nodeLink(#"{"nodes": [{"id": 1}, {"id": 1.0}], "edges": []}"#)?.contains("duplicate id '1'") == true)
        let network = try NodeLink.read(text: #"{"nodes": [{"id": 1}, {"id": 2.5}], "edges": [{"source": 1.0, "target": 2.5}]}"#, file: "t.json")
        #expect(network.nodes.map(\.id) == ["1", "2.5"])
        #expect(network.edges.count == 1)
    }
}

/// YAML and JSON network files: tags, nulls and control characters are refused at their place.
@Suite("Network files: tags, nulls, control characters")
struct NetworkFileSilentChangeTests {
    static func read(_ text: String, file: String = "t.yaml") -> String? {
        refusal { _ = try NetworkFile.read(text: text, file: file) }
    }

    static let tail = "actors:\n  - id: A\n  - id: B\nmeetings:\n  - id: m\n    hosts: [A]\n"

    @Test("YAML tags other than the value's own kind are refused; !!str is honoured as a text")
    func tags() throws {
        #expect(
            Self.read("name: !!binary aGVsbG8=\n" + Self.tail)
                == "t.yaml:1:7: a YAML tag ('!!binary'); tags are not read (only !!str here): write the value without it")
        #expect(Self.read("name: t\nactors:\n  - id: A\n    name: !secret x\n")?.hasPrefix("t.yaml:4:11: a YAML tag ('!secret')") == true)
        #expect(Self.read("name: t\nactors:\n  - !!set {id: A}\n")?.hasPrefix("t.yaml:3:5: a YAML tag ('!!set')") == true)
        let network = try NetworkFile.read(
            text: "name: !!str 2020\n" + Self.tail.replacingOccurrences(of: "- id: A", with: "- !!map {id: A}"), file: "t.yaml")
        #expect(network.name == "2020" && network.nodes.count == 3)
    }

    @Test("a null value inside the document is refused (it would be read as absent); an empty list stays empty")
    func nulls() throws {
        #expect(
            Self.read("name: t\nactors:\n  - id: A\n    name: ~\n")
                == "t.yaml:4:11: actors[0].name: null; a network keeps no empty values (leave the key out)")
        #expect(Self.read("name: t\nactors:\n  - id: A\n    attributes: {iso2: null}\n")?.hasPrefix("t.yaml:4:24: actors[0].attributes.iso2: null") == true)
        #expect(Self.read("name: t\nactors:\n  - id: A\n    region:\n")?.hasPrefix("t.yaml:4:12: actors[0].region: null") == true)
        #expect(Self.read(#"{"name": "t", "actors": [{"id": "A", "region": null}]}"#, file: "t.json")?.hasPrefix("t.json:1:48: actors[0].region: null") == true)
        #expect(try NetworkFile.read(text: "name: t\nactors:\nmeetings: []\n", file: "t.yaml").nodes.isEmpty)
    }

    @Test("control characters in any text are refused at the value, in YAML and JSON; tabs, line breaks and NEL are text")
    func controls() throws {
        let expected = "control characters are refused in texts (they are invisible and act on terminals)"
        #expect(Self.read("name: t\nactors:\n  - id: A\n    name: \"a\\0b\"\n") == "t.yaml:4:11: holds the control character U+0000; \(expected)")
        #expect(Self.read("name: t\nactors:\n  - id: A\n    name: \"\\e[31mred\"\n")?.hasPrefix("t.yaml:4:11: holds the control character U+001B") == true)
        #expect(Self.read("name: \"ding\\a\"\n")?.hasPrefix("t.yaml:1:7: holds the control character U+0007") == true)
        #expect(Self.read("name: \"x\\u009b\"\n")?.hasPrefix("t.yaml:1:7: holds the control character U+009B") == true)
        let json = Self.read(#"{"name": "a\u001bb"}"#, file: "t.json")
        #expect(json?.hasPrefix("t.json:1:10: holds the control character U+001B") == true, "\(json ?? "read")")
        let network = try NetworkFile.read(text: "name: \"tab\\there\"\nnotes: [\"two\\nlines\", \"nel\\Nx\"]\n", file: "t.yaml")
        #expect(network.name == "tab\there" && network.notes == ["two\nlines", "nel\u{85}x"])
    }

    @Test("GraphML: a C1 control character in a label is refused with its element's place")
    func xmlControls() {
        let text = """
            <graphml><key id="d0" for="node" attr.name="label"/><graph>
            <node id="a"><data key="d0">x\u{9B}y</data></node></graph></graphml>
            """
        #expect(
            refusal { _ = try GraphML.read(data: Data(text.utf8), file: "t.graphml") }?
                .hasPrefix("t.graphml:2:1: label: holds the control character U+009B") == true)
    }
}

/// Ids compared after Unicode normalisation, CSV descriptions that disagree, and floods of problems.
@Suite("Ids, repeated descriptions, error floods")
struct IdentityAndFloodTests {
    static let nfc = "C\u{F4}te"
    static let nfd = "Co\u{302}te"

    @Test("an NFC and an NFD spelling of one id are one node in every reader, in the first spelling")
    func canonicalEquivalence() throws {
        let edges = try EdgeList.parse(bytes: Array("\(Self.nfc)\tx\n\(Self.nfd)\ty\n".utf8), file: "e.tsv")
        #expect(edges.nodeIDs.count == 3)
        #expect(edges.nodeIDs[0].utf8.elementsEqual(Self.nfc.utf8))
        #expect(edges.sources == [0, 0] && edges.targets == [1, 2])
        let nfdFirst = try EdgeList.parse(bytes: Array("\(Self.nfd)\tx\n\(Self.nfc)\ty\n".utf8), file: "e.tsv")
        #expect(nfdFirst.nodeIDs[0].utf8.elementsEqual(Self.nfd.utf8))
        let affiliation = try AffiliationReader.parse(bytes: Array("\(Self.nfc)\tm\thost\n\(Self.nfd)\tm\tattend\n".utf8), file: "a.tsv")
        #expect(affiliation.actorIDs.count == 1 && affiliation.actors == [0, 0])
        // A network file: the edge that names the actor in NFD is written with the actor's NFC id.
        let network = try NetworkFile.read(
            text: "name: t\nactors:\n  - id: \(Self.nfc)\nmeetings:\n  - id: m\n    hosts: [\(Self.nfd)]\n", file: "t.yaml")
        #expect(network.edges.count == 1 && network.edges[0].from.utf8.elementsEqual(Self.nfc.utf8))
        #expect(GraphML.string(for: network).contains("source=\"\(Self.nfc)\""))
    }

    @Test("CSV: a later row that describes an actor differently is an error at that cell; an empty cell is not")
    func repeatedActorDescription() throws {
        let head = "actor,meeting,relation,actor_name,actor_region\n"
        #expect(
            refusal { _ = try EventTableReader.read(text: head + "a,m,host,Alpha,\na,n,host,Beta,\n", file: "t.csv") }
                == "t.csv:3:10: actor_name: actor 'a' is described differently than on line 2 ('Beta', there 'Alpha')")
        #expect(
            refusal { _ = try EventTableReader.read(text: head + "a,m,host,,Africa\na,n,host,,Europe\n", file: "t.csv") }?
                .hasPrefix("t.csv:3:11: actor_region: actor 'a' is described differently than on line 2") == true)
        let kept = try EventTableReader.read(text: head + "a,m,host,Alpha,Africa\na,n,host,,\n", file: "t.csv")
        #expect(kept["a"]?.name == "Alpha" && kept["a"]?.region == "Africa")
    }

    @Test("a flood of problems lists the first 20 and counts the rest")
    func floodCapped() {
        let header = "actor,meeting,relation," + (0..<100_000).map { "x\($0)" }.joined(separator: ",")
        let message = refusal { _ = try EventTableReader.read(text: header + "\na,m,host\n", file: "t.csv") } ?? ""
        let lines = message.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.last == "… and 99980 more problems")
        #expect(message.utf8.count < 10_000)
    }
}
