import PartnerGraph

/// The page's own meeting and the meetings it names only to situate it.
///
/// A page reports or announces one meeting as its subject: the first one its frame (title, dateline, first lines)
/// opens. Another meeting the page names counts only with reporting evidence of its own: a list entry (a header, a
/// title and date block, a line that opens with its date), or a sentence that says it gathered, in the past or the
/// present, and does not situate it ("preceded by", "ahead of", "in the run up to", "après", "en marge de"). The rest
/// ("the Global Forum to be held in Manila", "will be preceded by a Technical Seminar on 10 May", "Recorded ahead of
/// the Ministerial Conference that will take place in Prague") are named in passing and set aside.
extension DocumentReader {
    /// Rules that open a meeting as an entry of a list of meetings: each entry is a meeting the page reports.
    static let listRules: Set<String> = ["header-line", "title-date-block", "date-range-line", "several-meetings", "date-location-lines"]

    /// Words that put a meeting in the future, or in a plan: "will", "to be held", "expected", "upcoming", "prochaine".
    static let futureWords: Set<String> = [
        "will", "shall", "expected", "due", "scheduled", "upcoming", "forthcoming", "next", "planned", "foreseen", "prochain", "prochaine",
        "prevue", "prevu", "envisagee", "envisage",
    ]

    /// Words that situate a meeting with respect to another, before its meeting word: "ahead of", "preceded by", "in the
    /// run up to", "in preparation for", "following", "after", "après", "à la suite de", "à la veille de", "en marge de",
    /// "on the sidelines of", "as agreed at", "proposed at", "since the", "the previous".
    static let situatingWords: Set<String> = [
        "ahead", "preceded", "run", "preparation", "prepare", "preparing", "following", "after", "apres", "suite", "veille", "marge",
        "sidelines", "margins", "agreed", "proposed", "since", "previous", "earlier", "precedente", "precedent", "follow-up", "lead",
        "preparatoire",
    ]

    /// A page read again with its frame's meeting open (``PageFrame``) may open that meeting itself in a sentence that did
    /// not open it before (a sentence rule needs a current meeting): the frame's draft, when it may be that meeting, is
    /// merged into it.
    /// - Complexity: O(r) in the frame draft's roles.
    mutating func mergeFrameMeeting() {
        guard drafts.count > 1, drafts[0].rule == "page-subject" else { return }
        let frame = drafts[0]
        guard MeetingTypes.compatible(frame.type, drafts[1].type), MeetingMerger.placesAgree(frame, drafts[1]),
            frame.start == nil || drafts[1].start == nil || MeetingMerger.datesAgree(frame.start, drafts[1].start)
        else { return }
        var merged = drafts[1]
        MeetingMerger.merge(frame, into: &merged)
        merged.provenance = drafts[1].provenance
        merged.rule = drafts[1].rule
        merged.reviews.removeAll { $0.hasPrefix("the page's own meeting, drafted from its first lines") }
        drafts[1] = merged
        drafts.removeFirst()
        if let index = current { current = max(0, index - 1) }
        // The facts name drafts by their place in the document: the frame's facts are now the merged meeting's, and the
        // later drafts move up by one.
        let prefix = "#\(documentIndex)."
        func moved(_ name: String) -> String {
            guard name.hasPrefix(prefix), let local = Int(name.dropFirst(prefix.count)) else { return name }
            return prefix + String(max(0, local - 1))
        }
        facts.kept.removeAll { $0.relation == "meeting" && $0.rule == "page-subject" && $0.subject == prefix + "0" }
        for position in facts.kept.indices {
            facts.kept[position].subject = moved(facts.kept[position].subject)
            facts.kept[position].object = moved(facts.kept[position].object)
        }
    }

