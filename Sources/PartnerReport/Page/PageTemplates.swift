import Mustache

/// Every template of the report in one library: the interactive page, the static page, and the partials they
/// share. The pages are made only from these templates: Mustache escapes every `{{value}}` for HTML, so no page
/// builds markup in strings.
enum PageTemplates {
    /// The header both pages open with (`{{> header}}`): the network's name and what the page shows.
    static let header = #"""
        <header>
          <h1>{{title}}</h1>
          <p>{{subtitle}}</p>
        </header>
        """#

    /// Each page's library (the page and the shared partials), parsed once when first asked for: a report makes
    /// one page, and parsing the other's template is a few milliseconds of nothing. A template that does not parse
    /// is a programming error the tests catch.
    private static func library(_ page: String, named name: String) -> Result<MustacheLibrary, Error> {
        Result {
            var library = MustacheLibrary()
            try library.register(header, named: "header")
            try library.register(page, named: name)
            return library
        }
    }
    private static let interactive = library(InteractiveTemplate.page, named: "interactive")
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

/// A page template missing from ``PageTemplates``' library.
struct PageTemplateError: Error, CustomStringConvertible {
    var name: String
    var description: String { "the report has no template named \(name)" }
}
