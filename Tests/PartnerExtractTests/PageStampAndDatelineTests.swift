import PartnerGraph
import Testing
@testable import PartnerExtract

/// Page excerpts that open with their own date stamp, and datelines that give the text's "today" (issue 19: meetings
/// that hold on pages never seen). Our own sentences.
@Suite("Page date stamps and a dateline's today")
struct PageStampAndDatelineTests {
    static func meetings(text: String) throws -> [Meeting] {
        try Extractor().extract([Document(source: "page", plainText: text)]).network.nodes.compactMap(\.meeting)
    }

    static func meetings(jsonLines: String) throws -> [Meeting] {
        let documents = try DocumentLoader().documents(bytes: Array(jsonLines.utf8), kind: .jsonLines, name: "pages.jsonl")
        return try Extractor().extract(documents).network.nodes.compactMap(\.meeting)
    }

    @Test("a leading 'date STAMP' that repeats the record's date is dropped; one that disagrees, or has no date beside it, stays")
    func stamps() throws {
        let day = PartialDate("2016-11-29")
        #expect(DocumentLoader.withoutDateStamp(" date 2016-11-29 RIYADH: Ministers met.", pageDate: day) == "RIYADH: Ministers met.")
        #expect(DocumentLoader.withoutDateStamp("date 2016-11 Ministers met.", pageDate: day) == "Ministers met.")
        #expect(DocumentLoader.withoutDateStamp(" date 2016-12-01 Ministers met.", pageDate: day) == " date 2016-12-01 Ministers met.")
        #expect(DocumentLoader.withoutDateStamp(" date 2016-11-29 Ministers met.", pageDate: nil) == " date 2016-11-29 Ministers met.")
        #expect(DocumentLoader.withoutDateStamp("date of the meeting: 3 May", pageDate: day) == "date of the meeting: 3 May")
    }

    @Test("a dateline in capitals after the page's stamp places the meeting held 'here' on the weekday after the page's date")
    func datelineAfterStamp() throws {
        // 2021-03-14 is a Sunday.
        let found = try PageStampAndDatelineTests.meetings(
            jsonLines: #"{"url": "u", "date": "2021-03-14", "text": " date 2021-03-14 MUSCAT: Labour ministers will meet here on Tuesday to agree on fees."}"#)
        #expect(found.map(\.start) == [PartialDate("2021-03-16")])
        #expect(found.map(\.city) == ["Muscat"])
    }

    @Test("'today' under a dateline's day is that day, not the later date of the page")
    func datelineToday() throws {
        let found = try PageStampAndDatelineTests.meetings(
            jsonLines: #"{"url": "u", "date": "2022-10-07", "text": "Dar es Salaam, 5 October 2022 – The first meeting of the joint commission "#
                + #"has today agreed to resume returns."}"#)
        #expect(found.map(\.start) == [PartialDate("2022-10-05")])
    }

    @Test("a country after 'held in' keeps its place behind an article or a state's title; a title alone is no place")
    func stateTitles() throws {
        for (sentence, country) in [
            ("The ministerial meeting was held in the Kingdom of Lesotho on 3 May 2019.", "LSO"),
            ("The ministerial meeting was held in the Gambia on 3 May 2019.", "GMB"),
            ("The ministerial meeting took place in the United Republic of Tanzania on 3 May 2019.", "TZA"),
        ] {
            let found = try PageStampAndDatelineTests.meetings(text: sentence)
            #expect(found.map(\.country) == [country], "\(sentence)")
        }
        let tokens = Tokenizer.tokens("held in the Kingdom of Lesotho")
        #expect(DocumentReader.stateTitleStart(before: 5, in: tokens) == 2)
        #expect(DocumentReader.stateTitleStart(before: 1, in: tokens) == 1)
    }

    @Test("a weekday written with a year-less day picks the year it fits over the nearest year; hyphenated ordinals count their tens")
    func weekdaysAndOrdinals() throws {
        // 9 March 2023 was a Thursday, 9 March 2022 a Wednesday.
        let text = "Le bilan a été publié le 14 novembre 2022.\n\nLe conseil des ministres de la région, jeudi 9 mars à Dakar, doit adopter le plan."
        let found = try PageStampAndDatelineTests.meetings(text: text)
        #expect(found.map(\.start) == [PartialDate("2023-03-09")])
        for (phrase, number) in [("le vingt-deuxième conseil", 22), ("the twenty-first summit", 21), ("the first summit", 1)] {
            let tokens = Tokenizer.tokens(phrase)
            #expect(DocumentReader.ordinal(before: tokens.count - 1, in: tokens) == number, "\(phrase)")
        }
    }

    @Test("a date line then a labelled location line open the page's meeting; a bare city under a site's date line does not")
    func dateAndLocationLines() throws {
        let block =
            "Thursday, 14 March 2019, 9:30 - 16:00\n\nLocation: Tbilisi, Georgia\n\nThe aim of the expert group is to review "
            + "the handbook to be submitted to the Steering Committee meeting in Kyiv on 2-3 May 2019."
        let found = try PageStampAndDatelineTests.meetings(text: block)
        #expect(found.map(\.start) == [PartialDate("2019-03-14")])
        #expect(found.map(\.city) == ["Tbilisi"])
        let header = "samedi, novembre 23, 2024\n\nYaoundé\n\nLe forum mondial sur la migration se déroule du 22 au 26 janvier 2024 à Genève."
        let site = try PageStampAndDatelineTests.meetings(text: header)
        #expect(site.map(\.city) == ["Geneva"])
    }

    @Test("the day a meeting was announced is not its day; words said on a day at the meeting date it")
    func daysOfReports() throws {
        // 2023-02-13 was a Monday, 2021-05-05 a Wednesday.
        let announced = try PageStampAndDatelineTests.meetings(
            jsonLines: #"{"url": "u", "date": "2023-02-14", "text": "The ministry on Monday announced that the regional summit on water "#
                + #"security will be held in Maputo."}"#)
        #expect(announced.map(\.start) == [nil])
        #expect(announced.map(\.city) == ["Maputo"])
        let spoken = try PageStampAndDatelineTests.meetings(
            jsonLines: #"{"url": "u", "date": "2021-05-06", "text": "The minister said on Wednesday, at the opening of the regional water "#
                + #"forum in Lilongwe, that shared dams need a joint authority."}"#)
        #expect(spoken.map(\.start) == [PartialDate("2021-05-05")])
    }

    @Test("a meeting no sentence places is in the one country its text places anything in; with two countries it stays unplaced")
    func oneCountryOfTheText() throws {
        let one =
            "Members of the basin commission are meeting this week in the Gambia.\n\nThe experts' meeting of 14 to 16 March 2022 "
            + "is organised by the commission's secretariat."
        let placed = try PageStampAndDatelineTests.meetings(text: one)
        #expect(placed.map(\.country) == ["GMB"])
        let two = "The experts' meeting of the coastal commission was held on 3 June 2021, after a survey of ports in Senegal and in Mauritania."
        let unplaced = try PageStampAndDatelineTests.meetings(text: two)
        #expect(unplaced.map(\.country) == [nil])
    }
}
