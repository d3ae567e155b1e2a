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

    /// The width a plain text is wrapped at, when it is hard-wrapped: no line longer than 100 bytes, and at least five
    /// of 50 bytes or more (an e-mail, a press release kept as plain text). The width is the median length of those
    /// lines, so that a longer title line does not set it. Nil for a text whose paragraphs are lines.
    /// - Parameter lengths: the length in bytes of each line, trimmed.
    /// - Complexity: O(l log l) in the number of lines.
    static func wrapWidth<Lengths: Sequence<Int>>(_ lengths: Lengths) -> Int? {
        var long: [Int] = []
        for length in lengths {
            if length > 100 { return nil }
            if length >= 50 { long.append(length) }
        }
        guard long.count >= 5 else { return nil }
        long.sort()
        return long[long.count / 2]
    }

    /// A document from plain text: each line is a paragraph, except that a line continuing a sentence is joined to the
    /// next one (it ends without a full stop, and the next starts in lower case, or it ends on a word that cannot end a
    /// sentence, or the text is hard-wrapped and the next line's first word did not fit on it: `wrapWidth(_:)`).
    public init(source: String, plainText: String) {
        self.source = source
        var paragraphs: [String] = []
        var current = ""
        // Lines split on the newline byte, so that "\r\n" (one Character, not "\n") ends a line too.
        let rawLines = plainText.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let width = Document.wrapWidth(rawLines.lazy.map { $0.count > 200 ? $0.count : Substring($0).trimmingWhitespace().utf8.count })
        var lastLength = 0
        for rawLine in rawLines {
            let line = Substring(rawLine).trimmingWhitespace()
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty {
                // A line broken inside a sentence: the next line opens in lower case, or this one ends on a word that
                // cannot end a sentence ("... Regular Migration for" / "Development jointly organized by ..."), or the
                // text is wrapped at a fixed width and the next line's first word would not have fitted on this one
                // ("... on 21-22" / "January 2008.").
                let firstWord = line.utf8.firstIndex(of: UInt8(ascii: " ")).map { line.utf8.distance(from: line.utf8.startIndex, to: $0) } ?? line.utf8.count
                let continues =
                    !".!?:;".contains(current.last!)
                    && ((line.first?.isLowercase ?? false) || Document.endsMidSentence(current) || width.map { lastLength + 1 + firstWord > $0 } ?? false)
                if continues {
                    current += " " + line
                    lastLength = line.utf8.count
                    continue
                }
                paragraphs.append(current)
            }
            current = line
            lastLength = line.utf8.count
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
