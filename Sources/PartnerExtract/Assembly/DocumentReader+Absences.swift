import PartnerGraph

extension Relation {
    /// A country or organisation the text says was not at the meeting: written under `roles: absent:`, the custom role
    /// the gold files give a stated absence.
    static let absent: Relation = "absent"
}

/// An absence a page states, with the meeting it was read for (nil when no meeting was open yet).
struct StatedAbsence: Sendable {
    var role: RoleFact
    var meeting: Int?
}

extension DocumentReader {
    /// Whether a presence rule gives only weak evidence: a person named by an office ("The British Prime Minister has
    /// called for ...", rules `office-holder` and `office-holder-named`) or a list of actors with no verb of
    /// attendance (`list-...`). A stated absence of the same actor anywhere on the page overrules such a presence.
    static func isWeakPresence(_ rule: String) -> Bool { rule.hasPrefix("office-holder") || rule.hasPrefix("list-") }

    /// Words that take an invitation back: "France withdrew its invitation to the Home Secretary", "the invitation
    /// was cancelled", "a retiré son invitation", "l'invitation a été annulée".
    static let takeBackWords: Set<String> = [
        "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "rescinded", "rescind", "revoked", "revoke", "cancelled", "canceled",
        "retire", "retiree", "retirer", "annule", "annulee", "annuler", "revoque", "revoquee",
    ]

    /// Words of an invitation: "invitation", "l'invitation".
    static let invitationWords: Set<String> = ["invitation", "invitations"]

    /// Records an absence the page states, for the meeting at `meeting` or, when none is open, for the page.
    mutating func recordAbsence(_ actor: String, rule: String, meeting: Int?, provenance: Provenance) {
        absences.append(StatedAbsence(role: RoleFact(actor: actor, relation: .absent, rule: rule, provenance: provenance, review: nil), meeting: meeting))
    }

    /// "France withdrew its invitation to UK Home Secretary Priti Patel", "the invitation of Mali was cancelled", "a
    /// retiré son invitation au ministre britannique", "disinvited Russia": the country or organisation whose
    /// invitation was taken back did not take part (rule `withdrawn-invitation`). The actor is the first one named
    /// within eight words after "invitation" and "to"/"of"/"à"/"de" (persons' offices and names may stand between,
    /// "to UK Home Secretary Priti Patel"), in a clause that takes the invitation back within six words of it; or the
    /// one named right after "disinvited"/"uninvited". Who withdrew the invitation stands before it, so it is never
    /// taken for the absent one.
    /// - Complexity: O(t·m) for t tokens and m mentions of the sentence.
    mutating func withdrawnInvitations(in sentence: SentenceAnalysis, provenance: Provenance) {
        let tokens = sentence.tokens
        // "Hungary boycotted the summit", "le Mali a boycotté la réunion": the subject of a boycott stayed away (rule
        // `boycott`): the last country or organisation named in the clause before the word.
        if let word = tokens.firstIndex(where: { ["boycotted", "boycotts", "boycotte", "boycottent"].contains($0.key) }) {
            let clause = DocumentReader.clause(around: word..<(word + 1), in: tokens)
            if let mention = sentence.mentions.last(where: { mention in
                clause.contains(mention.range.lowerBound) && mention.range.upperBound <= word
                    && mention.actorID.map { id in
                        let kind = gazetteer.actors[id]?.kind
                        return kind == .country || kind == .organisation
                    } == true
            }), let id = mention.actorID {
                recordAbsence(id, rule: "boycott", meeting: current, provenance: provenance)
            }
        }
        guard tokens.contains(where: { DocumentReader.takeBackWords.contains($0.key) || ["disinvited", "uninvited"].contains($0.key) }) else {
            return
        }
        var found: [String] = []
        for position in tokens.indices {
            var start: Int
            if DocumentReader.invitationWords.contains(tokens[position].key) {
                let clause = DocumentReader.clause(around: position..<(position + 1), in: tokens)
                let near = max(clause.lowerBound, position - 6)..<min(clause.upperBound, position + 7)
                guard near.contains(where: { DocumentReader.takeBackWords.contains(tokens[$0].key) }),
                    position + 1 < tokens.count, ["to", "of", "for", "a", "au", "aux", "de", "du", "des", "d'"].contains(tokens[position + 1].key)
                else { continue }
                start = position + 2
            } else if ["disinvited", "uninvited"].contains(tokens[position].key) {
                start = position + 1
            } else {
                continue
            }
            let window = start..<min(tokens.count, start + 8)
            let stop = window.first { DocumentReader.clauseEnds.contains(tokens[$0].key) || ["after", "because", "apres", "car"].contains(tokens[$0].key) }
            let reach = window.lowerBound..<(stop ?? window.upperBound)
            guard
                let mention = sentence.mentions.first(where: { mention in
                    reach.contains(mention.range.lowerBound)
                        && mention.actorID.map { id in
                            let kind = gazetteer.actors[id]?.kind
                            return kind == .country || kind == .organisation
                        } == true
                }), let id = mention.actorID, !found.contains(id)
            else { continue }
            found.append(id)
            recordAbsence(id, rule: "withdrawn-invitation", meeting: current, provenance: provenance)
        }
    }

