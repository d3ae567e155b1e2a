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
        // "the accession of countries such as Greece", "l'adhésion de pays comme le Maroc": members to be, not participants.
        "accession", "adhesion", "enlargement", "elargissement",
    ]

    /// Plural nouns of people or bodies that take part, whose list follows them: "ministers from A, B and C",
    /// "representatives of the EU and the AU", "senior officials that includes A, B", "les agences onusiennes (HCR,
    /// OIM)", "des délégués venus du Mali et du Niger". Singular forms only for a delegation or a representative, who
    /// speak for one actor.
    static let participantGroupNouns: Set<String> = [
        "ministers", "delegations", "delegation", "delegates", "representatives", "representative", "officials", "experts", "heads", "counterparts",
        "participants", "partners", "observers", "agencies", "organisations", "organizations", "institutions", "countries", "states", "governments",
        "authorities", "envoys", "speakers", "panellists", "panelists", "leaders", "stakeholders", "bodies", "those", "nations", "ministres",
        "delegues", "representants", "representant", "representante", "responsables", "chefs", "homologues", "partenaires", "observateurs",
        "agences", "pays", "etats", "gouvernements", "autorites", "envoyes", "emissaires", "personnalites", "ceux", "celles", "intervenants",
    ]
    /// The nouns of ``participantGroupNouns`` that stand for countries: an organisation after them is the body the countries
    /// belong to ("the countries of ECOWAS"), not a participant.
    static let countryGroupNouns: Set<String> = [
        "countries", "states", "governments", "nations", "pays", "etats", "gouvernements", "heads", "chefs", "leaders",
    ]
    /// Words anywhere in a sentence that make the bodies it lists implementers, funders or members rather than participants:
    /// "a project financed by the EU and implemented by a consortium of partners (IOM, ICMPD and ILO)".
    static let notTakingPartWords: Set<String> = [
        "funded", "financed", "funding", "finance", "financement", "donors", "bailleurs", "implemented", "implementing", "implementation",
        "project", "projet", "projets", "projects", "mis", "member", "members", "membres", "membre", "founding", "fondateurs", "undertaken",
    ]
    /// Whether the member word at `position` speaks of the people of a delegation, not of a body's membership: "members
    /// of its delegation", "the members of the delegations", "les membres de sa délégation".
    /// - Complexity: O(1).
    static func isDelegationMember(at position: Int, in tokens: [Token]) -> Bool {
        guard ["member", "members", "membre", "membres"].contains(tokens[position].key) else { return false }
        var next = position + 1
        guard next < tokens.count, ["of", "de", "des", "du"].contains(tokens[next].key) else { return false }
        next += 1
        while next < tokens.count, next <= position + 4,
            ["its", "their", "his", "her", "the", "each", "sa", "leur", "leurs", "la", "les", "chaque"].contains(tokens[next].key)
        {
            next += 1
        }
        return next < tokens.count && ["delegation", "delegations", "team", "teams", "entourage"].contains(tokens[next].key)
    }

    /// The words of ``groupLinkWords`` that introduce some of a group: "including", "namely", "such as", "notamment".
    static let inclusionWords: Set<String> = ["including", "includes", "include", "included", "like", "namely", "notably", "notamment", "comme"]
    /// Words between a meeting and "between" that make the list after it the parties to something else: "cooperation
    /// between Morocco and Spain", "the border between Niger and Chad".
    static let relationNouns: Set<String> = [
        "cooperation", "relations", "relationship", "partnership", "agreement", "agreements", "border", "borders", "dialogue", "ties", "links",
        "trade", "cooperations", "relation", "partenariat", "accord", "accords", "frontiere", "frontieres", "liens", "echanges",
        "exchanges", "corridor", "route", "routes", "difference", "differences", "gap", "balance",
    ]

    private static let followsBetweenHeldWords: Set<String> = [
        "held", "met", "meet", "meets", "place", "tenue", "tenu", "lieu", "reunis", "rencontre", "talks", "consultations",
    ]

    private static let skippingDateDays: Set<String> = DateRecognizer.weekdays.union(["yesterday", "today", "hier", "aujourd'hui"])
    /// The position after a date that opens at `position` (with its preposition, "on", "le", and the commas around it),
    /// and after the auxiliaries that follow it: "on Thursday agreed", ", le 5 mai, ont adopté". `position` itself when
    /// no date starts there.
    /// - Complexity: O(d) for d dates of the sentence.
    static func skippingDate(from position: Int, in sentence: SentenceAnalysis, auxiliaries: Set<String>) -> Int {
        let tokens = sentence.tokens
        var next = position
        if next < tokens.count, tokens[next].key == "," { next += 1 }
        if next < tokens.count, ["on", "le", "this", "last", "in"].contains(tokens[next].key) { next += 1 }
        // A weekday or "yesterday" that the page's date does not pin is no date mention, but stands as one.
        let days = Self.skippingDateDays
        if let date = sentence.dates.first(where: { $0.range.lowerBound == next }) {
            next = date.range.upperBound
        } else if next < tokens.count, days.contains(tokens[next].key) {
            next += 1
        } else {
            return position
        }
        let dateEnd = next
        if next < tokens.count, tokens[next].key == "," { next += 1 }
        while next < tokens.count, next < dateEnd + 4, auxiliaries.contains(tokens[next].key) { next += 1 }
        return next
    }

    /// Whether the list starting at `first` follows "between" or "entre" said of the meeting: "a meeting was held
    /// between Cameroon, Nigeria and UNHCR", "une réunion s'est tenue le 27 juin entre le Cameroun et le Nigeria", within
    /// ten words after a meeting word or a verb of holding, with no noun of a relation between ("cooperation between").
    /// - Complexity: O(1) (a window of at most twelve words).
    static func followsBetween(_ first: Int, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        var link = first - 1
        while link >= 0, ["the", "la", "le", "les", "l'"].contains(tokens[link].key) { link -= 1 }
        guard link > 0, ["between", "entre", "among"].contains(tokens[link].key) else { return false }
        let heldWords = Self.followsBetweenHeldWords
        var index = link - 1
        while index >= max(0, link - 10) {
            let key = tokens[index].key
            if relationNouns.contains(key) || clauseEnds.contains(key) { return false }
            if heldWords.contains(key) || sentence.meetingWords.contains(where: { $0.range.contains(index) }) { return true }
            index -= 1
        }
        return false
    }

    /// Words after a list that make its actors guests whose presence the sentence does not state: "were invited to",
    /// "are expected", "ont été invités à", "sont attendus".
    static let guestWords: Set<String> = ["invited", "expected", "invites", "invitees", "attendus", "attendues", "conviees", "convies"]
    /// Words that join such a noun to its list: "from", "of", "venus de", "including", "such as", "notamment", "comme", "(".
    static let groupLinkWords: Set<String> = [
        "from", "of", "de", "des", "du", "d'", "venus", "venues", "venant", "including", "includes", "include", "included", "like", "namely",
        "notably", "notamment", "comme", "dont", "savoir", "(", "among", "parmi",
    ]

    /// The pronouns among ``participantGroupNouns`` ("those of", "ceux de", "celles des"), which stand for a noun named earlier.
    private static let pronounsOfGroups: Set<String> = ["those", "ceux", "celles"]
    private static let participantGroupNounSpokenOf: Set<String> = ["in", "to", "towards", "into", "for", "dans", "vers", "pour", "between", "entre"]
    /// The start of the participant noun that introduces the list starting at `first`, or nil: the list follows a word of
    /// ``groupLinkWords`` (after articles), itself at most five words after the noun in the same clause ("representatives
    /// at ministerial level from", "senior officials that includes", "agences onusiennes ("), or the list stands right
    /// after a plural noun in apposition ("the European agencies Frontex and EASO"). None when a word of
    /// ``notParticipationWords`` stands between noun and list ("member states of", "migrants from").
    /// - Complexity: O(1) (a window of at most eight words).
    static func participantGroupNoun(before first: Int, in tokens: [Token]) -> Int? {
        var link = first - 1
        while link >= 0, ["the", "la", "le", "les", "l'", "a", "an", "\"", "“", "”"].contains(tokens[link].key) { link -= 1 }
        guard link >= 0 else { return nil }
        let key = tokens[link].key
        if participantGroupNouns.contains(key), key.hasSuffix("s") || key == "those" { return link }
        // "the Initiative's strategic partners - the United States, Japan and the European Commission -": a dash set apart
        // by spaces opens an apposition (not the hyphen of "Guinea-Bissau").
        let apposition = key == "-" && link > 0 && tokens[link - 1].offset + tokens[link - 1].length < tokens[link].offset
        guard groupLinkWords.contains(key) || apposition || key == "as" && link > 0 && tokens[link - 1].key == "such" else { return nil }
        var index = link - 1
        if key == "as" { index -= 1 }
        // "the leaders discussed the participation of Canada in the Initiative": a list hung on a noun of participation is
        // that noun's (the trigger "participation of" reads it), not a noun of people further back.
        if index >= 0, tokens[index].key == "participation", ofWords.contains(key) { return nil }
        // "delegates from three dialogue partners, namely China, Japan": a comma may stand before a word of inclusion.
        if index >= 0, tokens[index].key == ",", inclusionWords.contains(key) || key == "as" { index -= 1 }
        // "the situation in countries such as Libya and Niger": countries spoken of, not present.
        let spokenOf = Self.participantGroupNounSpokenOf
        let floor = max(0, index - 5)
        while index >= floor {
            let word = tokens[index].key
            // "transit countries like Libya", "six member countries including Vietnam": the words before the noun count too.
            if participantGroupNouns.contains(word) {
                // "among the delegations led by ministers in Lima are those of A, B": a pronoun right before "of" stands for the
                // noun before it; a place before the pronoun is where that noun's people go, not countries spoken of ("two of
                // those treaties" is no pronoun).
                let lead = tokens[max(0, index - 3)..<index]
                let pronoun = pronounsOfGroups.contains(word) && ["of", "de", "du", "des", "d'"].contains(tokens[index + 1].key)
                let spokenOfPlace = !pronoun && lead.contains { spokenOf.contains($0.key) }
                return spokenOfPlace || lead.suffix(2).contains { notParticipationWords.contains($0.key) } ? nil : index
            }
            if clauseEnds.contains(word) && word != "dont" || [",", ":", "(", ")"].contains(word) || notParticipationWords.contains(word) { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the sentence speaks of the meeting itself: a meeting word that is no reference to another meeting and whose
    /// type agrees with the current meeting's, or "this meeting", "the meeting".
    static func reportsMeeting(_ sentence: SentenceAnalysis, as type: String?) -> Bool {
        guard let word = sentence.meetingWord else { return false }
        return MeetingTypes.compatible(word.match.type, type)
    }

    /// Where the participants a sentence names go: the current meeting, or, for a sentence read before any meeting is
    /// opened (a title, a lead paragraph), the page's own meeting, known once the page is read (see
    /// ``attachFrameParticipants()``).
    enum ParticipantTarget: Equatable {
        case meeting(Int)
        case frame
    }

    /// Where the participants `sentence` names go (see ``ParticipantTarget``), when it speaks of a meeting taking place:
    /// no denial, no other meeting named as a reference, and, under a current meeting, no date of another year than the
    /// meeting's (checked for the page's own meeting when it is known). Nil otherwise.
    /// - Complexity: O(n) for n tokens.
    func participantTarget(spokenOfIn sentence: SentenceAnalysis) -> ParticipantTarget? {
        if current == nil {
            let speaksOfIt =
                !sentence.tokens.contains(where: { DocumentReader.deniesPresence($0) })
                && !sentence.meetingWords.contains(where: { sentence.isReferenceWord(at: $0.range.lowerBound) })
            return speaksOfIt ? .frame : nil
        }
        return currentMeeting(spokenOfIn: sentence).map { .meeting($0) }
    }

    /// Whether `actor` already has a role in the target meeting (or waits for the page's own meeting with one).
    func hasRole(_ actor: String, in target: ParticipantTarget) -> Bool {
        switch target {
        case .meeting(let index): return drafts[index].roles.contains { $0.actor == actor }
        case .frame: return frameParticipants.contains { $0.role.actor == actor }
        }
    }

    /// Records `actor` as a participant (`relation`, `attends` or `observes`) of the target meeting, with its fact; for the page's
    /// own meeting, once the page is read.
    mutating func addParticipant(
        _ actor: String, relation: Relation = .attends, rule: String, provenance: Provenance, sentence: SentenceAnalysis, to target: ParticipantTarget
    ) {
        // "Des délégations du Mali avaient également été invitées": guests whose presence the sentence does not state.
        if relation == .attends || relation == .observes, DocumentReader.onlyInvited(sentence.tokens) {
            facts.append(
                ExtractedFact(
                    subject: actor, relation: relation.rawValue, object: "(invited)", rule: rule + "+invited", provenance: provenance,
                    review: "invited, with no presence stated: not recorded"))
            return
        }
        // "Ministers of the CEI Member States met at the CEI Foreign Ministers' Meeting": the body that names the meeting
        // convenes it.
        if relation == .attends || relation == .observes, onlyNamesTheMeeting(actor, in: sentence) {
            setAside(
                [actor], relation: relation, object: "(the meeting's own body)", rule: rule + "+names-meeting", provenance: provenance,
                review: "the body that names the meeting, not a participant; not recorded")
            return
        }
        let role = RoleFact(actor: actor, relation: relation, rule: rule, provenance: provenance, review: nil)
        switch target {
        case .meeting(let index):
            drafts[index].roles.append(role)
            facts.append(
                ExtractedFact(
                    subject: actor, relation: relation.rawValue, object: "#\(documentIndex).\(index)", rule: rule, provenance: provenance, review: nil))
        case .frame:
            frameParticipants.append((role, sentence.dates.filter { !$0.isRelative }.map(\.start.year)))
        }
    }

    /// Gives the participants named before any meeting was opened to the page's own meeting, when the page reports one
    /// meeting only (its other drafts set aside as passing mentions): on such a page, "Ministers from A and B" above the
    /// sentence that dates the conference speak of that conference. Not a participant whose sentence gives a year other
    /// than the meeting's, nor one with a role in it already. Each keeps its rule, marked `+frame`. On a page with no
    /// meeting or several, they are noted as attached to none.
    /// - Complexity: O(p · r) for p waiting participants and r roles of the meeting.
    mutating func attachFrameParticipants() {
        defer { frameParticipants = [] }
        let kept = drafts.indices.filter { !drafts[$0].isPassing }
        for (role, years) in frameParticipants {
            guard kept.count == 1, let index = kept.first, !years.contains(where: { year in drafts[index].start.map { $0.year != year } ?? false })
            else {
                facts.append(
                    ExtractedFact(
                        subject: role.actor, relation: role.relation.rawValue, object: "(no meeting)", rule: role.rule, provenance: role.provenance,
                        review: kept.count == 1
                            ? "named before the page's meeting, in a sentence dated another year" : "no meeting to attach this role to"))
                continue
            }
            guard !drafts[index].roles.contains(where: { $0.actor == role.actor }) else { continue }
            var attached = role
            attached.rule += "+frame"
            drafts[index].roles.append(attached)
            facts.append(
                ExtractedFact(
                    subject: role.actor, relation: role.relation.rawValue, object: "#\(documentIndex).\(index)", rule: attached.rule,
                    provenance: role.provenance, review: nil))
        }
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
        if let held = drafts[index].start,
            sentence.dates.contains(where: { !$0.isRelative && $0.start.year != held.year && !DocumentReader.isEarlierEvent($0, in: sentence.tokens) })
        {
            return nil
        }
        return index
    }

    /// Words that introduce a meeting's title or theme: "entitled", "themed", "on the theme", "sous le thème", "intitulé".
    private static let meetingTitleWords: Set<String> = ["entitled", "titled", "themed", "theme", "intitule", "intitulee", "intitules", "intitulees"]

    /// Whether `mention` stands inside the quoted title or theme of a meeting ("The gathering - entitled ‘The Initiative
    /// at Thirty’ - was chaired by", "sous le thème : « la CONFEJES 50 ans après »"): a word of ``meetingTitleWords`` at most
    /// twelve bytes before an opening quote mark (“, «, ", ‘) that is not closed before the mention. A body named in a
    /// title is what the meeting speaks of, not one that takes part.
    /// - Complexity: O(n) for a sentence of n bytes.
    static func namedInTitle(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let start = mention.range.lowerBound
        guard let title = tokens[..<start].lastIndex(where: { meetingTitleWords.contains($0.key) }), start - title <= 40 else { return false }
        let utf8 = Array(sentence.text.utf8)
        // The opening mark within twelve bytes of the word ("entitled ‘", "sous le thème : «", "on the theme of “") and its closing one.
        let marks: [(open: [UInt8], close: [UInt8])] = [
            ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]), ([0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99]), ([0xC2, 0xAB], [0xC2, 0xBB]), ([0x22], [0x22]),
        ]
        var position = tokens[title].offset + tokens[title].length
        let limit = min(utf8.count, position + 12, tokens[start].offset)
        while position < limit {
            if let mark = marks.first(where: { utf8[position...].starts(with: $0.open) }) {
                let opened = position + mark.open.count
                guard opened <= tokens[start].offset else { return false }
                // Not closed before the mention: the mention is inside the title.
                let between = utf8[opened..<tokens[start].offset]
                return !between.indices.contains { between[$0...].starts(with: mark.close) }
            }
            position += 1
        }
        return false
    }

    /// Words that put what follows them before the meeting: "following talks in Monterey in 2013", "after the 2015 summit",
    /// "à la suite de la réunion de 2013", "suite aux discussions de 2013", "après la conférence de 2015".
    private static let earlierEventWords: Set<String> = ["following", "after", "suite", "apres"]

    /// Whether `date` dates an earlier event that situates the sentence's own ("following successful discussions in
    /// Monterey, California in 2013, the ministers of A and B met on 6 February"): a word of ``earlierEventWords`` at most
    /// eight words before it, in the same clause. Its year then says nothing of the meeting the rest of the sentence
    /// reports.
    /// - Complexity: O(1) (a window of eight words).
    static func isEarlierEvent(_ date: DateMention, in tokens: [Token]) -> Bool {
        var index = date.range.lowerBound - 1
        while index >= 0, index >= date.range.lowerBound - 8 {
            let key = tokens[index].key
            if earlierEventWords.contains(key) { return true }
            if clauseEnds.contains(key) && !isAbbreviationDot(tokens, at: index) { return false }
            index -= 1
        }
        return false
    }

    /// Words of a chairmanship passed in turn among a body's members: "rotates among", "rotating", "tourne entre".
    static let rotationWords: Set<String> = ["rotates", "rotate", "rotated", "rotating", "rotation", "tourne", "tournent", "tournante", "rotative"]

    private static let listParticipantsJoiners: Set<String> = [
        ",", "and", "et", "the", "la", "le", "les", "l'", "&", "as", "well", "ainsi", "que", "du", "des", "de", "d'", "au", "aux",
    ]
    private static let listParticipantsAuxiliaries: Set<String> = ["have", "has", "had", "also", "all", "jointly", "together", "ont", "a", "egalement", "then"]
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
        guard let target = participantTarget(spokenOfIn: sentence),
            !sentence.triggers.contains(where: { DocumentReader.namesMembership($0.range, in: sentence) })
        else { return }
        let type: String? = if case .meeting(let index) = target { drafts[index].type } else { nil }
        let tokens = sentence.tokens
        let actorMentions = sentence.roleMentions.filter { mention in
            guard let id = mention.actorID, let kind = gazetteer.actors[id]?.kind else { return false }
            return kind != "dialogue" && kind != .meeting && !standsForMembers(mention, in: sentence)
        }
        // "A, B and C", "A, B as well as C", "du Mali, du Sénégal ainsi que du Maroc".
        let joiners = Self.listParticipantsJoiners
        // Runs of mentions joined only by list words.
        var runs: [[Mention]] = []
        // "the Oceania Customs Organisation (OCO), the Pacific Islands Chiefs of Police (PICP) and ...": a body's acronym in
        // brackets right after its name is part of the one mention.
        var named: [Mention] = []
        for mention in actorMentions {
            if var last = named.last, last.actorID == mention.actorID, mention.range.lowerBound == last.range.upperBound + 1,
                tokens[last.range.upperBound].key == "(", mention.range.upperBound < tokens.count, tokens[mention.range.upperBound].key == ")"
            {
                last.range = last.range.lowerBound..<(mention.range.upperBound + 1)
                named[named.count - 1] = last
                continue
            }
            named.append(mention)
        }
        for mention in named {
            if let last = runs.last?.last, tokens[last.range.upperBound..<mention.range.lowerBound].allSatisfy({ joiners.contains($0.key) }) {
                runs[runs.count - 1].append(mention)
            } else {
                runs.append([mention])
            }
        }
        let colon = tokens.firstIndex { $0.key == ":" }
        for run in runs {
            let first = run[0].range.lowerBound
            let end = run[run.count - 1].range.upperBound
            // "senior officials that includes Australia, Fiji and Tonga", "des envoyés des agences onusiennes (HCR, OIM)",
            // "representatives of the European Union": the people or bodies a plural noun of participants names
            // (rule `list-after-noun`). Not after a role word of another kind ("funded by the governments of"), whose
            // actors are its own.
            let clauseStart = (tokens[..<first].lastIndex { DocumentReader.clauseEnds.contains($0.key) } ?? -1) + 1
            // "the participants in the Berlin Process are A, B": a sentence about the dialogue, naming no meeting, lists its
            // members. "des pays comme A et B ont été invités à": guests whose presence is not stated.
            // A dialogue named in lower case ("the Berlin process") counts too.
            // So does one of a chairmanship that rotates among them: "The Chairmanship rotates among the Arctic States
            // (A, B, C)", "la présidence tourne entre les pays (A, B)".
            let aboutDialogue =
                sentence.meetingWords.isEmpty
                && (sentence.roleMentions.contains { $0.actorID.map { gazetteer.actors[$0]?.kind == "dialogue" } == true }
                    || tokens.indices.contains { $0 > 0 && ["process", "processus"].contains(tokens[$0].key) && tokens[$0 - 1].isCapitalized }
                    || tokens.contains { DocumentReader.rotationWords.contains($0.key) })
            let invited = tokens[end..<min(tokens.count, end + 6)].contains { DocumentReader.guestWords.contains($0.key) }
            if !aboutDialogue, !invited, let noun = DocumentReader.participantGroupNoun(before: first, in: tokens),
                !tokens.indices.contains(where: {
                    DocumentReader.notTakingPartWords.contains(tokens[$0].key) && !DocumentReader.isDelegationMember(at: $0, in: tokens)
                }),
                !sentence.triggers.contains(where: {
                    $0.range.upperBound <= first && $0.range.lowerBound >= clauseStart && $0.trigger.relation != .attends
                        && $0.trigger.relation != .observes && !$0.trigger.continuesPrevious
                })
            {
                let countries = DocumentReader.countryGroupNouns.contains(tokens[noun].key)
                record(run.filter { !countries || $0.actorID.map { gazetteer.actors[$0]?.kind == .country } == true }, rule: "list-after-noun")
                continue
            }
            guard run.count >= 2 else { continue }
            // No role word covers the list already.
            if sentence.triggers.contains(where: { $0.range.upperBound <= first && $0.trigger.direction == .after }) { continue }
            var rule: String?
            var next = end
            let auxiliaries = Self.listParticipantsAuxiliaries
            while next < tokens.count, next < end + 4, auxiliaries.contains(tokens[next].key) { next += 1 }
            // "The UK, France and Belgium on Thursday agreed", "Mali, Niger et le Tchad ont, le 5 mai, adopté": a date
            // between the list and its verb.
            next = DocumentReader.skippingDate(from: next, in: sentence, auxiliaries: auxiliaries)
            // "The Governments of Ghana and Togo commended the progress at a two-day meeting": in the sentence that
            // reports the meeting, a verb of speaking or acting does as a verb of joint action.
            // "the Visegrad Group, Austria and Slovenia held a meeting of interior ministers": the subject of "held" with a
            // meeting word as its object (within three words) held it together.
            let heldWord = sentence.meetingWords.first { $0.range.lowerBound > next && $0.range.lowerBound <= next + 4 }?.range.upperBound
            let heldIt = next < tokens.count && ["held", "hold", "holds", "tenu", "tiennent", "tenue"].contains(tokens[next].key) && heldWord != nil
            // A role word right after the list names its own actors ("A and B hosted"); not one inside the meeting's name
            // that "held" governs ("held a meeting of ministers of interior").
            if sentence.triggers.contains(where: {
                $0.range.lowerBound >= end && $0.range.lowerBound <= end + 4 && !(heldIt && $0.range.lowerBound >= heldWord ?? 0)
            }) {
                continue
            }
            if next < tokens.count,
                heldIt || DocumentReader.jointActionVerbs.contains(tokens[next].key)
                    || DocumentReader.presenceVerbs.contains(tokens[next].key) && DocumentReader.reportsMeeting(sentence, as: type)
            {
                rule = "list-subject"
            } else if let colon, colon < first, tokens[colon..<first].allSatisfy({ joiners.contains($0.key) || $0.key == ":" }),
                tokens[..<colon].contains(where: { DocumentReader.participantNouns.contains($0.key) }),
                tokens[..<colon].contains(where: { DocumentReader.colonGatheringVerbs.contains($0.key) })
            {
                rule = "list-after-colon"
            } else if DocumentReader.followsBetween(first, in: sentence) {
                rule = "list-between"
            }
            // "cooperation among Egypt, Tunisia and Libya" in the sentence that reports the meeting: a list with no role word
            // in a sentence about the meeting itself names its participants, with less certainty.
            // At least three actors: two are as often partners of a bilateral talk, or a pair of chairs ("cooperation
            // between Morocco and Spain", "Germany and Morocco's co-chairmanship").
            if rule == nil, run.count >= 3, DocumentReader.reportsMeeting(sentence, as: type),
                end >= tokens.count || !DocumentReader.chairWords.contains(tokens[end].key),
                !tokens.indices.contains(where: {
                    DocumentReader.notParticipationWords.contains(tokens[$0].key) && !DocumentReader.isDelegationMember(at: $0, in: tokens)
                })
            {
                rule = "list-in-meeting"
            }
            guard let rule else { continue }
            record(run, rule: rule)
        }
        func record(_ run: [Mention], rule: String) {
            for mention in run {
                guard let id = mention.actorID, !hasRole(id, in: target),
                    !(gazetteer.actors[id]?.kind == .country && isPlaceComplement(mention, in: sentence)),
                    !DocumentReader.namedInTitle(mention, in: sentence)
                else { continue }
                addParticipant(id, rule: rule, provenance: provenance, sentence: sentence, to: target)
            }
        }
    }
}
