import PartnerGraph

extension Relation {
    /// An actor that follows a meeting as an observer, not as a member: written under `roles: observes:`.
    static let observes: Relation = "observes"
}

/// The words that give actors a role in a meeting: "hosted by", "co-chaired by", "brought together",
/// "Spain hosted"... Each trigger names its relation, where its actors stand, and the rule reported by `--explain`.
struct RoleTrigger: Sendable, Hashable {
    enum Direction: Sendable, Hashable {
        /// Actors follow the words: "hosted by Nigeria", "brought together Mali, Niger and the EU".
        case after
        /// Actors precede the words: "Spain hosted", "Lebanon was invited to join".
        case before
        /// The one actor next to the words: "the host country, Senegal" or "Senegal, the host country".
        case adjacent
    }

    /// Nil for words that end a list without giving a role ("opened by", "funded by").
    var relation: Relation?
    var direction: Direction
    var rule: String
    /// Words that carry on the role of the words before them: "took part, together with IGAD".
    var continuesPrevious = false

    static let matcher: PhraseMatcher<RoleTrigger> = {
        var matcher = PhraseMatcher<RoleTrigger>()
        func add(_ relation: Relation?, _ direction: Direction, _ rule: String, _ phrases: [String]) {
            for phrase in phrases { matcher.add(phrase, value: RoleTrigger(relation: relation, direction: direction, rule: rule), caseSensitive: false) }
        }
        add(
            .hosts, .after, "hosted-by",
            [
                "hosted by", "co-hosted by", "cohosted by", "jointly hosted by", "kindly hosted by", "under the aegis of", "at the invitation of",
                "accueilli par", "accueillie par", "sous l'égide de", "organised at the invitation of", "hosted jointly by", "welcomed by",
                "on the invitation of", "upon the invitation of", "at the kind invitation of", "à l'invitation de", "sur invitation de",
                "à l'invitation du", "sur invitation du", "sur l'invitation de", "sur l'invitation du",
                // "co-hosted with Switzerland": the partner named after the words hosts with the subject.
                "co-hosted with", "cohosted with", "jointly hosted with", "co-hosting with", "co-organised and hosted by",
            ])
        add(
            .hosts, .before, "subject-hosted",
            [
                "hosted", "co-hosted", "will host", "hosts", "host", "is hosting", "was hosting", "welcomed", "acted as host", "as host", "a accueilli",
                "a abrité", "abrite", "abritera", "accueille", "accueillera", "ont accueilli", "a été l'hôte de", "est l'hôte de", "était l'hôte de",
                "welcomes",
                // Every tense: "Namibia will be hosting the workshop", "is to host", "va accueillir"; receiving people
                // ("received her counterparts from A and B", "a reçu ses homologues") only with people as its object.
                "will be hosting", "are hosting", "were hosting", "is to host", "are to host", "will be co-hosting", "is co-hosting",
                "are co-hosting", "va accueillir", "vont accueillir", "accueillait", "accueillent", "received", "receives", "will receive",
                "is to receive", "a reçu", "ont reçu", "reçoit", "recevra",
                "va abriter", "vont abriter", "abritait", "abritent", "a abrité", "ont abrité",
                // "a été accueillie à Paris, les 13 et 14 novembre, par le ministre": a passive whose agent comes after
                // complements (read only with that agent, see `DocumentReader.passiveAgent`).
                "été accueillie", "été accueilli", "été accueillies", "été accueillis",
            ])
        add(
            .hosts, .adjacent, "host-country",
            ["host country", "hosting country", "the host", "pays hôte", "pays d'accueil", "host government", "host nation", "pays organisateur"])
        // "the host countries Hungary and Moldova", "the co-hosts, Spain and Senegal": the list right after the words.
        add(
            .hosts, .after, "host-countries",
            [
                "host countries", "the host countries", "hosting countries", "the hosting countries", "co-hosts", "the co-hosts", "pays hôtes", "pays co-hôtes",
                "co-host countries",
            ])
        // "the host of the event, the Libyan Prime Minister", "le Niger, hôte de la réunion": the actor next to the words.
        add(
            .hosts, .adjacent, "host-of",
            [
                "host of the event", "host of the meeting", "host of the conference", "hôte de la réunion", "hôte de la conférence",
                "hôte de l'événement", "hôte de cette réunion", "hôte de cette conférence", "hôte de la rencontre", "host of this meeting",
                // Longer than "the host" (rule host-country), so that the actor after the apposition is reached.
                "the host of the event", "the host of the meeting", "the host of the conference", "the host of this meeting",
                "the host of this event", "the host of the summit", "host of the summit",
            ])
        add(
            .coChairs, .after, "chaired-by",
            [
                "chaired by", "co-chaired by", "cochaired by", "jointly chaired by", "co-chaired jointly by", "under the chairmanship of",
                "under the co-chairmanship of", "under the chairship of", "under the co-chairship of", "under the co-presidency of",
                "presided over by", "co-presided by", "présidé par", "présidée par", "coprésidé par", "coprésidée par", "co-présidé par",
                "co-présidée par", "sous la présidence de", "sous la coprésidence de", "the co-chairs", "co-chairs were", "the chairs",
                "co-chairmanship was ensured by", "chairmanship was ensured by", "sous la présidence du", "sous la coprésidence du",
                "sous la co-présidence de", "sous la co-présidence du", "sous la présidence conjointe de", "sous la présidence conjointe du",
                "under the presidency of", "co-présidé par", "under the joint chairmanship of", "the co-presidency of",
                "co-presidency was held by", "la coprésidence de", "la coprésidence du", "la co-présidence de", "la co-présidence du",
                "co-chairmanship was held by",
                "co-chairmanship was provided by",
                "chairmanship was provided by", "co-chaired jointly by",
                // "chaired jointly by", "présidée conjointement par", "sous la présidence conjointe des ministres".
                "chaired jointly by", "presided jointly by", "présidé conjointement par", "présidée conjointement par",
                "coprésidé conjointement par", "coprésidée conjointement par", "sous la présidence conjointe des",
                // The plural agreements: "les travaux ont été présidés par la Tunisie".
                "présidés par", "présidées par", "coprésidés par", "coprésidées par", "co-présidés par", "co-présidées par",
            ])
        add(
            .coChairs, .before, "subject-chaired",
            [
                "co-chaired", "chaired", "co-chair", "will co-chair", "will chair", "as co-chairs", "as co-chair", "co-chairing", "chairing",
                "coprésident", "ont coprésidé", "a coprésidé",
                // "Romania presided over the conference", "le Maroc a présidé la réunion".
                "presided", "presided over", "presides over", "preside over", "will preside over", "a présidé", "présidera", "préside",
                "présidait", "ont présidé", "coprésidera", "coprésideront",
                // "a été présidée, le 5 mai à Dakar, par le Sénégal" (only with its agent, as "été accueillie").
                "été présidée", "été présidé", "été coprésidée", "été coprésidé",
                // "Sri Lanka, as Chair, opened the meeting": the dialogue's chair leading the meeting (only with a verb of
                // leading it; see `DocumentReader.roles`).
                "as chair", "as the chair", "as the co-chair", "as the co-chairs", "as chairs", "as chairman", "as chairperson", "as the chairperson",
                "as the chairman", "en tant que président", "en tant que présidente", "en sa qualité de président", "en qualité de président",
                "en tant que coprésident", "en tant que coprésidents", "en tant que pays président",
                // "A, représentant la Belgique, et B, représentant le Sénégal, en leur qualité de coprésidents, ont ouvert".
                "en sa qualité de coprésident", "en sa qualité de coprésidente", "en leur qualité de coprésidents", "en qualité de coprésidents",
                "en leur qualité de co-présidents", "en qualité de coprésident",
                // "les ministres A et B se sont retrouvés à Dakar pour coprésider la réunion".
                // (Not "pour présider": "faute d'accord sur la désignation du Burkina Faso pour présider" is a failed
                // designation.)
                "pour coprésider", "pour co-présider", "met to co-chair",
            ])
        add(
            .organises, .after, "organised-by",
            [
                "organised by", "organized by", "co-organised by", "co-organized by", "jointly organised by", "in collaboration with",
                "in partnership with", "in cooperation with", "convened by", "organisé par", "organisée par", "en collaboration avec",
                "co-organisé par", "co-organisée par", "coorganisé par", "coorganisée par", "organisé conjointement par", "organisée conjointement par",
                "held by", "was held by", "an initiative of", "à l'initiative de", "l'initiative de",
                // "L'évènement a été initié par l'OIM et le gouvernement du Maroc": a government's initiative at home is
                // its hosting (the gold rule), read as organising (`organiser-in-own-country`).
                "initié par", "initiée par", "initiated by", "at the initiative of", "on the initiative of", "à l'initiative du",
                "sur l'initiative de", "sur l'initiative du",
                // "organized in cooperation between UNHCR and LAS".
                "in cooperation between", "in collaboration between", "in partnership between", "en coopération avec", "en partenariat avec",
                // "organized by the Secretariat in close cooperation with IOM and UNHCR".
                "in close cooperation with", "in close collaboration with", "in close partnership with", "en étroite collaboration avec",
                "en étroite coopération avec", "en étroit partenariat avec",
                "jointly organized by", "co-convened by", "jointly convened by",
                // "co-organised with IOM": the partner organises with the subject.
                "co-organised with", "co-organized with", "jointly organised with", "jointly organized with", "co-organisé avec", "co-organisée avec",
                "coorganisé avec", "coorganisée avec",
            ])
        add(
            .organises, .before, "subject-organised",
            [
                "organised", "organized", "co-organised", "co-organized", "convened", "a organisé",
                // Every tense: "The Government of Kenya will hold the summit in Nairobi", "is co-organizing", "organisera".
                "organises", "organizes", "will organise", "will organize", "will co-organise", "will co-organize", "co-organise", "co-organize",
                "is organising", "is organizing", "is co-organising", "is co-organizing", "will hold", "is holding", "are holding", "will convene",
                "convenes", "organisera", "organise", "ont organisé", "va organiser",
            ])
        add(
            .attends, .after, "attended-by",
            [
                "brought together", "bringing together", "gathered", "gathering", "attended by", "with the participation of",
                "in the presence of", "representatives of", "representatives from", "delegations from", "delegations of",
                "delegates from", "experts from", "participants from", "joined by", "was attended by",
                "were attended by", "réunissant", "a réuni", "ont réuni", "avec la participation de", "en présence de", "participants included",
                "also present were", "present were", "in attendance were", "participants came from", "among the participants were",
                "a regroupé", "ont regroupé", "regroupant", "a rassemblé", "ont rassemblé", "rassemblant", "saw the participation of",
                "a vu la participation de", "participation of", "delegations of", "représentants de",
                // "Cette rencontre verra la participation du Tchad", "a enregistré la présence des ministres de": the French
                // noun of participation before its list, as "participation of".
                "la participation de", "la participation du", "la participation des", "la participation d'", "enregistré la présence de",
                "enregistré la présence du", "enregistré la présence des", "enregistrera la présence de", "enregistrera la présence du",
                "enregistrera la présence des",
                "the ministers of", "ministers of", "ministres de", "high-level representatives of", "officials from",
                "brings together", "bring together", "will bring together", "réunit", "réunira", "rassemble", "rassemblera", "regroupe",
                "a mobilisé", "ont mobilisé", "representing", "participating countries", "pays participants", "représentant la",
                "représentant le", "représentant les", "représentant l'",
                // "Minister A represented Ghana at the session", "le Dr B représente le Sénégal à la 74e session".
                "represented", "represents", "will represent", "représente", "a représenté", "représentait", "représentera",
                "ont représenté", "représentent",
                // People who came from the countries listed: "Migration Ministers from A, B and C", "des délégués venus du Mali".
                "ministers from", "senior officials from", "high-level officials from", "government officials from", "heads of delegation from",
                "delegates of", "experts of",
                "ministres des", "délégués de", "délégués des", "délégations de", "délégations des", "représentants des", "représentants du",
                "hauts fonctionnaires de", "hauts fonctionnaires des", "experts de", "experts des", "venus du", "venus de", "venus des", "venant du",
                "venant de", "venant des", "en provenance de", "en provenance du", "pays participant",
                // "a virtual meeting with her counterparts from Estonia and Latvia", "the panel included Ms A from IOM".
                "counterparts from", "counterparts of", "homologues de", "homologues du", "homologues des", "the panel included",
                "panel included", "speakers included", "panellists included", "panelists included", "delegations included",
                "delegates included", "attendees included", "speakers were", "panellists were",
                // A participation verb or a participant label opening its list: "Also participating were A, B and C",
                // "Participating States: A, B, C", "Statements were delivered by A and B", "Ont également participé : A, B",
                // "États participants : A, B", "Des déclarations ont été faites par A et B".
                "also participating were", "participating were", "also taking part were", "taking part were", "also attending were",
                "attending were", "also in attendance were", "participating states :", "participating delegations :",
                "statements were delivered by", "statements were made by", "statements were given by",
                "statements were also delivered by", "statements were also made by", "interventions were made by", "états participants :",
                "délégations participantes :", "déclarations ont été faites par", "déclarations ont été prononcées par",
                "interventions ont été faites par", "also participating in the meeting were", "also participating in the conference were",
                "also participating in the session were", "also participating in the summit were", "participating in the meeting were",
                // Speakers under a label: "Sont intervenus : A, B", "The following delegations took the floor: A, B" (the colon
                // turns the verb below around).
                "sont intervenus :", "sont intervenues :", "sont également intervenus :",
                // The people attending as the subject of "include": "Ministers who will be attending include the German
                // Foreign Minister, ...", "Those present included A and B", "Parmi les participants figuraient A et B", "On
                // notait la présence du Ghana".
                "attending include", "attending included", "attending will include", "present included", "attendance included",
                "participants include", "participants will include", "delegations include", "attendees include",
                "participants figuraient", "participants figurait", "participants figurent", "participants, on notait",
                "on notait la présence de", "on notait la présence du", "on notait la présence des", "on note la présence de",
                "on note la présence du", "on note la présence des", "on notait également la présence de", "on notait également la présence du",
                "on notait également la présence des", "on notait aussi la présence de", "on notait aussi la présence du",
                "on notait aussi la présence des",
            ])
        for phrase in [
            "together with", "alongside", "along with", "ainsi que", "as well as", "de même que", "in addition to", "aux côtés de", "aux côtés du",
            "aux côtés des", "aux côtés d'",
        ] {
            matcher.add(phrase, value: RoleTrigger(relation: nil, direction: .after, rule: "continued", continuesPrevious: true), caseSensitive: false)
        }
        // "Delegates from 14 countries attended, including Fiji, Tonga and Samoa": the list after the word takes part too
        // (only after a word of attendance; see `DocumentReader.roles`).
        for phrase in ["including", "among them", "notamment", "parmi lesquels", "parmi lesquelles", "parmi eux", "y compris"] {
            matcher.add(phrase, value: RoleTrigger(relation: nil, direction: .after, rule: "including", continuesPrevious: true), caseSensitive: false)
        }
        add(
            .attends, .before, "subject-attended",
            [
                // Speakers take part: "Kenya and Uganda also took the floor", "Ont également pris la parole le Mali et le Niger".
                "took the floor", "also took the floor", "a pris la parole", "ont pris la parole", "ont également pris la parole",
                "attended", "attend", "took part", "take part", "taking part", "participate", "join", "participated", "joined", "was invited to join",
                "were invited to join",
                // Not "were invited" alone: a guest whose presence the page does not state is no participant.
                "were represented", "was represented", "were present",
                "was present", "ont participé", "a participé", "ont pris part", "a pris part", "y ont pris part", "y a pris part",
                "ont assisté", "a assisté", "ont également assisté", "a également assisté", "ont assistés", "étaient présents",
                "étaient représentés", "était représenté", "ont également participé", "a également participé",
                // The feminine forms: "La Commission de la CEDEAO était représentée par son vice-président".
                "était représentée", "étaient représentées", "était présente", "était présent",
                "ont aussi participé", "a aussi participé", "ont également pris part", "ont aussi pris part", "y ont également pris part",
                "y ont aussi pris part", "étaient également représentés", "étaient aussi représentés", "étaient également présents",
                "étaient aussi présents",
                // "A ce rendez-vous, sont présents : le Bénin, le Ghana": a colon turns the list around.
                "sont présents", "sont présentes", "étaient présentes", "sont représentés", "sont représentées", "are present", "are represented",
                // "le Bénin et le Mali ont été représentés par des ministres": the compound past of the same verb.
                "ont été représentés", "ont été représentées", "a été représenté", "a été représentée", "have been represented",
                "has been represented", "had been represented",
                // "Mali and Niger sent delegations", "le Tchad a dépêché une délégation": sending one's delegation is taking part.
                "sent delegations", "sent a delegation", "sent high-level delegations", "sent a high-level delegation", "sent delegates",
                "sent representatives", "sent a representative", "ont dépêché des délégations", "a dépêché une délégation",
                "ont envoyé des délégations", "a envoyé une délégation", "ont dépêché des représentants", "ont envoyé des représentants",
                // "Germany's Nancy Faeser and France's Gérald Darmanin were among the ministers present".
                "were among the participants", "was among the participants", "were among those present", "was among those present",
                "were among the ministers present", "figuraient parmi les participants", "figurait parmi les participants",
                // The future and present of the same verbs: "Le Mali et le Niger participeront à la réunion", "le Tchad y prendra
                // part", "seront représentés par leurs ministres", "Chad will be represented", "étaient de la partie".
                "participera", "participeront", "prendra part", "prendront part", "y prendra part", "y prendront part", "assistera à",
                "assistera au", "assistera aux", "assisteront à", "assisteront au", "assisteront aux", "sera représenté", "sera représentée",
                "seront représentés", "seront représentées", "sera présent",
                "sera présente", "seront présents", "seront présentes", "participent", "prennent part", "y prennent part", "assistent à",
                "assistent au", "assistent aux",
                "will be represented", "will be present", "is represented", "était de la partie", "étaient de la partie",
                "sont de la partie", "seront de la partie", "sera de la partie",
                // The infinitives, as "to attend" and "to take part" are read: "Les présidents du Liberia et de la Sierra Leone
                // sont arrivés à Conakry pour participer au sommet", "le Togo s'apprête à y prendre part". (A hedge, "devrait
                // participer", or an invitation, "invité à participer", is set aside as for the other verbs.)
                "participer", "prendre part", "y participer", "y prendre part", "assister à", "assister au", "assister aux", "y assister",
            ])
        // Observers take part without being members: "Algeria and Libya attended as observers", "two observer
        // countries, Libya and Algeria", "permanent observer organisations (UNHCR, IOM)".
        add(
            .observes, .before, "subject-observed",
            [
                "as observers", "as observer", "as an observer", "as observer countries", "as observer states", "en tant qu'observateurs",
                "en qualité d'observateurs",
            ])
        add(
            .observes, .after, "observers",
            [
                "observers from", "observer countries", "observer states", "observer organisations", "observer organizations",
                "observers included", "pays observateurs",
            ])
        // A stated absence: "Mali was absent", "Chad sent its apologies", "in the absence of Libya", "le Tchad s'est excusé".
        add(
            .absent, .before, "stated-absent",
            [
                "was absent", "were absent", "was excused", "were excused", "sent apologies", "sent its apologies", "sent their apologies",
                "sent his apologies", "sent her apologies", "declined the invitation", "declined to attend", "declined to participate",
                "boycotted the meeting", "boycotted the conference", "boycotted the summit", "était absent", "était absente", "étaient absents",
                "étaient absentes", "s'est excusé", "s'est excusée", "se sont excusés", "a décliné l'invitation", "ont décliné l'invitation",
                "a boycotté", "ont boycotté", "sont absents", "sont absentes", "sont les grands absents", "étaient les grands absents",
                "sont les absents", "are absent", "were the absentees", "are the absentees",
            ])
        add(
            .absent, .after, "absence-of",
            [
                "in the absence of", "en l'absence de", "en l'absence du", "apologies were received from", "apologies from", "absent were", "excused were",
                // "held without the participation of Libya", "sans la participation du Mali" (not the noun of participation alone).
                "without the participation of", "sans la participation de", "sans la participation du", "sans la participation des",
                "sans la participation d'",
            ])
        add(
            nil, .after, "neutral",
            [
                "opened by", "funded by", "financed by", "supported by", "presented by", "moderated by", "facilitated by", "requested by",
                "at the request of", "written by", "followed by", "closed by", "in the margins of", "on the sidelines of", "in the framework of",
                "on behalf of", "in preparation for", "prepared by", "commissioned by", "published by", "with support from", "with support of",
                "with the support of", "with the financial support of", "avec le soutien de", "avec l'appui de", "with funding from",
                "sponsored by", "grâce au soutien de",
                // The French passives of support and funding: "la conférence est soutenue par le gouvernement suisse", "financée
                // par l'UE": funders are not participants (a list of participants before them ends there).
                "soutenu par", "soutenue par", "soutenus par", "soutenues par", "financé par", "financée par", "financés par",
                "financées par", "appuyé par", "appuyée par", "appuyés par", "appuyées par", "parrainé par", "parrainée par",
                "avec le soutien du", "avec le soutien des", "avec l'appui du", "avec l'appui des", "grâce au soutien du",
                "grâce à l'appui de", "grâce à l'appui du", "avec le financement de", "avec le financement du", "backed by",
                "with the backing of", "with financial support from", "with the financial support from",
            ])
        return matcher
    }()

    /// Words that, just before a trigger, deny it: "was not able to host", "could not attend".
    static let negations: Set<String> = ["not", "unable", "cannot", "n't", "never", "neither", "nor", "no", "ne", "pas", "failed", "declined", "instead"]
}
