import PartnerGraph
import Testing
@testable import PartnerExtract

/// The countries and organisations drafted as taking part: lists after a noun of participants, the page's own meeting
/// for the participants named before it is dated, and a withdrawn invitation over weak evidence.
@Suite("Participants named in lists, before the meeting, and kept away")
struct ParticipantTests {
    @Test("a plural noun of participants takes the list after it: from, of, that includes, such as, brackets, apposition")
    func listsAfterANoun() throws {
        let network = try extract(
            """
            The regional consultation on border management was held in Suva on 9 May 2023. \
            Heads of immigration services, along with senior officials that include Samoa, Tonga and Vanuatu, reviewed the work plan. \
            Des envoyés des agences onusiennes (HCR, OIT) ont assisté aux débats. \
            The European agencies Frontex and Europol gave a briefing. \
            Representatives at ministerial level from Kenya and Uganda spoke on the second day.
            """)
        let present = actors(network, .attends, of: "suva-2023-05-09")
        #expect(present.isSuperset(of: ["WSM", "TON", "VUT", "UNHCR", "ILO", "FRONTEX", "EUROPOL", "KEN", "UGA"]))
    }

    @Test("a roster: one country a line after a heading that ends with a colon; the roster ends at the first line that is no entry")
    func rosters() throws {
        let network = try extract(
            """
            The 20th Summit of the Lakes Community was held in Kampala on 6 May 2021.

            The Summit was attended by the following Heads of State and Government:

            Kenya: H.E. President Daniel Otieno

            Rwanda       Hon. Minister Alice Uwase

            - Burundi (Vice-President)

            The Summit thanked its partners.

            Somalia: the Summit noted its request.
            """)
        let present = actors(network, .attends, of: "kampala-2021-05-06")
        #expect(present.isSuperset(of: ["KEN", "RWA", "BDI"]))
        #expect(!present.contains("SOM"))
        // No heading: a line that opens with a country is no entry.
        let plain = try extract(
            """
            The 20th Summit of the Lakes Community was held in Kampala on 6 May 2021.

            Kenya: the Summit welcomed its report.
            """)
        #expect(!actors(plain, .attends, of: "kampala-2021-05-06").contains("KEN"))
    }

    @Test("French verbs of attendance opening their sentence have their subject after them")
    func invertedAttendance() throws {
        let network = try extract(
            """
            La réunion ministérielle sur la mobilité s'est tenue à Dakar le 4 juin 2023.             Ont également pris part à cette rencontre le Ghana ainsi que le Bénin. Y ont aussi participé la Gambie et le Cap-Vert.
            """)
        #expect(actors(network, .attends, of: "dakar-2023-06-04").isSuperset(of: ["GHA", "BEN", "GMB", "CPV"]))
    }

    @Test("a body that brings together states in the present names its members, not a meeting's participants")
    func membershipInThePresent() throws {
        let network = try extract(
            """
            The summit of the Northern Arc Initiative was held in Riga on 14 May 2024.             The Northern Arc Initiative brings together six states, namely Estonia, Finland, Latvia, Lithuania, Norway and Sweden.             Il regroupe aussi le Danemark et l'Islande.
            """)
        #expect(actors(network, .attends, of: "riga-2024-05-14").isDisjoint(with: ["EST", "FIN", "LTU", "NOR", "SWE", "DNK", "ISL"]))
        // One occurrence of the event in the present is its attendance.
        let edition = try extract(
            """
            The summit of the Northern Arc Initiative was held in Riga on 14 May 2024.             This year's edition brings together Estonia, Finland and Norway.
            """)
        #expect(actors(edition, .attends, of: "riga-2024-05-14").isSuperset(of: ["EST", "FIN", "NOR"]))
    }

