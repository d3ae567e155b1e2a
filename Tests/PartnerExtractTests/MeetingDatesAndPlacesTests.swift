import PartnerGraph
import Testing
@testable import PartnerExtract

/// Dates and places of meetings in the shapes that pages of unseen dialogues showed (news datelines, announcement
/// blocks, lists of meetings, places named by reference): our own sentences, one kind of failure each.
@Suite("Meeting dates and places: relative days, datelines, blocks, lists, places referred back")
struct MeetingDatesAndPlacesTests {
    static func meetings(_ text: String, date: String? = nil) throws -> [Meeting] {
        var document = Document(source: "page", plainText: text)
        if let date { document.date = try PartialDate(date) }
        return try Extractor().extract([document]).network.nodes.compactMap(\.meeting)
    }

    @Test("'tomorrow' and 'demain' are the day after the page's date; 'today's' and 'of today' are no day")
    func tomorrowAndToday() throws {
        let opening = try MeetingDatesAndPlacesTests.meetings(
            "Coastal Labour Conference 2019 - new answers\n\nThe conference, starting tomorrow evening in Lisbon, follows the ideas presented last year.",
            date: "2019-03-04")
        #expect(opening.map(\.start) == [try PartialDate("2019-03-05")])
        let french = try MeetingDatesAndPlacesTests.meetings("Le séminaire régional sur la pêche s'ouvrira demain à Dakar.", date: "2020-06-09")
        #expect(french.map(\.start) == [try PartialDate("2020-06-10")])
        let generic = try MeetingDatesAndPlacesTests.meetings(
            "Experts met in Accra on 3 May 2019.\n\nThe forum will help partners take stock of today's situation and the crisis mode of today.",
            date: "2019-06-01")
        #expect(generic.map(\.start) == [try PartialDate("2019-05-03")])
    }

    @Test("a weekday after a French verb in the future is the next such day")
    func frenchFuture() throws {
        // 2025-12-05 is a Friday.
        let found = try MeetingDatesAndPlacesTests.meetings(
            "La ministre coprésidera samedi à Genève une table ronde sur la mobilité des travailleurs.", date: "2025-12-05")
        #expect(found.map(\.start) == [try PartialDate("2025-12-06")])
    }

    @Test("'this year' with no page date, before or after the day, and a year that dates another noun, leave the meeting undated")
    func yearsThatAreNotTheMeetings() throws {
        let announced = try MeetingDatesAndPlacesTests.meetings(
            "LAGOS, MARCH 2, NAN -- Nigeria will host a regional conference on labour migration in Abuja on 14-15 June this year.")
        #expect(announced.map(\.start) == [nil])
        #expect(announced.map(\.city) == ["Abuja"])
        let elections = try MeetingDatesAndPlacesTests.meetings(
            "Le colloque régional sur la mobilité se tiendra à Lomé les 3 et 4 mars, avant les élections de 2026.")
        #expect(elections.map(\.start) == [nil])
        // "this year" said before the day, after a year another sentence gives: still the page's year, which is unknown.
        let before = try MeetingDatesAndPlacesTests.meetings(
            "The first forum was held in Lima in March 2021. This year, on 6-7 September, the regional forum will meet in Quito.")
        #expect(!before.contains { $0.start?.description.hasPrefix("2021-09") == true }, "\(before)")
        let french = try MeetingDatesAndPlacesTests.meetings(
            "Le premier forum s'est tenu à Lima en mars 2021. Cette année, les 6 et 7 septembre, le forum régional se réunira à Quito.")
        #expect(!french.contains { $0.start?.description.hasPrefix("2021-09") == true }, "\(french)")
        let dated = try MeetingDatesAndPlacesTests.meetings(
            "This year, on 6-7 September, the regional forum will meet in Quito.", date: "2023-08-20")
        #expect(dated.map { $0.start?.description } == ["2023-09-06"], "\(dated)")
    }

