/// Learns organisations from the text itself: "the Mixed Migration Centre (MMC)" teaches both names.
enum AcronymLearner {
    struct Pair: Sendable, Hashable {
        var name: String
        var acronym: String
    }

    private static let connectors: Set<String> = [
        "of", "for", "on", "and", "the", "de", "des", "du", "la", "le", "in", "to", "-", "&", "pour", "et", "l'", "d'",
    ]

    /// Words of a body's officers, members or meetings that may open the words before its acronym: "the Chair of the
    /// ...", "Secretary-General of the ...", "Meetings of the ...".
    private static let titleWords: Set<String> = [
        "chair", "chairs", "chairperson", "chairman", "chairwoman", "co-chair", "co-chairs", "president", "presidente", "presidency", "presidence",
        "secretary", "secretary-general", "director", "director-general", "directeur", "head", "members", "member", "membres", "meeting", "meetings",
    ]

    /// Every "Full Name (ACRONYM)" in a sentence: capitalised words (with small connectors) before an acronym in brackets.
    static func pairs(in tokens: [Token], sentence: String) -> [Pair] {
        var pairs: [Pair] = []
        for index in tokens.indices where tokens[index].key == "(" {
            guard index + 2 < tokens.count, tokens[index + 2].key == ")", tokens[index + 1].isAcronym, tokens[index + 1].kind == .word else { continue }
            var start = index
            while start > 0, index - start < 12, tokens[start - 1].kind == .word || tokens[start - 1].key == "-",
                tokens[start - 1].isCapitalized || connectors.contains(tokens[start - 1].key)
            {
                start -= 1
            }
            while start < index, connectors.contains(tokens[start].key) { start += 1 }
            // "the Chair of the Platform on Disaster Displacement (PDD)", "Meetings of the Regional Inter-Ministerial
            // Committee (RIMC)": a title or a meeting of the body is not part of its name.
            while start + 1 < index, titleWords.contains(tokens[start].key), ["of", "de", "du", "des", "d'"].contains(tokens[start + 1].key) {
                start += 1
                while start < index, connectors.contains(tokens[start].key) { start += 1 }
            }
            let words = tokens[start..<index]
            guard words.filter(\.isCapitalized).count >= 2 else { continue }
            let bytes = Array(sentence.utf8)
            let end = tokens[index - 1].offset + tokens[index - 1].length
            let name = String(decoding: bytes[tokens[start].offset..<end], as: UTF8.self)
            pairs.append(Pair(name: name, acronym: tokens[index + 1].text))
        }
        return pairs
    }

    /// Adds what a pair teaches to the gazetteer; returns the actor's id and whether it is new, or nil when both
    /// names were already known.
    /// - Parameter sentence: the tokens of the sentence that holds the pair, for a government body whose name names no
    ///   country: "Romania, through the Interior Ministry (MAI), ..." stands for the only country the sentence names.
    static func learn(_ pair: Pair, into gazetteer: inout Gazetteer, sentence: [Token] = []) -> (id: String, isNew: Bool)? {
        guard let pair = trimmed(pair, gazetteer: gazetteer) else { return nil }
        let byAcronym = gazetteer.mentions(in: Tokenizer.tokens(pair.acronym)).first?.actorID
        let nameTokens = Tokenizer.tokens(pair.name)
        let byName = gazetteer.mentions(in: nameTokens).first { $0.range == 0..<nameTokens.count }?.actorID
        switch (byAcronym, byName) {
        case (let known?, nil):
            guard gazetteer.actors[known]?.kind != .country else { return nil }
            gazetteer.add(KnownActor(id: known, name: gazetteer.actors[known]!.name, kind: gazetteer.actors[known]!.kind, aliases: [pair.name]))
            return (known, false)
        case (nil, let known?):
            guard gazetteer.actors[known]?.kind != .country else { return nil }
            gazetteer.add(KnownActor(id: known, name: gazetteer.actors[known]!.name, kind: gazetteer.actors[known]!.kind, aliases: [pair.acronym]))
            return (known, false)
        case (nil, nil):
            // "the Romanian Interior Ministry (MAI)", "Ministère de l'Intérieur du Sénégal (MINT)": a government body
            // stands for its country.
            let governmentWords: Set<String> = ["ministry", "ministere", "government", "gouvernement", "department", "office"]
            let known = gazetteer
            func countries(_ tokens: [Token]) -> Set<String> {
                Set(known.mentions(in: tokens).compactMap(\.actorID).filter { known.actors[$0]?.kind == .country })
            }
            let named = countries(nameTokens)
            let inSentence = named.isEmpty ? countries(sentence) : []
            // "Philippine Overseas Employment Administration (POEA)", "Ghana Immigration Service (GIS)": a public body whose
            // name opens with its country stands for it too (only with the country in the name, which joins no other body).
            let opensWithCountry =
                named.count == 1 && nameTokens.contains(where: { publicBodyWords.contains($0.key) })
                && !nameTokens.contains(where: { ["and", "et", "&", ","].contains($0.key) })
                && known.mentions(in: nameTokens).contains { $0.range.lowerBound == 0 && $0.actorID == named.first }
            if nameTokens.contains(where: { governmentWords.contains($0.key) }) || opensWithCountry,
                let country = named.count == 1 ? named.first : inSentence.count == 1 ? inSentence.first : nil,
                let actor = gazetteer.actors[country]
            {
                gazetteer.add(KnownActor(id: country, name: actor.name, kind: .country, aliases: [pair.acronym]))
                return (country, false)
            }
            // "German Interior Minister Nancy Faeser (SPD)", "Mr. N, Permanent Secretary (CNARR)": a bracket after a
            // person's title (and name) holds the person's party or the body the person heads, not an organisation
            // the brackets' words name; it is learned only when those words hold a body's head noun.
            if isPersonsTitle(nameTokens) { return nil }
            let id = pair.acronym.uppercased()
            guard gazetteer.actors[id] == nil else { return nil }
            gazetteer.add(KnownActor(id: id, name: pair.name, kind: .organisation, attributes: ["acronym": pair.acronym], aliases: [pair.acronym]))
            return (id, true)
        default:
            return nil
        }
    }

