import PartnerGraph
import Testing
@testable import PartnerExtract

/// Meetings found or rightly left out on the kinds of page that the development pages showed failing: our own
/// sentences, one kind of failure each.
@Suite("Meeting detection: stamps, cancellations, press conferences, city-states, venue lines")
struct MeetingDetectionTests {
    static func meetings(_ network: Network) -> [Meeting] { network.nodes.compactMap(\.meeting) }

    static func extract(_ text: String, date: String) throws -> Network {
        var document = Document(source: "page", plainText: text)
        document.date = try PartialDate(date)
        return try Extractor().extract([document]).network
    }

    @Test("a publication stamp and the page's own date line under a title are no meeting's date")
    func stamps() throws {
        let network = try MeetingDetectionTests.extract(
            "Regional seminar on seasonal work\nPublished on 12 March 2021 by the newsroom\nThe seminar took place in Lomé on 9-10 March 2021.",
            date: "2021-03-12")
        #expect(MeetingDetectionTests.meetings(network).map(\.start) == [try PartialDate("2021-03-09")])
        let dated = try MeetingDetectionTests.extract(
            "Civil society meeting on mobility\n\nFriday, 4 June 2021\n\nDakar will host the meeting on 21 and 22 June.", date: "2021-06-04")
        #expect(MeetingDetectionTests.meetings(dated).map(\.start) == [try PartialDate("2021-06-21")])
    }

    @Test("a meeting that did not take place, was cancelled or called off is not drafted")
    func cancelled() throws {
        for sentence in [
            "The ministerial meeting planned in Accra on 3 May 2022 did not take place.",
            "The workshop in Kumasi on 3 May 2022 was cancelled.", "A follow-up seminar in Tamale on 3 May 2022 was called off.",
            "La réunion prévue à Kara le 3 mai 2022 n'a pas eu lieu.",
        ] {
            #expect(MeetingDetectionTests.meetings(try PartnerExtractTests.extract(sentence)).isEmpty, "\(sentence)")
        }
    }

    @Test("a press conference is no meeting, and its 'conference' is not read as one")
    func pressConference() throws {
        let network = try PartnerExtractTests.extract(
            "Organisers gave a press conference in Niamey on 2 May 2022.\nUne conférence de presse s'est tenue à Dosso le 3 mai 2022.")
        #expect(MeetingDetectionTests.meetings(network).isEmpty)
    }

    @Test("a city-state is its own city; a venue line naming only a country gives the country")
    func placesWithoutCityNames() throws {
        let forum = try PartnerExtractTests.extract("The labour forum was held in Singapore on 29-30 October 2018.")
        #expect(MeetingDetectionTests.meetings(forum).map(\.city) == ["Singapore"])
        #expect(MeetingDetectionTests.meetings(forum).map(\.country) == ["SGP"])
        let page = try PartnerExtractTests.extract("Third Coastal Labour Seminar\n\nDates: 2 – 3 May 2024\n\nVenue: Iceland, with online links")
        #expect(MeetingDetectionTests.meetings(page).map(\.country) == ["ISL"])
        #expect(MeetingDetectionTests.meetings(page).map(\.city) == [nil])
    }

    @Test("a city that is also a first name is a place only where the text puts one")
    func personNames() throws {
        let named = try PartnerExtractTests.extract("The conference took place in Santiago, Chile, on 4 November 2012.")
        #expect(MeetingDetectionTests.meetings(named).map(\.city) == ["Santiago"])
        let person = try PartnerExtractTests.extract("The conference was held on 4 November 2012. Ambassador Santiago Ruiz opened it.")
        #expect(MeetingDetectionTests.meetings(person).map(\.city) == [nil])
    }

    @Test("a forum announced for a month and the summit of that forum on a day of it are one meeting across pages")
    func forumAndSummit() throws {
        let documents = [
            Document(source: "a", plainText: "The Global Forum on Mobility will be held in October 2015 in Istanbul."),
            Document(source: "b", plainText: "The eighth summit opened in Istanbul on 14 October 2015."),
        ]
        let network = try Extractor().extract(documents).network
        #expect(MeetingDetectionTests.meetings(network).map(\.start) == [try PartialDate("2015-10-14")])
    }
}