    @Test("a dateline's month before a comma, and the page's own date opening a dispatch, are read as such")
    func datelines() throws {
        let comma = try MeetingDatesAndPlacesTests.meetings("Kampala, June, 05 2018: The regional workshop on border data opened in Kampala.")
        #expect(comma.map(\.start) == [try PartialDate("2018-06-05")])
        let dispatch = try MeetingDatesAndPlacesTests.meetings(
            "May 3/2022 /NAN/ The 2nd Ordinary Session of the regional committee will take place from 20-21 June 2022 in Abuja.", date: "2022-05-03")
        #expect(dispatch.map(\.start) == [try PartialDate("2022-06-20")])
        #expect(dispatch.map(\.city) == ["Abuja"])
        let bracketed = try MeetingDatesAndPlacesTests.meetings(
            "Quito (June 2/21). On Tuesday, June 1, a technical meeting was held online between two ministries.", date: "2021-06-02")
        #expect(bracketed.map(\.start) == [try PartialDate("2021-06-01")])
    }

    @Test("an opening dateline places a meeting that no sentence places")
    func openingDateline() throws {
        let found = try MeetingDatesAndPlacesTests.meetings(
            "Nairobi — Regional cooperation on labour mobility needs care, a commissioner said.\n\n"
                + "The ministerial meeting that opened today gathered twenty delegations.", date: "2024-02-14")
        #expect(found.map(\.city) == ["Nairobi"])
        #expect(found.map(\.start) == [try PartialDate("2024-02-14")])
    }

    @Test("What/When/Where blocks, a city-state heading a programme, and a Council configuration are meetings with their places")
    func blocks() throws {
        let block = try MeetingDatesAndPlacesTests.meetings(
            "What: Second ministerial meeting of the Coastal Mobility Committee on labour migration, skills, returns and the protection of crews.\n"
                + "When: 6 - 7 June 2023; 10.00AM.\nWhere: Harbour Conference Hall, Mombasa, Kenya.")
        #expect(block.map(\.start) == [try PartialDate("2023-06-06")])
        #expect(block.map(\.city) == ["Mombasa"])
        let programme = try MeetingDatesAndPlacesTests.meetings(
            "2ème Conférence parlementaire sur la mobilité\nLuxembourg, 15 et 16 février 2016\nPROGRAMME PROVISOIRE")
        #expect(programme.map(\.city) == ["Luxembourg"])
        #expect(programme.map(\.start) == [try PartialDate("2016-02-15")])
        let council = try MeetingDatesAndPlacesTests.meetings(
            "Extraordinary Justice and Home Affairs Council on 9 March 2020\n\n"
                + "The Presidency convenes an extraordinary \"Justice and Home Affairs\" Council on 9 March 2020 in Brussels.")
        #expect(council.map(\.start) == [try PartialDate("2020-03-09")])
        #expect(council.map(\.city) == ["Brussels"])
    }

    @Test("a list of meetings headed by spans of days gives one meeting per span")
    func listedSpans() throws {
        let found = try MeetingDatesAndPlacesTests.meetings(
            "Council meetings\n\n13-14 June 2024\n\nMinisters discussed returns.\n\n4-5 March 2024\n\nMinisters discussed partnerships.")
        #expect(Set(found.map(\.start)) == [try PartialDate("2024-06-13"), try PartialDate("2024-03-04")])
    }

    @Test("'the Ghanaian capital', 'the capital' and meetings listed after 'the meetings held in ...' get their city")
    func referredPlaces() throws {
        let series = try MeetingDatesAndPlacesTests.meetings(
            "The meetings held in the Ghanaian capital are known as the Coastal Talks.\n\n"
                + "The first meeting took place on 3 and 4 May 2021.\n\nThe second meeting was held on 6 and 7 October 2021.")
        #expect(series.map(\.city) == ["Accra", "Accra"])
        let back = try MeetingDatesAndPlacesTests.meetings("Delegates arrived in Dakar on Sunday.\n\nThe workshop opened in the capital on 5 June 2022.")
        #expect(back.map(\.city) == ["Dakar"])
        let french = try MeetingDatesAndPlacesTests.meetings("Un atelier sur les données migratoires s'est tenu le 5 juin 2022 dans la capitale malienne.")
        #expect(french.map(\.city) == ["Bamako"])
    }

    @Test("a sentence pairing places with days gives one meeting per pair, cities first or days first")
    func severalMeetingsInOneSentence() throws {
        let citiesFirst = try MeetingDatesAndPlacesTests.meetings(
            "The meetings in Dakar on 3 May 2022 and in Rome on 14 June 2022 prepared the ministerial conference.")
        #expect(citiesFirst.map(\.city) == ["Dakar", "Rome"])
        #expect(citiesFirst.map(\.start) == [try PartialDate("2022-05-03"), try PartialDate("2022-06-14")])
        let daysFirst = try MeetingDatesAndPlacesTests.meetings("Les experts se sont réunis le 3 mai 2022 à Lomé et le 9 juin 2022 à Kara.")
        #expect(daysFirst.map(\.city) == ["Lomé", "Kara"])
        #expect(daysFirst.map(\.start) == [try PartialDate("2022-05-03"), try PartialDate("2022-06-09")])
        let one = try MeetingDatesAndPlacesTests.meetings("Delegates from Dakar met in Rome on 14 June 2022.")
        #expect(one.map(\.city) == ["Rome"])
    }

