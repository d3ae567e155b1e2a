import Foundation
import Testing

@testable import PartnerExtract

/// Documents keep their text and sources whatever their line ends and however deep their markup.
@Suite("Documents: CRLF line ends and deep HTML")
struct LineEndAndDepthTests {
    let loader = DocumentLoader()
    static let sentence = "Abuja, 5-6 November 2019, hosted by Nigeria and co-chaired by France and Belgium."

    @Test("Markdown with CRLF line ends keeps its front-matter URL and leaves the block out of the text")
    func markdownFrontMatter() throws {
        let text = "---\r\nurl: https://example.org/abuja\r\n---\r\n\r\n\(Self.sentence)\r\n"
        let documents = try loader.documents(bytes: Array(text.utf8), kind: .markdown, name: "p.md")
        #expect(documents.map(\.source) == ["https://example.org/abuja"])
        #expect(documents.first?.paragraphs == [Self.sentence])
    }

    @Test("JSON lines with CRLF line ends are read, one document a line")
    func jsonLines() throws {
        let text = "{\"url\": \"https://example.org/1\", \"text\": \"One.\"}\r\n{\"url\": \"https://example.org/2\", \"text\": \"Two.\"}\r\n"
        let documents = try loader.documents(bytes: Array(text.utf8), kind: .jsonLines, name: "p.jsonl")
        #expect(documents.map(\.source) == ["https://example.org/1", "https://example.org/2"])
    }

    @Test("HTML nested 300 and 20,000 levels deep keeps its text (libxml2 stopped at 256 levels)", arguments: [300, 20_000])
    func deepHTML(depth: Int) throws {
        let page =
            "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Self.sentence)</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let documents = try loader.documents(bytes: Array(page.utf8), kind: .html, name: "p.html")
        #expect(documents.first?.paragraphs.contains(Self.sentence) == true)
    }
}
