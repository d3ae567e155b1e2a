import Foundation
import PartnerGraph
import Testing

@testable import PartnerGraphviz

/// A hand-made network: two countries, an organisation, a dialogue, two meetings in two years.
func smallNetwork() throws -> Network {
    let nodes = [
        Node(id: "NGA", name: "Nigeria", kind: .country, region: "Africa"),
        Node(id: "FRA", name: "France", kind: .country, region: "Europe"),
        Node(id: "ICMPD", name: "International Centre for Migration Policy Development", kind: .organisation),
        Node(id: "RABAT", name: "Rabat Process", kind: "dialogue"),
        Node(
            id: "abuja", name: "abuja", kind: .meeting,
            meeting: Meeting(title: "Diaspora remittances and sustainable development", start: PartialDate("2019-11-05"), city: "Abuja")),
        Node(id: "paris", name: "paris", kind: .meeting, meeting: Meeting(title: "Root causes", start: PartialDate("2018-10"), city: "Paris")),
    ]
    let edges = [
        Edge(from: "NGA", to: "abuja", relation: .hosts),
        Edge(from: "NGA", to: "abuja", relation: .coChairs),
        Edge(from: "FRA", to: "abuja", relation: .coChairs),
        Edge(from: "FRA", to: "paris", relation: .hosts),
        Edge(from: "ICMPD", to: "paris", relation: .attends),
        Edge(from: "ICMPD", to: "RABAT", relation: .secretariat),
        Edge(from: "RABAT", to: "paris", relation: "partOf"),
    ]
    return try Network(name: "Small", nodes: nodes, edges: edges)
}

@Suite("Diagram builder")
struct DiagramBuilderTests {
    @Test("the full view has every node and edge, styled by kind and relation")
    func fullView() throws {
        let graph = try DiagramBuilder(network: try smallNetwork()).build()
        #expect(graph.nodeCount == 6)
        #expect(graph.edges.count == 7)
        let nigeria = try #require(graph.nodes.first { $0.id == "NGA" })
        #expect(nigeria.attributes["shape"] == "ellipse")
        #expect(nigeria.attributes["fillcolor"] == "#D6E6F8")
        #expect(graph.nodes.first { $0.id == "ICMPD" }?.attributes["label"] == .text("ICMPD"))
        #expect(graph.nodes.first { $0.id == "RABAT" }?.attributes["shape"] == "hexagon")
        let hosts = try #require(graph.edges.first { $0.attributes["tooltip"] == .text("Nigeria hosts abuja") })
        #expect(hosts.attributes["style"] == "bold")
        let tie = try #require(graph.edges.first { $0.from == "ICMPD" && $0.to == "RABAT" })
        #expect(tie.attributes["style"] == "dotted")
        #expect(tie.attributes["constraint"] == "false")
        #expect(DiagramView.full.recommendedEngine(nodeCount: graph.nodeCount) == .dot)
        #expect(DiagramView.full.recommendedEngine(nodeCount: 151) == .sfdp)
    }

    @Test("meeting labels wrap the title and add place and date")
    func meetingLabel() throws {
        let builder = DiagramBuilder(network: try smallNetwork())
        let abuja = try #require(builder.network["abuja"])
        #expect(builder.label(of: abuja) == "Diaspora remittances\nand sustainable\ndevelopment\nAbuja, 2019-11-05")
        #expect(LabelWrapping.wrap("Supercalifragilisticexpialidocious is long", width: 10) == "Supercalifragilisticexpialidocious\nis long")
    }

