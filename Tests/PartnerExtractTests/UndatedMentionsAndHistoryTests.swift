import PartnerGraph
import Testing
@testable import PartnerExtract

/// Meetings named again without a year, weekdays of a plan, and meetings named in a page's history: our own sentences.
@Suite("Undated mentions joined by their day, weekdays of a plan, meetings of a page's history")
struct UndatedMentionsAndHistoryTests {
    static func meetings(_ pages: [(text: String, date: String?)]) throws -> [Meeting] {
        let documents = try pages.enumerated().map { index, page in
            var document = Document(source: "page-\(index)", plainText: page.text)
            if let date = page.date { document.date = try UndatedMentionsAndHistoryTests.day(date) }
            return document
        }
        return try Extractor().extract(documents).network.nodes.compactMap(\.meeting)
    }

    static func day(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

    @Test("a day and month fit a date when the weekday written with them is that date's")
    func weekdayFits() throws {
        // 14 May 2024 was a Tuesday (Calendar's 3); 14 May 2023 a Sunday.
        let tuesday = UnpinnedDay(month: 5, day: 14, weekday: 3)
        #expect(try tuesday.fits(UndatedMentionsAndHistoryTests.day("2024-05-14")))
        #expect(try !tuesday.fits(UndatedMentionsAndHistoryTests.day("2023-05-14")))
        #expect(try !tuesday.fits(UndatedMentionsAndHistoryTests.day("2024-05-15")))
        #expect(try UnpinnedDay(month: 5, day: 14, weekday: nil).fits(UndatedMentionsAndHistoryTests.day("2023-05-14")))
    }

    @Test("an undated mention of a meeting its page dates is that meeting, also when the dated mention joined another page's")
    func undatedMentionOfItsPagesMeeting() throws {
        let notice = (text: "A regional seminar on seasonal labour will take place in Tamale from 5 to 7 May 2025.", date: String?("2025-04-20"))
        let report = (
            text:
                "Inspectors back in class\n\nA seminar on seasonal labour is under way in Tamale with the support of IOM.\n\nThe IOM office is holding from 5 to 7 May 2025 in Tamale a seminar for labour inspectors.",
            date: String?.none
        )
        let meetings = try UndatedMentionsAndHistoryTests.meetings([notice, report])
        #expect(meetings.map(\.start) == [try PartialDate("2025-05-05")])
        // Another city's undated seminar on the page is another meeting: it stays.
        let elsewhere = (
            text:
                "Inspectors back in class\n\nA seminar on seasonal labour is under way in Bolgatanga with the support of IOM.\n\nThe IOM office is holding from 5 to 7 May 2025 in Tamale a seminar for labour inspectors.",
            date: String?.none
        )
        let two = try UndatedMentionsAndHistoryTests.meetings([notice, elsewhere])
        #expect(two.count == 2)
    }

    @Test("an undated report giving day and month joins the meeting another page dates on that day in its city")
    func undatedJoinsDated() throws {
        let dated = (text: "Cotonou, 14 May 2024 – The Council of Ministers of the Port Union held an ordinary session in Cotonou today.", date: "2024-05-14")
        let undated = (
            text: "La session ordinaire du Conseil des ministres de l'Union portuaire, tenue ce mardi 14 mai à Cotonou, a adopté le budget.",
            date: String?.none
        )
        let joined = try UndatedMentionsAndHistoryTests.meetings([dated, undated])
        #expect(joined.map(\.start) == [try PartialDate("2024-05-14")])
        // The same undated page read first: the join does not depend on the order of the pages.
        let reversed = try UndatedMentionsAndHistoryTests.meetings([undated, dated])
        #expect(reversed.map(\.start) == [try PartialDate("2024-05-14")])
        // A weekday the dated day is not (13 May 2024 was a Monday, the text says Tuesday): not that meeting.
        let otherDay = (
            text: "Cotonou, 13 May 2024 – The Council of Ministers of the Port Union held an ordinary session in Cotonou today.", date: "2024-05-13"
        )
        let apart = try UndatedMentionsAndHistoryTests.meetings([otherDay, undated])
        #expect(apart.count == 2)
    }

    @Test("an undated mention that two meetings of its city fit stays apart")
    func ambiguousJoinStaysApart() throws {
        func draft(_ start: String?, _ type: String?) throws -> MeetingDraft {
            var draft = MeetingDraft(provenance: Provenance(document: "d", sentence: "s"), rule: "test", document: 0, paragraph: 0)
            draft.start = try start.map { try UndatedMentionsAndHistoryTests.day($0) }
            draft.city = "Cotonou"
            draft.type = type
            return draft
        }
        var undated = try draft(nil, "session")
        undated.unpinnedDay = UnpinnedDay(month: 5, day: 14, weekday: nil)
        var two = [undated, try draft("2024-05-14", "summit"), try draft("2023-05-14", "council meeting")]
        #expect(MeetingMerger.joinUnpinnedDays(&two) == [nil, nil, nil])
        var one = [undated, try draft("2024-05-14", "summit"), try draft("2024-06-14", "council meeting")]
        #expect(MeetingMerger.joinUnpinnedDays(&one) == [1, nil, nil])
        // Two specific types that name different meetings do not join, even on the day.
        var specific = undated
        specific.type = "training"
        var typed = [specific, try draft("2024-05-14", "side event")]
        #expect(MeetingMerger.joinUnpinnedDays(&typed) == [nil, nil])
    }

    @Test("an undated meeting is not the one another page dates in its city when their numbers or weekdays disagree")
    func numbersAndWeekdaysKeepMeetingsApart() throws {
        let dated = (text: "The 33rd Summit of the Lake Union was held in Lilongwe on 17 and 18 August 2013.", date: String?("2013-08-20"))
        let later = (text: "The 41st Summit of the Lake Union, which was held in Lilongwe on Tuesday and Wednesday, elected its new chair.", date: String?.none)
        #expect(try UndatedMentionsAndHistoryTests.meetings([later, dated]).count == 2)
        // Without numbers: 17 August 2013 was a Saturday, not a Tuesday.
        let unnumbered = (text: "The Summit of the Lake Union, which was held in Lilongwe on Tuesday, elected its new chair.", date: String?.none)
        let plain = (text: "The Summit of the Lake Union was held in Lilongwe on 17 and 18 August 2013.", date: String?("2013-08-20"))
        #expect(try UndatedMentionsAndHistoryTests.meetings([unnumbered, plain]).count == 2)
        // On a Saturday, the day the other page gives: still two meetings, in either order of the pages. A weekday alone fits
        // the city's meetings of every year; joining on it when the undated page happened to be read first made the draft
        // depend on the order of the pages.
        let saturday = (text: "The Summit of the Lake Union, which was held in Lilongwe on Saturday, elected its new chair.", date: String?.none)
        #expect(try UndatedMentionsAndHistoryTests.meetings([saturday, plain]).count == 2)
        #expect(try UndatedMentionsAndHistoryTests.meetings([plain, saturday]).count == 2)
    }

    @Test("a weekday after 'are expected to' is the next such day; after 'said' the last one")
    func plannedWeekday() throws {
        // 2025-03-21 was a Friday.
        let planned = try UndatedMentionsAndHistoryTests.meetings([
            (
                text: "The transport ministers of Portugal and Spain are expected to gather in Lisbon on Saturday to agree on a ferry corridor.",
                date: "2025-03-21"
            )
        ])
        #expect(planned.map(\.start) == [try PartialDate("2025-03-22")])
        let held = try UndatedMentionsAndHistoryTests.meetings([
            (text: "The transport ministers of Portugal and Spain met in Lisbon on Saturday, officials said.", date: "2025-03-21")
        ])
        #expect(held.map(\.start) == [try PartialDate("2025-03-15")])
    }

    @Test("the first or latest meeting of a series, known to its month, is history when the page speaks from later")
    func historyMentions() throws {
        let page = try UndatedMentionsAndHistoryTests.meetings([
            (
                text:
                    "The first forum of the coastal mayors took place in Rijeka in June 2016.\n\nThe mayors met in Zadar on 9 and 10 September 2024 for their ninth forum.",
                date: nil
            )
        ])
        #expect(page.map(\.city) == ["Zadar"])
        let dated = try UndatedMentionsAndHistoryTests.meetings([
            (text: "La dernière réunion des trois ministres avait eu lieu en juin 2023 à Weimar.", date: "2024-02-12")
        ])
        #expect(dated.isEmpty)
        // A page's only meeting, reported without ranking it: kept ("In January 2016, Belize hosted ...").
        let reported = try UndatedMentionsAndHistoryTests.meetings([
            (text: "In January 2016, the Government of Belize hosted a preparatory meeting in Belmopan.", date: "2017-05-02")
        ])
        #expect(reported.count == 1)
        // The first meeting reported while it is news (the page's month): kept.
        let news = try UndatedMentionsAndHistoryTests.meetings([
            (text: "The first forum of the coastal mayors took place in Rijeka in June 2016.", date: "2016-07-01")
        ])
        #expect(news.map(\.city) == ["Rijeka"])
    }
}
