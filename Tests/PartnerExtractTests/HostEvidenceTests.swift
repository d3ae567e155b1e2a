import PartnerGraph
import Testing
@testable import PartnerExtract

/// Hosts and chairs by level of evidence: stated in any voice, inferred by rules of their own, and set aside for review
/// when their rule is trusted too little.
@Suite("Hosts and chairs by level of evidence")
struct HostEvidenceTests {
    static func extraction(_ text: String, source: String = "test.txt") throws -> Extraction {
        try Extractor().extract([Document(source: source, plainText: text)])
    }

    @Test("an inferred host below the drafted confidence is a fact for review, not a drafted host, and the scorer still judges it")
    func lowConfidenceHost() throws {
        // A government opening a meeting at home: hosting inferred from the opening (rule government-at-home).
        let text = """
            The regional conference on labour migration took place in Niamey on 3 May 2022. \
            The conference was opened by the Nigerien Minister of the Interior, Ali Issa. Mali and Chad took part.
            """
        let extraction = try HostEvidenceTests.extraction(text)
        let inferred = try #require(extraction.facts.first { $0.relation == "hosts" && $0.subject == "NER" })
        #expect(inferred.rule.hasPrefix("government-at-home"))
        let drafted = DocumentReader.draftsRole(relation: .hosts, rule: "government-at-home")
        #expect(drafted == (RuleConfidence.of(relation: "hosts", rule: "government-at-home") >= DocumentReader.draftedInferenceConfidence))
        #expect(actors(extraction.network, .hosts, of: "niamey") == (drafted ? ["NER"] : []))
        if !drafted {
            #expect(inferred.rule.hasSuffix("+low") && inferred.review?.contains("check it") == true)
            #expect(!Extractor.drafts(inferred))
            // The minister was there: a participant in the meantime.
            #expect(actors(extraction.network, .attends, of: "niamey").contains("NER"))
        }
        // The gold says Niger hosted: the fact is counted right under its rule whether or not it was drafted.
        let gold = try Network(
            name: "gold",
            nodes: [
                Node(id: "NER", kind: .country),
                Node(id: "g", kind: .meeting, meeting: Meeting(start: PartialDate("2022-05-03"), city: "Niamey", country: "NER")),
            ],
            edges: [Edge(from: "NER", to: "g", relation: .hosts)])
        let counts = ExtractionScore.byRule(facts: extraction.facts, draft: extraction.network, gold: gold)
        #expect(counts["hosts government-at-home"]?.matched == 1 && counts["hosts government-at-home"]?.predicted == 1)
        // A stated host is drafted whatever its rule's figures; so is a national office at a meeting in its country.
        #expect(DocumentReader.draftsRole(relation: .hosts, rule: "hosted-by"))
        #expect(DocumentReader.draftsRole(relation: .coChairs, rule: "chaired-by"))
        #expect(DocumentReader.draftsRole(relation: .hosts, rule: "office-of-venue"))
        #expect(DocumentReader.draftsRole(relation: .hosts, rule: "organiser-in-own-country"))
    }

    @Test("a host or chair whose act the text states and whose country comes from the page's publisher is drafted in its role")
    func statedActCountryFromPublisher() throws {
        // A national office without its country, on a page of another country than the venue's: the publisher's country
        // (rule office-of-publisher). The text says it hosted: a host, not a participant.
        let text = """
            The regional conference on labour migration took place in Brussels on 3 May 2022. \
            The Interior Ministry hosted the conference, and Moldova and Bulgaria took part.
            """
        let extraction = try HostEvidenceTests.extraction(text, source: "https://www.stiri-exemplu.ro/conferinta")
        let stated = try #require(extraction.facts.first { $0.relation == "hosts" && $0.subject == "ROU" })
        #expect(stated.rule == "office-of-publisher")
        #expect(actors(extraction.network, .hosts, of: "brussels") == ["ROU"])
        #expect(!actors(extraction.network, .attends, of: "brussels").contains("ROU"))
        #expect(DocumentReader.draftsRole(relation: .hosts, rule: "office-of-publisher"))
        #expect(DocumentReader.draftsRole(relation: .coChairs, rule: "office-of-publisher"))
        #expect(DocumentReader.draftsRole(relation: .hosts, rule: "hosting-for"))
    }

