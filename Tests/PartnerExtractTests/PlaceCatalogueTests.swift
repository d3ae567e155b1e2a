import PartnerGraph
import Testing
@testable import PartnerExtract

/// One page of a probe catalogue of venues: what a page dated `page` (or undated) that says `text` drafts as its
/// meeting's place. `city` and `country` are the venue (both nil for a meeting with no place: online).
struct PlaceCase: PageProbe {
    var id: String
    var page: String?
    var text: String
    var city: String?
    var country: String?
    var isOpen: Bool

    init(_ id: String, page: String? = nil, _ text: String, _ city: String?, _ country: String?, open: Bool = false) {
        (self.id, self.page, self.text, self.city, self.country, self.isOpen) = (id, page, text, city, country, open)
    }
}

/// A catalogue of our own pages for the ways news, agencies, governments and the processes' sites say where a meeting
/// is held, in English and French (issue 19: places on pages never seen), each with two or three places of which one is
/// the venue: the place a gathering verb governs against a dateline, an earlier meeting's venue, a city people come
/// from, a project's site or a country named by nationality; a city with its country after a comma or in brackets; the
/// French forms ("à Lisbonne", "au Caire", "à La Valette") and exonyms; online and hybrid meetings (the gold rules: an
/// online meeting has no place, a dateline is not a venue; a hybrid one is where its room is); persons' and dialogues'
/// names that are also cities. Each page's lines are paragraphs; the page must draft at least one meeting, and every
/// meeting drafted must have the probe's place. Probes marked `open` are forms not yet read right, kept as known issues
/// (on main e0b7c4c 55 of the 67 passed; the fifth group, 42 pages, on main fea91af 21).
@Suite("A catalogue of venues")
struct PlaceCatalogueTests {
    static let cases: [PlaceCase] = [
        // 1. The place a gathering verb governs beats a dateline.
        PlaceCase(
            "d1", page: "2019-05-14",
            "NAIROBI, Kenya, 14 May 2019 - Ministers of the Horn of Africa are meeting in Addis Ababa today for the regional migration conference.",
            "Addis Ababa", "ETH"),
        PlaceCase(
            "d2", page: "2019-05-14",
            "Geneva (AFP) - The ministerial conference on migration is being held in Dakar on 14 and 15 May 2019, the organisers said.",
            "Dakar", "SEN"),
        PlaceCase(
            "d3", page: "2019-05-14",
            "BRUSSELS, 14 May 2019 — The senior officials' meeting of the dialogue will take place in Rabat on 20 June 2019.",
            "Rabat", "MAR"),
        PlaceCase(
            "d4", page: "2019-05-14",
            "Paris, le 14 mai 2019 - La conférence ministérielle sur la migration se tient à Niamey les 14 et 15 mai 2019.",
            "Niamey", "NER"),
        PlaceCase(
            "d5", page: "2019-05-14",
            "DAKAR, 14 mai 2019 (APS) - Les ministres de l'Intérieur de la région sont réunis à Abidjan depuis ce matin pour leur conférence annuelle.",
            "Abidjan", "CIV"),
        PlaceCase(
            "d6", page: "2019-05-14",
            "Bruxelles, 14 mai 2019. La réunion des hauts fonctionnaires du processus aura lieu à Tunis le 20 juin 2019.",
            "Tunis", "TUN"),
        PlaceCase(
            "d7", page: "2019-05-14",
            "Vienna, 14 May 2019. The fourth ministerial meeting of the process was convened in Tbilisi on 13 May 2019.",
            "Tbilisi", "GEO"),
        PlaceCase(
            "d8", page: "2019-05-14",
            "London, 14 May 2019 - The interior ministers of the group met yesterday in Warsaw to discuss border management.",
            "Warsaw", "POL"),
        PlaceCase(
            "d9", page: "2019-05-14",
            "Accra, 14 May 2019\nThe regional workshop on labour migration hosted in Lomé on 13 May 2019 brought together officials of ten countries.",
            "Lomé", "TGO"),
        PlaceCase(
            "d10", page: "2019-05-14",
            "Genève, le 14 mai 2019\nLa réunion du comité de pilotage s'est déroulée à Bamako le 13 mai 2019, en présence des partenaires.",
            "Bamako", "MLI"),
        // 1. The place a gathering verb governs beats an earlier meeting's venue in another clause.
        PlaceCase(
            "e1",
            "The second ministerial conference, which follows the first conference held in Rabat in 2006, took place in Paris on 25 November 2008.",
            "Paris", "FRA"),
        PlaceCase(
            "e2",
            "Building on the commitments made in Valletta in 2015, the senior officials met in Addis Ababa on 14 November 2018.",
            "Addis Ababa", "ETH"),
        PlaceCase(
            "e3",
            "The ministers met in Accra on 3 March 2020. Their previous meeting had been held in Abuja in 2018.",
            "Accra", "GHA"),
        PlaceCase(
            "e4",
            "La deuxième conférence ministérielle s'est tenue à Dakar le 12 mars 2019, trois ans après la conférence de Bamako.",
            "Dakar", "SEN"),
        PlaceCase(
            "e5",
            "Réunis à Ouagadougou le 5 juin 2018, les ministres ont rappelé les engagements pris à Niamey en 2016.",
            "Ouagadougou", "BFA"),
        PlaceCase(
            "e6",
            "Gathered in Lisbon on 10 October 2017, the ministers reviewed the road map adopted in Madrid two years earlier.",
            "Lisbon", "PRT"),
        PlaceCase(
            "e7",
            "The steering committee convened in Nairobi on 8 February 2021 to prepare the summit planned in Kampala later this year.",
            "Nairobi", "KEN"),
        PlaceCase(
            "e8",
            "Le comité de suivi s'est réuni à Rabat le 8 février 2021 pour préparer le sommet prévu à Abidjan en fin d'année.",
            "Rabat", "MAR"),
        // 1. A person's origin, a nationality or a project's site is not the venue.
        PlaceCase(
            "p1",
            "The regional conference on mobility was held in Kigali on 4 April 2022. The Minister, a native of Mombasa, opened the session.",
            "Kigali", "RWA"),
        PlaceCase(
            "p2",
            "Officials from Cairo and Tunis joined the workshop held in Amman on 6 July 2021.",
            "Amman", "JOR"),
        PlaceCase(
            "p3",
            "The workshop held in Dakar on 6 July 2021 presented the reception centre built in Agadez with the fund's support.",
            "Dakar", "SEN"),
        PlaceCase(
            "p4",
            "La réunion technique s'est tenue à Cotonou le 6 juillet 2021. Le projet pilote, mis en œuvre à Parakou, y a été présenté.",
            "Cotonou", "BEN"),
        PlaceCase(
            "p5",
            "The French and German ministers took part in the meeting held in Rome on 6 July 2021.",
            "Rome", "ITA"),
        PlaceCase(
            "p6",
            "The Moroccan delegation, which travelled from Rabat, attended the conference that took place in Madrid on 6 July 2021.",
            "Madrid", "ESP"),
        PlaceCase(
            "p7",
            "Les délégués venus de Bamako et de Niamey ont participé à l'atelier organisé à Dakar le 6 juillet 2021.",
            "Dakar", "SEN"),
        PlaceCase(
            "p8",
            "The meeting held in Brussels on 6 July 2021 discussed the returns from Libya and the situation in Tripoli.",
            "Brussels", "BEL"),
        // 2. A city with its country after a comma or in brackets; French forms; exonyms.
        PlaceCase(
            "c1", "The regional meeting on asylum was held in Kigali (Rwanda) on 4 April 2022.", "Kigali", "RWA"),
        PlaceCase(
            "c2", "The expert meeting on return took place in Tarragona, Spain, on 4 April 2022.", "Tarragona", "ESP"),
        PlaceCase(
            "c3", "La réunion régionale sur l'asile s'est tenue à Kigali (Rwanda) le 4 avril 2022.", "Kigali", "RWA"),
        PlaceCase(
            "c4", "La réunion d'experts a eu lieu à Tarragone, en Espagne, le 4 avril 2022.", "Tarragona", "ESP"),
        PlaceCase(
            "c5", "La conférence ministérielle s'est tenue à Lisbonne le 4 avril 2022.", "Lisbon", "PRT"),
        PlaceCase(
            "c6", "La réunion des hauts fonctionnaires s'est tenue au Caire le 4 avril 2022.", "Cairo", "EGY"),
        PlaceCase(
            "c7", "La conférence s'est tenue à La Valette les 11 et 12 novembre 2015.", "Valletta", "MLT"),
        PlaceCase(
            "c8", "La réunion s'est déroulée à Genève le 4 avril 2022.", "Geneva", "CHE"),
        PlaceCase(
            "c9", "Le séminaire a eu lieu à Varsovie le 4 avril 2022.", "Warsaw", "POL"),
        PlaceCase(
            "c10", "The ministerial meeting was held in Bruxelles on 4 April 2022.", "Brussels", "BEL"),
        PlaceCase(
            "c11", "La réunion ministérielle s'est tenue à Alger le 4 avril 2022.", "Algiers", "DZA"),
        PlaceCase(
            "c12", "The ministers met in Accra, Ghana on 4 April 2022 for the annual review.", "Accra", "GHA"),
        PlaceCase(
            "c13", "Le sommet s'est tenu à Malabo, en Guinée équatoriale, le 4 avril 2022.", "Malabo", "GNQ"),
        PlaceCase(
            "c14", "The summit was held in the Moroccan capital, Rabat, on 4 April 2022.", "Rabat", "MAR"),
        PlaceCase(
            "c15", "Le sommet s'est tenu dans la capitale sénégalaise, Dakar, le 4 avril 2022.", "Dakar", "SEN"),
        PlaceCase(
            "c16", "La réunion s'est tenue à Bruxelles (Belgique) le 4 avril 2022.", "Brussels", "BEL"),
        PlaceCase(
            "c17", "The workshop was held in Mombasa, Kenya, from 4 to 6 April 2022, with officials of Uganda and Tanzania.", "Mombasa", "KEN"),
        PlaceCase(
            "c18", "La réunion a eu lieu à Dakar (Sénégal), avec les représentants du Mali et de la Mauritanie, le 4 avril 2022.", "Dakar", "SEN"),
        // 1. A place in the title, a dateline on a page without a date, a venue after an earlier meeting's.
        PlaceCase(
            "t1",
            "Ministers meet in Tunis on migration\nThe ministers of the region met on 3 May 2022 to discuss the return of migrants stranded in Libya.",
            "Tunis", "TUN"),
        PlaceCase(
            "t2",
            "Les ministres de l'Intérieur réunis à Alger\nLes ministres de la région ont tenu leur réunion annuelle le 3 mai 2022.",
            "Algiers", "DZA"),
        PlaceCase(
            "t3",
            "Accra, 14 May 2019\nThe regional workshop on labour migration hosted in Lomé on 13 May 2019 brought together officials of ten countries.",
            "Lomé", "TGO", open: true),
        PlaceCase(
            "t4", page: "2021-06-02",
            "Dakar, 2 June 2021 – Following the first meeting held in Abidjan in March, the second meeting of the network opened today in Praia.",
            "Praia", "CPV"),
        PlaceCase(
            "t5",
            "The ministers of Mali and Niger, meeting in Nouakchott on 3 May 2022, agreed on a joint patrol plan.",
            "Nouakchott", "MRT"),
        PlaceCase(
            "t6", page: "2022-05-03",
            "Bamako, le 3 mai 2022 – Les experts des pays du Sahel sont réunis depuis hier à Nouakchott pour un atelier régional.",
            "Nouakchott", "MRT"),
        // 3. Online and hybrid meetings.
        PlaceCase(
            "o1", page: "2020-06-26",
            "LONDON, 26 June 2020 - The ministers of the five countries held a virtual meeting on 25 June 2020 to discuss border security.",
            nil, nil),
        PlaceCase(
            "o2",
            "The senior officials' meeting of the process took place online on 24 November 2020.",
            nil, nil),
        PlaceCase(
            "o3", page: "2020-11-24",
            "Rabat, le 24 novembre 2020 - La réunion des hauts fonctionnaires s'est tenue par visioconférence le 23 novembre 2020.",
            nil, nil),
        PlaceCase(
            "o4",
            "The annual forum took place in a hybrid format in Geneva and online on 24 November 2021.",
            "Geneva", "CHE"),
        PlaceCase(
            "o5",
            "La réunion s'est tenue en format hybride, à Bruxelles et en ligne, le 24 novembre 2021.",
            "Brussels", "BEL"),
        PlaceCase(
            "o6", page: "2021-05-24",
            "ABU DHABI, 24 May 2021 (WAM) - The ministers of the dialogue held their meetings virtually on 24 May 2021.",
            nil, nil),
        // 4. Persons' and dialogues' names that are also cities.
        PlaceCase(
            "n1",
            "The Khartoum Process senior officials' meeting was held in Cairo on 10 October 2019.",
            "Cairo", "EGY"),
        PlaceCase(
            "n2",
            "Ambassador Santiago Ruiz opened the regional workshop, held in Lima on 10 October 2019.",
            "Lima", "PER"),
        PlaceCase(
            "n3",
            "La réunion du Processus de Rabat s'est tenue à Dakar le 10 octobre 2019.",
            "Dakar", "SEN"),
        PlaceCase(
            "n4",
            "The Budapest Process ministerial conference took place in Istanbul on 10 October 2019.",
            "Istanbul", "TUR"),
        PlaceCase(
            "n5",
            "Under the Prague Process, a workshop was organised in Kyiv on 10 October 2019.",
            "Kyiv", "UKR"),
        PlaceCase(
            "n6",
            "Mr Victoria Adams, the Director, said the meeting held in Nairobi on 10 October 2019 was a success.",
            "Nairobi", "KEN"),
        PlaceCase(
            "n7",
            "The Niamey Declaration was reviewed at the ministerial meeting held in Rome on 10 October 2019.",
            "Rome", "ITA"),
        PlaceCase(
            "n8",
            "Les participants au Processus de Khartoum se sont réunis au Caire le 10 octobre 2019.",
            "Cairo", "EGY"),
        PlaceCase(
            "n9", page: "2023-03-11",
            "Niamey, le 11 mars 2023.\nTrente-cinq délégations étaient présentes vendredi 10 mars 2023 pour le sommet régional.",
            "Niamey", "NER"),
        PlaceCase(
            "n10",
            "The Geneva-based agency opened the regional consultation held in Kampala on 10 March 2023.",
            "Kampala", "UGA"),
        PlaceCase(
            "n11", page: "2023-03-11",
            "Kampala, 11 March 2023.\nThe Geneva-based agency and the ministers attended the regional summit on Friday 10 March 2023.",
            "Kampala", "UGA"),
        // 5. A city's French name with its article in lower case; a venue with its country in brackets.
        PlaceCase(
            "va1", "The regional summit opens in Saint-Marc (Haiti) on 4 June 2022, two weeks after the preparatory talks in Port-au-Prince.", "Saint-Marc",
            "HTI"),
        PlaceCase(
            "va2", "Le sommet des chefs d'État s'ouvre à Bissau (Guinée-Bissau) le 4 juin 2022, après la réunion des ministres tenue à Dakar en mai.", "Bissau",
            "GNB"),
        PlaceCase("va3", "Le président participe au sommet de l'Association, qui se tient à la Havane (Cuba), du 2 au 4 juin 2016.", "Havana", "CUB"),
        PlaceCase("va4", "La conférence des ministres s'est tenue à la Haye le 4 avril 2022.", "The Hague", "NLD"),
        PlaceCase("va5", "Les experts sont réunis à la Valette (Malte) depuis le 4 avril 2022 pour un atelier régional.", "Valletta", "MLT"),
        PlaceCase("va6", "The council met in Kigali (Rwanda) on 4 June 2022 to review the plan adopted in Nairobi.", "Kigali", "RWA"),
        PlaceCase("va7", "Les ministres se retrouvent à la Haye les 4 et 5 juin 2022, à l'invitation du gouvernement néerlandais.", "The Hague", "NLD"),
        PlaceCase("va8", "La ministre María Teresa Fernández de la Vega a ouvert la réunion tenue à Madrid le 4 juin 2022.", "Madrid", "ESP"),
        // 5. A building, a centre or a hotel with its city after it (against a dateline too).
        PlaceCase("vb1", "The conference opened on 4 June 2022 at the Palais des Congrès in Lomé.", "Lomé", "TGO"),
        PlaceCase("vb2", "La conférence s'est ouverte le 4 juin 2022 au Centre international de conférences de Bamako.", "Bamako", "MLI"),
        PlaceCase("vb3", "The summit took place at the Radisson Blu Hotel, Dakar, on 4 June 2022.", "Dakar", "SEN"),
        PlaceCase("vb4", "Les travaux de la réunion se déroulent à l'hôtel Ivoire d'Abidjan depuis le 4 juin 2022.", "Abidjan", "CIV"),
        PlaceCase("vb5", "Delegates met at the United Nations Conference Centre in Addis Ababa on 4 June 2022.", "Addis Ababa", "ETH"),
        PlaceCase("vb6", page: "2022-06-04", "DAKAR, 4 June 2022 - The ministers' meeting opened today at the Kempinski Hotel in Accra.", "Accra", "GHA"),
        PlaceCase(
            "vb7", page: "2022-06-04", "Niamey, le 4 juin 2022 - La session ordinaire du conseil s'est ouverte ce samedi au Palais des Congrès de Cotonou.",
            "Cotonou", "BEN"),
        PlaceCase(
            "vb8", "Au second jour du sommet, qui se déroule au Palais des congrès d'Istanbul, le ministre a ouvert la réunion le 4 juin 2022.", "Istanbul",
            "TUR"),
        PlaceCase(
            "vb9", page: "2022-06-04", "Accra, 4 June 2022 - The council's ordinary session opened on Saturday at the Sheraton Hotel in Abuja.", "Abuja", "NGA"),
        PlaceCase("vb10", "The ministers met in Dakar on 4 June 2022 in the presence of the Mayor of Thiès.", "Dakar", "SEN"),
        PlaceCase("vb11", "The workshop took place on 4 June 2022 at the headquarters of the Commission in Abuja.", "Abuja", "NGA"),
        // 5. The city people travel to, or a place after a dateline of a place and a date.
        PlaceCase(
            "vc1", page: "2013-02-15", "COTONOU - Le président se rendra à N'Djamena samedi pour prendre part au sommet extraordinaire de la Communauté.",
            "N'Djamena", "TCD"),
        PlaceCase(
            "vc2", page: "2013-02-15", "ACCRA - The President will travel to Abuja on Saturday to attend the extraordinary summit of the Community.", "Abuja",
            "NGA"),
        PlaceCase(
            "vc3", page: "2022-06-03", "LOMÉ, 3 June 2022 - The Minister left for Niamey on Thursday to take part in the ministerial conference.", "Niamey",
            "NER"),
        PlaceCase("vc6", page: "2022-06-03", "Abuja, 3 June 2022 – The ministers began their meeting today in Accra.", "Accra", "GHA"),
        PlaceCase("vc7", page: "2022-06-03", "Rabat, le 3 juin 2022 – Les ministres ont ouvert ce matin à Tunis leur réunion annuelle.", "Tunis", "TUN"),
        PlaceCase(
            "vc9", page: "2022-05-03",
            "ACCRA, 3 May 2022 - Officials of the region have been gathered since Monday in Lomé for a workshop on border management.", "Lomé", "TGO"),
        // 5. A city-state host; French "à" before a country whose capital bears its name.
        PlaceCase("vd1", "Djibouti will host the third ministerial review conference from 2 to 3 November 2024.", "Djibouti", "DJI"),
        PlaceCase("vd2", "Singapore hosted the regional ministerial meeting on 2 May 2022.", "Singapore", "SGP"),
        PlaceCase("vd3", "Le Luxembourg a accueilli la réunion des ministres le 2 mai 2022.", "Luxembourg", "LUX"),
        PlaceCase("vd4", "La réunion du Conseil des ministres se tiendra le 22 février 2013 à Panama, au Panama.", "Panama City", "PAN"),
        // 5. A place line of an event page; capitals GeoNames spells otherwise.
        PlaceCase("ve1", "São Tomé\nCommunity Summit 2023\nThe heads of state will meet for the summit of the community.", "São Tomé", "STP"),
        PlaceCase(
            "ve2",
            "Community Summit 2023\nDate and place\nTime to be announced\nSão Tomé, São Tomé, São Tomé and Príncipe\nThe heads of state will meet for the summit.",
            "São Tomé", "STP"),
        PlaceCase("ve3", "The regional summit of the community is held in Lomé, Togo on 4 June 2022.", "Lomé", "TGO"),
        PlaceCase("ve4", "The ministers met in Nuku'alofa on 4 June 2022 for the forum.", "Nuku‘alofa", "TON"),
        // 5. An online meeting run from a room in a city (the gold gives that city).
        PlaceCase(
            "vf1", "La réunion préparatoire s'est tenue virtuellement le 26 janvier 2024 depuis le Secrétariat à Port-d'Espagne.", "Port of Spain", "TTO"),
        PlaceCase("vf2", "The preparatory meeting was held virtually on 26 January 2024 from the Secretariat in Port of Spain.", "Port of Spain", "TTO"),
        // 5. A country named as the scene of a war or a crisis places no meeting; one named for a gathering does.
        PlaceCase(
            "vg1", page: "2025-05-12",
            "Tensions over the war in Ukraine marked the two years of the chairmanship.\nThe foreign minister will hand over the chair at a meeting of the council on Monday.",
            nil, nil),
        PlaceCase(
            "vg2", page: "2025-05-12", "Le conflit en Ukraine a pesé sur la présidence.\nLe ministre passera le relais lors d'une réunion du conseil lundi.",
            nil, nil),
        PlaceCase(
            "vg3", page: "2022-06-01", "The crisis in Sudan dominated the talks.\nThe ministers will meet again at a session of the council on Friday.", nil,
            nil),
        PlaceCase(
            "vg4", page: "2019-08-20",
            "Members of the Commission are meeting this week in the Seychelles.\nThe meeting of 26 and 28 August is organised by the secretariat.", nil, "SYC"),
        // 5. The city naming the reported meeting against the venue of an earlier one in a situating clause.
        PlaceCase(
            "vh1", "The Cartagena Summit addressed youth and education and assessed the progress made since the last Summit, held in Veracruz in 2014.",
            "Cartagena", "COL"),
        PlaceCase("vh2", "Le sommet de Bissau a examiné les progrès accomplis depuis le dernier sommet, tenu à Luanda en 2021.", "Bissau", "GNB"),
        PlaceCase("vh5", "Since this meeting, held in Accra in 2019, the group met again in Lomé on 4 June 2022.", "Lomé", "TGO"),
        PlaceCase("vh3", "The Lisbon conference reviewed the steps taken since the previous conference, held in Rabat in 2018.", "Lisbon", "PRT"),
        PlaceCase("vh4", "Depuis la dernière réunion, tenue à Accra en 2019, le groupe s'est réuni à Lomé le 4 juin 2022.", "Lomé", "TGO"),
    ]

    @Test("each page drafts its meeting with the venue's place, or with none", arguments: cases)
    func catalogue(_ probe: PlaceCase) throws {
        let meetings = try probe.draft().nodes.compactMap(\.meeting)
        let places = meetings.map { "\($0.city ?? "-")/\($0.country ?? "-")" }
        let right = !places.isEmpty && places.allSatisfy { $0 == "\(probe.city ?? "-")/\(probe.country ?? "-")" }
        ProbeCatalogue.check(knownIssue: probe.isOpen ? ProbeCatalogue.notYetRead : nil) { #expect(right, "\(places)") }
    }
}
