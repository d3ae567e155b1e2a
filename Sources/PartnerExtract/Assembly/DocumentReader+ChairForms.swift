import PartnerGraph

extension DocumentReader {
    /// Chair nouns that a bracketed holder may follow: "the Chair (Türkiye)", "Co-Chairs (Morocco, Germany)", "la
    /// présidence (Niger)".
    static let bracketedChairNouns: Set<String> = [
        "chair", "chairs", "co-chair", "co-chairs", "cochair", "cochairs", "chairperson", "co-chairperson", "president", "presidente",
        "copresident", "co-president", "copresidente", "co-presidente",
    ]

    /// Words before a chair noun that make it the chair of another time: "the former Chair (Fiji)", "the incoming Chair".
    static let otherTimeChairWords: Set<String> = [
        "former", "past", "previous", "incoming", "outgoing", "next", "vice", "ancien", "ancienne", "futur", "future",
    ]

    /// Whether the mention is a country or an organisation (not a dialogue, a meeting or a city).
    func isCountryOrOrganisation(_ mention: Mention) -> Bool {
        guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind else { return false }
        return kind == .country || kind == .organisation
    }

    /// Gives `actor` the co-chair role in the meeting at `index` (rule `rule`), unless it has it already.
    mutating func addCoChair(_ actor: String, at index: Int, rule: String, provenance: Provenance) {
        guard !drafts[index].roles.contains(where: { $0.actor == actor && $0.relation == .coChairs }) else { return }
        drafts[index].roles.append(RoleFact(actor: actor, relation: .coChairs, rule: rule, provenance: provenance, review: nil))
        facts.append(
            ExtractedFact(subject: actor, relation: "coChairs", object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
    }

    /// "Under the guidance of the Chair (Türkiye) and the Co-Chair (Hungary)", "the Co-Chairs (Morocco and Germany)
    /// opened the meeting": the holders in brackets right after a chair noun co-chair the current meeting (rule
    /// `chair-bracketed`). Not in a sentence with a denial or that names another meeting as a reference, not for the
    /// chair of a part of the meeting ("the working group's Chair (Kenya)"), nor for a former, incoming or vice chair;
    /// the brackets hold only countries and organisations joined by list words.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func bracketedChairs(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        guard tokens.contains(where: { $0.key == "(" }), let index = currentMeeting(spokenOfIn: sentence) else { return }
        for position in tokens.indices where DocumentReader.bracketedChairNouns.contains(tokens[position].key) {
            guard position + 1 < tokens.count, tokens[position + 1].key == "(",
                !sentence.precededBy(position, within: 2, anyOf: DocumentReader.otherTimeChairWords),
                !DocumentReader.namesSubSession(sentence, before: position),
                let close = tokens[(position + 1)...].firstIndex(where: { $0.key == ")" }), close - position <= 14
            else { continue }
            let inside = sentence.mentions.filter { $0.range.lowerBound > position + 1 && $0.range.upperBound <= close }
            guard !inside.isEmpty, inside.allSatisfy({ isCountryOrOrganisation($0) }) else { continue }
            // Between the holders, only list words: "(Morocco and Germany)", not "(Kenya, 2019-2021)".
            var covered = Set(inside.flatMap { Array($0.range) })
            covered.formUnion((position + 2)..<close)
            let gaps = ((position + 2)..<close).filter { index in !inside.contains { $0.range.contains(index) } }
            guard gaps.allSatisfy({ [",", "and", "et", "&", "the", "la", "le", "l'"].contains(tokens[$0].key) }) else { continue }
            for mention in inside { addCoChair(mention.actorID!, at: index, rule: "chair-bracketed", provenance: provenance) }
        }
    }

    /// Verbs of co-chairing that take the partner after "with"/"avec": "N, qui copréside avec son homologue français",
    /// "Spain co-chaired the meeting with Morocco".
    static let coChairVerbs: Set<String> = [
        "copreside", "copresidait", "copresidera", "copresident", "copresidaient", "copresideront", "co-chaired", "co-chairs", "co-chairing",
        "co-chair", "cochaired", "co-preside", "co-presidait", "co-presidera",
    ]

    /// "Le ministre sénégalais, qui copréside avec son homologue français", "Spain co-chaired the meeting with
    /// Morocco": both the subject of a verb of co-chairing and its partner after "with"/"avec" (within six words, past
    /// "his counterpart", "son homologue") co-chair the current meeting (rule `co-chaired-with`). A subject named only
    /// by a national office ("the Prime Minister, who co-chairs with ...") is the country where the meeting is held.
    /// Not in a sentence with a denial, a plan or an offer, or that names another meeting as a reference; not for a
    /// part of the meeting.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func coChairedWith(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        guard tokens.contains(where: { DocumentReader.coChairVerbs.contains($0.key) }), let index = currentMeeting(spokenOfIn: sentence) else { return }
        for verb in tokens.indices where DocumentReader.coChairVerbs.contains(tokens[verb].key) {
            guard let with = (verb + 1..<min(tokens.count, verb + 6)).first(where: { ["with", "avec"].contains(tokens[$0].key) }),
                !tokens[(verb + 1)..<with].contains(where: { DocumentReader.clauseEnds.contains($0.key) }),
                DocumentReader.plannedWord(before: verb, in: tokens) == nil, !DocumentReader.isIntention(before: verb, in: tokens),
                !DocumentReader.namesSubSession(sentence, after: verb + 1)
            else { continue }
            let reach = (with + 1)..<min(tokens.count, with + 7)
            let stop = reach.first { DocumentReader.clauseEnds.contains(tokens[$0].key) || tokens[$0].key == "," } ?? reach.upperBound
            guard let partner = sentence.mentions.first(where: { $0.range.lowerBound >= with + 1 && $0.range.lowerBound < stop && isCountryOrOrganisation($0) })
            else { continue }
            // The subject: the last country or organisation before the verb, in the same sentence part (a relative
            // "qui"/"who" after a comma keeps it).
            let start = tokens[..<verb].lastIndex { [";", ".", ":"].contains($0.key) }.map { $0 + 1 } ?? 0
            let subject = sentence.mentions.last { $0.range.upperBound <= verb && $0.range.lowerBound >= start && isCountryOrOrganisation($0) }
            var subjectID = subject?.actorID
            var subjectRule = "co-chaired-with"
            if subjectID == nil, tokens[start..<verb].contains(where: { DocumentReader.holderOffices.contains($0.key) }), let country = drafts[index].country {
                subjectID = country
                subjectRule = "co-chaired-with+office-of-venue"
            }
            if let subjectID, subjectID != partner.actorID { addCoChair(subjectID, at: index, rule: subjectRule, provenance: provenance) }
            addCoChair(partner.actorID!, at: index, rule: "co-chaired-with", provenance: provenance)
        }
    }