    @Test("co-chairs named by their office: the ministers of two countries, and a person with an honorific and an office")
    func chairsByOffice() throws {
        let ministers = try extract(
            """
            The sixth ministerial conference of the forum was held in Jakarta on 23 March 2023. \
            It was co-chaired by the Foreign Ministers of Indonesia and Australia.
            """)
        #expect(actors(ministers, .coChairs, of: "jakarta") == ["IDN", "AUS"])
        #expect(actors(ministers, .attends, of: "jakarta").isEmpty)
        let honorific = try extract(
            """
            The senior officials met in Bangkok on 2 June 2021. The meeting was co-chaired by H.E. Ms Anong Suk, \
            Permanent Secretary of the Ministry of Foreign Affairs of Thailand, and Dr. Lena Berg, Director for Asia of Sweden.
            """)
        #expect(actors(honorific, .coChairs, of: "bangkok") == ["THA", "SWE"])
    }

    @Test("a passive host verb with its agent after a complement: 'was hosted in Niamey by Niger'")
    func passiveAgent() throws {
        let network = try extract(
            """
            The ministerial meeting on migration took place on 12 March 2019. It was hosted in Niamey by Niger, \
            and Mali and Chad took part.
            """)
        #expect(actors(network, .hosts, of: "niamey") == ["NER"])
        #expect(actors(network, .attends, of: "niamey") == ["MLI", "TCD"])
    }

    @Test("the dialogue's chair co-chairs a meeting it leads, and only hosts one it hosts")
    func chairInCapacity() throws {
        let opened = try extract(
            """
            The senior officials' meeting of the process was held in Colombo on 8 February 2020. Sri Lanka, as Chair, \
            opened the meeting, and Nepal and India took part.
            """)
        #expect(actors(opened, .coChairs, of: "colombo") == ["LKA"])
        let hosted = try extract(
            """
            The ministerial conference of the process was held in Antalya on 19 April 2013. Turkey, as the Chair, \
            hosted the conference.
            """)
        #expect(actors(hosted, .hosts, of: "antalya") == ["TUR"])
        #expect(actors(hosted, .coChairs, of: "antalya").isEmpty)
    }

    @Test("a government that opens a meeting at home, and a government's own page: inferred hosts, each by its own rule")
    func inferredLevels() throws {
        let opened = try HostEvidenceTests.extraction(
            """
            The regional conference on border management was held in Niamey on 12 March 2019. \
            The Nigerien Minister of Interior opened the conference in the presence of delegations from Mali and Chad.
            """)
        let atHome = try #require(opened.facts.first { $0.relation == "hosts" && $0.rule.hasPrefix("government-at-home") })
        #expect(atHome.subject == "NER")
        let drafted = DocumentReader.draftsRole(relation: .hosts, rule: "government-at-home")
        // Drafted as host when the rule is trusted; otherwise a participant, and a host to check.
        #expect(actors(opened.network, drafted ? .hosts : .attends, of: "niamey").contains("NER"))
        // Abroad, the same words make no host.
        let abroad = try HostEvidenceTests.extraction(
            """
            The regional conference on border management was held in Bamako on 12 March 2019. \
            The Nigerien Minister of Interior opened the conference.
            """)
        #expect(!abroad.facts.contains { $0.relation == "hosts" })
        let page = try HostEvidenceTests.extraction(
            "The senior officials of the Sahel countries met in Niamey on 4 June 2021 to review the action plan.",
            source: "https://www.interieur.gouv.ne/actualites/reunion")
        let published = try #require(page.facts.first { $0.relation == "hosts" && $0.rule.hasPrefix("publisher-at-home") })
        #expect(published.subject == "NER")
        // A news site of the same country is no government's page.
        let news = try HostEvidenceTests.extraction(
            "The senior officials of the Sahel countries met in Niamey on 4 June 2021 to review the action plan.",
            source: "https://www.journal.ne/actualites/reunion")
        #expect(!news.facts.contains { $0.relation == "hosts" })
    }