    @Test("the members of a body whose list the page gives take part when the page says its members met; not without that")
    func memberLists() throws {
        let network = try extract(
            """
            Le conseil des ministres des pays membres de la Communauté économique des Etats de l'Afrique centrale (CEEAC) s'est \
            réuni à Libreville le 26 novembre 2020. Les ministres ont adopté un rapport. \
            Les États membres de la CEEAC sont : l'Angola, le Burundi, le Cameroun et le Tchad.
            """)
        let present = actors(network, .attends, of: "libreville-2020-11-26")
        #expect(present.isSuperset(of: ["AGO", "BDI", "CMR", "TCD"]))
        let unsaid = try extract(
            """
            Le conseil des ministres de la CEEAC s'est tenu à Libreville le 26 novembre 2020. Les ministres ont adopté un rapport. \
            Les États membres de la CEEAC sont : l'Angola, le Burundi, le Cameroun et le Tchad.
            """)
        #expect(actors(unsaid, .attends, of: "libreville-2020-11-26").isDisjoint(with: ["AGO", "BDI", "CMR", "TCD"]))
    }

    @Test("a list of bodies each followed by its acronym in brackets is one list; a dash set apart opens an apposition")
    func bracketedAcronymsAndDashes() throws {
        let network = try extract(
            """
            The annual meeting of the Pacific border agencies was held in Suva on 9 May 2023. \
            Taking part were key partner organisations, including the Oceania Customs Organisation (OCO), the Pacific Islands \
            Chiefs of Police (PICP) and the Pacific Transnational Crimes Network (PTCN). \
            Delegates heard representatives of the strategic partners - Japan, Canada and the European Commission - on funding.
            """)
        let present = actors(network, .attends, of: "suva-2023-05-09")
        #expect(present.isSuperset(of: ["OCO", "PICP", "PTCN", "JPN", "CAN", "EC"]))
    }

    @Test("countries spoken of, members, funders and invited guests are no participants")
    func listsThatNameNoParticipants() throws {
        let network = try extract(
            """
            The regional consultation on border management was held in Suva on 9 May 2023. \
            Delegates discussed the situation in countries such as Libya and Niger. \
            The sub-region includes five member countries including Laos and Cambodia. \
            The project is financed by the governments of Japan and Norway. \
            Other countries such as Chile and Peru were invited to share their experience.
            """)
        let present = actors(network, .attends, of: "suva-2023-05-09")
        #expect(present.isDisjoint(with: ["LBY", "NER", "LAO", "KHM", "JPN", "NOR", "CHL", "PER"]))
    }

    @Test("participants named above the sentence that dates the page's one meeting belong to it; not on a page of several")
    func participantsBeforeTheMeeting() throws {
        let network = try extract(
            """
            Ministers from Ecuador and Bolivia met their counterparts in Lima

            Officials of Colombia and Paraguay joined them. The ministerial meeting on human mobility took place in Lima on 12 June 2024.
            """)
        #expect(actors(network, .attends, of: "lima-2024-06-12").isSuperset(of: ["ECU", "BOL", "COL", "PRY"]))
        let several = try extract(
            """
            Ministers from Ecuador and Bolivia took part. The first ministerial meeting took place in Lima on 12 June 2024. \
            The second ministerial meeting took place in Quito on 3 October 2024.
            """)
        #expect(!several.edges.contains { $0.relation == .attends && ["ECU", "BOL"].contains($0.from) })
    }

    @Test("a country the page says was kept away is not drafted present from a person's office or a list; a boycott too")
    func withdrawnInvitation() throws {
        let network = try extract(
            """
            The interior ministers' meeting on Channel crossings was held in Lille on 3 March 2022. \
            France withdrew its invitation to the British Home Secretary after a dispute over a letter. \
            The British Prime Minister has called for joint patrols. Ministers from Belgium and the Netherlands took part.
            """)
        let present = actors(network, .attends, of: "lille-2022-03-03")
        #expect(!present.contains("GBR"))
        #expect(present.isSuperset(of: ["BEL", "NLD"]))
        let boycott = try extract(
            """
            The summit on migration was held in Riga on 4 April 2023. Hungary boycotted the summit. \
            The Hungarian Foreign Minister said the talks were useless. Ministers from Estonia and Latvia spoke on security.
            """)
        #expect(!actors(boycott, .attends, of: "riga-2023-04-04").contains("HUN"))
        #expect(actors(boycott, .attends, of: "riga-2023-04-04").contains("EST"))
    }

