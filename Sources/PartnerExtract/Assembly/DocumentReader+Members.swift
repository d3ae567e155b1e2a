import PartnerGraph

extension DocumentReader {
    /// Nouns of member countries: "member states", "pays membres", "États membres", "member countries".
    private static let memberCountryNouns: Set<String> = ["states", "countries", "pays", "etats", "nations", "governments", "gouvernements"]
    /// Verbs that say the members themselves met or took part: "the member states met", "les pays membres se sont réunis".
    private static let membersMetVerbs: Set<String> = [
        "met", "meet", "gathered", "convened", "reunis", "reunies", "retrouves", "rencontres", "participated", "attended", "participe",
        "participeront", "participent", "participaient",
    ]
    /// Plural offices that the members' governments hold: "les chefs d'Etat ... de la CEEAC", "the heads of state of
    /// SADC", "the leaders of ECCAS".
    private static let membersLeaderNouns: Set<String> = ["chefs", "heads", "leaders", "dirigeants"]

    /// The position of a plural office of the members' governments joined to a body within six words ("Les chefs d'Etat
    /// et de gouvernement de la Communauté ... (CEEAC) participeront", "the heads of state of SADC"), or nil.
    private func membersLeaders(in sentence: SentenceAnalysis) -> Int? {
        let tokens = sentence.tokens
        return tokens.indices.first { index in
            DocumentReader.membersLeaderNouns.contains(tokens[index].key) && index + 2 < tokens.count
                && ["of", "d'", "de"].contains(tokens[index + 1].key)
                && ["state", "states", "etat", "government", "gouvernement"].contains(tokens[index + 2].key)
                && memberBody(near: index + 2, in: sentence) != nil
        }
    }

    /// The position of "member states" / "pays membres" in `tokens` (the noun of countries), or nil.
    private static func memberCountries(in tokens: [Token]) -> Int? {
        tokens.indices.first { index in
            memberCountryNouns.contains(tokens[index].key)
                && (index + 1 < tokens.count && ["member", "members", "membre", "membres"].contains(tokens[index + 1].key)
                    || index > 0 && ["member", "members", "membre", "membres"].contains(tokens[index - 1].key))
        }
    }

    /// The body a member noun at `position` belongs to: the organisation or dialogue named at most six words after it
    /// ("the 11 member states of ECCAS", "des pays membres de la CEEAC"), else before it ("ECOWAS member states").
    private func memberBody(near position: Int, in sentence: SentenceAnalysis) -> String? {
        let bodies = sentence.roleMentions.filter { mention in
            mention.actorID.map { id in gazetteer.actors[id].map { $0.kind == .organisation || $0.kind == "dialogue" } ?? false } ?? false
        }
        return
            (bodies.first { $0.range.lowerBound > position && $0.range.lowerBound <= position + 6 }
            ?? bodies.last { $0.range.upperBound <= position && $0.range.upperBound + 2 >= position })?.actorID
    }

    /// Notes what a sentence says of a body's members: its list ("Les onze États membres de la CEEAC sont : l'Angola, le
    /// Burundi, ...", "The Initiative brings together thirteen member states, namely ..."; three countries or more in a
    /// sentence with a member noun or a gathering verb of membership), and that they took part in the current meeting ("le
    /// conseil des ministres des 11 pays membres de la CEEAC se sont réunis", "the member states met", "les chefs d'Etat
    /// et de gouvernement de la CEEAC participeront"). What the
    /// members did is read once the page is read (``attachMemberLists()``), since the list may come after it.
    /// - Complexity: O(n + m) for n tokens and m mentions.
    mutating func noteMembers(in sentence: SentenceAnalysis) {
        let tokens = sentence.tokens
        let memberNoun = DocumentReader.memberCountries(in: tokens)
        let membership = sentence.triggers.contains { DocumentReader.namesMembership($0.range, in: sentence) }
        let countries = sentence.roleMentions.compactMap { mention in
            mention.actorID.flatMap { gazetteer.actors[$0]?.kind == .country ? $0 : nil }
        }
        if memberNoun != nil || membership, Set(countries).count >= 3 {
            let body = memberNoun.flatMap { memberBody(near: $0, in: sentence) } ?? memberBody(near: 0, in: sentence)
            memberLists.append((body, Array(Set(countries)).sorted()))
            return
        }
        // The current meeting, when the sentence's first meeting word is no reference to another ("le conseil des ministres
        // des 11 pays membres ... se sont réunis ... pour préparer le sommet").
        guard let noun = memberNoun ?? membersLeaders(in: sentence), let index = current,
            sentence.meetingWords.first.map({ !sentence.isReferenceWord(at: $0.range.lowerBound) }) ?? true
        else { return }
        let target = ParticipantTarget.meeting(index)
        let met =
            tokens[noun...].contains { DocumentReader.membersMetVerbs.contains($0.key) }
            || sentence.triggers.contains { $0.trigger.relation == .attends && !DocumentReader.namesMembership($0.range, in: sentence) }
        guard met, !tokens.contains(where: { DocumentReader.deniesPresence($0) }) else { return }
        membersPresent.append((target, memberBody(near: noun, in: sentence), Provenance(document: source, sentence: sentence.text)))
    }

    /// Gives each meeting whose members the page says took part the members of the lists the page gives for that body
    /// (or of all its lists when it names no body): rule `member-list`, with a note to check it, since the members are
    /// inferred from the list, not named at the meeting. A member with a role there already keeps it.
    /// - Complexity: O(p · l) for p such statements and l listed members.
    mutating func attachMemberLists() {
        defer {
            membersPresent = []
            memberLists = []
        }
        for (target, body, provenance) in membersPresent {
            let lists = memberLists.filter { body == nil || $0.body == nil || $0.body == body }
            guard !lists.isEmpty, case .meeting(let index) = target else { continue }
            for country in Set(lists.flatMap(\.members)).sorted() where !hasRole(country, in: target) {
                let note = "a member of the list the page gives, inferred present from 'the member states took part': check it"
                drafts[index].roles.append(RoleFact(actor: country, relation: .attends, rule: "member-list", provenance: provenance, review: note))
                facts.append(
                    ExtractedFact(
                        subject: country, relation: Relation.attends.rawValue, object: "#\(documentIndex).\(index)", rule: "member-list",
                        provenance: provenance, review: note))
            }
        }
    }
}