    @Test("the venue's government welcoming the delegates hosts; welcoming a decision or abroad does not")
    func welcomedAtHome() throws {
        let welcomed = try HostEvidenceTests.extraction(
            """
            The ministerial meeting of the basin states was held in Niamey on 12 March 2019. \
            In his welcome address, the Minister of Interior of Niger thanked the delegations of Mali and Chad for coming.
            """)
        #expect(welcomed.facts.contains { $0.relation == "hosts" && $0.subject == "NER" && $0.rule == "welcomed-at-home" })
        #expect(actors(welcomed.network, .hosts, of: "niamey") == ["NER"])
        #expect(!actors(welcomed.network, .attends, of: "niamey").contains("NER"))
        let decision = try HostEvidenceTests.extraction(
            """
            The ministerial meeting of the basin states was held in Niamey on 12 March 2019. \
            The Minister of Interior of Niger welcomed the adoption of the road map.
            """)
        #expect(!decision.facts.contains { $0.rule == "welcomed-at-home" })
        let abroad = try HostEvidenceTests.extraction(
            """
            The ministerial meeting of the basin states was held in Bamako on 12 March 2019. \
            In his welcome address, the Minister of Interior of Niger thanked the delegations of Mali and Chad for coming.
            """)
        #expect(!abroad.facts.contains { $0.rule == "welcomed-at-home" })
        #expect(DocumentReader.welcomesPeople(Tokenizer.tokens("Dans son allocution de bienvenue, le président a rendu hommage")))
        #expect(!DocumentReader.welcomesPeople(Tokenizer.tokens("The ministers welcomed the progress made")))
    }

    @Test("an office without its country on a page of the venue's country, and beside the venue's country named as a guest")
    func officeAtHome() throws {
        let home = try HostEvidenceTests.extraction(
            "The border conference was held in Timisoara on 11 May 2021. The Interior Ministry hosted the conference.",
            source: "https://www.presa-exemplu.ro/stiri/conferinta")
        #expect(home.facts.contains { $0.relation == "hosts" && $0.subject == "ROU" && $0.rule == "office-at-home" })
        let guest = try HostEvidenceTests.extraction(
            "The ministerial meeting was held in Brussels on 4 April 2024. At the meeting, the Home Secretary hosted the ministers of Belgium and France.")
        #expect(!guest.facts.contains { $0.relation == "hosts" })
    }

    @Test("a full stop after an initial or a short title does not end a clause")
    func abbreviationDots() {
        let tokens = Tokenizer.tokens("chaired by H.E. Ms Lee and Dr. Kim. Then")
        let dots = tokens.indices.filter { tokens[$0].key == "." }
        #expect(dots.map { DocumentReader.isAbbreviationDot(tokens, at: $0) } == [true, true, true, false])
    }

    @Test("a passive host or chair verb names its holder after complements of place and time set off by commas, and none without")
    func passiveAgentAfterComplements() throws {
        let english = try extract(
            "The workshop on border data was hosted in Accra, on 4 and 5 May 2021, by the Ghanaian Ministry of the Interior. Experts from Togo attended.")
        #expect(actors(english, .hosts, of: "accra") == ["GHA"])
        let french = try extract(
            "Le séminaire sur la mobilité a été accueilli à Dakar, les 12,13 et 14 mars 2023, par le ministre sénégalais de l'Intérieur.")
        #expect(actors(french, .hosts, of: "dakar") == ["SEN"])
        let chaired = try extract("La réunion des experts a été présidée, le 9 juin 2022 à Niamey, par le Niger. Le Tchad y a pris part.")
        #expect(actors(chaired, .coChairs, of: "niamey") == ["NER"])
        // The agent right after the passive reads as "présidée par".
        let adjacent = try extract("La réunion des experts s'est tenue à Niamey le 9 juin 2022. Elle a été présidée par le Niger.")
        #expect(actors(adjacent, .coChairs, of: "niamey") == ["NER"])
        // No agent: the meeting is the passive's subject; the body it names is no host.
        let none = try extract(
            "La réunion du bureau de la CEDEAO a été accueillie à Lomé le 3 mai 2022. Le Bénin y a participé.")
        #expect(actors(none, .hosts, of: "lome").isEmpty)
        // A comma that ends the clause ends the search: "was hosted in Accra, and Togo, Benin ... by" names no host.
        let clause = try extract(
            "The workshop was hosted in Accra on 4 May 2021, and delegations from Togo and Benin were welcomed by the organisers.")
        #expect(!actors(clause, .hosts, of: "accra").contains("TGO"))
    }

    @Test("a national office without its country that welcomes the delegates speaks for the venue's or the page's country")
    func welcomeByOfficeWithoutCountry() throws {
        let venue = try extract(
            "The meeting of immigration directors took place in Suva on 8 May 2022. The Minister for Home Affairs welcomed all delegates.")
        #expect(actors(venue, .hosts, of: "suva") == ["FJI"])
        let publisher = try HostEvidenceTests.extraction(
            "The meeting of immigration directors took place in Suva on 8 May 2022. The Minister for Home Affairs welcomed all delegates.",
            source: "https://www.example.lv/news/suva")
        #expect(actors(publisher.network, .hosts, of: "suva") == ["LVA"])
        // A country the sentence names is the office's, not the venue's; a welcome of a decision welcomes no one.
        let named = try extract(
            "The meeting of immigration directors took place in Suva on 8 May 2022. The Minister of Foreign Affairs of Tonga welcomed the delegates.")
        #expect(!actors(named, .hosts, of: "suva").contains("FJI"))
        let decision = try extract(
            "The meeting of immigration directors took place in Suva on 8 May 2022. The Minister for Home Affairs welcomed the decision.")
        #expect(actors(decision, .hosts, of: "suva").isEmpty)
    }