    @Test("an epithet between the article and a country's name keeps the office-holder's country: the sisterly State of Kuwait")
    func epithetBeforeTheName() throws {
        let network = try extract(
            """
            The meeting of interior undersecretaries was held in Doha on 2 November 2024. \
            The Undersecretary of the Ministry of Interior of the sisterly State of Kuwait noted the importance of the meeting.
            """)
        #expect(actors(network, .attends, of: "doha-2024-11-02").contains("KWT"))
    }

    @Test("a person named before 'of'/'du' a country, and a demonym before a ministry's name and its office, speak for the country")
    func peopleNamedWithTheirCountry() throws {
        let network = try extract(
            """
            The summit of the monetary community was held in Bata on 6 May 2015. \
            On a vu au palais les chefs d'Etat Paul Mba Ndong du Gabon, Jean Okemba Loutaya du Congo et Ahmat Djibrine Saleh du Tchad. \
            The list of speakers named Zambian Home Affairs Minister, Ms Palesa Mwanza.
            """)
        let present = actors(network, .attends, of: "bata-2015-05-06")
        #expect(present.isSuperset(of: ["GAB", "COG", "TCD", "ZMB"]))
        let university = try extract(
            "The summit of the monetary community was held in Bata on 6 May 2015. The study of the University of Ghana was presented.")
        #expect(!actors(university, .attends, of: "bata-2015-05-06").contains("GHA"))
    }
    @Test("an office before a ministry's long capitalised name speaks for the country after it, in English and French")
    func officeBeforeALongMinistryName() throws {
        let network = try extract(
            """
            The conference on labour mobility was held in Geneva on 14 March 2025. \
            Speakers will include the Minister for Labour, Social Security and Family Affairs of the Republic of Estonia Kaja Tamm; \
            the Deputy Speaker of the National Assembly of the Kingdom of Lesotho Mpho Lebona. \
            Étaient également présents Awa Diallo, ministre de l'Emploi, de la Formation professionnelle et du Dialogue social de la République du Sénégal.
            """)
        let present = actors(network, .attends, of: "geneva-2025-03-14")
        #expect(present.isSuperset(of: ["EST", "LSO", "SEN"]))
        // A body's capitalised name before "of" with no office before it names no one who speaks for the country.
        let study = try extract(
            "The conference on labour mobility was held in Geneva on 14 March 2025. The Survey on Labour and Skills of Estonia was cited.")
        #expect(!actors(study, .attends, of: "geneva-2025-03-14").contains("EST"))
    }

    @Test("a list of three countries as the subject of a verb after a date, or of 'held' a meeting, takes part")
    func subjectListsWithADateOrHeld() throws {
        let network = try extract(
            """
            The home affairs ministers' meeting was held in Lyon on 8 May 2025. \
            Portugal, Ireland, Denmark and Finland on Thursday agreed to share data on irregular crossings.
            """)
        #expect(actors(network, .attends, of: "lyon-2025-05-08").isSuperset(of: ["PRT", "IRL", "DNK", "FIN"]))
        let held = try extract(
            """
            The justice ministers' meeting on smuggling took place in Oslo on 4 June 2025. \
            Sweden, Iceland and Norway held a meeting of the ministers of justice to compare their laws on smuggling networks.
            """)
        #expect(actors(held, .attends, of: "oslo-2025-06-04").isSuperset(of: ["SWE", "ISL", "NOR"]))
    }

