import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// One meaning for direction, attribute types and modes in every reader and writer.
@Suite("Direction, attribute types and modes in every format")
struct DirectionAndModesTests {
    static func graphML(_ edgeDefault: String?, edges: String, nodes: String = "<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>") -> String {
        """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="s" for="node" attr.name="size" attr.type="int"/>
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <key id="p" for="node" attr.name="bipartite" attr.type="int"/>
          <graph\(edgeDefault.map { " edgedefault=\"\($0)\"" } ?? "")>
            \(nodes)
            \(edges)
          </graph>
        </graphml>
        """
    }

    static func readGraphML(_ text: String) throws -> Network { try GraphML.read(data: Data(text.utf8), file: "g.graphml") }

    @Test("GraphML: edgedefault gives the direction (absent: undirected), is written back, and a differing edge is refused")
    func graphMLDirection() throws {
        let directed = try Self.readGraphML(Self.graphML("directed", edges: "<edge source=\"a\" target=\"b\"/>"))
        #expect(directed.isDirected)
        #expect(GraphML.string(for: directed).contains("edgedefault=\"directed\""))
        let undirected = try Self.readGraphML(Self.graphML(nil, edges: "<edge source=\"a\" target=\"b\" directed=\"false\"/>"))
        #expect(!undirected.isDirected)
        #expect(GraphML.string(for: undirected).contains("edgedefault=\"undirected\""))
        let mixed = readFailure { _ = try Self.readGraphML(Self.graphML("undirected", edges: "<edge source=\"a\" target=\"b\" directed=\"true\"/>")) }
        #expect(mixed?.contains("g.graphml:7:") == true && mixed?.contains("a network has one direction") == true, "\(mixed ?? "read")")
        let unknown = readFailure { _ = try Self.readGraphML(Self.graphML("both", edges: "")) }
        #expect(unknown?.contains("expected edgedefault directed or undirected, found 'both'") == true, "\(unknown ?? "read")")
    }

    @Test("GEXF: defaultedgetype gives the direction (mutual is undirected); an edge of the other type is refused")
    func gexfDirection() throws {
        func gexf(_ type: String, edge: String) -> String {
            """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="\(type)">
            <nodes><node id="a"/><node id="b"/></nodes>
            <edges>\(edge)</edges></graph></gexf>
            """
        }
        let directed = try GEXF.read(data: Data(gexf("directed", edge: "<edge source=\"a\" target=\"b\" type=\"directed\"/>").utf8), file: "g.gexf")
        #expect(directed.isDirected && directed.edges[0].attributes.isEmpty, "a type that agrees is the direction, not an attribute")
        #expect(GEXF.string(for: directed).contains("defaultedgetype=\"directed\""))
        let mutual = try GEXF.read(data: Data(gexf("mutual", edge: "<edge source=\"a\" target=\"b\"/>").utf8), file: "g.gexf")
        #expect(!mutual.isDirected)
        #expect(GEXF.string(for: mutual).contains("defaultedgetype=\"undirected\""))
        let mixed = readFailure {
            _ = try GEXF.read(data: Data(gexf("undirected", edge: "<edge source=\"a\" target=\"b\" type=\"directed\"/>").utf8), file: "g.gexf")
        }
        #expect(mixed?.contains("g.gexf:3:") == true && mixed?.contains("a network has one direction") == true, "\(mixed ?? "read")")
    }

