import PartnerGraph

/// Hosts (and chairs) by level of evidence. A host the text states ("hosted by", "a accueilli", "at the invitation
/// of", "the host country") is drafted by its trigger's rule. A host the text implies is inferred by a rule of its own,
/// each measured on the development pages like any rule (`scripts/extract-calibrate.py`):
///
/// - `government-at-home`: the meeting is held in the country whose government, minister, president or presidency
///   opens it, welcomes the delegates or invites them ("The Nigerien Minister of Interior opened the conference" in
///   Niamey);
/// - `publisher-at-home`: the page is the press page of the government of the country the meeting is held in.
///
/// Stated by the text, though the actor is read from its context (the gold rules count these as hosts and chairs):
/// `organiser-in-own-country` (a country, its government or a ministry organises the meeting in its own country),
/// `office-of-venue` (a national office named without its country, at a meeting held in a country the sentence names as
/// no other actor), `office-at-home` (the same on a page published in the venue's country), `office-of-publisher` (the
/// same on a page published in another country: the country taken from the page's publisher) and `hosting-for` ("the
/// importance of hosting this meeting for Ethiopia"). The text says what the actor did (hosted, chaired, welcomed);
/// only who it is comes from the context, and when that is wrong a participant drafted instead would be as wrong: so
/// the stated act decides the role. Each keeps its own rule, so that it stays measured.
///
/// An inferred role is drafted only when its rule's confidence (``RuleConfidence``) reaches
/// ``draftedInferenceConfidence``; below it, the fact goes to the review queue (rule suffix `+low`, not drafted), and
/// the scorer still judges it so that its rule keeps being measured.
extension DocumentReader {
    /// The confidence an inferred host or chair needs to be drafted rather than set aside for review.
    static let draftedInferenceConfidence = 0.9

    /// The rules that infer a host or a chair from evidence short of the text saying it.
    /// Not a host the text says welcomed or invited people to the meeting's city ("welcomed all participants to
    /// Ulaanbaatar": `welcomed-to-city`, `invited-to-city`) or hosted in a country it names ("the Ministry of Interior in
    /// Croatia hosted": `office-in-country`): those state the hosting and tie the actor to the place.
    static let inferredRoleRules: Set<String> = ["government-at-home", "publisher-at-home"]

    /// Whether a role of `relation` inferred by `rule` is drafted: its rule's measured confidence reaches
    /// ``draftedInferenceConfidence``. Stated roles (rules outside ``inferredRoleRules``) always are.
    /// - Complexity: O(1).
    static func draftsRole(relation: Relation, rule: String) -> Bool {
        guard inferredRoleRules.contains(String(rule.prefix { $0 != "+" })) else { return true }
        return RuleConfidence.of(relation: relation.rawValue, rule: rule) >= draftedInferenceConfidence
    }

    /// Records `actor` as host or co-chair of meeting `index` by `rule`: drafted when the rule is a stated one or, for a
    /// rule of ``inferredRoleRules``, trusted enough (``draftsRole(relation:rule:)``), else a fact for review (rule
    /// suffix `+low`).
    /// A role set aside whose holder the text places at the meeting (`present`: a minister named chairing or welcoming)
    /// still makes the holder a participant, under the same rule.
    /// - Returns: whether the role was drafted.
    /// - Complexity: O(r) for r roles of the meeting.
    @discardableResult
    mutating func addInferredRole(_ actor: String, relation: Relation, at index: Int, rule: String, provenance: Provenance, present: Bool = false) -> Bool {
        guard !drafts[index].roles.contains(where: { $0.actor == actor && $0.relation == relation }) else { return false }
        let object = "#\(documentIndex).\(index)"
        guard DocumentReader.draftsRole(relation: relation, rule: rule) else {
            let confidence = RuleConfidence.of(relation: relation.rawValue, rule: rule)
            let note =
                "'\(actor)' \(relation) inferred by rule \(rule) (measured confidence \(String(format: "%.2f", confidence)) below "
                + "\(DocumentReader.draftedInferenceConfidence)): check it"
            facts.append(ExtractedFact(subject: actor, relation: relation.rawValue, object: object, rule: rule + "+low", provenance: provenance, review: note))
            if present, !drafts[index].roles.contains(where: { $0.actor == actor }) {
                drafts[index].roles.append(RoleFact(actor: actor, relation: .attends, rule: rule, provenance: provenance, review: nil))
                facts.append(ExtractedFact(subject: actor, relation: "attends", object: object, rule: rule, provenance: provenance, review: nil))
            }
            return false
        }
        drafts[index].roles.append(RoleFact(actor: actor, relation: relation, rule: rule, provenance: provenance, review: nil))
        facts.append(ExtractedFact(subject: actor, relation: relation.rawValue, object: object, rule: rule, provenance: provenance, review: nil))
        return true
    }