    @Test("the chairs of a body take the role of their act at the meeting: welcoming its people hosts it, opening it chairs it")
    func chairsOfABodyByTheirAct() throws {
        let welcome = """
            The second meeting of the Friends of the Compact took place in Geneva on 14 March 2024. \
            The meeting saw the co-chairs of the Group of Friends, Kenya and Portugal, welcoming the delegates of 25 States.
            """
        let welcomed = try HostEvidenceTests.extraction(welcome)
        #expect(actors(welcomed.network, .hosts, of: "geneva") == ["KEN", "PRT"])
        #expect(actors(welcomed.network, .coChairs, of: "geneva").isEmpty)
        #expect(welcomed.facts.contains { $0.relation == "hosts" && $0.subject == "KEN" && $0.rule == "welcomed-in-capacity" })
        let french = """
            La réunion du Groupe des amis s'est tenue à Genève le 9 octobre 2024. \
            Le Sénégal et la Belgique, en leur qualité de coprésidents du Groupe, ont souhaité la bienvenue aux délégués.
            """
        let accueil = try HostEvidenceTests.extraction(french)
        #expect(actors(accueil.network, .hosts, of: "geneva") == ["BEL", "SEN"])
        #expect(actors(accueil.network, .attends, of: "geneva").isEmpty)
        // Opening the meeting in that capacity is chairing it; a chair verb with a welcome after it chairs as before.
        let opened = try HostEvidenceTests.extraction(
            "The meeting of the Friends took place in Nairobi on 3 June 2025. The co-chairs of the Group of Friends, Chile and Norway, opened the meeting.")
        #expect(actors(opened.network, .coChairs, of: "nairobi") == ["CHL", "NOR"])
        #expect(actors(opened.network, .hosts, of: "nairobi").isEmpty)
        let chaired = try HostEvidenceTests.extraction(
            "The meeting of the Friends took place in Nairobi on 3 June 2025. It was co-chaired by Chile and Norway, who welcomed the delegates.")
        #expect(actors(chaired.network, .coChairs, of: "nairobi") == ["CHL", "NOR"])
    }

    @Test("the host country named by its role alone is the venue's country; an actor past a verb is not the host")
    func hostCountryByItsRoleAlone() throws {
        let welcome = try HostEvidenceTests.extraction(
            "The coastal summit took place in Accra on 4 May 2021. The President of the host country welcomed the delegations of Togo and Benin.")
        #expect(actors(welcome.network, .hosts, of: "accra") == ["GHA"])
        #expect(welcome.facts.contains { $0.subject == "GHA" && $0.rule == "host-country-of-venue" })
        #expect(actors(welcome.network, .attends, of: "accra") == ["BEN", "TGO"])
        let french = try HostEvidenceTests.extraction(
            "Le sommet côtier s'est tenu à Dakar le 12 juin 2022. Le président du pays hôte, M. Amadou Sow, a ouvert les travaux.")
        #expect(actors(french.network, .hosts, of: "dakar") == ["SEN"])
        // Named in apposition, the host is the actor named; a later host is another meeting's; "pays d'accueil" is where
        // migrants settle.
        let named = try HostEvidenceTests.extraction(
            "The coastal summit took place in Accra on 4 May 2021. The host country, Togo, welcomed the delegations.")
        #expect(actors(named.network, .hosts, of: "accra") == ["TGO"])
        let next = try HostEvidenceTests.extraction(
            "The coastal summit took place in Accra on 4 May 2021. The ministers will announce the next host country in June.")
        #expect(actors(next.network, .hosts, of: "accra").isEmpty)
        let settle = try HostEvidenceTests.extraction(
            "Le sommet côtier s'est tenu à Dakar le 12 juin 2022. Les ministres ont parlé de l'intégration dans le pays d'accueil.")
        #expect(actors(settle.network, .hosts, of: "dakar").isEmpty)
    }
}