    /// Words naming one party of a bilateral meeting: "on the Moroccan side", "du côté marocain", "pour la partie
    /// tunisienne".
    static let sideWords: Set<String> = ["side", "cote", "partie"]
    /// Participles of chairing whose agent follows "by"/"par" past a side phrase: "co-chaired on the Senegalese side by",
    /// "coprésidés, du côté nigérien, par".
    static let sideChairVerbs: Set<String> = [
        "chaired", "co-chaired", "cochaired", "presided", "co-presided", "preside", "presidee", "presides", "presidees", "copreside", "copresidee",
        "copresides", "copresidees", "co-preside", "co-presidee", "co-presides", "co-presidees",
    ]

    /// "The talks were co-chaired on the Senegalese side by A and on the Gambian side by B", "la réunion a été
    /// coprésidée du côté marocain par A et du côté espagnol par B", "présidée pour la partie tunisienne par A": each
    /// party a side phrase names after a chair participle, with the agent ("by", "par") right after it, co-chairs the
    /// current meeting (rule `chaired-by-side`); the people are named by office only, the side gives their country.
    /// For a part of the meeting ("la séance d'ouverture a été présidée, du côté tchadien, par") the party takes part
    /// (rule `chaired-by-side+sub-session`). Not in a sentence with a denial, a plan, or a reference to another meeting.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func chairsBySide(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        guard tokens.contains(where: { DocumentReader.sideWords.contains($0.key) }),
            let verb = tokens.firstIndex(where: { DocumentReader.sideChairVerbs.contains($0.key) }),
            DocumentReader.plannedWord(before: verb, in: tokens) == nil, !sentence.precededBy(verb, within: 3, anyOf: RoleTrigger.negations),
            let index = currentMeeting(spokenOfIn: sentence)
        else { return }
        let subSession = DocumentReader.namesSubSession(sentence, before: verb) || DocumentReader.namesSubSession(sentence, after: verb + 1)
        for position in tokens.indices where position > verb && DocumentReader.sideWords.contains(tokens[position].key) {
            // English puts the party before "side", French after "côté" or "partie".
            let english = tokens[position].key == "side"
            guard
                let party = sentence.mentions.first(where: {
                    (english ? $0.range.upperBound == position : $0.range.lowerBound == position + 1) && isCountryOrOrganisation($0)
                }),
                let actor = party.actorID
            else { continue }
            let end = english ? position + 1 : party.range.upperBound
            guard (end..<min(tokens.count, end + 3)).contains(where: { ["by", "par"].contains(tokens[$0].key) }) else { continue }
            if !subSession {
                addCoChair(actor, at: index, rule: "chaired-by-side", provenance: provenance)
            } else if !drafts[index].roles.contains(where: { $0.actor == actor }) {
                let rule = "chaired-by-side+sub-session"
                drafts[index].roles.append(RoleFact(actor: actor, relation: .attends, rule: rule, provenance: provenance, review: nil))
                facts.append(
                    ExtractedFact(subject: actor, relation: "attends", object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
            }
        }
    }

    private static let incomingChairIncoming: Set<String> = ["incoming", "entrant", "entrante"]
    private static let incomingChairChairNouns: Set<String> = [
        "chair", "chairmanship", "chairship", "presidency", "presidence", "president", "presidente", "chairperson",
    ]
    /// "The meeting welcomed Malaysia as the incoming Chair for 2025", "the incoming Chair, Lithuania", "le Niger,
    /// président entrant": the dialogue's chairmanship passes to that country (a presidency tie that starts in the
    /// year written after the chair word, else undated; rule `incoming-chair`). The body is the one the chair word
    /// names, else the dialogue the page is about; on a page that names no dialogue, the organisation next to the chair
    /// word.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func incomingChair(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        let incoming = Self.incomingChairIncoming
        let chairNouns = Self.incomingChairChairNouns
        guard tokens.contains(where: { incoming.contains($0.key) }),
            !tokens.contains(where: { RoleTrigger.negations.contains($0.key) || $0.key.hasSuffix("n't") })
        else { return }
        for position in tokens.indices where incoming.contains(tokens[position].key) {
            // "the incoming Chair" or, in French, "président entrant".
            let chair: Int
            if position + 1 < tokens.count, chairNouns.contains(tokens[position + 1].key) {
                chair = position + 1
            } else if position > 0, chairNouns.contains(tokens[position - 1].key) {
                chair = position - 1
            } else {
                continue
            }
            let first = min(position, chair)
            let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
            // "welcomed Malaysia as the incoming Chair", "le Niger, président entrant".
            var back = first
            while back > 0, ["the", "la", "le", "l'", "its", "son", "sa"].contains(tokens[back - 1].key) { back -= 1 }
            if back > 0, ["as", "comme", "que", ","].contains(tokens[back - 1].key) { back -= 1 }
            if back > 0, tokens[back - 1].key == "tant", back > 1, tokens[back - 2].key == "en" { back -= 2 }
            var holder = countries.first { $0.range.upperBound == back }
            // "the incoming Chair, Lithuania".
            let last = max(position, chair)
            if holder == nil, last + 2 < tokens.count, tokens[last + 1].key == "," {
                holder = countries.first { $0.range.lowerBound == last + 2 || ($0.range.lowerBound == last + 3 && tokens[last + 2].key == "the") }
            }
            guard let id = holder?.actorID else { continue }
            let owner = chairOwner(at: chair, in: sentence)
            let dialogue = owner.dialogue ?? (mainDialogue == nil ? owner.organisation : nil)
            let year = (last + 1..<min(tokens.count, last + 5)).lazy.compactMap { DateRecognizer.year(tokens[$0]) }.first.flatMap { PartialDate(year: $0) }
            chairs.append(ChairFact(holder: id, dialogue: dialogue, kind: .starts, date: year, rule: "incoming-chair", provenance: provenance, isStated: true))
            facts.append(
                ExtractedFact(
                    subject: id, relation: "presidency", object: "\(dialogue ?? "(dialogue?)") starts\(year.map { " \($0)" } ?? "")", rule: "incoming-chair",
                    provenance: provenance, review: year == nil ? "date of the chairmanship unknown" : nil))
        }
    }
}