    /// Verbs and nouns of receiving a meeting: opening it, welcoming or inviting its delegates ("opened", "welcomed",
    /// "the welcome address", "a ouvert", "a souhaité la bienvenue").
    static let receivingWords: Set<String> = [
        "opened", "opens", "opening", "welcomed", "welcomes", "welcoming", "welcome", "invited", "invites", "inaugurated", "inaugural", "convened",
        "ouvert", "ouvre", "ouverture", "bienvenue", "accueilli", "accueille", "invite", "convie", "inaugure",
    ]
    /// Offices of a country's government: whoever holds one speaks for the government.
    static let governmentOffices: Set<String> = [
        "minister", "ministre", "ministry", "ministere", "president", "presidente", "presidency", "presidence", "prime", "premier", "government",
        "gouvernement", "king", "roi", "emir", "sheikh", "secretary", "undersecretary", "under-secretary", "secretaire", "chancellor",
        "authorities", "autorites",
    ]

    /// Whether the country `actor`, named by a person's office in `sentence` ("the Minister of Interior of Niger", "the
    /// Nigerien President"), receives meeting `index` at home: the meeting is held in that country (not online), the
    /// office is one of its government (``governmentOffices``, within four words of the mention) and the sentence says
    /// the meeting was opened or its delegates welcomed or invited (``receivingWords``), with no denial.
    /// - Complexity: O(w) for a window of w words.
    func receivesAtHome(_ mention: Mention, actor: String, meeting index: Int, in sentence: SentenceAnalysis) -> Bool {
        guard !drafts[index].isVirtual, drafts[index].country == actor, gazetteer.actors[actor]?.kind == .country else { return false }
        let tokens = sentence.tokens
        let window = max(0, mention.range.lowerBound - 4)..<min(tokens.count, mention.range.upperBound + 4)
        guard tokens[window].contains(where: { DocumentReader.governmentOffices.contains($0.key) }),
            let word = tokens.indices.first(where: { DocumentReader.receivingWords.contains(tokens[$0].key) })
        else { return false }
        return !sentence.precededBy(word, within: 3, anyOf: RoleTrigger.negations)
    }

    /// People a host welcomes: "welcomed the delegations", "a souhaité la bienvenue aux participants".
    static let welcomedPeople: Set<String> = [
        "delegates", "delegations", "delegation", "participants", "counterparts", "guests", "ministers", "leaders", "heads", "excellencies",
        "representatives", "everyone", "all", "you", "delegues", "invites", "homologues", "ministres", "chefs", "hotes", "membres", "members",
    ]
    /// Nouns a welcome names a speech with: "welcome address", "allocution de bienvenue".
    static let welcomeSpeeches: Set<String> = ["address", "remarks", "speech", "statement", "words", "allocution", "discours", "mot", "message"]

    /// Whether the sentence says someone welcomed the meeting's people, not a thing: a welcome word (``welcomedPeople``
    /// within four words after "welcomed", "welcoming", "a souhaité la bienvenue", "extended a warm welcome to"), or a
    /// welcome speech ("in his welcome address", "dans son allocution de bienvenue"). Not "welcomed the adoption of the
    /// declaration", "welcomes the progress".
    /// - Complexity: O(w) for w words.
    static func welcomesPeople(_ tokens: [Token]) -> Bool {
        let welcomeWords: Set<String> = ["welcomed", "welcomes", "welcoming", "welcome", "bienvenue"]
        for index in tokens.indices where welcomeWords.contains(tokens[index].key) {
            let after = tokens[(index + 1)..<min(tokens.count, index + 5)]
            if after.contains(where: { welcomedPeople.contains($0.key) }) { return true }
            // "welcome address", "welcoming remarks"; "allocution de bienvenue", "discours de bienvenue".
            if index + 1 < tokens.count, welcomeSpeeches.contains(tokens[index + 1].key) { return true }
            if index >= 2, tokens[index - 1].key == "de", welcomeSpeeches.contains(tokens[index - 2].key) { return true }
        }
        return false
    }

