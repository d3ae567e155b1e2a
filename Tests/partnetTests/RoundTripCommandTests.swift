import Foundation
import PartnerTestSupport
import Testing

/// One graph meaning across formats: three graphs (undirected weighted, directed, two-mode) go out through every
/// format `partnet convert` writes and come back in, and NetworkX, igraph and partnet itself see the same graph.
///
/// The graphs are written here as a NetworkX user's GraphML would be (a `bipartite` integer, an integer node
/// attribute, `edgedefault`). Then:
/// - NetworkX and igraph read every export they can read and report its direction, counts, weights, `bipartite`
///   values and the integer attribute's type, which must be the source's;
/// - NetworkX writes the same graphs in its own formats (GraphML, GEXF, node-link, Pajek, edge list);
/// - `partnet centrality` (and for the two-mode graph `cooccurrence`) gives the same figures from every one of
///   these files, with the same command.
@Suite("Round trip: every format in and out keeps weights, direction and modes")
struct RoundTripCommandTests {
    struct Sample {
        var name: String
        var directed: Bool
        var edges: [(String, String, Double?)]
        /// Each node's mode (0 actor, 1 meeting), for the two-mode graph.
        var modes: [String: Int] = [:]
        /// An integer attribute, `size`, on every node.
        var sizes: [String: Int]

        var nodes: [String] {
            var seen: [String] = []
            for (from, to, _) in edges {
                for id in [from, to] where !seen.contains(id) { seen.append(id) }
            }
            return seen
        }

        /// The graph as GraphML, as NetworkX writes it.
        var graphML: String {
            var text = """
                <?xml version="1.0" encoding="utf-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="size" attr.type="long"/>
                  <key id="d1" for="node" attr.name="bipartite" attr.type="long"/>
                  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="\(directed ? "directed" : "undirected")">

                """
            for node in nodes {
                text += "    <node id=\"\(node)\"><data key=\"d0\">\(sizes[node]!)</data>"
                if let mode = modes[node] { text += "<data key=\"d1\">\(mode)</data>" }
                text += "</node>\n"
            }
            for (from, to, weight) in edges {
                text += "    <edge source=\"\(from)\" target=\"\(to)\">" + (weight.map { "<data key=\"d2\">\($0)</data>" } ?? "") + "</edge>\n"
            }
            return text + "  </graph>\n</graphml>\n"
        }
    }

    static let undirected = Sample(
        name: "weighted", directed: false,
        edges: [
            ("A", "B", 2), ("A", "C", 1), ("B", "C", 3), ("C", "D", 1), ("D", "E", 2.5), ("E", "F", 1), ("D", "F", 4), ("F", "G", 0.5),
            ("B", "D", 1.5),
        ],
        sizes: ["A": 3, "B": 1, "C": 4, "D": 1, "E": 5, "F": 9, "G": 2])

    static let directed = Sample(
        name: "directed", directed: true,
        edges: [("A", "B", 1), ("B", "C", 2), ("C", "A", 1), ("C", "D", 3), ("D", "E", 1), ("E", "C", 2), ("A", "E", 1), ("E", "A", 0.25)],
        sizes: ["A": 7, "B": 1, "C": 8, "D": 2, "E": 8])

    /// Women and the events they attended; two edges are written from the event, as an undirected file may.
    static let twoMode = Sample(
        name: "twomode", directed: false,
        edges: [
            ("Ann", "E1", nil), ("Ann", "E2", nil), ("Bea", "E1", nil), ("E2", "Bea", nil), ("Cat", "E2", nil), ("Cat", "E3", nil),
            ("Dot", "E3", nil), ("E4", "Dot", nil), ("Eve", "E4", nil), ("Eve", "E1", nil),
        ],
        modes: ["Ann": 0, "Bea": 0, "Cat": 0, "Dot": 0, "Eve": 0, "E1": 1, "E2": 1, "E3": 1, "E4": 1],
        sizes: ["Ann": 1, "Bea": 2, "Cat": 3, "Dot": 4, "Eve": 5, "E1": 10, "E2": 20, "E3": 30, "E4": 40])

