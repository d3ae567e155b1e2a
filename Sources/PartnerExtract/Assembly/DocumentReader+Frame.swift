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
    static let listRules: Set<String> = ["header-line", "title-date-block", "date-range-line", "several-meetings"]

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

    /// Sets aside, after the text is read, the drafts other than the page's own meeting that give no reporting evidence of
    /// their own (see the type's discussion), each with a fact for `--explain`.
    /// - Complexity: O(d · t) in the document's drafts and the tokens of their sentences.
    mutating func setAsidePassingMeetings() {
        guard let frame = drafts.indices.first else { return }
        for index in drafts.indices.dropFirst() where !drafts[index].isPassing {
            let draft = drafts[index]
            // The frame's meeting named again ("the conference, which opened on 3 May"), or an entry of a list.
            if MeetingMerger.mayMerge(drafts[frame], draft, sameDocument: true) || DocumentReader.listRules.contains(draft.rule) { continue }
            // "The meetings in Dakar on 3 May and in Rome on 14 June": a meeting its sentence pairs with a kept one.
            if !drafts[index - 1].isPassing, drafts[index - 1].provenance.sentence == draft.provenance.sentence { continue }
            // "Thus, yesterday and today, the Ministry is hosting the Conference": dated by the page's own day, under way.
            if draft.isRelativeDate && !draft.isUnpinnedDate && !draft.isPlanned { continue }
            let sentence = SentenceAnalysis(draft.provenance.sentence, gazetteer: gazetteer)
            if DocumentReader.reportsItself(sentence, type: draft.type) { continue }
            drafts[index].isPassing = true
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: MeetingMerger.describe(draft), rule: "page-frame",
                    provenance: draft.provenance,
                    review:
                        "a meeting the page names beside its own without reporting it (no gathering said of it, or one in the future or situating it): not drafted"
                ))
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