    /// Settles the absences the page states against the presences drafted from it, once the page is read:
    /// - a presence of an absent actor that rests on weak evidence (``isWeakPresence(_:)``), on any meeting of the
    ///   page, is dropped: the stated absence overrules it (fact `+overruled`);
    /// - each absence is drafted on its meeting, or on the page's own meeting (its first meeting not set aside) when
    ///   none was open where it was read;
    /// - an absence on a meeting where the actor takes part by stronger evidence (it attended by a verb of attendance,
    ///   hosted or chaired) is not drafted: the country was represented by someone else, so a note goes to review.
    /// - Complexity: O(a + r) for a absences and r roles of the page's meetings.
    mutating func settleAbsences() {
        guard !absences.isEmpty else { return }
        let absent = Set(absences.map(\.role.actor))
        for index in drafts.indices {
            var kept: [RoleFact] = []
            for role in drafts[index].roles {
                if role.relation == .attends || role.relation == .observes, absent.contains(role.actor), DocumentReader.isWeakPresence(role.rule) {
                    facts.append(
                        ExtractedFact(
                            subject: role.actor, relation: role.relation.rawValue, object: "#\(documentIndex).\(index)", rule: role.rule + "+overruled",
                            provenance: role.provenance, review: "presence read from an office or a list, overruled by an absence the page states"))
                } else {
                    kept.append(role)
                }
            }
            drafts[index].roles = kept
        }
        let frame = drafts.indices.first { !drafts[$0].isPassing }
        for absence in absences {
            let actor = absence.role.actor
            guard let index = absence.meeting ?? frame else {
                facts.append(
                    ExtractedFact(
                        subject: actor, relation: Relation.absent.rawValue, object: "(no meeting)", rule: absence.role.rule,
                        provenance: absence.role.provenance,
                        review: "no meeting to attach this absence to"))
                continue
            }
            if drafts[index].roles.contains(where: { $0.actor == actor && $0.relation != .absent && $0.relation != .organises }) {
                let note = "'\(actor)' is said not to have taken part, but takes part by other evidence: not drafted as absent"
                drafts[index].reviews.append(note)
                facts.append(
                    ExtractedFact(
                        subject: actor, relation: Relation.absent.rawValue, object: "#\(documentIndex).\(index)", rule: absence.role.rule + "+represented",
                        provenance: absence.role.provenance, review: note))
                continue
            }
            guard !drafts[index].roles.contains(where: { $0.actor == actor && $0.relation == .absent }) else { continue }
            drafts[index].roles.append(absence.role)
            facts.append(
                ExtractedFact(
                    subject: actor, relation: Relation.absent.rawValue, object: "#\(documentIndex).\(index)", rule: absence.role.rule,
                    provenance: absence.role.provenance, review: nil))
        }
        absences = []
    }
}
