import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// The same graph through NetworkX, igraph and Gephi-style files: what they write we read with the same
/// nodes, edges and weights, and what we write they read with names and attributes intact.
@Suite("Interoperability with NetworkX and igraph")
struct InteropTests {
    /// Undirected edges as sorted "u v weight" lines, for comparing graphs whatever their file order.
    static func edgeSet(_ network: Network) -> [String] {
        network.edges.map { edge in
            let ends = [edge.from, edge.to].sorted()
            return "\(ends[0]) \(ends[1]) \(edge.weight.map { String($0) } ?? "1.0")"
        }.sorted()
    }

    @Test("NetworkX's write_edgelist, write_pajek and a Gephi CSV of one graph load the same")
    func sameGraphThreeWays() throws {
        let directory = try temporaryDirectory()
        let script = """
            import sys, csv, networkx as nx
            folder = sys.argv[1]
            g = nx.Graph()
            g.add_edge("Senegal", "Mali", weight=2.0)
            g.add_edge("Mali", "Niger", weight=0.5, kind="border")
            g.add_edge("Niger", "Côte_d'Ivoire", weight=3.25)
            g.add_edge("Senegal", "Côte_d'Ivoire", weight=1.0)
            nx.write_edgelist(g, folder + "/g.edgelist")
            nx.write_pajek(g, folder + "/g.net")
            with open(folder + "/g.csv", "w", newline="") as f:
                w = csv.writer(f)
                w.writerow(["Source", "Target", "Type", "Id", "Label", "Weight"])
                for i, (u, v, d) in enumerate(g.edges(data=True)):
                    w.writerow([u, v, "Undirected", i, "", d["weight"]])
            print(" ".join(sorted(g.nodes())))
            """
        guard let output = try python(script, arguments: [directory.path]) else {
            Issue.record("python3 with networkx is needed for this test (.ci/run installs it)")
            return
        }
        var loaded: [String: Network] = [:]
        for name in ["g.edgelist", "g.net", "g.csv"] {
            let path = directory.appendingPathComponent(name).path
            loaded[name] = try InputKind.detect(path: path).loadNetwork(path: path)
        }
        let expectedNodes = output.split(separator: " ").map(String.init)
        let reference = Self.edgeSet(loaded["g.edgelist"]!)
        #expect(reference == ["Côte_d'Ivoire Niger 3.25", "Côte_d'Ivoire Senegal 1.0", "Mali Niger 0.5", "Mali Senegal 2.0"])
        for (name, network) in loaded {
            #expect(network.nodes.map(\.id).sorted() == expectedNodes, "\(name)")
            #expect(Self.edgeSet(network) == reference, "\(name)")
        }
        #expect(loaded["g.edgelist"]!.edges.first { $0.attributes["kind"] != nil }?.attributes == ["kind": "border"])
    }

