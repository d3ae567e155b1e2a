import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// Files written by other tools: weights and attributes are kept, bad values are refused at their place, and
/// the streaming XML reader has no document size limit.
@Suite("Exchange formats: what other tools write")
struct ExchangeImportTests {
    @Test("a GraphML weight becomes the edge weight; other keys and key defaults become attributes")
    func graphMLWeights() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d1" for="node" attr.name="color" attr.type="string"><default>blue</default></key>
              <key id="d2" for="edge" attr.name="since" attr.type="int"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d1">red</data></node>
                <node id="b"/>
                <node id="c"/>
                <edge source="a" target="b"><data key="d0">2.5</data><data key="d2">2019</data></edge>
                <edge source="b" target="c"/>
              </graph>
            </graphml>
            """
        let network = try GraphML.read(data: Data(text.utf8), file: "w.graphml")
        #expect(network.edges.map(\.weight) == [2.5, nil])
        #expect(network.edges[0].attributes == ["since": "2019"])
        #expect(network["a"]?.attributes == ["color": "red"] && network["b"]?.attributes == ["color": "blue"])
        let graph = network.graph()
        #expect(graph.weights?.sorted() == [1, 1, 2.5, 2.5])
    }

    @Test("a GEXF weight, its columns, viz elements and other XML attributes are kept")
    func gexfWeights() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <graph defaultedgetype="undirected">
                <attributes class="node"><attribute id="0" title="group" type="string"/></attributes>
                <nodes>
                  <node id="a" label="Alpha"><attvalues><attvalue for="0" value="g1"/></attvalues><viz:position x="1.5" y="-2" z="0"/></node>
                  <node id="b" label="Beta"/>
                </nodes>
                <edges>
                  <edge id="0" source="a" target="b" weight="3" kind="trade"/>
                </edges>
              </graph>
            </gexf>
            """
        let network = try GEXF.read(data: Data(text.utf8), file: "w.gexf")
        #expect(network["a"]?.name == "Alpha")
        #expect(network["a"]?.attributes == ["group": "g1", "viz.position.x": "1.5", "viz.position.y": "-2", "viz.position.z": "0"])
        #expect(network.edges.first?.weight == 3 && network.edges.first?.attributes == ["kind": "trade"])
    }

    @Test("a node-link weight becomes the edge weight, other keys attributes")
    func nodeLinkWeights() throws {
        let text = #"{"nodes": [{"id": "a"}, {"id": "b", "score": 0.5}], "links": [{"source": "a", "target": "b", "weight": 4, "color": "red"}]}"#
        let network = try NodeLink.read(text: text, file: "w.json")
        #expect(network.edges.first?.weight == 4 && network.edges.first?.attributes == ["color": "red"])
        #expect(network["b"]?.attributes == ["score": "0.5"])
    }

    struct BadValue: Sendable, CustomTestStringConvertible {
        var name: String
        var format: ExchangeFormat
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let graphMLHead = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="k" for="node" attr.name="kind"/><key id="s" for="node" attr.name="start"/>
        <graph>
          <node id="a"/><node id="b"/>

        """

    static let badValues: [BadValue] = [
        BadValue(
            name: "GraphML NaN weight", format: .graphml,
            text: graphMLHead + "  <edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge>\n</graph></graphml>\n",
            expected: "x:5:3: weight: a weight must be a finite decimal number > 0, found NaN"),
        BadValue(
            name: "GraphML infinite weight", format: .graphml,
            text: graphMLHead + "  <edge source=\"a\" target=\"b\"><data key=\"w\">-INF</data></edge>\n</graph></graphml>\n",
            expected: "x:5:3: weight: a weight must be a finite decimal number > 0, found -INF"),
        BadValue(
            name: "GraphML text weight", format: .graphml,
            text: graphMLHead + "<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>",
            expected: "x:5:1: weight: expected a decimal number as weight, found 'heavy'"),
        BadValue(
            name: "GraphML impossible meeting date", format: .graphml,
            text: graphMLHead + "  <node id=\"m\"><data key=\"k\">meeting</data><data key=\"s\">2020-02-30</data></node>\n</graph></graphml>\n",
            expected: "x:5:3: start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '2020-02-30'"),
        BadValue(
            name: "GEXF negative weight", format: .gexf,
            text:
                "<gexf><graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges>\n    <edge source=\"a\" target=\"b\" weight=\"-1\"/></edges></graph></gexf>",
            expected: "x:3:5: weight: a weight must be a finite decimal number > 0, found -1"),
        BadValue(
            name: "GEXF impossible date", format: .gexf,
            text: "<gexf><graph timeformat=\"date\"><nodes><node id=\"a\"/>\n <node id=\"b\" start=\"2020-02-30\"/></nodes></graph></gexf>",
            expected: "x:2:2: start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '2020-02-30'"),
        BadValue(
            name: "GEXF edge ending before it starts", format: .gexf,
            text:
                "<gexf><graph timeformat=\"date\"><nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges>\n  <edge source=\"a\" target=\"b\" start=\"2021\" end=\"2020\"/></edges></graph></gexf>",
            expected: "x:2:3: end: edge 1 (a -collaborates-> b) ends (2020) before it starts (2021)"),
        BadValue(
            name: "node-link NaN weight", format: .nodeLink,
            text: "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": NaN}]}",
            expected: "x:2:53: not valid JSON: expected a value, found 'N' (JSON has no NaN or Infinity)"),
        BadValue(
            name: "node-link -Infinity weight", format: .nodeLink,
            text: "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": -Infinity}]}",
            expected: "x:2:54: not valid JSON: expected a digit in a number, found 'I' (JSON has no NaN or Infinity)"),
        BadValue(
            name: "node-link unknown node has a column", format: .nodeLink,
            text: "{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"z\"}]}",
            expected: "x:2:12: to: edge 1 (a -collaborates-> z): unknown node id 'z'"),
    ]

    @Test("invalid values are refused at their line and column, whatever the format", arguments: badValues)
    func badValue(_ bad: BadValue) throws {
        let message = readFailure {
            switch bad.format {
            case .graphml: _ = try GraphML.read(data: Data(bad.text.utf8), file: "x")
            case .gexf: _ = try GEXF.read(data: Data(bad.text.utf8), file: "x")
            default: _ = try NodeLink.read(text: bad.text, file: "x")
            }
        }
        #expect(message?.contains(bad.expected) == true, "\(message ?? "read without an error")")
    }

    @Test("a comment that mentions <!ENTITY is not an entity declaration")
    func entityInComment() throws {
        let text = """
            <?xml version="1.0"?>
            <!-- no <!ENTITY here -->
            <graphml><graph><!-- nor <!ENTITY x "y"> here --><node id="a"/></graph></graphml>
            """
        #expect(try GraphML.read(data: Data(text.utf8), file: "c.graphml").nodes.map(\.id) == ["a"])
        let declared = "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE g [\n <!-- --> <!ENTITY x \"y\">]>\n<graphml/>"
        #expect(readFailure { _ = try GraphML.read(data: Data(declared.utf8), file: "e.graphml") }?.contains("e.graphml:4:11: declares an XML entity") == true)
    }

    @Test("UTF-8 cut by a chunk boundary is read; invalid UTF-8 far into a file is refused at its place")
    func utf8AcrossChunks() throws {
        // Pads the first node's label so that the two-byte "é" straddles the first 1 MiB chunk's end.
        let head = "<graphml><key id=\"label\" for=\"node\" attr.name=\"label\"/><graph><node id=\"a\"><data key=\"label\">"
        let padding = String(repeating: "x", count: XMLStream.chunkSize - head.utf8.count - 1)
        let text = head + padding + "é</data></node></graph></graphml>"
        let network = try GraphML.read(data: Data(text.utf8), file: "u.graphml")
        #expect(network["a"]?.name.hasSuffix("xé") == true)
        var bytes = Array((head + padding + "\n  x").utf8)
        bytes.append(0xC3)
        bytes.append(contentsOf: Array("(</data></node></graph></graphml>".utf8))
        let message = readFailure { _ = try GraphML.read(data: Data(bytes), file: "u.graphml") }
        #expect(message == "u.graphml:2:4: is not valid UTF-8 text (byte 0xc3)")
    }

    @Test("a network with weights and edge attributes round-trips through every exchange format")
    func weightedRoundTrip() throws {
        let network = try Network(
            name: "weighted", nodes: [Node(id: "a", kind: .organisation), Node(id: "b", kind: .country, attributes: ["title": "kept"])],
            edges: [
                Edge(from: "a", to: "b", relation: .collaborates, weight: 0.1, attributes: ["color": "red", "weight": "clash", "key": "k"]),
                Edge(from: "b", to: "a", relation: .memorandum, weight: 2),
            ])
        #expect(try GraphML.read(data: Data(GraphML.string(for: network).utf8), file: "x.graphml") == network)
        #expect(try GEXF.read(data: Data(GEXF.string(for: network).utf8), file: "x.gexf") == network)
        #expect(try NodeLink.read(text: NodeLink.string(for: network), file: "x.json") == network)
    }
}

/// Exchange files far above Foundation's 10,000,000-byte XML limit, written as `convert` writes them.
@Suite("Exchange formats: large files", .serialized)
struct LargeExchangeTests {
    /// A two-mode network whose GraphML is about `megabytes` MB: actors attending meetings, with weights.
    static func network(megabytes: Int) throws -> Network {
        let edges = megabytes * 1_000_000 / 140
        let actors = max(10, edges / 20)
        let meetings = max(10, edges / 40)
        var builder = NetworkBuilder(name: "large")
        for index in 0..<actors { builder.add(Node(id: "actor-\(index)", name: "Actor \(index)", kind: index % 3 == 0 ? .country : .organisation)) }
        for index in 0..<meetings {
            builder.add(Node(id: "m-\(index)", kind: .meeting, meeting: Meeting(start: PartialDate(year: 2000 + index % 25, month: 1 + index % 12))))
        }
        var generator = SystemRandomNumberGenerator()
        var seen = Set<Int>()
        while seen.count < edges {
            let actor = Int.random(in: 0..<actors, using: &generator)
            let meeting = Int.random(in: 0..<meetings, using: &generator)
            guard seen.insert(actor * meetings + meeting).inserted else { continue }
            builder.add(Edge(from: "actor-\(actor)", to: "m-\(meeting)", relation: .attends, weight: Double(seen.count % 7 + 1)))
        }
        return try builder.build()
    }

    @Test("a ~17 MB GraphML and GEXF round trip is exact")
    func seventeenMegabytes() throws {
        let network = try Self.network(megabytes: 17)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in [ExchangeFormat.graphml, .gexf] {
            let path = directory.appendingPathComponent("n.\(format.rawValue)").path
            let text = try format.files(for: network)[0].text
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(text.utf8.count > 10_000_000, "\(format) is only \(text.utf8.count) bytes")
            #expect(try format.read(path: path) == network, "\(format) changed through a round trip")
        }
    }

    @Test("a 100 MB GraphML reads back")
    func hundredMegabytes() throws {
        let network = try Self.network(megabytes: 100)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.graphml").path
        try Data(try ExchangeFormat.graphml.files(for: network)[0].text.utf8).write(to: URL(fileURLWithPath: path))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 100_000_000)
        let clock = ContinuousClock()
        let before = peakMemory()
        let start = clock.now
        let back = try withinTime("100 MB GraphML", limit: .seconds(600)) { try GraphML.read(path: path) }
        print("read \(size) bytes of GraphML in \(clock.now - start); peak resident memory \(before >> 20) MiB before, \(peakMemory() >> 20) MiB after")
        #expect(back.nodes.count == network.nodes.count && back.edges.count == network.edges.count)
        #expect(back.edges.last == network.edges.last && back.nodes.last == network.nodes.last)
    }
}
