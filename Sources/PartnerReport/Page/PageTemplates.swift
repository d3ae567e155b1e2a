import Foundation
import Mustache
import PartnerFiles

/// Every template of the report in one library: the interactive page, the static page, and the partials they
/// share. The pages are made only from these templates: Mustache escapes every `{{value}}` for HTML, so no page
/// builds markup in strings.
enum PageTemplates {
    // The partials both pages share, each a whole number of lines (a partial alone on its line takes that line's
    // place, its line break included).

    /// The document's start (`{{> head}}`), up to its title: the network's name.
    static let head = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — PartnerGraph report</title>

        """#

    /// The header both pages open with (`{{> header}}`): the network's name and what the page shows.
    static let header = #"""
        <header>
          <h1>{{title}}</h1>
          <p>{{subtitle}}</p>
        </header>

        """#

    /// "At a glance" (`{{> summary}}`): the summary sentence, the cards and every figure under `info`'s names.
    static let summary = #"""
        <section id="summary">
          <h2>At a glance</h2>
          <p class="explain">{{summaryText}}</p>
          <div class="cards">
            {{#cards}}<div class="card"><div class="value">{{value}}</div><div class="label">{{label}}</div></div>{{/cards}}
          </div>
          <details class="figures"><summary>Every figure of the network, under the names <code>partnet info</code> prints</summary>
            <table><thead><tr><th scope="col">figure</th><th scope="col" class="num">value</th></tr></thead><tbody>
            {{#figures}}<tr><td><code>{{name}}</code></td><td class="num">{{value}}</td></tr>{{/figures}}
            </tbody></table>
            <p class="muted"><code>network</code>: every actor and meeting as one graph; <code>twoMode</code>: actors × meetings; <code>projection</code>: actors linked when they share a meeting.</p>
          </details>
        </section>

        """#

    /// "Ties that lasted" (`{{> lasting}}`): the pairs that met in the most years, or why there are none. Its
    /// lines take the indentation of the tag.
    static let lasting = #"""
        {{#changes.hasLasting}}
        <table>
          <thead><tr><th scope="col">Actor</th><th scope="col">Actor</th><th scope="col">From–to</th><th scope="col" class="num">Years met</th><th scope="col" class="num">Spells</th></tr></thead>
          <tbody>
          {{#changes.lasting}}<tr><td>{{a}}</td><td>{{b}}</td><td>{{years}}</td><td class="num">{{periods}}</td><td class="num">{{spells}}</td></tr>
          {{/changes.lasting}}
          </tbody>
        </table>
        {{/changes.hasLasting}}
        {{^changes.hasLasting}}<p class="muted">No pair of actors shares meetings in more than one year.</p>{{/changes.hasLasting}}

        """#

    /// The notes section (`{{> notes}}`), present only when there are notes.
    static let notes = #"""
        {{#hasNotes}}
        <section id="notes">
          <h2>Notes</h2>
          <p class="explain">Figures that could not be computed, choices made when coding the source, and places where the source contradicts itself.</p>
          <ul class="notes">{{#notes}}<li>{{.}}</li>{{/notes}}</ul>
        </section>
        {{/hasNotes}}

        """#

    /// The review queue (`{{> review}}`) of a network drafted by `partnet extract`, present only when it has facts to
    /// check: each with its confidence, why, and the sentence it was read from. A list, not a table, so that long
    /// sentences wrap on a phone.
    static let review = #"""
        {{#hasReview}}
        <section id="review">
          <h2>Facts to check</h2>
          <p class="explain">What the extraction was unsure of, least certain first: each drafted fact with its confidence (its rule's precision on the development pages), why to check it, and the sentence it was read from. <code>partnet extract --review FILE.csv</code> writes the same queue, fact by fact.</p>
          <ul class="notes review">{{#review}}<li><b>{{subject}}</b>{{#confidence}} (confidence {{confidence}}){{/confidence}}: {{reason}}{{#source}}<br><q>{{source}}</q>{{/source}}</li>{{/review}}</ul>
        </section>
        {{/hasReview}}

        """#

    private static let partials = ["head": head, "header": header, "summary": summary, "lasting": lasting, "review": review, "notes": notes]

    /// Every template's text as the parser gets it, by name (the shared partials, the interactive page's
    /// sections, and the two pages), with the text of its runs of lines without a tag (``StaticRuns``).
    private static let lifted: (templates: [String: String], runs: [String: TemplateText]) = {
        let templates = partials.merging(
            InteractiveTemplate.sections, uniquingKeysWith: { _, _ in preconditionFailure("a page's section has a shared partial's name") }
        ).merging(
            ["interactive": InteractiveTemplate.page, "static": StaticTemplate.page],
            uniquingKeysWith: { _, _ in preconditionFailure("a page has a partial's name") })
        let indented = StaticRuns.indentedPartials(in: templates.values)
        var runs = StaticRuns()
        var lifted: [String: String] = [:]
        for (name, text) in templates { lifted[name] = indented.contains(name) ? text : runs.lift(text, from: name) }
        return (lifted, runs.texts)
    }()

    /// The text of each run of lines without a tag, by the name of the tag that stands for it in ``lifted``; the
    /// pages' contexts find it by that name (``TemplateFields/child(named:)``).
    static var staticRuns: [String: TemplateText] { lifted.runs }

    /// Each page's library (the page and the shared partials), parsed once when first asked for: a report makes
    /// one page, and parsing the other's template is a few milliseconds of nothing. Every template starts by
    /// naming ``PageEscaping`` as its content type (Mustache gives each partial the default type again). A
    /// template that does not parse is a programming error the tests catch.
    private static func library(named name: String, sections: [String]) -> Result<MustacheLibrary, Error> {
        Result {
            PageEscaping.register()
            let pragma = "{{% CONTENT_TYPE: \(PageEscaping.name)}}\n"
            var library = MustacheLibrary()
            for templateName in Array(partials.keys) + sections + [name] {
                try library.register(pragma + lifted.templates[templateName]!, named: templateName)
            }
            return library
        }
    }
    private static let interactive = library(named: "interactive", sections: Array(InteractiveTemplate.sections.keys))
    private static let `static` = library(named: "static", sections: [])

    /// Renders the page `name` ("interactive" or "static") with `context`.
    /// - Throws: ``PageTemplateError`` when a template does not parse or is missing.
    static func render(_ name: String, _ context: Any) throws -> String {
        let parsed: Result<MustacheLibrary, Error>
        switch name {
        case "interactive": parsed = interactive
        case "static": parsed = `static`
        default: throw PageTemplateError(name: name)
        }
        guard let page = try parsed.get().render(context, withTemplate: name) else { throw PageTemplateError(name: name) }
        return page
    }
}

/// The lines of the page templates that hold no tag, given to Mustache as values instead of template text.
///
/// swift-mustache's parser reads a template character by character, testing each against a set of characters
/// (a hash of a grapheme cluster each time) and counting the rest of the template at every tag: two thirds of the
/// pages' template text is markup without a tag, and parsing it was over a millisecond of every report, while the
/// layout runs on the other core. Each run of such lines becomes one `{{{static-NAME-N}}}` tag whose value is the
/// same text, so the page's bytes do not change: a triple-mustache tag is inserted as it is, and a variable tag is
/// never standalone, so the line break after it stays. A partial included with an indentation indents each line of
/// its output, which a value's inner lines would escape, so such partials keep their text
/// (``indentedPartials(in:)``).
///
/// A run's tag is found by its name by whichever page value Mustache asks (``TemplateFields/child(named:)``
/// ends with ``PageTemplates/staticRuns``), so no run adds a level to what Mustache searches.
struct StaticRuns {
    /// The text of each run by its tag's name.
    private(set) var texts: [String: TemplateText] = [:]

    /// `template` with each run of lines without `{{` or `}}` replaced by one tag, whose text is recorded. A
    /// template with a tag over several lines (a comment, say) is returned as it is.
    /// - Complexity: O(n) in the template's UTF-8 bytes (read as bytes: the point is not to walk its characters).
    mutating func lift(_ template: String, from name: String) -> String {
        let bytes = Array(template.utf8)
        let lines = Self.lines(of: bytes)
        // A tag left open at a line's end would make the next lines part of it.
        guard lines.allSatisfy({ $0.opened == $0.closed }) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < lines.count {
            guard lines[index].opened == 0 && lines[index].closed == 0 else {
                result += bytes[lines[index].range]
                index += 1
                continue
            }
            var end = index
            while end + 1 < lines.count && lines[end + 1].opened == 0 && lines[end + 1].closed == 0 { end += 1 }
            // The run's text without its last line break, which stays after the tag.
            let start = lines[index].range.lowerBound
            var stop = lines[end].range.upperBound
            let endsWithBreak = stop > start && bytes[stop - 1] == UInt8(ascii: "\n")
            if endsWithBreak { stop -= 1 }
            let key = "static-\(name)-\(texts.count)"
            texts[key] = TemplateText(renderText: String(decoding: bytes[start..<stop], as: UTF8.self))
            result += Array("{{{\(key)}}}".utf8)
            if endsWithBreak { result.append(UInt8(ascii: "\n")) }
            index = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Each line of `bytes` (its line break included) with how many `{{` and `}}` it holds.
    private static func lines(of bytes: [UInt8]) -> [(range: Range<Int>, opened: Int, closed: Int)] {
        var lines: [(range: Range<Int>, opened: Int, closed: Int)] = []
        var start = 0, opened = 0, closed = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                lines.append((start..<index + 1, opened, closed))
                start = index + 1
                opened = 0
                closed = 0
            } else if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")) && index + 1 < bytes.count && bytes[index + 1] == byte {
                if byte == UInt8(ascii: "{") { opened += 1 } else { closed += 1 }
                index += 1
            }
            index += 1
        }
        if start < bytes.count { lines.append((start..<bytes.count, opened, closed)) }
        return lines
    }

    /// The names of the partials some template includes after spaces or tabs at its line's start.
    static func indentedPartials(in templates: some Sequence<String>) -> Set<String> {
        var names: Set<String> = []
        for template in templates {
            let bytes = Array(template.utf8)
            for line in lines(of: bytes) {
                var index = line.range.lowerBound
                while index < line.range.upperBound && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")) { index += 1 }
                guard index > line.range.lowerBound, bytes[index..<line.range.upperBound].starts(with: "{{>".utf8) else { continue }
                let tag = String(decoding: bytes[(index + 3)..<line.range.upperBound], as: UTF8.self)
                names.insert(String(tag.prefix { $0 != "}" }).trimmingCharacters(in: .whitespaces))
            }
        }
        return names
    }
}

/// How the pages escape every `{{value}}`: the project's one markup escaper, `MarkupText` (PartnerFiles), which
/// writes the entities Mustache's own HTML type writes for `<`, `>`, `&`, `"` and `'`, on the text's UTF-8 bytes.
///
/// Mustache's HTML type compares every character (grapheme cluster) with those five, after counting them: on a page
/// of half a megabyte that was a quarter of the time spent filling the templates. Bytes are also stricter: a quote
/// followed by a combining mark is one character that is not a quote, which the character-wise escaping left as
/// it was, closing the attribute it stood in.
struct PageEscaping: MustacheContentType {
    /// The name the templates' `{{% CONTENT_TYPE: ...}}` pragma gives.
    static let name = "PARTNERGRAPH_HTML"

    /// Makes the type known to Mustache under ``name``; a template naming it parses only after. Registering
    /// again changes nothing.
    static func register() { MustacheContentTypes.register(PageEscaping(), named: name) }

    /// `text` with `<`, `>`, `&`, `"` and `'` as `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`.
    /// - Complexity: O(n) in the UTF-8 bytes; a text with none of the five is returned as it is.
    func escapeText(_ text: String) -> String { MarkupText.escape(text) }
}

/// A page template missing from ``PageTemplates``' library.
struct PageTemplateError: Error, CustomStringConvertible {
    var name: String
    var description: String { "the report has no template named \(name)" }
}