    /// The extensions `partnet convert` writes, each telling its format.
    static let extensions = ["yaml", "json", "graphml", "gexf", "node-link.json", "net", "tsv", "csv"]
    /// Those that keep the two modes (an edge list and Gephi's edge table carry edges only).
    static let modeKeeping: Set<String> = ["yaml", "json", "graphml", "gexf", "node-link.json", "net"]

    /// Writes the sample, converts it to every format, and returns the folder and the files by extension.
    func exports(of sample: Sample) throws -> (folder: URL, files: [String: String]) {
        let folder = try temporaryDirectory()
        let source = folder.appendingPathComponent("\(sample.name)-source.graphml").path
        try Data(sample.graphML.utf8).write(to: URL(fileURLWithPath: source))
        var files: [String: String] = ["source": source]
        for ext in Self.extensions {
            let path = folder.appendingPathComponent("\(sample.name).\(ext)").path
            let run = try partnet("convert", source, "-o", path)
            #expect(run.status == 0, "\(ext): \(run.standardError)")
            files[ext] = path
        }
        return (folder, files)
    }

    /// What NetworkX and igraph see in each file: one JSON object per (tool, file).
    static let readBack = """
        import sys, json, csv, networkx as nx, igraph
        kind, directed = sys.argv[1], sys.argv[2] == "1"
        def report(tool, ext, d, n, m, weights, modes, sizes):
            print(json.dumps({"tool": tool, "ext": ext, "directed": d, "nodes": n, "edges": m,
                              "weights": sorted(round(float(w), 9) for w in weights if w is not None),
                              "modes": modes, "intSizes": sizes}))
        def nxreport(ext, g):
            modes = {str(v): int(d["bipartite"]) for v, d in g.nodes(data=True) if "bipartite" in d}
            sizes = all(type(d.get("size")) is int for _, d in g.nodes(data=True))
            report("networkx", ext, g.is_directed(), g.number_of_nodes(), g.number_of_edges(),
                   [d.get("weight") for _, _, d in g.edges(data=True)], modes, sizes)
        def igreport(ext, g, modes_from="bipartite"):
            names = g.vs["name"] if "name" in g.vs.attributes() else g.vs["id"]
            modes = {}
            if modes_from in g.vs.attributes():
                modes = {str(n): int(b) for n, b in zip(names, g.vs[modes_from]) if b == b}
            sizes = "size" in g.vs.attributes() and all(float(s).is_integer() for s in g.vs["size"])
            weights = g.es["weight"] if "weight" in g.es.attributes() else []
            report("igraph", ext, g.is_directed(), g.vcount(), g.ecount(), weights, modes, sizes)
        for pair in sys.argv[3:]:
            ext, path = pair.split("=", 1)
            if ext == "graphml":
                nxreport(ext, nx.read_graphml(path))
                igreport(ext, igraph.Graph.Read_GraphML(path))
            elif ext == "gexf":
                nxreport(ext, nx.read_gexf(path))
            elif ext == "node-link.json":
                nxreport(ext, nx.node_link_graph(json.load(open(path)), edges="edges"))
            elif ext == "net":
                if kind != "twomode":
                    g = nx.read_pajek(path)
                    g = (nx.DiGraph if g.is_directed() else nx.Graph)(g)
                    nxreport(ext, g)
                igreport(ext, igraph.Graph.Read_Pajek(path), modes_from="type")
            elif ext == "tsv":
                # An edge list has no direction of its own: the reader is told, as partnet is with --directed.
                g = nx.read_edgelist(path, delimiter="\\t", data=[("weight", float)], create_using=nx.DiGraph if directed else nx.Graph)
                nxreport(ext, g)
                igreport(ext, igraph.Graph.Read_Ncol(path, weights="if_present", directed=directed))
            elif ext == "csv":
                rows = list(csv.DictReader(open(path, newline="")))
                d = {r["Type"] for r in rows} == {"Directed"}
                g = (nx.DiGraph if d else nx.Graph)()
                for r in rows:
                    g.add_edge(r["Source"], r["Target"], **({"weight": float(r["Weight"])} if "Weight" in r else {}))
                for r in csv.DictReader(open(path[:-4] + "-nodes.csv", newline="")):
                    g.add_node(r["Id"], **({"bipartite": int(r["bipartite"])} if r.get("bipartite") else {}))
                    g.nodes[r["Id"]]["size"] = int(r["size"])
                nxreport(ext, g)
        """

