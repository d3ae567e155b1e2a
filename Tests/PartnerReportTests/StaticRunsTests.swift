import Foundation
import Mustache
import Testing

@testable import PartnerReport

/// The templates' lines without a tag, handed to Mustache as values: a template renders the same bytes either way.
@Suite("The templates' runs of lines without a tag")
struct StaticRunsTests {
    /// A context whose every field is a text or a flag, found by name like the pages' values.
    struct Values: TemplateFields {
        var name: String
        var shown: Bool
        var rows: [Row]
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "shown": \.shown, "rows": \.rows]
    }
    struct Row: TemplateFields {
        var cell: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["cell": \.cell]
    }

    /// `text` rendered as it is, and rendered after lifting its runs (their values given by a context that asks
    /// the runs first).
    func bothWays(_ text: String, _ values: Values) throws -> (plain: String, lifted: String, runs: Int) {
        var runs = StaticRuns()
        let lifted = runs.lift(text, from: "test")
        let plain = try MustacheTemplate(string: text).render(values)
        var resolved = lifted
        for (name, value) in runs.texts { resolved = resolved.replacingOccurrences(of: "{{{\(name)}}}", with: value.renderText) }
        #expect(resolved == text, "the runs put back give the template")
        let liftedPage = try MustacheTemplate(string: lifted).render(WithRuns(runs: runs.texts, values: values))
        return (plain, liftedPage, runs.texts.count)
    }

    /// The test's context with the runs, as ``TemplateFields/child(named:)`` finds the pages' own.
    struct WithRuns: MustacheParent {
        var runs: [String: TemplateText]
        var values: Values
        func child(named name: String) -> Any? { runs[name] ?? values.child(named: name) }
    }

    @Test("a template with runs at its start, between tags, inside sections and at its end renders the same bytes")
    func sameBytes() throws {
        let text = """
            <section>
              <h2>Title</h2>
            {{#shown}}
              <p>{{name}}</p>
              <p>static inside a section</p>
            {{/shown}}
            <ul>
            {{#rows}}
              <li>{{cell}}</li>
              <li>a static line in a loop</li>
            {{/rows}}
            </ul>

            <footer>{ not a tag }</footer>
            </section>
            """
        let values = Values(name: "A & B", shown: true, rows: [Row(cell: "x"), Row(cell: "<y>")])
        for text in [text, text + "\n"] {
            let result = try bothWays(text, values)
            #expect(result.lifted == result.plain)
            #expect(result.runs == 5)
        }
        let hidden = try bothWays(text, Values(name: "", shown: false, rows: []))
        #expect(hidden.lifted == hidden.plain)
    }

    @Test("a tag over several lines leaves the template as it is")
    func openTagKept() {
        var runs = StaticRuns()
        let text = "<p>\n{{! a comment\nover two lines }}\n<p>\n"
        #expect(runs.lift(text, from: "test") == text)
        #expect(runs.texts.isEmpty)
    }

    @Test("partials included after an indentation are found, others not")
    func indentedPartials() {
        let names = StaticRuns.indentedPartials(in: ["{{> top}}\n  {{> inner }}\n\t{{>tabbed}}\n<p>{{> inline}}</p>\n"])
        #expect(names == ["inner", "tabbed"])
    }
}