    @Test("a weighted GraphML from NetworkX round-trips its weights through us and back")
    func graphMLWeightsRoundTrip() throws {
        let directory = try temporaryDirectory()
        let from = directory.appendingPathComponent("nx.graphml").path
        let back = directory.appendingPathComponent("back.graphml").path
        let write = """
            import sys, networkx as nx
            g = nx.DiGraph()
            g.add_edge("a", "b", weight=0.1)
            g.add_edge("b", "c", weight=7.0)
            nx.write_graphml(g, sys.argv[1])
            """
        guard try python(write, arguments: [from]) != nil else {
            Issue.record("python3 with networkx is needed for this test")
            return
        }
        let network = try GraphML.read(path: from)
        #expect(network.edges.map(\.weight) == [0.1, 7.0])
        try Data(GraphML.string(for: network).utf8).write(to: URL(fileURLWithPath: back))
        let read = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(sorted((u, v, d["weight"]) for u, v, d in g.edges(data=True)))
            """
        #expect(try python(read, arguments: [back]) == "[('a', 'b', 0.1), ('b', 'c', 7.0)]")
    }

    /// The Rabat Process data set with computed degree and community, as we export it.
    static func exports(in directory: URL) throws -> (network: Network, paths: [String: String]) {
        var network = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
        // A weight and an edge attribute, so that both must come through.
        var builder = NetworkBuilder(name: network.name, source: network.source)
        for node in network.nodes { builder.add(node) }
        for (index, edge) in network.edges.enumerated() {
            var edge = edge
            edge.weight = Double(index % 3) + 0.5
            edge.attributes["order"] = String(index)
            builder.add(edge)
        }
        network = try builder.build()
        let degree = NodeScores(name: "degree", values: network.nodes.indices.map { Double($0 % 5) }, nodeIDs: network.nodes.map(\.id))
        let community = Partition(method: "test", communities: network.nodes.indices.map { $0 % 3 }, nodeIDs: network.nodes.map(\.id), modularity: 0)
        let results = NodeResults(scores: [degree], partition: community)
        var paths: [String: String] = [:]
        for (format, name) in [(ExchangeFormat.graphml, "n.graphml"), (.gexf, "n.gexf"), (.nodeLink, "n.json"), (.pajek, "n.net")] {
            for file in try format.files(for: network, results: results) {
                let path = directory.appendingPathComponent(name.replacingOccurrences(of: ".", with: file.suffix + ".")).path
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
                if file.suffix.isEmpty { paths[format.rawValue] = path }
            }
        }
        return (network, paths)
    }

    @Test("NetworkX reads every export with names, kinds, relations, weights and computed results")
    func networkxReadsExports() throws {
        let directory = try temporaryDirectory()
        let (network, paths) = try Self.exports(in: directory)
        let script = """
            import sys, json, networkx as nx
            g = [nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2], version="1.3"),
                 nx.node_link_graph(json.load(open(sys.argv[3])), edges="edges"), nx.read_pajek(sys.argv[4])]
            for h in g[:3]:
                names = sorted(d["label"] for _, d in h.nodes(data=True))
                kinds = sorted(d["kind"] for _, d in h.nodes(data=True))
                relations = sorted(d["relation"] for _, _, d in h.edges(data=True))
                weights = sum(float(d["weight"]) for _, _, d in h.edges(data=True))
                results = sum(float(d["degree"]) + int(d["community"]) for _, d in h.nodes(data=True))
                print(json.dumps([names, kinds, relations, weights, results, h.number_of_edges()]))
            p = g[3]
            print(json.dumps([sorted(p.nodes()), sorted(d["l"] for _, _, d in p.edges(data=True)), sum(d["weight"] for _, _, d in p.edges(data=True))]))
            """
        guard let output = try python(script, arguments: [paths["graphml"]!, paths["gexf"]!, paths["node-link"]!, paths["pajek"]!]) else {
            Issue.record("python3 with networkx is needed for this test")
            return
        }
        let lines = output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any] }
        #expect(lines.count == 4)
        let names = network.nodes.map(\.name).sorted()
        let kinds = network.nodes.map(\.kind.rawValue).sorted()
        let relations = network.edges.map(\.relation.rawValue).sorted()
        let weights = network.edges.reduce(0) { $0 + ($1.weight ?? 0) }
        let results = network.nodes.indices.reduce(0.0) { $0 + Double($1 % 5) + Double($1 % 3) }
        for line in lines.prefix(3) {
            let line = try #require(line)
            #expect(line[0] as? [String] == names && line[1] as? [String] == kinds && line[2] as? [String] == relations)
            #expect(abs((line[3] as? Double ?? 0) - weights) < 1e-9 && abs((line[4] as? Double ?? 0) - results) < 1e-9)
            #expect(line[5] as? Int == network.edges.count)
        }
        let pajek = try #require(lines.last ?? nil)
        #expect(pajek[0] as? [String] == names, "Pajek labels are the names")
        #expect(pajek[1] as? [String] == relations)
        #expect(abs((pajek[2] as? Double ?? 0) - weights) < 1e-9)
    }

    @Test("igraph reads the GraphML and Pajek exports (one- and two-mode) with names and attributes")
    func igraphReadsExports() throws {
        let directory = try temporaryDirectory()
        let (network, paths) = try Self.exports(in: directory)
        let affiliation = try Network(
            name: "affiliation",
            nodes: [
                Node(id: "NGA", name: "Nigeria", kind: .country), Node(id: "FRA", name: "France, Republic", kind: .country),
                Node(id: "m1", name: "Abuja \"2019\"", kind: .meeting, meeting: Meeting()),
            ],
            edges: [
                Edge(from: "NGA", to: "m1", relation: .hosts), Edge(from: "FRA", to: "m1", relation: .coChairs, weight: 2),
                Edge(from: "FRA", to: "m1", relation: .coChairs),
            ])
        let twoMode = directory.appendingPathComponent("two.net").path
        try Data(Pajek.string(for: affiliation).utf8).write(to: URL(fileURLWithPath: twoMode))
        let script = """
            import sys, json, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            print(json.dumps([sorted(g.vs["label"]), sorted(g.vs["kind"]), sorted(g.es["relation"]), sum(g.es["weight"]), sum(g.vs["degree"]), g.ecount()]))
            p = igraph.Graph.Read_Pajek(sys.argv[2])
            print(json.dumps([sorted(p.vs["name"]), sorted(p.es["label"]), sum(p.es["weight"]), p.ecount()]))
            t = igraph.Graph.Read_Pajek(sys.argv[3])
            print(json.dumps([t.vs["name"], [bool(x) for x in t.vs["type"]], t.es["weight"], t.es["label"]]))
            """
        guard let output = try python(script, arguments: [paths["graphml"]!, paths["pajek"]!, twoMode]) else {
            Issue.record("python3 with igraph is needed for this test (.ci/run installs it)")
            return
        }
        let lines = output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any] }
        #expect(lines.count == 3)
        let graphml = try #require(lines.first ?? nil)
        #expect(graphml[0] as? [String] == network.nodes.map(\.name).sorted())
        #expect(graphml[2] as? [String] == network.edges.map(\.relation.rawValue).sorted())
        #expect(abs((graphml[3] as? Double ?? 0) - network.edges.reduce(0) { $0 + ($1.weight ?? 0) }) < 1e-9)
        #expect(graphml[5] as? Int == network.edges.count)
        let pajek = try #require(lines[1])
        #expect(pajek[0] as? [String] == network.nodes.map(\.name).sorted())
        #expect(pajek[1] as? [String] == network.edges.map(\.relation.rawValue).sorted(), "each arc carries its relation")
        let two = try #require(lines[2])
        #expect(two[0] as? [String] == ["Nigeria", "France, Republic", "Abuja \"2019\"".replacingOccurrences(of: "\"", with: "'")])
        #expect(two[1] as? [Bool] == [false, false, true], "the two-mode header makes the meeting the second mode")
        #expect(two[2] as? [Double] == [1, 3], "NGA hosts once; FRA's two co-chair edges are one arc of weight 2 + 1")
        #expect(two[3] as? [String] == ["hosts", "coChairs"])
    }
}
