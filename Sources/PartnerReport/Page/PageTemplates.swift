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

    /// Each page's library (the page and the shared partials), parsed once when first asked for: a report makes
    /// one page, and parsing the other's template is a few milliseconds of nothing. Every template starts by
    /// naming ``PageEscaping`` as its content type (Mustache gives each partial the default type again). A
    /// template that does not parse is a programming error the tests catch.
    private static func library(_ page: String, named name: String, sections: [String: String] = [:]) -> Result<MustacheLibrary, Error> {
        Result {
            PageEscaping.register()
            let pragma = "{{% CONTENT_TYPE: \(PageEscaping.name)}}\n"
            var library = MustacheLibrary()
            for (partialName, partial) in partials.merging(
                sections, uniquingKeysWith: { _, _ in preconditionFailure("a page's section has a shared partial's name") })
            {
                try library.register(pragma + partial, named: partialName)
            }
            try library.register(pragma + page, named: name)
            return library
        }
    }
    private static let interactive = library(InteractiveTemplate.page, named: "interactive", sections: InteractiveTemplate.sections)
    private static let `static` = library(StaticTemplate.page, named: "static")

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