    @Test("wrapping ASCII byte by byte gives what wrapping by characters gives")
    func asciiWrapping() throws {
        // Every text of up to five pieces from words, runs of spaces and line breaks, at widths 1 to 7.
        let pieces = ["a", "bcd", "efghij", " ", "  ", "\n"]
        var texts = [""]
        var frontier = [""]
        for _ in 0..<5 {
            frontier = frontier.flatMap { text in pieces.map { text + $0 } }
            texts += frontier
        }
        texts.append("Ministerial Conference on Migration and Development, Rabat 2018 ")
        for text in texts {
            for width in 1...7 {
                let bytes = try #require(LabelWrapping.wrapASCII(text, width: width))
                #expect(bytes == LabelWrapping.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
        // A carriage return and a line feed are one character; an accent is two bytes of one.
        #expect(LabelWrapping.wrapASCII("Rabat\r\nProcess", width: 5) == nil)
        #expect(LabelWrapping.wrapASCII("Côte d'Ivoire", width: 5) == nil)
        #expect(LabelWrapping.wrap("Côte d'Ivoire et Sénégal", width: 13) == "Côte d'Ivoire\net Sénégal")
    }

    @Test("the two-mode view drops ties; the ties view keeps only actors with ties")
    func views() throws {
        let network = try smallNetwork()
        let twoMode = try DiagramBuilder(network: network, view: .twoMode).build()
        // `partOf` from an actor to a meeting is a custom participation: it stays.
        #expect(twoMode.edges.count == 6)
        #expect(Set(twoMode.nodes.map(\.id)) == ["NGA", "FRA", "ICMPD", "RABAT", "abuja", "paris"])
        let ties = try DiagramBuilder(network: network, view: .ties).build()
        #expect(Set(ties.nodes.map(\.id)) == ["ICMPD", "RABAT"])
        #expect(ties.edges.count == 1)
    }

    @Test("the projection links actors through shared meetings, wider for more")
    func projection() throws {
        let graph = try DiagramBuilder(network: try smallNetwork(), view: .projection).build()
        #expect(!graph.isDirected)
        #expect(
            Set(graph.edges.map { [$0.from, $0.to].sorted() })
                == [["FRA", "NGA"], ["FRA", "ICMPD"], ["FRA", "RABAT"], ["ICMPD", "RABAT"]])
        #expect(graph.edges.allSatisfy { $0.attributes["weight"] == "1" })
        #expect(DiagramView.projection.recommendedEngine(nodeCount: graph.nodeCount) == .neato)
    }

    @Test("colour by region and community, clusters by year, size by values")
    func schemes() throws {
        var style = Style()
        style.colorBy = .region
        style.clusterBy = .year
        let network = try smallNetwork()
        let scored = [network.index(of: "NGA")!, network.index(of: "FRA")!]
        style.sizeBy = .values(NodeScores(name: "score", values: [10, 0], nodeIDs: ["NGA", "FRA"]), networkIndices: scored)
        let graph = try DiagramBuilder(network: network, style: style).build()
        #expect(graph.nodes.first { $0.id == "NGA" }?.attributes["fillcolor"] == "#FBE3B5")
        #expect(graph.nodes.first { $0.id == "ICMPD" }?.attributes["fillcolor"] == .string(style.missingColor))
        #expect(graph.subgraphs.map(\.id) == ["cluster_year_2018", "cluster_year_2019"])
        #expect(graph.subgraphs[1].nodes.map(\.id) == ["abuja"])
        #expect(graph.nodes.first { $0.id == "NGA" }?.attributes["fontsize"] == .number(style.maximumFontSize))
        #expect(graph.nodes.first { $0.id == "FRA" }?.attributes["fontsize"] == .number(style.fontSize))

        style.colorBy = .community(
            Partition(method: "test", communities: [0, 1], nodeIDs: ["NGA", "FRA"], modularity: 0), networkIndices: scored)
        let communities = try DiagramBuilder(network: network, style: style).build()
        #expect(communities.nodes.first { $0.id == "FRA" }?.attributes["fillcolor"] == .string(style.palette[1]))
        #expect(communities.nodes.first { $0.id == "ICMPD" }?.attributes["fillcolor"] == .string(style.missingColor))
    }

    @Test("scores and partitions over the network's own nodes are taken by index, with no id look-up")
    func denseResults() throws {
        let network = try smallNetwork()
        let count = network.nodes.count
        // The last node scores highest and the first lowest, whatever their ids.
        let values = (0..<count).map { Double($0) }
        var style = Style()
        style.listsUnlinkedNodesInLegend = false
        style.sizeBy = .values(NodeScores(name: "rank", values: values, nodeIDs: network.nodes.map(\.id)))
        style.colorBy = .community(
            Partition(method: "test", communities: (0..<count).map { $0 % 2 }, nodeIDs: network.nodes.map(\.id), modularity: 0))
        let graph = try DiagramBuilder(network: network, style: style).build()
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        #expect(byID[network.nodes[count - 1].id]?.attributes["fontsize"] == .number(style.maximumFontSize))
        #expect(byID[network.nodes[0].id]?.attributes["fontsize"] == .number(style.fontSize))
        #expect(byID[network.nodes[0].id]?.attributes["fillcolor"] == .string(style.palette[0]))
        #expect(byID[network.nodes[1].id]?.attributes["fillcolor"] == .string(style.palette[1]))
        guard case .html(let label) = graph.attributes["label"] else { Issue.record("no legend"); return }
        #expect(label.markup.contains("Node size: rank."))
    }

    @Test("the legend lists kinds and relations present, and renders")
    func legend() throws {
        let graph = try DiagramBuilder(network: try smallNetwork()).build()
        guard case .html(let label) = graph.attributes["label"] else { Issue.record("no legend"); return }
        for text in ["Small", "country (ellipse)", "dialogue (hexagon)", "hosts", "co-chairs", "secretariat", "part of"] {
            #expect(label.markup.contains(text), "\(text)")
        }
        #expect(!label.markup.contains("memorandum"))
        let svg = try GraphvizRenderer.render(graph, engine: .dot, format: .svg)
        let text = try #require(XMLText.parse(svg.data))
        #expect(text.contains("Nigeria") && text.contains("hosts"))
        #expect(svg.messages.isEmpty)
    }

    @Test("nodes without links leave the drawing for the legend, unless asked otherwise")
    func unlinkedNodes() throws {
        let network = try smallNetwork()
        let withLonely = try Network(
            name: network.name, nodes: network.nodes + [Node(id: "MRT", name: "Mauritania", kind: .country)], edges: network.edges)
        let graph = try DiagramBuilder(network: withLonely).build()
        #expect(!graph.nodes.contains { $0.id == "MRT" })
        guard case .html(let label) = graph.attributes["label"] else { Issue.record("no legend"); return }
        #expect(label.markup.contains("Without links in this view: Mauritania."))
        var style = Style()
        style.listsUnlinkedNodesInLegend = false
        #expect(try DiagramBuilder(network: withLonely, style: style).build().nodes.contains { $0.id == "MRT" })
    }

    @Test("every view of every scheme renders without warnings", arguments: DiagramView.allCases)
    func rendersCleanly(view: DiagramView) throws {
        var style = Style()
        style.showsEdgeLabels = true
        style.clusterBy = .region
        let builder = DiagramBuilder(network: try smallNetwork(), style: style, view: view)
        let graph = try builder.build()
        let result = try GraphvizRenderer.render(graph, engine: builder.recommendedEngine(for: graph), format: .svg)
        #expect(result.messages.isEmpty)
        #expect(XMLText.parse(result.data) != nil)
    }
}

@Suite("Diagram builder: results placed by id, or refused with an error")
struct ResultPlacementTests {
    @Test("projection scores and communities without networkIndices are placed by their ids")
    func projectionResultsByID() throws {
        let network = try smallNetwork()
        let projection = network.twoModeGraph().actorProjection()
        let ids = projection.graph.nodeIDs
        // The first actor of the projection scores highest; the others 0.
        var style = Style()
        style.listsUnlinkedNodesInLegend = false
        style.sizeBy = .values(
            NodeScores(name: "s", values: ids.indices.map { $0 == 0 ? 1 : 0 }, nodes: projection.graph.nodeIndex))
        style.colorBy = .community(
            Partition(method: "test", communities: ids.indices.map { $0 }, nodes: projection.graph.nodeIndex, modularity: 0))
        let graph = try DiagramBuilder(network: network, style: style).build()
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        #expect(byID[ids[0]]?.attributes["fontsize"] == .number(style.maximumFontSize))
        #expect(byID[ids[1]]?.attributes["fillcolor"] == .string(style.palette[1]))
        let meeting = try #require(network.meetings.first?.id)
        #expect(byID[meeting]?.attributes["fillcolor"] == .string(style.missingColor))
    }

