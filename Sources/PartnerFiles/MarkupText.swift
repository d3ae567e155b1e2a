/// The one escaper of text inside markup: XML (GraphML and GEXF files), HTML (the report's pages) and
/// Graphviz's HTML-like labels.
///
/// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, so the text is safe
/// inside elements and inside attribute values quoted either way. The work is done on the UTF-8 bytes,
/// which is the same as on Unicode scalars (every character it replaces is ASCII), so a combining mark
/// after `&` or `<` cannot hide it the way a `Character` would.
public enum MarkupText {
    /// What becomes of line breaks and other characters markup treats specially.
    public enum LineBreaks: Sendable, Equatable {
        /// Kept as they are (HTML text, where white space is the page's business).
        case kept
        /// XML 1.0 attribute values and text: line feed, carriage return and tab as character references
        /// (`&#10;`, `&#13;`, `&#9;`, which attribute-value normalisation would otherwise turn into spaces),
        /// and the characters XML 1.0 cannot hold at all (other C0 controls, U+FFFE, U+FFFF) replaced by
        /// U+FFFD.
        case xml
        /// Each line break (CR LF, CR or LF) replaced by this markup, such as Graphviz's `<BR/>`.
        case element(String)
    }

    /// `text` escaped for markup.
    /// - Complexity: O(n) in the UTF-8 length of `text`; a text with nothing to escape (most names) is returned as
    ///   it is, not copied.
    public static func escape(_ text: String, lineBreaks: LineBreaks = .kept) -> String {
        var text = text
        if text.withUTF8({ !$0.contains(where: needsWork) }) { return text }
        var bytes: [UInt8] = []
        append(escaping: text, lineBreaks: lineBreaks, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped for markup to `bytes` (UTF-8).
    /// - Complexity: O(n) in the UTF-8 length of `text`, amortised: `bytes` grows as an array grows (reserving
    ///   exactly `count + n` on each call would reallocate on every call, quadratic over a whole file); text with
    ///   nothing to escape is copied whole.
    public static func append(escaping text: String, lineBreaks: LineBreaks, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { input in
            guard input.contains(where: needsWork) else { return bytes.append(contentsOf: input) }
            var index = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
                case 10, 13:
                    switch lineBreaks {
                    case .kept: bytes.append(byte)
                    case .xml: bytes.append(contentsOf: (byte == 10 ? "&#10;" : "&#13;").utf8)
                    case .element(let markup):
                        // CR LF is one line break.
                        if byte == 13 && index < input.count && input[index] == 10 { index += 1 }
                        bytes.append(contentsOf: markup.utf8)
                    }
                case 9 where lineBreaks == .xml: bytes.append(contentsOf: "&#9;".utf8)
                case 0..<0x20 where lineBreaks == .xml: bytes.append(contentsOf: replacement)
                case 0xEF where lineBreaks == .xml && index + 1 < input.count && input[index] == 0xBF && input[index + 1] >= 0xBE:
                    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
                    bytes.append(contentsOf: replacement)
                    index += 2
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Whether a byte may need more than copying (a quick test that lets most texts be copied whole).
    @inline(__always)
    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF
    }

    /// U+FFFD, the replacement character, in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
