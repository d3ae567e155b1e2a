import PartnerGraph
import Testing
@testable import PartnerExtract

@Suite("Gazetteers")
struct GazetteerTests {
    func ids(_ text: String, _ gazetteer: Gazetteer = .builtIn) -> [String] {
        gazetteer.mentions(in: Tokenizer.tokens(text)).compactMap(\.actorID)
    }

    @Test(
        "countries by name, short and official form, demonym and adjective",
        arguments: [
            ("opened by the Nigerian Minister", "NGA"), ("the Ivorian delegation", "CIV"), ("Burkinabè experts", "BFA"),
            ("the Equatoguinean Chairmanship", "GNQ"), ("the Kingdom of Belgium", "BEL"), ("Cote d'Ivoire", "CIV"),
            ("Côte d’Ivoire", "CIV"), ("the Gambia", "GMB"), ("Cabo Verde", "CPV"), ("Cape Verde", "CPV"), ("Guinea-Bissau", "GNB"),
            ("Equatorial Guinea", "GNQ"), ("Guinea", "GIN"), ("the Netherlands", "NLD"), ("the United Kingdom", "GBR"), ("Czechia", "CZE"),
            ("Belgium's chairmanship", "BEL"),
        ])
    func countries(_ text: String, _ id: String) {
        #expect(ids(text) == [id])
    }

    @Test("organisations by acronym and full name; words in lower case are not countries")
    func organisations() {
        #expect(ids("the European Union, ECOWAS, UNODC, Frontex, UNHCR and Interpol") == ["EU", "ECOWAS", "UNODC", "FRONTEX", "UNHCR", "INTERPOL"])
        #expect(ids("the International Organization for Migration and the African Union") == ["IOM", "AU"])
        #expect(ids("us and them, a turkey, to chad") == [])
        #expect(ids("the Rabat Process and the Khartoum Process") == ["RABAT", "KHARTOUM"])
        // Bodies the development pages name as partners or forums, in English and French.
        #expect(ids("the Benelux Union, the EBRD and the Council of the Baltic Sea States") == ["BENELUX", "EBRD", "CBSS"])
        #expect(
            ids("l'Union Benelux, la BERD et la Conférence des ministres de la Jeunesse et des Sports de la Francophonie") == ["BENELUX", "EBRD", "CONFEJES"])
    }

    @Test("cities give their country; a country of the same name stays a country")
    func cities() {
        let mentions = Gazetteer.builtIn.mentions(in: Tokenizer.tokens("Ouagadougou, Abuja, Malabo and Djibouti"))
        #expect(mentions.compactMap(\.city).map(\.country) == ["BFA", "NGA", "GNQ"])
        #expect(mentions.last?.actorID == "DJI")
    }

    @Test("a user's organisation file extends the gazetteer; a bad line names its place")
    func userOrganisations() throws {
        var gazetteer = Gazetteer.builtIn
        try gazetteer.addOrganisations(tsv: "# mine\nWAPP\torganisation\tWest African Police Platform\tWAPP|the Platform\n")
        #expect(ids("the West African Police Platform and WAPP", gazetteer) == ["WAPP", "WAPP"])
        #expect(throws: ExtractionError.badGazetteerLine("mine.tsv", 2)) {
            try gazetteer.addOrganisations(tsv: "X\torganisation\tX\nbroken line\n", file: "mine.tsv")
        }
    }

    @Test("Full Name (ACRONYM) in a text teaches both names")
    func learnedAcronym() throws {
        let network = try extract(
            """
            Dakar, 3 May 2022, hosted by Senegal.
            The workshop brought together the West African Coastal Surveillance Network (WACSN), Mali and the Niger.
            """)
        let learned = try #require(network["WACSN"])
        #expect(learned.name == "West African Coastal Surveillance Network")
        #expect(learned.attributes["review"] != nil)
    }

    @Test("a bracket after a person's title teaches nothing; a body's name holding an office is still learned")
    func acronymAfterAPersonsTitle() {
        var gazetteer = Gazetteer.builtIn
        for (name, acronym) in [
            ("German Interior Minister Karl Brenner", "CDA"), ("Permanent Secretary", "NCRR"),
            ("Special Representative of the Secretary-General for Migration", "SRSGM"), ("Secrétaire Permanent", "CNRR"),
        ] {
            #expect(AcronymLearner.learn(.init(name: name, acronym: acronym), into: &gazetteer) == nil, "\(name) (\(acronym))")
            #expect(gazetteer.actors[acronym] == nil)
        }
        let office = AcronymLearner.learn(.init(name: "Office of the Special Envoy for the Coastal Region", acronym: "OSECR"), into: &gazetteer)
        #expect(office?.id == "OSECR")
        let facility = AcronymLearner.learn(.init(name: "African, Caribbean and Pacific", acronym: "ACPX"), into: &gazetteer)
        #expect(facility?.id == "ACPX")
    }

    @Test("a meeting's name in brackets teaches nothing; a known actor opening the name is cut off")
    func learnedNamesTrimmed() throws {
        let gazetteer = Gazetteer.builtIn
        #expect(AcronymLearner.trimmed(.init(name: "Thematic Meeting", acronym: "TM"), gazetteer: gazetteer) == nil)
        #expect(AcronymLearner.trimmed(.init(name: "Senior Officials' Meeting", acronym: "SOM"), gazetteer: gazetteer) == nil)
        let cut = AcronymLearner.trimmed(
            .init(name: "International Organization for Migration and the West African Observatory on Migrations", acronym: "WAOM"), gazetteer: gazetteer)
        #expect(cut?.name == "West African Observatory on Migrations")
        // A name with "and" inside that no known actor opens is kept whole.
        let whole = AcronymLearner.trimmed(.init(name: "Ministry of Labour and Social Affairs", acronym: "MLSA"), gazetteer: gazetteer)
        #expect(whole?.name == "Ministry of Labour and Social Affairs")
        // Learned from one document, the meeting word still opens a meeting in the next.
        let network = try Extractor().extract([
            Document(source: "a", plainText: "The Thematic Meeting (TM) on return was held in Dakar on 3 May 2022."),
            Document(source: "b", plainText: "A Thematic Meeting on border management took place in Abuja, Nigeria, on 9 June 2022."),
        ]).network
        #expect(network["TM"] == nil)
        #expect(network.meetings.compactMap(\.meeting?.city).sorted() == ["Abuja", "Dakar"])
    }
}