    @Test("a meeting named as the source of a decision, and a news agency's name, are no meeting or place")
    func decisionsAndAgencies() throws {
        let decision = try MeetingDatesAndPlacesTests.meetings(
            "Pakistan will host a regional conference on refugees in Islamabad on 3-4 May 2022. "
                + "Pursuant to a decision taken by the Fifth Regional Summit held in Doha in March 2019, the conference will review the plan.")
        #expect(decision.map(\.start) == [try PartialDate("2022-05-03")])
        let agency = try MeetingDatesAndPlacesTests.meetings(
            "Xinhua, March 30, 2016\nThe refugee agency will host a high-level conference in Geneva on Wednesday.", date: "2016-03-30")
        #expect(agency.map(\.city) == ["Geneva"])
    }

    @Test("a year-less range across two months takes the page's year for both ends, and the next year across New Year")
    func yearlessRangesAcrossMonths() throws {
        let english = try MeetingDatesAndPlacesTests.meetings(
            "The coastal fisheries conference will be held in Lisbon from 30 November to 2 December.", date: "2019-11-04")
        #expect(english.map(\.start) == [try PartialDate("2019-11-30")])
        #expect(english.map(\.end) == [try PartialDate("2019-12-02")])
        let dateline = try MeetingDatesAndPlacesTests.meetings(
            "OSLO, 12 March 2024 – From 31 March to 1 April, the agency will host its annual conference on seasonal work in Oslo.",
            date: "2024-03-12")
        #expect(dateline.map(\.start) == [try PartialDate("2024-03-31")])
        #expect(dateline.map(\.end) == [try PartialDate("2024-04-01")])
        let french = try MeetingDatesAndPlacesTests.meetings(
            "Le séminaire régional sur la pêche s'est tenu à Dakar depuis le 30 novembre jusqu'au 2 décembre 2019.")
        #expect(french.map(\.start) == [try PartialDate("2019-11-30")])
        #expect(french.map(\.end) == [try PartialDate("2019-12-02")])
        let newYear = try MeetingDatesAndPlacesTests.meetings(
            "The winter school on port labour will take place in Tallinn from 29 December to 2 January.", date: "2020-12-01")
        #expect(newYear.map(\.start) == [try PartialDate("2020-12-29")])
        #expect(newYear.map(\.end) == [try PartialDate("2021-01-02")])
    }

    static func meetings(pages: [(text: String, date: String?)]) throws -> [Meeting] {
        let documents = try pages.enumerated().map { number, page in
            var document = Document(source: "page\(number)", plainText: page.text)
            if let date = page.date { document.date = try PartialDate(date) }
            return document
        }
        return try Extractor().extract(documents).network.nodes.compactMap(\.meeting)
    }

    @Test("drafts of one city on consecutive days from two pages are one meeting of two days")
    func consecutiveDaysJoin() throws {
        let joined = try MeetingDatesAndPlacesTests.meetings(pages: [
            ("Interior ministers gathered in Bergamo on 3 October 2024 for their meeting on smuggling.", nil),
            ("Photo: the interior ministers' meeting in Bergamo, Italy, October 4, 2024.", nil),
        ])
        #expect(joined.map(\.start) == [try PartialDate("2024-10-03")])
        #expect(joined.map(\.end) == [try PartialDate("2024-10-04")])
        // A senior officials' meeting the day before a ministerial conference is another meeting.
        let two = try MeetingDatesAndPlacesTests.meetings(pages: [
            ("The senior officials meeting was held in Bergamo on 3 October 2024.", nil),
            ("The ministerial conference was held in Bergamo on 4 October 2024.", nil),
        ])
        #expect(two.count == 2)
        // A page that drafts both days as two meetings tells them apart.
        let told = try MeetingDatesAndPlacesTests.meetings(pages: [
            // (Not "After the preparatory meeting held on 3 October, ...": a situating clause names it in passing.)
            ("A preparatory meeting was held in Bergamo on 3 October 2024, and a new meeting took place in Bergamo on 4 October 2024.", nil),
            ("Interior ministers gathered in Bergamo on 3 October 2024 for their meeting on smuggling.", nil),
        ])
        #expect(told.count == 2)
    }