    @Test(
        "NetworkX and igraph read back the direction, counts, weights, bipartite values and integer attributes",
        arguments: [undirected, directed, twoMode].map(\.name))
    func otherToolsReadBack(name: String) throws {
        let sample = try #require([Self.undirected, Self.directed, Self.twoMode].first { $0.name == name })
        let (_, files) = try exports(of: sample)
        let pairs = Self.extensions.filter { !["yaml", "json"].contains($0) }.map { "\($0)=\(files[$0]!)" }
        guard let output = try python(Self.readBack, arguments: [sample.name, sample.directed ? "1" : "0"] + pairs) else {
            Issue.record("python3 with networkx and igraph is needed for this test (.ci/run installs both)")
            return
        }
        let reports = try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let weights = sample.edges.compactMap(\.2).sorted()
        // NetworkX: GraphML, GEXF, node-link, Pajek (one-mode), edge list, Gephi csv; igraph: GraphML, Pajek, edge list.
        #expect(reports.count == (sample.name == "twomode" ? 8 : 9), "\(output)")
        for report in reports {
            let label = "\(report["tool"]!) reading .\(report["ext"]!)"
            let ext = report["ext"] as? String ?? ""
            // Every format keeps the graph's direction (the edge list's reader is told it, having none of its own).
            #expect(report["directed"] as? Bool == sample.directed, "\(label)")
            #expect(report["nodes"] as? Int == sample.nodes.count, "\(label)")
            #expect(report["edges"] as? Int == sample.edges.count, "\(label)")
            #expect(report["weights"] as? [Double] == weights, "\(label): \(report["weights"] ?? "")")
            if !sample.modes.isEmpty && Self.modeKeeping.union(["csv"]).contains(ext) {
                #expect(report["modes"] as? [String: Int] == sample.modes, "\(label): \(report["modes"] ?? "")")
            }
            if ["graphml", "gexf", "node-link.json", "csv"].contains(ext) {
                #expect(report["intSizes"] as? Bool == true, "\(label): the integer attribute stays an integer")
            }
        }
    }

    /// NetworkX writes the sample in its own formats, for partnet to read.
    static let networkxWrites = """
        import sys, json, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        out = sys.argv[2]
        nx.write_graphml(g, out + "-nx.graphml")
        nx.write_gexf(g, out + "-nx.gexf")
        json.dump(nx.node_link_data(g, edges="edges"), open(out + "-nx.node-link.json", "w"))
        if sys.argv[3] != "twomode":
            h = g.copy()
            for v in h: h.nodes[v].clear()
            nx.write_pajek(h, out + "-nx.net")
            nx.write_weighted_edgelist(g, out + "-nx.edgelist")
        print("ok")
        """