extension DocumentReader {
    /// "OSCE Chair-in-Office, Minister for Foreign Affairs of Malta N", "N, OSCE Chairperson in Office, Minister of
    /// Foreign Affairs of North Macedonia": the country whose office-holder is named as the chair-in-office holds the
    /// chairmanship of the body next to the chair word (rule `chair-in-office`), dated by the meeting the page reports.
    /// The holder is the first country within twelve words after the chair word that an office names ("Minister ... of
    /// Malta", "the Maltese Foreign Minister"), with no other chair word or clause end between.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func chairInOffice(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        for position in tokens.indices {
            var end = position + 1
            if ["chair-in-office", "chairperson-in-office", "chairman-in-office"].contains(tokens[position].key) {
                end = position + 1
            } else if ["chair", "chairperson", "chairman"].contains(tokens[position].key) {
                // "Chairperson in Office", "Chair-in-Office" written as separate words.
                let words = tokens[(position + 1)..<min(tokens.count, position + 5)].filter { $0.key != "-" }.prefix(2).map(\.key)
                guard words == ["in", "office"] else { continue }
                end = (position + 1..<min(tokens.count, position + 5)).first { tokens[$0].key == "office" }! + 1
            } else {
                continue
            }
            let owner = chairOwner(at: position, in: sentence)
            guard let body = owner.organisation ?? owner.dialogue, !sentence.precededBy(position, within: 2, anyOf: DocumentReader.otherTimeChairWords)
            else { continue }
            let reach = end..<min(tokens.count, end + 12)
            let stop =
                reach.first {
                    DocumentReader.clauseEnds.contains(tokens[$0].key) || DocumentReader.chairWords.contains(tokens[$0].key) || tokens[$0].key == ":"
                } ?? reach.upperBound
            guard
                let holder = sentence.mentions.first(where: { mention in
                    mention.range.lowerBound >= end && mention.range.lowerBound < stop
                        && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
                        && DocumentReader.namesOfficeHolder(mention, in: tokens)
                }), let id = holder.actorID
            else { continue }
            let year = current.flatMap { drafts[$0].start }.map { PartialDate(year: $0.year) } ?? sentence.dates.first.map { PartialDate(year: $0.start.year) }
            chairs.append(
                ChairFact(holder: id, dialogue: body, kind: .holds, date: year ?? nil, rule: "chair-in-office", provenance: provenance, isStated: true))
            facts.append(
                ExtractedFact(
                    subject: id, relation: "presidency", object: "\(body) holds\((year ?? nil).map { " \($0)" } ?? "")", rule: "chair-in-office",
                    provenance: provenance, review: year == nil ? "date of the chairmanship unknown" : nil))
        }
    }
}