    @Test("drafts of one day and one place are one meeting whatever they call it, unless numbered apart")
    func oneDayAndPlace() throws {
        // Two pages, two names: the conference of one and the ordinary session of the other.
        let pages = try MeetingDatesAndPlacesTests.meetings(pages: [
            ("The heads of state of the lake basin held their conference in Bujumbura on 8 July 2021.", nil),
            ("La session ordinaire de la commission du bassin s'est tenue à Bujumbura le 8 juillet 2021.", nil),
        ])
        #expect(pages.map(\.start) == [try PartialDate("2021-07-08")], "\(pages)")
        // One page, two sentences.
        let page = try MeetingDatesAndPlacesTests.meetings(
            "The conference of the gulf coast took place in Malabo on 14 November 2018.\n\nThe leaders met in ordinary session in Malabo on 14 November 2018.")
        #expect(page.count == 1, "\(page)")
        // Another city, or another day, is another meeting.
        let apart = try MeetingDatesAndPlacesTests.meetings(pages: [
            ("The heads of state of the lake basin held their conference in Bujumbura on 8 July 2021.", nil),
            ("La session ordinaire de la commission du bassin s'est tenue à Kigali le 8 juillet 2021.", nil),
            ("The ordinary session of the basin commission was held in Bujumbura on 9 July 2022.", nil),
        ])
        #expect(apart.count == 3, "\(apart)")
    }

    @Test("two meetings named together over two days are one meeting a day; one meeting of two days stays one")
    func twoMeetingsOverTwoDays() throws {
        let english = try MeetingDatesAndPlacesTests.meetings(
            "On 9 and 10 May 2023, the members met in Kampala for the steering committee and the senior officials' meetings respectively.")
        #expect(english.map { "\($0.start!) \($0.type ?? "")" } == ["2023-05-09 steering committee meeting", "2023-05-10 senior officials meeting"])
        #expect(english.allSatisfy { $0.end == nil })
        let french = try MeetingDatesAndPlacesTests.meetings(
            "Les 3 et 4 mars 2022, les délégations se sont réunies à Lomé pour la réunion du comité de pilotage et la réunion des hauts fonctionnaires.")
        #expect(french.compactMap(\.start?.description) == ["2022-03-03", "2022-03-04"])
        // Numbered apart, two meetings of one kind.
        let numbered = try MeetingDatesAndPlacesTests.meetings(
            "On 20-21 October 2021, delegates met in Maputo for the 4th working group meeting and the 11th plenary meeting.")
        #expect(numbered.count == 2)
        // Three days, one word, or two names of one meeting: one meeting over its days.
        for text in [
            "On 9-11 May 2023, the members met in Kampala for the steering committee and the senior officials' meeting.",
            "On 9 and 10 May 2023, the senior officials' meeting was held in Kampala.",
            "The heads of state held their summit and a press conference in Niamey on 6-7 February 2020.",
        ] {
            let one = try MeetingDatesAndPlacesTests.meetings(text)
            #expect(one.count == 1 && one.first?.end != nil, "\(text): \(one)")
        }
    }

    @Test("a city inside a quoted theme is no venue; one after 'in' inside the quotes, or outside them, is")
    func citiesInQuotedThemes() throws {
        let theme = try MeetingDatesAndPlacesTests.meetings(
            "The Coastal Alliance Conference, taking place on 14 May 2024 under the theme “Protecting Crews, Shaping Futures”, will gather labour ministries.")
        #expect(theme.map(\.city) == [nil], "\(theme)")
        let french = try MeetingDatesAndPlacesTests.meetings(
            "La conférence de l'alliance côtière, prévue le 21 mai 2024 sous le thème « Des mers sûres, Providence des marins », réunira les ministères.")
        #expect(french.map(\.city) == [nil], "\(french)")
        let inside = try MeetingDatesAndPlacesTests.meetings("The workshop \"Safe Harbours in Mombasa\" was held on 12 June 2021.")
        #expect(inside.map(\.city) == ["Mombasa"], "\(inside)")
        #expect(DocumentReader.quotedSpans(Tokenizer.tokens("no quotes at all")) == nil)
    }

