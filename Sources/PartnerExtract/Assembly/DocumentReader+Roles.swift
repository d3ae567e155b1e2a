import PartnerGraph

extension DocumentReader {
    /// Words that close a list of actors after a role word.
    static let clauseEnds: Set<String> = [
        ";", ".", "so", "then", "which", "who", "whose", "where", "while", "whereas", "but", "although", "when", "qui", "dont", "mais",
    ]
    /// Words that may stand between the actors of one list: "France, Belgium and the Kingdom of Spain".
    static let listWords: Set<String> = [
        ",", "and", "&", "the", "as", "well", "both", "et", "la", "le", "les", "l'", "its", "their", "of", "government", "governments", "authorities",
        "delegation", "delegations", "represented", "by", "together", "with", "also", "de", "des", "du", "d'",
        // "l'OIM et le gouvernement du Maroc".
        "gouvernement", "gouvernements", "autorites",
    ]
    /// Whether the words between two actors of a list only join them: list words, and enumerators in brackets ("(1)
    /// Switzerland and the Russian Federation, (2) Hungary and Pakistan", "(a) Mali, (b) Niger").
    /// - Complexity: O(n) in the gap's length.
    static func isListGap(_ gap: ArraySlice<Token>) -> Bool {
        var index = gap.startIndex
        while index < gap.endIndex {
            if gap[index].key == "(", index + 2 < gap.endIndex, gap[index + 2].key == ")",
                gap[index + 1].kind == .number && gap[index + 1].text.count <= 2 || gap[index + 1].text.count == 1
            {
                index += 3
                continue
            }
            if !listWords.contains(gap[index].key) { return false }
            index += 1
        }
        return true
    }
    /// Words after an organisation that make it stand for its members: "SADC Member States", "ECOWAS countries".
    /// "the United Nations agencies (UNHCR, ILO)": the agencies a body is made of, named by its name.
    static let memberWords: Set<String> = [
        "member", "members", "countries", "states", "membres", "pays", "etats", "partner", "agencies", "agences", "entities", "bodies",
    ]
    /// Words after an actor that make it the title of the person named next: "the outgoing SADC Chairperson, the
    /// Government of Zimbabwe".
    static let titleWords: Set<String> = ["chairperson", "chairman", "chairwoman", "chair", "president", "presidency", "chairmanship", "secretariat"]
    /// Words of a person's office, between a role word and the country the person stands for.
    static let officeWords: Set<String> = [
        "minister", "ministry", "ambassador", "undersecretary", "under-secretary", "secretary", "director", "director-general", "president",
        "commissioner", "ministre", "ministere", "ambassadeur", "directeur", "secretaire", "foreign", "office", "dg", "directrice",
    ]
    /// Auxiliary verbs that end a list of participants read after a word of attendance: "the ministers of A and B have
    /// condemned the invasion of C", "les ministres du Canada ont condamné l'invasion de l'Ukraine". ("a", also the
    /// English article and the French "à", is left out.)
    static let listEndingAuxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "ont", "avaient", "avait", "sont", "etaient", "seront", "auront",
    ]
    /// Acronyms in capitals that are not organisations.
    static let notOrganisations: Set<String> = [
        "SOM", "COVID", "CEST", "CET", "GMT", "UTC", "PDF", "NGO", "NGOS", "II", "III", "IV", "VI", "VII", "EUR", "USD", "AM", "PM", "TBC", "FAQ", "HTML",
        "CSO", "CSOS", "MP", "MPS",
    ]

    /// News agencies, named as a page's source ("a constaté l'AFP", "Prague, Jan 14 (CTK)", "according to WAM"): the
    /// publisher of a report, never a participant, host or chair of the meeting it reports.
    static let newsAgencies: Set<String> = [
        "AFP", "AP", "APA", "APS", "AIP", "ANP", "ANSA", "ANTARA", "BELGA", "BERNAMA", "BNA", "CTK", "DPA", "EFE", "IRNA", "KUNA", "MAP",
        "MENA", "ONA", "PANA", "QNA", "SPA", "SUNA", "TAP", "TASS", "WAM", "XINHUA", "APO", "ATS", "AGI", "ENA", "KPL", "VNA", "PTI", "IANS",
    ]

    /// Words in the name of a news agency that an acronym may be learned for: "Emirates News Agency (WAM)", "Agence
    /// France-Presse", "Maghreb Arabe Presse".
    static let newsAgencyNameWords: Set<String> = ["news", "presse", "press", "nouvelles"]

    /// Whether an actor is a news agency: one of ``newsAgencies``, or an acronym the page taught with an agency's name.
    func isNewsAgency(_ id: String) -> Bool {
        if DocumentReader.newsAgencies.contains(id) { return true }
        guard let actor = gazetteer.actors[id], actor.kind == .organisation else { return false }
        let words = Tokenizer.tokens(actor.name).map(\.key)
        return words.contains { DocumentReader.newsAgencyNameWords.contains($0) } && words.contains { ["agency", "agence", "service"].contains($0) }
    }

    /// Whether the word in capitals at `position`, which no gazetteer knows, is a name written in capitals rather than an
    /// acronym: a surname after a given name ("Jean-Michel BLANQUER", "Ellen Johnson SIRLEAF"), or an entry of a list
    /// that writes its countries in capitals ("ANGOLA, BENIN, BOURKINA FASO, BURUNDI", a misspelt country among them).
    func isWordInCapitals(at position: Int, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let letters = tokens[position].text.count
        if letters >= 6, position > 0 {
            let previous = tokens[position - 1]
            if previous.kind == .word, previous.isCapitalized, !previous.isAcronym, previous.text.count >= 3,
                !sentence.mentions.contains(where: { $0.range.contains(position - 1) }),
                !sentence.meetingWords.contains(where: { $0.range.contains(position - 1) }),
                !DocumentReader.titleWords.contains(previous.key), !DocumentReader.officeWords.contains(previous.key),
                !DocumentReader.chairWords.contains(previous.key)
            {
                return true
            }
        }
        guard letters >= 4 else { return false }
        return sentence.mentions.contains { mention in
            guard let id = mention.actorID, gazetteer.actors[id]?.kind == .country,
                mention.range.upperBound <= position && mention.range.upperBound + 3 >= position
                    || mention.range.lowerBound > position && mention.range.lowerBound <= position + 3
            else { return false }
            let words = tokens[mention.range]
            return words.allSatisfy(\.isAcronym) && words.reduce(0) { $0 + $1.text.count } >= 5
        }
    }

    /// Participles of inviting: "invited", "invités", "invitées".
    static let invitedWords: Set<String> = ["invited", "invites", "invitees", "invite", "invitee"]
    /// What may stand before such a participle for it to say that guests were invited: a passive auxiliary ("were
    /// invited", "ont été invités") or a plural noun of guests ("les pays invités à cette rencontre").
    static let beforeInvited: Set<String> = [
        "were", "was", "are", "is", "been", "be", "ete", "sont", "est", "seront", "sera", "etaient", "pays", "countries", "states", "etats",
        "delegations", "organisations", "organizations", "partners", "partenaires",
    ]
    /// Words that state a presence: with one of them, the sentence says more than an invitation.
    static let presenceWords: Set<String> = [
        "attended", "attend", "attending", "attends", "participated", "participate", "participating", "participates", "participe",
        "participes", "participaient", "participera", "participeront", "part", "joined", "joining", "present", "presents", "presentes",
        "assiste", "assistaient", "gathered", "met", "reunis", "reunit", "spoke", "addressed", "represented", "represente",
    ]

    /// Whether a sentence says only that guests were invited, not that they came: a participle of inviting after a passive
    /// auxiliary (one adverb may stand between) or a plural noun of guests, and no word of presence anywhere in it. "Some
    /// representatives of third countries, including Libya, were also invited"; not "were invited and attended".
    static func onlyInvited(_ tokens: [Token]) -> Bool {
        let invited = tokens.indices.contains { position in
            guard invitedWords.contains(tokens[position].key), position > 0 else { return false }
            if beforeInvited.contains(tokens[position - 1].key) { return true }
            return position > 1 && ["also", "egalement", "aussi", "already", "deja", "not"].contains(tokens[position - 1].key)
                && beforeInvited.contains(tokens[position - 2].key)
        }
        return invited && !tokens.contains { presenceWords.contains($0.key) }
    }

    /// The country a word in capitals (or two, "BOURKINA FASO") misspells: the only country whose name or short form is
    /// one edit away (two for a name of seven letters or more) from the words, with its width in tokens. Nil when no
    /// country, or more than one, is that close.
    /// - Complexity: O(c · n²) for c country names of n letters; called only for a word in capitals no gazetteer knows.
    func misspeltCountry(at position: Int, in tokens: [Token]) -> (id: String, width: Int, text: String)? {
        var spans = [(tokens[position].key, 1, tokens[position].text)]
        if position + 1 < tokens.count, tokens[position + 1].kind == .word, tokens[position + 1].isAcronym {
            spans.append((tokens[position].key + " " + tokens[position + 1].key, 2, tokens[position].text + " " + tokens[position + 1].text))
        }
        for (words, width, text) in spans.reversed() where words.count >= 4 {
            let allowed = words.count >= 7 ? 2 : 1
            var closest: [String: Int] = [:]
            for actor in gazetteer.actors.values where actor.kind == .country {
                for name in [actor.name] + actor.aliases where name.count >= 4 {
                    let folded = Tokenizer.tokens(name).map(\.key).joined(separator: " ")
                    guard abs(folded.count - words.count) <= allowed else { continue }
                    let distance = DocumentReader.editDistance(Array(words.utf8), Array(folded.utf8), limit: allowed)
                    if distance <= allowed { closest[actor.id] = min(closest[actor.id] ?? distance, distance) }
                }
            }
            guard let nearest = closest.values.min() else { continue }
            let winners = closest.filter { $0.value == nearest }
            guard winners.count == 1, nearest > 0, let id = winners.first?.key else { return nil }
            return (id, width, text)
        }
        return nil
    }

    /// The edit distance (insertions, deletions, substitutions, and a swap of two neighbours) between two strings of bytes,
    /// or `limit + 1` once it is over `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a == b { return 0 }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            row[0] = i
            var smallest = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                row[j] = value
                smallest = min(smallest, value)
            }
            if smallest > limit { return limit + 1 }
            (before, previous, row) = (previous, row, before)
        }
        return a.isEmpty ? b.count : b.isEmpty ? a.count : previous[b.count]
    }

    /// Hosts named other ways: "at Romania's invitation" (rule `invitation-of`), "the importance of hosting this
    /// meeting for Ethiopia" (rule `hosting-for`).
    mutating func impliedHosts(in sentence: SentenceAnalysis, provenance: Provenance) {
        guard let index = current else { return }
        let tokens = sentence.tokens
        let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
        // "The Minister of Foreign Affairs chaired the meeting and welcomed all participants to Abu Dhabi": who welcomes
        // people to the meeting's city speaks for its country, the host.
        if let city = drafts[index].city, let country = drafts[index].country, gazetteer.actors[country]?.kind == .country,
            !drafts[index].roles.contains(where: { $0.relation == .hosts }),
            let welcome = tokens.indices.first(where: { ["welcomed", "welcomes", "welcoming", "welcome"].contains(tokens[$0].key) }),
            sentence.mentions.contains(where: { mention in
                mention.range.lowerBound > welcome + 1 && mention.range.lowerBound <= welcome + 7 && tokens[mention.range.lowerBound - 1].key == "to"
                    && mention.city.map { Tokenizer.fold($0.name) == Tokenizer.fold(city) } == true
                    && !tokens[welcome..<mention.range.lowerBound].contains { [".", ";"].contains($0.key) }
            }),
            !sentence.precededBy(welcome, within: 3, anyOf: RoleTrigger.negations)
        {
            addInferredRole(country, relation: .hosts, at: index, rule: "welcomed-to-city", provenance: provenance, present: true)
        }
        thankedHosts(in: sentence, provenance: provenance, meeting: index)
        for mention in countries {
            let end = mention.range.upperBound
            var rule: String?
            if end < tokens.count, tokens[end].key == "invitation", sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["at", "on", "upon"]) {
                rule = "invitation-of"
            } else if sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["for"]),
                sentence.precededBy(mention.range.lowerBound, within: 6, anyOf: ["hosting"])
            {
                rule = "hosting-for"
            } else if let city = drafts[index].city, invitesTo(city: city, subject: mention, in: sentence) {
                rule = "invited-to-city"
            }
            guard let rule, let id = mention.actorID, !drafts[index].roles.contains(where: { $0.actor == id && $0.relation == .hosts }) else { continue }
            drafts[index].roles.append(RoleFact(actor: id, relation: .hosts, rule: rule, provenance: provenance, review: nil))
            facts.append(
                ExtractedFact(subject: id, relation: "hosts", object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
        }
    }

    /// Words of thanks: "thanked", "expressed their gratitude", "ont remercié".
    static let thankWords: Set<String> = [
        "thank", "thanks", "thanked", "thanking", "gratitude", "appreciation", "grateful", "remercie", "remercient", "remerciements", "remerciant",
        "reconnaissance", "gratitude",
    ]
    /// Words of hosting that thanks are given for: "for hosting", "for the warm welcome", "pour son hospitalité".
    static let hospitalityWords: Set<String> = [
        "hosting", "hospitality", "hosted", "reception", "welcome", "hospitable", "hospitalite", "accueil", "accueilli", "accueillir", "co-hosting",
    ]

    /// "The delegates thanked the Government of Morocco for hosting the meeting", "expressed their thanks to the State of
    /// Qatar ... for the warm reception and generous hospitality", "ont remercié le Sénégal pour son hospitalité": who is
    /// thanked for hosting or hospitality hosts (rule `thanked-for-hosting`). The thanked are the countries and
    /// organisations between the word of thanks and "for"/"pour", in one list; not in a sentence that names another
    /// meeting, nor when the meeting has a host already.
    /// - Complexity: O(n + m) for n words and m mentions.
    mutating func thankedHosts(in sentence: SentenceAnalysis, provenance: Provenance, meeting index: Int) {
        let tokens = sentence.tokens
        guard !drafts[index].roles.contains(where: { $0.relation == .hosts }),
            let thanks = tokens.indices.first(where: { DocumentReader.thankWords.contains(tokens[$0].key) }),
            let reason = tokens.indices.first(where: { position in
                position > thanks && ["for", "pour"].contains(tokens[position].key)
                    && tokens[(position + 1)..<min(tokens.count, position + 8)].contains { DocumentReader.hospitalityWords.contains($0.key) }
            }),
            !sentence.precededBy(thanks, within: 3, anyOf: RoleTrigger.negations),
            !sentence.meetingWords.contains(where: { sentence.isReferenceWord(at: $0.range.lowerBound) })
        else { return }
        var thanked: [String] = []
        var last = -1
        for mention in sentence.roleMentions where mention.range.lowerBound > thanks && mention.range.upperBound <= reason {
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind, kind == .country || kind == .organisation else { continue }
            // One list: "to Morocco and Germany"; what follows a comma and other words ("its leadership, government")
            // is no second host.
            if last >= 0, !tokens[last..<mention.range.lowerBound].allSatisfy({ DocumentReader.listWords.contains($0.key) }) { break }
            if !thanked.contains(id) { thanked.append(id) }
            last = mention.range.upperBound
        }
        for id in thanked {
            drafts[index].roles.append(RoleFact(actor: id, relation: .hosts, rule: "thanked-for-hosting", provenance: provenance, review: nil))
            facts.append(
                ExtractedFact(
                    subject: id, relation: "hosts", object: "#\(documentIndex).\(index)", rule: "thanked-for-hosting", provenance: provenance, review: nil))
        }
    }

    private static let invitesToVerbs: Set<String> = ["invited", "invites", "invite", "convie", "convia", "invitait"]
    /// "Spain, as Chair of the dialogue, invited the senior officials to Madrid", "German Interior Minister A invites her
    /// counterparts to the ministerial meeting in Munich", for a meeting in that city: the country
    /// that invites people to the meeting's city hosts it. The country must be the clause's subject: before the verb,
    /// with no other country between them.
    func invitesTo(city: String, subject: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let verbs = Self.invitesToVerbs
        guard let verb = tokens.indices.first(where: { $0 >= subject.range.upperBound && verbs.contains(tokens[$0].key) }),
            !tokens[subject.range.upperBound..<verb].contains(where: { [";", ".", "but", "while", "whereas"].contains($0.key) }),
            !sentence.mentions.contains(where: { other in
                other.range.lowerBound >= subject.range.upperBound && other.range.upperBound <= verb && other.actorID != subject.actorID
                    && other.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
            })
        else { return false }
        let end = tokens[verb...].firstIndex { $0.key == "." || $0.key == ";" } ?? tokens.count
        return sentence.mentions.contains {
            $0.range.lowerBound > verb && $0.range.upperBound <= end && $0.city.map { Tokenizer.fold($0.name) == Tokenizer.fold(city) } == true
                && ["to", "a", "au", "in"].contains(tokens[$0.range.lowerBound - 1].key)
        }
    }

    /// Words naming a part of a meeting: its sessions, panels, working tables, ceremonies.
    static let subSessionWords: Set<String> = [
        "session", "sessions", "panel", "panels", "table", "tables", "roundtable", "roundtables", "ceremony", "ceremonie", "breakout", "segment",
        "workshop", "workshops", "group", "groups", "seance", "sub-session", "sub-sessions",
    ]

    /// Whether the clause before `position` names a part of the meeting as what the role is about: "the working tables
    /// were chaired by", "la cérémonie d'ouverture a été présidée par", "the opening session, chaired by".
    static func namesSubSession(_ sentence: SentenceAnalysis, before position: Int) -> Bool {
        var start = position
        while start > 0, !clauseEnds.contains(sentence.tokens[start - 1].key) { start -= 1 }
        let window = sentence.tokens[max(start, position - 8)..<position]
        // "La délégation marocaine était présidée par A", "the Spanish delegation, led by": who leads a delegation takes
        // part; the meeting's chair is another. The delegation is the subject, within four words and no comma.
        if let delegation = window.indices.last(where: { ["delegation", "delegations"].contains(sentence.tokens[$0].key) }),
            position - delegation <= 4, !sentence.tokens[delegation..<position].contains(where: { $0.key == "," })
        {
            return true
        }
        // "La cérémonie d'ouverture a eu lieu ce 22 août sous la présidence de", "the opening ceremony, held in the
        // presence of the delegates, was chaired by": the part of the meeting heads the clause, further back than the
        // window (not a session, which may be the meeting itself: "the 72nd session of the committee").
        // "The closing ceremony, which followed the debates, was chaired by": past a relative clause to its subject.
        var head = start
        if head > 1, ["which", "qui", "who"].contains(sentence.tokens[head - 1].key), sentence.tokens[head - 2].key == "," {
            head -= 2
            while head > 0, !clauseEnds.contains(sentence.tokens[head - 1].key) { head -= 1 }
        }
        if position - head <= 16,
            sentence.tokens[head..<min(position, head + 4)].contains(where: {
                subSessionWords.contains($0.key) && !["workshop", "workshops", "group", "groups", "session", "sessions"].contains($0.key)
            })
        {
            return true
        }
        // "a workshop chaired by" names the meeting itself when it opens the sentence; a part needs its qualifier.
        // "Cette session, présidée par", "the 20th session, chaired by": a session pointed at or numbered is the
        // meeting itself.
        return window.indices.contains {
            subSessionWords.contains(sentence.tokens[$0].key) && !["workshop", "workshops", "group", "groups"].contains(sentence.tokens[$0].key)
                && !namesTheMeetingSession(sentence.tokens, at: $0)
        }
            || window.indices.contains { isSubSessionPhrase(sentence.tokens, at: $0) }
            || window.indices.contains { index in
                ["workshop", "workshops", "group", "groups"].contains(sentence.tokens[index].key) && index > 0
                    && ["working", "breakout", "parallel", "thematic"].contains(sentence.tokens[index - 1].key) && window.first!.key != "the"
            }
    }

    /// Whether the object of a chair verb is a part of the meeting: "Burkina Faso chaired the opening session", "a
    /// présidé la séance d'ouverture", "co-chaired one of the working tables" (a sub-session word within five words, before
    /// any meeting word).
    static func namesSubSession(_ sentence: SentenceAnalysis, after position: Int) -> Bool {
        let tokens = sentence.tokens
        for index in position..<min(tokens.count, position + 5) {
            let key = tokens[index].key
            if clauseEnds.contains(key) || sentence.meetingWords.contains(where: { $0.range.lowerBound == index }) { return false }
            if subSessionWords.contains(key) && !["workshop", "workshops", "group", "groups"].contains(key) { return true }
            if ["group", "groups"].contains(key), index > 0, ["working", "breakout", "thematic"].contains(tokens[index - 1].key) { return true }
            if isSubSessionPhrase(tokens, at: index) { return true }
        }
        return false
    }

    /// Whether the words at `index` name a part of a meeting in two words: a side event ("side event", "side-event",
    /// "événement parallèle") or, in French, a working group ("groupe de travail", "groupes de travail").
    /// - Complexity: O(1).
    /// Whether the word at `index` is a session that names the meeting itself: pointed at ("this session", "cette
    /// session", "ladite session") or numbered ("the 20th session", "la 20ème session", "la XXème session").
    /// - Complexity: O(1).
    static func namesTheMeetingSession(_ tokens: [Token], at index: Int) -> Bool {
        guard ["session", "sessions"].contains(tokens[index].key), index > 0 else { return false }
        let before = tokens[index - 1]
        if ["this", "cette", "ladite", "present", "presente"].contains(before.key) { return true }
        return before.key.first?.isNumber == true || isOrdinal(before) || ordinalWords[before.key] != nil
    }

    static func isSubSessionPhrase(_ tokens: [Token], at index: Int) -> Bool {
        let key = tokens[index].key
        if ["side-event", "side-events"].contains(key) { return true }
        if ["event", "events"].contains(key) { return index > 0 && tokens[index - 1].key == "side" }
        if ["evenement", "evenements"].contains(key) { return index + 1 < tokens.count && tokens[index + 1].key.hasPrefix("parallele") }
        if ["groupe", "groupes"].contains(key) {
            return index + 2 < tokens.count && ["de", "d'"].contains(tokens[index + 1].key) && tokens[index + 2].key == "travail"
        }
        return false
    }

    /// Records the role of each of `actors` as a fact set aside for review (`object` says what it was about), given to no
    /// meeting.
    /// - Complexity: O(a) for a actors.
    mutating func setAside(_ actors: [String], relation: Relation, object: String, rule: String, provenance: Provenance, review: String) {
        for actor in actors {
            facts.append(ExtractedFact(subject: actor, relation: relation.rawValue, object: object, rule: rule, provenance: provenance, review: review))
        }
    }

    /// The relative clause set off by commas that ends right before `position` (a role word), from its opening comma to
    /// its closing one: ", which hosts the secretariat," in "Mauritania, which hosts the secretariat, took part", ",
    /// whose president visited Berlin in May," and ", avec qui l'Espagne a signé un accord en 2019,". Nil when the words
    /// before `position` are no such clause.
    /// - Complexity: O(n) for the n words of the clause.
    static func relativeClause(before position: Int, in tokens: [Token]) -> Range<Int>? {
        guard position >= 2, tokens[position - 1].key == "," else { return nil }
        var index = position - 2
        while index > 0, !clauseEnds.contains(tokens[index].key), tokens[index].key != "whom" { index -= 1 }
        var open = index - 1
        if open > 0, relativePrepositions.contains(tokens[open].key), ["qui", "whom", "which"].contains(tokens[index].key) { open -= 1 }
        guard relativeOpeners.contains(tokens[index].key), open >= 0, tokens[open].key == "," else { return nil }
        return open..<position
    }

    /// Pronouns that open a relative clause set off by commas between a subject and its verb.
    static let relativeOpeners: Set<String> = ["which", "who", "whose", "whom", "qui", "dont"]
    /// Prepositions before a relative pronoun: "with whom", "avec qui", "to which", "pour qui".
    static let relativePrepositions: Set<String> = ["with", "to", "for", "by", "of", "from", "avec", "pour", "par", "a", "de", "chez", "aupres"]

    /// Words that may stand between a relative pronoun and its role word: "which has hosted", "qui a accueilli", "who
    /// also chaired".
    static let relativeAuxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "is", "was", "are", "were", "been", "be", "to", "also", "then", "already", "a", "ont", "avait", "avaient",
        "va", "vont", "aussi", "egalement", "deja",
    ]

    /// Words naming a standing office rather than a meeting: "the offices of the secretariat", "its headquarters", "le
    /// siège", "le secrétariat permanent".
    static let officeNouns: Set<String> = [
        "office", "offices", "secretariat", "secretariats", "headquarters", "seat", "premises", "bureau", "bureaux", "siege",
    ]

    /// Whether a host word is about an office rather than a meeting: its object ("hosts the offices of", "abrite le
    /// siège de"), within four words after a host verb and before any meeting word, or its subject ("the secretariat,
    /// hosted by Austria", "le secrétariat, accueilli par le Sénégal"), within three words before "hosted by" and with no
    /// meeting word in the eight words before it, is an office noun (`officeNouns`).
    /// - Complexity: O(1).
    static func hostsAnOffice(_ range: Range<Int>, direction: RoleTrigger.Direction, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        switch direction {
        case .before:
            for index in range.upperBound..<min(tokens.count, range.upperBound + 4) {
                if clauseEnds.contains(tokens[index].key) || tokens[index].key == ","
                    || sentence.meetingWords.contains(where: { $0.range.lowerBound == index })
                {
                    return false
                }
                if officeNouns.contains(tokens[index].key) { return true }
            }
            return false
        case .after:
            // Not "the meeting of the Secretariat, hosted by Austria": a meeting word before the office names what is hosted.
            let window = max(0, range.lowerBound - 3)..<range.lowerBound
            return window.contains { officeNouns.contains(tokens[$0].key) }
                && !sentence.meetingWords.contains(where: { $0.range.lowerBound < range.lowerBound && $0.range.lowerBound + 8 >= range.lowerBound })
        case .adjacent:
            return false
        }
    }

    /// Words of a meal or a reception that a minister may host beside a meeting: "hosted a dinner for his counterparts".
    static let socialEventWords: Set<String> = [
        "dinner", "dinners", "lunch", "luncheon", "reception", "banquet", "breakfast", "diner", "dejeuner", "cocktail", "gala",
    ]
    /// Words that give "host country" or "pays d'accueil" its sense in migration texts: the country migrants or refugees
    /// live in ("the situation of migrants in host countries", "pays d'origine, de transit et d'accueil").
    static let migrationHostWords: Set<String> = [
        "migrant", "migrants", "migratory", "migratoire", "migratoires", "refugee", "refugees", "refugie", "refugies", "communities", "communautes",
        "origin", "origine", "transit", "destination", "depart", "sending", "workers", "travailleurs", "flows", "flux", "diaspora", "diasporas",
    ]
    /// Words that make a clause speak of a meeting being held, for "under the aegis of": "held", "s'est tenu", "took place".
    private static let heldWords: Set<String> = [
        "held", "tenu", "tenue", "tenus", "tenues", "lieu", "place", "organised", "organized", "organise", "organisee", "convened", "deroule", "deroulee",
    ]

    /// Why a host word does not name the meeting's host, or nil when it may: "hosted a dinner for his counterparts" (a
    /// meal, within three words after a host verb); "the situation of migrants in host countries, such as Jordan" (the
    /// country migrants live in: a word of migration within six words of "host country", "pays d'accueil"); "a
    /// convention adopted under the aegis of UNESCO" (under the aegis of, with no meeting word or word of holding in the
    /// ten words before it).
    /// - Complexity: O(1): windows of a few words.
    static func hostsNoMeeting(_ range: Range<Int>, rule: String, direction: RoleTrigger.Direction, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        if rule == "subject-hosted", direction == .before,
            tokens[range.upperBound..<min(tokens.count, range.upperBound + 3)].contains(where: { socialEventWords.contains($0.key) })
        {
            return "a meal or a reception hosted, not the meeting; not recorded"
        }
        if ["host-country", "host-countries"].contains(rule),
            tokens[max(0, range.lowerBound - 6)..<min(tokens.count, range.upperBound + 6)].contains(where: { migrationHostWords.contains($0.key) })
        {
            return "a country migrants or refugees live in, not a meeting's host; not recorded"
        }
        if tokens[range].contains(where: { $0.key == "aegis" || $0.key == "egide" }) {
            let before = max(0, range.lowerBound - 10)..<range.lowerBound
            if !sentence.meetingWords.contains(where: { before.contains($0.range.lowerBound) }),
                !tokens[before].contains(where: { heldWords.contains($0.key) })
            {
                return "under the aegis of, said of no meeting; not recorded"
            }
        }
        return nil
    }

    /// Whether an organisation's mention stands for its members rather than itself: "member states of SADC",
    /// "the 15 SADC Member States", "des 14 pays membres de la CEDEAO", "ECOWAS countries", "les ressortissants de la
    /// CEDEAO".
    /// An acronym in brackets or between commas right after the body's name ("the Member States of the Central European
    /// Initiative (CEI)", "the Gulf Cooperation Council, GCC, member countries") is judged with that name.
    func standsForMembers(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind, kind != .country else { return false }
        let tokens = sentence.tokens
        if mention.range.lowerBound >= 2, ["(", ","].contains(tokens[mention.range.lowerBound - 1].key),
            let name = sentence.mentions.first(where: { $0.actorID == id && $0.range.upperBound == mention.range.lowerBound - 1 })
        {
            return standsForMembers(name, in: sentence)
        }
        // A name learned with its members in it: "Foreign Affairs of the Member States of the Central European Initiative".
        if DocumentReader.abbreviatesMembersOf(mention.range.upperBound + 1, in: tokens, within: mention.range) { return true }
        var end = mention.range.upperBound
        // "the Gulf Cooperation Council (GCC) countries", "the Gulf Cooperation Council, GCC, member countries": the body's
        // acronym between its name and an English word of members (French puts that word first: "l'OIT pays" is no list
        // of members).
        if end + 2 < tokens.count, ["(", ","].contains(tokens[end].key),
            let acronym = sentence.mentions.first(where: { $0.actorID == id && $0.range.lowerBound == end + 1 }),
            acronym.range.upperBound + 1 < tokens.count, [")", ","].contains(tokens[acronym.range.upperBound].key),
            !["pays", "membres", "etats"].contains(tokens[acronym.range.upperBound + 1].key)
        {
            end = acronym.range.upperBound + 1
        }
        if end < tokens.count, DocumentReader.memberWords.contains(tokens[end].key),
            tokens[end].key != "partner" || end + 1 < tokens.count && tokens[end + 1].key == "countries"
        {
            return true
        }
        if DocumentReader.namesMembersOffice(after: end, in: tokens) { return true }
        let start = mention.range.lowerBound
        // "Les chefs d'Etat et de gouvernement de la CEEAC participeront", "the heads of state of SADC": its members' leaders.
        let leaders = tokens[max(0, start - 8)..<start].indices.contains { index in
            ["chefs", "heads", "leaders", "dirigeants"].contains(tokens[index].key) && index + 2 < start
                && ["of", "d'", "de"].contains(tokens[index + 1].key)
                && ["state", "states", "etat", "government", "gouvernement"].contains(tokens[index + 2].key)
                && !tokens[(index + 3)..<start].contains { DocumentReader.clauseEnds.contains($0.key) || $0.key == "," }
        }
        if leaders { return true }
        // "the six-member Gulf Cooperation Council", "the 15-nation ECOWAS": the body counted by its members.
        var counted = start - 1
        if counted > 0, ["the", "la", "le", "l'", "les"].contains(tokens[counted].key) { counted -= 1 }
        if counted >= 1, ["member", "nation", "country", "state"].contains(tokens[counted].key), tokens[counted - 1].key == "-" { return true }
        var before = tokens[max(0, start - 4)..<start].map(\.key)
        // "the Member States of the Central European Initiative": the article after "of".
        if before.count >= 2, before.last == "the", ["of", "de", "du", "des"].contains(before[before.count - 2]) { before.removeLast() }
        guard let last = before.last, ["of", "de", "du", "des", "la", "l'"].contains(last) else { return false }
        // "les représentants des ressortissants de la CEDEAO", "citizens of the Commonwealth": the people of its members.
        return before.contains { DocumentReader.membersPeopleWords.contains($0) }
    }

    /// Words before "of"/"de" and a body that name its members or their people: "member states of SADC", "les
    /// ressortissants de la CEDEAO", "citizens of the Commonwealth", "the peoples of the GCC states".
    static let membersPeopleWords: Set<String> = [
        "member", "members", "membres", "membre", "ressortissants", "nationals", "citizens", "citoyens", "peoples", "peuples", "populations",
    ]

    /// Offices that the governments of a body's members hold together: "the GCC Ministers of Interior", "EU interior
    /// ministers", "the SADC Heads of State and Government".
    static let membersOffices: Set<String> = ["ministers", "leaders", "governments", "premiers", "heads"]

    /// Portfolios written in lower case between a body and its members' office: "EU interior ministers", "ASEAN state ministers".
    static let portfolioWords: Set<String> = [
        "interior", "foreign", "home", "justice", "trade", "finance", "health", "education", "labour", "labor", "security", "immigration",
        "migration", "defence", "defense", "agriculture", "state", "affairs", "economy", "transport", "energy", "environment",
    ]

    /// Whether a plural office of member governments follows `position` (the end of a body's name), after at most two
    /// capitalised words or words of a portfolio: "GCC Ministers of Interior", "EU interior ministers", "Pacific Islands
    /// Forum Foreign Ministers", "SADC Heads of State" ("heads" only of state or government: "IOM Heads of Mission" are
    /// the body's own staff). Not across a verb: "the Commission presented to ministers".
    /// - Complexity: O(1) (a window of three words).
    static func namesMembersOffice(after position: Int, in tokens: [Token]) -> Bool {
        var index = position
        while index < min(tokens.count, position + 3), tokens[index].kind == .word {
            let key = tokens[index].key
            if membersOffices.contains(key) {
                guard key == "heads" else { return true }
                return index + 2 < tokens.count && tokens[index + 1].key == "of" && ["state", "states", "government"].contains(tokens[index + 2].key)
            }
            guard !holderOffices.contains(key), tokens[index].isCapitalized || portfolioWords.contains(key) else { return false }
            index += 1
        }
        return false
    }

    private static let rolesPeople: Set<String> = [
        "participants", "delegates", "delegations", "delegation", "ministers", "guests", "representatives", "officials", "everyone", "all",
        "experts", "counterparts", "counterpart", "colleagues", "homologues", "homologue", "collegues",
    ]
    /// The roles the sentence gives, attached to the current meeting.
    mutating func roles(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        attachPendingRoles()
        var claimed: Set<Int> = []
        // Mentions claimed by a list of whom a person speaks for ("Ms A, representing the EU, and Mr B, representing
        // Morocco, as co-chairs, opened the meeting"): the person's own act in the clause gives their role.
        var spokenFor: Set<Int> = []
        var previousRelation: Relation?
        // The end of the last list of participants read after a role word: a word of the same kind inside it ("a réuni
        // des délégués, venus du Mali, du Bénin") neither ends it nor reads it again.
        var attendanceListEnd = 0
        // Words of attendance that name the holders of a host or chair word just before them ("chaired by the ministers
        // of"): read with that word.
        var absorbed: Set<Int> = []
        for (triggerIndex, entry) in sentence.triggers.enumerated() {
            if absorbed.contains(triggerIndex) { continue }
            let continued = entry.trigger.continuesPrevious ? previousRelation : nil
            previousRelation = entry.trigger.relation ?? continued
            guard var relation = entry.trigger.relation ?? continued else { continue }
            // "including" carries attendance on ("attended, including Fiji and Tonga"), not a host or a chair.
            if entry.trigger.rule == "including", relation != .attends && relation != .observes { continue }
            // "Japan is expected to join the initiative", "Cambodia joined the Colombo Process in 2018": joining a body is
            // membership, not attendance at a meeting.
            if relation == .attends, entry.trigger.direction == .before, DocumentReader.joinsABody(after: entry.range, in: sentence, gazetteer: gazetteer) {
                previousRelation = nil
                continue
            }
            // "the participation of the United Kingdom and Japan in the Initiative", "la participation du Maroc au
            // Processus": taking part in a standing body is membership too.
            if relation == .attends, entry.trigger.direction == .after,
                DocumentReader.takesPartInABody(after: entry.range, in: sentence, gazetteer: gazetteer)
            {
                previousRelation = nil
                continue
            }
            // "the Minister of Interior of Saudi Arabia highlighted ... organized crimes": the adjective of crime organises nothing.
            if relation == .organises, entry.trigger.direction == .before, entry.range.upperBound < tokens.count,
                ["crime", "crimes", "criminal", "criminals", "criminality"].contains(tokens[entry.range.upperBound].key)
            {
                previousRelation = nil
                continue
            }
            if relation == .attends, entry.trigger.direction == .after, entry.range.lowerBound < attendanceListEnd { continue }
            // "Les participants ont examiné les flux en provenance de l'Érythrée": words of origin inside the object of
            // the clause's own verb say where something comes from, not who came.
            if relation == .attends, entry.trigger.direction == .after, DocumentReader.namesOriginInObject(entry.range, in: sentence) {
                previousRelation = nil
                continue
            }
            // "UNHCR and IOM participated as observers": the verb's actors are observers.
            if relation == .attends, entry.trigger.direction == .before, triggerIndex + 1 < sentence.triggers.count {
                let next = sentence.triggers[triggerIndex + 1]
                if next.trigger.relation == .observes && next.trigger.direction == .before && next.range.lowerBound - entry.range.upperBound <= 1 {
                    relation = .observes
                }
            }
            var actors: [(id: String, review: String?)] = []
            // "including Fiji (Chair), Tonga and Samoa": an actor marked as chair in a list of participants chairs.
            var markedChairs: Set<String> = []
            var direction = entry.trigger.direction
            // "The following members took part: Spain, Morocco": a colon turns the list around.
            if direction == .before, entry.range.upperBound < tokens.count, tokens[entry.range.upperBound].key == ":" { direction = .after }
            // "Ont également pris part à la réunion le Tchad et la Mauritanie", "Y ont pris part le Cap-Vert et la Libye": a
            // verb of attendance that opens its sentence has its subject after it.
            if direction == .before, relation == .attends || relation == .observes,
                tokens[..<entry.range.lowerBound].allSatisfy({ DocumentReader.invertedLeadWords.contains($0.key) })
            {
                direction = .after
            }
            // "The conference was hosted in Niamey by Niger", "was chaired on its second day by Chad": a passive verb whose
            // agent follows a complement names its actors after "by", as "hosted by" does.
            var entry = entry
            // "a été présidée par le Sénégal": the passive with its agent right after it reads as "présidée par".
            if DocumentReader.isFrenchPassive(entry.range, in: tokens), entry.range.upperBound < tokens.count, tokens[entry.range.upperBound].key == "par" {
                entry.range = (entry.range.lowerBound + 1)..<(entry.range.upperBound + 1)
                entry.trigger = RoleTrigger(relation: relation, direction: .after, rule: relation == .hosts ? "hosted-by" : "chaired-by")
                direction = .after
            }
            if let agent = DocumentReader.passiveAgent(of: entry, relation: relation, in: tokens) {
                entry.range = entry.range.lowerBound..<(agent + 1)
                direction = .after
            }
            // "Portugal will chair the migration dialogue": the object is the dialogue, a chairmanship (read by
            // `chairmanship`), not a meeting's co-chair.
            // What a skipped role word names is not continued by "along with", "as well as".
            // "Indonesia and Australia, as co-chairs of the Process, opened the meeting": the dialogue's chairs in that
            // capacity at a meeting being reported lead it.
            let inCapacity =
                current != nil && tokens[entry.range.lowerBound].key == "as"
                && DocumentReader.plannedWord(before: entry.range.lowerBound, in: tokens) == nil
            if relation == .coChairs, direction == .before, !inCapacity, chairsTheDialogue(after: entry.range.upperBound, in: sentence) {
                previousRelation = nil
                continue
            }
            // "Turkey, as the Chair, hosted the conference", "Spain, as Chair, invited the officials to Madrid": the
            // dialogue's chair co-chairs the meeting only when the clause says it led it ("opened", "chaired").
            // "The EU, as co-chair, proposed ways to engage": the chair speaking at the meeting takes part in it.
            var capacity = ""
            // "Morocco and the EU, as co-chairs of the Group, welcomed the delegates", "en leur qualité de coprésidents,
            // ont souhaité la bienvenue aux participants", "The co-chairs of the Group, A and B, welcomed the delegations":
            // the chairs of a body welcoming the meeting's people host it (gold rules: the act said in that capacity
            // decides the role), rule `welcomed-in-capacity`.
            var capacityRule: String?
            if relation == .coChairs, DocumentReader.welcomesInCapacity(entry.range, direction: direction, in: sentence) {
                relation = .hosts
                capacityRule = "welcomed-in-capacity"
            }
            if relation == .coChairs, direction == .before, DocumentReader.namesCapacity(entry.range, in: tokens),
                !DocumentReader.leadsMeeting(around: entry.range, in: tokens)
            {
                guard DocumentReader.speaksAfter(entry.range.upperBound, in: tokens) else {
                    previousRelation = nil
                    continue
                }
                relation = .attends
                capacity = "+capacity"
            }
            switch direction {
            case .after:
                // "brought together 25 countries (including two observer countries, Libya and Algeria), 14 European
                // countries and ... (ECOWAS, European Union)": a role word inside brackets does not end the list around them.
                let depthAt = DocumentReader.bracketDepths(tokens)
                let lenient = relation == .attends || relation == .observes
                // A list of participants runs on past another word of attendance or a host named in apposition ("venus du
                // Mali, pays d'accueil, du Bénin").
                // "co-chaired by the Foreign Ministers of Indonesia and Australia": people named after a host or chair word
                // take its role, not that of their own word of attendance.
                for (otherIndex, other) in sentence.triggers.enumerated().dropFirst(triggerIndex + 1)
                where (relation == .hosts || relation == .coChairs) && DocumentReader.namesRoleHolders(other, after: entry.range, in: tokens) {
                    absorbed.insert(otherIndex)
                }
                let nextOutside = sentence.triggers.enumerated().dropFirst(triggerIndex + 1).first { otherIndex, other in
                    !absorbed.contains(otherIndex) && depthAt[other.range.lowerBound] <= depthAt[entry.range.lowerBound]
                        && !(relation == .attends
                            && (other.trigger.relation == .attends && other.trigger.direction == .after || other.trigger.direction == .adjacent))
                }?.element
                let stop = nextOutside?.range.lowerBound ?? tokens.count
                let inner = sentence.triggers[(triggerIndex + 1)...].filter { $0.range.lowerBound < stop }.map(\.range)
                var end = entry.range.upperBound
                // "(including two observer countries, Libya and Algeria), 14 European countries": a role word inside
                // brackets names only what the brackets hold.
                let opened = tokens[..<entry.range.lowerBound].reduce(0) { $0 + ($1.key == "(" ? 1 : $1.key == ")" ? -1 : 0) }
                while end < stop,
                    !DocumentReader.clauseEnds.contains(tokens[end].key) || DocumentReader.isAbbreviationDot(tokens, at: end)
                        || relation == .attends && direction == .after && continuesSemicolonSeries(at: end, in: sentence)
                {
                    if opened > 0 && tokens[end].key == ")" { break }
                    // "gathered in Rabat to take stock of ...": a purpose clause ends the list.
                    if tokens[end].key == "to", end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
                        !["the", "a", "an", "its", "their"].contains(tokens[end + 1].key)
                    {
                        break
                    }
                    // "réunis à Paris, l'occasion de discuter des grands dossiers comme l'Ukraine", "met with the aim of
                    // coordinating": what follows a word of discussing or of aim is the meeting's subject, not its participants.
                    if lenient, DocumentReader.listEndingPurposeWords.contains(tokens[end].key) { break }
                    end += 1
                }
                if relation == .attends { attendanceListEnd = end }
                var last = entry.range.upperBound
                var position = entry.range.upperBound
                var mentions = sentence.roleMentions.filter { $0.range.lowerBound >= entry.range.upperBound && $0.range.upperBound <= end }.makeIterator()
                var nextMention = mentions.next()
                // "At the invitation of Sweden, the ministers of Denmark, Finland and Norway gathered": a role phrase that opens
                // the clause ends at its first comma; what follows is the clause's subject.
                // "Chaired by the US Deputy Secretary, the meeting focused on ...": so does a fronted chair or organiser.
                let fronted =
                    (relation == .hosts || relation == .coChairs || relation == .organises)
                    && (entry.range.lowerBound == 0 || DocumentReader.clauseEnds.contains(tokens[entry.range.lowerBound - 1].key))
                while position < end {
                    if fronted, !actors.isEmpty, tokens[position].key == "," {
                        // "Coprésidée par le ministre belge, A B, et le DG de l'OIM, C D, la journée ...": a co-role has two
                        // holders; the first one's name in apposition does not end its list.
                        guard actors.count == 1, DocumentReader.namesCoRole(entry.range, in: tokens),
                            let resume = DocumentReader.nameInApposition(after: position, before: end, in: sentence)
                        else { break }
                        position = resume
                        last = resume
                        continue
                    }
                    // "co-chaired by A, Undersecretary of Sudan, and Neil Wigan, Director for Africa of the United Kingdom":
                    // a city's name that is no actor (a person's surname, a venue) neither ends the list nor joins it.
                    if let mention = nextMention, mention.range.lowerBound == position, mention.actorID == nil {
                        position = mention.range.upperBound
                        nextMention = mentions.next()
                        continue
                    }
                    // "initié par l'Organisation internationale pour les migrations (OIM) et le gouvernement du Maroc": the
                    // acronym in brackets right after a holder repeats it; the list goes on after the brackets.
                    if !lenient, let mention = nextMention, mention.range.lowerBound == position, !actors.isEmpty, position == last + 1,
                        tokens[last].key == "(", mention.range.upperBound < end, tokens[mention.range.upperBound].key == ")"
                    {
                        claimed.insert(mention.range.lowerBound)
                        position = mention.range.upperBound + 1
                        last = position
                        nextMention = mentions.next()
                        continue
                    }
                    if let mention = nextMention, mention.range.lowerBound == position {
                        let gap = tokens[last..<position]
                        let isFirst = actors.isEmpty && last == entry.range.upperBound
                        // "co-chaired by Ambassador A. B., Undersecretary of the Ministry of Foreign Affairs of Sudan, and C. D.,
                        // Director for Africa of the United Kingdom": a person's title names the country they speak for.
                        // "chaired by Sheikh A. B., UAE Deputy Prime Minister": an office after the country does the same.
                        let titled =
                            gap.count <= 24
                            && (gap.contains { DocumentReader.officeWords.contains($0.key) }
                                || mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                                    && DocumentReader.namesOfficeHolder(mention, in: tokens)
                                    // Only after a person's name: "..., and the Kyrgyz Deputy Minister took part" is a clause of
                                    // its own.
                                    && gap.allSatisfy {
                                        $0.isCapitalized || DocumentReader.listWords.contains($0.key) || DocumentReader.nameParticles.contains($0.key)
                                            || $0.key == "."
                                    })
                        // "the host countries Hungary and Moldova": a plural role noun takes only the list right after it.
                        // "the co-chairs of the Group of Friends, A and B": the body the chair noun names, closed by a comma, may be
                        // longer.
                        let firstGap =
                            entry.trigger.rule == "host-countries"
                            ? 2 : DocumentReader.namesBodyChairs(entry.range, in: tokens) && gap.suffix(2).contains { $0.key == "," } ? 10 : 6
                        let allowed =
                            lenient || titled
                            || (isFirst ? gap.count <= firstGap : DocumentReader.isListGap(gap.filter { $0.key != ";" }[...]))
                        if !allowed { break }
                        // "Les ministres de l'Immigration du Canada ont condamné l'invasion de l'Ukraine": an auxiliary after the
                        // list's first actor ends it; what follows is the object of a verb of their own. (Before the first
                        // actor it belongs to the verb of attendance: "Taking part will be the ministers of A".)
                        if lenient, !isFirst, gap.contains(where: { DocumentReader.listEndingAuxiliaries.contains($0.key) }) { break }
                        // "Delegates from A and B discussed the protection of migrants from C", "the ministers of A and B
                        // reviewed the return of nationals to C": the list's own verb, with its object after it, ends the
                        // list; what follows is what the participants did or spoke of.
                        if lenient, !isFirst, DocumentReader.opensPredicate(last..<position, in: sentence) { break }
                        // "hosted in Niamey by Niger, and Mali and Chad took part": ", and" before the subject of a verb of
                        // its own ends the list.
                        if !isFirst, !lenient, gap.contains(where: { $0.key == "," }), gap.contains(where: { ["and", "et"].contains($0.key) }),
                            sentence.triggers.contains(where: { $0.trigger.direction == .before && $0.range.lowerBound >= mention.range.upperBound })
                        {
                            break
                        }
                        // "under the outgoing Moroccan Chairmanship": a chairmanship named in passing, not a participant.
                        // "chaired by the Moroccan Presidency", "organised by the Czech Presidency": a country's chairmanship that
                        // the role word names directly acts for the country.
                        let actsAsChair =
                            !lenient && isFirst && mention.range.upperBound < tokens.count
                            && DocumentReader.chairWords.contains(tokens[mention.range.upperBound].key)
                            && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                        // "at the invitation of Angolan President X": a country's head of state speaks for the country.
                        let headOfState =
                            mention.range.upperBound < tokens.count && ["president", "presidente"].contains(tokens[mention.range.upperBound].key)
                            && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                        let namesChair =
                            !actsAsChair && !headOfState && mention.range.upperBound < tokens.count
                            && (DocumentReader.chairWords.contains(tokens[mention.range.upperBound].key)
                                || DocumentReader.titleWords.contains(tokens[mention.range.upperBound].key))
                        // "présidée par X de Côte d'Ivoire, président en exercice de la Conférence ... de l'UEMOA", "chaired by
                        // Y of Ghana, Chairperson of ECOWAS": the body a holder's chair title names is not a holder itself.
                        let titleHolders: Set<String> = [
                            "president", "presidente", "chair", "chairperson", "chairman", "chairwoman", "chair-in-office", "chairperson-in-office",
                        ]
                        let bodyOfTitle =
                            !lenient
                            && (sentence.namesChairedBody(mention)
                                || !isFirst && mention.actorID.map { gazetteer.actors[$0]?.kind == .organisation } == true
                                    && gap.contains { titleHolders.contains($0.key) })

                        let heldByInner = inner.contains { role in
                            role.upperBound <= mention.range.lowerBound && depthAt[role.lowerBound] > depthAt[entry.range.lowerBound]
                                && (role.upperBound...mention.range.lowerBound).allSatisfy { depthAt[$0] >= depthAt[role.lowerBound] }
                        }
                        // "du Mali, pays d'accueil,": the host named in apposition is the host, not a participant.
                        let hostInApposition =
                            lenient && mention.range.upperBound + 1 < tokens.count && tokens[mention.range.upperBound].key == ","
                            && sentence.triggers.contains {
                                $0.trigger.direction == .adjacent && $0.trigger.relation == .hosts && $0.range.lowerBound == mention.range.upperBound + 1
                            }
                        // "met in Lima, Peru", "se réunissent à Marrakech, au Maroc", "les ambassadeurs en Tunisie": a country
                        // named as where people meet or serve is a place, not a participant.
                        // "between the OIC Secretariat in Jeddah, UNHCR and Pakistan": an organisation after a city is listed.
                        let namesPlace =
                            lenient && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                            && (isPlaceComplement(mention, in: sentence) || DocumentReader.namesCityOfCountry(mention, in: tokens))
                        if let id = mention.actorID, !namesChair, !bodyOfTitle, !heldByInner, !hostInApposition, !namesPlace,
                            !standsForMembers(mention, in: sentence),
                            !DocumentReader.isAccreditation(mention, in: tokens),
                            // "attended by the former President of Mali": a former office speaks for no country.
                            !(lenient && DocumentReader.namesFormerOffice(before: mention.range.lowerBound, in: tokens)),
                            // "representatives of 13 countries met on the Venezuelan refugee crisis": a country the meeting talks of.
                            !(lenient && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                                && DocumentReader.namesTopic(mention, in: tokens)),
                            // "The gathering - entitled ‘The Initiative at Thirty’ - brought together": a body in the title.
                            !(lenient && DocumentReader.namedInTitle(mention, in: sentence))
                        {
                            actors.append((id, nil))
                            if DocumentReader.isMarkedChair(mention, in: tokens) { markedChairs.insert(id) }
                        }
                        claimed.insert(mention.range.lowerBound)
                        if DocumentReader.speaksFor(entry.range, in: tokens) { spokenFor.insert(mention.range.lowerBound) }
                        // The title word belongs to the list's gap: "the outgoing SADC Chairperson, the Government of Zambia".
                        last = namesChair ? mention.range.upperBound + 1 : mention.range.upperBound
                        position = mention.range.upperBound
                        nextMention = mentions.next()
                        continue
                    }
                    // "ANGOLA, BENIN, BOURKINA FASO, BURUNDI": a country's name misspelt in a list written in capitals.
                    if lenient, tokens[position].isAcronym, tokens[position].kind == .word, gazetteer.actors[tokens[position].text] == nil,
                        isWordInCapitals(at: position, in: sentence), let misspelt = misspeltCountry(at: position, in: tokens)
                    {
                        actors.append((misspelt.id, "'\(misspelt.text)' read as a misspelt name of \(misspelt.id): check it"))
                        position += misspelt.width
                        last = position
                        continue
                    }
                    if lenient, tokens[position].isAcronym, tokens[position].text.count >= 3, tokens[position].text.count <= 10,
                        !DocumentReader.notOrganisations.contains(tokens[position].text.uppercased()), !tokens[position].text.contains(where: \.isNumber),
                        !DocumentReader.newsAgencies.contains(tokens[position].text.uppercased()),
                        // "43 ASEM countries", "the CILSS member states": the body's members, not the body.
                        position + 1 >= tokens.count || !DocumentReader.memberWords.contains(tokens[position + 1].key),
                        // "the Member States of the Central European Initiative (CEI)": the acronym repeats a name that stands
                        // for the members.
                        !DocumentReader.abbreviatesMembersOf(position, in: tokens),
                        // "la Banque africaine de développement (BAD)": an acronym in brackets right after a known name repeats it.
                        !(position >= 2 && tokens[position - 1].key == "("
                            && sentence.mentions.contains { $0.actorID != nil && $0.range.upperBound == position - 1 }),
                        !isWordInCapitals(at: position, in: sentence),
                        // "the XII South American Conference": a Roman numeral is no organisation.
                        !tokens[position].text.allSatisfy({ "IVXLC".contains($0) }),
                        sentence.dates.allSatisfy({ !$0.range.contains(position) })
                    {
                        let id = tokens[position].text
                        if gazetteer.actors[id] == nil {
                            gazetteer.add(KnownActor(id: id, name: id, kind: .organisation, attributes: ["acronym": id], aliases: [id]))
                            learned[id] = provenance
                        }
                        actors.append((id, "organisation '\(id)' is not in the gazetteer: check it"))
                        last = position + 1
                    }
                    position += 1
                }
            case .before:
                var start = entry.range.lowerBound
                var skipped: [Range<Int>] = []
                var previous = triggerIndex - 1
                // "Mauritania, which hosts the secretariat of the forum, took part": a relative clause between commas,
                // with its own verbs, is skipped; its subject is kept.
                // So is one opened by "whose", "dont", or a preposition and its pronoun: "Liberia, whose president
                // visited Berlin, was represented", "Le Maroc, avec qui l'Espagne a signé un accord, sera représenté".
                if let relative = DocumentReader.relativeClause(before: start, in: tokens) {
                    skipped.append(relative)
                    start = relative.lowerBound
                    while previous >= 0, sentence.triggers[previous].range.lowerBound >= start { previous -= 1 }
                }
                while start > 0 {
                    let token = tokens[start - 1]
                    // "Mauritania, which hosts the secretariat, took part": a relative clause between commas is skipped,
                    // its subject kept.
                    if ["which", "who", "qui"].contains(token.key), start >= 2, tokens[start - 2].key == ",",
                        tokens[start..<entry.range.lowerBound].contains(where: { $0.key == "," })
                    {
                        let clauseClose = tokens[start..<entry.range.lowerBound].lastIndex { $0.key == "," }!
                        skipped.append(start - 1..<clauseClose + 1)
                        start -= 2
                        continue
                    }
                    // "Kazakhstan, which hosted the consultation", "le Niger, qui a accueilli la réunion": a relative clause that
                    // opens at the role word has its antecedent, the actor right before the comma, as subject. Not when a
                    // name follows the role word ("the Solomon Islands, which are hosting the PIF Leaders' Meeting" next
                    // month, on a page about the ministers' meeting): an aside about a meeting named so may be another.
                    if ["which", "who", "qui"].contains(token.key), start >= 3, tokens[start - 2].key == ",",
                        tokens[start..<entry.range.lowerBound].allSatisfy({ DocumentReader.relativeAuxiliaries.contains($0.key) }),
                        !tokens[entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 4)].contains(where: {
                            $0.kind == .word && $0.isCapitalized
                        }),
                        let antecedent = sentence.roleMentions.first(where: { $0.actorID != nil && $0.range.upperBound == start - 2 })
                            ?? officeAntecedent(endingAt: start - 2, in: sentence)
                    {
                        start = antecedent.range.lowerBound
                        break
                    }
                    // "Ms A, representing the EU, and Mr. B, representing Morocco, as co-chairs, opened": an abbreviation's full
                    // stop ends no clause.
                    if DocumentReader.clauseEnds.contains(token.key) && !DocumentReader.isAbbreviationDot(tokens, at: start - 1) { break }
                    // "GENEVA, May 9 (APO) -- ECOWAS and IOM hosted": a double dash ends a dateline.
                    if token.key == "-", start >= 2, tokens[start - 2].key == "-" { break }
                    if previous >= 0, sentence.triggers[previous].range.upperBound == start {
                        // A list of the same role may continue past it ("X, in collaboration with Y, organised").
                        let before = sentence.triggers[previous].trigger
                        // A neutral phrase ("with support from") does not end the subject's clause: it is set aside below; nor
                        // does a partner between commas ("The Venezuelan government, in cooperation with IOM, is hosting").
                        let aside =
                            before.relation == .organises && before.direction == .after && sentence.triggers[previous].range.lowerBound > 0
                            && tokens[sentence.triggers[previous].range.lowerBound - 1].key == ","
                        // Nor a capacity in apposition: "Turkey, as the Chair of the Process, hosted".
                        // Nor whom a person speaks for, before a host's or a chair's verb: "Ms A, representing the EU, and Mr
                        // B, representing Morocco, as co-chairs, opened the meeting".
                        let speaking =
                            (relation == .hosts || relation == .coChairs) && DocumentReader.speaksFor(sentence.triggers[previous].range, in: tokens)
                        let neutral =
                            before.relation == nil && !before.continuesPrevious || aside || speaking
                            || DocumentReader.namesCapacity(sentence.triggers[previous].range, in: tokens)
                        if !neutral && (before.relation != relation || before.direction != .after) { break }
                        previous -= 1
                    }
                    start -= 1
                }
                // "ABU DHABI, (UrduPoint / Pakistan Point News / WAM) The UAE is hosting": what brackets hold before the
                // subject is an aside, not the subject.
                // "Two international organisations (UNHCR and IOM) also participated": brackets that hold the only actors
                // are the subject.
                let depthAt = DocumentReader.bracketDepths(tokens)
                // "The President of Malawi, the current Chairperson of SADC, chaired the council": the forum a chair title
                // names hosts or chairs nothing itself.
                let candidates = sentence.roleMentions.filter { mention in
                    mention.actorID != nil && mention.range.lowerBound >= start && mention.range.upperBound <= entry.range.lowerBound
                        && (!claimed.contains(mention.range.lowerBound)
                            || (relation == .hosts || relation == .coChairs) && spokenFor.contains(mention.range.lowerBound))
                        && !standsForMembers(mention, in: sentence)
                        && !((relation == .hosts || relation == .coChairs) && sentence.namesChairedBody(mention))
                        && !skipped.contains { $0.contains(mention.range.lowerBound) }
                }
                // "des envoyés des agences onusiennes (CNULCD, HCR, OIM) ont assisté": brackets right after a plural noun of
                // participants hold the subject itself.
                let groupBrackets = Set(
                    tokens.indices.filter { position in
                        tokens[position].key == "(" && position > 0 && position >= start && position < entry.range.lowerBound
                            && tokens[max(0, position - 2)..<position].contains { DocumentReader.participantGroupNouns.contains($0.key) }
                    })
                var outside = candidates.filter { mention in
                    depthAt[mention.range.lowerBound] <= depthAt[entry.range.lowerBound]
                        || (relation == .attends || relation == .observes)
                            && (tokens[..<mention.range.lowerBound].lastIndex { $0.key == "(" }.map { groupBrackets.contains($0) } == true
                                || abbreviatesAnUnknownName(mention, in: sentence) && depthAt[mention.range.lowerBound] == depthAt[entry.range.lowerBound] + 1)
                }
                if outside.isEmpty { outside = candidates }
                // "held in Putrajaya, Malaysia ..., Pakistan has offered to host": a country named as where something
                // is, is no subject of the verb.
                // "Kagame arrived in Luanda, Angola, to attend": a country named as where someone arrives is no participant
                // either.
                outside.removeAll { mention in
                    isPlaceComplement(mention, in: sentence)
                        && (relation != .attends && relation != .observes || mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true)
                }
                // "L'ancien président du Mali a pris part": who held an office once speaks for no country now.
                if relation == .attends || relation == .observes {
                    outside.removeAll { DocumentReader.namesFormerOffice(before: $0.range.lowerBound, in: tokens) }
                    outside.removeAll { mention in
                        mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                            && (DocumentReader.namesCityOfCountry(mention, in: tokens) || DocumentReader.namesTopic(mention, in: tokens))
                    }
                }
                outside.removeAll { DocumentReader.isAccreditation($0, in: tokens) }
                // "The National Anti-Trafficking Council (NATC) of Ghana hosted": a national body named with its country
                // acts for the country, named beside it.
                let named = outside
                outside.removeAll { mention in
                    guard let id = mention.actorID, gazetteer.actors[id]?.kind != .country else { return false }
                    var next = mention.range.upperBound
                    // "(NATC) of Ghana": its acronym in brackets, or the bracket that closes it, stands between.
                    if next < tokens.count, tokens[next].key == ")" { next += 1 }
                    if next + 2 < tokens.count, tokens[next].key == "(", tokens[next + 2].key == ")" { next += 3 }
                    guard next < tokens.count, ["of", "de", "du", "d'"].contains(tokens[next].key) else { return false }
                    return named.contains { other in
                        other.range.lowerBound > next && other.range.lowerBound <= next + 2
                            && other.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                    }
                }
                // "Malawi, with support from IOM and the United States, is hosting": what a neutral phrase names is its
                // own, when the clause has a subject before it.
                if let neutral = sentence.triggers.first(where: {
                    ($0.trigger.relation == nil && !$0.trigger.continuesPrevious
                        || $0.trigger.relation == .organises && $0.trigger.direction == .after && $0.range.lowerBound > 0
                            && tokens[$0.range.lowerBound - 1].key == ",")
                        && $0.range.lowerBound >= start && $0.range.upperBound <= entry.range.lowerBound
                }), outside.contains(where: { $0.range.upperBound <= neutral.range.lowerBound }) {
                    outside.removeAll { $0.range.lowerBound >= neutral.range.upperBound }
                }
                for mention in outside {
                    actors.append((mention.actorID!, nil))
                    if DocumentReader.isMarkedChair(mention, in: tokens) { markedChairs.insert(mention.actorID!) }
                }
            // A meeting is the subject of its own verbs: "The meeting hosted ..." gives no actor.
            case .adjacent:
                // "the host, President Eduardo dos Santos of Angola": a person named by an office of the country, further on
                // in the same clause.
                let clauseEnd = tokens[entry.range.upperBound...].firstIndex { DocumentReader.clauseEnds.contains($0.key) } ?? tokens.count
                // "The President of the host country welcomed the delegations of Togo": an actor past a verb is its object,
                // not the host named in apposition; only names, titles and their small words may stand between.
                let appositive = { (mention: Mention) in
                    DocumentReader.isAppositionGap(tokens[entry.range.upperBound..<mention.range.lowerBound])
                }
                // "Ghana, the host country of ECOWAS", "le Sénégal, pays hôte de la CEDEAO": a body after "of" is the one whose
                // meeting the country hosts, not the host.
                // (The words matched may stop short of the noun: "the host" of "the host country of ECOWAS".)
                var of = entry.range.upperBound
                if of < tokens.count, DocumentReader.hostCountryNouns.contains(tokens[of].key) { of += 1 }
                let afterOf = of < tokens.count && DocumentReader.ofWords.contains(tokens[of].key)
                let known = gazetteer
                let hostsABody = { (mention: Mention) in afterOf && mention.actorID.map { known.actors[$0]?.kind != .country } == true }
                let after =
                    sentence.roleMentions.first {
                        $0.actorID != nil && $0.range.lowerBound >= entry.range.upperBound && $0.range.lowerBound <= entry.range.upperBound + 3
                            && appositive($0) && !hostsABody($0)
                    }
                    ?? sentence.roleMentions.first {
                        $0.actorID.map { gazetteer.actors[$0]?.kind == .country } == true && $0.range.lowerBound >= entry.range.upperBound
                            && $0.range.lowerBound <= min(clauseEnd, entry.range.upperBound + 10)
                            && DocumentReader.namesOfficeHolder($0, in: tokens) && appositive($0)
                    }
                // "Senegal, the host country", "Mali (pays hôte)"; not "the United States, apart from the host country".
                let before = sentence.roleMentions.last {
                    $0.actorID != nil && $0.range.upperBound <= entry.range.lowerBound && $0.range.upperBound + 3 >= entry.range.lowerBound
                        && tokens[$0.range.upperBound..<entry.range.lowerBound].allSatisfy {
                            [",", "as", "(", "the", "-", "is", "was", "en", "tant", "que", "comme", "le", "la", "l'"].contains($0.key)
                        }
                }
                // "venus du Mali, pays d'accueil, du Bénin", "Ghana, the host country, welcomed ministers from Togo": an
                // apposition closed by a comma names the actor before it.
                let apposition =
                    before.map { mention in
                        let gap = tokens[mention.range.upperBound..<entry.range.lowerBound].map(\.key)
                        return gap == [","] || gap.count == 2 && gap[0] == "," && ["the", "le", "la", "l'"].contains(gap[1])
                    } == true
                    && (entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 3)).first { tokens[$0].key == "," }.map { comma in
                        // "the host country,": the words matched may stop short of the noun ("the host").
                        tokens[entry.range.upperBound..<comma].allSatisfy { $0.kind == .word && !$0.isCapitalized }
                    } == true
                if let id = (apposition ? before : after ?? before)?.actorID { actors.append((id, nil)) }
            }
            actors = actors.filter { gazetteer.actors[$0.id]?.kind != .meeting && !isNewsAgency($0.id) }
            // "The Sixth ASEM Immigration Directors' Meeting was attended by ...", "its 26th Regular Annual Meeting (RAM)":
            // the body that names the meeting convenes it; it is no participant.
            if relation == .attends || relation == .observes {
                let convening = actors.filter { onlyNamesTheMeeting($0.id, in: sentence) }.map(\.id)
                setAside(
                    convening, relation: relation, object: "(the meeting's own body)", rule: entry.trigger.rule + "+names-meeting", provenance: provenance,
                    review: "the body that names the meeting, not a participant; not recorded")
                actors.removeAll { convening.contains($0.id) }
            }
            // "Le MIDWA réunit les Etats membres de la CEDEAO", "The Process brings together 50 countries": what a
            // dialogue gathers are its members, not a meeting's participants.
            if relation == .attends, direction == .after,
                let subject = sentence.roleMentions.last(where: { $0.range.upperBound <= entry.range.lowerBound }),
                subject.actorID.map({ gazetteer.actors[$0]?.kind == "dialogue" }) == true,
                !tokens[subject.range.upperBound..<entry.range.lowerBound].contains(where: { DocumentReader.clauseEnds.contains($0.key) || $0.key == "," }),
                !sentence.meetingWords.contains(where: { $0.range.lowerBound < entry.range.lowerBound })
            {
                previousRelation = nil
                continue
            }
            // "The Three Seas Initiative brings together thirteen states, namely ...", "l'organisation, qui regroupe six pays":
            // a gathering verb in the present, with no meeting before it and neither date nor place in its sentence, says
            // what a body is made of, not who came to a meeting.
            if relation == .attends, direction == .after, DocumentReader.namesMembership(entry.range, in: sentence) {
                setAside(
                    actors.map(\.id), relation: relation, object: "(membership)", rule: entry.trigger.rule + "+membership", provenance: provenance,
                    review: "a body's membership, not attendance at a meeting; not recorded")
                previousRelation = nil
                continue
            }
            // A dialogue is the frame of its meetings, not a participant: it does not host, chair or attend ("Marking the
            // anniversary of the Budapest Process, Turkey hosted ...", "brought together Rabat Process partner countries").
            actors = actors.filter { gazetteer.actors[$0.id]?.kind != "dialogue" }
            // "Le Processus de Lomé a été présidé par le Togo en 2019", "The Forum, chaired by Turkey since July 2014": what
            // chairs the dialogue holds its chairmanship; it is no co-chair of a meeting.
            if relation == .coChairs, direction == .after, !actors.isEmpty,
                let subject = sentence.mentions.last(where: { $0.range.upperBound <= entry.range.lowerBound }),
                let dialogue = subject.actorID, gazetteer.actors[dialogue]?.kind == "dialogue", !sentence.titleModifiers.contains(subject.range.lowerBound),
                !tokens[subject.range.upperBound..<entry.range.lowerBound].contains(where: { [".", ";"].contains($0.key) }),
                !sentence.meetingWords.contains(where: { $0.range.lowerBound >= subject.range.lowerBound && $0.range.upperBound <= entry.range.lowerBound })
            {
                let year = sentence.dates.first.map { PartialDate(year: $0.start.year, month: $0.start.month) ?? $0.start }
                for actor in actors where gazetteer.actors[actor.id]?.kind == .country {
                    chairs.append(
                        ChairFact(holder: actor.id, dialogue: dialogue, kind: .holds, date: year, rule: "dialogue-chaired-by", provenance: provenance))
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: "presidency", object: "\(dialogue) holds\(year.map { " \($0)" } ?? "")", rule: "dialogue-chaired-by",
                            provenance: provenance, review: year == nil ? "date of the chairmanship unknown" : nil))
                }
                previousRelation = nil
                continue
            }
            // "the needs of communities in host countries, including Lebanon": countries that host refugees, not a meeting.
            if entry.trigger.rule == "host-countries", entry.range.lowerBound > 0,
                DocumentReader.hostCountryPrepositions.contains(tokens[entry.range.lowerBound - 1].key)
            {
                previousRelation = nil
                continue
            }
            // "Mali will hold the chairmanship": holding an office, not organising a meeting.
            if relation == .organises, direction == .before, tokens[entry.range].contains(where: { ["hold", "holding"].contains($0.key) }),
                tokens[entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 4)].contains(where: {
                    DocumentReader.chairWords.contains($0.key) || DocumentReader.titleWords.contains($0.key) || ["office", "post", "position"].contains($0.key)
                })
            {
                previousRelation = nil
                continue
            }
            // "happy to host the permanent secretariat", "Vienna hosts the offices of several agencies": hosting an office,
            // not the meeting.
            if relation == .hosts, direction == .before,
                tokens[entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 4)].contains(where: {
                    ["secretariat", "headquarters", "seat", "siege", "sieges", "secretariats", "office", "offices", "bureau", "bureaux"].contains($0.key)
                })
            {
                previousRelation = nil
                continue
            }
            // "the meeting host", "a host": the noun, not the verb, has no subject before it; "welcomed the decision":
            // approval, not hosting (welcoming hosts people or a meeting).
            if relation == .hosts, direction == .before, entry.trigger.rule == "subject-hosted" {
                let words = tokens[entry.range].map(\.key)
                let before = entry.range.lowerBound > 0 ? tokens[entry.range.lowerBound - 1].key : ""
                if words == ["host"], ["the", "a", "meeting", "event", "conference", "its", "their", "as"].contains(before) {
                    previousRelation = nil
                    continue
                }
                // "the RAM host and Solomon Islands Acting Director": the verb takes an object; the noun is followed by
                // "and", a comma or a name.
                if words == ["host"], entry.range.upperBound < tokens.count, DocumentReader.afterHostNoun.contains(tokens[entry.range.upperBound].key) {
                    previousRelation = nil
                    continue
                }
            }
            // "the first annual meeting to be hosted in Solomon Islands", "the session was co-chaired": a passive verb
            // without "by" has the meeting as its subject, not the host or the chair.
            if relation == .hosts || relation == .coChairs, direction == .before, entry.range.lowerBound > 0,
                ["subject-hosted", "subject-chaired"].contains(entry.trigger.rule),
                DocumentReader.isFrenchPassive(entry.range, in: tokens)
                    || entry.range.count == 1 && ["hosted", "co-hosted", "chaired", "co-chaired"].contains(tokens[entry.range.lowerBound].key)
                        && (DocumentReader.passiveAuxiliaries.contains(tokens[entry.range.lowerBound - 1].key)
                            // "to be ever hosted in", "was also chaired": one adverb between.
                            || entry.range.lowerBound > 1 && DocumentReader.passiveAuxiliaries.contains(tokens[entry.range.lowerBound - 2].key)
                                && ["ever", "also", "already", "first", "once", "jointly", "successfully", "again", "officially"].contains(
                                    tokens[entry.range.lowerBound - 1].key))
            {
                previousRelation = nil
                continue
            }
            if relation == .hosts, direction == .before, entry.trigger.rule == "subject-hosted" {
                let words = tokens[entry.range].map(\.key)
                // "welcomed the decision", "received funding": approval or a gift, not hosting; welcoming or receiving
                // people ("received his counterparts from A and B") or a meeting is.
                if words.contains(where: { ["welcomed", "welcomes", "receive", "received", "receives", "receiving", "recu", "recoit", "recevra"].contains($0) })
                {
                    let object = tokens[entry.range.upperBound..<min(tokens.count, entry.range.upperBound + 5)]
                    let people = Self.rolesPeople
                    let meetingWord = sentence.meetingWords.contains { object.indices.contains($0.range.lowerBound) }
                    if !meetingWord, !object.contains(where: { people.contains($0.key) }) {
                        previousRelation = nil
                        continue
                    }
                }
            }
            // "The EU sent a delegation to Niger to assess the situation": a delegation sent to a country, not to the meeting.
            if relation == .attends, direction == .before,
                tokens[entry.range].contains(where: { ["sent", "envoye", "depeche"].contains($0.key) }),
                entry.range.upperBound + 1 < tokens.count, ["to", "au", "en", "a"].contains(tokens[entry.range.upperBound].key),
                sentence.mentions.contains(where: { mention in
                    mention.range.lowerBound > entry.range.upperBound && mention.range.lowerBound <= entry.range.upperBound + 2
                        && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                })
            {
                previousRelation = nil
                continue
            }
            // "Representatives from IOM, ILO and the EU will also take part in the Dialogue as observers": the clause
            // makes the whole list observers.
            if relation == .attends, direction == .after {
                let clauseEnd = tokens[entry.range.upperBound...].firstIndex { $0.key == ";" || $0.key == "." } ?? tokens.count
                if sentence.triggers.contains(where: {
                    $0.trigger.relation == .observes && $0.trigger.direction == .before && $0.range.lowerBound > entry.range.lowerBound
                        && $0.range.lowerBound < clauseEnd
                }) {
                    relation = .observes
                }
            }
            // "The three working tables were chaired by Switzerland and Pakistan": the chairs of a part of the meeting
            // take part in it; they do not chair it.
            var scope = ""
            if relation == .coChairs,
                DocumentReader.namesSubSession(sentence, before: entry.range.lowerBound)
                    || direction == .before && DocumentReader.namesSubSession(sentence, after: entry.range.upperBound)
            {
                relation = .attends
                scope = "+sub-session"
            }
            // "Le Forum, qui a été présidé par la Turquie depuis le 1er juillet 2014", "Bangladesh has chaired the
            // Platform since 2022": a chair held since a date is the dialogue's chairmanship, not the meeting's chair.
            if relation == .coChairs, let since = DocumentReader.chairedSince(after: entry.range.upperBound, in: sentence) {
                for actor in actors where gazetteer.actors[actor.id]?.kind == .country {
                    chairs.append(
                        ChairFact(holder: actor.id, dialogue: mainDialogue, kind: .starts, date: since, rule: "chaired-since", provenance: provenance))
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: "presidency", object: "\(mainDialogue ?? "(dialogue?)") starts \(since)", rule: "chaired-since",
                            provenance: provenance, review: nil))
                }
                previousRelation = nil
                continue
            }
            // "Austria hosts the offices of the secretariat", "le secrétariat, accueilli par le Sénégal": hosting an office is
            // no hosting of a meeting; set aside for review.
            if relation == .hosts, DocumentReader.hostsAnOffice(entry.range, direction: direction, in: sentence) {
                setAside(
                    actors.map(\.id), relation: relation, object: "(an office)", rule: entry.trigger.rule + "+office", provenance: provenance,
                    review: "hosting an office or a secretariat, not a meeting; not recorded")
                previousRelation = nil
                continue
            }
            // "hosted a dinner", "migrants in host countries", "a convention adopted under the aegis of UNESCO": no
            // meeting's host; set aside for review.
            if relation == .hosts, let review = DocumentReader.hostsNoMeeting(entry.range, rule: entry.trigger.rule, direction: direction, in: sentence) {
                setAside(
                    actors.map(\.id), relation: relation, object: "(not a meeting)", rule: entry.trigger.rule + "+not-meeting", provenance: provenance,
                    review: review)
                previousRelation = nil
                continue
            }
            // "Doha hosts the meeting", "the Interior Ministry is hosting the conference", "chaired by the Minister of
            // Foreign Affairs": a host or chair named by its city or by a national office without its country.
            var namedRule = capacityRule ?? entry.trigger.rule
            // "The President of the host country welcomed the delegations", "la présidente du pays hôte, Mme N, a ouvert
            // les travaux": the host country named by its role alone is the country the meeting is held in (rule
            // `host-country-of-venue`).
            if actors.isEmpty, relation == .hosts, let venue = hostCountryOfVenue(entry.range, rule: entry.trigger.rule, in: sentence) {
                actors.append((venue, nil))
                namedRule = "host-country-of-venue"
            }
            if actors.isEmpty, relation == .hosts || relation == .coChairs || relation == .organises,
                let named = unnamedCountry(of: entry, direction: direction, relation: relation, in: sentence)
            {
                actors.append((named.id, nil))
                namedRule = named.rule
            }
            // "Minister for Home Affairs X took part in the conference" on a Maltese site, abroad: the page's own country
            // speaks of its minister without naming it (rule `office-of-publisher`). Not the venue's country: a national
            // office there is as often the host's, and the venue alone is no presence.
            if actors.isEmpty, relation == .attends, let named = unnamedCountry(of: entry, direction: direction, relation: relation, in: sentence),
                named.rule == "office-of-publisher"
            {
                actors.append((named.id, nil))
                namedRule = named.rule
            }
            guard !actors.isEmpty else { continue }
            // "was not able to host"; and after a list, "Representatives of Ghana were expected but could not travel".
            let clauseEnd = tokens[entry.range.upperBound...].firstIndex { $0.key == ";" || $0.key == "." } ?? tokens.count
            let deniedAfter =
                direction == .after && (relation == .attends || relation == .observes)
                && tokens[entry.range.upperBound..<clauseEnd].contains { ["not", "unable", "n't", "cannot"].contains($0.key) || $0.key.hasSuffix("n't") }
            // "Fiji couldn't host": a contracted negation is one word.
            let negated =
                sentence.precededBy(entry.range.lowerBound, within: 3, anyOf: RoleTrigger.negations)
                || tokens[max(0, entry.range.lowerBound - 3)..<entry.range.lowerBound].contains { $0.key.hasSuffix("n't") }
                || (entry.trigger.direction == .before && tokens[entry.range].contains { $0.key == "not" }) || deniedAfter
            // "Pakistan has offered to host the conference", "Spain is ready to co-chair": an offer or a wish, not a role
            // held; set aside for review.
            // "Guterres is also likely to attend", "le président togolais devrait participer": a hedged presence is no
            // presence stated; set aside for review like an intention.
            let intended =
                direction == .before && DocumentReader.isIntention(before: entry.range.lowerBound, in: tokens)
                || (relation == .attends || relation == .observes) && !negated && DocumentReader.isHedged(before: entry.range.lowerBound, in: tokens)
            let rule = namedRule + scope + capacity + (intended ? "+intended" : "")
            if relation == .absent {
                if !negated, !intended {
                    for actor in actors { recordAbsence(actor.id, rule: rule, meeting: current, provenance: provenance) }
                }
                previousRelation = nil
                continue
            }
            // "Some representatives of third countries, including Libya, were also invited", "La Libye et le Niger comptent
            // parmi les pays invités à cette rencontre": guests whose presence the sentence does not state take no part.
            if relation == .attends || relation == .observes, DocumentReader.onlyInvited(tokens) {
                for actor in actors {
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: relation.rawValue, object: "(invited)", rule: rule + "+invited", provenance: provenance,
                            review: "invited, with no presence stated: not recorded"))
                }
                previousRelation = nil
                continue
            }
            // "Launched in 2006 at the initiative of Spain, France ...", "la réunion annuelle ..., qui sera co-présidée par
            // le Maroc et l'Allemagne": in the report of a meeting held, a role dated years before it or said in the
            // future belongs to another meeting.
            if let index = current, !drafts[index].isPlanned {
                // ("concluded on 28 June 2019": a meeting known by its last day, its start only to the month.)
                let held = drafts[index].start?.day == nil && drafts[index].end?.day != nil ? drafts[index].end : drafts[index].start
                // "Ecuador, as 2019 Chair of the Forum, hosts this summit" in January 2020: a year written next to a chair
                // word dates the chairmanship, not the meeting.
                // "Le Maroc, avec qui l'Espagne a signé un accord en 2019, sera représenté": a year in a relative clause
                // between the subject and its verb dates what the clause says, not the role.
                let aside = DocumentReader.relativeClause(before: entry.range.lowerBound, in: tokens)
                let stated = sentence.dates.filter {
                    !$0.isRelative && !DocumentReader.datesChairmanship($0, in: tokens) && aside?.contains($0.range.lowerBound) != true
                }
                // "The previous ministerial meeting was hosted by Brunei", "past meetings were chaired by": a role of an
                // earlier meeting named as such in the clause.
                let clause = DocumentReader.clause(around: entry.range, in: tokens)
                let previous = sentence.meetingWords.contains {
                    clause.contains($0.range.lowerBound) && sentence.precededBy($0.range.lowerBound, within: 3, anyOf: DocumentReader.previousWords)
                }
                // "Previous Expert Working Group Meetings were hosted by the Philippines", "the previous AMMTC was hosted
                // by Malaysia two years ago": an earlier time said in the clause before the role word (a name of a
                // meeting the list of types does not hold), or "ago" anywhere in it.
                let earlier =
                    tokens[clause.lowerBound..<entry.range.lowerBound].contains { DocumentReader.previousWords.contains($0.key) }
                    || tokens[clause].contains { $0.key == "ago" }
                let past = previous || earlier || held?.day != nil && !stated.isEmpty && stated.allSatisfy { $0.start.year < held!.year }
                // "The Fifth Forum will be hosted by Egypt" on the forum's own page names the meeting reported; "the next
                // ministerial conference will be hosted by Mali" in a senior officials' meeting's report names another.
                let namesAnother = sentence.meetingWords.contains {
                    !sentence.precededBy($0.range.lowerBound, within: 2, anyOf: ["this", "these", "cette", "ce", "ces"])
                        && (sentence.isReferenceWord(at: $0.range.lowerBound) || !MeetingTypes.compatible($0.match.type, drafts[index].type))
                }
                // "Madagascar accueillera également une réunion ministérielle en mars": the French future is one word.
                // "the first Pacific COP to be hosted by Australia": an infinitive is to come too.
                let toBe = entry.range.lowerBound >= 2 && tokens[entry.range.lowerBound - 2].key == "to" && tokens[entry.range.lowerBound - 1].key == "be"
                // "approved the offer of The Bahamas to host the 50th General Assembly in 2020", at a meeting of 2019: a host
                // or chair whose clause gives only later years than the meeting's belongs to a later meeting.
                let clauseDates = stated.filter { clause.contains($0.range.lowerBound) }
                let later =
                    (relation == .hosts || relation == .coChairs) && held?.day != nil && !clauseDates.isEmpty
                    && clauseDates.allSatisfy { $0.start.year > held!.year }
                // "The plenary will be co-chaired by Nepal next year", "sera accueillie l'an prochain par le Mali": a role to
                // come at the next time named is another meeting's.
                let nextTime =
                    (sentence.precededBy(entry.range.lowerBound, within: 3, anyOf: ["will", "shall", "sera", "seront"])
                        || tokens[entry.range].contains { DocumentReader.isFrenchFuture($0) })
                    && tokens[clause].indices.contains { index in
                        let key = tokens[index].key
                        return key == "next" && index + 1 < tokens.count && ["year", "month", "session", "edition"].contains(tokens[index + 1].key)
                            || ["prochain", "prochaine"].contains(key) && index > 0 && ["an", "annee", "session", "edition"].contains(tokens[index - 1].key)
                    }
                let future =
                    later || toBe || nextTime
                    || namesAnother
                        && (sentence.precededBy(entry.range.lowerBound, within: 3, anyOf: ["will", "shall", "sera", "seront", "would"]) || toBe
                            || tokens[entry.range].contains { DocumentReader.isFrenchFuture($0) })
                if past || future {
                    for actor in actors {
                        facts.append(
                            ExtractedFact(
                                subject: actor.id, relation: relation.rawValue, object: "(another meeting)", rule: rule + (past ? "+history" : "+future"),
                                provenance: provenance, review: "a role said of an earlier or later meeting, not given to the one reported"))
                    }
                    previousRelation = nil
                    continue
                }
            }
            guard let index = current else {
                // "Senegal will host a regional meeting on migration." then "It will take place on 3 October in Dakar.":
                // the roles wait for the meeting the next sentences open. Not from a sentence with dates ("After Accra in
                // 2015 and Djibouti in 2018, it is North Africa's turn to host"): those name other meetings.
                if !negated, !intended, sentence.meetingWord != nil, sentence.dates.isEmpty {
                    for actor in actors {
                        pendingRoles.append(
                            (RoleFact(actor: actor.id, relation: relation, rule: rule + "+announced", provenance: provenance, review: actor.review), 3))
                    }
                    continue
                }
                // "Delegations from A and B" above the sentence that dates the meeting: participants wait for the page's own
                // meeting (see `attachFrameParticipants`).
                let waits = (relation == .attends || relation == .observes) && !negated && !intended
                for actor in actors {
                    if waits, participantTarget(spokenOfIn: sentence) == .frame, !hasRole(actor.id, in: .frame) {
                        addParticipant(actor.id, relation: relation, rule: rule, provenance: provenance, sentence: sentence, to: .frame)
                        continue
                    }
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: relation.rawValue, object: "(no meeting)", rule: negated ? rule + "+negation" : rule,
                            provenance: provenance, review: "no meeting to attach this role to"))
                    // "The UK could not attend": an absence, for the page's own meeting.
                    if negated, relation == .attends || relation == .observes {
                        recordAbsence(actor.id, rule: rule + "+absence", meeting: nil, provenance: provenance)
                    }
                }
                continue
            }
            for actor in actors {
                if intended && !negated {
                    let note = "'\(actor.id)' \(relation) offered or intended (\(sentence.text(of: entry.range))), not stated as done; not recorded"
                    drafts[index].reviews.append(note)
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: relation.rawValue, object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance,
                            review: note))
                    continue
                }
                if negated {
                    let note = "'\(actor.id)' \(relation) denied by the text (\(sentence.text(of: entry.range))); not recorded"
                    drafts[index].reviews.append(note)
                    facts.append(
                        ExtractedFact(
                            subject: actor.id, relation: relation.rawValue, object: "#\(documentIndex).\(index)", rule: rule + "+negation",
                            provenance: provenance, review: note))
                    // "Ghana could not attend", "representatives of Chad were expected but did not come": a stated absence.
                    if relation == .attends || relation == .observes {
                        recordAbsence(actor.id, rule: rule + "+absence", meeting: index, provenance: provenance)
                    }
                    continue
                }
                let marked = relation == .attends && markedChairs.contains(actor.id)
                let actorRelation: Relation = marked ? .coChairs : relation
                // "organised by the Ministry of the Interior of Niger": a government organising (it hosts at home).
                let governmental =
                    relation == .organises && gazetteer.actors[actor.id]?.kind == .country
                    && (namedRule.hasPrefix("office-")
                        || namesGovernment(of: actor.id, after: direction == .before ? 0 : entry.range.upperBound, in: sentence))
                let actorRule = marked ? rule + "+marked-chair" : governmental ? rule + "+government" : rule
                drafts[index].roles.append(RoleFact(actor: actor.id, relation: actorRelation, rule: actorRule, provenance: provenance, review: actor.review))
                facts.append(
                    ExtractedFact(
                        subject: actor.id, relation: actorRelation.rawValue, object: "#\(documentIndex).\(index)", rule: actorRule, provenance: provenance,
                        review: actor.review))
                // "hosted by the Solomon Islands (Chair)": a host marked as chair co-chairs too.
                if relation == .hosts, markedChairs.contains(actor.id) {
                    addCoChair(actor.id, at: index, rule: rule + "+marked-chair", provenance: provenance)
                }
                // "à l'initiative de l'Espagne, de la France, du Maroc et du Sénégal": of several organising countries none
                // is named the host.
                if relation == .organises, actors.filter({ gazetteer.actors[$0.id]?.kind == .country }).count == 1 {
                    hostsInOwnCountry(actor.id, at: index, provenance: provenance)
                }
            }
        }
        withdrawnInvitations(in: sentence, provenance: provenance)
        bracketedChairs(in: sentence, provenance: provenance)
        coChairedWith(in: sentence, provenance: provenance)
        chairsBySide(in: sentence, provenance: provenance)
        incomingChair(in: sentence, provenance: provenance)
        chairInOffice(in: sentence, provenance: provenance)
        chairInApposition(in: sentence, provenance: provenance)
        officeHolders(in: sentence, provenance: provenance)
        listParticipants(in: sentence, provenance: provenance)
    }

    /// Gathering verbs in the present that, said of a body rather than a meeting, give its membership: "brings together",
    /// "regroupe", "réunit", "rassemble".
    static let membershipVerbs: Set<String> = ["brings together", "bring together", "regroupe", "reunit", "rassemble", "unites", "groups together"]

    /// Whether the role word at `range` is a gathering verb in the present (``membershipVerbs``) said of a body, not of a
    /// meeting: no meeting word before it, neither date nor city in the sentence, and no word of one occurrence
    /// (``occurrenceWords``) in its clause before it. "The Three Seas Initiative brings together thirteen states", "Il
    /// regroupe cinq pays"; not "This year's edition brings together", "Le sommet réunit à Lomé".
    /// - Complexity: O(n) for n tokens.
    static func namesMembership(_ range: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        return membershipVerbs.contains(tokens[range].map(\.key).joined(separator: " "))
            && !sentence.meetingWords.contains(where: { $0.range.lowerBound < range.lowerBound })
            && sentence.dates.isEmpty && !sentence.mentions.contains(where: { $0.city != nil })
            && !tokens[clause(around: range, in: tokens).lowerBound..<range.lowerBound].contains(where: { occurrenceWords.contains($0.key) })
    }

    /// Words of one occurrence of an event, whose gathering verb in the present speaks of attendance: "this year's
    /// edition", "cette édition".
    static let occurrenceWords: Set<String> = ["edition", "editions", "this", "year", "year's", "cette", "cet", "annee", "today", "aujourd'hui"]

    /// Words that may stand before a verb of attendance opening its sentence, whose subject then follows it: "Y ont
    /// également pris part", "Ont aussi participé", "Étaient présents".
    static let invertedLeadWords: Set<String> = ["y", "ont", "a", "avaient", "etaient", "sont", "egalement", "aussi", "en", "outre", ","]

    /// Words of a national government's office: "the Minister of Foreign Affairs", "the Interior Ministry", "le
    /// gouvernement", "the Foreign Secretary".
    static let nationalOffices: Set<String> = [
        "minister", "ministry", "ministre", "ministere", "government", "gouvernement", "undersecretary", "under-secretary", "authorities",
        "autorites", "vice-minister", "viceminister",
    ]
    /// Words that make an office an organisation's rather than a government's: "the EU Commissioner", "the Executive
    /// Secretary", "the ministers of the member states".
    static let nonNationalOffices: Set<String> = [
        "commission", "commissioner", "secretariat", "union", "organization", "organisation", "agency", "bank", "ministers", "ministres", "director-general",
        "executive", "member", "members", "membres", "chair", "chairperson", "presidency", "ministries", "governments",
    ]

    /// Whether the words name a national office with no country: a word of ``nationalOffices`` ("the Foreign Secretary"
    /// counts too) and none of ``nonNationalOffices``.
    static func namesNationalOffice(_ words: ArraySlice<Token>) -> Bool {
        guard !words.contains(where: { nonNationalOffices.contains($0.key) }) else { return false }
        return words.indices.contains { index in
            nationalOffices.contains(words[index].key)
                || words[index].key == "secretary" && index > words.startIndex
                    && ["foreign", "home", "state", "permanent", "principal", "cabinet"].contains(words[index - 1].key)
        }
    }

    /// The country of a host or chair named without one (after a role word found no actor): a city that hosts, its
    /// country ("Doha hosts the meeting of undersecretaries", rule `city-hosts`); a national office with no country
    /// named in its clause, at a meeting held in a country, that country ("the meeting was chaired by the Minister of
    /// Foreign Affairs", "the Interior Ministry is hosting the conference" in Bucharest, rule `office-of-venue`; on a page
    /// published in the venue's country, `office-at-home`); on a page published in another country, the publisher's
    /// (rule `office-of-publisher`). Not at a meeting held online, nor the venue's country when the sentence names it as
    /// another actor.
    /// - Complexity: O(w) for a clause of w words.
    func unnamedCountry(
        of entry: (range: Range<Int>, trigger: RoleTrigger), direction: RoleTrigger.Direction, relation: Relation, in sentence: SentenceAnalysis
    ) -> (id: String, rule: String)? {
        let tokens = sentence.tokens
        let span: Range<Int>
        switch direction {
        case .before:
            // "Doha hosts", "Kinshasa will host", "Brussels is hosting".
            if relation == .hosts, let city = sentence.mentions.last(where: { $0.range.upperBound <= entry.range.lowerBound }), let place = city.city,
                tokens[city.range.upperBound..<entry.range.lowerBound].allSatisfy({ ["will", "also", "has", "had", "to", "shall"].contains($0.key) }),
                !isPlaceComplement(city, in: sentence),
                city.range.lowerBound == 0
                    || !["from", "de", "of", "to", "du", "des", "between", "and", "et", ","].contains(tokens[city.range.lowerBound - 1].key),
                gazetteer.actors[place.country]?.kind == .country
            {
                return (place.country, "city-hosts")
            }
            var start = entry.range.lowerBound
            while start > 0, entry.range.lowerBound - start < 20, !DocumentReader.clauseEnds.contains(tokens[start - 1].key) { start -= 1 }
            span = start..<entry.range.lowerBound
        case .after:
            var end = entry.range.upperBound
            while end < tokens.count, end - entry.range.upperBound < 18,
                !DocumentReader.clauseEnds.contains(tokens[end].key) || DocumentReader.isAbbreviationDot(tokens, at: end),
                !sentence.triggers.contains(where: { $0.range.lowerBound == end })
            {
                end += 1
            }
            // The office opens the words after the role word: "chaired by H.E. the Minister of Interior"; or follows the
            // person's name in apposition: "chaired by H.E. Md. A B, Foreign Secretary, Ministry of Foreign Affairs".
            var opening = entry.range.upperBound
            while opening < min(end, entry.range.upperBound + 10),
                tokens[opening].kind == .word && tokens[opening].isCapitalized && !DocumentReader.nationalOffices.contains(tokens[opening].key)
                    && !["foreign", "home", "permanent", "principal", "cabinet", "state"].contains(tokens[opening].key)
                    || DocumentReader.isAbbreviationDot(tokens, at: opening) || DocumentReader.nameParticles.contains(tokens[opening].key)
            {
                opening += 1
            }
            if opening > entry.range.upperBound, opening < end, tokens[opening].key == "," {
                opening += 1
            } else if !(entry.range.upperBound..<opening).contains(where: { DocumentReader.isAbbreviationDot(tokens, at: $0) }) {
                // Only an honorific ("H.E.") may stand before the office without a comma.
                opening = entry.range.upperBound
            }
            guard DocumentReader.namesNationalOffice(tokens[opening..<min(end, opening + 5)]) else { return nil }
            span = entry.range.upperBound..<end
        case .adjacent:
            return nil
        }
        guard DocumentReader.namesNationalOffice(tokens[span]), let index = current else { return nil }
        let named = sentence.mentions.filter { $0.actorID != nil && span.contains($0.range.lowerBound) }
        // "The Ministry of Interior in Croatia hosted": the country the office is in.
        if named.count == 1, let id = named[0].actorID, gazetteer.actors[id]?.kind == .country, named[0].range.lowerBound > span.lowerBound,
            tokens[named[0].range.lowerBound - 1].key == "in",
            tokens[span.lowerBound..<named[0].range.lowerBound].contains(where: { DocumentReader.nationalOffices.contains($0.key) })
        {
            return (id, "office-in-country")
        }
        guard named.isEmpty else { return nil }
        let venue = drafts[index].isVirtual ? nil : drafts[index].country.flatMap { gazetteer.actors[$0]?.kind == .country ? $0 : nil }
        // "the Minister for the Interior chaired the Council in Luxembourg" on a Latvian government site: a page's own
        // country speaks of its minister without naming it. When the meeting is held in that country too ("the Interior
        // Ministry is hosting the conference" in Bucharest, on a Romanian site), both point to one country.
        if let publisher = publisherCountry { return (publisher, publisher == venue ? "office-at-home" : "office-of-publisher") }
        // "At a meeting in Brussels, Home Secretary X hosted representatives from France, Belgium and Germany": an office
        // whose sentence names the venue's country as another actor is not that country's.
        guard let country = venue, !sentence.mentions.contains(where: { $0.actorID == country }) else { return nil }
        return (country, "office-of-venue")
    }

    /// Country-code domains that sites use as generic names (".io", ".tv", ".me"), naming no country.
    static let genericCountryDomains: Set<String> = ["io", "tv", "me", "co", "ai", "fm", "cc", "ws", "to", "gg", "ly", "la", "eu", "su", "nu", "tk"]

    /// The country of the page's publisher, read from the country-code domain of its address ("eu2015.lv" Latvia,
    /// "www.gov.uk" the United Kingdom); nil for a generic domain (".org", ".com", ".int", ".io") or a source that is no
    /// web address.
    /// - Complexity: O(a) for a actors in the gazetteer (read only when a national office without its country is met).
    var publisherCountry: String? {
        guard let scheme = source.range(of: "://") else { return nil }
        let host = source[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        guard let last = host.split(separator: ".").last?.lowercased(), last.count == 2, !DocumentReader.genericCountryDomains.contains(last) else {
            return nil
        }
        let code = last == "uk" ? "GB" : last.uppercased()
        return gazetteer.actors.values.first { $0.kind == .country && $0.attributes["iso2"] == code }?.id
    }

    private static let isAccreditationEnvoys: Set<String> = [
        "mission", "missions", "delegation", "ambassador", "ambassadors", "representative", "representation", "embassy", "envoy", "ambassadeur",
        "ambassadrice", "representant", "representante", "ambassade", "permanent", "permanente",
    ]
    /// Whether a mention names where a mission or an envoy is accredited, not who acts: "the Permanent Mission of
    /// Ghana to the UN", "the EU Delegation to the United Nations", "Ambassadeur du Maroc auprès des Nations unies".
    static func isAccreditation(_ mention: Mention, in tokens: [Token]) -> Bool {
        var start = mention.range.lowerBound
        while start > 0, ["the", "la", "le", "l'", "les", "des", "du", "de"].contains(tokens[start - 1].key) { start -= 1 }
        guard start > 0, ["to", "aupres"].contains(tokens[start - 1].key) else { return false }
        let envoys = Self.isAccreditationEnvoys
        return tokens[max(0, start - 8)..<(start - 1)].contains { envoys.contains($0.key) }
    }

    /// Whether a mention is followed by a chair mark in brackets: "Fiji (Chair)", "Vanuatu (co-chair)", "le Niger
    /// (président)".
    static func isMarkedChair(_ mention: Mention, in tokens: [Token]) -> Bool {
        let end = mention.range.upperBound
        guard end + 2 < tokens.count, tokens[end].key == "(", tokens[end + 2].key == ")" else { return false }
        return ["chair", "co-chair", "chairman", "chairperson", "president", "presidence", "presidency", "chairmanship", "cochair"].contains(
            tokens[end + 1].key)
    }

    private static let chairmanshipNouns = chairWords.union(appositionChairNouns)
    /// Words of chairing before "since": the role words of `chaired-by` and `subject-chaired` and the chair nouns.
    private static let sinceChairWords = chairmanshipNouns.union([
        "chaired", "co-chaired", "cochaired", "presided", "preside", "presidee", "presides", "presidees", "copreside", "copresidee", "chairing",
        "co-chairing",
    ])
    /// Whether a year-only date stands next to a chair word, so that it dates a chairmanship rather than a meeting: "the
    /// 2019 Chair", "as 2024 Chair", "en sa qualité de président 2019", "the 2013 Hungarian Presidency" (the year at most
    /// three words before the chair word, or right after it).
    /// - Complexity: O(1).
    static func datesChairmanship(_ date: DateMention, in tokens: [Token]) -> Bool {
        // "chaired by Turkey since 1 January 2014", "présidé par le Sénégal depuis le 1er janvier 2016": the day a
        // chairmanship held since began (``chairedSince(after:in:)``), whatever its precision.
        if let since = (max(0, date.range.lowerBound - 2)..<date.range.lowerBound).last(where: { ["since", "depuis"].contains(tokens[$0].key) }),
            tokens[max(0, since - 8)..<since].contains(where: { sinceChairWords.contains($0.key) })
        {
            return true
        }
        guard date.isYearOnly else { return false }
        let nouns = chairmanshipNouns
        let after = date.range.upperBound..<min(tokens.count, date.range.upperBound + 3)
        if tokens[after].contains(where: { nouns.contains($0.key) }) { return true }
        let start = date.range.lowerBound
        return start > 0 && nouns.contains(tokens[start - 1].key)
    }

    /// Words that name an earlier meeting: "the previous meeting", "past conferences", "la précédente réunion".
    static let previousWords: Set<String> = ["previous", "former", "earlier", "preceding", "past", "precedente", "precedent", "anterieure", "anterieur"]

    /// The words around `range` up to a comma or a clause end on each side: "Building on the previous meeting, the
    /// conference hosted by Spain" keeps "the previous meeting" out of the role's clause.
    static func clause(around range: Range<Int>, in tokens: [Token]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !clauseEnds.contains(tokens[start - 1].key), tokens[start - 1].key != "," { start -= 1 }
        var end = range.upperBound
        while end < tokens.count, !clauseEnds.contains(tokens[end].key), tokens[end].key != "," { end += 1 }
        return start..<end
    }

    /// Words after "host" that make it the noun, not the verb with its object: "the RAM host and Solomon Islands", "host
    /// country", "host, Senegal".
    static let afterHostNoun: Set<String> = [
        "and", ",", "&", "or", "country", "countries", "nation", "government", "city", "cities", ")", ":", "-", "of", "for", "state", "states",
        // "Support for Host Communities": a heading, not hosting.
        "communities", "community", "populations", "population", "societies", "families",
    ]
    /// Lower-case words inside people's names: "Saif bin Zayed", "Ursula von der Leyen", "Ana da Silva".
    static let nameParticles: Set<String> = ["bin", "bint", "ibn", "ben", "al", "el", "von", "van", "der", "den", "da", "di", "dos", "do", "la", "de"]
    /// Forms of "be" before a past participle: "was hosted", "to be chaired", "has been co-hosted".
    static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "was", "were", "is", "are", "am"]

    /// Words after which "host countries" names countries that host refugees, not a meeting's hosts: "in host
    /// countries", "for host countries".
    static let hostCountryPrepositions: Set<String> = [
        "in", "of", "for", "to", "from", "on", "with", "among", "between", "and", "refugee", "dans", "des", "aux", "pour",
    ]

    /// Words of an offer or a wish before "to": "offered to host", "is ready to co-chair", "a proposé d'accueillir".
    static let intentionWords: Set<String> = [
        "offered", "offers", "offer", "proposed", "proposes", "propose", "willing", "ready", "wishes", "wish", "wishing", "intends", "intend",
        "hopes", "hope", "volunteered", "candidacy", "candidature", "bid", "keen", "prepared", "interest", "plans", "planning",
        // "have shown their willingness to host the presidency", "its ambition to host".
        "willingness", "ambition", "ambitions", "desire",
    ]

    /// Whether the role word at `position` follows "to" after an offer or a wish: "Pakistan has offered to host the
    /// conference", "Spain expressed its interest to co-chair".
    static func isIntention(before position: Int, in tokens: [Token]) -> Bool {
        guard position >= 2, tokens[position - 1].key == "to" else { return false }
        // "the offer of The Bahamas to host": the offer may stand before its maker's name.
        return tokens[max(0, position - 6)..<(position - 1)].contains { intentionWords.contains($0.key) }
    }

    /// Whether a mention names where something is rather than who acts: after "in", "at", "à", "au", "en" (with "the"
    /// between), or a country after "City," ("held in Putrajaya, Malaysia").
    func isPlaceComplement(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        var start = mention.range.lowerBound
        if start > 0, ["the", "la", "le", "l'", "les"].contains(tokens[start - 1].key) { start -= 1 }
        guard start > 0 else { return false }
        if ["in", "at", "a", "au", "aux", "en", "near", "dans"].contains(tokens[start - 1].key), tokens[start - 1].kind == .word,
            !(tokens[start - 1].key == "a" && tokens[start - 1].text.lowercased() == "a")
        {
            return true
        }
        // "in Gödöllő (Hungary)": a country in brackets after a city is where the city is.
        let close = mention.range.upperBound
        if tokens[start - 1].key == "(", start >= 2, close < tokens.count, tokens[close].key == ")",
            sentence.mentions.contains(where: { $0.city != nil && $0.range.upperBound == start - 1 })
        {
            return true
        }
        guard tokens[start - 1].key == "," else { return false }
        if sentence.mentions.contains(where: { $0.city != nil && $0.range.upperBound == start - 1 }) { return true }
        // "their meeting in Lanzarote, Spain", "à Saly, Sénégal": a place the gazetteer lacks (one to three capitalised
        // words naming no actor) after "in"/"at"/"à", then the country it is in.
        var index = start - 2
        while index >= 0, start - 2 - index < 3, tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAcronym,
            !sentence.mentions.contains(where: { $0.range.contains(index) })
        {
            index -= 1
        }
        guard index >= 0, index < start - 2 else { return false }
        return ["in", "at", "a"].contains(tokens[index].key) && tokens[index].kind == .word && tokens[index].text != "a"
            && !tokens[index].isCapitalized
    }

    /// The words that join the items of a list, and the articles an item may start with (``listedBesideOrganisation(_:in:)``).
    private static let listJoins: Set<String> = ["and", "et", ",", ";"]
    private static let listArticles: Set<String> = ["the", "la", "le", "l'", "les"]
    /// What may stand between the actors a noun of participation lists (``takesPartInABody(after:in:gazetteer:)``).
    private static let participantListWords: Set<String> = [",", "and", "et", "the", "la", "le", "l'", "les", "du", "de", "des", "d'"]

    /// Whether an organisation's mention is an item of a list whose item before or after it is another organisation:
    /// "IOM and the Office of the UN High Commissioner for Refugees (UNHCR)", "the High Commissioner for Refugees (UNHCR);
    /// the Economic Commission for Latin America". Its own acronym in brackets after it is skipped, and before it "the",
    /// "Office of the". Not "Filippo Grandi, UN High Commissioner for Refugees (UNHCR); William Swing": a person is no
    /// organisation.
    /// - Complexity: O(m) for m role mentions.
    func listedBesideOrganisation(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        func isOrganisation(_ other: Mention) -> Bool {
            other.range != mention.range && other.actorID.map { gazetteer.actors[$0]?.kind == .organisation } == true
        }
        let joins = DocumentReader.listJoins, articles = DocumentReader.listArticles
        // After it: "(UNHCR) and the IOM", "(UNHCR); Economic Commission ...".
        var after = mention.range.upperBound
        if after + 2 < tokens.count, tokens[after].key == "(", tokens[after + 2].key == ")" { after += 3 }
        if after < tokens.count, joins.contains(tokens[after].key) {
            var start = after + 1
            while start < tokens.count, articles.contains(tokens[start].key) || tokens[start].key == "and" { start += 1 }
            if sentence.roleMentions.contains(where: { $0.range.lowerBound == start && isOrganisation($0) }) { return true }
        }
        // Before it: "IOM and the", "(IOM) and the Office of the".
        var before = mention.range.lowerBound - 1
        if before >= 0, articles.contains(tokens[before].key) { before -= 1 }
        if before >= 2, ["of", "de", "du"].contains(tokens[before].key), ["office", "bureau", "haut-commissariat"].contains(tokens[before - 1].key) {
            before -= 2
            if before >= 0, articles.contains(tokens[before].key) { before -= 1 }
        }
        guard before >= 1, joins.contains(tokens[before].key) else { return false }
        var end = before
        if end >= 3, tokens[end - 1].key == ")", tokens[end - 3].key == "(" { end -= 3 }
        return sentence.roleMentions.contains { $0.range.upperBound == end && isOrganisation($0) }
    }

    /// Whether a country's mention names a city of it ("Monrovia, la capitale libérienne, où il participera", "the Liberian
    /// capital", "à Bamako, capitale du Mali", "the capital city of the Republic of Fiji"): the word "capital", "capitale",
    /// "city" or "ville" right before or after it, or before it across "of"/"de" and an article. A place, not a participant
    /// (a city said to host still makes its country the host: not used for hosts).
    /// - Complexity: O(1).
    static func namesCityOfCountry(_ mention: Mention, in tokens: [Token]) -> Bool {
        let cityWords: Set<String> = ["capital", "capitale", "city", "ville"]
        guard mention.city == nil else { return false }
        if mention.range.upperBound < tokens.count && cityWords.contains(tokens[mention.range.upperBound].key) { return true }
        var index = mention.range.lowerBound - 1
        if index >= 0, ["the", "la", "le", "l'"].contains(tokens[index].key) { index -= 1 }
        if index >= 1, ["of", "de", "du", "d'"].contains(tokens[index].key) { index -= 1 }
        return index >= 0 && cityWords.contains(tokens[index].key)
    }

    /// Whether the semicolon at `index` separates two items of one list rather than two clauses: an actor (or a person
    /// named for one, "A B (Italy)") ends right before it, and right after it (past "and", "et" and articles) another
    /// country or organisation is named, followed by the end of the sentence or of its item (a semicolon, a comma, a
    /// bracket, "and") rather than by a verb of its own: "attended by Spain; Italy; Greece; and Malta", "Speakers included
    /// A B (Italy); C D (Brazil)". "attended by Mali; Niger hosted it" still ends at the semicolon.
    /// - Complexity: O(m) for m role mentions.
    func continuesSemicolonSeries(at index: Int, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard tokens[index].key == ";", index > 0 else { return false }
        func isActor(_ mention: Mention) -> Bool {
            let kind = mention.actorID.flatMap { gazetteer.actors[$0]?.kind }
            return kind == .country || kind == .organisation
        }
        let before = index - 1
        let endsItem =
            sentence.roleMentions.contains { $0.range.upperBound == index && isActor($0) }
            || tokens[before].key == ")" && sentence.roleMentions.contains { $0.range.upperBound == before && isActor($0) }
        guard endsItem else { return false }
        var start = index + 1
        while start < tokens.count, ["and", "et", "the", "la", "le", "les", "l'"].contains(tokens[start].key) { start += 1 }
        // A person named for the actor after them: "C D (Brazil)".
        var nameEnd = start
        while nameEnd < tokens.count, nameEnd - start < 4, tokens[nameEnd].kind == .word, tokens[nameEnd].isCapitalized { nameEnd += 1 }
        let itemStart = nameEnd > start && nameEnd < tokens.count && tokens[nameEnd].key == "(" ? nameEnd + 1 : start
        guard let next = sentence.roleMentions.first(where: { $0.range.lowerBound == itemStart }), isActor(next) else { return false }
        let after = next.range.upperBound
        return after >= tokens.count || [";", ".", ",", "(", ")", "and", "et"].contains(tokens[after].key)
    }

    /// Whether the words of origin at `range` ("venus du", "venant de", "en provenance de") follow the verb of their
    /// clause (an auxiliary, or a verb in the past with its object) with no word of attendance before them in it: they
    /// qualify the verb's object ("ont examiné les flux en provenance de l'Érythrée"), not people who came.
    /// - Complexity: O(n + t) for n words of the clause and t triggers.
    static func namesOriginInObject(_ range: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let first = tokens[range.lowerBound].key
        guard ["venus", "venues", "venant"].contains(first) || first == "en" && range.count > 1 && tokens[range.lowerBound + 1].key == "provenance"
        else { return false }
        // "a accueilli les délégués venus du Mali": people who came.
        if range.lowerBound > 0, delegateNouns.contains(tokens[range.lowerBound - 1].key) { return false }
        var start = range.lowerBound
        while start > 0, !clauseEnds.contains(tokens[start - 1].key), tokens[start - 1].key != "," { start -= 1 }
        let clause = start..<range.lowerBound
        guard clause.contains(where: { listEndingAuxiliaries.contains(tokens[$0].key) }) || opensPredicate(clause, in: sentence) else { return false }
        return !sentence.triggers.contains { $0.trigger.relation == .attends && clause.contains($0.range.lowerBound) }
    }
    /// Nouns of the people a meeting gathers, in French as keys are folded: "les délégués venus du Mali".
    static let delegateNouns: Set<String> = [
        "delegues", "delegations", "delegation", "participants", "participantes", "ministres", "representants", "experts", "responsables",
        "fonctionnaires", "homologues", "officiels", "chefs", "personnalites", "invites", "ambassadeurs", "acteurs", "membres", "parlementaires",
        "elus", "maires", "dirigeants", "hotes",
    ]
    /// Words that open a verb's object: "discussed the", "adopted a", "reviewed their".
    static let objectOpeners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our"]
    /// Whether the words at `range` hold a verb in the past with its object right after it ("discussed the", "adopted
    /// a"): a clause's own predicate, not a word of a list or of a role (a trigger's words are not read).
    /// - Complexity: O(r + t) for r words and t triggers.
    static func opensPredicate(_ range: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        return range.contains { index in
            let token = tokens[index]
            return token.kind == .word && !token.isCapitalized && token.key.count > 4 && token.key.hasSuffix("ed") && index + 1 < tokens.count
                && objectOpeners.contains(tokens[index + 1].key) && !sentence.triggers.contains { $0.range.contains(index) }
        }
    }
    /// Words that end a list of participants: what follows is what they discuss or aim at ("to discuss" ends it already).
    static let listEndingPurposeWords: Set<String> = [
        "discuss", "discussing", "debate", "debating", "aim", "aiming", "afin", "discuter", "debattre", "examiner", "evoquer", "aborder",
    ]
    /// Nouns of standing bodies that one joins as a member: "join the initiative", "joining the European Union".
    static let joinedBodyNouns: Set<String> = [
        "initiative", "process", "organisation", "organization", "union", "group", "alliance", "partnership", "community", "platform", "network",
        "bloc", "commission", "convention", "compact", "grouping", "membership",
    ]
    /// Whether a verb of joining at `range` has a standing body as its object ("join the initiative", "joined the Bali
    /// Process as a member", "joining the European Union"): a member joins, no participant. Not a meeting ("joined the
    /// meeting") or people ("joined the ministers").
    /// - Complexity: O(m) for m mentions of the sentence.
    static func joinsABody(after range: Range<Int>, in sentence: SentenceAnalysis, gazetteer: Gazetteer) -> Bool {
        let tokens = sentence.tokens
        guard tokens[range].contains(where: { ["join", "joined", "joins", "joining"].contains($0.key) }) else { return false }
        var next = range.upperBound
        while next < tokens.count, ["the", "a", "an", "this", "its"].contains(tokens[next].key) { next += 1 }
        guard next < tokens.count else { return false }
        if joinedBodyNouns.contains(tokens[next].key) { return true }
        guard let mention = sentence.mentions.first(where: { $0.range.lowerBound == next }), let id = mention.actorID,
            let kind = gazetteer.actors[id]?.kind, kind == "dialogue" || kind == .organisation
        else { return false }
        // "joined the EU in calling for", "joined IOM and UNHCR at the table": only a body named as what is joined, the
        // clause ending or going on with "as" (a member), a date or a place.
        let after = mention.range.upperBound
        return after >= tokens.count || [".", ";", ",", "as", "since"].contains(tokens[after].key)
            || sentence.dates.contains { $0.range.lowerBound == after || $0.range.lowerBound == after + 1 }
    }

    /// Whether a noun of participation at `range` ("participation of", "la participation de") names its actors taking
    /// part in a standing body rather than a meeting: after the list of actors (names, commas, "and", articles), "in",
    /// "au" or "à" and a body (a noun of `joinedBodyNouns` or a dialogue or organisation named), and then the clause goes
    /// no further than a comma, a full stop, "as", "since" or "and". "the participation of Japan in the Initiative, as well as",
    /// not "the participation of Japan in the Initiative's summit" nor "in the conference".
    /// - Complexity: O(m) for m mentions of the sentence.
    static func takesPartInABody(after range: Range<Int>, in sentence: SentenceAnalysis, gazetteer: Gazetteer) -> Bool {
        let tokens = sentence.tokens
        guard tokens[range].contains(where: { $0.key == "participation" }) else { return false }
        var index = range.upperBound
        var named = false
        while index < min(tokens.count, range.upperBound + 30) {
            if let mention = sentence.mentions.first(where: { $0.range.lowerBound == index }), mention.actorID != nil {
                named = true
                index = mention.range.upperBound
                continue
            }
            guard participantListWords.contains(tokens[index].key) else { break }
            index += 1
        }
        guard named, index < tokens.count, ["in", "au", "a"].contains(tokens[index].key) else { return false }
        var next = index + 1
        while next < tokens.count, ["the", "la", "le", "l'", "its", "this"].contains(tokens[next].key) { next += 1 }
        guard next < tokens.count else { return false }
        var end = next + 1
        if !joinedBodyNouns.contains(tokens[next].key) {
            guard let mention = sentence.mentions.first(where: { $0.range.lowerBound == next }), let id = mention.actorID,
                let kind = gazetteer.actors[id]?.kind, kind == "dialogue" || kind == .organisation
            else { return false }
            end = mention.range.upperBound
        }
        return end >= tokens.count || [".", ";", ",", "as", "since", "and", "et"].contains(tokens[end].key)
    }

    /// Nouns of what a meeting talks about that a country's name or demonym right before them qualifies: "the Venezuelan
    /// refugee crisis", "Afghan refugees", "the Ukraine war".
    static let topicNounsAfter: Set<String> = [
        "refugee", "refugees", "migrant", "migrants", "migratory", "crisis", "crises", "war", "conflict", "exodus", "diaspora", "nationals",
        "returnees", "asylum-seekers", "displaced", "invasion", "question", "issue", "file",
    ]
    /// The same nouns in French, which a demonym or "de"-phrase follows: "les réfugiés afghans", "la crise ivoirienne",
    /// "la guerre d'Ukraine".
    static let topicNounsBefore: Set<String> = [
        "refugies", "migrants", "crise", "guerre", "conflit", "exode", "diaspora", "ressortissants", "question", "dossier", "invasion",
        "deplaces",
    ]
    /// Whether a country's mention names what the meeting talks about, not who took part: a topic noun right after it
    /// ("the Venezuelan migratory phenomenon" is read at "Venezuelan migratory"; "Afghan refugees"), or, in French, right
    /// before it ("les réfugiés maliens", "la crise libyenne", "la guerre en Ukraine" is a place already). Not used for hosts.
    /// - Complexity: O(1).
    static func namesTopic(_ mention: Mention, in tokens: [Token]) -> Bool {
        let end = mention.range.upperBound
        if end < tokens.count, topicNounsAfter.contains(tokens[end].key) { return true }
        var start = mention.range.lowerBound
        if start > 0, ["d'", "de", "du", "des"].contains(tokens[start - 1].key) { start -= 1 }
        if start > 0, ["la", "le", "l'", "les"].contains(tokens[start - 1].key), start < mention.range.lowerBound { start -= 1 }
        return start > 0 && topicNounsBefore.contains(tokens[start - 1].key)
    }

    /// Gives the roles waiting in ``pendingRoles`` to the meeting a sentence has just opened, or lets them wait one
    /// sentence less; what waited three sentences in vain is dropped with a fact for review.
    mutating func attachPendingRoles() {
        guard !pendingRoles.isEmpty else { return }
        if let index = current {
            for (role, _) in pendingRoles where !drafts[index].roles.contains(where: { $0.actor == role.actor && $0.relation == role.relation }) {
                drafts[index].roles.append(role)
                facts.append(
                    ExtractedFact(
                        subject: role.actor, relation: role.relation.rawValue, object: "#\(documentIndex).\(index)", rule: role.rule,
                        provenance: role.provenance, review: role.review))
            }
            pendingRoles = []
            return
        }
        for (role, left) in pendingRoles where left <= 1 {
            facts.append(
                ExtractedFact(
                    subject: role.actor, relation: role.relation.rawValue, object: "(no meeting)", rule: role.rule, provenance: role.provenance,
                    review: "no meeting to attach this role to"))
        }
        pendingRoles = pendingRoles.filter { $0.sentencesLeft > 1 }.map { ($0.role, $0.sentencesLeft - 1) }
    }

    /// "organised by the Ministry of Foreign Affairs of Côte d'Ivoire" for a meeting in Abidjan, "organisée par les
    /// Seychelles" for a meeting in Victoria: the one country that organises a meeting held on its own soil hosts it
    /// (rule `organiser-in-own-country`); a country named as organiser acts through its government, named or not. A
    /// country that chairs or attends a meeting held at home is not named its host by that alone (the venue is not the
    /// host).
    mutating func hostsInOwnCountry(_ actor: String, at index: Int, provenance: Provenance) {
        guard !drafts[index].isVirtual, drafts[index].country == actor, gazetteer.actors[actor]?.kind == .country,
            !drafts[index].roles.contains(where: { $0.actor == actor && $0.relation == .hosts })
        else { return }
        addInferredRole(actor, relation: .hosts, at: index, rule: "organiser-in-own-country", provenance: provenance)
    }

    /// Words that make an organiser a country's government: "the Government of Côte d'Ivoire", "the Moroccan Ministry
    /// of Interior", "la Présidence".
    static let governmentWords: Set<String> = [
        "government", "governments", "ministry", "ministries", "minister", "ministers", "presidency", "authorities", "department", "gouvernement",
        "ministere", "ministre", "presidence", "autorites", "cabinet", "office", "secretariat", "state",
    ]

    /// Whether the six words before the mention of `actor` (not before `position`) or the three after it name its
    /// government: "organised by the Ministry of Foreign Affairs of Côte d'Ivoire", "the Moroccan Ministry of Interior
    /// organised".
    func namesGovernment(of actor: String, after position: Int, in sentence: SentenceAnalysis) -> Bool {
        guard let mention = sentence.mentions.first(where: { $0.actorID == actor && $0.range.lowerBound >= position }) else { return false }
        let tokens = sentence.tokens
        let window = max(position, mention.range.lowerBound - 6)..<min(tokens.count, mention.range.upperBound + 3)
        return tokens[window].contains { DocumentReader.governmentWords.contains($0.key) }
    }

    /// Words of a person's office that make the actor named with it the person's country or organisation: "the
    /// Minister of Foreign Affairs of Uruguay", "IOM Deputy Director General", "le ministre portugais".
    static let holderOffices: Set<String> = [
        "minister", "ministers", "ministre", "ministres", "ambassador", "ambassadors", "ambassadeur", "ambassadrice", "ambassadeurs", "secretary",
        "undersecretary", "under-secretary", "secretary-general", "secretaire", "director", "director-general", "directeur", "directrice",
        "president", "presidente", "commissioner", "commissaire", "representative", "representatives", "representant", "representante",
        "representants", "delegate", "delegates", "delegue", "delegues", "envoy", "envoye", "head", "chief", "chef", "prime", "premier", "deputy",
        "vice", "vice-president", "consul", "presidents", "vice-presidents", "secretaries", "directors",
        "commissioners", "officer", "officials", "official", "specialist", "adviser", "advisor", "coordinator", "coordinateur",
        "coordinatrice", "spokesperson", "porte-parole", "king", "roi", "emir", "sheikh", "governor", "gouverneur", "mayor", "maire",
        // "Australia's Attorney-General, A", "New Zealand's Attorney General, B": a minister of justice.
        "attorney", "attorney-general",
        // "the Malawi delegation", "la délégation ivoirienne"; "the Thai team (is led) by", "l'équipe malienne".
        "delegation", "delegations", "team", "teams", "equipe",
    ]
    /// Words that take back an invitation or a meeting: "France withdrew its invitation to the British minister", "a
    /// retiré son invitation", "the visit was cancelled", "boycotted the meeting".
    static let withdrawalWords: Set<String> = [
        "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "withdrawal", "rescinded", "revoked", "disinvited", "uninvited",
        "cancelled", "canceled", "cancels", "cancel", "boycotted", "boycott", "boycotts", "retire", "retiree", "retirer", "annule", "annulee",
        "annuler", "boycotte", "absents", "absentes", "absente", "absentees",
    ]

    /// Whether a word denies that someone took part: "not", "unable", "absent", every contracted negation ("couldn't",
    /// "wasn’t": one token, its apostrophe made plain), and a withdrawn invitation or a cancellation.
    static func deniesPresence(_ token: Token) -> Bool {
        RoleTrigger.negations.contains(token.key) || ["absent", "absence", "excused", "excuse"].contains(token.key) || token.key.hasSuffix("n't")
            || withdrawalWords.contains(token.key)
    }

    /// Words of a ministry, which in apposition names the country after it: "Minister, Ministry of Interior, Turkey".
    static let ministryWords: Set<String> = ["ministry", "ministere", "ministerio", "department", "office", "delegation"]

    /// Whether a mention names the country or organisation a person's office belongs to, the one resolver of a person
    /// to what they speak for: an office within six words before it and joined by "of" ("the Minister of Foreign
    /// Affairs of Uruguay", "Director General of SESRIC", "le ministre de l'Intérieur du Mali"), an office right after
    /// it ("the Italian Prime Minister", "UAE Deputy Prime Minister", "IOM Deputy Director General"), or a demonym
    /// after its office ("le ministre malien"). Used for participants (`officeHolders`) and for hosts and chairs named
    /// as people ("chaired by Sheikh A, UAE Deputy Prime Minister").
    /// - Complexity: O(1) (a window of at most eight words).
    static func namesOfficeHolder(_ mention: Mention, in tokens: [Token]) -> Bool {
        let offices = holderOffices
        let start = mention.range.lowerBound
        let end = mention.range.upperBound
        var before = start
        // "of the sisterly State of Kuwait", "of the friendly Kingdom of Morocco": an epithet before the name.
        if before > 1, tokens[before - 1].kind == .word, !tokens[before - 1].isCapitalized, tokens[before - 1].key.hasSuffix("ly"),
            ["the", "la", "le", "l'", "les"].contains(tokens[before - 2].key)
        {
            before -= 1
        }
        if before > 0, ["the", "la", "le", "l'", "les"].contains(tokens[before - 1].key) { before -= 1 }
        if before > 0, ["of", "du", "de", "des", "d'", "at", "from"].contains(tokens[before - 1].key) {
            let window = max(0, before - 7)..<(before - 1)
            let titled = window.reversed().prefix { !clauseEnds.contains(tokens[$0].key) && tokens[$0].key != "," }.contains {
                offices.contains(tokens[$0].key)
            }
            if titled || officeBeforeMinistryName(ending: before - 1, in: tokens) { return true }
        }
        if end < tokens.count, tokens[end..<min(tokens.count, end + 2)].contains(where: { offices.contains($0.key) }) { return true }
        // "South African Home Affairs Minister", "German Federal Interior Minister": a ministry's capitalised name between.
        if end + 2 < tokens.count, tokens[end..<(end + 2)].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAcronym }),
            offices.contains(tokens[end + 2].key)
        {
            return true
        }
        return start > 0 && mention.range.count == 1 && !tokens[start].isCapitalized && offices.contains(tokens[start - 1].key)
    }

    /// Words that join the parts of a ministry's or an office's name: "Minister of Foreign Affairs, Education and Sports",
    /// "ministre des Affaires étrangères et de la Coopération".
    static let officeNameJoiners: Set<String> = ["and", "of", "for", "the", "&", ",", "-", "et", "de", "des", "du", "la", "le", "l'", "d'", "aux", "a"]

    /// Whether an office stands before `link` (the "of" or "de" before an actor) across the capitalised name of a
    /// ministry or body, however long: "Minister for Foreign and European Affairs and Trade of Malta", "Minister of
    /// Foreign Affairs, Education and Sports of the Principality of Liechtenstein", "Deputy of the Majilis of the
    /// Parliament of the Republic of Kazakhstan", "ministre des Affaires étrangères et du Tourisme de la République des
    /// Seychelles". Walking back from `link`, every word is capitalised, a word joining a name's parts, or a lower-case
    /// word right after a capitalised one (a French adjective: "Affaires étrangères"), and a comma is followed by a
    /// capitalised word (after joiners); the walk ends at an office word (true) or at anything else (false), within sixteen words.
    /// - Complexity: O(1) (a window of at most sixteen words).
    static func officeBeforeMinistryName(ending link: Int, in tokens: [Token]) -> Bool {
        var index = link - 1
        var sawName = false
        while index >= 0, index >= link - 16 {
            let token = tokens[index]
            if holderOffices.contains(token.key) { return sawName }
            if token.kind == .word, token.isCapitalized {
                sawName = true
            } else if token.key == "," {
                // ", Education and Sports", ", de la Formation professionnelle": a capitalised word after the comma's joiners.
                var after = index + 1
                while after < link, after <= index + 3, officeNameJoiners.contains(tokens[after].key), tokens[after].key != "," { after += 1 }
                guard after < link, tokens[after].kind == .word, tokens[after].isCapitalized else { return false }
            } else if !officeNameJoiners.contains(token.key) {
                // "Affaires étrangères": a lower-case adjective right after a capitalised noun.
                guard token.kind == .word, index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
                    !clauseEnds.contains(token.key)
                else { return false }
            }
            index -= 1
        }
        return false
    }

    /// Verbs that say a person acted at the meeting: spoke, opened, presented, took part.
    static let presenceVerbs: Set<String> = SentenceAnalysis.speechVerbs.union([
        "highlighted", "emphasised", "emphasized", "urged", "called", "opened", "addressed", "delivered", "presented", "spoke", "speaking",
        "thanked", "praised", "announced", "reaffirmed", "commended", "pointed", "indicated", "attended", "participated", "led", "headed",
        "represented", "gave", "welcomed", "expressed", "shared", "reiterated", "reviewed", "briefed", "intervened", "salue", "remercie", "ouvert",
        "intervenu", "plaide", "appele", "estime", "insiste", "represente", "conduit", "dirige", "participe", "prononce", "presente", "exprime",
        "felicite", "souhaite", "invite", "assiste", "note", "precise", "annonce", "reaffirme",
    ])

    /// "The Minister of Foreign Affairs of Uruguay opened the conference", "IOM Deputy Director General Laura Thompson
    /// said", "le ministre portugais de l'Administration interne a souligné": a person who speaks or acts at the
    /// meeting, named by an office of a country or organisation, makes that country or organisation a participant; so
    /// does the country or organisation that speaks itself ("le HCR a présenté son rapport") (rule `office-holder`).
    /// A person named by such an office in a sentence with no verb of presence (a line of a speakers' list "Andres
    /// Anvelt, Estonian Minister of the Interior", "Ronald Jackson from UNDP", "Nilim Baruah, Senior Specialist on
    /// Migration, ILO", "Other speakers will include ...") makes a participant with less certainty (rule
    /// `office-holder-named`). Only in a sentence without a denial, that names no other meeting as a reference and
    /// gives no date of another year than the meeting's, and for an actor that has no role in the meeting yet.
    /// - Complexity: O(m·w) for m mentions and a window of w words.
    mutating func officeHolders(in sentence: SentenceAnalysis, provenance: Provenance) {
        // Under a current meeting only: a person named in a page's title or lead, before the meeting is dated, is as
        // often its host, or someone talked of, as a participant (on the development pages, 5 right of 14).
        guard let index = currentMeeting(spokenOfIn: sentence) else { return }
        welcomedAtHome(in: sentence, meeting: index, provenance: provenance)
        let target = ParticipantTarget.meeting(index)
        let tokens = sentence.tokens
        let acts = tokens.contains { DocumentReader.presenceVerbs.contains($0.key) }
        // "The Summit congratulated X on his election as President of Angola": whom the meeting acts on is named, not present.
        let actedOnFrom = DocumentReader.meetingActsOn(tokens)
        // "The UN Secretary-General is likely to attend", "le président togolais devrait participer": a hedged presence.
        let hedged =
            DocumentReader.hedgesPresence(tokens)
            || sentence.triggers.contains {
                ($0.trigger.relation == .attends || $0.trigger.relation == .observes) && DocumentReader.isHedged(before: $0.range.lowerBound, in: tokens)
            }
        let offices = DocumentReader.holderOffices
        // Where each mention read as an office-holder's country ends: "the Presidents of Liberia, X, of Sierra Leone, Y".
        var officeEnds: Set<Int> = []
        for mention in sentence.roleMentions {
            if officeContinues(to: mention, after: officeEnds, in: sentence) || DocumentReader.namesOfficeHolder(mention, in: tokens) {
                officeEnds.insert(mention.range.upperBound)
            }
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind, kind != "dialogue", kind != .meeting,
                !hasRole(id, in: target), !standsForMembers(mention, in: sentence),
                !DocumentReader.isAccreditation(mention, in: tokens), !DocumentReader.namedInTitle(mention, in: sentence),
                !(kind == .country && DocumentReader.namesTopic(mention, in: tokens))
            else { continue }
            let end = mention.range.upperBound
            let start = mention.range.lowerBound
            var before = start
            if before > 0, ["the", "la", "le", "l'", "les"].contains(tokens[before - 1].key) { before -= 1 }
            var titled = officeEnds.contains(end)
            var actor = id
            // "EU Interior Commissioner Ylva Johansson": an EU commissioner speaks for the European Commission.
            if id == "EU", gazetteer.actors["EC"] != nil,
                tokens[end..<min(tokens.count, end + 2)].contains(where: { ["commissioner", "commissaire"].contains($0.key) })
            {
                actor = "EC"
            }
            // An office inside the name: "the EU Commissioner for Enlargement". Not an organisation so named listed beside
            // another ("with the support of IOM and the UN High Commissioner for Refugees (UNHCR)"): the office, then, is
            // the body, and no one holding it is said to be there.
            if !titled, mention.range.count > 1, tokens[mention.range].contains(where: { offices.contains($0.key) }),
                !listedBesideOrganisation(mention, in: sentence)
            {
                titled = true
            }
            // "Nilim Baruah, Senior Specialist on Migration, ILO", "Minister, Ministry of Foreign Affairs and Trade, Hungary":
            // an office in apposition, between two commas, just before the actor. Not a place ("held in Istanbul,
            // Turkey"), a meeting's title ("the Senior Officials Meeting, Malabo") or a chair ("Vice-Chair, Kenya").
            if !titled, before > 0, tokens[before - 1].key == ",", !isPlaceComplement(mention, in: sentence) {
                let window = (max(0, before - 10)..<(before - 1)).reversed().prefix {
                    !DocumentReader.clauseEnds.contains(tokens[$0].key) && tokens[$0].key != ","
                }
                titled =
                    window.count < 10 && window.contains { offices.contains(tokens[$0].key) || DocumentReader.ministryWords.contains(tokens[$0].key) }
                    && !window.contains { index in
                        DocumentReader.chairWords.contains(tokens[index].key) || tokens[index].key.hasSuffix("chair")
                            || sentence.meetingWords.contains { $0.range.contains(index) }
                    }
            }
            // "Ronald Jackson from UNDP", "Ms Rania Sharshr from IOM": a person's name (two capitalised words that name no
            // actor, or a courtesy title and a name) just before "from".
            if !titled, before >= 3, tokens[before - 1].key == "from" {
                let name = tokens[before - 2]
                let first = tokens[before - 3]
                let namesNoActor = !sentence.mentions.contains { $0.actorID != nil && ($0.range.contains(before - 2) || $0.range.contains(before - 3)) }
                titled =
                    namesNoActor && name.kind == .word && name.isCapitalized && !name.isAcronym
                    && (first.kind == .word && first.isCapitalized && !first.isAcronym || SentenceAnalysis.personTitles.contains(first.key))
            }
            // "les chefs d'Etat Ali Bongo Ondimba du Gabon, Denis Sassou N'Guesso du Congo", "President Macky Sall of
            // Senegal": a person's name (two to four capitalised words that name no actor) just before "of"/"du"/"de",
            // itself after a comma, "and"/"et", a courtesy title or a noun of participants.
            if !titled, before >= 3, ["of", "du", "de", "d'"].contains(tokens[before - 1].key) {
                var nameStart = before - 1
                while nameStart > 0, before - 1 - nameStart < 4, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized,
                    !tokens[nameStart - 1].isAcronym, !SentenceAnalysis.personTitles.contains(tokens[nameStart - 1].key),
                    !["etat", "state", "government", "gouvernement"].contains(tokens[nameStart - 1].key),
                    !sentence.mentions.contains(where: { $0.range.contains(nameStart - 1) }),
                    !sentence.meetingWords.contains(where: { $0.range.contains(nameStart - 1) })
                {
                    nameStart -= 1
                }
                let length = before - 1 - nameStart
                titled =
                    length >= 2 && nameStart > 0
                    && ([",", "and", "et", ";"].contains(tokens[nameStart - 1].key) || SentenceAnalysis.personTitles.contains(tokens[nameStart - 1].key)
                        || DocumentReader.participantGroupNouns.contains(tokens[nameStart - 1].key)
                        || ["etat", "state", "government", "gouvernement"].contains(tokens[nameStart - 1].key))
            }
            // "his Slovak, Hungarian and Polish counterparts", "les chefs d'Etat guinéen, libérien et sierra-léonais": each
            // country of a list of demonyms holds the office the list is joined to.
            if !titled, demonymListTakesOffice(mention, in: sentence) { titled = true }
            // "Also present were the Bolivian Luis Arce and the Chilean Gabriel Boric", "comme l'Algérien A et le
            // Somalien B": a demonym right before a person's name names the person's country.
            if !titled, demonymBeforeName(mention, in: sentence) { titled = true }
            // "le HCR a présenté son rapport", "UNHCR also stressed": the actor itself speaks.
            if !titled, acts {
                var next = end
                while next < min(tokens.count, end + 2), ["a", "has", "have", "also", "ont", "egalement", "then"].contains(tokens[next].key) { next += 1 }
                titled =
                    next < tokens.count && DocumentReader.presenceVerbs.contains(tokens[next].key)
                    && !["welcomed", "invite", "note"].contains(tokens[next].key)
            }
            guard titled, !hasRole(actor, in: target) else { continue }
            if let actedOnFrom, start >= actedOnFrom {
                setAside(
                    [actor], relation: .attends, object: "(named by the meeting)", rule: (acts ? "office-holder" : "office-holder-named") + "+acted-on",
                    provenance: provenance, review: "a person the meeting thanked, congratulated or heard of, with no presence stated; not recorded")
                continue
            }
            // "the Chair of AMMTC 2023", "elected ... as Chairperson and Deputy Chairperson of SADC", "présidente du Conseil
            // de la COI": who holds a body's rotating chair leads a member's government; the body takes no part by it.
            if kind != .country, DocumentReader.holdsTheChairOf(mention, in: tokens) { continue }
            // "Dame B. Miller, former Deputy Prime Minister of Barbados", "l'ancien président du Mali": who held an office
            // once speaks for no country now.
            if hedged || DocumentReader.namesFormerOffice(before: before, in: tokens) {
                setAside(
                    [actor], relation: .attends, object: hedged ? "(hedged)" : "(a former office)",
                    rule: (acts ? "office-holder" : "office-holder-named") + (hedged ? "+hedged" : "+former"), provenance: provenance,
                    review: hedged ? "a presence hedged, not stated; not recorded" : "a former office-holder speaks for no one; not recorded")
                continue
            }
            // "The Nigerien Minister of Interior opened the conference" in Niamey: a government receiving the meeting at
            // home hosts it (rule `government-at-home`); while that rule is not trusted, a participant, and a host to check.
            if receivesAtHome(mention, actor: actor, meeting: index, in: sentence),
                addInferredRole(actor, relation: .hosts, at: index, rule: "government-at-home", provenance: provenance)
            {
                continue
            }
            addParticipant(actor, rule: acts ? "office-holder" : "office-holder-named", provenance: provenance, sentence: sentence, to: target)
        }
    }

    /// Nouns of a meeting or its members that, as a sentence's subject, act on others: "The Summit", "The Ministers", "Le Conseil".
    static let actingMeetingNouns: Set<String> = [
        "summit", "meeting", "conference", "council", "ministers", "assembly", "committee", "forum", "session", "sommet", "conseil", "reunion",
        "ministres", "assemblee", "comite",
    ]
    /// Verbs by which a meeting acts on a person it names, whose presence they do not state: "congratulated", "thanked",
    /// "received a report of", "noted the statement of", "félicite", "remercie". ("welcomed" is left out: a meeting welcomes
    /// its guests.)
    static let actingOnVerbs: Set<String> = [
        "congratulated", "congratulates", "thanked", "thanks", "commended", "commends", "received", "receives", "noted", "notes", "mandated",
        "appointed", "elected", "urged", "felicite", "felicitent", "remercie", "remercient", "mandate", "nomme", "elu",
    ]

    /// Where the persons a meeting acts on begin, when the sentence opens with the meeting as subject of such a verb ("The
    /// Summit congratulated His Excellency A on his election as the President of Angola", "The Ministers noted the statement of
    /// the President of the European Commission", "Le Sommet a félicité le président B"): the position after the verb, the
    /// meeting's noun within the first five words and the verb within three words after it. Nil otherwise.
    /// - Complexity: O(1) (a window of at most nine words).
    static func meetingActsOn(_ tokens: [Token]) -> Int? {
        guard let noun = tokens.prefix(5).firstIndex(where: { actingMeetingNouns.contains($0.key) }) else { return nil }
        var index = noun + 1
        while index < min(tokens.count, noun + 4) {
            if actingOnVerbs.contains(tokens[index].key) {
                // "received a report of the Chairperson": a report, not a delegation ("received the delegations of").
                guard ["received", "receives"].contains(tokens[index].key) else { return index + 1 }
                let object = tokens[(index + 1)..<min(tokens.count, index + 5)]
                return object.contains { ["report", "reports", "rapport", "rapports"].contains($0.key) } ? index + 1 : nil
            }
            guard
                ["also", "further", "then", "has", "have", "a", "ont", "egalement", "aussi", "of", "de", "des", "state", "government", "etat"]
                    .contains(tokens[index].key) || tokens[index].isCapitalized
            else { return nil }
            index += 1
        }
        return nil
    }

    /// The words of a trigger that say whom a person speaks for, not that anyone attended: "representing",
    /// "represented", "représentant".
    static let speakingForWords: Set<String> = ["representing", "represented", "represents", "represente", "representant", "representait"]

    /// Whether the trigger's words say whom a person speaks for ("representing the EU", "représentant le Maroc").
    /// - Complexity: O(w) for w words of the trigger.
    static func speaksFor(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        tokens[range].contains { speakingForWords.contains($0.key) }
    }

    /// Whether a role word is a joint one, held by two or more: "co-chaired by", "coprésidée par", "co-hosted by".
    /// - Complexity: O(w) for w words of the trigger.
    static func namesCoRole(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        tokens[range].contains { $0.key.hasPrefix("co") && ($0.key.contains("chair") || $0.key.contains("presid") || $0.key.contains("host")) }
            || tokens[range].indices.contains { $0 + 1 < range.upperBound && tokens[$0].key == "co" }
    }

    /// After a comma at `comma`: a person's name (capitalised words naming no actor, initials) closed by ", and"/", et";
    /// the position after "and", where the list of a joint role goes on ("le ministre belge, A B, et le DG de l'OIM").
    /// - Complexity: O(w) for the w words of the name.
    static func nameInApposition(after comma: Int, before end: Int, in sentence: SentenceAnalysis) -> Int? {
        let tokens = sentence.tokens
        var index = comma + 1
        while index < end, index - comma <= 6,
            tokens[index].kind == .word && tokens[index].isCapitalized && !sentence.mentions.contains(where: { $0.actorID != nil && $0.range.contains(index) })
                || DocumentReader.isAbbreviationDot(tokens, at: index) || DocumentReader.nameParticles.contains(tokens[index].key)
        {
            index += 1
        }
        guard index - comma >= 3, index + 1 < end, tokens[index].key == ",", ["and", "et"].contains(tokens[index + 1].key) else { return nil }
        return index + 2
    }

    /// Titles of a body's rotating chair: "the Chair of AMMTC", "Chairperson of SADC", "la présidence tournante de la
    /// CEEAC". ("President" alone heads many bodies: "the President of the WB Group".)
    static let bodyChairTitles: Set<String> = [
        "chair", "chairperson", "chairman", "chairwoman", "presidency", "presidence", "chair-in-office", "chairperson-in-office", "co-chair",
    ]
    /// Words of a body's own executive, whose head speaks for the body: "President of the ECOWAS Commission", "Chairperson
    /// of the African Union Commission", "President of the African Development Bank".
    static let bodyExecutiveWords: Set<String> = ["commission", "secretariat", "bank", "court", "fund", "executive", "parliament", "council"]

    /// Whether `mention`, a body, follows a title of its rotating chair and "of"/"de" ("the Chair of AMMTC 2023",
    /// "Chairperson and Deputy Chairperson of SADC", "présidente du Conseil de la COI"): the nearest office word within five
    /// words before the link is a chair title (or "president" of its council), and the body's name is none of its executive ("President of the European
    /// Commission", "Chairperson of the African Union Commission" head the body itself). A title after the name
    /// ("the SADC Chairperson") is not read here.
    /// - Complexity: O(1) (a window of five words).
    static func holdsTheChairOf(_ mention: Mention, in tokens: [Token]) -> Bool {
        guard !tokens[mention.range].contains(where: { bodyExecutiveWords.contains($0.key) || $0.key == "conseil" }) else { return false }
        var link = mention.range.lowerBound - 1
        while link >= 0, ["the", "la", "le", "l'", "les"].contains(tokens[link].key) { link -= 1 }
        guard link > 0, ["of", "de", "du", "d'"].contains(tokens[link].key) else { return false }
        var index = link - 1
        while index >= max(0, link - 5) {
            let key = tokens[index].key
            if key == "," || clauseEnds.contains(key) { return false }
            if bodyChairTitles.contains(key) { return true }
            // "présidente du Conseil de la COI": the president of a body's council of ministers holds its rotating chair.
            if ["president", "presidente"].contains(key) {
                return tokens[(index + 1)..<link].contains { ["conseil", "council"].contains($0.key) }
            }
            if holderOffices.contains(key) || ["commission", "secretariat", "commissaire"].contains(key) { return false }
            index -= 1
        }
        return false
    }

    /// Endings of demonyms, English and French, as folded keys: "Bolivian", "Nepali", "Sudanese", "Sénégalais",
    /// "Nigérien", "Béninois", "Chilienne".
    static let demonymEndings: [String] = ["an", "ese", "ish", "i", "ais", "aise", "ien", "ienne", "ain", "aine", "ois", "oise", "en", "enne"]
    /// Capitalised nouns that follow a demonym in the name of a body or a thing, not of a person: "the Nigerian
    /// Immigration Service", "the Senegalese Red Cross", "the Chilean Foreign Ministry".
    static let bodyNameWords: Set<String> = SentenceAnalysis.institutionWords.union(holderOffices).union(ministryWords).union([
        "government", "gouvernement", "army", "armed", "forces", "police", "navy", "air", "coast", "guard", "border", "service", "services",
        "agency", "institute", "authorities", "authority", "embassy", "parliament", "senate", "congress", "assembly", "national",
        "nationals", "people", "republic", "state", "foreign", "interior", "home", "affairs", "red", "cross", "crescent",
        "airlines", "airways", "press", "news", "radio", "television", "times", "post", "bank", "central", "federal", "league", "party",
        "front", "movement", "court", "university", "chamber", "council", "federation", "association", "company", "customs",
        "immigration", "migration", "ports", "port", "railways", "gendarmerie", "garde", "armee", "presidency", "presidence", "cabinet",
        "senior", "officials", "leaders", "leader", "counterpart", "counterparts", "trade", "economy",
    ])

    /// Whether `mention`, a country's demonym, stands right before a person's name and so names that person's country:
    /// "the Bolivian Luis Arce", "Ecuadorian Guillermo Lasso", "le Sénégalais Macky Sall", "l'Algérien Abdelmadjid
    /// Tebboune". The demonym is one capitalised word with a demonym's ending that is not the country's own name (or
    /// two, "Sri Lankan"); the name is two to four capitalised words that name no actor, city or meeting and no body
    /// ("the Nigerian Immigration Service"), and ends the sentence or stands before punctuation, "and"/"et" or a
    /// lower-case word (the verb).
    /// - Complexity: O(m) for m mentions (a window of at most five words).
    func demonymBeforeName(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard mention.range.count <= 2, let id = mention.actorID, let actor = gazetteer.actors[id], actor.kind == .country else { return false }
        let last = tokens[mention.range.upperBound - 1]
        guard last.kind == .word, last.isCapitalized, !last.isAcronym, Tokenizer.fold(actor.name) != last.key,
            DocumentReader.demonymEndings.contains(where: { last.key.hasSuffix($0) })
        else { return false }
        var end = mention.range.upperBound
        while end < tokens.count, end - mention.range.upperBound < 5 {
            let token = tokens[end]
            guard token.kind == .word, token.isCapitalized, !token.isAcronym, !DocumentReader.bodyNameWords.contains(token.key),
                !sentence.mentions.contains(where: { $0.range.contains(end) }), !sentence.meetingWords.contains(where: { $0.range.contains(end) })
            else { break }
            end += 1
        }
        let length = end - mention.range.upperBound
        guard (2...4).contains(length) else { return false }
        guard end < tokens.count else { return true }
        let next = tokens[end]
        return next.kind == .punctuation || ["and", "et"].contains(next.key) || next.kind == .word && !next.isCapitalized
    }

    /// Offices and nouns of people that a list of demonyms qualifies: "Slovak, Hungarian and Polish counterparts", "ses
    /// homologues français et polonais".
    static let demonymListOffices: Set<String> = holderOffices.union([
        "counterparts", "counterpart", "homologues", "homologue", "leaders", "dirigeants", "heads", "chefs", "premiers",
    ])

    /// Whether `mention`, a country alone or in a list of countries (joined by commas and "and", "et"), is qualified by
    /// an office: the office right after the list's last country ("his Slovak, Hungarian and Polish counterparts", "his
    /// Moroccan counterpart", "the French and German interior ministers") or, for French demonyms written in lower case,
    /// right before its first ("ses homologues français et polonais", "les chefs d'Etat guinéen, libérien et
    /// sierra-léonais").
    /// - Complexity: O(m·k) for m mentions and a list of k countries (at most eight).
    func demonymListTakesOffice(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        func isCountry(_ other: Mention) -> Bool { other.actorID.map { gazetteer.actors[$0]?.kind == .country } == true }
        guard isCountry(mention) else { return false }
        func next(after item: Mention) -> Mention? {
            var index = item.range.upperBound
            if index < tokens.count, tokens[index].key == "," { index += 1 }
            if index < tokens.count, ["and", "et"].contains(tokens[index].key) { index += 1 }
            guard index > item.range.upperBound else { return nil }
            return sentence.mentions.first { $0.range.lowerBound == index && isCountry($0) }
        }
        func previous(before item: Mention) -> Mention? {
            var index = item.range.lowerBound
            if index > 0, ["and", "et"].contains(tokens[index - 1].key) { index -= 1 }
            if index > 0, tokens[index - 1].key == "," { index -= 1 }
            guard index < item.range.lowerBound else { return nil }
            return sentence.mentions.first { $0.range.upperBound == index && isCountry($0) }
        }
        var last = mention
        var first = mention
        var count = 1
        while count < 8, let following = next(after: last) {
            last = following
            count += 1
        }
        while count < 8, let preceding = previous(before: first) {
            first = preceding
            count += 1
        }
        let offices = DocumentReader.demonymListOffices
        let end = last.range.upperBound
        if tokens[end..<min(tokens.count, end + 2)].contains(where: { offices.contains($0.key) }) { return true }
        let start = first.range.lowerBound
        guard !tokens[start].isCapitalized, start > 0 else { return false }
        if offices.contains(tokens[start - 1].key) { return true }
        // "les chefs d'Etat guinéen": the office's complement between.
        return start >= 3 && ["etat", "gouvernement"].contains(tokens[start - 1].key) && ["d'", "de"].contains(tokens[start - 2].key)
            && offices.contains(tokens[start - 3].key)
    }

    /// Whether `mention` continues a series of office-holders named each with their country: "the Presidents of Liberia,
    /// Ellen Kamara, of Sierra Leone, Ernest Bangura, and of Guinea", "les Présidents du Liberia, X, de la Sierra Leone,
    /// Y". The mention follows "of", "de", "du" (and an article, "and", "et"), itself after a person's name (one to five
    /// capitalised words that name no actor, or a "the", "le" and such a name) set off by commas, right after a
    /// mention in `officeEnds` (one read as an office-holder's country).
    /// - Complexity: O(1) (a window of at most ten words).
    func officeContinues(to mention: Mention, after officeEnds: Set<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        var index = mention.range.lowerBound - 1
        while index >= 0, ["the", "la", "le", "l'", "les"].contains(tokens[index].key) { index -= 1 }
        guard index > 0, ["of", "de", "du", "d'", "des"].contains(tokens[index].key) else { return false }
        index -= 1
        if index >= 0, ["and", "et"].contains(tokens[index].key) { index -= 1 }
        guard index >= 0, tokens[index].key == "," else { return false }
        index -= 1
        var nameLength = 0
        while index >= 0, nameLength < 6, tokens[index].kind == .word, tokens[index].isCapitalized || tokens[index].key == "bin",
            !sentence.mentions.contains(where: { $0.range.contains(index) })
        {
            nameLength += 1
            index -= 1
        }
        guard nameLength >= 1, nameLength <= 5, index >= 1, tokens[index].key == "," else { return false }
        return officeEnds.contains(index)
    }

    /// The bracket depth before each token (and one past the end).
    static func bracketDepths(_ tokens: [Token]) -> [Int] {
        var depths: [Int] = []
        depths.reserveCapacity(tokens.count + 1)
        var depth = 0
        for token in tokens {
            if token.key == ")" { depth = max(0, depth - 1) }
            depths.append(depth)
            if token.key == "(" { depth += 1 }
        }
        depths.append(depth)
        return depths
    }

    /// Whether the words after a chair verb name the dialogue (or its chairmanship) rather than a meeting:
    /// "will chair the migration dialogue for one year", "chaired the Rabat Process in 2019".
    func chairsTheDialogue(after position: Int, in sentence: SentenceAnalysis) -> Bool {
        let window = position..<min(sentence.tokens.count, position + 5)
        // "Belgium chaired the summits in 2024": a series of meetings is the chairmanship.
        if position + 1 < sentence.tokens.count, ["the", "les", "its", "ses"].contains(sentence.tokens[position].key),
            ["summits", "meetings", "sessions", "conferences", "sommets", "reunions", "conferences"].contains(sentence.tokens[position + 1].key)
        {
            return true
        }
        if sentence.meetingWords.contains(where: { window.contains($0.range.lowerBound) }) { return false }
        if sentence.mentions.contains(where: { window.contains($0.range.lowerBound) && $0.actorID.map { gazetteer.actors[$0]?.kind == "dialogue" } == true }) {
            return true
        }
        // "le Kazakhstan préside le processus": the French words too.
        return sentence.tokens[window].contains {
            ["dialogue", "process", "chairmanship", "presidency", "chairship", "processus", "presidence"].contains($0.key)
        }
    }

    /// The date a chair is held since: "chaired by Turkey since 1 July 2014", "présidé par la Turquie depuis le 1er
    /// juillet 2014" ("since" or "depuis" within eight words after the role word, no clause end or comma before it, a
    /// written date within three words after it); nil otherwise.
    /// - Complexity: O(1): a window of eight words.
    static func chairedSince(after position: Int, in sentence: SentenceAnalysis) -> PartialDate? {
        let tokens = sentence.tokens
        for index in position..<min(tokens.count, position + 8) {
            let key = tokens[index].key
            if clauseEnds.contains(key) || key == "," { return nil }
            guard key == "since" || key == "depuis" else { continue }
            return sentence.dates.first { !$0.isRelative && $0.range.lowerBound > index && $0.range.lowerBound <= index + 3 }?.start
        }
        return nil
    }

    /// Chairmanship handovers and holders: "passed from Mali to Belgium", "the handover of the French presidency to
    /// Equatorial Guinea", "Senegal took over the chairmanship", "the Equatoguinean Chairmanship".
    mutating func chairmanship(in sentence: SentenceAnalysis, provenance: Provenance, date: DateMention?) {
        if chairStatement(in: sentence, provenance: provenance) { return }
        if chairOfOfficeHolder(in: sentence, provenance: provenance) { return }
        guard sentence.tokens.contains(where: { DocumentReader.chairWords.contains($0.key) }) else { return }
        // "In 2017 Mali took over ..., and in June 2018 ... Belgium assumed the role": each clause has its own date.
        var clauses: [Range<Int>] = []
        var start = 0
        let tokens = sentence.tokens
        for index in tokens.indices
        where tokens[index].key == ";"
            || (tokens[index].key == "," && index + 1 < tokens.count && ["and", "but", "while", "whereas"].contains(tokens[index + 1].key))
        {
            clauses.append(start..<index)
            start = index + 1
        }
        clauses.append(start..<tokens.count)
        guard clauses.count > 1 else { return chairmanship(clause: sentence, provenance: provenance, date: date) }
        for range in clauses where !range.isEmpty {
            let clause = SentenceAnalysis(sentence.text(of: range), gazetteer: gazetteer)
            let clauseDates = clause.dates.filter { !$0.isYearless && !$0.isDeadline }
            let clauseDate = clauseDates.first { !$0.isYearOnly } ?? clauseDates.first ?? date
            chairmanship(clause: clause, provenance: provenance, date: clauseDate)
        }
    }

    /// Reads a word before a chair title: "incoming" starts the chair, "outgoing" ends it, a year dates it, and a word of
    /// `words` ("the", "current") is passed over. Returns false for any other word, which ends the title.
    /// - Complexity: O(1).
    static func readsChairQualifier(_ token: Token, kind: inout ChairFact.Kind, year: inout Int?, words: Set<String>) -> Bool {
        if DocumentReader.incomingChairWords.contains(token.key) {
            kind = .starts
        } else if DocumentReader.outgoingChairWords.contains(token.key) {
            kind = .ends
        } else if let stated = DateRecognizer.year(token) {
            year = stated
        } else if !words.contains(token.key) {
            return false
        }
        return true
    }

    private static let officeHolderChairTitles: Set<String> = [
        "chair", "chairperson", "chairman", "chairwoman", "chair-in-office", "chairperson-in-office", "chairman-in-office",
    ]
    private static let officeHolderChairQualifiers: Set<String> = [
        "the", "current", "currently", "incumbent", "acting", "annual", "rotating", "le", "la", "l'", "actuel", "actuelle",
    ]

    /// A body's chair held by a person whose office names a country (rule `chair-of-office-holder`): in a relative clause
    /// after the person ("Kenyan President A, who is the EAC Chairperson", "Peru's foreign minister, who is the chairman of
    /// the Forum"), or joined to the office by "and" or a comma after the title ("the outgoing Chairman of the Community
    /// and Prime Minister of Fiji", "the new Chair-in-Office of the Forum, the President of Ghana"). The body is named
    /// next to the title (before it, or after "of"); an organisation only on a page about no other dialogue. An incoming
    /// chair starts it, an outgoing or past one ends it; dated by a year next to the title, else the meeting's year, else
    /// the page's date.
    /// - Returns: whether the sentence stated such a chair.
    /// - Complexity: O(n·m) for n words and m mentions.
    mutating func chairOfOfficeHolder(in sentence: SentenceAnalysis, provenance: Provenance) -> Bool {
        let tokens = sentence.tokens
        let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
        guard !countries.isEmpty else { return false }
        func isBody(_ mention: Mention) -> Bool {
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind else { return false }
            return kind == "dialogue" || kind == .organisation && (mainDialogue == nil || mainDialogue == id)
        }
        func officeHolder(in span: Range<Int>) -> String? {
            countries.last { span.contains($0.range.lowerBound) && DocumentReader.namesOfficeHolder($0, in: tokens) }?.actorID
        }
        // "qui est le président en exercice de la CEDEAO": "président" names a body's chair only with "en exercice".
        func isTitle(_ index: Int) -> Bool {
            Self.officeHolderChairTitles.contains(tokens[index].key)
                || ["president", "presidente"].contains(tokens[index].key) && index + 2 < tokens.count && tokens[index + 1].key == "en"
                    && tokens[index + 2].key == "exercice"
        }
        for chair in tokens.indices where isTitle(chair) {
            var start = chair
            var kind = ChairFact.Kind.holds
            var year: Int?
            var body: String?
            while start > 0 {
                if let mention = sentence.mentions.first(where: { $0.range.upperBound == start && body == nil && isBody($0) }) {
                    body = mention.actorID
                    start = mention.range.lowerBound
                    continue
                }
                guard Self.readsChairQualifier(tokens[start - 1], kind: &kind, year: &year, words: Self.officeHolderChairQualifiers) else { break }
                start -= 1
            }
            var end = chair + 1
            if end + 1 < tokens.count, [["in", "office"], ["en", "exercice"]].contains([tokens[end].key, tokens[end + 1].key]) { end += 2 }
            if body == nil, end + 1 < tokens.count, ["of", "du", "de", "des", "d'"].contains(tokens[end].key) {
                var next = end + 1
                if next < tokens.count, ["the", "la", "le", "l'"].contains(tokens[next].key) { next += 1 }
                if let mention = sentence.mentions.first(where: { $0.range.lowerBound == next && isBody($0) }) {
                    body = mention.actorID
                    end = mention.range.upperBound
                }
            }
            guard let dialogue = body else { continue }
            var holder: String?
            // "A, who is the Chairperson": the person before the relative clause, back to the clause's start.
            if start >= 3, ["is", "was", "est", "etait"].contains(tokens[start - 1].key), ["who", "qui"].contains(tokens[start - 2].key),
                tokens[start - 3].key == ","
            {
                var from = start - 3
                while from > 0, start - 3 - from < 16, !DocumentReader.clauseEnds.contains(tokens[from - 1].key) { from -= 1 }
                holder = officeHolder(in: from..<(start - 3))
            }
            // "the head of state of Niger and current chairman of ECOWAS", "le chef de l'État du Tchad et président en exercice
            // de la CEN-SAD": an office that names a country, joined to the title before it.
            if holder == nil, start >= 2, ["and", "et"].contains(tokens[start - 1].key),
                let mention = countries.last(where: { $0.range.upperBound <= start - 1 && $0.range.upperBound + 1 >= start - 1 }),
                DocumentReader.namesOfficeHolder(mention, in: tokens)
            {
                holder = mention.actorID
            }
            // "the Chairman of the Community and Prime Minister of Fiji", "the Chair-in-Office, the President of Ghana": the
            // office joined to the title names the country.
            if holder == nil, end < tokens.count, ["and", "et", ","].contains(tokens[end].key) {
                var stop = end + 1
                while stop < tokens.count, stop - end <= 8, !DocumentReader.clauseEnds.contains(tokens[stop].key), tokens[stop].key != "," { stop += 1 }
                if let mention = countries.first(where: { (end + 1..<stop).contains($0.range.lowerBound) }),
                    DocumentReader.namesOfficeHolder(mention, in: tokens),
                    tokens[(end + 1)..<mention.range.lowerBound].contains(where: { DocumentReader.holderOffices.contains($0.key) })
                {
                    holder = mention.actorID
                }
            }
            guard let id = holder, id != dialogue else { continue }
            let date = (year ?? current.flatMap { drafts[$0].start?.year }).flatMap { PartialDate(year: $0) } ?? documentDate
            chairs.append(
                ChairFact(holder: id, dialogue: dialogue, kind: kind, date: date, rule: "chair-of-office-holder", provenance: provenance, isStated: true))
            facts.append(
                ExtractedFact(
                    subject: id, relation: "presidency", object: "\(dialogue) \(kind)\(date.map { " \($0)" } ?? "")", rule: "chair-of-office-holder",
                    provenance: provenance, review: date == nil ? "date of the chairmanship unknown" : nil))
            return true
        }
        return false
    }

    /// Verbs and marks after which a chair statement names its holders: "is", "was", "est", ":".
    static let chairCopulas: Set<String> = [
        "is", "was", "are", "were", "has", "have", "been", "remains", "est", "etait", "fut", "sont", "etaient", ":", "held", "assured", "exercised", "assumed",
        "by", "assuree", "assure", "exercee", "exerce", "occupee", "par", "now", "currently", "then",
    ]
    /// Words that may stand between the holders of a chair list: "Egypt, followed by the UK in 2016, Ethiopia in 2017",
    /// "Malawi (2022), Mozambique (2021)", "puis le Mali".
    static let chairListWords: Set<String> = [
        ",", "and", "et", "the", "la", "le", "l'", "followed", "by", "then", "puis", "suivi", "suivie", "de", "du", "par", "(", ")", "-", "–", "in", "en",
        "since", "depuis", "from", "until", "to", "a", "jusqu'en", "and", "later", "ensuite",
    ]

    private static let chairStatementNouns: Set<String> = [
        "chair", "chairs", "chairmanship", "chairmanships", "chairship", "presidency", "presidence", "chair-in-office", "presidencies",
    ]
    /// "The current Chair of the Khartoum Process is Eritrea", "Current Chair: Angola", "Past Chairs: Malawi (2022),
    /// Mozambique (2021)", "The first chairmanship ... was Egypt, followed by the UK in 2016, Ethiopia in 2017", "the
    /// first GFMD Chair, Belgium": a chair word, then a copula, a colon or a comma, then the holders, each dated by
    /// the year written after it (rule `chair-stated`). Holders named so are recorded even without a date. A chair of a
    /// meeting or of a part of it ("the meeting's chair was ...") is no chair of the dialogue.
    /// - Returns: whether the sentence was read as a chair statement.
    /// - Complexity: O(n·m) for n tokens and m mentions.
    /// Whether `mention` is an organisation whose own chair the chair noun at `chair` names in a capacity ("as the Chair
    /// of the PDD", "en sa qualité de président de la CEEAC"): "as" or "qualité de" right before the chair noun, no
    /// other chair noun after it ("as Chairperson and Deputy Chairperson of SADC"), no time word before it ("as
    /// out-going Chair"), and no capitalised word after the organisation's name ("Co-Chairs of the PDD Group of Friends",
    /// "the SADC Organ").
    /// - Complexity: O(1).
    func isChairedOrganisation(_ mention: Mention, chair: Int, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard let id = mention.actorID, gazetteer.actors[id]?.kind == .organisation, chair > 0,
            sentence.precededBy(chair, within: 2, anyOf: ["as", "qualite"]),
            !tokens[max(0, chair - 3)..<chair].contains(where: {
                DocumentReader.incomingChairWords.contains($0.key) || DocumentReader.outgoingChairWords.contains($0.key) || $0.key == "-"
            }),
            !tokens[(chair + 1)..<mention.range.lowerBound].contains(where: { $0.key == "and" || $0.key == "et" })
        else { return false }
        let end = mention.range.upperBound
        return end == tokens.count || !(tokens[end].kind == .word && tokens[end].isCapitalized)
    }

    mutating func chairStatement(in sentence: SentenceAnalysis, provenance: Provenance) -> Bool {
        let tokens = sentence.tokens
        let nouns = Self.chairStatementNouns
        let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
        guard !countries.isEmpty, tokens.contains(where: { nouns.contains($0.key) || ["president", "presidente", "chairperson"].contains($0.key) }) else {
            return false
        }
        let named = sentence.mentions.compactMap(\.actorID).first { gazetteer.actors[$0]?.kind == "dialogue" } ?? mainDialogue
        func state(_ holder: String, _ kind: ChairFact.Kind, _ date: PartialDate?, of body: String) {
            chairs.append(ChairFact(holder: holder, dialogue: body, kind: kind, date: date, rule: "chair-stated", provenance: provenance, isStated: true))
            guard kind != .ends else { return }
            facts.append(
                ExtractedFact(
                    subject: holder, relation: "presidency", object: "\(body) \(kind)\(date.map { " \($0)" } ?? "")", rule: "chair-stated",
                    provenance: provenance, review: date == nil ? "date of the chairmanship unknown" : nil))
        }
        // "La République de l'Équateur, en sa qualité de président 2019 du FMMD", "Spain, in its capacity as Chair of the
        // Rabat Process", "Bangladesh, as the Chair of the Platform on Disaster Displacement (PDD)": the subject before
        // "as" holds the chair of the dialogue or the organisation (one the page taught) named after the chair word.
        for chair in tokens.indices where nouns.contains(tokens[chair].key) || ["president", "presidente", "chairperson"].contains(tokens[chair].key) {
            guard sentence.precededBy(chair, within: 4, anyOf: ["as", "qualite", "capacity", "acting"]),
                let next = (chair + 1..<min(tokens.count, chair + 4)).first(where: {
                    !["of", "du", "de", "the", "la", "l'"].contains(tokens[$0].key) && DateRecognizer.year(tokens[$0]) == nil
                }),
                let body = sentence.mentions.first(where: {
                    $0.range.lowerBound == next && ($0.actorID == named || isChairedOrganisation($0, chair: chair, in: sentence))
                }),
                let dialogue = body.actorID,
                let holder = countries.last(where: {
                    $0.range.upperBound <= chair - 1 && !tokens[$0.range.upperBound..<chair].contains { DocumentReader.clauseEnds.contains($0.key) }
                }),
                let id = holder.actorID
            else { continue }
            // Dated by the year written by the chair word, or else by the meeting's year (the gold rule of "X, as Chair").
            let year = (chair - 2..<next).lazy.compactMap { DateRecognizer.year(tokens[$0]) }.first ?? current.flatMap { drafts[$0].start?.year }
            state(id, .holds, year.flatMap { PartialDate(year: $0) }, of: dialogue)
            // "Morocco, as Chair of the Rabat Process, opened the meeting", "le Maroc, en sa qualité de président du
            // Processus de Rabat, a ouvert la réunion": the chair whose act in that capacity is to lead the meeting co-chairs
            // it (rule `led-in-capacity`); hosting, speaking or taking part in that capacity is read elsewhere.
            if holder.range.upperBound < chair, tokens[holder.range.upperBound].key == ",",
                let comma = (body.range.upperBound..<min(tokens.count, body.range.upperBound + 3)).first(where: { tokens[$0].key == "," }),
                let verb = DocumentReader.verbAfterApposition(ending: comma, in: tokens), DocumentReader.leadingVerbs.contains(tokens[verb].key),
                DocumentReader.plannedWord(before: verb, in: tokens) == nil, let index = currentMeeting(spokenOfIn: sentence)
            {
                addCoChair(id, at: index, rule: "led-in-capacity", provenance: provenance)
            }
            return true
        }
        guard let dialogue = named else { return false }
        if let (holder, kind, year, chair) = chairInAppositionToCountry(in: sentence, countries: countries, dialogue: dialogue) {
            // Dated by the page, or else by the meeting's year (the gold rule of "X, as Chair").
            state(holder, kind, (year ?? current.flatMap { drafts[$0].start?.year }).flatMap { PartialDate(year: $0) }, of: dialogue)
            // "Le Niger, président en exercice du Processus, a ouvert la réunion": the chair who led the meeting in that
            // capacity co-chairs it.
            if kind == .holds, DocumentReader.leadsMeeting(around: chair..<chair + 1, in: tokens), DocumentReader.plannedWord(before: chair, in: tokens) == nil,
                let index = currentMeeting(spokenOfIn: sentence)
            {
                addCoChair(holder, at: index, rule: "chair-apposition", provenance: provenance)
            }
            return true
        }
        for chair in tokens.indices where nouns.contains(tokens[chair].key) {
            // "the current Chair of SADC is Malawi": an organisation's chair, not the dialogue's.
            if chairOwner(at: chair, in: sentence).organisation != nil { continue }
            // "the meeting's chair", "the chair of the session": a meeting's chair, not the dialogue's.
            let before = tokens[max(0, chair - 3)..<chair]
            if sentence.meetingWords.contains(where: { $0.range.upperBound <= chair && $0.range.upperBound + 3 > chair })
                || before.contains(where: { DocumentReader.subSessionWords.contains($0.key) || $0.key == "'s" || $0.key == "co" })
            {
                continue
            }
            var position = chair + 1
            var sawCopula = false
            var afterDialogue = false
            while position < tokens.count, position - chair <= 10 {
                let key = tokens[position].key
                if countries.contains(where: { $0.range.lowerBound == position }) { break }
                if let mention = sentence.mentions.first(where: { $0.range.lowerBound == position }),
                    mention.actorID.map({ gazetteer.actors[$0]?.kind == "dialogue" }) == true
                {
                    position = mention.range.upperBound
                    afterDialogue = true
                    continue
                }
                if DocumentReader.chairCopulas.contains(key) {
                    sawCopula = true
                } else if sawCopula, ["the", "la", "le", "l'"].contains(key) {
                    // "Past Chair: The Democratic Republic of the Congo", "est assurée par le Sénégal".
                } else if key == ",", !sawCopula, position == chair + 1 || afterDialogue,
                    countries.contains(where: {
                        $0.range.lowerBound == position + 1 || ($0.range.lowerBound == position + 2 && tokens[position + 1].key == "the")
                    })
                {
                    // "the first GFMD Chair, Belgium", "The second Chair of the Rabat Process, France, ...": the holder in
                    // apposition.
                    sawCopula = true
                } else if sawCopula || DocumentReader.clauseEnds.contains(key) || key == "," || DocumentReader.chairWords.contains(key) {
                    break
                }
                afterDialogue = false
                position += 1
            }
            guard sawCopula, let first = countries.first(where: { $0.range.lowerBound == position }) else { continue }
            // The holders: countries joined by list words, each with the years written after it.
            var holders: [(id: String, years: [Int])] = []
            var mention: Mention? = first
            while let current = mention, let id = current.actorID {
                var years: [Int] = []
                var next = current.range.upperBound
                while next < tokens.count, !countries.contains(where: { $0.range.lowerBound == next }) {
                    if let year = DateRecognizer.year(tokens[next]) {
                        years.append(year)
                    } else if !DocumentReader.chairListWords.contains(tokens[next].key) {
                        break
                    }
                    next += 1
                }
                holders.append((id, years))
                mention = countries.first { $0.range.lowerBound == next }
            }
            for holder in holders where holder.id != dialogue {
                let start = holder.years.first.flatMap { PartialDate(year: $0) }
                if holder.years.count > 1, let end = PartialDate(year: holder.years[1]) {
                    state(holder.id, .starts, start, of: dialogue)
                    state(holder.id, .ends, end, of: dialogue)
                } else {
                    state(holder.id, .holds, start, of: dialogue)
                }
            }
            return true
        }
        return false
    }

    private static let appositionToCountryChairNouns = chairStatementNouns.union(["president", "presidente", "chairperson", "chairman", "chairwoman"])
    private static let appositionToCountryTimeWords: Set<String> = [
        "the", "le", "la", "l'", "current", "currently", "incumbent", "actuel", "actuelle", "acting",
    ]
    /// "Nepal, current Chair of the Colombo Process, presided", "le Niger, président en exercice du Processus de Niamey,",
    /// "Thailand, the incoming Chair of the Process,": a country in apposition with a chair word of the dialogue (written
    /// after it with "of"/"du", the apposition closed by a comma or the sentence's end) holds the chairmanship; an
    /// incoming chair starts it, an outgoing or past one ends it. The year written next to the chair word dates it.
    /// - Returns: the holder, the kind of fact, the year and the chair word's position; nil when the sentence says no such
    ///   thing.
    /// - Complexity: O(n·m) for n tokens and m mentions.
    func chairInAppositionToCountry(in sentence: SentenceAnalysis, countries: [Mention], dialogue: String) -> (String, ChairFact.Kind, Int?, Int)? {
        let tokens = sentence.tokens
        let chairNouns = Self.appositionToCountryChairNouns
        let timeWords = Self.appositionToCountryTimeWords
        for chair in tokens.indices where chairNouns.contains(tokens[chair].key) {
            var start = chair
            var kind = ChairFact.Kind.holds
            var year: Int?
            while start > 0 {
                guard Self.readsChairQualifier(tokens[start - 1], kind: &kind, year: &year, words: timeWords) else { break }
                start -= 1
            }
            guard start >= 2, tokens[start - 1].key == ",", let holder = countries.first(where: { $0.range.upperBound == start - 1 })?.actorID
            else { continue }
            // "président en exercice du", "Chair-in-Office of", "pro tempore Chair of", "Chair 2023 of".
            var next = chair + 1
            while next < tokens.count,
                ["en", "exercice", "in", "office", "-", "pro", "tempore"].contains(tokens[next].key) || DateRecognizer.year(tokens[next]) != nil
            {
                if let stated = DateRecognizer.year(tokens[next]) { year = stated }
                next += 1
            }
            guard next < tokens.count, ["of", "du", "de", "des", "d'"].contains(tokens[next].key) else { continue }
            next += 1
            if next < tokens.count, ["the", "la", "le", "l'"].contains(tokens[next].key) { next += 1 }
            guard let body = sentence.mentions.first(where: { $0.range.lowerBound == next && $0.actorID == dialogue }),
                body.range.upperBound == tokens.count || [",", ".", ";", ")"].contains(tokens[body.range.upperBound].key)
            else { continue }
            return (holder, kind, year, chair)
        }
        return nil
    }

    /// The body whose chair the chair word at `position` names: a dialogue or an organisation written next to it
    /// ("the GFMD Chair", "the ECCAS presidency", "the Presidency of the Council of the EU", "la présidence du
    /// Processus de Rabat"); else the dialogue the text is about, else the first dialogue the sentence names.
    /// - Complexity: O(m) for m mentions.
    func chairOwner(at position: Int, in sentence: SentenceAnalysis) -> (dialogue: String?, organisation: String?) {
        let tokens = sentence.tokens
        var next = position + 1
        // "la présidence en exercice de la CEEAC", "Chair in Office of the OSCE".
        if next + 1 < tokens.count, [["en", "exercice"], ["in", "office"], ["pro", "tempore"]].contains([tokens[next].key, tokens[next + 1].key]) {
            next += 2
        }
        // "la présidence tournante de la CEEAC": an adjective after the chair word.
        if next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            ["tournante", "rotating", "annuelle", "semestrielle"].contains(tokens[next].key),
            ["of", "du", "de", "des", "d'"].contains(tokens[next + 1].key)
        {
            next += 1
        }
        // "la présidence luxembourgeoise du Benelux": a nationality adjective after the chair word names the holder;
        // the body follows it.
        if let adjective = sentence.mentions.first(where: {
            $0.range.lowerBound == next && !tokens[next].isCapitalized && $0.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
        }), adjective.range.upperBound < tokens.count, ["du", "de", "des", "d'"].contains(tokens[adjective.range.upperBound].key) {
            next = adjective.range.upperBound
        }
        if next < tokens.count, ["of", "du", "de", "des", "d'"].contains(tokens[next].key) {
            next += 1
            if next < tokens.count, ["the", "la", "le", "l'"].contains(tokens[next].key) { next += 1 }
            // "la présidence du Conseil des ministres de l'UEMOA", "the chairmanship of the Council of Ministers of
            // ECOWAS", "la présidence de la Conférence des chefs d'État et de gouvernement de l'UEMOA": the body whose
            // governing council or conference it is (the first "of" that an organisation follows, within twelve words
            // and no comma).
            if next < tokens.count, DocumentReader.governingBodyWords.contains(tokens[next].key),
                let of = (next + 2..<min(tokens.count, next + 12)).prefix(while: { tokens[$0].key != "," }).first(where: { of in
                    ["of", "de", "du", "des", "d'"].contains(tokens[of].key)
                        && sentence.mentions.contains(where: {
                            ($0.range.lowerBound == of + 1 || $0.range.lowerBound == of + 2 && ["the", "la", "le", "l'"].contains(tokens[of + 1].key))
                                && $0.actorID.map { gazetteer.actors[$0]?.kind == .organisation } == true
                        })
                })
            {
                next = ["the", "la", "le", "l'"].contains(tokens[of + 1].key) ? of + 2 : of + 1
            }
            // "the rotating presidency of the organisation", "la présidence de cette organisation", "the chairmanship of the
            // bloc": a common noun for a body, on a page about one body, names that body.
            if next < tokens.count, ["this", "cette", "ce"].contains(tokens[next].key) { next += 1 }
            if next < tokens.count, Self.bodyNouns.contains(tokens[next].key), next + 1 == tokens.count || !tokens[next + 1].isCapitalized,
                !sentence.mentions.contains(where: { $0.range.contains(next) }), let body = mainDialogue ?? mainOrganisation
            {
                return gazetteer.actors[body]?.kind == "dialogue" ? (body, nil) : (nil, body)
            }
        } else {
            next = -1
        }
        // The holder is a country ("the Luxembourg Presidency"); the owner is a dialogue or an organisation.
        let adjacent = sentence.mentions.first { mention in
            guard let id = mention.actorID, gazetteer.actors[id]?.kind != .country else { return false }
            if mention.range.lowerBound == next { return true }
            let end = mention.range.upperBound
            return end == position || (end + 1 == position && ["'s", "-", "council", "conseil"].contains(tokens[end].key))
        }
        if let id = adjacent?.actorID, let kind = gazetteer.actors[id]?.kind {
            return kind == "dialogue" ? (id, nil) : (nil, id)
        }
        return (mainDialogue ?? sentence.mentions.compactMap(\.actorID).first { gazetteer.actors[$0]?.kind == "dialogue" }, nil)
    }

    /// Common nouns that stand for the body a page is about after a chair word: "the presidency of the organisation",
    /// "la présidence tournante de cette organisation", "the chairmanship of the bloc".
    static let bodyNouns: Set<String> = [
        "organisation", "organization", "bloc", "grouping", "institution", "community", "union", "organisme", "communaute", "regroupement",
    ]

    /// The governing council or conference of a body, whose chair is the body's: "Council of Ministers", "Conférence
    /// des chefs d'État" (not an organ or a commission of it, which have chairs of their own).
    static let governingBodyWords: Set<String> = ["council", "conseil", "conference", "assembly", "assemblee", "summit", "sommet", "authority"]

    static let chairWords: Set<String> = [
        "presidency", "chairmanship", "chairship", "chair", "presidence", "chairing", "chairs", "chair-in-office", "chairperson-in-office",
        "presidency-in-office", "co-presidency", "copresidence", "co-presidence", "co-chairmanship", "co-chairship",
    ]

    private static let chairmanshipTransfer: Set<String> = frenchFutureTransfers.union([
        "passed", "passes", "pass", "handed", "hands", "hand", "handover", "hand-over", "transferred", "transfer", "rotated", "went", "moved", "handing",
        "passing",
        // French: "a transmis la présidence", "a confié la présidence au Portugal", "passation", "passage de flambeau".
        "transmis", "transmet", "confie", "cede", "ceder", "cedera", "passation", "passage", "remis", "transfere",
        // "ont passé le flambeau à Madagascar", "la présidence est passée de Madagascar à Maurice".
        "passe", "passee", "flambeau", "transmise", "confiee", "cedee",
    ])
    private static let chairmanshipTakes: Set<String> = frenchFutureTakes.union([
        "took", "takes", "take", "assumed", "assumes", "assume", "assuming", "taking", "inherited",
        // "le Congo a pris la présidence en exercice", "reprend la présidence".
        "pris", "prend", "prennent", "reprend", "repris", "assumee",
    ])
    /// French futures of handing a chair over, read as plans (``frenchFutureChairVerbs``): "le Niger transmettra la
    /// présidence au Bénin".
    private static let frenchFutureTransfers: Set<String> = [
        "transmettra", "transmettront", "passera", "passeront", "remettra", "remettront", "confiera", "cederont",
    ]
    /// French futures of taking a chair, read as plans (``frenchFutureChairVerbs``): "le Bénin prendra la présidence".
    private static let frenchFutureTakes: Set<String> = ["prendra", "prendront", "reprendra", "assumera", "assumeront"]
    private static let chairmanshipEndWords: Set<String> = ["end", "ended", "ends", "concluded", "close", "closed", "closing", "expired"]
    private mutating func chairmanship(clause sentence: SentenceAnalysis, provenance: Provenance, date: DateMention?) {
        let tokens = sentence.tokens
        let chairWords = DocumentReader.chairWords
        guard let chairIndex = tokens.firstIndex(where: { chairWords.contains($0.key) }) else { return }
        let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
        guard !countries.isEmpty else { return }
        // "the ECCAS presidency", "the Luxembourg Presidency of the Council of the European Union": the chair of an
        // organisation, not of the dialogue; a person checks it.
        var owner = chairOwner(at: chairIndex, in: sentence)
        // "The Luxembourg Presidency of the Council of the European Union convenes ...", on a page that names no
        // dialogue: the organisation is the forum whose chair is meant.
        if let organisation = owner.organisation, mainDialogue == nil,
            !sentence.mentions.contains(where: {
                $0.actorID.map { gazetteer.actors[$0]?.kind == "dialogue" } == true
            })
        {
            owner = (organisation, nil)
        }
        // "The Task Force of the Council of the Baltic Sea States (CBSS) met ... during the Finnish Presidency", on a page
        // that names no dialogue: the organisation the page names most, named before the chair word in the sentence,
        // which names no other ("the Czech presidency ... the EU stance" is no presidency of the EU).
        if owner.dialogue == nil, owner.organisation == nil, mainDialogue == nil, let organisation = mainOrganisation {
            let named = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .organisation } == true }
            if Set(named.compactMap(\.actorID)) == [organisation], named.contains(where: { $0.range.upperBound <= chairIndex }) {
                owner = (organisation, nil)
            }
        }
        let dialogue = owner.dialogue
        // "the 2022-2023 Chair", "Colombia Chairship 2024-2025": a year written next to the chair word dates it.
        let yearNextToChair = (max(0, chairIndex - 3)..<min(tokens.count, chairIndex + 3)).lazy.compactMap { DateRecognizer.year(tokens[$0]) }.first
        // "The 2023 Ministerial Conference in Lisbon (Portuguese Chairmanship) was recalled": a year the sentence states
        // that is not the current meeting's dates the chair, not the meeting.
        let meetingStart = current.flatMap { drafts[$0].start }
        let otherYear = date.flatMap { stated in
            stated.isYearOnly && meetingStart.map { $0.year != stated.start.year } == true ? stated.start : nil
        }
        var when =
            date.flatMap { $0.isYearOnly ? nil : $0.start } ?? yearNextToChair.flatMap { PartialDate(year: $0) } ?? otherYear ?? meetingStart
            ?? date?.start
            // "Burkina Faso takes the rotating chair of the Council", with no date in the text: the page's own date dates it
            // (the gold rule: a chairmanship is dated when the page dates it).
            ?? documentDate
        if let day = when, let month = day.month { when = PartialDate(year: day.year, month: month) }
        let transfer = Self.chairmanshipTransfer
        let takes = Self.chairmanshipTakes
        // "Switzerland will assume the chairmanship in 2026", "will conclude the Nigerian Chairmanship": a plan, not a
        // fact; its date is no chairmanship's start or end. Kept for review, not recorded.
        let verbIndex = tokens.firstIndex { transfer.contains($0.key) || takes.contains($0.key) } ?? chairIndex
        // "the presidency that the Netherlands will take over": the modal may stand after the chair word, before the verb.
        // "la Belgique doit céder la présidence au Burkina Faso": an obligation or a future in French is a plan too.
        // "le Niger transmettra la présidence": a French future; "has expressed its ambition to assume the presidency": a wish.
        let modal =
            DocumentReader.plannedWord(before: min(verbIndex, chairIndex), in: tokens)
            ?? (verbIndex > chairIndex ? DocumentReader.plannedWord(before: verbIndex, in: tokens) : nil)
            ?? (max(0, verbIndex - 3)..<verbIndex).first { Self.frenchPlannedChairWords.contains(tokens[$0].key) }
            ?? (Self.frenchFutureChairVerbs.contains(tokens[verbIndex].key) ? verbIndex : nil)
            ?? (max(0, min(verbIndex, chairIndex) - 6)..<min(verbIndex, chairIndex)).first { Self.chairWishWords.contains(tokens[$0].key) }
        // "The event will mark the handover ...": a handover announced for the meeting the text is about is dated by
        // that meeting and recorded, with a note to check that it took place.
        let atThisMeeting =
            modal.map { modal in
                current != nil
                    && sentence.meetingWords.contains {
                        $0.range.upperBound <= modal && sentence.precededBy($0.range.lowerBound, within: 1, anyOf: ["the", "this", "these"])
                    }
            } ?? false
        if atThisMeeting {
            let note = "review: chairmanship change announced for a meeting, recorded at its date; check that it took place: \(sentence.text.prefix(160))"
            if !notes.contains(note) { notes.append(note) }
        }
        let planned = modal != nil && !atThisMeeting
        // `holdsNow`: the holder a planned change would end ("Ghana will hand over the chairmanship to Nigeria", "Brazil
        // will assume the presidency, replacing Argentina") holds the chair today: a fact, dated by the page.
        func record(_ holder: String, _ kind: ChairFact.Kind, _ rule: String, holdsNow: Bool = false) {
            if let organisation = owner.organisation {
                let note = "review: a chairmanship of \(organisation), not of a dialogue; not recorded: \(sentence.text.prefix(160))"
                if !notes.contains(note) { notes.append(note) }
                return
            }
            // Only for the body the page is about: "the Luxembourg Presidency of the Council of the EU, which the Netherlands
            // will take over" on a Benelux page is another body's chair.
            if planned, holdsNow, dialogue.map({ body in gazetteer.actors[body]?.kind == "dialogue" || mainOrganisation.map { $0 == body } ?? true }) != true {
                return
            }
            if planned, holdsNow {
                chairs.append(
                    ChairFact(
                        holder: holder, dialogue: dialogue, kind: .holds, date: documentDate, rule: rule + "+holder", provenance: provenance, isStated: true))
                facts.append(
                    ExtractedFact(
                        subject: holder, relation: "presidency", object: "\(dialogue ?? "(dialogue?)") holds\(documentDate.map { " \($0)" } ?? "")",
                        rule: rule + "+holder", provenance: provenance, review: documentDate == nil ? "date of the chairmanship unknown" : nil))
                return
            }
            if planned {
                let note = "planned chairmanship, not recorded as a fact: \(sentence.text.prefix(160))"
                if !notes.contains("review: " + note) { notes.append("review: " + note) }
                facts.append(
                    ExtractedFact(
                        subject: holder, relation: "presidency", object: "\(dialogue ?? "(dialogue?)") \(kind)", rule: rule + "+planned",
                        provenance: provenance, review: note))
                return
            }
            chairs.append(ChairFact(holder: holder, dialogue: dialogue, kind: kind, date: when, rule: rule, provenance: provenance))
            facts.append(
                ExtractedFact(
                    subject: holder, relation: "presidency", object: "\(dialogue ?? "(dialogue?)") \(kind)\(when.map { " \($0)" } ?? "")",
                    rule: rule, provenance: provenance, review: when == nil ? "date of the chairmanship unknown" : nil))
        }
        // "from Mali", "from the Gambia", "de l'Espagne", "du Maroc", "à la Guinée".
        func mention(after keys: Set<String>) -> String? {
            countries.first {
                sentence.precededBy($0.range.lowerBound, within: 1, anyOf: keys)
                    || sentence.precededBy($0.range.lowerBound, within: 2, anyOf: keys)
                        && ["the", "l'", "la", "le"].contains(tokens[$0.range.lowerBound - 1].key)
            }?.actorID
        }
        let hasTransfer = tokens.contains { transfer.contains($0.key) }
        // "took over", "assumed the chairmanship"; not "take stock".
        let hasTake = tokens.indices.contains { index in
            // "will assume the pro tempore presidency": a qualifier of two words may stand between.
            takes.contains(tokens[index].key)
                && tokens[(index + 1)..<min(tokens.count, index + 5)].contains { $0.key == "over" || $0.key == "role" || chairWords.contains($0.key) }
        }
        // "passed from Mali", "handed over by Spain to Côte d'Ivoire".
        let from = mention(after: ["from", "de", "du", "by", "par"]) ?? predecessor(in: sentence, countries: countries)
        let to = mention(after: ["to", "a", "au", "aux"])
        // The holder named just before the chair word ("the French presidency", "Belgium's chairmanship", "under the
        // Equatoguinean Chairmanship"), or after it ("the presidency of Mali"), but not "under the chairmanship of
        // Belgium", which chairs a meeting.
        // "the 2013 Hungarian CEI Presidency": the holder before the body written before the chair word.
        let bodyBefore = sentence.mentions.first { $0.range.upperBound == chairIndex && $0.actorID.map { gazetteer.actors[$0]?.kind != .country } == true }
        let namedBefore = countries.first { country in
            country.range.upperBound == chairIndex || (country.range.upperBound + 1 == chairIndex && tokens[chairIndex - 1].key == "-")
                || bodyBefore.map { country.range.upperBound == $0.range.lowerBound } == true
        }?
        .actorID
        // "la présidence pro tempore du Pérou", "la présidence en exercice du Tchad", "the rotating chair of Ghana": past the
        // qualifier of a rotating chair, the French "du", "de la" name the holder too (without one, "la présidence du Mali"
        // is the head of state's office).
        var after = chairIndex + 1
        while after + 1 < tokens.count, [["pro", "tempore"], ["in", "office"], ["en", "exercice"]].contains([tokens[after].key, tokens[after + 1].key]) {
            after += 2
        }
        if after < tokens.count, ["tournante", "rotating"].contains(tokens[after].key) { after += 1 }
        let qualified = after > chairIndex + 1
        var holderAt = -1
        if after + 1 < tokens.count, (qualified ? ["of", "du", "de", "d'"] : ["of"]).contains(tokens[after].key) {
            holderAt = qualified && ["the", "la", "le", "l'"].contains(tokens[after + 1].key) ? after + 2 : after + 1
        }
        let namedAfter = countries.first { $0.range.lowerBound == holderAt }?
            .actorID
            .flatMap { sentence.precededBy(chairIndex, within: 3, anyOf: ["under", "co"]) ? nil : $0 }
        // "la présidence française", "sous présidence équatorienne": a French adjective follows its noun.
        let adjectiveAfter = countries.first { $0.range.lowerBound == chairIndex + 1 && !tokens[chairIndex + 1].isCapitalized }?.actorID
        let named = namedBefore ?? namedAfter ?? adjectiveAfter
        // "Germany and Morocco's co-chairmanship": each country of a list just before the chair word holds it.
        if namedBefore == nil, namedAfter == nil, chairIndex >= 2, tokens[chairIndex - 1].key == "-", tokens[chairIndex - 2].key == "co" {
            var holders: [String] = []
            var position = chairIndex - 2
            for mention in countries.reversed() where mention.range.upperBound <= position {
                let gap = tokens[mention.range.upperBound..<position]
                guard gap.allSatisfy({ [",", "and", "et", "&"].contains($0.key) }), let id = mention.actorID else { break }
                holders.append(id)
                position = mention.range.lowerBound
            }
            if holders.count >= 2, !hasTransfer, !hasTake {
                for holder in holders.reversed() { record(holder, .holds, "co-holders-named") }
                return
            }
        }
        if hasTransfer, let to {
            // "past Chair of CARICOM, Suriname's Prime Minister, N, handed over the chairmanship to ...": the subject of the
            // verb of handing over gives it.
            let verb = tokens.firstIndex { transfer.contains($0.key) } ?? chairIndex
            if let previous = from ?? named ?? subject(before: chairIndex, in: sentence, countries: countries)
                ?? (verb > chairIndex ? subject(before: verb, in: sentence, countries: countries) : nil), previous != to
            {
                record(previous, .ends, "handover", holdsNow: true)
            }
            record(to, .starts, "handover")
        } else if hasTake, let taker = subject(before: tokens.firstIndex { takes.contains($0.key) }!, in: sentence, countries: countries) {
            if let previous = from ?? named, previous != taker { record(previous, .ends, "took-over", holdsNow: true) }
            record(taker, .starts, "took-over")
        } else if let named {
            // "the Malian chairmanship came to an end", "close the year of the French presidency".
            let endWords = Self.chairmanshipEndWords
            if tokens.contains(where: { endWords.contains($0.key) }) {
                record(named, .ends, "holder-ends")
            } else {
                record(named, .holds, "holder-named")
                presidencyChairsMeeting(named, chairIndex: chairIndex, in: sentence, provenance: provenance, planned: planned)
            }
        } else if let holder = holderAfter(chairIndex, in: sentence, countries: countries) {
            record(holder, .holds, "held-by")
        } else if let holder = subject(before: chairIndex, in: sentence, countries: countries),
            // "Chad ... assure la présidence tournante de la CEEAC", "les Seychelles, qui assurent la présidence".
            sentence.precededBy(
                chairIndex, within: 4,
                anyOf: ["holds", "held", "hold", "holding", "chairs", "chaired", "chairing", "assure", "assurent", "assurait", "occupe", "exerce", "exercent"]),
            tokens[chairIndex].key != "chair" || dialogue != nil
        {
            // "Le Sénégal assure désormais la présidence, succédant au Niger": the holder before ends.
            if let previous = predecessor(in: sentence, countries: countries), previous != holder { record(previous, .ends, "holds-chair", holdsNow: true) }
            record(holder, .holds, "holds-chair")
        } else if let holder = subject(before: chairIndex, in: sentence, countries: countries),
            let kind = chairPredicate(at: chairIndex, in: sentence, owner: owner)
        {
            record(holder, kind, "chair-predicate")
        }
    }

    /// "la Belgique doit céder la présidence", "le Maroc devra transmettre la présidence": a French obligation or future
    /// before the verb of a handover.
    private static let frenchPlannedChairWords: Set<String> = ["doit", "doivent", "devra", "devront", "devrait", "devraient"]
    /// French futures of the verbs of a chair changing hands: "le Niger transmettra la présidence", "le Bénin prendra la
    /// présidence".
    private static let frenchFutureChairVerbs: Set<String> = frenchFutureTransfers.union(frenchFutureTakes).union([
        "cedera", "assurera", "assureront",
    ])
    /// Words of a wish before a verb of taking a chair: "has expressed its ambition to assume the presidency", "son souhait
    /// d'assurer la présidence", "their willingness to host the presidency".
    private static let chairWishWords: Set<String> = [
        "ambition", "ambitions", "wish", "wishes", "willingness", "desire", "intention", "intends", "candidacy", "candidature", "bid", "souhait",
        "volonte", "ambitionne", "souhaite", "souhaitent", "aspire", "aspires", "keen", "ready", "prepared", "offered", "offre",
    ]
    /// Words before the holder a new one follows: "succeeding Brazil", "replacing Burundi", "succédant au Niger", "en
    /// remplacement des Comores", "à la suite du Ghana" (see ``predecessor(in:countries:)``).
    private static let predecessorWords: Set<String> = [
        "succeeding", "replacing", "succeeds", "replaces", "succeeded", "replaced", "succedant", "succede", "remplacant", "remplace", "remplacement",
    ]

    /// The holder a new one follows, named after a word of succession ("succeeding Brazil", "replacing Burundi",
    /// "succédant au Niger", "en remplacement des Comores", "à la suite du Ghana"); nil when none is. "X was succeeded
    /// by Y" names no predecessor here ("by" stands between).
    /// - Complexity: O(m) for m mentions.
    private func predecessor(in sentence: SentenceAnalysis, countries: [Mention]) -> String? {
        let tokens = sentence.tokens
        return countries.first { mention in
            var index = mention.range.lowerBound - 1
            while index >= 0, mention.range.lowerBound - index <= 2,
                ["the", "a", "au", "aux", "de", "du", "des", "d'", "la", "le", "l'"].contains(tokens[index].key)
            {
                index -= 1
            }
            guard index >= 0 else { return false }
            if Self.predecessorWords.contains(tokens[index].key) { return true }
            // "à la suite du Ghana", "à la suite d'Haïti".
            return tokens[index].key == "suite" && index >= 2 && tokens[index - 1].key == "la" && tokens[index - 2].key == "a"
        }?
        .actorID
    }

    /// Verbs of holding a chair after its holder in a relative clause: "which Barbados currently holds", "que le Congo
    /// assure".
    private static let relativeHoldVerbs: Set<String> = ["holds", "held", "hold", "assure", "assurent", "assurait", "exerce", "exercent", "occupe", "occupent"]
    /// Participles of holding a chair before its holder: "held by Angola", "assurée par le Tchad".
    private static let heldParticiples: Set<String> = ["held", "assured", "exercised", "assumed", "assuree", "exercee", "occupee", "assumee", "detenue"]

    /// The holder named in a clause after a chair and its body (rule `held-by`): "the rotating presidency of CARICOM,
    /// which Barbados currently holds", "la présidence de la CEEAC, que le Congo assure depuis janvier", "the
    /// chairmanship of SADC, held by Angola since August", "la présidence tournante de la CEEAC, assurée par le Tchad".
    /// The clause opens at the first comma within twelve words after the chair word.
    /// - Complexity: O(m) for m mentions.
    private func holderAfter(_ chairIndex: Int, in sentence: SentenceAnalysis, countries: [Mention]) -> String? {
        let tokens = sentence.tokens
        guard
            let comma = (chairIndex + 1..<min(tokens.count, chairIndex + 13)).first(where: {
                tokens[$0].key == "," || DocumentReader.clauseEnds.contains(tokens[$0].key)
            }), tokens[comma].key == ","
        else { return nil }
        var index = comma + 1
        if index < tokens.count, ["which", "que", "qu'"].contains(tokens[index].key) {
            guard let mention = countries.first(where: { $0.range.lowerBound > index && $0.range.lowerBound <= index + 2 }) else { return nil }
            let verbs = tokens[mention.range.upperBound..<min(tokens.count, mention.range.upperBound + 3)]
            return verbs.contains { Self.relativeHoldVerbs.contains($0.key) } ? mention.actorID : nil
        }
        while index < tokens.count, ["currently", "now", "actuellement", "desormais"].contains(tokens[index].key) { index += 1 }
        guard index + 1 < tokens.count, Self.heldParticiples.contains(tokens[index].key), ["by", "par"].contains(tokens[index + 1].key) else { return nil }
        return countries.first {
            $0.range.lowerBound == index + 2 || $0.range.lowerBound == index + 3 && ["the", "le", "la", "l'"].contains(tokens[index + 2].key)
        }?
        .actorID
    }
    /// Verbs that choose a chair: "was elected chair of", "a été élu à la présidence du".
    private static let chairElectionWords: Set<String> = ["elected", "elu", "elue", "elus", "designated", "designe", "designee", "appointed"]
    /// The verb of chairing (a chair word of ``chairWords``) with the body as its object: "which currently chairs the GFMD".
    private static let chairVerbWords: Set<String> = ["chairs", "chairing"]
    /// Copulas that state a holder: "Spain is the incoming chair", "le Niger est le président en exercice".
    private static let predicateCopulas: Set<String> = ["is", "was", "remains", "became", "becomes", "est", "reste", "devient", "demeure"]
    /// Words that may stand between a copula or a subject and the chair title: "is the current chair", "est le président".
    private static let predicateChairQualifiers: Set<String> = ["the", "a", "le", "la", "l'", "current", "actuel", "actuelle"]

    /// The kind of chairmanship a clause states of its subject with the chair word at `chairIndex`, when the body is
    /// named next to it (rule `chair-predicate`): chosen for the chair ("Nigeria was elected chair of MIDWA", "le Mali a
    /// été élu à la présidence du MIDWA": starts); the verb of chairing with the body as its object ("Germany, which
    /// currently chairs the GFMD": holds, not "chairs the GFMD meeting"); a copula or an apposition before the chair
    /// title ("Spain is the incoming chair of the Rabat Process", "and Equatorial Guinea the outgoing chair": holds,
    /// starts or ends by its qualifier). Nil for any other clause.
    /// - Complexity: O(m) for m mentions.
    private func chairPredicate(at chairIndex: Int, in sentence: SentenceAnalysis, owner: (dialogue: String?, organisation: String?)) -> ChairFact.Kind? {
        let tokens = sentence.tokens
        guard let body = owner.dialogue ?? owner.organisation else { return nil }
        let key = tokens[chairIndex].key
        if Self.chairVerbWords.contains(key) {
            var next = chairIndex + 1
            if next < tokens.count, ["the", "le", "la", "l'"].contains(tokens[next].key) { next += 1 }
            guard let object = sentence.mentions.first(where: { $0.range.lowerBound == next && $0.actorID == body }) else { return nil }
            return sentence.meetingWords.contains { $0.range.lowerBound >= object.range.upperBound && $0.range.lowerBound <= object.range.upperBound + 1 }
                ? nil : .holds
        }
        // The body named after the chair word ("chair of MIDWA") or for an apposition, by the page.
        let named = sentence.mentions.contains { $0.actorID == body && $0.range.lowerBound > chairIndex && $0.range.lowerBound <= chairIndex + 4 }
        if named, sentence.precededBy(chairIndex, within: 4, anyOf: Self.chairElectionWords) { return .starts }
        var kind = ChairFact.Kind.holds
        var year: Int?
        var index = chairIndex - 1
        while index >= 0,
            DocumentReader.readsChairQualifier(tokens[index], kind: &kind, year: &year, words: Self.predicateChairQualifiers)
        {
            index -= 1
        }
        guard index >= 0, index < chairIndex - 1 || Self.predicateCopulas.contains(tokens[index].key) else { return nil }
        if Self.predicateCopulas.contains(tokens[index].key) { return named || kind != .holds ? kind : nil }
        // "and Equatorial Guinea the outgoing chair": the subject itself, right before the title; "chaired by Peru, the
        // current Chair of the Forum": in apposition after its comma, when the body is named.
        func isCountry(endingAt end: Int) -> Bool {
            sentence.mentions.contains { $0.range.upperBound == end && $0.actorID.map { gazetteer.actors[$0]?.kind == .country } == true }
        }
        if tokens[index].key == ",", named, isCountry(endingAt: index) { return kind }
        return isCountry(endingAt: index + 1) && kind != .holds ? kind : nil
    }

    /// "the senior officials' meeting, held under the Moroccan presidency", "sous présidence équatorienne": the
    /// dialogue's chair under whom the meeting is held chairs it (rule `presidency-at-meeting`). Only in a sentence that
    /// names the current meeting itself (a meeting word that is no reference to another), with the chair word after
    /// "under" or "sous"; a chairmanship in brackets after a meeting's name ("(Romanian Chairmanship)") dates the
    /// chair, and does not say who led the meeting.
    private mutating func presidencyChairsMeeting(
        _ holder: String, chairIndex: Int, in sentence: SentenceAnalysis, provenance: Provenance, planned: Bool
    ) {
        guard !planned, let index = current, sentence.meetingWord != nil,
            !drafts[index].roles.contains(where: { $0.actor == holder && $0.relation == .coChairs })
        else { return }
        guard sentence.precededBy(chairIndex, within: 4, anyOf: ["under", "sous"]) else { return }
        let rule = "presidency-at-meeting"
        drafts[index].roles.append(RoleFact(actor: holder, relation: .coChairs, rule: rule, provenance: provenance, review: nil))
        facts.append(
            ExtractedFact(subject: holder, relation: "coChairs", object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
    }

    private static let plannedWordModals: Set<String> = ["will", "shall", "would", "'ll", "va"]
    private static let plannedWordBeforeTo: Set<String> = ["set", "due", "expected", "scheduled", "going", "plans", "planned", "is", "are", "intends"]
    /// The position of a future or an intention that governs the words at `position`: "will", "shall", "is set to",
    /// "is expected to" within the six words before it; nil for a fact.
    static func plannedWord(before position: Int, in tokens: [Token]) -> Int? {
        let modals = Self.plannedWordModals
        let beforeTo = Self.plannedWordBeforeTo
        let window = max(0, position - 6)..<position
        return window.first { index in
            modals.contains(tokens[index].key) || (beforeTo.contains(tokens[index].key) && index + 1 < tokens.count && tokens[index + 1].key == "to")
        }
    }

    /// The country a person's office names, the office ending at `end` before a relative clause: "The Gambian Minister
    /// of the Interior, who chaired the meeting", "le ministre malien de la Sécurité, qui a présidé" (a demonym or "X's"
    /// before the office, the rest of the office's name in capitals and small words up to `end`, from the clause's start).
    /// Nil when the words before the comma are not such a title.
    /// - Complexity: O(m) for m mentions.
    func officeAntecedent(endingAt end: Int, in sentence: SentenceAnalysis) -> Mention? {
        let tokens = sentence.tokens
        return sentence.roleMentions.first { mention in
            guard let id = mention.actorID, gazetteer.actors[id]?.kind == .country, mention.range.upperBound < end,
                end - mention.range.lowerBound <= 10, DocumentReader.namesOfficeHolder(mention, in: tokens),
                DocumentReader.isAppositionGap(tokens[mention.range.upperBound..<end].filter { $0.key != "," }[...]),
                !tokens[mention.range.upperBound..<end].contains(where: { $0.key == "," })
            else { return false }
            // The title opens the clause: only an article or an office ("le ministre") before the mention.
            let opening = tokens[..<mention.range.lowerBound].lastIndex { DocumentReader.clauseEnds.contains($0.key) || $0.key == "," }.map { $0 + 1 } ?? 0
            return tokens[opening..<mention.range.lowerBound].allSatisfy {
                ["the", "la", "le", "l'"].contains($0.key) || DocumentReader.holderOffices.contains($0.key)
            }
        }
    }

    private static let subjectEnds: Set<String> = [";", ".", "but", "while", "whereas", "so", "then"]
    /// The country that is the subject of a verb at `position`: the last one before it in the same clause.
    private func subject(before position: Int, in sentence: SentenceAnalysis, countries: [Mention]) -> String? {
        // "Equatorial Guinea, which holds the chairmanship": a relative clause keeps its subject.
        let ends = Self.subjectEnds
        return countries.last { $0.range.upperBound <= position && !sentence.tokens[$0.range.upperBound..<position].contains { ends.contains($0.key) } }?
            .actorID
    }
}
