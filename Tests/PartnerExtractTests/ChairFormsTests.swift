import PartnerGraph
import Testing

@testable import PartnerExtract

@Suite("Hosts and chairs stated other ways")
struct ChairFormsTests {
    @Test("hosting in the future progressive and receiving people host; receiving a thing or a past host do not")
    func hostingTenses() throws {
        let future = try extract(
            "The labour migration workshop took place in Windhoek on 3 May 2023. From 3 to 4 May 2023, Namibia will be hosting the workshop.")
        #expect(actors(future, .hosts, of: "windhoek") == ["NAM"])
        let received = try extract(
            """
            The annual summit of the three countries was held in Vaduz on 6 June 2022. \
            The Prime Minister, Anna Keller, received her counterparts from Austria and Switzerland at the castle.
            """)
        // The Prime Minister's country is the venue's: inferred (rule office-of-venue), drafted only when that rule is
        // trusted, else a host to check and a participant.
        let trusted = DocumentReader.draftsRole(relation: .hosts, rule: "office-of-venue")
        #expect(actors(received, .hosts, of: "vaduz") == (trusted ? ["LIE"] : []))
        #expect(actors(received, .attends, of: "vaduz") == (trusted ? ["AUT", "CHE"] : ["AUT", "CHE", "LIE"]))
        let thing = try extract(
            "The annual summit was held in Vaduz on 6 June 2022. Liechtenstein received funding from Austria for the border project.")
        #expect(actors(thing, .hosts, of: "vaduz").isEmpty)
        let earlier = try extract(
            """
            The expert meeting was held in Hanoi on 3 June 2015. Previous expert working group meetings were hosted by Thailand, \
            and the forum was hosted by Cambodia two years ago.
            """)
        #expect(actors(earlier, .hosts, of: "hanoi").isEmpty)
    }

    @Test("chairs in brackets after the chair noun, and a host marked as chair")
    func bracketedChairs() throws {
        let network = try extract(
            """
            The ministerial meeting was held in Tallinn on 2 March 2021. Under the guidance of the Chair (Estonia) and the \
            Co-Chair (Finland), the delegations reviewed the declaration; the former Chair (Latvia) presented the report.
            """)
        #expect(actors(network, .coChairs, of: "tallinn") == ["EST", "FIN"])
        let marked = try extract("The technical meeting took place in Suva on 5 April 2019, hosted by Fiji (Chair), with Tonga and Samoa attending.")
        #expect(actors(marked, .hosts, of: "suva") == ["FJI"])
        #expect(actors(marked, .coChairs, of: "suva") == ["FJI"])
    }

    @Test("co-chairing with a counterpart named by a nationality adjective, in French")
    func coChairedWith() throws {
        let network = try extract(
            """
            La réunion ministérielle s'est tenue à Dakar le 4 mai 2021. Le ministre sénégalais de l'Intérieur, qui copréside \
            avec son homologue français, a ouvert les travaux.
            """)
        #expect(actors(network, .coChairs, of: "dakar") == ["SEN", "FRA"])
        let office = try extract(
            """
            La réunion ministérielle s'est tenue à Dakar le 4 mai 2021. Le Premier ministre, qui copréside avec son homologue \
            espagnol, a ouvert les travaux.
            """)
        #expect(actors(office, .coChairs, of: "dakar") == ["SEN", "ESP"])
    }

    @Test("an incoming chair starts the dialogue's chairmanship in the year written after it")
    func incomingChair() throws {
        let network = try extract(
            """
            The Rabat Process steering committee met in Brussels on 7 October 2020. The meeting welcomed Senegal as the \
            incoming Chair for 2021.
            """)
        let tie = try #require(network.edges.first { $0.relation == .presidency })
        #expect(tie.from == "SEN" && tie.to == "RABAT" && tie.start == PartialDate(year: 2021))
    }

    @Test("on a page that names no dialogue, a presidency's body is the organisation the sentence names; an office-holder named chair-in-office holds it")
    func organisationChairmanships() throws {
        let presidency = try extract(
            "The Expert Group of the Council of the Baltic Sea States (CBSS) met in Gdansk on 12 March 2025 during the Polish Presidency.")
        let tie = try #require(presidency.edges.first { $0.relation == .presidency })
        #expect(tie.from == "POL" && tie.to == "CBSS")
        let french = try extract(
            "Le comité de la CEEAC s'est réuni à Malabo le 4 avril 2023. Le président de la République de Guinée équatoriale assure la présidence tournante de la CEEAC."
        )
        #expect(french.edges.contains { $0.relation == .presidency && $0.from == "GNQ" && $0.to == "ECCAS" })
        let office = try extract(
            """
            The forum was held in Geneva on 19 May 2025. The speakers are: OSCE Chair-in-Office, Minister for Foreign Affairs of \
            Finland Elina Virtanen; and Director General of IOM Maria Lopez.
            """)
        let held = try #require(office.edges.first { $0.relation == .presidency })
        #expect(held.from == "FIN" && held.to == "OSCE" && held.start == PartialDate(year: 2025))
        // A former chair-in-office holds nothing now.
        let former = try extract(
            "The forum was held in Geneva on 19 May 2025. The former OSCE Chair-in-Office, Minister for Foreign Affairs of Finland Elina Virtanen, spoke.")
        #expect(!former.edges.contains { $0.relation == .presidency })
    }
}