    @Test("the members of a delegation are people, not a body's membership: the list after it still takes part")
    func membersOfADelegation() throws {
        let network = try extract(
            """
            The ministerial meeting on transnational crime was held in Hanoi on 21 August 2025. \
            The meeting was attended by ministers with members of their delegations, and by delegates from dialogue partners, namely India, Russia and New Zealand.
            """)
        #expect(actors(network, .attends, of: "hanoi-2025-08-21").isSuperset(of: ["IND", "RUS", "NZL"]))
    }
    @Test("countries 'represented by' their ministers in the compound past take part, in French and English")
    func representedInTheCompoundPast() throws {
        let network = try extract(
            """
            Le sommet des chefs d'Etat de l'union douanière s'est tenu à Cotonou le 12 mars 2024. \
            Le Gabon et le Tchad ont été représentés par leurs ministres des Finances. Kenya has been represented by its ambassador.
            """)
        #expect(actors(network, .attends, of: "cotonou-2024-03-12").isSuperset(of: ["GAB", "TCD", "KEN"]))
    }
    @Test("office-holders named each with their country in one series: 'the Presidents of A, X, of B, Y', in English and French")
    func interleavedOfficeHolders() throws {
        let network = try extract(
            """
            The summit of the river basin union was held in Freetown on 3 May 2016. \
            The Presidents of Ghana, Kofi Mensah Boateng, of Togo, Edem Kodjo Agbeko, and of Benin, Rose Houngbo, met around the host.
            """)
        #expect(actors(network, .attends, of: "freetown-2016-05-03").isSuperset(of: ["GHA", "TGO", "BEN"]))
        let french = try extract(
            """
            Le sommet de l'union du bassin s'est tenu à Conakry le 5 mai 2016. \
            Les Présidents du Niger, Issa Garba Maï, du Tchad, Hassan Mahamat Abakar, se sont réunis autour du président guinéen.
            """)
        #expect(actors(french, .attends, of: "conakry-2016-05-05").isSuperset(of: ["NER", "TCD"]))
        // A person's name between two countries with no office before the first names no series.
        let plain = try extract(
            "The summit of the river basin union was held in Freetown on 3 May 2016. Trade of Ghana, Kofi Mensah Boateng said, of Togo grew.")
        #expect(!actors(plain, .attends, of: "freetown-2016-05-03").contains("TGO"))
    }
    @Test("a country's name with its later words in lower case, and CLDR's short forms, name the country")
    func countryNameForms() throws {
        let network = try extract(
            """
            La réunion des ministres du commerce s'est tenue à Dakar le 9 mars 2024. \
            La Côte d'ivoire, la Sierra leone et le Burkina faso ont signé la déclaration. \
            Brunei, Burma and East Timor also signed it.
            """)
        #expect(actors(network, .attends, of: "dakar-2024-03-09").isSuperset(of: ["CIV", "SLE", "BFA", "BRN", "MMR", "TLS"]))
        // The first word still asks its capital: "sierra leone" in lower case is no country.
        let lower = try extract("La réunion des ministres s'est tenue à Dakar le 9 mars 2024. Le mot sierra leone et le Mali ont signé.")
        #expect(!actors(lower, .attends, of: "dakar-2024-03-09").contains("SLE"))
    }

    @Test("a place, a news agency and a word in capitals take no part; a misspelt country in capitals is that country")
    func placesAgenciesAndCapitals() throws {
        let network = try extract(
            """
            Trade ministers of the lake region met in Kisumu, Kenya, on 4 April 2022. \
            The meeting was attended by delegations from Uganda and Rwanda, and by the trade attachés of Burundi in Kenya, EFE reported.
            """)
        let present = actors(network, .attends, of: "kisumu-2022-04-04")
        #expect(present.isSuperset(of: ["UGA", "RWA", "BDI"]))
        #expect(!present.contains("KEN"))
        let french = try extract(
            """
            Les ministres du commerce se sont réunis le 6 avril 2022 à Niamey, au Niger. \
            Y ont pris part les délégations du Bénin et du Togo, ainsi que les consuls du Ghana au Niger, a constaté l'AFP.
            """)
        let présents = actors(french, .attends, of: "niamey-2022-04-06")
        #expect(présents.isSuperset(of: ["BEN", "TGO", "GHA"]))
        #expect(présents.isDisjoint(with: ["NER", "AFP"]))
        let capitals = try extract(
            """
            The 2nd Conference of the Gulf Coast Commission was held in Lomé on 8 May 2020. \
            The Conference was attended by the following member states: BENIN, GHANNA, NIGERIA, as well as by Mr Kossi AGBODJAN and by CILSS.
            """)
        let listed = actors(capitals, .attends, of: "lome-2020-05-08")
        // "GHANNA" misspells Ghana: one edit away from it and from no other country.
        #expect(listed.isSuperset(of: ["BEN", "GHA", "NGA", "CILSS"]))
        #expect(listed.isDisjoint(with: ["GHANNA", "AGBODJAN"]))
    }

