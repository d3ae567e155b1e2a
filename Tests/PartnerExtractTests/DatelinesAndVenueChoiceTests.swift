import PartnerGraph
import Testing
@testable import PartnerExtract

/// Which date and which place of a sentence are the meeting's (issue 19: meetings that hold on pages never seen): a news
/// agency's dateline a few words in, a country the meeting is held in against another city of the sentence, a city
/// someone leaves, a city an earlier year dates. Our own sentences.
@Suite("Datelines and the choice of the venue")
struct DatelinesAndVenueChoiceTests {
    static func meetings(jsonLines: String) throws -> [Meeting] {
        let documents = try DocumentLoader().documents(bytes: Array(jsonLines.utf8), kind: .jsonLines, name: "pages.jsonl")
        return try Extractor().extract(documents).network.nodes.compactMap(\.meeting)
    }

    static func meetings(text: String) throws -> [Meeting] {
        try Extractor().extract([Document(source: "page", plainText: text)]).network.nodes.compactMap(\.meeting)
    }

    @Test("the page's date a few words in, closed by a dash, is an agency's dateline: the later day of the sentence is the meeting's")
    func agencyDateline() throws {
        let found = try DatelinesAndVenueChoiceTests.meetings(
            jsonLines: #"{"url": "u", "date": "2020-09-07", "text": "River Post, 7 September 2020 – Staff The ministers of the basin "#
                + #"will meet on 24 September in Niamey for a summit on dams, officials said."}"#)
        #expect(found.map(\.start) == [PartialDate("2020-09-24")])
        #expect(found.map(\.city) == ["Niamey"])
        // Without a dash after it, a day of the page in the first words stays the meeting's.
        let plain = try DatelinesAndVenueChoiceTests.meetings(
            jsonLines: #"{"url": "u", "date": "2020-09-07", "text": "On Monday 7 September 2020 the ministers of the basin met in Niamey "#
                + #"for a summit on dams, before a visit on 9 September."}"#)
        #expect(plain.map(\.start) == [PartialDate("2020-09-07")])
    }

    @Test("a country the meeting is held in outweighs a city said otherwise; a city of that country stays the venue")
    func heldCountry() throws {
        let found = try DatelinesAndVenueChoiceTests.meetings(
            text: "Accra, Ghana: The Minister of the Interior led the delegation to the annual meeting of border chiefs held in the "
                + "Republic of Togo on 4 June 2021.")
        #expect(found.map(\.country) == ["TGO"])
        #expect(found.map(\.city) == [nil])
        let same = try DatelinesAndVenueChoiceTests.meetings(
            text: "The annual meeting of border chiefs was held in Lomé on 4 June 2021, the second held in Togo since 2015.")
        #expect(same.count == 1)
        #expect(same.map(\.city) == ["Lomé"])
    }

    @Test("a city someone leaves is not the venue; one they leave for is")
    func departures() throws {
        let left = try DatelinesAndVenueChoiceTests.meetings(
            text: "The Prime Minister left Dakar on Monday for Bamako, where he will attend the summit of the river authority on 2 May 2017.")
        #expect(left.map(\.city) == ["Bamako"])
        let leftFor = try DatelinesAndVenueChoiceTests.meetings(
            text: "The Prime Minister left for Bamako on Monday to attend the summit of the river authority on 2 May 2017.")
        #expect(leftFor.map(\.city) == ["Bamako"])
    }

    @Test("a city an earlier year dates is where an earlier meeting was; a city of the meeting's own year stays")
    func earlierYear() throws {
        let found = try DatelinesAndVenueChoiceTests.meetings(
            text: "Following the talks in Mombasa, Kenya in 2014, the ministers met on 12 March 2016 in Arusha to review the corridor.")
        #expect(found.map(\.city) == ["Arusha"])
        let sameYear = try DatelinesAndVenueChoiceTests.meetings(
            text: "The ministers met in Mombasa, Kenya in 2016, on 12 March 2016, to review the corridor.")
        #expect(sameYear.map(\.city) == ["Mombasa"])
    }

    @Test("a day the meeting ended on is its last day, after the end verb or opening the sentence before it; not a day something else was concluded on")
    func closingDays() throws {
        let weekday = try DatelinesAndVenueChoiceTests.meetings(
            text: "The regional consultation on labour migration concluded on Friday, 27 May 2016, in Nairobi.")
        #expect(weekday.map(\.start) == [PartialDate("2016-05")])
        #expect(weekday.map(\.end) == [PartialDate("2016-05-27")])
        let opening = try DatelinesAndVenueChoiceTests.meetings(
            text: "On 9 March 2019, the second border management workshop of the coastal states was successfully concluded in Dakar.")
        #expect(opening.map(\.start) == [PartialDate("2019-03")])
        #expect(opening.map(\.end) == [PartialDate("2019-03-09")])
        // An agreement concluded, a closed session: the day is the meeting's own.
        let agreement = try DatelinesAndVenueChoiceTests.meetings(
            text: "On 9 March 2019, the ministers meeting in Dakar concluded an agreement on the readmission of migrants.")
        #expect(agreement.map(\.start) == [PartialDate("2019-03-09")])
        let closed = try DatelinesAndVenueChoiceTests.meetings(
            text: "On 9 March 2019, the ministers held a closed session of their workshop in Dakar.")
        #expect(closed.map(\.start) == [PartialDate("2019-03-09")])
    }

    @Test("'the capital' of a country whose government sits elsewhere is that seat (Abidjan, Cotonou); of another, its capital")
    func seatsOfGovernment() throws {
        let ivorian = try DatelinesAndVenueChoiceTests.meetings(text: "A seminar on voluntary return opened in the Ivorian capital on 3 April 2019.")
        #expect(ivorian.map(\.city) == ["Abidjan"])
        let malian = try DatelinesAndVenueChoiceTests.meetings(text: "A seminar on voluntary return opened in the Malian capital on 3 April 2019.")
        #expect(malian.map(\.city) == ["Bamako"])
        #expect(PlaceGazetteer.capitalMeant(by: "BEN") == "Cotonou")
        #expect(PlaceGazetteer.capitalMeant(by: "SEN") == PlaceGazetteer.capitals["SEN"])
    }

    @Test("a meeting whose recommendations a communiqué considers is named in passing; the meeting held is drafted")
    func recommendationsConsidered() throws {
        let found = try DatelinesAndVenueChoiceTests.meetings(
            text: "The heads of state met in Kampala on 12 May 2016.\n\nHaving considered the recommendations of the Meeting of "
                + "Ministers of Justice held on 3-4 April 2016 in Nairobi, the heads of state adopted the protocol.")
        #expect(found.map(\.city) == ["Kampala"])
    }
}
