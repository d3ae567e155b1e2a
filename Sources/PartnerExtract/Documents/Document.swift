import Foundation
import PartnerGraph

/// One text to extract from: its source (a URL or a file name) and its paragraphs.
///
/// A paragraph is a block of the original: a paragraph or heading of an HTML page, a line or a blank-line
/// separated block of plain text, a list item of Markdown. Sentences never cross paragraphs.
public struct Document: Sendable, Hashable {
    /// Where the text comes from: its URL when known, else its file name (and line, for JSON lines).
    public var source: String
    public var paragraphs: [String]
    /// The page's own date, when known (a JSON line's `"date"`): it gives the
    /// year of dates written without one ("on 9 April") and the day of "today", "yesterday", "last week".
    public var date: PartialDate?

    public init(source: String, paragraphs: [String], date: PartialDate? = nil) {
        self.source = source
        self.paragraphs = paragraphs.map(Document.spacingControls)
        self.date = date
    }

    /// A document from plain text: each line is a paragraph, except that a line continuing a sentence
    /// (it ends without a full stop and the next starts in lower case) is joined to the next one.
    /// Whether a line ends on a comma or on a word that never ends a sentence: an article, a preposition, a conjunction.
    static func endsMidSentence(_ line: String) -> Bool {
        if line.hasSuffix(",") { return true }
        guard let last = line.split(separator: " ").last else { return false }
        let joining: Set<Substring> = [
            "the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "from", "with", "and", "or", "de", "du", "des", "la", "le", "les", "et",
            "à", "en", "pour", "sur", "par", "avec", "au", "aux",
        ]
        return joining.contains(last)
    }

    public init(source: String, plainText: String) {
        self.source = source
        var paragraphs: [String] = []
        var current = ""
        // Lines split on the newline byte, so that "\r\n" (one Character, not "\n") ends a line too.
        for rawLine in plainText.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(rawLine).trimmingWhitespace()
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty {
                // A line broken inside a sentence: the next line opens in lower case, or this one ends on a word that
                // cannot end a sentence ("... Regular Migration for" / "Development jointly organized by ...").
                let continues = !".!?:;".contains(current.last!) && ((line.first?.isLowercase ?? false) || Document.endsMidSentence(current))
                if continues {
                    current += " " + line
                    continue
                }
                paragraphs.append(current)
            }
            current = line
        }
        if !current.isEmpty { paragraphs.append(current) }
        self.paragraphs = paragraphs.map(Document.spacingControls)
    }

    /// The text with each control character (form feeds, ESC, BEL, C1 controls) made a space: none is part of
    /// a sentence, and none may reach a terminal (`--explain`) or the draft file, whose readers refuse them.
    static func spacingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