    /// "The Guinean President, in his welcome address, ...", "the Minister of Interior of Italy welcomed the delegations":
    /// the government of the meeting's country (``receivesAtHome(_:actor:meeting:in:)``) welcoming its people
    /// (``welcomesPeople(_:)``) hosts it, by the gold rules' "welcomed" (rule `welcomed-at-home`, stated, drafted);
    /// an actor read as a participant before is a host instead. Run before the sentence's office-holders are read as
    /// participants.
    /// - Complexity: O(m·w) for m mentions and a window of w words.
    /// A national office named without its country ("opened by the Minister for Foreign Affairs, who extended a warm
    /// welcome to delegates") in a sentence that names no country welcomes for the page's country or, on a page of no
    /// country, the venue's (rules `office-of-publisher`, `office-at-home`, `office-of-venue`, as a host verb's office).
    /// A co-chair that welcomes the delegates hosts too.
    mutating func welcomedAtHome(in sentence: SentenceAnalysis, meeting index: Int, provenance: Provenance) {
        guard DocumentReader.welcomesPeople(sentence.tokens) else { return }
        for mention in sentence.roleMentions {
            guard let actor = mention.actorID, DocumentReader.namesOfficeHolder(mention, in: sentence.tokens),
                !drafts[index].roles.contains(where: { $0.actor == actor && $0.relation == .hosts }),
                receivesAtHome(mention, actor: actor, meeting: index, in: sentence)
            else { continue }
            addInferredRole(actor, relation: .hosts, at: index, rule: "welcomed-at-home", provenance: provenance)
        }
        let tokens = sentence.tokens
        guard !drafts[index].isVirtual, !drafts[index].roles.contains(where: { $0.relation == .hosts }),
            !sentence.mentions.contains(where: { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } == true }),
            DocumentReader.namesNationalOffice(tokens[...]),
            !tokens.indices.contains(where: {
                ["welcomed", "welcome"].contains(tokens[$0].key) && sentence.precededBy($0, within: 1, anyOf: RoleTrigger.negations)
            })
        else { return }
        let venue = drafts[index].country.flatMap { gazetteer.actors[$0]?.kind == .country ? $0 : nil }
        if let publisher = publisherCountry {
            addInferredRole(publisher, relation: .hosts, at: index, rule: publisher == venue ? "office-at-home" : "office-of-publisher", provenance: provenance)
        } else if let venue {
            addInferredRole(venue, relation: .hosts, at: index, rule: "office-of-venue", provenance: provenance)
        }
    }

    /// Labels of a web address that make it a government's site: "gov.uk", "gouv.ne", "gob.mx", "mfa.gov.lv", "diplo.de",
    /// "eu2015.lv" (a Council presidency's site).
    static let governmentSiteLabels: Set<String> = [
        "gov", "gouv", "go", "gob", "gv", "govt", "admin", "diplo", "mfa", "mofa", "mae", "diplomatie", "foreignaffairs", "auswaertiges-amt",
        "bundesregierung", "presidence", "presidency", "primature", "regjeringen", "regeringen", "government", "interieur", "interior",
    ]

    /// The country whose government publishes the page: the country of its country-code domain (``publisherCountry``)
    /// when a label of the address names a government site (``governmentSiteLabels``, or an EU presidency's "eu2015");
    /// nil otherwise.
    /// - Complexity: O(a) for a actors in the gazetteer.
    var governmentPublisher: String? {
        guard let scheme = source.range(of: "://") else { return nil }
        let host = source[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }.lowercased()
        let labels = host.split(separator: ".").dropLast().map(String.init)
        let governmental = labels.contains {
            DocumentReader.governmentSiteLabels.contains($0) || $0.hasPrefix("eu20") && $0.count == 6 && $0.dropFirst(2).allSatisfy(\.isNumber)
        }
        return governmental ? publisherCountry : nil
    }

    /// "the Federal Foreign Office" page of Germany reporting a meeting in Berlin: the meetings of a government's own page
    /// held in its country, with no host stated, are inferred to be hosted by it (rule `publisher-at-home`). Run once the
    /// page is read.
    /// - Complexity: O(d·r) for d drafts of r roles.
    mutating func publisherHosts() {
        guard !drafts.isEmpty, let publisher = governmentPublisher else { return }
        for index in drafts.indices
        where !drafts[index].isVirtual && !drafts[index].isPassing && drafts[index].country == publisher
            && !drafts[index].roles.contains(where: { $0.relation == .hosts })
        {
            addInferredRole(publisher, relation: .hosts, at: index, rule: "publisher-at-home", provenance: drafts[index].provenance)
        }
    }
}