    @Test("a roster line labelled by no country names the one country of its line, and the roster goes on past it")
    func rosterLineLabelledByPartOfAName() throws {
        let network = try extract(
            """
            The 3rd Summit of the Delta Union was held in Beira on 2 July 2017.

            The Summit was attended by the following Heads of State:

            Malawi: H.E. President John Phiri

            Democratic Republic: H.E. Prime Minister Paul Ilunga of Congo

            Botswana: H.E. Vice-President Neo Dube

            Republic: the Summit noted the reports of Zambia and Namibia.

            Lesotho: Hon. Minister Palesa Mokoena
            """)
        let present = actors(network, .attends, of: "beira-2017-07-02")
        #expect(present.isSuperset(of: ["MWI", "BWA"]))
        // A line that names two countries is no entry: it ends the roster.
        #expect(present.isDisjoint(with: ["ZMB", "NAM", "LSO"]))
    }

    @Test("guests said only to be invited take no part; guests invited who came do")
    func invitedGuests() throws {
        let network = try extract(
            """
            Border ministers of the Alpine group met in Graz on 12 June 2022. \
            The meeting was attended by Slovenia and Croatia. Representatives of third countries, including Serbia and Albania, were also invited. \
            Delegates of Hungary were invited and attended the closing session.
            """)
        let present = actors(network, .attends, of: "graz-2022-06-12")
        #expect(present.isSuperset(of: ["SVN", "HRV", "HUN"]))
        #expect(present.isDisjoint(with: ["SRB", "ALB"]))
        let french = try extract(
            """
            Les ministres des frontières se sont réunis à Lomé le 14 juin 2022. Y ont participé le Bénin et le Ghana. \
            Des représentants du Niger et du Mali ont aussi été invités.
            """)
        let présents = actors(french, .attends, of: "lome-2022-06-14")
        #expect(présents.isSuperset(of: ["BEN", "GHA"]))
        #expect(présents.isDisjoint(with: ["NER", "MLI"]))
    }

    @Test("'Lao PDR' and 'Timor Leste' name their countries; an unknown acronym before 'countries' names no body")
    func shortFormsAndMembersOfAnUnknownBody() throws {
        let network = try extract(
            """
            Border officials of the lower Mekong met in Phnom Penh on 5 March 2020. \
            The meeting brought together delegations from Lao PDR, Viet Nam and Timor Leste, as well as experts from nine BIMP countries.
            """)
        let present = actors(network, .attends, of: "phnom-penh-2020-03-05")
        #expect(present.isSuperset(of: ["LAO", "VNM", "TLS"]))
        #expect(!present.contains("BIMP"))
        #expect(!present.contains("PDR"))
    }

    @Test("a body that names the meeting convenes it and takes no part; an acronym after a name of members or of a known body is none")
    func bodiesThatNameTheMeeting() throws {
        let network = try extract(
            """
            The Third Annual Ministerial Meeting (AMM) of the Savanna Grazing Compact (SGC) took place in Arusha on 11 May 2022. \
            The ministers of the member states of the Savanna Grazing Compact (SGC) attended, with delegations from Kenya and Ethiopia \
            and the World Food Programme (WFP).
            """)
        let present = actors(network, .attends, of: "arusha-2022-05-11")
        #expect(present.isSuperset(of: ["KEN", "ETH", "WFP"]))
        #expect(present.isDisjoint(with: ["SGC", "AMM"]))
        let french = try extract(
            """
            La 7e session du Conseil des ministres de la Commission des forêts du Sahel (CFS) s'est tenue à Ouagadougou le 9 juin 2022. \
            Les délégations du Burkina Faso, du Mali et de l'Organisation internationale du travail (OIT) y ont pris part, \
            avec le Programme des Nations unies pour l'environnement (PNUE).
            """)
        let présents = actors(french, .attends, of: "ouagadougou-2022-06-09")
        #expect(présents.isSuperset(of: ["BFA", "MLI", "ILO"]))
        #expect(présents.isDisjoint(with: ["CFS", "OIT"]))
    }

