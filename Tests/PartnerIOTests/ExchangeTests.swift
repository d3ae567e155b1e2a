import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

@Suite("Exchange formats")
struct ExchangeTests {
    static func networks() throws -> [Network] {
        [
            try NetworkFile.read(text: sampleYAML, file: "sample.yaml"),
            try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path),
            try Network(
                name: "awkward <&> \"names\"",
                nodes: [
                    Node(id: "a:b", name: "Quote \" and <tag> & ü 🌍", kind: "dialogue", attributes: ["label": "clashes with a field", "x": "1\n2"]),
                    Node(id: "m 1", kind: .meeting, meeting: Meeting(title: "Tab\there", start: PartialDate("2019"), end: PartialDate("2020-02"))),
                ], edges: [Edge(from: "a:b", to: "m 1", relation: "observes", source: "it's said")]),
        ]
    }

    @Test("GraphML, GEXF and node-link JSON round-trip through our readers without loss")
    func roundTrips() throws {
        for network in try Self.networks() {
            #expect(try GraphML.read(data: Data(GraphML.string(for: network).utf8), file: "x.graphml") == network)
            #expect(try GEXF.read(data: Data(GEXF.string(for: network).utf8), file: "x.gexf") == network)
            #expect(try NodeLink.read(text: NodeLink.string(for: network), file: "x.json") == network)
        }
    }

    @Test("NetworkX's own readers see the same nodes, edges and attributes")
    func networkxReads() throws {
        let network = try Self.networks()[1]
        let directory = try temporaryDirectory()
        var paths: [String] = []
        for (format, name) in [(ExchangeFormat.graphml, "n.graphml"), (.gexf, "n.gexf"), (.nodeLink, "n.json"), (.pajek, "n.net")] {
            let path = directory.appendingPathComponent(name).path
            try Data(try format.files(for: network)[0].text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let script = """
            import sys, json, networkx as nx
            graphs = [nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2], version="1.3"),
                      nx.node_link_graph(json.load(open(sys.argv[3]))), nx.read_pajek(sys.argv[4])]
            for g in graphs:
                meetings = sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "meeting")
                hosts = sum(1 for _, _, d in g.edges(data=True) if d.get("relation") == "hosts")
                print(g.number_of_nodes(), g.number_of_edges(), meetings, hosts, g.is_directed())
            """
        guard let output = try python(script, arguments: paths) else {
            Issue.record("python3 with networkx is needed for this test (.ci/run installs it)")
            return
        }
        let lines = output.split(separator: "\n").map(String.init)
        let nodes = network.nodes.count
        let edges = network.edges.count
        let meetings = network.meetings.count
        let hosts = network.edges.filter { $0.relation == .hosts }.count
        // The network is undirected, and every reader says so (GraphML edgedefault, GEXF defaultedgetype,
        // node-link directed, Pajek *Edges).
        #expect(!network.isDirected)
        #expect(lines.count == 4)
        for line in lines.prefix(3) { #expect(line == "\(nodes) \(edges) \(meetings) \(hosts) False") }
        // Pajek carries structure only.
        #expect(lines.last == "\(nodes) \(edges) 0 0 False")
    }

    @Test("GEXF carries the timeline: meetings and their edges have start and end days")
    func gexfTimeline() throws {
        let network = try Self.networks()[2]
        let text = GEXF.string(for: network)
        #expect(text.contains("<node id=\"m 1\" label=\"m 1\" start=\"2019-01-01\" end=\"2020-02-29\">"))
        #expect(text.contains("mode=\"dynamic\" timeformat=\"date\""))
        #expect(text.contains("source=\"a:b\" target=\"m 1\" label=\"observes\" start=\"2019-01-01\" end=\"2020-02-29\""))
    }

    @Test("VOSviewer files list the projection's items and links")
    func vosviewer() throws {
        let network = try NetworkFile.read(text: sampleYAML, file: "sample.yaml")
        let files = VOSviewer.files(for: network)
        let mapLines = files.map.split(separator: "\n")
        #expect(mapLines.first == "id\tlabel\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>")
        #expect(mapLines.count == 5)
        // NGA and FRA share abuja; FRA and ICMPD share abuja; NGA and ICMPD share abuja.
        #expect(files.network.split(separator: "\n").count == 3)
    }

    @Test("XML with entities is refused: no expansion, no external files")
    func hostileXML() throws {
        let secret = try temporaryFile("secret.txt", "top secret")
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY x SYSTEM "file://\(secret)">]>
            <graphml><graph edgedefault="directed"><node id="&x;"/></graph></graphml>
            """
        let error = #expect(throws: ReadError.self) { try GraphML.read(data: Data(external.utf8), file: "xxe.graphml") }
        #expect(error?.message.contains("entit") == true, "\(String(describing: error))")
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <gexf><graph><nodes><node id="&lol2;"/></nodes></graph></gexf>
            """
        #expect(throws: ReadError.self) { try GEXF.read(data: Data(laughs.utf8), file: "lol.gexf") }
    }

    @Test("atomic writes never clobber the input and leave no temporary file on failure")
    func atomicWrite() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("out.txt").path
        try OutputFile.write(Data("one".utf8), to: path)
        try OutputFile.write(Data("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(throws: OutputError.self) { try OutputFile.write(Data("x".utf8), to: path, protecting: [path]) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(throws: OutputError.self) { try OutputFile.write(Data("x".utf8), to: directory.appendingPathComponent("missing/out.txt").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
    }
}
