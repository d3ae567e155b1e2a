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

    /// The library, parsed once; a template that does not parse is a programming error the tests catch.
    private static let parsed = Result { () throws -> MustacheLibrary in
        var library = MustacheLibrary()
        try library.register(header, named: "header")
        try library.register(InteractiveTemplate.page, named: "interactive")
        try library.register(StaticTemplate.page, named: "static")
        return library
    }

    /// Renders the page `name` ("interactive" or "static") with `context`.
    /// - Throws: ``PageTemplateError`` when a template does not parse or is missing.
    static func render(_ name: String, _ context: Any) throws -> String {
        let library = try parsed.get()
        guard let page = library.render(context, withTemplate: name) else { throw PageTemplateError(name: name) }
        return page
    }
}

/// A page template missing from ``PageTemplates``' library.
struct PageTemplateError: Error, CustomStringConvertible {
    var name: String
    var description: String { "the report has no template named \(name)" }
}
