import Foundation
import PartnerIO
import Testing

@testable import PartnerGraphviz
import PartnerTestSupport

/// Labels built to break DOT (quotes, backslashes, `]`, `->`, HTML, Graphviz escapes, comments, line breaks)
/// go from a network file through the diagram builder and the DOT writer to Graphviz, which must read back
/// every id and label as written, and lay the graph out.
@Suite("Hostile labels in diagrams")
struct HostileLabelTests {
    static let file = repositoryRoot.appendingPathComponent("Tests/PartnerIOTests/Hostile/network/dot-breaker.json").path

    @Test("Graphviz reads back every id, label and tooltip", arguments: DiagramView.allCases)
    func readBack(view: DiagramView) throws {
        let network = try NetworkFile.read(path: Self.file)
        let builder = DiagramBuilder(network: network, view: view)
        let graph = try builder.build()
        let parsed = try GraphvizRenderer.parse(dot: graph.render())
        #expect(parsed.nodes.count == graph.nodes.count)
        #expect(parsed.edges.count == graph.edges.count)
        let written = Dictionary(uniqueKeysWithValues: graph.nodes.map { (DOTRoundTrip.readBack($0.id), $0) })
        for node in parsed.nodes {
            let original = try #require(written[node.name], "node '\(node.name)' was not written")
            for attribute in original.attributes {
                guard case .text(let text) = attribute.value else { continue }
                let name = attribute.name
                // A .text value reaches Graphviz as its escString and is shown as the text itself.
                #expect(node.attributes[name] == (text.isEmpty ? nil : DOTEscaping.escString(text)), "\(name) of \(node.name)")
                #expect(DOTEscaping.unescapeLabel(node.attributes[name] ?? "") == Self.lines(text))
            }
        }
        // Every actor of the file is drawn under its own name, whatever it contains.
        for actor in network.actors where view != .ties || network.ties.contains(where: { $0.from == actor.id || $0.to == actor.id }) {
            let label = Self.lines(builder.label(of: actor))
            #expect(parsed.nodes.contains { DOTEscaping.unescapeLabel($0.attributes["label"] ?? "") == label }, "\(actor.name)")
        }
    }

    /// The text as Graphviz shows it: every line break (CRLF, CR or LF) is one line break.
    static func lines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    @Test("dot lays the diagram out and the SVG shows the markup as text")
    func svg() throws {
        let network = try NetworkFile.read(path: Self.file)
        let result = try GraphvizRenderer.render(try DiagramBuilder(network: network).build(), engine: .dot, format: .svg)
        let svg = String(decoding: result.data, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml") && svg.contains("</svg>"))
        #expect(svg.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(svg.contains("a &#45;&gt; b &#45;&#45; c") || svg.contains("a -&gt; b -- c"))
        #expect(!svg.contains("<b>bold</b>"))
    }

    @Test("the SVG shows the title, kinds and names as written: no \\G expanded, no entity decoded")
    func escapesAndEntitiesShownAsWritten() throws {
        let text = """
            name: "T \\\\G \\\\N end\\\\"
            actors:
              - {id: A, kind: "k\\\\G&amp;"}
              - {id: B, name: "x&#65;y &amp; \\\\E"}
            meetings:
              - {id: m1, hosts: [A], attends: [B]}

            """
        let network = try NetworkFile.read(text: text, file: "t.yaml")
        #expect(network.name == "T \\G \\N end\\" && network.nodes[1].name == "x&#65;y &amp; \\E")
        let result = try GraphvizRenderer.render(try DiagramBuilder(network: network).build(), engine: .dot, format: .svg)
        let svg = String(decoding: result.data, as: UTF8.self)
        let shown = svg.components(separatedBy: "<text").dropFirst().compactMap { piece -> String? in
            guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</text>") else { return nil }
            return String(piece[piece.index(after: start)..<end.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
        }
        #expect(shown.contains("T \\G \\N end\\"), "\(shown)")
        #expect(shown.contains { $0.hasPrefix("k\\G&amp;") }, "\(shown)")
        #expect(shown.contains("x&#65;y &amp; \\E"), "\(shown)")
        #expect(HTMLLabel.escape("a\\G & b") == "a\\\\G &amp; b")
        #expect(DOTEscaping.escString("x&#65;\\N") == "x&amp;#65;\\\\N")
        #expect(DOTEscaping.unescapeLabel(DOTEscaping.escString("x&#65; & \\N")) == "x&#65; & \\N")
    }

    @Test("an id beginning with % is refused by name, since Graphviz would write it under another id")
    func percentIDRefused() throws {
        let text = """
            name: P
            actors:
              - {id: "%x", name: Percent}
              - {id: "a%7"}
            meetings:
              - {id: m1, attends: ["%x", "a%7"]}

            """
        let network = try NetworkFile.read(text: text, file: "t.yaml")
        // The file has no ties, so the ties view shows no node.
        for view in DiagramView.allCases where view != .ties {
            #expect(throws: GraphvizError.reservedNodeID("%x"), "\(view)") { try DiagramBuilder(network: network, view: view).build() }
        }
        #expect(GraphvizError.reservedNodeID("%x").localizedDescription.contains("'%x'"))
        // A % later in the id is kept: Graphviz writes it back as given.
        let inner = try NetworkFile.read(text: text.replacingOccurrences(of: "\"%x\"", with: "x%"), file: "t.yaml")
        let svg = String(decoding: try GraphvizRenderer.render(try DiagramBuilder(network: inner).build(), engine: .dot, format: .svg).data, as: UTF8.self)
        #expect(svg.contains("<title>x%</title>") && svg.contains("<title>a%7</title>"), "\(svg)")
    }

    /// Inputs of the DOT fuzz target kept in `Hostile/crashers/DOT/`, replayed with its checks.
    static let crashers: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Tests/PartnerIOTests/Hostile/crashers/DOT")
        return folderEntries(folder).map { folder.appendingPathComponent($0).path }
    }()

    @Test("the DOT crashers folder is not empty, so the replay cannot pass on no case")
    func corpusPresent() throws {
        try #require(!Self.crashers.isEmpty, "no input in Tests/PartnerIOTests/Hostile/crashers/DOT")
    }

    @Test("fuzzer inputs: NUL-separated pieces as ids, labels and HTML labels read back exactly", arguments: crashers)
    func fuzzerInput(_ path: String) throws {
        // The "open-" inputs once showed that a quote or '&' followed by a combining mark, one Character,
        // slipped through escaping that matched Characters; escaping now matches Unicode scalars.
        try replay(path)
    }

    func replay(_ path: String) throws {
        let (graph, labels) = DOTRoundTrip.graph(fuzzInput: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(try DOTRoundTrip.problems(graph, labels: labels) == [])
    }
}
