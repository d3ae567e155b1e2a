import PartnerGraph
import Testing
@testable import PartnerExtract

@Suite("Meetings, roles and chairmanships")
struct RoleTests {
    @Test("a header line and its paragraph make one meeting with type, date, place and roles")
    func headerAndBody() throws {
        let network = try extract(
            """
            Abuja, 5-6 November 2019, hosted by Nigeria and co-chaired by France and Belgium.
            On 5-6 November 2019 a technical workshop entitled "Remittances" was held in Abuja.
            """)
        #expect(network.meetings.count == 1)
        let meeting = try #require(network.meetings.first?.meeting)
        #expect(meeting.type == "technical workshop")
        #expect(meeting.start == PartialDate("2019-11-05") && meeting.end == PartialDate("2019-11-06"))
        #expect(meeting.city == "Abuja" && meeting.country == "NGA")
        #expect(meeting.title == "Remittances")
        #expect(actors(network, .hosts, of: "abuja") == ["NGA"])
        #expect(actors(network, .coChairs, of: "abuja") == ["FRA", "BEL"])
        #expect(network.edges.allSatisfy { $0.source?.hasPrefix("test.txt: ") == true })
    }

    @Test("subject roles, attendance lists and the host country")
    func subjects() throws {
        let network = try extract(
            """
            A thematic meeting on return took place in Lisbon on 14 March 2022. Portugal, the host country, opened it. \
            Morocco and Spain co-chaired the discussions, and Mali, Niger, IOM and Frontex took part.
            """)
        #expect(actors(network, .hosts, of: "lisbon") == ["PRT"])
        #expect(actors(network, .coChairs, of: "lisbon") == ["MAR", "ESP"])
        #expect(actors(network, .attends, of: "lisbon") == ["MLI", "NER", "IOM", "FRONTEX"])
    }

    @Test("a denied role is not recorded and leaves a review note")
    func negation() throws {
        let network = try extract(
            """
            The Steering Committee meeting was held in Brussels on 4 April 2023. Senegal was not able to host it, \
            so Belgium hosted the meeting instead of Dakar. It was co-chaired by Belgium.
            """)
        #expect(actors(network, .hosts, of: "brussels") == ["BEL"])
        let meeting = try #require(network.meetings.first)
        #expect(meeting.attributes["review"]?.contains("SEN") == true)
    }

    @Test(
        "a planned chairmanship is a review note, not a tie (the holder who is to hand it over holds it now); one announced for the meeting is dated by it"
    )
    func plannedChairmanship() throws {
        let planned = try extract(
            """
            The Senior Officials' Meeting took place in Bamako on 12 March 2021. \
            In 2022, Belgium will take over the chairmanship of the Rabat Process. Mali is expected to hand over the chairmanship to Belgium.
            """)
        #expect(planned.edges.filter { $0.relation == .presidency }.map(\.from) == ["MLI"])
        #expect(planned.notes.contains { $0.contains("planned chairmanship") && $0.contains("In 2022, Belgium will take over") })
        let announced = try extract(
            """
            The Senior Officials' Meeting will be held in Bamako on 12 March 2021. \
            The meeting will mark the handover of the chairmanship of the Rabat Process from Mali to Belgium.
            """)
        #expect(ExtractionScore.chairSequence(announced) == ["MLI", "BEL"])
        #expect(announced.notes.contains { $0.contains("check that it took place") })
    }

    @Test("\"will chair the dialogue\" is a chairmanship, not a meeting's co-chair")
    func chairsTheDialogue() throws {
        let network = try extract(
            """
            The Senior Officials' Meeting took place in Bamako on 12 March 2021, co-chaired by Mali and Spain. \
            Belgium will chair the dialogue for one year.
            """)
        #expect(actors(network, .coChairs, of: "bamako") == ["MLI", "ESP"])
    }

    @Test("observers are recorded as observes, not as attendance")
    func observers() throws {
        let network = try extract(
            """
            The workshop took place in Bamako on 12 March 2021. Niger and Chad attended, and Algeria participated as an observer. \
            Observer countries: Libya and Egypt. \
            The workshop brought together 12 countries (including two observer countries, Norway and Iceland), and partners (ECOWAS, UNHCR).
            """)
        // The list of "brought together" runs on past the bracketed observers: the partners in brackets attend.
        #expect(actors(network, .attends, of: "bamako") == ["NER", "TCD", "ECOWAS", "UNHCR"])
        #expect(actors(network, "observes", of: "bamako") == ["DZA", "LBY", "EGY", "NOR", "ISL"])
    }

