import Testing

@testable import PartnerGraphviz

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("a small directed graph is written as expected")
    func goldenDirected() {
        var graph = DOTGraph(id: "Rabat Process", isDirected: true)
        graph.attributes["rankdir"] = "LR"
        graph.nodeDefaults["fontname"] = "Helvetica"
        graph.nodes = [
            DOTNode("NGA", attributes: ["label": .text("Nigeria"), "shape": "ellipse"]),
            DOTNode("abuja:2019", attributes: ["label": .text("Diaspora remittances\nAbuja 2019")]),
        ]
        graph.edges = [DOTEdge(from: "NGA", to: "abuja:2019", attributes: ["style": "bold", "penwidth": .number(2.5)])]
        graph.subgraphs = [.cluster("2019", label: "2019", nodes: [DOTNode("abuja:2019")])]
        #expect(
            graph.render() == """
                digraph "Rabat Process" {
                  graph [rankdir="LR"];
                  node [fontname="Helvetica"];
                  subgraph "cluster_2019" {
                    graph [label="2019"];
                    "abuja:2019";
                  }
                  "NGA" [label="Nigeria", shape="ellipse"];
                  "abuja:2019" [label="Diaspora remittances\\nAbuja 2019"];
                  "NGA" -> "abuja:2019" [style="bold", penwidth="2.5"];
                }

                """)
    }

    @Test("an undirected strict graph uses -- and strict")
    func goldenUndirected() {
        let graph = DOTGraph(isDirected: false, isStrict: true, edges: [DOTEdge(from: "a", to: "b")])
        #expect(graph.render() == "strict graph {\n  \"a\" -- \"b\";\n}\n")
    }

    @Test(
        "ids are quoted and escaped",
        arguments: [
            ("plain", #""plain""#),
            ("a:b", #""a:b""#),
            (#"say "hi""#, #""say \"hi\"""#),
            (#"back\slash"#, #""back\slash""#),
            (#"trailing\"#, #""trailing\\""#),
            (#"before\"quote"#, #""before\\\"quote""#),
            ("<b>", #""<b>""#),
            ("Côte d'Ivoire 🌍", #""Côte d'Ivoire 🌍""#),
        ])
    func quotedIDs(id: String, expected: String) {
        #expect(DOTEscaping.quoted(id) == expected)
    }

    @Test(
        "text labels escape backslashes and line breaks",
        arguments: [
            ("two\nlines", #""two\nlines""#),
            (#"\N is not the name"#, #""\\N is not the name""#),
            (#"quote " and \"#, #""quote \" and \\""#),
            ("crlf\r\nline", #""crlf\nline""#),
        ])
    func textLabels(text: String, expected: String) {
        #expect(DOTValue.text(text).description == expected)
    }

    @Test("HTML labels escape markup characters and only markup passed in is kept")
    func htmlLabels() {
        #expect(HTMLLabel(escaping: #"<b>"Tom" & 'Jerry'</b>"#).markup == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(HTMLLabel(escaping: "a\nb").markup == "a<BR/>b")
        let label = HTMLLabel(markup: "<B>" + HTMLLabel.escape("R&D") + "</B>")
        #expect(DOTValue.html(label).description == "<<B>R&amp;D</B>>")
    }

    @Test("attribute names that are not identifiers are quoted; numbers are short")
    func namesAndNumbers() {
        var attributes = DOTAttributes()
        attributes["my attr"] = .number(1.0)
        attributes["width"] = .number(0.3333333)
        attributes["width"] = .number(0.75)
        #expect(DOTWriter.list(attributes) == #"["my attr"="1", width="0.75"]"#)
        attributes["width"] = nil
        #expect(DOTWriter.list(attributes) == #"["my attr"="1"]"#)
        #expect(DOTEscaping.number(1.3333) == "1.333")
    }

    @Test("node count includes nodes in nested subgraphs")
    func nodeCount() {
        var inner = DOTSubgraph(id: "inner", nodes: [DOTNode("c")])
        inner.subgraphs = [DOTSubgraph(id: nil, nodes: [DOTNode("d")])]
        let graph = DOTGraph(nodes: [DOTNode("a"), DOTNode("b")], subgraphs: [inner])
        #expect(graph.nodeCount == 4)
    }
}
