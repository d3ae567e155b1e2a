import Foundation
import Mustache
import PartnerTestSupport
import Testing

@testable import PartnerReport

/// The byte-level rewrites of the page (the SVG's hooks, the JSON's escapes) give what the plain definitions give.
@Suite("Page text rewritten on bytes")
struct PageBytesTests {
    /// The definition `scriptable` follows, as regular expressions.
    func scriptableByRegex(_ svg: String) -> String {
        var text = svg.replacingOccurrences(of: #"<!--[\s\S]*?-->\n?"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(
            of: #"<g id="n([0-9]+)" class=""#, with: #"<g id="n$1" data-node="$1" tabindex="-1" class=""#, options: .regularExpression)
        return text.replacingOccurrences(of: #"<g id="e([0-9]+)" class=""#, with: #"<g id="e$1" data-edge="$1" class=""#, options: .regularExpression)
    }

    /// `text` with each scalar of `table` replaced, scalar by scalar: the definition the byte-level rewrites follow.
    func replacingScalars(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The definition `scriptSafe` follows.
    func scriptSafeByScalars(_ json: String) -> String {
        replacingScalars(json, ["<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029"])
    }

    @Test(
        "scriptable drops comments and marks node and edge groups, as the regular expressions do",
        arguments: [
            "<svg>\n<!-- a -->\n<g id=\"n12\" class=\"node\"><title>x</title></g>\n<g id=\"e5\" class=\"edge\"></g></svg>",
            "<!-- no end <g id=\"n1\" class=\"node\">",
            "<g id=\"n\" class=\"node\"><g id=\"nx1\" class=\"node\"><g id=\"e07\" class=\"edge\"><g id=\"n3\" class='node'>",
            "<!----><!-- é <!-- --> -->\n\n<g id=\"n9\" class=\"\">Ünïcode 🙂 <!--\n--><g id=\"e1\" class=\"",
            "<g id=\"n1<!-- split -->2\" class=\"node\"><g id=\"e<g id=\"e4\" class=\"edge\">",
            "",
        ])
    func scriptableMatchesRegex(svg: String) {
        #expect(ReportDiagram.scriptable(svg) == scriptableByRegex(svg))
    }

    @Test("scriptable agrees with the regular expressions on a real drawing")
    func scriptableOnADrawing() throws {
        let svg = try String(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.svg"), encoding: .utf8)
        let marked = svg.replacingOccurrences(of: #"<g id="node([0-9]+)" class=""#, with: #"<g id="n$1" class=""#, options: .regularExpression)
            .replacingOccurrences(of: #"<g id="edge([0-9]+)" class=""#, with: #"<g id="e$1" class=""#, options: .regularExpression)
        #expect(marked.contains("<g id=\"n1\" class=\"") && marked.contains("<!--"))
        #expect(ReportDiagram.scriptable(marked) == scriptableByRegex(marked))
    }

    @Test("the SVG element is what follows Graphviz's prolog, scriptable or not; without one, the whole output")
    func svgElement() {
        let output = Data("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- g -->\n<svg width=\"1\">\n<!-- n -->\n<g id=\"n3\" class=\"node\"></g></svg>\n".utf8)
        #expect(ReportDiagram.svgElement(output) == "<svg width=\"1\">\n<!-- n -->\n<g id=\"n3\" class=\"node\"></g></svg>\n")
        #expect(ReportDiagram.scriptableElement(output) == "<svg width=\"1\">\n<g id=\"n3\" data-node=\"3\" tabindex=\"-1\" class=\"node\"></g></svg>\n")
        #expect(ReportDiagram.svgElement(Data("no drawing".utf8)) == "no drawing")
        #expect(ReportDiagram.scriptableElement(Data()) == "")
    }

    @Test(
        "scriptSafe escapes <, >, & and the line and paragraph separators, scalar by scalar",
        arguments: ["{\"a\":\"</script><!--x&y\"}", "plain", "\u{2028}\u{2029}\u{2027}\u{202A}", "é<\u{301}&🙂>", ""])
    func scriptSafeMatchesScalars(json: String) {
        #expect(PageText.scriptSafe(json: json) == scriptSafeByScalars(json))
    }

    /// The definition the pages' escaping follows.
    func escapedByScalars(_ text: String) -> String {
        replacingScalars(text, ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"])
    }

    @Test(
        "the pages escape <, >, &, \" and ' scalar by scalar, a quote before a combining mark included",
        arguments: [
            "<b>Côte d'Ivoire & \"Mali\"</b>", "plain", "", "\"\u{301} onmouseover=x", "<\u{338}script>", "🙂&🙂", "&amp;",
        ])
    func pageEscaping(text: String) {
        #expect(PageEscaping().escapeText(text) == escapedByScalars(text))
    }

    @Test("the pages escape as Mustache's own HTML type on text without combining marks")
    func pageEscapingAsMustache() throws {
        var generator = SeededGenerator(seed: 22)
        let alphabet = Array("ab <>&\"'é🙂\n;#x")
        PageEscaping.register()
        let template = try MustacheTemplate(string: "{{text}}")
        let paged = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(PageEscaping.name)}}{{text}}")
        for _ in 0..<200 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(paged.render(["text": text]) == template.render(["text": text]), "\(text)")
        }
    }

    @Test(
        "the drawing's marker is found where the collection search finds it",
        arguments: [
            ("<p>é 🙂</p><!-- m --><!-- m -->", "<!-- m -->"), ("<!-- m", "<!-- m -->"), ("<<<!<!-<!--x-->", "<!--x-->"),
            ("ab", "b"), ("", "<"), ("é", "\u{301}"), ("<!-- m --", "<!-- m -->"),
        ])
    func markerSearch(page: String, marker: String) {
        var text = page
        #expect(InteractivePage.range(of: marker, in: &text) == page.utf8.firstRange(of: marker.utf8))
    }

    @Test("the drawing's marker is found at the end of a page of half a megabyte")
    func markerAtTheEnd() {
        let marker = "<!-- partnet: the drawing, \(UUID().uuidString) -->"
        var page = String(repeating: "<tr><td>Côte d'Ivoire</td><!-- partnet: the </tr>\n", count: 10_000) + marker + "</body>"
        let found = InteractivePage.range(of: marker, in: &page)
        #expect(found.map { String(page[$0]) } == marker)
        #expect(found?.upperBound == page.range(of: "</body>")?.lowerBound)
    }

    @Test("numbers print as String(format:) prints them, halfway cases and tiny p-values included")
    func printedNumbers() {
        var generator = SeededGenerator(seed: 22)
        var values: [Double] = [
            0, -0.0, 0.005, 0.015, 0.025, 0.125, 0.375, 1.005, 2.675, 0.0005, 0.00049999, 0.001, 0.00099999, 1e-300, 4.9e-324,
            123_456_789.125, -2.5, 1e15, 0.1 + 0.2, 99.995, 9.9999e-5,
        ]
        for _ in 0..<2_000 {
            let magnitude = Double.random(in: -12...6, using: &generator)
            values.append(pow(10, magnitude) * (Bool.random(using: &generator) ? 1 : -1))
        }
        for value in values {
            for format: StaticString in ["%.2f", "%.3f", "%.1e", "%.4g", "%.1f"] {
                #expect(PageText.printed(value, format) == String(format: "\(format)", value), "\(format) of \(value)")
            }
        }
        #expect(PageText.decimal(2.675) == String(format: "%.2f", 2.675))
        #expect(PageText.pValue(0.0004) == "4.0e-04")
        #expect(PageText.pValue(0.0125) == String(format: "%.3f", 0.0125))
        for value in [0, 1, 9, 10, 15, 16, 127, 200, 255] {
            #expect(PageText.hexByte(value) == String(format: "%02x", value))
        }
        let low: [Double] = [222, 235, 247], high: [Double] = [8, 48, 107]
        var channels: [String] = []
        for (a, b) in zip(low, high) {
            let channel: Double = a + (b - a) * 3 / 7
            channels.append(String(format: "%02x", Int(channel.rounded())))
        }
        #expect(PageText.heatColor(3, maximum: 7) == "#" + channels.joined())
    }
}