    /// Sets aside, after the text is read, the drafts other than the page's own meeting that give no reporting evidence of
    /// their own (see the type's discussion), each with a fact for `--explain`.
    /// - Complexity: O(d · t) in the document's drafts and the tokens of their sentences.
    mutating func setAsidePassingMeetings() {
        guard let frame = drafts.indices.first else { return }
        for index in drafts.indices.dropFirst() where !drafts[index].isPassing {
            let draft = drafts[index]
            // The frame's meeting named again ("the conference, which opened on 3 May"), or an entry of a list.
            if MeetingMerger.mayMerge(drafts[frame], draft, sameDocument: true) || DocumentReader.listRules.contains(draft.rule) { continue }
            // "Earlier, undersecretaries took part in a preparatory meeting here on Sunday": beside the page's own meeting of
            // another kind, a preparatory meeting is the one that prepared it, named to situate it ("preceded by").
            if draft.type == "preparatory meeting", drafts[frame].type != "preparatory meeting" {
                setAsidePassing(index)
                continue
            }
            // "The meetings in Dakar on 3 May and in Rome on 14 June": a meeting its sentence pairs with a kept one.
            if !drafts[index - 1].isPassing, drafts[index - 1].provenance.sentence == draft.provenance.sentence { continue }
            // "Thus, yesterday and today, the Ministry is hosting the Conference": dated by the page's own day, under way.
            if draft.isRelativeDate && !draft.isUnpinnedDate && !draft.isPlanned { continue }
            let sentence = SentenceAnalysis(draft.provenance.sentence, gazetteer: gazetteer)
            if DocumentReader.reportsItself(sentence, type: draft.type) { continue }
            setAsidePassing(index)
        }
    }

    /// Sets a draft aside as named in passing beside the page's own meeting, with a fact for `--explain`.
    private mutating func setAsidePassing(_ index: Int) {
        let draft = drafts[index]
        drafts[index].isPassing = true
        facts.append(
            ExtractedFact(
                subject: "(passing)", relation: "meeting", object: MeetingMerger.describe(draft), rule: "page-frame",
                provenance: draft.provenance,
                review:
                    "a meeting the page names beside its own without reporting it (no gathering said of it, or one in the future or situating it): not drafted"
            ))
    }

    /// Words before a meeting's name that rank it among the meetings of its series before another: "the first summit",
    /// "the latest summit", "la dernière réunion", "the previous meeting".
    static let precedenceWords: Set<String> = DocumentReader.previousWords.union([
        "first", "premier", "premiere", "inaugural", "latest", "last", "dernier", "derniere",
    ])

    /// Sets aside the meetings a page names only in its history: a meeting known only to its month or year, which its
    /// sentence ranks before another ("The first trilateral summit was held in Fukuoka in December 2008", "the latest
    /// summit taking place in December 2019 in Chengdu", "La dernière réunion avait eu lieu en juin 2023") or dates from
    /// the start of a practice ("has been held on a regular basis since March 2003"), while the page speaks from later:
    /// its own date is six months or more after that month or year, or it drafts another meeting later, or (a page
    /// without a date) it dates a day in a later year. Each is noted for `--explain`.
    ///
    /// A meeting dated to its day is left alone (a list of meetings dates each one), as is the page's only meeting when
    /// nothing on the page is later ("In January 2016, the Government of Belize hosted the Preparatory Meeting").
    /// - Complexity: O(d² + d · t) in the document's drafts and the tokens of their sentences.
    mutating func setAsidePastMentions() {
        func month(_ date: PartialDate, last: Bool) -> Int { date.year * 12 + (date.month ?? (last ? 12 : 1)) }
        for index in drafts.indices where !drafts[index].isPassing {
            let draft = drafts[index]
            guard let start = draft.start, start.precision != .day, !draft.isRelativeDate, !draft.isPlanned,
                !DocumentReader.listRules.contains(draft.rule)
            else { continue }
            let periodEnd = month(draft.end ?? start, last: true)
            let speaksLater: Bool
            if let page = documentDate {
                speaksLater = month(page, last: false) - periodEnd >= 6
            } else if drafts.indices.contains(where: {
                $0 != index && !drafts[$0].isPassing && drafts[$0].start.map { month($0, last: false) > periodEnd } ?? false
            }) {
                speaksLater = true
            } else {
                speaksLater = (latestDayYear ?? Int.min) > (draft.end ?? start).year
            }
            guard speaksLater else { continue }
            let sentence = SentenceAnalysis(draft.provenance.sentence, gazetteer: gazetteer)
            let ranked = sentence.meetingWords.contains { sentence.precededBy($0.range.lowerBound, within: 8, anyOf: DocumentReader.precedenceWords) }
            let since = sentence.dates.contains { $0.range.lowerBound > 0 && ["since", "depuis"].contains(sentence.tokens[$0.range.lowerBound - 1].key) }
            guard ranked || since else { continue }
            drafts[index].isPassing = true
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: MeetingMerger.describe(draft), rule: "past-in-history",
                    provenance: draft.provenance,
                    review: "an earlier meeting of the series, known only to its month or year, named in the page's history: not drafted"))
        }
    }

    /// Verbs that report a meeting as it was held besides those of gathering: hosting it, taking part in it, opening or
    /// closing it ("hosted", "attended", "took part", "ont assisté", "a accueilli", "opened", "s'est ouverte").
    static let reportingVerbs: Set<String> = [
        "hosted", "hosting", "hosts", "welcomed", "attended", "attending", "participated", "participating", "part", "opened", "closed",
        "concluded", "accueilli", "accueille", "assiste", "assistes", "assistees", "participe", "participes", "ouvert", "ouverte", "cloture",
        "cloturee",
    ]

    /// Whether a sentence reports the meeting of type `type` it names: it opens with a date (a list line: "11/12 December
    /// 2023: Ministerial Conference in Brdo"), or it says that people gathered, hosted, took part or opened, with no word
    /// of the future just before that verb or the meeting's name ("to be held", "will be preceded by"), and no word
    /// situating the meeting's name with respect to another meeting.
    static func reportsItself(_ sentence: SentenceAnalysis, type: String?) -> Bool {
        let tokens = sentence.tokens
        if sentence.dates.contains(where: { $0.range.lowerBound == 0 }) { return true }
        let verbs = Array(DocumentReader.gatheringPositions(tokens)) + tokens.indices.filter { DocumentReader.reportingVerbs.contains(tokens[$0].key) }
        guard !verbs.isEmpty else { return false }
        func futureBefore(_ position: Int, within window: Int) -> Bool {
            (max(0, position - window)..<position).contains {
                DocumentReader.futureWords.contains(tokens[$0].key) || DocumentReader.isFrenchFuture(tokens[$0])
                    || tokens[$0].key == "to" && $0 + 1 < tokens.count && tokens[$0 + 1].key == "be"
            }
        }
        let named = sentence.meetingWords.filter { MeetingTypes.compatible($0.match.type, type) }
        if named.contains(where: { futureBefore($0.range.lowerBound, within: 8) }) { return false }
        guard verbs.contains(where: { !futureBefore($0, within: 3) }) else { return false }
        guard !named.isEmpty else { return true }
        return named.contains { word in !sentence.precededBy(word.range.lowerBound, within: 6, anyOf: DocumentReader.situatingWords) }
    }
}

