import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// The third round of the hostile set (`scripts/hostile.py --from 1029`): the same faults spelt another way,
/// read in silence before and now refused at their place. Each input is made here.
@Suite("Hostile spellings refused at their place")
struct HostileSpellingTests {
    static func graphml(_ body: String, keys: String = "") -> String? { HostileValueTests.graphml(body, keys: keys) }

    static func gexf(_ body: String, graph: String = "") -> String? { HostileValueTests.gexf(body, graph: graph) }

    @Test("GraphML: an unknown attr.type or key domain, a default not of its type, and data under another domain's key")
    func graphmlKeys() {
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"/></graph>"#, keys: #"<key id="k" for="node" attr.name="v" attr.type="complex"/>"#)
                == "t.graphml:3:1: attr.type: unknown attr.type 'complex'; GraphML's types are boolean, double, float, int, long, string")
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"/></graph>"#, keys: #"<key id="k" for="nodes" attr.name="v"/>"#)?
                .hasPrefix("t.graphml:3:1: for: unknown key domain for=\"nodes\"") == true)
        #expect(
            Self.graphml(
                #"<graph edgedefault="undirected"><node id="a"/></graph>"#,
                keys: #"<key id="k" for="node" attr.name="score" attr.type="int"><default>seven</default></key>"#)
                == "t.graphml:3:1: score: 'seven' is not a value of type int, the type its key declares")
        #expect(
            Self.graphml(
                #"<graph edgedefault="undirected"><node id="a"><data key="g">x</data></node></graph>"#,
                keys: #"<key id="g" for="graph" attr.name="year" attr.type="string"/>"#)
                == "t.graphml:4:46: data: a <data> on a node whose key 'g' is declared for=\"graph\"")
        // A default of its type applies to the elements without a value; for="all" serves nodes.
        let text = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="k" for="node" attr.name="score" attr.type="int"><default>7</default></key>
            <key id="c" for="all" attr.name="colour" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"><data key="c">red</data></node><node id="b"><data key="k">2</data></node></graph></graphml>
            """
        let network = try? GraphML.read(data: Data(text.utf8), file: "t.graphml")
        #expect(network?.nodes.map { $0.attributes["score"] } == ["7", "2"])
        #expect(network?.nodes[0].attributes["colour"] == "red")
    }

    @Test("GraphML: markup of GraphML's own inside <data>, a <locator> and unknown elements are refused; yEd's drawing is not")
    func graphmlElements() throws {
        let label = #"<key id="d0" for="node" attr.name="label" attr.type="string"/>"#
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"><data key="d0"><b>x</b></data></node></graph>"#, keys: label)
                == "t.graphml:4:61: data: an element <b> inside <data>; a value is text (escape the markup as &lt; or CDATA)")
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"/><locator href="other.graphml"/></graph>"#)
                == "t.graphml:4:47: locator: a <locator> points to a graph in another document, which is not read (put the graph in this file)")
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a"/><widget/></graph>"#)
                == "t.graphml:4:47: widget: an element <widget> that GraphML does not define here; it would be lost")
        // Another namespace's elements (yEd's shapes) are drawing, not values; <desc> is GraphML's own comment.
        let yed = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
            <key id="g" for="node" yfiles.type="nodegraphics"/>
            <graph edgedefault="undirected"><desc>two nodes</desc><node id="a"><data key="g"><y:ShapeNode><y:Fill color="#FF0000"/></y:ShapeNode></data></node>
            <node id="b"/><edge source="a" target="b"/></graph></graphml>
            """
        let network = try GraphML.read(data: Data(yed.utf8), file: "t.graphml")
        #expect(network.nodes.count == 2 && network.edges.count == 1)
    }

    @Test("GEXF: open interval bounds and a date attribute that is no calendar day are refused")
    func gexfTimes() {
        #expect(
            Self.gexf(#"<nodes><node id="a" start="1" startopen="2"/></nodes>"#, graph: #"mode="dynamic" timeformat="double""#)
                == "t.gexf:4:8: startopen: an open interval bound (startopen) is not read; give start and end (closed bounds)")
        let column = #"<attributes class="node"><attribute id="0" title="founded" type="date"/></attributes>"#
        #expect(
            Self.gexf(column + "\n" + #"<nodes><node id="a"><attvalues><attvalue for="0" value="2020-02-30"/></attvalues></node></nodes>"#)
                == "t.gexf:5:32: founded: '2020-02-30' is not a date, the type its attribute declares")
        #expect(Self.gexf(column + "\n" + #"<nodes><node id="a"><attvalues><attvalue for="0" value="2020-02-29"/></attvalues></node></nodes>"#) == nil)
    }

    @Test("node-link: an empty object or list where a weight or an end is read is refused, not left out")
    func nodeLinkEmptyValues() {
        for value in ["{}", "[]"] {
            let text = #"{"directed": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": \#(value)}]}"#
            #expect(
                refusal { _ = try NodeLink.read(text: text, file: "t.json") }
                    == "t.json:1:122: edges[0].weight: a list or object value; a network keeps text, numbers and booleans only (flatten it, or leave it out)")
        }
        // Elsewhere an empty value holds nothing to lose (NetworkX writes `node_default: {}`).
        let empty = #"{"directed": false, "graph": {"node_default": {}}, "nodes": [{"id": "a", "tags": []}], "edges": []}"#
        #expect(refusal { _ = try NodeLink.read(text: empty, file: "t.json") } == nil)
    }

    @Test("CSV event tables: an actor or meeting id with spaces around it is refused, never trimmed into another")
    func eventTableSpacedIDs() {
        let text = "actor,meeting,relation\n a ,m,hosts\na,m2,hosts\n"
        #expect(
            refusal { _ = try EventTableReader.read(text: text, file: "t.csv") }
                == "t.csv:2:1: actor: the actor id ' a ' has spaces around it, which an id may not have (trimmed, ' a ' would "
                + "become another id, 'a'): write the row without spaces after its commas, as a,m,hosts rather than a, m, hosts")
        // A hand-written row with a space after every comma: refused at its first id, saying how to write it.
        let handWritten = refusal { _ = try EventTableReader.read(text: "actor,meeting,relation\na, m, hosts\n", file: "t.csv") }
        #expect(handWritten?.hasPrefix("t.csv:2:3: meeting: the meeting id ' m'") == true, "\(handWritten ?? "read")")
        #expect(handWritten?.contains("as a,m,hosts rather than a, m, hosts") == true)
        #expect(refusal { _ = try EventTableReader.read(text: "actor,meeting,relation\na,m ,hosts\n", file: "t.csv") }?.contains("meeting id 'm '") == true)
        // Spaces around the relation or other columns are no id's: still read.
        #expect(refusal { _ = try EventTableReader.read(text: "actor,meeting,relation\na,m, hosts\n", file: "t.csv") } == nil)
    }

    @Test("JSON syntax check: duplicate keys, lone surrogates and trailing text; control characters only when allowed")
    func jsonSyntax() {
        #expect(
            refusal { try JSONSyntax.check(#"{"text": "a", "text": "b"}"#, file: "p.jsonl") }
                == "p.jsonl:1:15: duplicate key 'text' in an object (first at line 1, column 2)")
        #expect(refusal { try JSONSyntax.check(#"{"text": "\udc00"}"#, file: "p.jsonl") } != nil)
        #expect(refusal { try JSONSyntax.check(#"{"text": "a"} x"#, file: "p.jsonl") } != nil)
        #expect(refusal { try JSONSyntax.check(#"{"text": "a\u001bb"}"#, file: "p.jsonl") } != nil)
        #expect(refusal { try JSONSyntax.check(#"{"text": "a\u001bb"}"#, file: "p.jsonl", allowingControlCharacters: true) } == nil)
    }
}

