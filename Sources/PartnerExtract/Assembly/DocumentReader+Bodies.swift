extension DocumentReader {
    /// Words between "of" and the body a meeting belongs to: "the Council of Ministers of the ECOWAS", "le Conseil des
    /// ministres de la CEEAC".
    private static let ownerLinks: Set<String> = ["of", "the", "de", "la", "le", "l'", "du", "d'"]
    /// Words that join a body to another one in a meeting's name: "the EU-AU Summit", "the ASEAN and China meeting",
    /// "la réunion UE/UA": a meeting of both is no meeting of one alone.
    private static let ownerJoiners: Set<String> = ["-", "/", "and", "et", "&", ",", "+", "with", "avec"]
    /// Marks that end a meeting's name before a bracket: "the meeting, (RAM)" names no meeting.
    private static let nameBreaks: Set<String> = [",", ";", ".", ":", "(", ")", "-"]

    /// Whether the words at `range` (an organisation's name or acronym, never a country's) name the meeting itself
    /// rather than one who takes part in it: the body right before the meeting's name ("the Sixth ASEM Immigration
    /// Directors' Meeting", "the CEI Foreign Ministers' Meeting"), after "of" the meeting's name ("the 14th Senior
    /// Officials' Meeting (SOM) of COMMIT", "le Conseil des ministres de la CEEAC"), or an acronym in brackets that
    /// abbreviates the meeting's name ("its 26th Regular Annual Meeting (RAM)", "la 38e Conférence des ministres de la
    /// Jeunesse et des Sports (CONFEJES)"), or right after an ordinal ("the 11th AMMTC"). Not a body joined to another one ("the EU-AU Summit", "the meeting of the
    /// EU and the AU"): both take part.
    /// - Complexity: O(w) for w meeting words of the sentence.
    static func namesTheMeeting(_ range: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].key : ""
        let after = range.upperBound < tokens.count ? tokens[range.upperBound].key : ""
        // An acronym in brackets: "Regular Annual Meeting (RAM)" abbreviates a name that opens with a meeting word
        // within twelve words, with no break between.
        if before == "(", after == ")" {
            let open = range.lowerBound - 1
            return sentence.meetingWords.contains { word in
                word.range.upperBound <= open && word.range.lowerBound + 12 >= open
                    && !tokens[word.range.upperBound..<open].contains { nameBreaks.contains($0.key) }
            }
        }
        // "the representatives of the 11th AMMTC", "la 37e CONFEJES": a body's name counted in a series is its meeting.
        if range.lowerBound > 0, isOrdinal(tokens[range.lowerBound - 1]) { return true }
        if ownerJoiners.contains(before) || ownerJoiners.contains(after) { return false }
        // "the ASEM Immigration Directors' Meeting": capitalised words (the meeting's own name) up to its meeting word.
        var next = range.upperBound
        while next < tokens.count, next <= range.upperBound + 4, !sentence.meetingWords.contains(where: { $0.range.lowerBound == next }) {
            guard tokens[next].kind == .word, tokens[next].isCapitalized, !tokens[next].isAcronym else { break }
            next += 1
        }
        if sentence.meetingWords.contains(where: { $0.range.lowerBound == next }) { return true }
        // "the Summit of SADC", "Senior Officials' Meeting (SOM) of the COMMIT": "of" right after the meeting's name.
        var link = range.lowerBound
        while link > 0, ownerLinks.contains(tokens[link - 1].key) { link -= 1 }
        guard link < range.lowerBound, ["of", "de", "du", "d'"].contains(tokens[link].key) else { return false }
        // An acronym of the meeting in brackets may stand between: "Meeting (SOM) of".
        if link >= 3, tokens[link - 1].key == ")", tokens[link - 3].key == "(" { link -= 3 }
        return sentence.meetingWords.contains { $0.range.upperBound == link }
    }

    /// Whether every place `sentence` names `actor` (an organisation, or an acronym it does not know) names the meeting
    /// itself (`namesTheMeeting(_:in:)`): such a body convenes the meeting; it is no participant of it.
    /// - Complexity: O(m + n) for m mentions and n tokens.
    /// A bracketed acronym that repeats the name right before it ("the Central European Initiative (CEI)") is judged
    /// with that name: a body whose name names a meeting ("Regular Annual Meeting", learned from "(RAM)") is one too.
    func onlyNamesTheMeeting(_ actor: String, in sentence: SentenceAnalysis) -> Bool {
        guard let known = gazetteer.actors[actor], known.kind != .country else { return false }
        if DocumentReader.nameIsAMeeting(known.name) { return true }
        let tokens = sentence.tokens
        var named = sentence.mentions.filter { $0.actorID == actor }.map(\.range)
        if named.isEmpty { named = tokens.indices.filter { tokens[$0].text == actor }.map { $0..<$0 + 1 } }
        // "(CEI)" right after "the Central European Initiative": one naming, judged by the name.
        let ranges = named.filter { range in
            !(range.lowerBound >= 1 && tokens[range.lowerBound - 1].key == "(" && named.contains { $0.upperBound == range.lowerBound - 1 })
        }
        return !ranges.isEmpty && ranges.allSatisfy { DocumentReader.namesTheMeeting($0, in: sentence) }
    }

    /// Meeting words that also end the names of standing bodies ("the Pacific Islands Forum", "the High-Level
    /// Dialogue"): a name that ends with one may be a body's.
    private static let bodyEndings: Set<String> = ["forum", "dialogue", "consultations", "event", "gathering"]

    /// Whether a name ends with a meeting word, so that it names a meeting, not a body: "Regular Annual Meeting",
    /// "Pacific Islands Forum Foreign Ministers' Meeting" (an acronym learned from the text may stand for one).
    /// - Complexity: O(n) in the name's length.
    static func nameIsAMeeting(_ name: String) -> Bool {
        let tokens = Tokenizer.tokens(name)
        guard let last = tokens.last, !bodyEndings.contains(last.key) else { return false }
        return MeetingTypes.matcher.matches(in: tokens).contains { $0.range.upperBound == tokens.count && $0.value.type != MeetingTypes.notAMeeting }
    }
}