    @Test("a chairmanship handover gives dated presidency ties in order")
    func handover() throws {
        let network = try extract(
            """
            The Senior Officials' Meeting took place in Bamako on 12 March 2021. \
            The chairmanship of the Rabat Process passed from Mali to Belgium at the meeting.
            """)
        let ties = network.edges.filter { $0.relation == .presidency }
        #expect(ties.map(\.from) == ["MLI", "BEL"])
        #expect(ties.first?.end == PartialDate("2021-03"))
        #expect(ties.last?.start == PartialDate("2021-03"))
        #expect(ExtractionScore.chairSequence(network) == ["MLI", "BEL"])
    }

    @Test("two meetings in one text stay two, and their roles do not mix")
    func twoMeetings() throws {
        let network = try extract(
            """
            On 3 May 2022 a regional workshop was held in Dakar, hosted by Senegal. \
            The next day, on 4 May 2022, a side event in Dakar was organised by ICMPD and attended by Gambia.
            """)
        #expect(network.meetings.count == 2)
        #expect(actors(network, .hosts, of: "dakar-2022-05-03") == ["SEN"])
        #expect(actors(network, .attends, of: "dakar-2022-05-04") == ["GMB"])
        #expect(actors(network, .hosts, of: "dakar-2022-05-04").isEmpty)
    }

    @Test("a person named by an office of a country or organisation who speaks at the meeting makes it a participant")
    func officeHolders() throws {
        let network = try extract(
            """
            The regional workshop on labour mobility was held in Lusaka on 6 June 2023. \
            The Minister of Home Affairs of Malawi opened the workshop, and the IOM Regional Director stressed the role of data. \
            La ministre malienne des Affaires étrangères a souligné l'importance du dialogue. \
            The Ambassador of Ghana could not attend and said so in a letter.
            """)
        #expect(actors(network, .attends, of: "lusaka-2023-06-06") == ["MWI", "IOM", "MLI"])
    }

    @Test("roles said of a meeting before its date and place open it wait for the next sentences")
    func announcedRoles() throws {
        let network = try extract(
            """
            Namibia will host a regional meeting on border management. \
            The meeting will take place in Windhoek on 14 and 15 September 2022.
            """)
        #expect(actors(network, .hosts, of: "windhoek-2022-09-14") == ["NAM"])
        // With dates, the sentence names other meetings: "after Accra in 2015, ... it is now Africa's turn to host".
        let history = try extract(
            """
            After Accra in 2015 and Djibouti in 2018, it is the turn of another region to host the forum. \
            The forum will take place in Tunis on 3 May 2024.
            """)
        #expect(actors(history, .hosts, of: "tunis-2024-05-03").isEmpty)
    }

    @Test("the one country that organises a meeting on its own soil hosts it; several organisers, or a chair, do not")
    func organiserInOwnCountry() throws {
        let network = try extract(
            """
            The national seminar on diaspora engagement, organised by the Ministry of Foreign Affairs of Senegal, took place \
            in Dakar on 9 February 2023.
            """)
        #expect(actors(network, .hosts, of: "dakar-2023-02-09") == ["SEN"])
        let chaired = try extract("The senior officials' meeting held in Rabat on 5 March 2014 was co-chaired by Morocco and Italy.")
        #expect(actors(chaired, .hosts, of: "rabat-2014-03-05").isEmpty)
    }

    @Test("a city's name that is a person's surname neither ends nor joins a list of co-chairs")
    func surnameInList() throws {
        let network = try extract(
            """
            The bilateral dialogue met in Khartoum on 24 April 2018, co-chaired by Ambassador Ali Osman, Undersecretary of the \
            Ministry of Foreign Affairs of Sudan, and Neil Wigan, Director for Africa of the United Kingdom.
            """)
        #expect(actors(network, .coChairs, of: "khartoum-2018-04-24") == ["SDN", "GBR"])
    }

    @Test("an offer to host is set aside for review, not drafted; a country named as a place is no subject; refugee host countries host no meeting")
    func weakHostEvidence() throws {
        let text = """
            The regional ministerial conference on labour mobility took place in Islamabad on 3 June 2021. \
            Following a decision taken at the summit held in Kampala, Uganda, Pakistan has offered to host the conference. \
            Speakers discussed the needs of communities in host countries, including Jordan and Lebanon.
            """
        let extraction = try Extractor().extract([Document(source: "test.txt", plainText: text)])
        #expect(actors(extraction.network, .hosts, of: "islamabad-2021-06-03").isEmpty)
        let offered = extraction.facts.filter { $0.rule.hasSuffix("+intended") }
        #expect(offered.map(\.subject) == ["PAK"])
        #expect(offered.allSatisfy { $0.review?.contains("offered or intended") == true })
        #expect(!Extractor.drafts(offered[0]))
    }