@Suite("Meeting detection: lines broken inside sentences, meetings named in passing, cities naming texts")
struct PassingMentionTests {
    @Test("a hard-wrapped line ending on a preposition continues its sentence")
    func hardWraps() {
        let document = Document(source: "p", plainText: "A regional meeting on seasonal work in\nAgriculture opened in Windhoek today.\nNext paragraph.")
        #expect(document.paragraphs == ["A regional meeting on seasonal work in Agriculture opened in Windhoek today.", "Next paragraph."])
        #expect(Document.endsMidSentence("jointly organised by the") && Document.endsMidSentence("les ministres de la migration,"))
        #expect(!Document.endsMidSentence("Regional Expert Meeting"))
    }

    @Test("a meeting named by its name in a sentence about the reported one, or as a purpose, is not drafted")
    func namedInPassing() throws {
        let network = try PartnerExtractTests.extract(
            """
            A regional expert meeting on seasonal work will open in Windhoek tomorrow.
            The aim of the meeting is to prepare for the 2023 Labour Summit to be held in Lusaka, 14-15 June 2023.
            """)
        #expect(MeetingDetectionTests.meetings(network).map(\.city) == ["Windhoek"])
        let purpose = try PartnerExtractTests.extract(
            "The core group discussed the report to be presented during the Senior Officials' Meeting in Budapest on 6-7 July 2015.")
        #expect(MeetingDetectionTests.meetings(purpose).isEmpty)
        // The gold rules: a meeting named only to situate the page's own ("preceded by") is a passing mention; one the
        // page says was held is a meeting of its own.
        let second = try PartnerExtractTests.extract(
            "The SOM took place in Asmara on 7 March 2019. The SOM was preceded by a Steering Committee meeting on 6 March 2019.")
        #expect(MeetingDetectionTests.meetings(second).count == 1)
        let held = try PartnerExtractTests.extract(
            "The SOM took place in Asmara on 7 March 2019. A Steering Committee meeting was held in Asmara on 6 March 2019.")
        #expect(MeetingDetectionTests.meetings(held).count == 2)
    }

    @Test("a city that begins the name of a text is not the meeting's place")
    func cityNamingText() throws {
        let network = try PartnerExtractTests.extract(
            "The ministers met on 5 May 2017 to review the Bratislava Ministerial Declaration.")
        #expect(MeetingDetectionTests.meetings(network).allSatisfy { $0.city == nil })
    }
}

@Suite("Meeting detection: event pages with bullets, French places and days, regional reviews")
struct EventPageTests {
    @Test("a bulleted week and place above an event's text give its month and city")
    func bulletedEventPage() throws {
        let network = try PartnerExtractTests.extract("  • Week of 14 October 2024\n  • Kingston, Jamaica\n\nThe meeting will adopt a regional plan of action.")
        let meetings = MeetingDetectionTests.meetings(network)
        #expect(meetings.map(\.start) == [try PartialDate("2024-10")])
        #expect(meetings.map(\.city) == ["Kingston"] && meetings.map(\.country) == ["JAM"])
    }

    @Test("French: a meeting held 'au Maroc' is placed in the country; 'ont débuté mercredi' is the Wednesday before the page")
    func frenchPlacesAndDays() throws {
        let held = try MeetingDetectionTests.extract("Un atelier des pays pilotes s'est tenu les 26 et 27 janvier au Maroc.", date: "2023-01-30")
        #expect(MeetingDetectionTests.meetings(held).map(\.country) == ["MAR"])
        #expect(MeetingDetectionTests.meetings(held).map(\.start) == [try PartialDate("2023-01-26")])
        // 10 October 2024 is a Thursday: "mercredi" is the 9th, not the Wednesday after.
        let opened = try MeetingDetectionTests.extract(
            "Les travaux du deuxième examen régional du Pacte ont débuté mercredi à Addis-Abeba, avec la participation du Maroc.", date: "2024-10-10")
        #expect(MeetingDetectionTests.meetings(opened).map(\.start) == [try PartialDate("2024-10-09")])
        #expect(MeetingDetectionTests.meetings(opened).map(\.city) == ["Addis Ababa"])
    }