extension DocumentReader {
    /// Shortened words before a full stop that does not end a clause: the sentence splitter's titles ("Mr.", "Dr.",
    /// "Hon.", "Lt. Gen.", "Mme."), "St.", "Sr.", "Jr." and "Dep.".
    static let abbreviationWords: Set<String> = SentenceSplitter.titles.union(["st", "sr", "jr", "dep"])

    /// Whether the full stop at `index` ends an abbreviation or an initial inside a sentence ("H.E. Ms A", "Mr. B",
    /// "Dr. C"): a single capital or a word of ``abbreviationWords`` right before it, and a word after it.
    /// - Complexity: O(1).
    static func isAbbreviationDot(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].key == ".", index > 0, index + 1 < tokens.count else { return false }
        let word = tokens[index - 1]
        guard word.kind == .word, word.offset + word.length == tokens[index].offset else { return false }
        return word.text.count == 1 && word.text.first!.isUppercase || abbreviationWords.contains(word.key)
    }

    /// Words that open a complement of place or time set off by commas between a passive verb and its agent: "was
    /// hosted in Paris, on 13 and 14 November, by the Minister", "a été accueillie à Paris, les 13 et 14 novembre, par".
    static let complementOpeners: Set<String> = [
        "in", "at", "on", "from", "during", "between", "this", "last", "a", "au", "aux", "en", "le", "les", "du", "des", "dans", "lors", "ce",
        "cette", "entre",
    ]

    /// The position of "by"/"par" that names the agent of a passive host or chair verb separated from it by a
    /// complement ("was hosted in Niamey by Niger", "a été présidée à Dakar par le Sénégal"): within six words, in the
    /// same clause; or, past complements of place and time set off by commas (each opening with a word of
    /// ``complementOpeners`` or a number: "a été accueillie à Paris, les 13, 14 et 15 novembre 2019, par le ministre"),
    /// within sixteen. Nil when the verb is not passive or has no such agent.
    /// - Complexity: O(1).
    static func passiveAgent(of entry: (range: Range<Int>, trigger: RoleTrigger), relation: Relation, in tokens: [Token]) -> Int? {
        let verbs: Set<String> = ["hosted", "co-hosted", "chaired", "co-chaired", "accueilli", "accueillie", "presidee", "preside", "copresidee", "copreside"]
        let start = entry.range.lowerBound
        guard relation == .hosts || relation == .coChairs, entry.trigger.direction == .before,
            entry.range.count == 1 && start > 0 && verbs.contains(tokens[start].key)
                && (passiveAuxiliaries.contains(tokens[start - 1].key) || ["ete", "etait", "est", "sera"].contains(tokens[start - 1].key))
                || isFrenchPassive(entry.range, in: tokens)
        else { return nil }
        var commas = 0
        for index in entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 17) {
            let key = tokens[index].key
            if clauseEnds.contains(key) { return nil }
            if ["by", "par"].contains(key) { return index > entry.range.upperBound && (commas > 0 || index <= entry.range.upperBound + 6) ? index : nil }
            guard key == "," else { continue }
            // A comma between two numbers ("les 13,14 et 15 novembre") lists days; any other opens a complement or ends
            // the clause.
            if index > 0, index + 1 < tokens.count, tokens[index - 1].kind == .number, tokens[index + 1].kind == .number { continue }
            guard index + 1 < tokens.count,
                complementOpeners.contains(tokens[index + 1].key) || tokens[index + 1].kind == .number
                    || ["by", "par"].contains(tokens[index + 1].key)
            else { return nil }
            commas += 1
        }
        return nil
    }

    /// Whether a host or chair trigger is a French passive, "été accueillie", "été présidée": it names the meeting as its
    /// subject, and its holder only after "par".
    /// - Complexity: O(1).
    static func isFrenchPassive(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        range.count == 2 && tokens[range.lowerBound].key == "ete"
            && ["accueillie", "accueilli", "accueillies", "accueillis", "presidee", "preside", "copresidee", "copreside"].contains(
                tokens[range.lowerBound + 1].key)
    }

    /// Whether a word of attendance right after a host or chair word names the role's holders, not participants: "chaired
    /// by the Foreign Ministers of Indonesia and Australia", "coprésidée par les ministres de ...". At most three
    /// words between them, each an article or a capitalised word (the ministry: "Foreign", "Interior").
    /// - Complexity: O(1).
    static func namesRoleHolders(_ other: (range: Range<Int>, trigger: RoleTrigger), after role: Range<Int>, in tokens: [Token]) -> Bool {
        guard other.trigger.relation == .attends, other.trigger.direction == .after, other.range.lowerBound >= role.upperBound,
            other.range.lowerBound - role.upperBound <= 3
        else { return false }
        return tokens[role.upperBound..<other.range.lowerBound].allSatisfy {
            ["the", "la", "le", "les", "l'", "its", "their", "ses", "leurs"].contains($0.key) || $0.kind == .word && $0.isCapitalized
        }
    }
}

