import Testing

@testable import PartnerFiles

@Suite("The one markup escaper")
struct MarkupTextTests {
    @Test("the five markup characters become entities in every mode; other text is unchanged")
    func entities() {
        for mode in [MarkupText.LineBreaks.kept, .xml, .element("<BR/>")] {
            #expect(MarkupText.escape(#"<b>R&D</b> "q" 'a'"#, lineBreaks: mode) == "&lt;b&gt;R&amp;D&lt;/b&gt; &quot;q&quot; &#39;a&#39;")
            #expect(MarkupText.escape("Côte d’Ivoire 🇲🇦 中文", lineBreaks: mode) == "Côte d’Ivoire 🇲🇦 中文")
        }
    }

    @Test("a combining mark after & or < does not hide it (bytes, not Characters)")
    func combiningMarks() {
        #expect(MarkupText.escape("&\u{301}<\u{301}") == "&amp;\u{301}&lt;\u{301}")
    }

    @Test("line breaks: kept, character references in XML, one element per break (CR LF counts once)")
    func lineBreaks() {
        #expect(MarkupText.escape("a\nb\r\nc\rd\te") == "a\nb\r\nc\rd\te")
        #expect(MarkupText.escape("a\nb\r\nc\rd\te", lineBreaks: .xml) == "a&#10;b&#13;&#10;c&#13;d&#9;e")
        #expect(MarkupText.escape("a\nb\r\nc\rd\te", lineBreaks: .element("<BR/>")) == "a<BR/>b<BR/>c<BR/>d\te")
    }

    @Test("XML mode replaces what XML 1.0 cannot hold by U+FFFD; the other modes keep it")
    func xmlCharacters() {
        #expect(MarkupText.escape("a\u{1}b\u{FFFE}c\u{FFFF}d\u{FFFD}", lineBreaks: .xml) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(MarkupText.escape("a\u{1}b\u{FFFE}") == "a\u{1}b\u{FFFE}")
    }

    @Test("appending adds to what the bytes hold")
    func appending() {
        var bytes = Array("x=".utf8)
        MarkupText.append(escaping: "1<2", lineBreaks: .xml, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=1&lt;2")
    }
}
