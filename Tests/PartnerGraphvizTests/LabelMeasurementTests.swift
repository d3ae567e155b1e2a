import Foundation
import PartnerIO
import Testing

@testable import PartnerGraphviz
import PartnerTestSupport

/// Labels measured with pango on a second thread while the graph is built and laid out (`LabelMeasurement`): the
/// labels the graph's statements predict, and drawings byte for byte those of the text path, which measures every
/// label inside the layout.
@Suite("Labels measured beside the layout")
struct LabelMeasurementTests {
    typealias Label = LabelMeasurement.Label

    @Test("the labels Graphviz will measure: fonts and sizes from defaults, lines, subgraphs first, no escapes, HTML or empty line")
    func predictedLabels() {
        let graph = DOTGraph(
            id: "g", nodeDefaults: ["fontname": "Helvetica", "fontsize": "13"],
            nodes: [
                DOTNode("MAR", attributes: ["label": .text("Morocco"), "fontsize": "16.212"]),
                DOTNode("two", attributes: ["label": .text("Senior Officials'\nMeeting\n")]),
                DOTNode("plain name"),
                DOTNode("escaped", attributes: ["label": .string(#"a\nb"#)]),
                DOTNode("entity", attributes: ["label": .string("A &amp; B")]),
                DOTNode("literal", attributes: ["label": .text(#"back\slash & more"#)]),
                DOTNode("html", attributes: ["label": .html(HTMLLabel(markup: "<B>x</B>"))]),
                DOTNode("tiny", attributes: ["label": .text("x"), "fontsize": "0.5"]),
                DOTNode("carriage", attributes: ["label": .text("a\rb")]),
                DOTNode("blank", attributes: ["label": .string("")]),
            ],
            subgraphs: [
                DOTSubgraph(
                    id: "cluster_a", nodeDefaults: ["fontname": "Courier"],
                    nodes: [DOTNode("first", attributes: ["label": .text("First")])],
                    subgraphs: [DOTSubgraph(id: nil, nodeDefaults: ["fontsize": "20"], nodes: [DOTNode("deep")])])
            ])
        #expect(
            LabelMeasurement.labels(of: graph) == [
                Label(text: "deep", fontName: "Courier", fontSize: 20),
                Label(text: "First", fontName: "Courier", fontSize: 13),
                Label(text: "Morocco", fontName: "Helvetica", fontSize: 16.212),
                Label(text: "Senior Officials'", fontName: "Helvetica", fontSize: 13),
                Label(text: "Meeting", fontName: "Helvetica", fontSize: 13),
                Label(text: "plain name", fontName: "Helvetica", fontSize: 13),
                Label(text: #"back\slash & more"#, fontName: "Helvetica", fontSize: 13),
            ])
        // Graphviz's own defaults when the graph sets none.
        #expect(LabelMeasurement.labels(of: DOTGraph(nodes: [DOTNode("a")])) == [Label(text: "a", fontName: "Times-Roman", fontSize: 14)])
    }

    @Test("edge labels come after every node's, in the edges' fonts; an edge without a label, or in a strict graph, gives none")
    func edgeLabels() {
        let subgraph = DOTSubgraph(
            id: nil, edgeDefaults: ["fontsize": "9"], nodes: [DOTNode("c")],
            edges: [DOTEdge(from: "c", to: "a", attributes: ["label": .text("inner")])])
        var graph = DOTGraph(
            nodeDefaults: ["fontname": "Helvetica"], edgeDefaults: ["fontname": "Courier", "fontsize": "11"],
            nodes: [DOTNode("a"), DOTNode("b")],
            edges: [
                DOTEdge(from: "a", to: "b", attributes: ["label": .text("×2")]),
                DOTEdge(from: "b", to: "a"),
                DOTEdge(from: "a", to: "c", attributes: ["label": .text("")]),
                DOTEdge(from: "b", to: "c", attributes: ["label": .string(#"\E"#)]),
                DOTEdge(from: "c", to: "b", attributes: ["label": .text("two\nlines"), "fontsize": "12"]),
            ],
            subgraphs: [subgraph])
        let nodes = [
            Label(text: "c", fontName: "Helvetica", fontSize: 14), Label(text: "a", fontName: "Helvetica", fontSize: 14),
            Label(text: "b", fontName: "Helvetica", fontSize: 14),
        ]
        #expect(
            LabelMeasurement.labels(of: graph)
                == nodes + [
                    Label(text: "inner", fontName: "Courier", fontSize: 9), Label(text: "×2", fontName: "Courier", fontSize: 11),
                    Label(text: "two", fontName: "Courier", fontSize: 12), Label(text: "lines", fontName: "Courier", fontSize: 12),
                ])
        graph.isStrict = true
        #expect(LabelMeasurement.labels(of: graph) == nodes)
    }

    @Test("an HTML label's plain spans: text between tags, entities decoded, FONT's face and whole size, no styled text")
    func htmlSpans() {
        let markup =
            #"<TABLE BORDER="0"><TR><TD ALIGN="LEFT"><FONT POINT-SIZE="20"><B>Title</B></FONT></TD></TR>"#
            + ##"<TR><TD>R&amp;D &lt;unit&gt; &#233;t&#xE9;</TD><TD><FONT COLOR="#555555">━━</FONT></TD></TR>"##
            + #"<TR><TD BALIGN="LEFT"><FONT point-size="12" face="Courier">first line<BR ALIGN="LEFT"/>second</FONT>"#
            + #"tail<I>italic</I></TD></TR>"#
            + #"<TR><TD><FONT POINT-SIZE="12.5">half</FONT><FONT FACE="Times">a\N</FONT>&nbsp;x</TD></TR></TABLE>"#
        #expect(
            LabelMeasurement.spans(ofHTML: markup, fontName: "Helvetica", fontSize: 13) == [
                Label(text: "R&D <unit> été", fontName: "Helvetica", fontSize: 13),
                Label(text: "━━", fontName: "Helvetica", fontSize: 13),
                Label(text: "first line", fontName: "Courier", fontSize: 12),
                Label(text: "second", fontName: "Courier", fontSize: 12),
                Label(text: "tail", fontName: "Helvetica", fontSize: 13),
            ])
        // Line breaks and tabs in the text are dropped, as Graphviz's lexer drops them.
        #expect(LabelMeasurement.spans(ofHTML: "a\tb\nc", fontName: "Times-Roman", fontSize: 14) == [Label(text: "abc", fontName: "Times-Roman", fontSize: 14)])
    }

    @Test("a graph's HTML label (the legend) comes first, as Graphviz measures it, in the graph's own font")
    func legendSpansFirst() {
        let graph = DOTGraph(
            attributes: ["label": .html(HTMLLabel(markup: "<B>T</B>legend")), "fontname": "Helvetica", "fontsize": "13"],
            nodeDefaults: ["fontsize": "10"], nodes: [DOTNode("a")])
        #expect(
            LabelMeasurement.labels(of: graph) == [
                Label(text: "legend", fontName: "Helvetica", fontSize: 13), Label(text: "a", fontName: "Times-Roman", fontSize: 10),
            ])
    }

    @Test(
        "the Rabat diagram: labels measured on the other thread are taken from the cache, and the drawing is the text path's",
        arguments: [LayoutEngine.neato, .dot])
    func rabatFromCache(engine: LayoutEngine) throws {
        let network = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        var graph = try DiagramBuilder(network: network).build()
        graph.routeEdges(.automatic, engine: engine)
        let labels = LabelMeasurement.labels(of: graph)
        #expect(labels.count > graph.nodeCount)
        for format in [RenderFormat.svg, .dot] {
            let fromText = try GraphvizRenderer.render(dot: graph.render(), engine: engine, format: format)
            // How far the measuring thread gets before the layout reaches each label depends on the scheduler: on a
            // loaded machine it may measure nothing in one render. Every render must draw what the text path draws
            // and take from the cache every label the thread measured; some render of a few must measure ahead.
            var measuredAny = false
            for _ in 0..<8 where !measuredAny {
                let (fromGraph, counts) = try GraphvizRenderer.renderCountingLabels(graph, engine: engine, format: format)
                #expect(fromGraph.data == fromText.data, "\(engine) \(format)")
                #expect(counts.fromCache >= counts.measuredAhead, "\(engine) \(format)")
                #expect(counts.measuredAhead <= labels.count)
                measuredAny = counts.measuredAhead > 0
            }
            #expect(measuredAny, "\(engine) \(format): nothing measured beside the layout in 8 renders")
        }
    }

    @Test("cairo's formats draw from pango's own layout objects: their renders never take labels from the cache")
    func cairoFormatsMeasureThemselves() throws {
        let graph = DOTGraph(id: "g", nodes: (0..<30).map { DOTNode("n\($0)", attributes: ["label": .text("Label \($0)")]) })
        let (png, counts) = try GraphvizRenderer.renderCountingLabels(graph, engine: .neato, format: .png)
        #expect(counts == LabelMeasurement.Counts())
        #expect(png.data == (try GraphvizRenderer.render(dot: graph.render(), engine: .neato, format: .png)).data)
        let (_, explicit) = try GraphvizRenderer.renderCountingLabels(graph, engine: .neato, format: "svg:cairo")
        #expect(explicit == LabelMeasurement.Counts())
    }
}