extension DocumentReader {
    /// Verbs of leading a meeting: "opened", "chaired", "guided", "présidé", "a ouvert". Not convening or organising it:
    /// "Bangladesh, as Chair of the Platform, convened the meeting" organises it (and hosts it at home).
    static let leadingVerbs: Set<String> = [
        "opened", "opens", "chaired", "chairs", "co-chaired", "presided", "presides", "led", "leads", "guided", "guides", "moderated", "steered",
        "directed", "conducted", "ouvert", "ouvre", "preside", "presidee", "copreside", "dirige", "conduit", "anime", "chairing", "leading", "opening",
    ]

    /// Whether a chair word is said in apposition, as a capacity: "as Chair", "as the co-chairs", "en tant que président".
    /// - Complexity: O(1).
    static func namesCapacity(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        ["as", "en"].contains(tokens[range.lowerBound].key) && range.count >= 2
    }

    /// Whether the clause around a capacity ("X, as Chair of the Process, ...") says its holder led the meeting: a verb of
    /// ``leadingVerbs`` within twelve words after it or eight before it, in the same sentence part.
    /// - Complexity: O(1).
    static func leadsMeeting(around range: Range<Int>, in tokens: [Token]) -> Bool {
        func ends(_ index: Int) -> Bool { [";", "."].contains(tokens[index].key) && !isAbbreviationDot(tokens, at: index) }
        for index in range.upperBound..<min(tokens.count, range.upperBound + 12) {
            if ends(index) { break }
            if leadingVerbs.contains(tokens[index].key) { return true }
        }
        for index in (max(0, range.lowerBound - 8)..<range.lowerBound).reversed() {
            if ends(index) { break }
            if leadingVerbs.contains(tokens[index].key) { return true }
        }
        return false
    }
}

extension DocumentReader {
    /// Nouns naming the chairs of a body in apposition: "the co-chairs of the Group", "les coprésidents du Groupe".
    static let bodyChairNouns: Set<String> = [
        "chair", "chairs", "co-chair", "co-chairs", "cochairs", "chairperson", "chairpersons", "chairman", "president", "presidents",
        "copresident", "copresidents", "co-president", "co-presidents", "presidency", "co-presidency", "presidence", "copresidence",
    ]

    /// The small words of a title that an apposition may hold (``isAppositionGap(_:)``).
    private static let appositionSmallWords: Set<String> = [
        "the", "of", "de", "du", "des", "la", "le", "l'", "d'", "his", "her", "son", "sa", "its", "h.e", "and", "et", "-", "(",
    ]

    /// Words of time that make a host-country role another meeting's (``hostCountryOfVenue(_:rule:in:)``).
    private static let roleTimeWords: Set<String> = [
        "next", "future", "previous", "former", "last", "outgoing", "incoming", "past", "prochain", "prochaine", "futur", "precedent",
        "ancien", "dernier",
    ]

    /// "of" and its French forms, after a noun naming what it is of: "the co-chairs of", "la participation du".
    static let ofWords: Set<String> = ["of", "du", "de", "des", "d'"]

    /// Whether the words between a role noun and an actor after it are an apposition: commas, abbreviations' full stops,
    /// capitalised words (names and titles) and the small words of a title ("the host, President Eduardo dos Santos of"),
    /// not a verb or its object ("the host country welcomed the delegations of").
    /// - Complexity: O(w) for w words.
    static func isAppositionGap(_ gap: ArraySlice<Token>) -> Bool {
        gap.indices.allSatisfy { index in
            let token = gap[index]
            // (The words matched may stop short of the role noun: "the host" of "the host country, Togo".)
            return token.key == "," || token.key == "." || token.kind == .word && token.isCapitalized || appositionSmallWords.contains(token.key)
                || nameParticles.contains(token.key) || hostCountryNouns.contains(token.key)
        }
    }