    @Test("a meeting held back to back with, on the sidelines of or 'en marge de' another keeps its own day; the other is not drafted")
    func meetingsHeldBesideAnother() throws {
        let backToBack = try MeetingDatesAndPlacesTests.meetings(
            "The river council met in Lyon on 4 June 2020. The event was held back to back with the Rhone Basin Conference organised on 3-4 June in Lyon.")
        #expect(backToBack.map { $0.start?.description } == ["2020-06-04"], "\(backToBack)")
        let sidelines = try MeetingDatesAndPlacesTests.meetings(
            "The cocoa board held its session in Accra on 9 May 2018. It took place on the sidelines of the Cocoa Week of 7-9 May in Accra.")
        #expect(sidelines.map { $0.start?.description } == ["2018-05-09"], "\(sidelines)")
        let french = try MeetingDatesAndPlacesTests.meetings(
            "Le comité s'est réuni à Dakar le 20 octobre 2016. La réunion s'est tenue en marge du Forum ouest-africain organisé les 18, 19 et 20 octobre à Dakar."
        )
        #expect(french.map { $0.start?.description } == ["2016-10-20"], "\(french)")
        // The phrase sets beside it the meeting it names, not one named after that meeting.
        let first = SentenceAnalysis("On the sidelines of the summit, the ministerial meeting opened.", gazetteer: .builtIn)
        #expect(first.meetingWords.count == 2)
        #expect(DocumentReader.namedBeside(first.meetingWords[0].range, in: first))
        #expect(!DocumentReader.namedBeside(first.meetingWords[1].range, in: first))
    }

    @Test("a date line under a title that opened a meeting in its city dates it, a weekday and hours beside it; the page's own date does not")
    func dateLineUnderAPlacedTitle() throws {
        let english = try MeetingDatesAndPlacesTests.meetings("Fisheries ministers' meeting in Lisbon\n\nFriday, 7 October 2022, 10:00 - 16:00")
        #expect(english.map { $0.start?.description } == ["2022-10-07"] && english.map(\.city) == ["Lisbon"], "\(english)")
        let span = try MeetingDatesAndPlacesTests.meetings("Forum on seasonal work in Lisbon\n\nMonday 3 April - Tuesday 4 April 2023")
        #expect(span.map { $0.start?.description } == ["2023-04-03"] && span.map { $0.end?.description } == ["2023-04-04"], "\(span)")
        let french = try MeetingDatesAndPlacesTests.meetings("Séminaire sur l'état civil à Lomé\n\nJeudi 5 décembre 2019")
        #expect(french.map { $0.start?.description } == ["2019-12-05"], "\(french)")
        let own = try MeetingDatesAndPlacesTests.meetings("Fisheries ministers' meeting in Lisbon\n\nFriday, 7 October 2022", date: "2022-10-07")
        #expect(own.map { $0.start?.description } == [nil], "\(own)")
    }

    @Test("'next Sunday' and 'le dimanche prochain' are after the page's date, 'dimanche dernier' before; a comma may precede the year")
    func nextAndLastWeekdays() throws {
        // 2019-10-02 is a Wednesday.
        let english = try MeetingDatesAndPlacesTests.meetings("The fisheries ministers will meet in Accra next Sunday.", date: "2019-10-02")
        #expect(english.map(\.start) == [try PartialDate("2019-10-06")])
        let french = try MeetingDatesAndPlacesTests.meetings("Le dimanche prochain, se tiendra à Dakar un sommet des pays côtiers.", date: "2019-10-02")
        #expect(french.map(\.start) == [try PartialDate("2019-10-06")])
        let past = try MeetingDatesAndPlacesTests.meetings("Les ministres des pêches se sont réunis dimanche dernier à Dakar.", date: "2019-10-02")
        #expect(past.map(\.start) == [try PartialDate("2019-09-29")])
        let comma = try MeetingDatesAndPlacesTests.meetings("The fisheries ministers met in Accra on the 19th of November, 2017.")
        #expect(comma.map(\.start) == [try PartialDate("2017-11-19")])
    }

