import Foundation
import PartnerGraph
import Testing

@testable import PartnerExtract

@Suite("Candidate meetings and their features")
struct MeetingCandidatesTests {
    /// A report of a meeting held two days before the page's date, an announcement of the next one, and a sentence
    /// that dates a meeting without placing it.
    private let report = Document(
        source: "report.txt",
        paragraphs: [
            "Senior officials meet in Dakar",
            "Senior officials met in Dakar on 3 May 2022 to discuss labour migration. The next meeting will take place in Rome on 14 June 2022.",
            "A technical workshop on 4 May 2022 closed the week.",
        ], date: PartialDate(year: 2022, month: 5, day: 5))

    private func candidates(of document: Document) throws -> (candidates: [MeetingCandidate], network: Network) {
        var extractor = Extractor()
        extractor.collectsCandidates = true
        let extraction = try extractor.extract([document])
        return (extraction.candidates, extraction.network)
    }

    @Test("each date of a sentence is paired with the places it names, with the tense and the distance to the page's date")
    func sentenceCandidates() throws {
        let found = try candidates(of: report).candidates
        let held = try #require(found.first { $0.origin == "sentence" && $0.start == "2022-05-03" && $0.cityKey == "dakar" })
        #expect(held.country == "SEN" && held.placeSource == "sentence" && held.page == "report.txt")
        #expect(held.features["past"] == 1 && held.features["future"] == 0 && held.features["placeIn"] == 1)
        #expect(held.features["daysBefore14"] == 1 && held.features["daysAfter60"] == 0 && held.features["capital"] == 1)
        #expect(held.features["firstParagraph"] == 1 && held.features["title"] == 0)
        let next = try #require(found.first { $0.origin == "sentence" && $0.start == "2022-06-14" })
        #expect(next.cityKey == "rome" && next.features["future"] == 1 && next.features["daysAfter60"] == 1 && next.features["otherMeeting"] == 1)
        // The same date is not paired with the other sentence's city.
        #expect(!found.contains { $0.origin == "sentence" && $0.start == "2022-06-14" && $0.cityKey == "dakar" && $0.placeSource == "sentence" })
    }

    @Test("a date whose sentence names no place takes its paragraph's, the title's and the nearest sentences' places, and none")
    func placesFromElsewhere() throws {
        let found = try candidates(of: report).candidates.filter { $0.origin == "sentence" && $0.start == "2022-05-04" }
        #expect(found.first?.placeSource == "title" && found.first?.cityKey == "dakar")
        #expect(found.contains { $0.placeSource == "page" && $0.cityKey == "rome" && ($0.features["placeGap"] ?? 0) > 0 })
        #expect(found.last?.placeSource == "none" && found.last?.city == nil && found.last?.country == nil)
    }

    @Test("the rules' drafts are candidates too, marked when set aside; listing candidates does not change the draft")
    func draftsAndTheDraft() throws {
        let (found, network) = try candidates(of: report)
        let drafts = found.filter { $0.origin == "draft" }
        #expect(drafts.contains { $0.start == "2022-05-03" && $0.cityKey == "dakar" && !$0.setAside && $0.rule != nil })
        // Each meeting of the draft comes from a draft candidate not set aside.
        for meeting in network.meetings.compactMap(\.meeting) {
            #expect(drafts.contains { !$0.setAside && $0.start == meeting.start?.description && $0.city == meeting.city }, "\(meeting)")
        }
        let plain = try Extractor().extract([report])
        #expect(plain.candidates.isEmpty)
        #expect(plain.network == network)
    }

    @Test("days between two days across months and years; nil unless both are days")
    func days() {
        let first = PartialDate(year: 2021, month: 12, day: 30)!
        #expect(MeetingCandidates.days(from: first, to: PartialDate(year: 2022, month: 1, day: 2)!) == 3)
        #expect(MeetingCandidates.days(from: PartialDate(year: 2022, month: 1, day: 2)!, to: first) == -3)
        #expect(MeetingCandidates.days(from: first, to: PartialDate(year: 2022, month: 1)!) == nil)
    }
}
