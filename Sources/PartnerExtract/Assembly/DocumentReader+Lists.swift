import PartnerGraph

extension DocumentReader {
    /// Verbs of joint action whose subject, a list of actors, took part in the meeting: "the governments of Chile, Peru
    /// and Uruguay signed a declaration", "Mali, Niger and Chad agreed on", "le Sénégal et la Gambie ont adopté".
    static let jointActionVerbs: Set<String> = [
        "signed", "adopted", "agreed", "discussed", "identified", "endorsed", "exchanged", "reviewed", "shared", "committed", "pledged",
        "reaffirmed", "approved", "examined", "debated", "presented", "met", "decided", "jointly", "expressed", "underlined", "stressed",
        "signe", "adopte", "convenu", "discute", "echange", "examine", "approuve", "presente", "reaffirme", "souligne", "exprime", "decide",
    ]
    /// Nouns that make the list after a colon the meeting's participants: "15 countries met: A, B and C".
    static let participantNouns: Set<String> = [
        "countries", "states", "delegations", "participants", "organisations", "organizations", "territories", "governments", "agencies", "pays",
        "etats", "delegations", "participants", "organisations",
    ]
    /// Verbs before such a colon that say the listed actors took part.
    static let colonGatheringVerbs: Set<String> = [
        "met", "attended", "participated", "represented", "present", "joined", "gathered", "included", "took", "were", "participe", "presents",
        "representes", "reunis", "etaient",
    ]

    /// Participants named as a coordinated list, with no role word before them: the subject of a verb of joint action
    /// ("the governments of Chile, Peru and Uruguay signed the declaration", rule `list-subject`) or the list after a colon
    /// that follows a gathering ("15 countries and territories met: Aruba, Belize, ...", rule `list-after-colon`). A list
    /// is at least two countries or organisations joined only by commas, "and", "et" and articles. Only in a sentence of
    /// the current meeting: no denial, no reference to another meeting, no date of another year; actors that
    /// have a role in the meeting already keep it.
    /// - Complexity: O(n + m) for n tokens and m mentions.
    mutating func listParticipants(in sentence: SentenceAnalysis, provenance: Provenance) {
        guard let index = current else { return }
        let tokens = sentence.tokens
        guard !tokens.contains(where: { RoleTrigger.negations.contains($0.key) || ["absent", "absence", "excused", "excuse"].contains($0.key) }),
            !sentence.meetingWords.contains(where: { sentence.isReferenceWord(at: $0.range.lowerBound) })
        else { return }
        // "Le Sénégal et l'OIT ont signé un protocole pour la tenue de la réunion prévue en décembre 2024": a list dated in
        // another year speaks of another meeting.
        if let held = drafts[index].start, sentence.dates.contains(where: { !$0.isRelative && $0.start.year != held.year }) { return }
        let actorMentions = sentence.roleMentions.filter { mention in
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind else { return false }
            return kind != "dialogue" && kind != .meeting && !standsForMembers(mention, in: sentence)
        }
        let joiners: Set<String> = [",", "and", "et", "the", "la", "le", "les", "l'", "&"]
        // Runs of mentions joined only by list words.
        var runs: [[Mention]] = []
        for mention in actorMentions {
            if let last = runs.last?.last, tokens[last.range.upperBound..<mention.range.lowerBound].allSatisfy({ joiners.contains($0.key) }) {
                runs[runs.count - 1].append(mention)
            } else {
                runs.append([mention])
            }
        }
        let colon = tokens.firstIndex { $0.key == ":" }
        for run in runs where run.count >= 2 {
            let first = run[0].range.lowerBound
            let end = run[run.count - 1].range.upperBound
            // No role word covers the list already.
            if sentence.triggers.contains(where: { $0.range.upperBound <= first && $0.trigger.direction == .after }) { continue }
            if sentence.triggers.contains(where: { $0.range.lowerBound >= end && $0.range.lowerBound <= end + 4 }) { continue }
            var rule: String?
            var next = end
            let auxiliaries: Set<String> = ["have", "has", "had", "also", "all", "jointly", "together", "ont", "a", "egalement", "then"]
            while next < tokens.count, next < end + 4, auxiliaries.contains(tokens[next].key) { next += 1 }
            if next < tokens.count, DocumentReader.jointActionVerbs.contains(tokens[next].key) {
                rule = "list-subject"
            } else if let colon, colon < first, tokens[colon..<first].allSatisfy({ joiners.contains($0.key) || $0.key == ":" }),
                tokens[..<colon].contains(where: { DocumentReader.participantNouns.contains($0.key) }),
                tokens[..<colon].contains(where: { DocumentReader.colonGatheringVerbs.contains($0.key) })
            {
                rule = "list-after-colon"
            }
            guard let rule else { continue }
            for mention in run {
                guard let id = mention.actorID, !drafts[index].roles.contains(where: { $0.actor == id }),
                    !(gazetteer.actors[id]?.kind == .country && isPlaceComplement(mention, in: sentence))
                else { continue }
                drafts[index].roles.append(RoleFact(actor: id, relation: .attends, rule: rule, provenance: provenance, review: nil))
                facts.append(
                    ExtractedFact(subject: id, relation: "attends", object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
            }
        }
    }
}
