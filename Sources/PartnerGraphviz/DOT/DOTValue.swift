import PartnerFiles

/// The value of a DOT attribute: plain text, a label shown literally, or an HTML-like label.
///
/// The three cases differ in how Graphviz reads them, and so in how ``DOTGraph/render()`` writes them:
/// ```swift
/// let plain: DOTValue = "filled,rounded"          // written "filled,rounded"
/// let label = DOTValue.text("Côte d'Ivoire\n2019") // shown on two lines, backslashes shown as typed
/// let html = DOTValue.html(HTMLLabel(escaping: "<b> & co")) // written <&lt;b&gt; &amp; co>
/// ```
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// A value written as it is, quoted: Graphviz's escape sequences in it (`\N`, `\n`, `\l`) keep their meaning.
    case string(String)
    /// Text shown literally: backslashes stay backslashes and line breaks become Graphviz's `\n`.
    case text(String)
    /// An HTML-like label, written between angle brackets.
    case html(HTMLLabel)

    /// A literal is a plain value: `"bold"` is `.string("bold")`.
    public init(stringLiteral value: String) { self = .string(value) }

    /// A number written in the shortest form that keeps three decimals (`2`, `0.75`, `1.333`).
    public static func number(_ value: Double) -> DOTValue { .string(DOTEscaping.number(value)) }

    /// A number written as an integer.
    public static func number(_ value: Int) -> DOTValue { .string(String(value)) }

    /// The value as it appears in DOT text, quoted and escaped.
    public var description: String {
        var text = ""
        append(to: &text)
        return text
    }

    /// Appends ``description`` to `text`.
    func append(to text: inout String) {
        switch self {
        case .string(let value): DOTEscaping.appendQuoted(value, to: &text)
        case .text(let value): DOTEscaping.appendQuoted(DOTEscaping.escString(value), to: &text)
        case .html(let label):
            text += "<"
            text += label.markup
            text += ">"
        }
    }
}

/// An HTML-like Graphviz label: markup written between `<` and `>` instead of quotes.
///
/// Build one from text with ``init(escaping:)``, which escapes `&`, `<`, `>`, `"` and `'` and turns line
/// breaks into `<BR/>`; combine escaped pieces with your own tags through ``init(markup:)``.
public struct HTMLLabel: Hashable, Sendable {
    /// The markup, without the enclosing angle brackets.
    public var markup: String

    /// Wraps markup you have built and escaped yourself: it is written unchanged.
    public init(markup: String) { self.markup = markup }

    /// Text shown literally: markup characters are escaped and line breaks become `<BR/>`.
    public init(escaping text: String) { self.markup = HTMLLabel.escape(text) }

    /// Escapes text for HTML-like labels: `&`, `<`, `>`, `"`, `'` become entities, line breaks `<BR/>`, and a
    /// backslash becomes two (Graphviz expands `\G`, `\N` and the like in HTML-like text too, and shows `\\`
    /// as one backslash; an entity such as `&#92;` would be expanded as well).
    /// - Complexity: O(n) in the length of `text`.
    public static func escape(_ text: String) -> String {
        let markup = MarkupText.escape(text, lineBreaks: .element("<BR/>"))
        return markup.utf8.contains(UInt8(ascii: "\\")) ? markup.replacing("\\", with: "\\\\") : markup
    }
}