    /// Figures by node id from `partnet ... -f csv` output, the columns after `id,name,kind`.
    func figures(_ csv: String) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            result[cells[0]] = cells.dropFirst(3).map { Double($0) ?? .nan }
        }
        return result
    }

    func same(_ a: [String: [Double]], _ b: [String: [Double]]) -> Bool {
        a.keys.sorted() == b.keys.sorted()
            && a.allSatisfy { id, values in
                let other = b[id]!
                return values.count == other.count && zip(values, other).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) }
            }
    }

    @Test("partnet gives the same centralities from every input format of a one-mode graph, with the same command")
    func sameCentralitiesOneMode() throws {
        for sample in [Self.undirected, Self.directed] {
            let (folder, files) = try exports(of: sample)
            let stem = folder.appendingPathComponent(sample.name).path
            let wrote = try python(Self.networkxWrites, arguments: [files["source"]!, stem, sample.name])
            #expect(wrote == "ok", "python3 with networkx is needed for this test")
            var inputs = files
            for ext in ["graphml", "gexf", "node-link.json", "net", "edgelist"] { inputs["nx-" + ext] = "\(stem)-nx.\(ext)" }
            // Edge lists have no direction: the directed graph is read from every file with --directed, which
            // files that state their direction do not need.
            let direction = sample.directed ? ["--directed"] : []
            for weighting in [[], ["--weighted"]] {
                let command = ["--measure", "degree,betweenness,closeness,pagerank", "-f", "csv"] + weighting + direction
                let reference = try partnet(arguments: ["centrality", files["source"]!] + command)
                #expect(reference.status == 0, "\(reference.standardError)")
                for (label, path) in inputs.sorted(by: { $0.key < $1.key }) {
                    let run = try partnet(arguments: ["centrality", path] + command)
                    #expect(run.status == 0, "\(sample.name) \(label): \(run.standardError)")
                    #expect(
                        same(figures(run.standardOutput), figures(reference.standardOutput)),
                        "\(sample.name) from \(label) \(weighting): \(run.standardOutput) vs \(reference.standardOutput)")
                }
            }
            // `info` states the direction each file gives, without the flag.
            for (label, path) in inputs {
                let info = try partnet("info", path)
                let stated = !label.hasSuffix("tsv") && !label.hasSuffix("edgelist") && sample.directed
                #expect(info.standardOutput.contains("directed: \(stated)"), "\(sample.name) \(label): \(info.standardOutput)")
                #expect(info.standardOutput.contains("weighted: true"), "\(sample.name) \(label)")
            }
        }
    }

    @Test("a two-mode graph from any file that keeps modes answers two-mode questions as the network file does")
    func sameTwoModeFigures() throws {
        let sample = Self.twoMode
        let (folder, files) = try exports(of: sample)
        let stem = folder.appendingPathComponent(sample.name).path
        #expect(try python(Self.networkxWrites, arguments: [files["source"]!, stem, sample.name]) == "ok", "python3 with networkx is needed")
        var inputs = files.filter { Self.modeKeeping.contains($0.key) || $0.key == "source" }
        for ext in ["graphml", "gexf", "node-link.json"] { inputs["nx-" + ext] = "\(stem)-nx.\(ext)" }
        let centrality = ["--on", "two-mode", "--measure", "degree,betweenness,closeness", "-f", "csv"]
        let reference = try partnet(arguments: ["centrality", files["yaml"]!] + centrality)
        let pairs = try partnet("cooccurrence", files["yaml"]!, "-f", "csv")
        #expect(reference.status == 0 && pairs.status == 0, "\(reference.standardError) \(pairs.standardError)")
        #expect(figures(reference.standardOutput).count == sample.nodes.count)
        for (label, path) in inputs.sorted(by: { $0.key < $1.key }) {
            let run = try partnet(arguments: ["centrality", path] + centrality)
            #expect(run.status == 0, "\(label): \(run.standardError)")
            #expect(same(figures(run.standardOutput), figures(reference.standardOutput)), "\(label): \(run.standardOutput)")
            let cooccurrence = try partnet("cooccurrence", path, "-f", "csv")
            #expect(cooccurrence.standardOutput == pairs.standardOutput, "\(label): \(cooccurrence.standardOutput)")
            #expect(try partnet("info", path).standardOutput.contains("meeting: 4"), "\(label)")
        }
        // The edge list and Gephi's edge table keep no modes: two-mode questions are refused, not answered with zeros.
        for ext in ["tsv", "csv"] {
            let run = try partnet(arguments: ["centrality", files[ext]!] + centrality)
            #expect(run.status == 1 && run.standardError.contains("affiliation"), "\(ext): \(run.standardError)")
        }
    }
}
