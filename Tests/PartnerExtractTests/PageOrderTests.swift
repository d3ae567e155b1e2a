import Foundation
import PartnerGraph
import PartnerTestSupport
import Testing

@testable import PartnerExtract

@Suite("The draft does not depend on the order of the pages")
struct PageOrderTests {
    /// What a draft says, whatever page each fact was read from first: each meeting's date, place and type, and each
    /// edge as actor, relation and the meeting (or actor) it goes to, named by that description.
    static func content(_ network: Network) -> [String] {
        var described: [String: String] = [:]
        var lines: [String] = []
        for node in network.nodes {
            guard let meeting = node.meeting else { continue }
            let text = [
                meeting.type ?? "-", meeting.start?.description ?? "-", meeting.end?.description ?? "-", meeting.city ?? "-",
                meeting.country ?? "-", meeting.isVirtual ? "virtual" : "",
            ]
            .joined(separator: " ")
            described[node.id] = text
            lines.append("meeting " + text)
        }
        for edge in network.edges {
            let start = edge.start?.description ?? "-"
            let end = edge.end?.description ?? "-"
            lines.append("edge \(edge.from) \(edge.relation.rawValue) \(described[edge.to] ?? edge.to) \(start) \(end)")
        }
        return lines.sorted()
    }

    static func draft(_ documents: [Document]) throws -> [String] {
        var extractor = Extractor()
        extractor.keepsFacts = false
        return content(try extractor.extract(documents).network)
    }

    /// The draft of the pages in their order, expected to be the draft of the pages in the reverse order.
    static func draftInBothOrders(_ documents: [Document], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let forward = try draft(documents)
        #expect(forward == (try draft(documents.reversed())), sourceLocation: sourceLocation)
        return forward
    }

    // One meeting told by two pages: one gives its day, the other (undated) only the day and month it was held on, in the
    // same town. Whichever page is read first, the two are one meeting with the roles of both.
    @Test("an undated page joins the meeting another page dates, whether it is read before or after it")
    func undatedPageEitherWay() throws {
        let undated = Document(
            source: "https://example.org/undated", plainText: "The coastal ministers gathered in Livingstone on Thursday 3 October, hosted by Zambia.")
        let dated = Document(
            source: "https://example.org/dated",
            plainText: "The ministerial meeting of the coastal states took place in Livingstone on 3 October 2024, with Malawi and Botswana taking part.")
        let forward = try PageOrderTests.draftInBothOrders([undated, dated])
        #expect(forward.filter { $0.hasPrefix("meeting ") }.count == 1, "\(forward)")
        #expect(forward.contains { $0.hasPrefix("edge ZMB hosts ") && $0.contains("2024-10-03") }, "\(forward)")
    }

    // Two announcements of one summit that give its days differently: the days both give, in either order.
    @Test("two pages that give one meeting's days as nested ranges give the narrower range, in either order")
    func nestedRanges() throws {
        let wide = Document(
            source: "https://example.org/wide", plainText: "The 9th Summit of the Coastal Forum will take place in Geneva from 22 to 26 January 2024.")
        let narrow = Document(
            source: "https://example.org/narrow",
            plainText: "The 9th Summit of the Coastal Forum is to be held in Geneva from 23 to 25 January 2024, hosted by Switzerland.")
        let forward = try PageOrderTests.draftInBothOrders([wide, narrow])
        #expect(forward.contains { $0.hasPrefix("meeting ") && $0.contains("2024-01-23 2024-01-25") }, "\(forward)")
    }

    // An undated page's day and month do not pin a meeting another page dates only to its year; read first or last, the
    // two stay apart.
    @Test("a day and month on an undated page do not join a meeting another page dates only to its year, in either order")
    func dayDoesNotPinAYear() throws {
        let undated = Document(
            source: "https://example.org/opened", plainText: "On 10 November the Lake Migration Conference opened in Vienna, with Malta taking part.")
        let year = Document(source: "https://example.org/year", plainText: "Delegates from Sweden met at the Lake Migration Conference 2017 in Vienna.")
        let dated = Document(
            source: "https://example.org/dated", plainText: "The Lake Migration Conference was held in Vienna on 23 October 2017, with Greece taking part.")
        let forward = try PageOrderTests.draftInBothOrders([undated, year, dated])
        #expect(!forward.contains { $0.hasPrefix("edge MLT attends ") && $0.contains("2017-10-23") }, "\(forward)")
        #expect(forward.contains { $0.hasPrefix("edge SWE attends ") && $0.contains("2017-10-23") }, "\(forward)")
    }

    // An organisation named by its acronym on one page and spelled out on another: known on both pages, in either order.
    @Test("an acronym one page spells out is known on the pages read before it")
    func namesLearnedFromEveryPage() throws {
        let steering = Document(
            source: "https://example.org/steering",
            plainText: "The steering group of the lake states met in Kisumu on 3 May 2023. The LMIA and Tanzania took part.")
        let annual = Document(
            source: "https://example.org/annual",
            plainText:
                "The Lake Migration Information Alliance (LMIA) and Uganda took part in the annual meeting of the lake states, held in Jinja on 9 June 2023.")
        let forward = try PageOrderTests.draftInBothOrders([steering, annual])
        #expect(forward.contains { $0.hasPrefix("edge LMIA attends ") && $0.contains("2023-05-03") }, "\(forward)")
    }

    /// The corpus texts of several pages, each read in its own order, reversed, and in shuffled orders.
    @Test("every corpus text of several pages gives the same draft in any order of its pages", arguments: [UInt64(1), 2, 3])
    func corpusInAnyOrder(seed: UInt64) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).sorted().filter { $0.hasSuffix(".jsonl") }
        var generator = SeededGenerator(seed: seed)
        var compared = 0
        for file in files {
            let documents = try DocumentLoader().documents(at: corpusDirectory.appendingPathComponent(file).path)
            guard documents.count > 1 else { continue }
            compared += 1
            let inOrder = try PageOrderTests.draft(documents)
            #expect(try PageOrderTests.draft(documents.reversed()) == inOrder, "\(file) reversed")
            #expect(try PageOrderTests.draft(documents.shuffled(using: &generator)) == inOrder, "\(file) shuffled (seed \(seed))")
        }
        #expect(compared >= 10)
    }
}