extension DocumentReader {
    /// Chair nouns of a forum whose holder a person's office may name in apposition: "the SADC Chairperson", "Chairman
    /// of CARICOM", "président en exercice de la CONFEMEN" (a "président" only with "en exercice", else it is a head of
    /// state).
    static let appositionChairNouns: Set<String> = ["chair", "chairperson", "chairman", "chairwoman", "presidente", "president"]
    /// Words before a chair noun that make it the chair to come ("the incoming Chairman") or the one leaving ("the
    /// outgoing Chair", "past Chair").
    static let incomingChairWords: Set<String> = ["incoming", "next", "entrant", "entrante", "futur", "future", "new", "nouveau", "nouvelle"]
    static let outgoingChairWords: Set<String> = ["outgoing", "former", "past", "previous", "sortant", "sortante", "ancien", "ancienne"]
    /// Verbs whose agent ("by"/"par" after them) leads the meeting: "opened by", "chaired by", "les débats ont été menés
    /// par".
    /// Verbs of choosing a chair: "the Summit elected N as Chairperson", "a été désigné président en exercice".
    static let electionVerbs: Set<String> = [
        "elected", "re-elected", "reelected", "appointed", "designated", "chosen", "named", "elu", "elue", "elus", "reelu", "reelue", "designe",
        "designee", "nomme", "nommee", "choisi", "choisie",
    ]
    static let leadingAgentVerbs: Set<String> = leadingVerbs.union([
        "menes", "menees", "mene", "menee", "ouverts", "ouverte", "officially", "diriges", "dirigee", "dirigees", "conduits", "conduite", "conduites",
        "presides", "presidees", "guides", "guidee", "guidees",
    ])