/// What the first sentences of a page (its title, dateline and first paragraph) say of the meeting the page is about:
/// the meeting's name, the day and place said with it, whether they say it gathered, is held or is taken part in.
///
/// A page about one meeting often opens it in words no sentence rule reads as a meeting ("Visegrad Group to debate the
/// crisis in Prague" above "The prime ministers ... will meet in the coming days"). When no sentence of the page opens a
/// meeting, the page's own meeting is drafted from its frame, with what is known of it, provided that the frame names a
/// meeting or a gathering and gives a day or a place for it (rule `page-subject`).
struct PageFrame: Sendable {
    /// The number of sentences, from the page's first, that make its frame.
    static let sentences = 5

    /// The first meeting word of the frame that situates no other meeting ("as agreed at", "preceded by").
    var word: MeetingTypes.Match?
    var title: String?
    /// The first sentence of the frame that names the meeting or says it gathered.
    var provenance: String?
    var paragraph = 0
    /// The first date said in a sentence that names the meeting or a gathering, and the first said in any other sentence of
    /// the frame that is not the page's own date.
    var date: DateMention?
    var looseDate: DateMention?
    /// Whether the day of ``date`` is given but not pinned ("on Tuesday" on an undated page).
    var dayGiven = false
    /// What the sentence that gave that unpinned day says of it (its weekday, its day and month).
    var unpinnedDay: UnpinnedDay?
    var place: (city: String?, country: String?) = (nil, nil)
    var loosePlace: (city: String?, country: String?) = (nil, nil)
    /// Whether a sentence of the frame says the meeting was cancelled.
    var cancelled = false
    /// Whether the sentence that names the meeting speaks of it in the future ("will meet", "se tiendra").
    var isPlanned = false

    /// Words that name an earlier or later meeting than the page's: "the last summit", "leur dernier Sommet", "the first
    /// meeting", "la prochaine réunion".
    static let otherMeetingWords: Set<String> = DocumentReader.previousWords.union([
        "last", "dernier", "derniere", "next", "prochain", "prochaine",
    ])

    /// Verbs that say someone takes part in a meeting besides ``DocumentReader/reportingVerbs``: "participates",
    /// "takes part", "participera".
    static let partakingVerbs: Set<String> = ["participates", "participate", "participera", "participeront", "participent", "attends", "attend"]