    @Test("a country organising a meeting at home hosts it, its government named or not; organising abroad does not")
    func organiserAtHomeHosts() throws {
        let bare = try extract("The seminar on border data, organised by Senegal, took place in Dakar on 9 February 2023.")
        #expect(actors(bare, .hosts, of: "dakar-2023-02-09") == ["SEN"])
        let ministry = try extract("The seminar on border data, organised by the Senegalese Ministry of the Interior, took place in Dakar on 9 February 2023.")
        #expect(actors(ministry, .hosts, of: "dakar-2023-02-09") == ["SEN"])
        let abroad = try extract("The seminar on border data, organised by Senegal, took place in Banjul on 9 February 2023.")
        #expect(actors(abroad, .hosts, of: "banjul-2023-02-09").isEmpty)
        // The organiser named before the sentence that places the meeting: "the Ministry ... took the initiative to organise
        // a coordination meeting. The meeting will be held in Bamako on 4 May 2021."
        let later = try extract(
            "The Malian Ministry of Foreign Affairs took the initiative to organise a coordination meeting. "
                + "The coordination meeting will be held in Bamako on 4 May 2021.")
        #expect(actors(later, .hosts, of: "bamako-2021-05-04") == ["MLI"])
    }

    @Test("an organisation's presidency is no chair of the dialogue; the chair of the dialogue written next to the chair word wins")
    func organisationPresidency() throws {
        let network = try extract(
            """
            The Niamey Process held its senior officials' meeting in Brussels on 14 September 2015. \
            The Luxembourg Presidency of the Council of the European Union opened the meeting. \
            The Lomé Process was recalled, and the Malian chairmanship of the Niamey Process began in 2015.
            """)
        let ties = network.edges.filter { $0.relation == .presidency }
        #expect(!ties.contains { $0.from == "LUX" })
        #expect(ties.contains { $0.from == "MLI" && $0.to == "NIAMEY" })
    }

    @Test("chairs and hosts named other ways: a country's presidency, presided over, co-hosted with, pays d'accueil, ministers from a list")
    func otherWordings() throws {
        let network = try extract(
            """
            The ministerial forum on mobility was held in Accra on 2 May 2022. It was chaired by the Ghanaian Presidency. \
            Norway presided over the forum on its second day. The forum was co-hosted with Switzerland. \
            Migration ministers from Chad, Togo and Benin spoke about return.
            """)
        #expect(actors(network, .coChairs, of: "accra-2022-05-02").isSuperset(of: ["GHA", "NOR"]))
        #expect(actors(network, .hosts, of: "accra-2022-05-02") == ["CHE"])
        #expect(actors(network, .attends, of: "accra-2022-05-02") == ["TCD", "TGO", "BEN"])
        let french = try extract(
            """
            La rencontre de Bamako s'est tenue le 26 août 2017. Le Mali, pays d'accueil, a reçu des délégués venus du Bénin et du Togo.
            """)
        #expect(actors(french, .hosts, of: "bamako-2017-08-26") == ["MLI"])
        #expect(actors(french, .attends, of: "bamako-2017-08-26").isSuperset(of: ["BEN", "TGO"]))
    }

    @Test("a role said in the future of the meeting a page announces is given to it; of the next meeting, it is not")
    func futureOfTheSameMeeting() throws {
        let network = try extract(
            """
            The sixth regional conference on labour migration will take place in Cairo on 20 November 2026. \
            The sixth regional conference will be hosted by the Government of Egypt.
            """)
        #expect(actors(network, .hosts, of: "cairo-2026-11-20") == ["EGY"])
        let report = try extract(
            """
            The senior officials' meeting took place in Rabat on 4 April 2023. The next ministerial conference will be hosted by Spain.
            """)
        #expect(actors(report, .hosts, of: "rabat-2023-04-04").isEmpty)
    }

    @Test("an organisation's presidency on a page that names no dialogue is the chair of that organisation; an invitation to the meeting's city")
    func organisationForumAndInvitation() throws {
        let council = try extract(
            "The Luxembourg Presidency of the Council of the European Union convened the home affairs ministers in Brussels on 22 September 2015.")
        #expect(council.edges.contains { $0.relation == .presidency && $0.from == "LUX" && $0.to == "COUNCILEU" })
        let invited = try extract(
            "German Interior Minister Anna Keller invites her counterparts to the ministerial meeting in Munich on 14 and 15 May 2023.")
        #expect(actors(invited, .hosts, of: "munich-2023-05-14") == ["DEU"])
    }
}