    @Test("node-link: directed is read and written; multigraph and keys only with parallel edges")
    func nodeLinkDirection() throws {
        let text = #"{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]}"#
        let directed = try NodeLink.read(text: text, file: "n.json")
        #expect(directed.isDirected)
        let written = NodeLink.string(for: directed)
        #expect(written.contains("\"directed\": true") && written.contains("\"multigraph\": false") && !written.contains("\"key\""))
        // b -> a and a -> b are two edges of one pair in an undirected network: a multigraph, with keys.
        var both = try Network(
            name: "n", nodes: [Node(id: "a", kind: .organisation), Node(id: "b", kind: .organisation)],
            edges: [Edge(from: "a", to: "b", relation: .collaborates), Edge(from: "b", to: "a", relation: .collaborates)])
        let multi = NodeLink.string(for: both)
        #expect(multi.contains("\"directed\": false") && multi.contains("\"multigraph\": true") && multi.contains("\"key\": 1"))
        both.isDirected = true
        #expect(NodeLink.string(for: both).contains("\"multigraph\": false"), "a -> b and b -> a are not parallel arcs")
        let bad = readFailure { _ = try NodeLink.read(text: #"{"directed": "yes", "nodes": [], "edges": []}"#, file: "n.json") }
        #expect(bad?.hasPrefix("n.json:1:14:") == true && bad?.contains("expected true or false") == true, "\(bad ?? "read")")
    }

    @Test("attribute types are kept: an int stays an int in GraphML, GEXF and node-link, a value that is not one makes a string")
    func attributeTypes() throws {
        let network = try Self.readGraphML(
            Self.graphML(
                "undirected", edges: "<edge source=\"a\" target=\"b\"/>",
                nodes: "<node id=\"a\"><data key=\"s\">3</data></node><node id=\"b\"><data key=\"s\">12</data></node>"))
        #expect(network.attributeTypes.node == ["size": .int])
        #expect(GraphML.string(for: network).contains("attr.name=\"size\" attr.type=\"int\""))
        #expect(GEXF.string(for: network).contains("title=\"size\" type=\"integer\""))
        let nodeLink = NodeLink.string(for: network)
        #expect(nodeLink.contains("\"size\": 3") && nodeLink.contains("\"size\": 12"))
        // Read back from node-link: JSON numbers are ints again.
        #expect(try NodeLink.read(text: nodeLink, file: "n.json").attributeTypes.node == ["size": .int])
        var edited = network
        edited.attributeTypes.node["size"] = .boolean
        #expect(GraphML.string(for: edited).contains("attr.name=\"size\" attr.type=\"string\""), "3 is not a boolean: written as text")
    }

    @Test("NetworkX's bipartite marks meetings; an unmarked edge between the modes is attends, turned to start at the actor")
    func bipartite() throws {
        let network = try Self.readGraphML(
            Self.graphML(
                nil, edges: "<edge source=\"m\" target=\"a\"/><edge source=\"b\" target=\"m\"/>",
                nodes:
                    "<node id=\"a\"><data key=\"p\">0</data></node><node id=\"b\"><data key=\"p\">0</data></node><node id=\"m\"><data key=\"p\">1</data></node>"
            ))
        #expect(network.meetings.map(\.id) == ["m"] && network.actors.map(\.id) == ["a", "b"])
        #expect(network.edges.map { "\($0.from) \($0.relation) \($0.to)" } == ["a attends m", "b attends m"])
        #expect(network.nodes.allSatisfy { $0.attributes["bipartite"] == nil }, "the mark is the kind, not an attribute")
        let text = GraphML.string(for: network)
        #expect(text.contains("attr.name=\"bipartite\" attr.type=\"int\"") && text.contains(">1</data>"))
        let wrong = readFailure {
            _ = try Self.readGraphML(Self.graphML(nil, edges: "", nodes: "<node id=\"a\"><data key=\"p\">2</data></node>"))
        }
        #expect(wrong?.contains("expected 0 (an actor) or 1 (a meeting), found '2'") == true, "\(wrong ?? "read")")
        let disagree = readFailure {
            _ = try NodeLink.read(text: #"{"nodes": [{"id": "a", "kind": "country", "bipartite": 1}], "edges": []}"#, file: "n.json")
        }
        #expect(disagree?.contains("bipartite 1 marks a meeting, but the node's kind is 'country'") == true, "\(disagree ?? "read")")
        // In a directed network an arc from a meeting keeps its way, and is refused as any is.
        let arc = readFailure {
            _ = try Self.readGraphML(
                Self.graphML(
                    "directed", edges: "<edge source=\"m\" target=\"a\"/>",
                    nodes: "<node id=\"a\"><data key=\"p\">0</data></node><node id=\"m\"><data key=\"p\">1</data></node>"))
        }
        #expect(arc?.contains("a meeting cannot attends anything") == true, "\(arc ?? "read")")
    }

    @Test("network files keep direction, tie weights and attributes, and participant weights, in YAML and JSON")
    func networkFiles() throws {
        let network = try Network(
            name: "n",
            nodes: [Node(id: "A", kind: .organisation), Node(id: "B", kind: .organisation), Node(id: "m", kind: .meeting, meeting: Meeting())],
            edges: [
                Edge(from: "A", to: "m", relation: .hosts, weight: 2.5), Edge(from: "B", to: "m", relation: .attends),
                Edge(from: "A", to: "B", relation: .collaborates, weight: 0.5, attributes: ["channel": "bilateral"]),
            ], isDirected: true)
        for format in NetworkFile.Format.allCases {
            let text = try NetworkFile.string(for: network, format: format)
            #expect(try NetworkFile.read(text: text, file: "n.\(format.rawValue)") == network, "\(text)")
        }
        let bad = readFailure {
            _ = try NetworkFile.read(text: "name: x\nactors: [{id: A}, {id: B}]\nties:\n  - {from: A, to: B, relation: r, weight: 0}\n", file: "x.yaml")
        }
        #expect(bad?.contains("x.yaml:4:") == true && bad?.contains("a weight must be a finite decimal number > 0") == true, "\(bad ?? "read")")
    }

    @Test("Pajek writes *Edges for an undirected network, merging b-a into a-b, and *Arcs for a directed one")
    func pajekDirection() throws {
        var network = try Network(
            name: "n", nodes: [Node(id: "a", kind: .organisation), Node(id: "b", kind: .organisation)],
            edges: [Edge(from: "a", to: "b", relation: .collaborates), Edge(from: "b", to: "a", relation: .collaborates)])
        #expect(Pajek.string(for: network).hasSuffix("*Edges\n1 2 2 l \"collaborates\"\n"))
        network.isDirected = true
        #expect(Pajek.string(for: network).hasSuffix("*Arcs\n1 2 l \"collaborates\"\n2 1 l \"collaborates\"\n"), "one unweighted arc has no value")
        #expect(try Pajek.read(text: Pajek.string(for: network), file: "n.net").isDirected)
    }

    @Test("the edge list and Gephi's tables: weights, direction, labels and modes as columns; an id the list cannot carry is refused")
    func edgeTables() throws {
        let network = try Network(
            name: "n",
            nodes: [Node(id: "a b", kind: .organisation), Node(id: "c, Inc.", kind: .organisation), Node(id: "m", kind: .meeting, meeting: Meeting())],
            edges: [
                Edge(from: "a b", to: "m", relation: .hosts, weight: 2), Edge(from: "c, Inc.", to: "m", relation: .attends),
            ])
        #expect(try EdgeList.string(for: network) == "a b\tm\t2\nc, Inc.\tm\t1\n")
        let tables = GephiCSV.strings(for: network)
        #expect(tables.edges.hasPrefix("Source,Target,Type,Id,Label,Weight\n") || tables.edges.hasPrefix("Source,Target,Type,Id,Label,Weight\r\n"))
        #expect(tables.edges.contains("a b,m,Undirected,0,hosts,2") && tables.edges.contains("\"c, Inc.\",m,Undirected,1,attends,1"))
        #expect(tables.nodes.contains("Id,Label,kind,") && tables.nodes.contains("m,m,meeting,") && tables.nodes.contains("bipartite"))
        let read = try GephiCSV.read(text: tables.edges, file: "e.csv")
        #expect(read.edges.map(\.weight) == [2, 1] && !read.isDirected)
        // A leading # would make the line a comment (a tab or a line break is no id at all).
        let hash = try Network(
            name: "t", nodes: [Node(id: "#x", kind: .organisation), Node(id: "z", kind: .organisation)],
            edges: [Edge(from: "#x", to: "z", relation: .collaborates)])
        #expect(throws: ReadError.self) { try EdgeList.string(for: hash) }
        #expect(ExchangeFormat(extension: "out.tsv") == .edgeList && ExchangeFormat(extension: "out.CSV") == .gephiCSV)
        #expect(ExchangeFormat.unknownExtensionAdvice("x.svg").contains("partnet render"))
    }
}
