import PartnerGraph

extension DocumentReader {
    /// Words that, alone in a short line ending with a colon, head a list of participants: "Participants:", "Delegations
    /// present:", "Pays participants :".
    static let rosterHeadWords: Set<String> = [
        "participants", "delegations", "attendees", "attendance", "participating", "pays", "etats", "present", "presents", "presentes",
    ]
    /// Marks that open a line of a list: bullets and dashes.
    private static let rosterBullets: Set<String> = ["-", "•", "*", "–", "—", "·", "o", "▪", "►"]
    /// Marks that may follow the country or organisation opening a line of a roster: "Botswana: H.E. ...", "Malawi –
    /// Minister ...", "Namibia (Vice-President)".
    private static let rosterSeparators: Set<String> = [":", "-", "–", "—", ",", "(", ";"]

    /// Whether `sentence` heads a roster: it ends with a colon, and before the colon a word of attendance ("The Summit was
    /// attended by the following Heads of State and Government:", "Ont pris part à la réunion :") or, in a line of at most
    /// four words, a noun of participants ("Participants:", "Delegations present:").
    /// - Complexity: O(n) for n tokens.
    static func headsRoster(_ sentence: SentenceAnalysis) -> Relation? {
        let tokens = sentence.tokens
        guard let last = tokens.last, last.key == ":" else { return nil }
        if let trigger = sentence.triggers.last(where: { $0.trigger.relation == .attends || $0.trigger.relation == .observes }) {
            return trigger.trigger.relation
        }
        let words = tokens.filter { $0.kind == .word }
        if words.count <= 4 && words.contains(where: { rosterHeadWords.contains($0.key) }) { return .attends }
        // "Participating in the 28th Summit in Santo Domingo were:", "Present at the opening were:": a participant word
        // opening a longer heading whose verb, before the colon, is "were".
        guard let first = words.first, let verb = words.last, words.count <= 14, rosterHeadWords.contains(first.key),
            ["were", "are", "etaient", "sont"].contains(verb.key)
        else { return nil }
        return .attends
    }

    /// Whether a sentence of at most fourteen words, with no role word and no meeting word, holds a bracket that ends
    /// it or is not closed: a roster's line of a person whose country the bracket gives, cut by an abbreviation's
    /// full stop ("Prime Minister A B (St.") or naming what the gazetteer lacks.
    /// - Complexity: O(n) for n tokens.
    static func isBracketedLine(_ sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard tokens.count <= 20, sentence.triggers.isEmpty, sentence.meetingWords.isEmpty,
            tokens.filter({ $0.kind == .word }).count <= 14, let open = tokens.lastIndex(where: { $0.key == "(" })
        else { return false }
        // Not closed, or closed by the line's last token or the one before it.
        guard let close = tokens[open...].firstIndex(where: { $0.key == ")" }) else { return true }
        return close >= tokens.count - 2
    }

    /// A line of a roster that names a person, then the country or organisation they stand for in brackets at the
    /// line's end: "President Ana Ruiz (Chile)", "Le Premier ministre Ali Diallo (Guinée)", "Governor Luis Rivera (Puerto
    /// Rico)". Before the bracket, at most eight words (titles and the person's name, one of them capitalised) that name
    /// no actor. Nil for any other line.
    /// - Complexity: O(n) for n tokens.
    func bracketedRosterEntry(_ sentence: SentenceAnalysis, from start: Int) -> Mention? {
        let tokens = sentence.tokens
        var end = tokens.count
        if end > 0, tokens[end - 1].key == "." { end -= 1 }
        guard end >= start + 4, tokens[end - 1].key == ")",
            let mention = sentence.roleMentions.first(where: { $0.range.upperBound == end - 1 }), mention.range.lowerBound >= start + 2,
            tokens[mention.range.lowerBound - 1].key == "(", let id = mention.actorID, let kind = gazetteer.actors[id]?.kind,
            kind == .country || kind == .organisation
        else { return nil }
        let open = mention.range.lowerBound - 1
        let name = tokens[start..<open]
        guard name.count <= 8, name.contains(where: { $0.kind == .word && $0.isCapitalized }),
            name.allSatisfy({ $0.kind == .word || [".", "-", "'"].contains($0.key) }),
            !sentence.mentions.contains(where: { $0.range.lowerBound >= start && $0.range.lowerBound < open })
        else { return nil }
        return mention
    }