    /// Reads one sentence of the frame: its meeting word (`word`, unless it situates another meeting), whether it says
    /// people gather, and the date (`date`, before any rule gave it to a chairmanship) and place the reader found in it.
    mutating func note(
        _ sentence: SentenceAnalysis, word: (range: Range<Int>, match: MeetingTypes.Match)?, date: DateMention?, dayGiven: Bool,
        place: (city: String?, country: String?), isTitle: Bool, paragraph: Int, documentDate: PartialDate?
    ) {
        // "Une conférence de presse s'est tenue à Dosso": a press conference is no meeting.
        if MeetingTypes.matcher.matches(in: sentence.tokens).contains(where: { $0.value.type == MeetingTypes.notAMeeting }) { return }
        // "est reporté sine die", "has been postponed": the page's meeting is not held (when it is, a later date is given).
        if DocumentReader.saysCancelled(sentence.tokens)
            || sentence.tokens.contains(where: { ["postponed", "reporte", "reportee", "reportes", "ajourne", "ajournee"].contains($0.key) })
        {
            cancelled = true
            return
        }
        let tokens = sentence.tokens
        let gathers =
            DocumentReader.saysGathered(tokens)
            || tokens.contains { DocumentReader.reportingVerbs.contains($0.key) || PageFrame.partakingVerbs.contains($0.key) }
        // "its first meeting ... in 2012", "leur dernier Sommet": a meeting dated only by its year, or named as an earlier or
        // later one, is another meeting than the page's.
        if date?.isYearOnly == true { return }
        let named = word.flatMap { word in
            sentence.precededBy(word.range.lowerBound, within: 6, anyOf: DocumentReader.situatingWords)
                || sentence.precededBy(word.range.lowerBound, within: 6, anyOf: SentenceAnalysis.referenceWords)
                || sentence.precededBy(word.range.lowerBound, within: 3, anyOf: PageFrame.otherMeetingWords)
                // A meeting's name counts in the title, or where the sentence says it gathers, is held or taken part in.
                || !isTitle && !gathers ? nil : word
        }
        // A date that is only the page's own, on a line of its own, stamps the page.
        let usable = date.flatMap { given -> DateMention? in
            if given.isYearOnly && named == nil { return nil }
            if given.start == documentDate, !given.isRelative, named == nil, !gathers, tokens.count <= given.range.upperBound + 4 { return nil }
            return given
        }
        if named != nil || gathers {
            if self.word == nil, let named {
                self.word = named.match
                title = sentence.quotedTitle
            }
            if provenance == nil {
                provenance = sentence.text
                self.paragraph = paragraph
                isPlanned = tokens.contains { ["will", "shall"].contains($0.key) || DocumentReader.isFrenchFuture($0) }
            }
            if self.date == nil, let usable, !(usable.isYearOnly && dayGiven) {
                self.date = usable
                self.dayGiven = dayGiven
                if dayGiven { unpinnedDay = sentence.unpinnedMonthDay }
            } else if self.date == nil, dayGiven, !self.dayGiven {
                self.dayGiven = true
                unpinnedDay = sentence.unpinnedMonthDay
            }
            if self.place.city == nil && self.place.country == nil { self.place = place }
        } else {
            if looseDate == nil, let usable, !usable.isYearOnly { looseDate = usable }
            // Elsewhere, only a place said as such ("in Prague", "à Niamey", a dateline).
            if loosePlace.city == nil && loosePlace.country == nil, let stated = DocumentReader.statedPlace(in: sentence) { loosePlace = stated }
        }
    }

    /// The meeting the frame describes, when it names one or a gathering and gives it a day or a place; nil otherwise.
    func draft(document: Int, source: String) -> MeetingDraft? {
        guard !cancelled, let provenance else { return nil }
        let date = self.date ?? looseDate
        let place = self.place.city != nil || self.place.country != nil ? self.place : loosePlace
        guard date != nil || dayGiven || place.city != nil || place.country != nil else { return nil }
        var draft = MeetingDraft(
            provenance: Provenance(document: source, sentence: provenance), rule: "page-subject", document: document, paragraph: paragraph)
        draft.type = word?.type
        draft.isVirtual = word?.isVirtual ?? false
        draft.isPlanned = isPlanned
        draft.title = title
        draft.start = date?.start
        draft.end = date?.end
        draft.isRelativeDate = date?.isRelative ?? false
        draft.isUnpinnedDate = dayGiven && (date?.isUnpinned ?? true)
        if draft.start == nil { draft.unpinnedDay = unpinnedDay }
        draft.city = place.city
        draft.country = place.country
        draft.reviews.append(
            "the page's own meeting, drafted from its first lines (no sentence opened a meeting): check its date and place"
                + (date == nil ? "; no date is given for it" : ""))
        return draft
    }
}