    @Test("a gathering whose only meeting is named after 'à la suite du' dates that other meeting, not a new one")
    func frenchReference() throws {
        let network = try MeetingDetectionTests.extract(
            "La rencontre a réuni 16 pays, à la suite du Forum d'examen qui a eu lieu en mai 2022 à New York.", date: "2023-01-30")
        #expect(MeetingDetectionTests.meetings(network).allSatisfy { $0.city != "New York City" })
    }
}

@Suite("Meeting detection: a gathering to prepare another meeting is a meeting of its own")
struct PreparatoryGatheringTests {
    @Test("officials who met to prepare a conference held a meeting; the conference announced for later is named in passing")
    func preparation() throws {
        let network = try PartnerExtractTests.extract(
            """
            Senior officials met in Lisbon on 20 October 2022 to prepare the 7th Ministerial Conference of the dialogue.
            The meeting paved the way for the Ministerial Conference, to take place on 13 and 14 December 2022 in Porto.
            """)
        #expect(MeetingDetectionTests.meetings(network).map(\.city) == ["Lisbon"])
    }

    @Test("beside the page's own meeting of another kind, a preparatory meeting prepared it: named in passing")
    func preparatoryBesideThePagesMeeting() throws {
        let network = try PartnerExtractTests.extract(
            """
            The fisheries ministers of the coastal states held their annual conference in Tema on 28 November 2016.
            Earlier, deputy ministers from the member states took part in a preparatory meeting in Tema on 27 November 2016.
            """)
        #expect(MeetingDetectionTests.meetings(network).map(\.start) == [try PartialDate("2016-11-28")])
    }

    @Test("French places: 'à' before an island state is its country, before a state named like its capital that capital; 'après' a city is an earlier venue")
    func frenchPlaces() throws {
        let island = try PartnerExtractTests.extract("La réunion des ministres de la Pêche s'est tenue à Chypre le 18 juin 2025.")
        #expect(MeetingDetectionTests.meetings(island).map(\.country) == ["CYP"])
        #expect(MeetingDetectionTests.meetings(island).map(\.city) == [nil])
        let capital = try PartnerExtractTests.extract("Les vice-ministres du Travail se sont réunis à Guatemala le 30 juin 2025.")
        #expect(MeetingDetectionTests.meetings(capital).map(\.city) == ["Guatemala City"])
        let earlier = try PartnerExtractTests.extract(
            "Après Accra (Ghana), en 2024, le Forum régional de la jeunesse s'est déroulé du 8 au 10 septembre 2025, avec la participation de l'Ouganda.")
        #expect(MeetingDetectionTests.meetings(earlier).allSatisfy { $0.city != "Accra" })
    }
}

@Suite("Meeting detection: towns below the city list, meetings under way on the page's day")
struct SmallTownAndOngoingTests {
    @Test("a capitalised name after a meeting word and 'in', closed by a bracket or a comma, is the venue; common words are not")
    func unknownTowns() throws {
        let town = try PartnerExtractTests.extract("12 May 2023: Ministerial Conference in Kleinhausen (Austrian Chairmanship)")
        #expect(MeetingDetectionTests.meetings(town).map(\.city) == ["Kleinhausen"])
        let twoWords = try PartnerExtractTests.extract("The expert meeting in Brdo pri Kranju, on 11 December 2023, adopted its conclusions.")
        #expect(MeetingDetectionTests.meetings(twoWords).map(\.city) == ["Brdo pri Kranju"])
        let phrase = try PartnerExtractTests.extract("A regional workshop in Support of Returnees, on 3 May 2023, gathered experts.")
        #expect(MeetingDetectionTests.meetings(phrase).allSatisfy { $0.city == nil })
    }