    /// The actor a line of a roster names: the country or organisation that opens it (after a bullet or a number),
    /// followed by the end of the line, a colon or a dash, or a person's title or name ("Botswana: H.E. President ...",
    /// "Zambia    H.E. President ...", "- Mali", "3. African Union Commission: ..."). Nil for any other line, and for a
    /// line with a role word or a meeting word of its own (a sentence of prose, not an entry).
    /// - Complexity: O(n) for n tokens.
    func rosterEntry(_ sentence: SentenceAnalysis) -> Mention? {
        let tokens = sentence.tokens
        guard sentence.triggers.isEmpty, sentence.meetingWords.isEmpty else { return nil }
        var start = 0
        while start < tokens.count, DocumentReader.rosterBullets.contains(tokens[start].key) { start += 1 }
        if start + 1 < tokens.count, tokens[start].kind == .number, [".", ")"].contains(tokens[start + 1].key) { start += 2 }
        // "• la Belgique ;", "- the Netherlands": an article before the entry's name.
        if start + 1 < tokens.count, ["la", "le", "les", "l'", "the"].contains(tokens[start].key),
            !sentence.roleMentions.contains(where: { $0.range.lowerBound == start })
        {
            start += 1
        }
        guard
            let mention = sentence.roleMentions.first(where: { $0.range.lowerBound == start }), let id = mention.actorID,
            let kind = gazetteer.actors[id]?.kind, kind == .country || kind == .organisation
        else { return bracketedRosterEntry(sentence, from: start) }
        let next = mention.range.upperBound
        // "• la Suisse.": the line's own full stop.
        guard next < tokens.count, !(next == tokens.count - 1 && tokens[next].key == ".") else { return mention }
        let follower = tokens[next]
        return DocumentReader.rosterSeparators.contains(follower.key) || follower.kind == .word && follower.isCapitalized ? mention : nil
    }

    /// A line of an open roster whose label, before its colon, names no actor, while the rest of the line names one
    /// country: "United Republic: H.E. President Jakaya Kikwete of Tanzania" is Tanzania's entry. Nil for any other line.
    /// - Complexity: O(n) for n tokens.
    func rosterLabelEntry(_ sentence: SentenceAnalysis) -> Mention? {
        let tokens = sentence.tokens
        guard sentence.meetingWords.isEmpty, let colon = tokens.prefix(5).firstIndex(where: { $0.key == ":" }), colon > 0,
            tokens[..<colon].allSatisfy({ $0.kind == .word && $0.isCapitalized }),
            !sentence.roleMentions.contains(where: { $0.range.lowerBound < colon })
        else { return nil }
        let countries = sentence.roleMentions.filter { mention in
            mention.range.lowerBound > colon && mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true
        }
        guard let first = countries.first, countries.allSatisfy({ $0.actorID == first.actorID }) else { return nil }
        return first
    }

    /// Reads a roster: the lines after a sentence that ends with a colon and heads a list of participants
    /// (``headsRoster(_:)``), each naming one country or organisation first (``rosterEntry(_:)``): "The Summit was
    /// attended by the following Heads of State and Government:" then "Botswana: H.E. President ...", "Malawi: Hon. ...".
    /// Each entry takes part in the meeting the heading spoke of (rule `roster`, or `roster-observer` under a heading of
    /// observers); the roster ends at the first paragraph that is no entry. The sentences of an entry's own paragraph
    /// ("Lesotho: Rt." then "Hon. Prime Minister ...") neither add to it nor end it.
    /// - Complexity: O(n) for n tokens.
    mutating func rosterEntries(in sentence: SentenceAnalysis, paragraph: Int, provenance: Provenance) {
        if let open = roster, paragraph != open.paragraph {
            if let entry = rosterEntry(sentence) ?? rosterLabelEntry(sentence), let id = entry.actorID {
                roster?.paragraph = paragraph
                if !hasRole(id, in: open.target) {
                    addParticipant(
                        id, relation: open.relation, rule: open.relation == .observes ? "roster-observer" : "roster", provenance: provenance,
                        sentence: sentence, to: open.target)
                }
                return
            }
            // "Prime Minister A B (St." then "Vincent & the Grenadines)": a person's line whose bracket holds no actor
            // read whole neither adds to the roster nor ends it.
            if DocumentReader.isBracketedLine(sentence) {
                roster?.paragraph = paragraph
                return
            }
            roster = nil
        }
        guard roster == nil, let relation = DocumentReader.headsRoster(sentence), let target = participantTarget(spokenOfIn: sentence) else { return }
        roster = (target, relation, paragraph)
    }
}