    @Test("a result with a node the network lacks, or networkIndices that do not fit, is a thrown error")
    func refusals() throws {
        let network = try smallNetwork()
        var style = Style()
        // A graph built from indices names its nodes "0", "1"...: not the network's ids.
        style.sizeBy = .values(NodeScores(name: "bare", values: [1, 2], nodeIDs: ["0", "1"]))
        #expect(throws: GraphvizError.resultNotOnNetwork(result: "bare", id: "0")) {
            try DiagramBuilder(network: network, style: style).build()
        }
        style.sizeBy = .values(NodeScores(name: "short", values: [1, 2], nodeIDs: ["NGA", "FRA"]), networkIndices: [0])
        #expect(throws: GraphvizError.invalidNetworkIndices(result: "short", reason: "1 indices for 2 values")) {
            try DiagramBuilder(network: network, style: style).build()
        }
        style.sizeBy = .uniform
        style.colorBy = .community(
            Partition(method: "far", communities: [0], nodeIDs: ["NGA"], modularity: 0), networkIndices: [99])
        #expect(throws: GraphvizError.self) { try DiagramBuilder(network: network, style: style).build() }
    }
}

@Suite("dated ties in diagrams")
struct DatedTieDiagramTests {
    @Test("the ties view labels a dated tie with what its dates mean; a repeated tie lists each term")
    func spans() throws {
        let nodes = ["D", "A", "B"].map { Node(id: $0, name: $0, kind: .country) }
        let edges = [
            Edge(from: "A", to: "D", relation: .presidency, end: PartialDate("2017-03-21")),
            Edge(from: "B", to: "D", relation: .presidency, start: PartialDate("2015"), end: PartialDate("2015")),
            Edge(from: "B", to: "D", relation: .presidency, start: PartialDate("2022-12-14")),
        ]
        let network = try Network(name: "chairs", nodes: nodes, edges: edges)
        let graph = try DiagramBuilder(network: network, style: Style(), view: .ties).build()
        let labels = graph.edges.compactMap { $0.attributes["label"] }
        #expect(labels.contains(.text("until 2017-03-21")))
        #expect(labels.contains(.text("2015; from 2022-12-14")))
        let tooltips = graph.edges.compactMap { $0.attributes["tooltip"] }
        #expect(tooltips.contains(.text("B presidency D (2 times), 2015; from 2022-12-14")))
    }
}