extension DocumentReader {
    /// Whether the acronym at `position`, in brackets, abbreviates a body named after its members ("the Ministers of the
    /// Member States of the Central European Initiative (CEI)", "des États membres de la Communauté ... (CEEAC)"): a
    /// member word followed by "of" or "de" stands within the twelve words before the bracket, with no break between.
    /// - Complexity: O(1).
    /// With `within`, the words of a name (a mention) are searched instead: the name holds its members.
    static func abbreviatesMembersOf(_ position: Int, in tokens: [Token], within name: Range<Int>? = nil) -> Bool {
        guard position >= 2, name != nil || tokens[position - 1].key == "(" else { return false }
        let open = position - 1
        var index = open - 1
        while index >= max(name?.lowerBound ?? 0, open - 12) {
            let key = tokens[index].key
            if [",", ";", ".", ":", ")", "("].contains(key) { return false }
            if ["member", "members", "membres", "membre"].contains(key) {
                // "Member States of", "membres de", "pays membres de la".
                return tokens[(index + 1)..<min(open, index + 3)].contains { ["of", "de", "des", "du", "d'"].contains($0.key) }
            }
            index -= 1
        }
        return false
    }
}

extension DocumentReader {
    /// Whether `mention`, alone in brackets, abbreviates the words right before it that the gazetteer did not know as a
    /// name ("l'Organisation internationale du travail (OIT)", written in lower case): the bracket holds the name of
    /// the clause's actor, not an aside.
    /// - Complexity: O(m) for m mentions.
    func abbreviatesAnUnknownName(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let start = mention.range.lowerBound
        guard mention.actorID != nil, start >= 2, tokens[start - 1].key == "(", mention.range.upperBound < tokens.count,
            tokens[mention.range.upperBound].key == ")", tokens[start - 2].kind == .word
        else { return false }
        return !sentence.mentions.contains { $0.range.upperBound == start - 1 }
    }
}