    /// The dialogue or organisation written next to a chair word ("the SADC Chairperson", "Chair of CARICOM", "président
    /// en exercice de la CONFEMEN"), skipping "in office", "en exercice" and a rotating adjective; nil when none is.
    /// - Complexity: O(m) for m mentions.
    func bodyNamed(at position: Int, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        var after = position + 1
        while after < tokens.count, ["en", "exercice", "in", "office", "-", "-in-office", "tournante", "rotating"].contains(tokens[after].key) { after += 1 }
        // "Chairperson and Deputy Chairperson of SADC": the body after the second office.
        if after + 1 < tokens.count, ["and", "et"].contains(tokens[after].key),
            let second = (after + 1..<min(tokens.count, after + 4)).first(where: { DocumentReader.appositionChairNouns.contains(tokens[$0].key) })
        {
            after = second + 1
        }
        var next = -1
        if after < tokens.count, ["of", "du", "de", "des", "d'"].contains(tokens[after].key) {
            next = after + 1
            if next < tokens.count, ["the", "la", "le", "l'"].contains(tokens[next].key) { next += 1 }
        }
        let body = sentence.mentions.first { mention in
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind, kind == .organisation || kind == "dialogue" else { return false }
            // Not a part of the body: "Chairperson of the SADC Organ on Politics", "Chair of the ECOWAS Council".
            if mention.range.lowerBound == next, mention.range.upperBound < tokens.count, tokens[mention.range.upperBound].kind == .word,
                tokens[mention.range.upperBound].isCapitalized
            {
                return false
            }
            return mention.range.lowerBound == next || mention.range.upperBound == position
        }
        return body?.actorID
    }

    /// Whether the words from `start` up to `end` are a person's name and honorifics in apposition ("M. Oswald Homeky",
    /// "His Excellency President Jacob Zuma of the Republic of", "the Hon. John Briceno"): capitalised words, full stops
    /// of abbreviations, commas and the small words of a title, at most `longest`.
    static func isNameApposition(_ tokens: [Token], from start: Int, to end: Int, longest: Int = 10) -> Bool {
        guard end - start <= longest else { return false }
        return (start..<end).allSatisfy { index in
            let token = tokens[index]
            return token.key == "," || token.key == "." && isAbbreviationDot(tokens, at: index) || token.kind == .word && token.isCapitalized
                || ["the", "of", "de", "du", "la", "le", "l'", "his", "her", "son", "sa"].contains(token.key)
        }
    }

    /// The verb an apposition ending at `end` is the subject of: past the apposition's closing comma and auxiliaries or
    /// adverbs ("a", "has", "officially"), within four words; nil when something else comes first.
    /// - Complexity: O(1).
    static func verbAfterApposition(ending end: Int, in tokens: [Token]) -> Int? {
        guard end < tokens.count, tokens[end].key == "," else { return nil }
        let skipped: Set<String> = ["a", "has", "had", "have", "officially", "formally", "also", "then", "jointly", "officiellement", "ensuite"]
        var index = end + 1
        while index < min(tokens.count, end + 5), skipped.contains(tokens[index].key) { index += 1 }
        return index < tokens.count && tokens[index].kind == .word ? index : nil
    }