    @Test("a hedged presence, a former office-holder, a country in brackets after the city and 'MP' take no part")
    func hedgedFormerAndPlaces() throws {
        let network = try extract(
            """
            Fisheries ministers of the gulf met in Mwanza (Tanzania) on 3 March 2024. \
            The ministers of Uganda and Burundi attended with Hon. Jane Okello, MP. \
            Mr Amos Kiprono, former Minister of Fisheries of Kenya, and the Rwandan delegate addressed the meeting. \
            The Ethiopian minister may join the meeting by video.
            """)
        let present = actors(network, .attends, of: "mwanza-2024-03-03")
        #expect(present.isSuperset(of: ["UGA", "BDI", "RWA"]))
        #expect(present.isDisjoint(with: ["TZA", "KEN", "ETH", "MP"]))
        let french = try extract(
            """
            Les ministres de la pêche se sont réunis à Kankan (Guinée) le 5 mars 2024. \
            Le ministre ivoirien de la Pêche et le ministre libérien des Ressources marines y ont pris part. \
            L'ancien Premier ministre de la Sierra Leone était présent. Le ministre malien pourrait rejoindre la réunion.
            """)
        let présents = actors(french, .attends, of: "kankan-2024-03-05")
        #expect(présents.isSuperset(of: ["CIV", "LBR"]))
        #expect(présents.isDisjoint(with: ["GIN", "SLE", "MLI"]))
    }

