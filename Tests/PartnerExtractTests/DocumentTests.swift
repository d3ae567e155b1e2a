import Foundation
import PartnerGraph
import Testing
@testable import PartnerExtract
import PartnerTestSupport

@Suite("Documents: text, Markdown, HTML, JSON lines, and bad input")
struct DocumentTests {
    let loader = DocumentLoader()

    @Test("plain text with Windows line ends gives the paragraphs of the same text with Unix ones")
    func windowsLineEnds() {
        let text = "Dakar, 3 May 2022.\nThe workshop was hosted by Senegal\nand co-chaired by Mali.\n\nA second paragraph.\n"
        let unix = Document(source: "a", plainText: text)
        #expect(unix.paragraphs == ["Dakar, 3 May 2022.", "The workshop was hosted by Senegal and co-chaired by Mali.", "A second paragraph."])
        #expect(Document(source: "a", plainText: text.replacingOccurrences(of: "\n", with: "\r\n")).paragraphs == unix.paragraphs)
    }

    @Test("a hard-wrapped text is unwrapped where the next line's first word did not fit; a text of short lines keeps its lines")
    func hardWrapped() {
        let wrapped = """
            Harbour Authorities Plan Joint Patrols

            The harbour authorities of the coast discussed their joint patrols at
            a workshop which took place in Dakar on 14-15 with guards from the
            region, and at a second workshop which took place in Banjul on 14-15
            May 2019, before the rainy season began in the whole of the region.
            The authorities will meet again in the coming year to review them.
            """
        #expect(
            Document(source: "a", plainText: wrapped).paragraphs == [
                "Harbour Authorities Plan Joint Patrols",
                "The harbour authorities of the coast discussed their joint patrols at a workshop which took place in Dakar on 14-15 with guards "
                    + "from the region, and at a second workshop which took place in Banjul on 14-15 May 2019, before the rainy season began in "
                    + "the whole of the region.",
                "The authorities will meet again in the coming year to review them.",
            ])
        // Lines of a programme: short, so no width is inferred, and each line stays a paragraph.
        let programme = "Djibouti, 15-16 February 2016\nOpening Session\nMonday 15 February\nRegistration of Participants"
        #expect(Document(source: "a", plainText: programme).paragraphs.count == 4)
        #expect(Document.wrapWidth([70, 68, 20, 71, 66, 69]) == 69)
        #expect(Document.wrapWidth([70, 68, 120, 71, 66, 69]) == nil)
        #expect(Document.wrapWidth([70, 68, 20, 71]) == nil)
    }

    @Test("HTML: block elements are paragraphs, scripts and navigation are left out, entities decoded")
    func html() throws {
        let page = """
            <html><head><title>News</title><script>var hosted = "by Mali";</script></head><body>
            <nav>Home | Senegal</nav><h1>Workshop in Praia</h1>
            <p>Praia, 7&ndash;8 June 2023, hosted by <b>Cabo Verde</b><br>and co-chaired by Portugal.</p>
            <ul><li>IOM</li><li>UNHCR</li></ul></body></html>
            """
        let documents = try loader.documents(bytes: Array(page.utf8), kind: .html, name: "page.html")
        #expect(
            documents[0].paragraphs == [
                "News", "Workshop in Praia", "Praia, 7–8 June 2023, hosted by Cabo Verde", "and co-chaired by Portugal.", "IOM", "UNHCR",
            ])
    }

    @Test("broken HTML is repaired, not refused; deep nesting does not overflow")
    func brokenHTML() throws {
        let broken = "<p>Dakar, 3 May 2022, hosted by <i>Senegal<p>unclosed <div><table><td>cell" + String(repeating: "<div>", count: 100_000)
        let documents = try loader.documents(bytes: Array(broken.utf8), kind: .html, name: "broken.html")
        #expect(documents[0].paragraphs.first == "Dakar, 3 May 2022, hosted by Senegal")
        let network = try Extractor().extract(documents).network
        #expect(network.edges.contains { $0.from == "SEN" && $0.relation == .hosts })
    }

    @Test("Markdown: front matter gives the source; headings, lists and links are plain text")
    func markdown() throws {
        let text = """
            ---
            title: Announcement
            url: https://example.org/news/praia
            ---
            # Meeting in *Praia*
            - Praia, 7 June 2023, hosted by [Cabo Verde](https://example.org/cv)
            - co-chaired by **Portugal**
            """
        let documents = try loader.documents(bytes: Array(text.utf8), kind: .markdown, name: "news.md")
        #expect(documents[0].source == "https://example.org/news/praia")
        #expect(documents[0].paragraphs == ["Meeting in Praia", "Praia, 7 June 2023, hosted by Cabo Verde", "co-chaired by Portugal"])
    }

    @Test("JSON lines: one document per record, with its URL; a bad record names its line")
    func jsonLines() throws {
        let lines =
            #"{"url": "https://a.example/1", "text": "Rabat, 2 May 2021, hosted by Morocco."}"# + "\n\n"
            + #"{"url": "https://a.example/2", "html": "<p>Tunis, 9 May 2021, hosted by Tunisia.</p>"}"# + "\n"
        let documents = try loader.documents(bytes: Array(lines.utf8), kind: .jsonLines, name: "pages.jsonl")
        #expect(documents.map(\.source) == ["https://a.example/1", "https://a.example/2"])
        #expect(documents[1].paragraphs == ["Tunis, 9 May 2021, hosted by Tunisia."])
        #expect(throws: ExtractionError.badRecord("pages.jsonl", line: 2, reason: "the record has no \"text\" (or \"html\") string")) {
            try loader.documents(bytes: Array("{\"text\": \"x\"}\n{\"url\": \"u\"}\n".utf8), kind: .jsonLines, name: "pages.jsonl")
        }
    }

    @Test("JSON lines: values as JSON spells them (escapes, surrogate pairs), a null or numeric url ignored, a date not a text refused")
    func jsonLineValues() throws {
        let lines =
            #"{"url": null, "text": "Lom\u00e9, 3 May 2022 \ud83c\udf0d\nIt was hosted by Togo.", "meta": {"url": "https://inner.example"}}"# + "\r\n"
            + #"{"url": 7, "text": "Accra, 4 May 2022.", "date": "2022-05"}"# + "\n"
        let documents = try loader.documents(bytes: Array(lines.utf8), kind: .jsonLines, name: "pages.jsonl")
        #expect(documents.map(\.source) == ["pages.jsonl:1", "pages.jsonl:2"])
        #expect(documents[0].paragraphs == ["Lomé, 3 May 2022 🌍", "It was hosted by Togo."])
        #expect(documents[1].date == PartialDate(year: 2022, month: 5))
        let reason = "\"date\" must be a date YYYY, YYYY-MM or YYYY-MM-DD"
        for date in ["2022", "null", "[]"] {
            #expect(throws: ExtractionError.badRecord("pages.jsonl", line: 1, reason: reason)) {
                try loader.documents(bytes: Array(#"{"text": "x", "date": \#(date)}"#.utf8), kind: .jsonLines, name: "pages.jsonl")
            }
        }
        #expect(throws: ExtractionError.badRecord("pages.jsonl", line: 2, reason: "expected a JSON object with \"url\" and \"text\"")) {
            try loader.documents(bytes: Array("{\"text\": \"x\"}\n[\"text\"]\n".utf8), kind: .jsonLines, name: "pages.jsonl")
        }
    }

    @Test("binary, invalid UTF-8 and too large files are errors naming the file")
    func badInput() throws {
        let binary = try temporaryFile("image.txt", bytes: [0x50, 0x4E, 0x47, 0x00, 0x01])
        #expect(throws: ExtractionError.notText(binary, line: 1, column: 4, reason: "contains a NUL byte; is this a binary file?")) {
            try loader.documents(at: binary)
        }
        let latin1 = try temporaryFile("latin1.txt", bytes: Array("Rencontre à Dakar\nle 5 ".utf8) + [0xE9, 0x74, 0xE9])
        #expect(throws: ExtractionError.notText(latin1, line: 2, column: 6, reason: "is not valid UTF-8 text (byte 0xe9)")) {
            try loader.documents(at: latin1)
        }
        let large = try temporaryFile("large.txt", bytes: [UInt8](repeating: 65, count: 2048))
        #expect(throws: ExtractionError.tooLarge(large, bytes: 2048, limit: 1024)) {
            try DocumentLoader(maxBytes: 1024).documents(at: large)
        }
        #expect(throws: ExtractionError.missing("/nonexistent/x.txt")) { try loader.documents(at: "/nonexistent/x.txt") }
    }

    @Test("an empty document gives an empty draft with a note")
    func empty() throws {
        let path = try temporaryFile("empty.html", bytes: [])
        let extraction = try Extractor().extract(try loader.documents(at: path))
        #expect(extraction.network.nodes.isEmpty)
        #expect(extraction.network.notes == ["\(path): no text found"])
    }

    @Test("a folder is read recursively in name order, taking only text files")
    func folder() throws {
        let first = try temporaryFile("b.txt", bytes: Array("x".utf8))
        let directory = (first as NSString).deletingLastPathComponent
        try Data("y".utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("a.md"))
        try Data([0, 1]).write(to: URL(fileURLWithPath: directory).appendingPathComponent("c.png"))
        #expect(try loader.files(at: directory).map { ($0 as NSString).lastPathComponent } == ["a.md", "b.txt"])
    }
}