extension DocumentReader {
    /// Words that hedge a presence: "is likely to attend", "may join", "devrait participer", "pourraient prendre part".
    static let hedgeWords: Set<String> = [
        "likely", "unlikely", "may", "might", "could", "possibly", "perhaps", "devrait", "devraient", "pourrait", "pourraient", "probablement",
    ]

    /// Whether the role word at `position` is hedged: a hedge word (`hedgeWords`) among the three words before it, in its
    /// clause, in lower case (not the month May). The gold keeps a presence announced ("will attend", "doit participer")
    /// and drops a hedged one.
    /// - Complexity: O(1).
    static func isHedged(before position: Int, in tokens: [Token]) -> Bool {
        var index = position - 1
        while index >= max(0, position - 3) {
            let key = tokens[index].key
            if clauseEnds.contains(key) || key == "," { return false }
            // "the meeting of 12 May was attended by": the month is no hedge.
            if hedgeWords.contains(key), !tokens[index].isCapitalized { return true }
            index -= 1
        }
        return false
    }
}

extension DocumentReader {
    /// Words that make an office one held before: "former", "ancien", "ex".
    static let formerWords: Set<String> = ["former", "ancien", "ancienne", "anciens", "ex"]

    /// Whether the office before the actor that starts at `start` was held before: a former word (`formerWords`) within
    /// the ten words before it, with an office word (`holderOffices`) between them, across at most one comma and no
    /// clause end ("former Deputy Prime Minister of Barbados", "Theresa May, Former Prime Minister, United Kingdom",
    /// "l'ancien président du Mali").
    /// - Complexity: O(1).
    static func namesFormerOffice(before start: Int, in tokens: [Token]) -> Bool {
        var commas = 0
        var office = false
        var index = start - 1
        while index >= max(0, start - 10) {
            let key = tokens[index].key
            if clauseEnds.contains(key) { return false }
            // "l'ancien président du Mali et le ministre nigérien": "and" before an article opens another office.
            if ["and", "et"].contains(key), index + 1 < tokens.count, ["the", "le", "la", "l'", "les"].contains(tokens[index + 1].key) { return false }
            if key == "," {
                commas += 1
                if commas > 1 { return false }
            }
            if formerWords.contains(key) { return office }
            if holderOffices.contains(key) { office = true }
            index -= 1
        }
        return false
    }
}

extension DocumentReader {
    /// Verbs of presence in the forms a hedge takes before them: "likely to attend", "may take part", "may be present",
    /// "devrait participer".
    static let hedgedPresenceVerbs: Set<String> = [
        "attend", "participate", "join", "take", "present", "participer", "assister", "prendre", "presente", "presents", "rejoindre",
        // "devraient faire partie des invités", "pourrait faire le déplacement", "devrait figurer parmi", "may come".
        "faire", "figurer", "venir", "come",
    ]

    /// Whether the sentence hedges a presence: a hedge word (`hedgeWords`, in lower case) followed within three words by
    /// a verb of presence (`hedgedPresenceVerbs`). "is expected to take place" hedges the date, not anyone's presence.
    /// - Complexity: O(n) for n tokens.
    static func hedgesPresence(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            hedgeWords.contains(tokens[index].key) && !tokens[index].isCapitalized
                && ((index + 1)..<min(tokens.count, index + 4)).contains { verb in
                    hedgedPresenceVerbs.contains(tokens[verb].key)
                        && !(tokens[verb].key == "take" && verb + 1 < tokens.count && tokens[verb + 1].key == "place")
                }
        }
    }
}