extension HostileSpellingTests {
    @Test("GEXF: an XML attribute and an attvalue of the same title that differ are refused; equal ones are read")
    func gexfAttributeAndAttvalue() {
        let column = #"<attributes class="edge"><attribute id="0" title="weight" type="double"/></attributes>"#
        let nodes = #"<nodes><node id="a"/><node id="b"/></nodes>"#
        #expect(
            Self.gexf(column + nodes + #"<edges><edge source="a" target="b" weight="2"><attvalues><attvalue for="0" value="5"/></attvalues></edge></edges>"#)
                == "t.gexf:4:137: weight: two values for 'weight' on one edge: weight=\"2\" and an attvalue '5'")
        #expect(
            Self.gexf(column + nodes + #"<edges><edge source="a" target="b" weight="2"><attvalues><attvalue for="0" value="2.0"/></attvalues></edge></edges>"#)
                == nil)
        let kind = #"<attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>"#
        #expect(
            Self.gexf(kind + #"<nodes><node id="a" kind="x"><attvalues><attvalue for="k" value="y"/></attvalues></node></nodes>"#)?
                .contains("two values for 'kind' on one node") == true)
    }
}

extension HostileSpellingTests {
    @Test("TSV: a header line source/target or from/to is refused at line 1, not read as an edge between two invented nodes")
    func edgeListHeader() {
        for header in ["source\ttarget", "Source\tTarget\tweight", "from\tto"] {
            let message = refusal {
                _ = try EdgeList.parse(bytes: Array((header + "\na\tb\(header.hasSuffix("weight") ? "\t2" : "")\n").utf8), file: "t.tsv")
            }
            #expect(message?.hasPrefix("t.tsv:1:1: ") == true && message?.contains("read as a header") == true, "\(header): \(message ?? "read")")
        }
        // Nodes that only look alike are nodes.
        #expect(refusal { _ = try EdgeList.parse(bytes: Array("source\tsink\na\tb\n".utf8), file: "t.tsv") } == nil)
    }
}

extension HostileSpellingTests {
    @Test("a JSON network nested 100,000 levels is refused at its place, not overflowed in the fast path")
    func deepJSONNetwork() {
        let text = #"{"name": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(refusal { _ = try NetworkFile.read(text: text, file: "t.json") } == "t.json:1:73: nesting deeper than 64 levels")
    }

    @Test("GraphML: a tag of more than 10,000 attributes is refused before libxml2's quadratic duplicate check")
    func attributeFlood() {
        let attributes = (0..<20_000).map { "x\($0)=\"1\"" }.joined(separator: " ")
        #expect(
            Self.graphml(#"<graph edgedefault="undirected"><node id="a" "# + attributes + "/></graph>")
                == "t.graphml:4:33: a tag with more than 10000 attributes (libxml2 compares each with every other: it would not end)")
        // A tag of many (but fewer) attributes is read.
        let some = (0..<50).map { "x\($0)=\"1\"" }.joined(separator: " ")
        #expect(Self.graphml(#"<graph edgedefault="undirected"><node id="a" "# + some + "/></graph>") == nil)
    }
}