    /// "Emmerson Mnangagwa, President of the Republic of Zimbabwe, the Chairperson of SADC", "the SADC Chairperson, His
    /// Excellency President Jacob Zuma of the Republic of South Africa", "le ministre ... du Canada, M. N, Président en
    /// exercice de la CONFEMEN", "Outgoing Chairman, Prime Minister of Belize, the Hon. N": a forum's chair named by a
    /// person whose office names the country, the two in apposition, makes that country the holder of the forum's
    /// chairmanship (rule `chair-apposition`): it holds it, starts it for an incoming chair, ends it for an outgoing
    /// or past one. The forum is the dialogue or organisation written next to the chair word (``bodyNamed(at:in:)``),
    /// or, for "Incoming Chairman" alone, the dialogue the page is about. The country is named by an office
    /// (``namesOfficeHolder(_:in:)``, or an office within twelve words before it) and stands either right before the
    /// chair noun's comma, past a person's name, or after it within fourteen words, past titles and a name. Not for a
    /// vice or deputy chair, a co-chair, or the chair of a meeting or part of one. When the sentence says the meeting was
    /// opened, chaired or led by that chair ("officially opened by the SADC Chairperson, President N of X", "les
    /// débats ont été menés par ... Président en exercice", "..., président en exercice de la CEDEAO, a ouvert les
    /// travaux"), the holder co-chairs the current meeting as well.
    /// - Complexity: O(t·m) for t tokens and m mentions.
    mutating func chairInApposition(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        guard tokens.contains(where: { DocumentReader.appositionChairNouns.contains($0.key) }),
            !tokens.contains(where: { RoleTrigger.negations.contains($0.key) || $0.key.hasSuffix("n't") })
        else { return }
        let countries = sentence.mentions.filter { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
        guard !countries.isEmpty else { return }
        func office(_ mention: Mention) -> Bool {
            DocumentReader.namesOfficeHolder(mention, in: tokens)
                || tokens[max(0, mention.range.lowerBound - 12)..<mention.range.lowerBound].reversed()
                    .prefix { !DocumentReader.clauseEnds.contains($0.key) }
                    .contains { DocumentReader.holderOffices.contains($0.key) }
        }
        for position in tokens.indices where DocumentReader.appositionChairNouns.contains(tokens[position].key) {
            let french = ["president", "presidente"].contains(tokens[position].key)
            if french, !(position + 2 < tokens.count && tokens[position + 1].key == "en" && tokens[position + 2].key == "exercice") { continue }
            let before = tokens[max(0, position - 3)..<position].map(\.key)
            if before.contains(where: { ["vice", "deputy", "co", "adjoint"].contains($0) }) || before.last == "-" { continue }
            var kind = ChairFact.Kind.holds
            if before.contains(where: { DocumentReader.incomingChairWords.contains($0) }) { kind = .starts }
            if before.contains(where: { DocumentReader.outgoingChairWords.contains($0) }) { kind = .ends }
            // "the meeting's Chair", "Chair of the session": a meeting's chair, not the forum's.
            if DocumentReader.namesSubSession(sentence, before: position) || sentence.meetingWords.contains(where: { abs($0.range.lowerBound - position) <= 3 })
            {
                continue
            }
            let named = bodyNamed(at: position, in: sentence)
            // "the outgoing Chairperson, President N of X": the forum the page is about; not "the outgoing Chairperson of
            // the Organ ...", the chair of something the gazetteer does not know.
            let ofSomething = position + 1 < tokens.count && ["of", "de", "du", "des", "d'"].contains(tokens[position + 1].key)
            guard let body = named ?? (kind != .holds && !ofSomething ? mainDialogue ?? mainOrganisation : nil) else { continue }
            // The apposition's start (before the chair noun and its article or time word) and end (past the body).
            var start = position
            while start > 0,
                ["the", "la", "le", "l'", "current", "actuel", "actuelle"].contains(tokens[start - 1].key)
                    || DocumentReader.incomingChairWords.contains(tokens[start - 1].key) || DocumentReader.outgoingChairWords.contains(tokens[start - 1].key)
                    || (start - 1 >= 0 && sentence.mentions.contains { $0.actorID == body && $0.range.upperBound == start })
            {
                if let mention = sentence.mentions.first(where: { $0.actorID == body && $0.range.upperBound == start }) {
                    start = mention.range.lowerBound
                } else {
                    start -= 1
                }
            }
            var end = position + 1
            if let mention = sentence.mentions.first(where: { $0.actorID == body && $0.range.lowerBound > position && $0.range.lowerBound <= position + 6 }) {
                end = mention.range.upperBound
            }
            var holder: Mention?
            // Before: "COUNTRY[, Name], the Chair of BODY".
            if start > 0, tokens[start - 1].key == "," {
                holder = countries.last { mention in
                    mention.range.upperBound <= start - 1 && DocumentReader.isNameApposition(tokens, from: mention.range.upperBound, to: start - 1)
                        && !(mention.range.upperBound < start - 1 && tokens[mention.range.upperBound].kind == .word
                            && ["in", "a", "au", "en"].contains(tokens[max(0, mention.range.lowerBound - 1)].key))
                        && office(mention)
                }
            }
            // After: "the Chair of BODY, [titles and a name] of COUNTRY".
            if holder == nil, end < tokens.count, tokens[end].key == "," {
                // Past titles and a name only ("His Excellency President Jacob Zuma of the Republic of"), not a verb
                // ("succeeding N, the Prime Minister of Dominica" names the one before).
                holder = countries.first { mention in
                    mention.range.lowerBound > end && mention.range.lowerBound <= end + 15
                        && DocumentReader.isNameApposition(tokens, from: end + 1, to: mention.range.lowerBound, longest: 14) && office(mention)
                        && !tokens[(end + 1)..<mention.range.lowerBound].contains {
                            DocumentReader.chairWords.contains($0.key) || ["chair", "chairperson", "chairman", "chairwoman"].contains($0.key)
                        }
                }
            }
            // Elected: "the Summit elected President N of the Republic of Malawi as Chairperson of SADC", "President A of
            // X and President B of Y as Chairperson and Deputy Chairperson of SADC, respectively" (the first of the list).
            var elected = false
            if holder == nil, start > 1, ["as", "comme"].contains(tokens[start - 1].key) {
                let clauseStart = (tokens[..<(start - 1)].lastIndex { [";", "."].contains($0.key) }).map { $0 + 1 } ?? 0
                var window = max(clauseStart, start - 40)..<(start - 1)
                // (An abbreviation's full stop, "H.E.", does not end the clause: look past it once.)
                if window.lowerBound > 0, DocumentReader.isAbbreviationDot(tokens, at: window.lowerBound - 1) {
                    let earlier = (tokens[..<(window.lowerBound - 1)].lastIndex { [";", "."].contains($0.key) }).map { $0 + 1 } ?? 0
                    window = max(earlier, start - 40)..<(start - 1)
                }
                let verb = window.last { DocumentReader.electionVerbs.contains(tokens[$0].key) }
                let respectively = tokens[position...].contains { ["respectively", "respectivement"].contains($0.key) }
                if verb != nil || respectively {
                    let listed = countries.filter { window.contains($0.range.lowerBound) && $0.range.lowerBound > (verb ?? -1) && office($0) }
                    holder = respectively ? listed.first : listed.last
                    elected = holder != nil
                    if elected, kind == .holds { kind = .starts }
                }
            }
            guard let id = holder?.actorID, id != body,
                !chairs.contains(where: { $0.holder == id && $0.dialogue == body && $0.provenance.sourceText == provenance.sourceText })
            else { continue }
            let year = current.flatMap { drafts[$0].start }.map { PartialDate(year: $0.year) } ?? sentence.dates.first.map { PartialDate(year: $0.start.year) }
            let date: PartialDate? = year ?? nil
            chairs.append(ChairFact(holder: id, dialogue: body, kind: kind, date: date, rule: "chair-apposition", provenance: provenance, isStated: true))
            facts.append(
                ExtractedFact(
                    subject: id, relation: "presidency", object: "\(body) \(kind)\(date.map { " \($0)" } ?? "")", rule: "chair-apposition",
                    provenance: provenance, review: date == nil ? "date of the chairmanship unknown" : nil))
            // "opened by the SADC Chairperson, ...", "menés par ..., Président en exercice": the forum's chair led the meeting.
            // (The agent "by"/"par" within sixteen words before the apposition, past a name and an office, in one clause.)
            let first = min(start, holder!.range.lowerBound)
            let lead = max(0, first - 16)..<first
            if kind == .holds, !elected, let agent = lead.last(where: { ["by", "par"].contains(tokens[$0].key) }), agent > 0,
                !tokens[agent..<first].indices.contains(where: {
                    DocumentReader.clauseEnds.contains(tokens[$0].key) && !DocumentReader.isAbbreviationDot(tokens, at: $0)
                }),
                (max(0, agent - 3)..<agent).contains(where: { DocumentReader.leadingAgentVerbs.contains(tokens[$0].key) }),
                DocumentReader.plannedWord(before: agent, in: tokens) == nil, let index = currentMeeting(spokenOfIn: sentence)
            {
                addCoChair(id, at: index, rule: "chair-apposition", provenance: provenance)
            } else if kind == .holds, !elected, let verb = DocumentReader.verbAfterApposition(ending: max(end, holder!.range.upperBound), in: tokens),
                DocumentReader.leadingVerbs.contains(tokens[verb].key), DocumentReader.plannedWord(before: verb, in: tokens) == nil,
                let index = currentMeeting(spokenOfIn: sentence)
            {
                // "Le président du Ghana, président en exercice de la CEDEAO, a ouvert les travaux", "X of Y, the Chair of
                // BODY, chaired the summit": the chair is the subject of a verb of leading the meeting.
                addCoChair(id, at: index, rule: "chair-apposition", provenance: provenance)
            }
        }
    }
}