    @Test("countries that sent delegations, and subjects of 'were among those present', take part; a delegation sent to a country does not")
    func sentDelegationsAndAmongThosePresent() throws {
        let network = try extract(
            """
            Transport ministers of the corridor met in Lusaka on 6 June 2023. \
            Malawi and Zimbabwe sent delegations. Namibia's Peter Shilongo was among those present. \
            The World Bank sent a delegation to Angola to review the railway.
            """)
        let present = actors(network, .attends, of: "lusaka-2023-06-06")
        #expect(present.isSuperset(of: ["MWI", "ZWE", "NAM"]))
        #expect(present.isDisjoint(with: ["WB", "AGO"]))
        let french = try extract(
            """
            Les ministres des transports se sont réunis à Lomé le 8 juin 2023. \
            Le Bénin et le Niger ont envoyé des délégations.
            """)
        #expect(actors(french, .attends, of: "lome-2023-06-08").isSuperset(of: ["BEN", "NER"]))
    }
    @Test("a country the meeting talks about takes no part: before a topic noun, after a French one, or after a word of discussing")
    func countriesTalkedAbout() throws {
        let network = try extract(
            """
            Harbour police chiefs met in Gdansk on 9 April 2024. \
            Delegations from Estonia and Latvia discussed Syrian refugees and the Sudan conflict. \
            The meeting was also attended by officers of Finland, aiming at a common register for Georgia.
            """)
        let present = actors(network, .attends, of: "gdansk-2024-04-09")
        #expect(present.isSuperset(of: ["EST", "LVA", "FIN"]))
        #expect(present.isDisjoint(with: ["SYR", "SDN", "GEO"]))
        let french = try extract(
            """
            Les chefs de la police portuaire se sont réunis à Cotonou le 11 avril 2024. \
            La rencontre a réuni les délégations du Togo et du Ghana sur la crise soudanaise et les migrants érythréens. \
            Elle a vu la participation de la Gambie, afin d'examiner la situation au Tchad.
            """)
        let présents = actors(french, .attends, of: "cotonou-2024-04-11")
        #expect(présents.isSuperset(of: ["TGO", "GHA", "GMB"]))
        #expect(présents.isDisjoint(with: ["SDN", "ERI", "TCD"]))
    }
    @Test("French infinitives of attendance take part; a French passive of funding names no participant; 'organized crime' organises nothing")
    func infinitivesFundersAndOrganisedCrime() throws {
        let french = try extract(
            """
            Le forum des ministres de l'Eau s'ouvre à Lomé le 6 mai 2024. \
            Le ministre du Ghana est arrivé à Lomé pour participer au forum, et le Bénin s'apprête à y prendre part. \
            La rencontre réunit des experts du Burkina Faso et est financée par la Belgique.
            """)
        let présents = actors(french, .attends, of: "lome-2024-05-06")
        #expect(présents.isSuperset(of: ["GHA", "BEN", "BFA"]))
        #expect(!présents.contains("BEL"))
        let network = try extract(
            """
            Customs chiefs of the region met in Doha on 8 May 2024. \
            The Customs Director of Oman warned that organised criminal groups use the ports.
            """)
        #expect(actors(network, .attends, of: "doha-2024-05-08").contains("OMN"))
        #expect(actors(network, .organises, of: "doha-2024-05-08").isEmpty)
    }
    @Test("a public body whose name opens with its country takes part for the country; one that names no country stays a body")
    func publicBodyNamedAfterItsCountry() throws {
        let network = try extract(
            """
            The coastal migration workshop took place in Mombasa on 10 June 2024. \
            It was attended by the Somali Immigration Directorate (SID), the Tanzania Marine Police (TMP) \
            and the Horn Migration Observatory (HMO).
            """)
        let present = actors(network, .attends, of: "mombasa-2024-06-10")
        #expect(present.isSuperset(of: ["SOM", "TZA", "HMO"]))
        #expect(present.isDisjoint(with: ["SID", "TMP"]))
    }
    @Test("joining a standing body is membership, not attendance; joining the meeting is attendance")
    func joiningABodyIsMembership() throws {
        let network = try extract(
            """
            Fisheries ministers of the strait met in Victoria on 12 June 2024. \
            Madagascar and Comoros joined the meeting on its second day. \
            Mozambique will join the initiative, and Kenya joined the Indian Ocean Commission.
            """)
        let present = actors(network, .attends, of: "victoria-2024-06-12")
        #expect(present.isSuperset(of: ["MDG", "COM"]))
        #expect(present.isDisjoint(with: ["MOZ", "KEN"]))
    }
    @Test("an office-named body listed beside another is no holder present; a country after an unknown place is a place; close partners organise")
    func officeNamedBodyPlaceAndClosePartners() throws {
        let network = try extract(
            """
            The coastal fisheries dialogue met in Honiara on 3 June 2024, with the support of the World Bank and the UN \
            High Commissioner for Refugees (UNHCR). Delegations of Nauru and Tuvalu took part. The session was held to draft \
            proposals for the ministers during their talks in Munda, Fiji. The meeting was organised by the secretariat in \
            close cooperation with the International Labour Organization (ILO).
            """)
        let present = actors(network, .attends, of: "honiara-2024-06-03")
        #expect(present.isSuperset(of: ["NRU", "TUV"]))
        #expect(present.isDisjoint(with: ["UNHCR", "FJI"]))
        #expect(actors(network, .organises, of: "honiara-2024-06-03").contains("ILO"))
        let held = try extract(
            """
            UN High Commissioner for Refugees Amina Rahal opened the ministerial meeting held in Honiara on 3 June 2024.
            """)
        #expect(actors(held, .attends, of: "honiara-2024-06-03").contains("UNHCR"))
        // "may take place" hedges a date, not a presence.
        let dated = try extract(
            """
            The Minister of Foreign Affairs of Tonga opened the ministerial meeting held in Honiara on 3 June 2024, which may \
            take place in Apia next year.
            """)
        #expect(actors(dated, .attends, of: "honiara-2024-06-03").contains("TON"))
    }
    @Test("taking part in a standing body and accession are membership; taking part in the meeting is attendance")
    func takingPartInABodyIsMembership() throws {
        let network = try extract(
            """
            The river basin summit took place in Kampala on 4 June 2024. Kenya and Rwanda took part. The leaders welcomed \
            the participation of Burundi and Tanzania in the Initiative and the accession of countries such as Malawi. \
            They thanked Zambia for its participation in the summit.
            """)
        let present = actors(network, .attends, of: "kampala-2024-06-04")
        #expect(present.isSuperset(of: ["KEN", "RWA"]))
        #expect(present.isDisjoint(with: ["BDI", "TZA", "MWI"]))
        let french = try extract(
            """
            Le sommet du bassin s'est tenu à Kampala le 4 juin 2024. Le Kenya et le Rwanda y ont participé. Le sommet a \
            salué la participation du Burundi à l'Initiative.
            """)
        let présents = actors(french, .attends, of: "kampala-2024-06-04")
        #expect(présents.isSuperset(of: ["KEN", "RWA"]))
        #expect(!présents.contains("BDI"))
    }
}
