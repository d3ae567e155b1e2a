import PartnerGraph
import Testing
@testable import PartnerExtract

/// One page of a probe: its own date (ISO, to the day, month or year) or none, and its text, one paragraph a line.
struct ProbePage: Sendable {
    var date: String?
    var text: String

    static func page(_ date: String?, _ text: String) -> ProbePage { ProbePage(date: date, text: text) }

    /// The page as the extractor reads it, at `https://example.org/PATH`: each line of its text is a paragraph.
    func document(at path: String) -> Document {
        Document(
            source: "https://example.org/\(path)", paragraphs: text.split(separator: "\n").map(String.init), date: date.flatMap { PartialDate($0) })
    }
}

/// The harness of the probe catalogues (dates, meetings, places, roles, participants): a probe's pages are read as
/// whole pages, and a probe still read wrongly is checked as a known issue, so that the test notices when it starts
/// to pass. Each catalogue keeps only its probes and what it compares.
enum ProbeCatalogue {
    /// Why a probe marked open fails, for the catalogues that give no reason of their own.
    static let notYetRead = "a form not yet read right (issue 19)"

    /// What the extractor drafts from the pages of one dialogue read together, page `i` at `https://example.org/ID/i`.
    static func draft(_ id: String, pages: [ProbePage]) throws -> Network {
        try Extractor().extract(pages.enumerated().map { index, page in page.document(at: "\(id)/\(index)") }).network
    }

    /// Runs a probe's checks; as a known issue when `knownIssue` says why the probe is still read wrongly.
    static func check(knownIssue: String?, sourceLocation: SourceLocation = #_sourceLocation, _ checks: () throws -> Void) rethrows {
        guard let knownIssue else { return try checks() }
        withKnownIssue(Comment(rawValue: knownIssue), sourceLocation: sourceLocation, checks)
    }
}

/// A probe of one page: its id, the page's own date (nil when undated) and its text.
protocol PageProbe: Sendable, CustomTestStringConvertible {
    var id: String { get }
    var page: String? { get }
    var text: String { get }
}

extension PageProbe {
    var testDescription: String { "\(id): \(text)" }

    /// What the extractor drafts from the probe's page, at `https://example.org/ID`.
    func draft() throws -> Network {
        try Extractor().extract([ProbePage(date: page, text: text).document(at: id)]).network
    }
}