    @Test("a meeting 'taking place' or 'se tient' when the page was written is dated to the page's month")
    func ongoing() throws {
        let network = try MeetingDetectionTests.extract(
            "The Minister led the delegation at the regional summit on labour that is taking place in Livingstone, Zambia.", date: "2023-08-18")
        #expect(MeetingDetectionTests.meetings(network).map(\.start) == [try PartialDate("2023-08")])
        let french = try MeetingDetectionTests.extract("Le séminaire régional se tient à Lomé avec des experts de la sous-région.", date: "2022-03-09")
        #expect(MeetingDetectionTests.meetings(french).map(\.start) == [try PartialDate("2022-03")])
    }

    @Test("a page about one meeting that no sentence opens drafts it from its first lines, with the participants it names")
    func pageFrame() throws {
        // The title places the meeting; the first paragraph says the ministers will meet, without a meeting noun or a day.
        let announced = try PartnerExtractTests.extract(
            "Baltic ministers to discuss border control in Vilnius\n\nThe interior ministers of Estonia, Latvia and Lithuania will meet in the coming weeks to agree on common patrols, the news agency reports.\n\nThe three countries have asked for more European funding."
        )
        let meetings = MeetingDetectionTests.meetings(announced)
        #expect(meetings.map(\.city) == ["Vilnius"])
        #expect(meetings.map(\.start) == [nil])
        let meetingID = announced.nodes.first { $0.meeting != nil }?.id ?? "-"
        #expect(actors(announced, .attends, of: meetingID) == ["EST", "LVA", "LTU"])
        // A date a chairmanship is read nearer to still dates the page's meeting when nothing else does.
        let held = try MeetingDetectionTests.extract(
            "Meeting of labour ministers in the Nordic format\n\nThe ministers of Denmark, Norway and Sweden held a meeting of labour ministers, hosted under the Danish presidency programme's mobility pillar on 3 March 2022.",
            date: "2022-03-04")
        #expect(MeetingDetectionTests.meetings(held).map(\.start) == [try PartialDate("2022-03-03")])
        // A past meeting named by its year, or as the last one, is not the page's: no meeting.
        for text in [
            "The ministers of the region held their first meeting on this question in Libreville in 2012.",
            "Le communiqué rappelle la décision prise lors de leur dernier Sommet à Malabo.",
        ] {
            #expect(MeetingDetectionTests.meetings(try PartnerExtractTests.extract(text)).isEmpty, "\(text)")
        }
    }

    @Test("people's names, time zones and postponements are no meeting's place or meeting; 'ce matin' is the page's day")
    func frameNamesAndDays() throws {
        // "Garland" and "Merrick" are towns' names; together, and after a first name, they are a person's.
        let named = try PartnerExtractTests.extract(
            "Attorney General Merrick Garland, Secretary Jane Doe and other officials will take part in the security dialogue.")
        #expect(MeetingDetectionTests.meetings(named).compactMap(\.city).isEmpty)
        // "White House" is an old name of Casablanca in GeoNames; a text means the building.
        let house = try PartnerExtractTests.extract("The minister met yesterday with a White House adviser at the National Palace in Mexico City.")
        #expect(MeetingDetectionTests.meetings(house).map(\.city) == ["Mexico City"])
        // A time zone's city is not where the meeting is; the place line under the title is.
        let zoned = try PartnerExtractTests.extract(
            "Third Preparatory Meeting of the Forum\nMarch 4, 2025 9:00 am - 5:00 pm Timezone: Europe/Paris\n\nVienna & Online")
        #expect(MeetingDetectionTests.meetings(zoned).map(\.city) == ["Vienna"])
        // A meeting the page says is postponed sine die is not drafted.
        let postponed = try MeetingDetectionTests.extract(
            "Le comité mixte, prévu dimanche à Tunis en présence des deux ministres, est reporté sine die, a annoncé jeudi le ministère.",
            date: "2021-04-08")
        #expect(MeetingDetectionTests.meetings(postponed).isEmpty)
        // "a débuté ce matin": the day of the page.
        let morning = try MeetingDetectionTests.extract(
            "Une rencontre des experts de six pays a débuté ce matin à Niamey.", date: "2019-03-12")
        #expect(MeetingDetectionTests.meetings(morning).map(\.start) == [try PartialDate("2019-03-12")])
    }
}