    /// Words of a person's office: a name holding one and no body's head noun (``bodyWords``) names a person.
    static let personTitleWords: Set<String> = [
        "minister", "ministre", "secretary", "secretaire", "secretary-general", "secretaire-general", "representative",
        "representant", "commissioner", "commissaire", "ambassador", "ambassadeur", "president", "presidente", "envoy",
        "envoye", "prime", "premier", "chancellor", "governor", "gouverneur", "senator", "senateur", "deputy", "depute",
        "mp", "mayor", "maire", "chairman", "chairwoman", "chairperson", "advisor", "adviser", "conseiller", "consul",
    ]

    /// Head nouns of a body's name: "Office of the Special Representative", "Commission for Refugees", "Ministry".
    static let bodyWords: Set<String> = publicBodyWords.union([
        "office", "ministry", "ministere", "government", "gouvernement", "department", "departement", "secretariat",
        "organisation", "organization", "mission", "facility", "convention", "centre", "center", "institute", "institut",
        "programme", "program", "fund", "fonds", "bank", "banque", "union", "group", "groupe", "forum", "network",
        "reseau", "partnership", "partenariat", "initiative", "process", "processus", "court", "cour", "parliament",
        "parlement", "assembly", "assemblee", "delegation", "alliance", "association", "federation", "foundation",
        "fondation", "platform", "plateforme", "coalition", "league", "ligue", "community", "communaute", "cabinet",
        "commissariat", "haut-commissariat", "presidency", "presidence", "party", "parti", "force", "unit", "unite",
    ])

    /// Whether a name before an acronym is a person's title, with or without the person's name: it holds an office
    /// word and no body's head noun ("Special Representative of the Secretary-General for Migration", "Minister
    /// Nancy Faeser"), so the acronym after it is not learned as an organisation.
    static func isPersonsTitle(_ tokens: [Token]) -> Bool {
        tokens.contains { personTitleWords.contains($0.key) } && !tokens.contains { bodyWords.contains($0.key) }
    }

    /// Words of a public body's name that, with its country's name or demonym opening it, make it the country's own:
    /// "Service", "Administration", "Police", "Commission", "Direction", "Agence".
    static let publicBodyWords: Set<String> = [
        "administration", "service", "services", "agency", "board", "police", "commission", "directorate", "authority", "council", "committee",
        "immigration", "customs", "border", "gendarmerie", "guard", "enforcement", "bureau", "direction", "agence", "conseil", "comite", "douanes",
    ]

    /// The pair as it names an organisation, or nil when it names none. A meeting's name ("Thematic Meeting (TM)")
    /// is no organisation: learning it would hide that meeting word in every later document. A list before the
    /// name ("the European Union and the Economic Community of West African States (ECOWAS)") is cut off at the
    /// last known actor that opens it.
    static func trimmed(_ pair: Pair, gazetteer: Gazetteer) -> Pair? {
        var tokens = Tokenizer.tokens(pair.name)
        if MeetingTypes.matcher.matches(in: tokens).contains(where: { !$0.value.isWeak }) { return nil }
        var name = pair.name
        let separators: Set<String> = ["and", "-", ",", "&", "et"]
        while let first = gazetteer.mentions(in: tokens).first, first.range.lowerBound == 0, first.actorID != nil,
            first.range.upperBound < tokens.count, separators.contains(tokens[first.range.upperBound].key)
        {
            var start = first.range.upperBound + 1
            while start < tokens.count, ["the", "la", "le", "l'"].contains(tokens[start].key) { start += 1 }
            guard start < tokens.count else { return nil }
            name = String(decoding: Array(name.utf8)[tokens[start].offset...], as: UTF8.self)
            tokens = Tokenizer.tokens(name)
        }
        guard tokens.filter(\.isCapitalized).count >= 2 else { return nil }
        return Pair(name: name, acronym: pair.acronym)
    }
}
