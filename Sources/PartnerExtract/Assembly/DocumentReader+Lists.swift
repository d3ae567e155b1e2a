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

    /// Words that make a list in a meeting's sentence name no participants: members, founders, funders, places.
    static let notParticipationWords: Set<String> = [
        "member", "members", "membership", "membres", "membre", "composed", "comprising", "comprises", "consists", "compose", "composee", "founded",
        "founding", "established", "fondateurs", "funded", "financed", "funding", "donors", "donor", "finance", "finances", "financement", "bailleurs",
        "sponsored", "visited", "visit", "visite", "borders", "frontieres", "routes", "route", "origin", "transit",
        "destination", "nationals", "ressortissants", "migrants", "refugees", "refugies", "implemented", "implementing", "project", "projet", "mis",
    ]

    /// Whether the sentence speaks of the meeting itself: a meeting word that is no reference to another meeting and whose
    /// type agrees with the current meeting's, or "this meeting", "the meeting".
    static func reportsMeeting(_ sentence: SentenceAnalysis, as type: String?) -> Bool {
        guard let word = sentence.meetingWord else { return false }
        return MeetingTypes.compatible(word.match.type, type)
    }

    /// The current meeting's draft when `sentence` speaks of it as taking place: the sentence denies no presence,
    /// names no other meeting as a reference, and gives no date of another year than the meeting's ("Le Sénégal et
    /// l'OIT ont signé un protocole pour la tenue de la réunion prévue en décembre 2024": a list dated in another year
    /// speaks of another meeting); nil otherwise. The one test of the participant rules that take actors from a
    /// sentence with no role word (`list-*`, `office-holder*`).
    /// - Complexity: O(n) for n tokens.
    func currentMeeting(spokenOfIn sentence: SentenceAnalysis) -> Int? {
        guard let index = current,
            !sentence.tokens.contains(where: { DocumentReader.deniesPresence($0) }),
            !sentence.meetingWords.contains(where: { sentence.isReferenceWord(at: $0.range.lowerBound) })
        else { return nil }
        if let held = drafts[index].start, sentence.dates.contains(where: { !$0.isRelative && $0.start.year != held.year }) { return nil }
        return index
    }

    /// Participants named as a coordinated list, with no role word before them: the subject of a verb of joint action
    /// ("the governments of Chile, Peru and Uruguay signed the declaration", rule `list-subject`) or the list after a colon
    /// that follows a gathering ("15 countries and territories met: Aruba, Belize, ...", rule `list-after-colon`), or any
    /// list in a sentence that reports the meeting itself, unless it speaks of members, founders, funders or migrants'
    /// countries ("a meeting to advance cooperation among Egypt, Tunisia and Libya", rule `list-in-meeting`). A list
    /// is at least two countries or organisations joined only by commas, "and", "et" and articles. Only in a sentence of
    /// the current meeting: no denial, no reference to another meeting, no date of another year; actors that
    /// have a role in the meeting already keep it.
    /// - Complexity: O(n + m) for n tokens and m mentions.
    mutating func listParticipants(in sentence: SentenceAnalysis, provenance: Provenance) {
        guard let index = currentMeeting(spokenOfIn: sentence) else { return }
        let tokens = sentence.tokens
        let actorMentions = sentence.roleMentions.filter { mention in
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind else { return false }
            return kind != "dialogue" && kind != .meeting && !standsForMembers(mention, in: sentence)
        }
        // "A, B and C", "A, B as well as C", "du Mali, du Sénégal ainsi que du Maroc".
        let joiners: Set<String> = [",", "and", "et", "the", "la", "le", "les", "l'", "&", "as", "well", "ainsi", "que", "du", "des", "de", "d'", "au", "aux"]
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
            // "The Governments of Ghana and Togo commended the progress at a two-day meeting": in the sentence that
            // reports the meeting, a verb of speaking or acting does as a verb of joint action.
            if next < tokens.count,
                DocumentReader.jointActionVerbs.contains(tokens[next].key)
                    || DocumentReader.presenceVerbs.contains(tokens[next].key) && DocumentReader.reportsMeeting(sentence, as: drafts[index].type)
            {
                rule = "list-subject"
            } else if let colon, colon < first, tokens[colon..<first].allSatisfy({ joiners.contains($0.key) || $0.key == ":" }),
                tokens[..<colon].contains(where: { DocumentReader.participantNouns.contains($0.key) }),
                tokens[..<colon].contains(where: { DocumentReader.colonGatheringVerbs.contains($0.key) })
            {
                rule = "list-after-colon"
            }
            // "cooperation among Egypt, Tunisia and Libya" in the sentence that reports the meeting: a list with no role word
            // in a sentence about the meeting itself names its participants, with less certainty.
            // At least three actors: two are as often partners of a bilateral talk, or a pair of chairs ("cooperation
            // between Morocco and Spain", "Germany and Morocco's co-chairmanship").
            if rule == nil, run.count >= 3, DocumentReader.reportsMeeting(sentence, as: drafts[index].type),
                end >= tokens.count || !DocumentReader.chairWords.contains(tokens[end].key),
                !tokens.contains(where: { DocumentReader.notParticipationWords.contains($0.key) })
            {
                rule = "list-in-meeting"
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