    /// Nouns that make a host word name the host country by its role alone: "the host country", "le pays hôte", "the host
    /// nation", "the host government" (not "the host", which may be a person or a body).
    static let hostCountryNouns: Set<String> = ["country", "nation", "government", "pays", "gouvernement"]

    /// The country of the meeting being reported when a host-country word names no actor ("The President of the host
    /// country welcomed the delegations", "la présidente du pays hôte, Mme N, a ouvert les travaux"): the meeting is held
    /// in a country and not online, and no word of time makes the role another meeting's ("the next host country", "le
    /// futur pays hôte"). Nil otherwise.
    /// - Complexity: O(1).
    func hostCountryOfVenue(_ range: Range<Int>, rule: String, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        // (The words matched may stop short of the noun: "the host" of "the host country". Not "pays d'accueil", most
        // often the country migrants settle in.)
        let words = tokens[range.lowerBound..<min(tokens.count, range.upperBound + 1)]
        guard rule == "host-country", words.contains(where: { DocumentReader.hostCountryNouns.contains($0.key) }),
            words.contains(where: { ["host", "hote", "hosting"].contains($0.key) }), let index = current,
            !drafts[index].isVirtual, !drafts[index].isPassing, let country = drafts[index].country, gazetteer.actors[country]?.kind == .country
        else { return nil }
        guard !tokens[max(0, range.lowerBound - 3)..<min(tokens.count, range.upperBound + 2)].contains(where: { DocumentReader.roleTimeWords.contains($0.key) })
        else {
            return nil
        }
        return country
    }

    /// Whether the role words end with a chair noun followed by "of"/"du"/"de": "the co-chairs of", "les coprésidents du".
    /// - Complexity: O(1).
    static func namesBodyChairs(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard let last = range.last, bodyChairNouns.contains(tokens[last].key), range.upperBound < tokens.count else { return false }
        return ofWords.contains(tokens[range.upperBound].key)
    }

    /// Whether a chair word names its holders as the chairs of a body, not of the meeting, whose act in the same sentence
    /// part is welcoming the meeting's people (``welcomesPeople(_:)``) and not leading it (``leadsMeeting(around:in:)``):
    /// a capacity before its verb ("Morocco and the EU, as co-chairs of the Group, welcomed the delegates", "en leur
    /// qualité de coprésidents, ont souhaité la bienvenue aux participants"), or a chair noun of a body with its holders
    /// in apposition after it ("The co-chairs of the Group, A and B, welcomed the delegations", "the meeting saw the
    /// co-chairs of the Friends, A and B, welcoming representatives"). Not a chair verb ("co-chaired by A, who welcomed
    /// the delegates" chairs), nor the chairs of the meeting itself ("the co-chairs of the meeting, A and B").
    /// - Complexity: O(w) for a sentence part of w words.
    static func welcomesInCapacity(_ range: Range<Int>, direction: RoleTrigger.Direction, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard !leadsMeeting(around: range, in: tokens) else { return false }
        let partEnd = tokens[range.upperBound...].indices.first { [";", "."].contains(tokens[$0].key) && !isAbbreviationDot(tokens, at: $0) } ?? tokens.count
        switch direction {
        case .before:
            guard namesCapacity(range, in: tokens) else { return false }
        case .after:
            // The chair noun ends the trigger and names a body after "of"/"du", not the meeting.
            guard namesBodyChairs(range, in: tokens), range.upperBound + 1 < partEnd,
                !sentence.meetingWords.contains(where: { $0.range.lowerBound > range.upperBound && $0.range.lowerBound <= range.upperBound + 3 })
            else { return false }
        case .adjacent:
            return false
        }
        return welcomesPeople(Array(tokens[range.upperBound..<partEnd]))
    }

    /// Whether a verb of presence (``presenceVerbs``: spoke, proposed, presented...) follows within twelve words, before
    /// the sentence part ends: "The EU, as co-chair, proposed ways to engage".
    /// - Complexity: O(1).
    static func speaksAfter(_ position: Int, in tokens: [Token]) -> Bool {
        for index in position..<min(tokens.count, position + 12) {
            if [";", "."].contains(tokens[index].key) && !isAbbreviationDot(tokens, at: index) { return false }
            if presenceVerbs.contains(tokens[index].key) || ["proposed", "propose", "proposes", "stressed", "noted", "recalled"].contains(tokens[index].key) {
                return true
            }
        }
        return false
    }
}