    @Test("a meeting that one country hosts and no sentence places is placed in that country, with a note")
    func hostCountryPlacesTheMeeting() throws {
        let text = "Latvia hosted the first meeting of the task force on seasonal work on 26 September 2018."
        let nodes = try Extractor().extract([Document(source: "page", plainText: text)]).network.nodes.filter { $0.meeting != nil }
        #expect(nodes.map(\.meeting?.country) == ["LVA"])
        #expect(nodes.first?.attributes["review"]?.contains("placed in the country that hosted it") == true)
        // A stated city stays the place.
        let placed = try MeetingDatesAndPlacesTests.meetings("Latvia hosted the first meeting of the task force in Vilnius on 26 September 2018.")
        #expect(placed.map(\.city) == ["Vilnius"])
    }

    @Test("a city's name after a surname's particle ('dos', 'von') is a person's name, not the meeting's place")
    func surnameParticles() throws {
        let found = try MeetingDatesAndPlacesTests.meetings(
            "The fisheries summit in Luanda on 14 June 2016 paid tribute to the former President Jose Eduardo dos Santos.")
        #expect(found.map(\.city) == ["Luanda"])
        let alone = try MeetingDatesAndPlacesTests.meetings("The summit paid tribute to the former President Jose Eduardo dos Santos.")
        #expect(alone.allSatisfy { $0.city != "Santos" })
        // "da" and "de" are kept: "Cidade da Praia" is Praia.
        let praia = try MeetingDatesAndPlacesTests.meetings("The regional fisheries workshop was held in Cidade da Praia on 3 May 2019.")
        #expect(praia.map(\.city) == ["Praia"])
    }

    @Test("'the following day', 'two days later', 'le lendemain' count from the last day the text gave; 'au lendemain de' does not")
    func daysCountedFromTheDayBefore() throws {
        let previous = PartialDate(year: 2024, month: 3, day: 4)!
        func offset(_ text: String, from day: PartialDate) -> String? {
            DocumentReader.offsetDate(in: Tokenizer.tokens(text), from: day).map { $0.start.description }
        }
        #expect(offset("The following day, the ministers met in Lusaka.", from: previous) == "2024-03-05")
        #expect(offset("Two days later, a workshop took place in Livingstone.", from: previous) == "2024-03-06")
        #expect(offset("A week later the experts met again.", from: PartialDate(year: 2024, month: 2, day: 26)!) == "2024-03-04")
        #expect(offset("Le lendemain, la conférence des ministres s'est tenue à Dakar.", from: PartialDate(year: 2023, month: 12, day: 31)!) == "2024-01-01")
        #expect(offset("Trois jours plus tard, les experts se sont réunis.", from: previous) == "2024-03-07")
        // "in the aftermath of", a month or a year: no day to count from.
        #expect(offset("Le partenariat a été conclu au lendemain de la révolution.", from: previous) == nil)
        #expect(offset("The following day, the ministers met.", from: PartialDate(year: 2024, month: 3)!) == nil)
        // Read in a page: the meeting opened by the later sentence takes the counted day.
        let meetings = try MeetingDatesAndPlacesTests.meetings(
            "Officials of the basin met in Lusaka on 4 March 2024 for a senior officials' meeting.\n\nTwo days later, the ministerial conference was held in Lusaka."
        )
        #expect(Set(meetings.compactMap(\.start?.description)) == ["2024-03-04", "2024-03-06"])
    }

    @Test("a country that is one city places the paragraph and opens a dateline: 'in Luxembourg', 'Singapore -'")
    func cityStatesAsPlaces() throws {
        let caption = try MeetingDatesAndPlacesTests.meetings(
            "The two prime ministers in Luxembourg on 9 September 2015.\n\nOn 9 September 2015, the prime minister hosted his Dutch counterpart for talks on asylum."
        )
        #expect(caption.contains { $0.country == "LUX" }, "\(caption)")
        let dateline = try MeetingDatesAndPlacesTests.meetings(
            "Singapore - Labour ministers of the region opened their annual forum on 12 May 2019, with Malaysia and Thailand taking part.")
        #expect(dateline.map(\.city) == ["Singapore"])
    }

    @Test("the page's date opening a page, then a dateline with that date again: the meeting's days are the later ones")
    func pageDateThenDateline() throws {
        let meetings = try MeetingDatesAndPlacesTests.meetings(
            "10 April 2024 VIENNA, 10 April 2024 – From 15 to 16 April 2024, the Lake Forum will hold its annual conference in Vienna.",
            date: "2024-04-10")
        #expect(meetings.map(\.start) == [try PartialDate("2024-04-15")], "\(meetings)")
    }
}
