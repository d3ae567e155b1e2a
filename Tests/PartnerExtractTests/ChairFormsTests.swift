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

    /// The presidency ties of a network, as "holder body" pairs.
    static func presidencies(_ network: Network) -> Set<String> {
        Set(network.edges.filter { $0.relation == .presidency }.map { "\($0.from) \($0.to)" })
    }

    @Test("a forum's chair named in apposition by a person's office; not a deputy, not an organ's chair, not another's")
    func chairInApposition() throws {
        let elected = try extract(
            """
            The 30th SADC Summit was held in Windhoek on 17 August 2010. The Summit elected His Excellency President Paulo \
            Nangolo of the Republic of Namibia and His Excellency President Emile Sitoe of the Republic of Mozambique as \
            Chairperson and Deputy Chairperson of SADC respectively. It also elected President Amos Banda of the Republic \
            of Zambia as Chairperson of the SADC Organ on Politics.
            """)
        // The first of the list chairs SADC; neither the deputy nor the organ's chair does.
        #expect(ChairFormsTests.presidencies(elected) == ["NAM SADC"])
        let opened = try extract(
            """
            The SADC Summit took place in Maputo on 18 August 2012. It was officially opened by the SADC Chairperson, His \
            Excellency President Tendai Moyo of the Republic of Zimbabwe, and Angola attended.
            """)
        #expect(ChairFormsTests.presidencies(opened) == ["ZWE SADC"])
        #expect(actors(opened, .coChairs, of: "maputo") == ["ZWE"])
        // "succeeding N, the Prime Minister of X": X is the one the incoming chair follows, not the holder.
        let succeeding = try extract(
            """
            The CARICOM Heads of Government met in Georgetown on 25 February 2024. President Ali is the incoming Chair of \
            CARICOM, succeeding Roosevelt Skerrit, the Prime Minister of Dominica.
            """)
        #expect(ChairFormsTests.presidencies(succeeding).isEmpty)
        let french = try extract(
            """
            La réunion du bureau s'est tenue à Dakar le 12 mai 2021. Les débats ont été dirigés par M. Paul Okemba, ministre \
            des Affaires étrangères du Congo, président en exercice de la CEEAC.
            """)
        #expect(ChairFormsTests.presidencies(french) == ["COG ECCAS"])
        #expect(actors(french, .coChairs, of: "dakar") == ["COG"])
    }

    @Test("'va abriter' and the other tenses of 'abriter' host, with a city and its country's adjective as subject")
    func abriter() throws {
        let french = try extract(
            "Le sommet aura lieu à Lomé le 29 novembre 2019. Lomé, la capitale togolaise, va abriter le sommet des chefs d'Etat.")
        #expect(actors(french, .hosts, of: "lome") == ["TGO"])
        let past = try extract("La réunion s'est tenue à Dakar le 3 mars 2020. Le Sénégal a abrité la réunion des experts.")
        #expect(actors(past, .hosts, of: "dakar") == ["SEN"])
    }

    @Test("a failed designation to chair is no chair; ministers who met to co-chair are co-chairs")
    func designatedToChair() throws {
        let failed = try extract(
            """
            La session du conseil s'est tenue à Lomé le 11 juillet 2025. Faute d'accord sur la désignation du Burkina Faso pour \
            présider le conseil, les représentants du Mali sont partis.
            """)
        #expect(actors(failed, .coChairs, of: "lome").isEmpty)
        let met = try extract(
            "La réunion s'est tenue à Rabat le 2 mars 2022. Les ministres du Maroc et du Portugal se sont retrouvés à Rabat pour coprésider la réunion.")
        #expect(actors(met, .coChairs, of: "rabat") == ["MAR", "PRT"])
    }

    @Test("the session pointed at chairs the meeting; the body a chair's title names is not a co-chair")
    func sessionAndTitleBody() throws {
        let network = try extract(
            """
            La 14ème session ordinaire de la Conférence s'est tenue à Niamey le 9 juin 2022. Cette session, présidée par M. Jean \
            Kaboré du Burkina Faso, président en exercice de la Conférence des chefs d'Etat de la CEDEAO, a réuni les chefs d'Etat \
            du Mali et du Sénégal.
            """)
        #expect(actors(network, .coChairs, of: "niamey") == ["BFA"])
        #expect(!actors(network, .attends, of: "niamey").contains("BFA"))
        let english = try extract(
            """
            The 31st session of the council was held in Accra on 5 May 2023. This session, chaired by Ms Ama Boateng of Ghana, \
            Chairperson of the Council of ECOWAS, brought together the ministers of Togo and Benin.
            """)
        #expect(actors(english, .coChairs, of: "accra") == ["GHA"])
    }

    @Test("a forum's chair in apposition who leads the meeting co-chairs it; the forum its title names does not")
    func chairInAppositionLeads() throws {
        let network = try extract(
            """
            The SADC council of ministers met in Gaborone on 14 August 2021. The President of Malawi, the current Chairperson \
            of SADC, chaired the council, and the ministers of Zambia and Namibia took part.
            """)
        #expect(actors(network, .coChairs, of: "gaborone") == ["MWI"])
        #expect(network.edges.contains { $0.from == "MWI" && $0.to == "SADC" && $0.relation == .presidency })
        let spoke = try extract(
            """
            The SADC council of ministers met in Gaborone on 14 August 2021. The President of Malawi, the current Chairperson \
            of SADC, thanked the ministers of Zambia and Namibia.
            """)
        #expect(actors(spoke, .coChairs, of: "gaborone").isEmpty)
    }

    @Test("a change of chair the page reports without any date is a tie kept undated; a holder named in passing is none")
    func undatedChangeOfChair() throws {
        let taken = try extract(
            "Le Burkina Faso prend la présidence tournante du Conseil des ministres de l'UEMOA après des mois de tension. Les ministres se sont réunis.")
        let ties = taken.edges.filter { $0.relation == .presidency }
        #expect(ties.map { "\($0.from)>\($0.to)" } == ["BFA>UEMOA"])
        #expect(ties.allSatisfy { $0.start == nil && $0.end == nil })
        let passing = try extract("The Burkinabe chairmanship of UEMOA will focus on the single currency.")
        #expect(passing.edges.filter { $0.relation == .presidency }.isEmpty)
    }
}
