import Mustache

/// A value whose fields a Mustache template reads by name from a table of key paths.
///
/// Without it, Mustache finds `{{name}}` through reflection: a `Mirror` of the value, every field boxed and
/// compared, again for each enclosing value when the name belongs further out. On the Rabat Process report that
/// was over half of `partnet report`'s main thread; a dictionary of key paths makes each lookup one hash.
protocol TemplateFields: MustacheParent {
    /// The fields a template may name, each with its key path.
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
    /// Where a name missing from ``templateFields`` is looked up next (nil by default): a page's context finds
    /// the fields both pages share in its ``PageSections``. A name missing there too is looked up among the
    /// templates' runs of lines without a tag (``StaticRuns``).
    var sharedFields: (any TemplateFields)? { get }
}

extension TemplateFields {
    var sharedFields: (any TemplateFields)? { nil }

    /// The named field, with an optional unwrapped (nil when absent or nil, as Mustache's reflection gives), and
    /// a text or a whole number as a ``TemplateText``.
    func child(named name: String) -> Any? {
        guard let keyPath = Self.templateFields[name] else {
            if let shared = sharedFields { return shared.child(named: name) }
            // The templates' lines without a tag stand as values (see ``StaticRuns``).
            return PageTemplates.staticRuns[name]
        }
        let value = self[keyPath: keyPath]
        // Casts to a concrete type are cheap (and look through an optional); a cast to a protocol searches every
        // conformance of the program the first time for each type: most fields are texts and numbers.
        if let text = value as? String { return TemplateText(renderText: text) }
        if let number = value as? Int { return TemplateText(renderText: String(number)) }
        if value is Bool { return value }
        // A cast to `Any?` looks through an optional too, with no conformance to find: nil for a nil one.
        guard let wrapped = cast(value, to: Any?.self) else { return value }
        return wrapped
    }
}

/// `value as? T`, written generically so that a cast to `Any?` (which looks through an optional at run time) is
/// not taken for one that always succeeds.
private func cast<T>(_ value: Any, to type: T.Type) -> T? { value as? T }

/// A text or number as Mustache renders it: the same characters as `String(describing:)` gives, escaped by the
/// page's content type all the same.
///
/// Mustache asks a value in turn whether it is a template, a custom renderable, a lambda or an optional before
/// describing it; each question is a dynamic cast, and the pages hold thousands of values. A custom renderable is
/// answered at the second.
struct TemplateText: MustacheCustomRenderable {
    /// The text, unescaped.
    var renderText: String
    /// Never null: an empty text still opens a section, as a string does.
    var isNull: Bool { false }
}

/// A summary figure as the pages' tables show it (``ReportModel/Figure`` stays free of Mustache).
struct FigureRow: TemplateFields {
    var name: String
    var value: String
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "value": \.value]

    init(_ figure: ReportModel.Figure) {
        name = figure.name
        value = figure.value
    }
}

extension TemplateFields {
    /// The names a template may use, for tests that check the table against the stored fields.
    static var templateFieldNames: [String] { Array(templateFields.keys) }
}
