import PartnerGraph

/// Reads one document sentence by sentence: opens meetings, gives actors roles in them, and notes chairmanships.
///
/// The reader keeps a current meeting: a sentence that introduces a meeting (a meeting word with a date or a place,
/// or a header line "City, date, ...") makes it current, and later sentences ("The meeting, co-chaired by ...")
/// add to it until another meeting is introduced.
struct DocumentReader {
    var gazetteer: Gazetteer
    let documentIndex: Int
    let source: String
    var drafts: [MeetingDraft] = []
    var chairs: [ChairFact] = []
    var ties: [(from: String, to: String, relation: Relation, provenance: Provenance, rule: String)] = []
    var facts: [ExtractedFact] = []
    var learned: [String: Provenance] = [:]
    /// What a person should know about the document that is no fact of the draft (plans set aside).
    var notes: [String] = []
    var current: Int?
    /// A day named before the document's first meeting ("to take place on 7 July 2021"), for the meeting a later
    /// sentence of the paragraph refers to ("will chair the virtual roundtable").
    var pendingDate: (date: DateMention, paragraph: Int, sentence: String)?
    var mainDialogue: String?
    var datelineCity: (city: String, country: String, paragraph: Int)?

    init(gazetteer: Gazetteer, documentIndex: Int, source: String) {
        self.gazetteer = gazetteer
        self.documentIndex = documentIndex
        self.source = source
    }

    mutating func read(_ document: Document) {
        let paragraphs = document.paragraphs.map(SentenceSplitter.sentences)
        // First pass: learn "Full Name (ACRONYM)", so that the acronym is known wherever it appears.
        for sentence in paragraphs.joined() where sentence.utf8.contains(UInt8(ascii: "(")) {
            for pair in AcronymLearner.pairs(in: Tokenizer.tokens(sentence), sentence: sentence) {
                if let outcome = AcronymLearner.learn(pair, into: &gazetteer) {
                    let provenance = Provenance(document: source, sentence: sentence)
                    learned[outcome.id] = learned[outcome.id] ?? provenance
                    facts.append(
                        ExtractedFact(
                            subject: outcome.id, relation: "learned", object: pair.name, rule: "name-acronym", provenance: provenance,
                            review: outcome.isNew ? "organisation learned from the text: check its name and kind" : nil))
                }
            }
        }
        var analysed: [[SentenceAnalysis]] = []
        var dialogueCounts: [String: Int] = [:]
        for sentences in paragraphs {
            let row = sentences.map { SentenceAnalysis($0, gazetteer: gazetteer) }
            for sentence in row {
                for mention in sentence.mentions {
                    if let id = mention.actorID, gazetteer.actors[id]?.kind == "dialogue" { dialogueCounts[id, default: 0] += 1 }
                }
            }
            analysed.append(row)
        }
        mainDialogue = dialogueCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        for (paragraphIndex, sentences) in analysed.enumerated() {
            for (sentenceIndex, sentence) in sentences.enumerated() {
                readSentence(sentence, paragraph: paragraphIndex, isParagraphStart: sentenceIndex == 0, paragraphLength: sentences.count)
            }
        }
    }

    // MARK: - One sentence

    private mutating func readSentence(_ sentence: SentenceAnalysis, paragraph: Int, isParagraphStart: Bool, paragraphLength: Int) {
        let provenance = Provenance(document: source, sentence: sentence.text)
        var place = placeOf(sentence)
        var date = sentence.dates.first { !$0.isYearOnly } ?? sentence.dates.first
        let isHeader = isParagraphStart && isHeaderLine(sentence)
        let word = sentence.meetingWord
        var introduces = false
        var rule = ""
        if isHeader {
            introduces = true
            rule = "header-line"
        } else if let word {
            let strongDate = date.map { !$0.isYearOnly } ?? false
            if word.match.isWeak {
                introduces = strongDate && !isReference(sentence, word.range)
            } else {
                let determined = isReference(sentence, word.range)
                introduces = strongDate || ((date != nil || place.city != nil || word.match.isVirtual) && !determined)
            }
            rule = "meeting-words"
        } else if let date, !date.isYearOnly, place.city != nil, sentence.triggers.contains(where: { $0.trigger.relation != nil }) {
            introduces = true
            rule = "date-place-role"
        }
        var reviews: [String] = []
        if !introduces, current == nil, date == nil, let word, !word.match.isWeak, let pending = pendingDate, paragraph - pending.paragraph <= 1 {
            // The document's first meeting, named only by reference after its day was given.
            introduces = true
            rule = "reference-after-date"
            date = pending.date
            reviews.append("date taken from an earlier sentence: \(pending.sentence.prefix(80))")
        } else if !introduces, current == nil, let date, !date.isYearOnly {
            pendingDate = (date, paragraph, sentence.text)
        }
        // A news dateline ("Conakry – Some sixty experts gathered ...") places the paragraph's meetings.
        if isParagraphStart, let first = sentence.mentions.first, first.range.lowerBound == 0, let city = first.city,
            first.range.upperBound < sentence.tokens.count, ["-", ","].contains(sentence.tokens[first.range.upperBound].key)
        {
            datelineCity = (city.name, city.country, paragraph)
        }
        if place.city == nil && place.country == nil, let dateline = datelineCity, dateline.paragraph == paragraph {
            place = (dateline.city, dateline.country)
        }
        if introduces {
            var draft = MeetingDraft(provenance: provenance, rule: rule, document: documentIndex, paragraph: paragraph)
            draft.isHeader = isHeader
            draft.start = date?.start
            draft.end = date?.end
            draft.city = place.city
            draft.country = place.country
            if let word, !isHeader || !word.match.isWeak {
                draft.type = word.match.type
                draft.isVirtual = word.match.isVirtual
                draft.title = sentence.quotedTitle ?? titleAfter(word.range, in: sentence)
            }
            if sentence.tokens.contains(where: { ["virtual", "virtually", "online", "videoconference"].contains($0.key) }) { draft.isVirtual = true }
            if date?.isYearOnly == true { draft.reviews.append("only the year is known: \(sentence.text.prefix(60))") }
            draft.reviews += reviews
            open(draft)
        } else if let index = current, let word, !word.match.isWeak, drafts[index].type == nil, paragraph - drafts[index].paragraph <= 1 {
            // "Banjul, 27 February 2020. The Gambia hosted a training session ...": the header's meeting gets its type.
            drafts[index].type = word.match.type
            drafts[index].isVirtual = drafts[index].isVirtual || word.match.isVirtual
            drafts[index].title = drafts[index].title ?? sentence.quotedTitle ?? titleAfter(word.range, in: sentence)
        } else if let index = current, word == nil, let date, !date.isYearOnly, isRescheduling(sentence, of: drafts[index]) {
            // "It finally took place online on 24 November 2020": a postponed meeting gets its real date and place.
            drafts[index].reviews.append("rescheduled: date and place taken from '\(sentence.text.prefix(80))'")
            drafts[index].start = date.start
            drafts[index].end = date.end
            let online = sentence.tokens.contains { ["virtual", "virtually", "online", "videoconference"].contains($0.key) }
            if place.city != nil || online {
                drafts[index].city = place.city
                drafts[index].country = place.country
                drafts[index].isVirtual = online
            }
        } else if let index = current, place.city != nil, drafts[index].city == nil, word != nil {
            drafts[index].city = place.city
            drafts[index].country = drafts[index].country ?? place.country
        }
        if let index = current { counts(in: sentence, into: index) }
        roles(in: sentence, provenance: provenance)
        chairmanship(in: sentence, provenance: provenance, date: date)
    }

    /// Makes a new draft current, or fills the current one when it is the header line of the same meeting.
    private mutating func open(_ draft: MeetingDraft) {
        if let index = current, !draft.isHeader, drafts[index].isHeader || drafts[index].paragraph == draft.paragraph,
            MeetingMerger.mayMerge(drafts[index], draft, sameDocument: true)
        {
            MeetingMerger.merge(draft, into: &drafts[index])
            if draft.type != nil { drafts[index].isHeader = false }
            return
        }
        drafts.append(draft)
        current = drafts.count - 1
        facts.append(
            ExtractedFact(
                subject: "#\(documentIndex).\(drafts.count - 1)", relation: "meeting", object: MeetingMerger.describe(draft), rule: draft.rule,
                provenance: draft.provenance, review: nil))
    }

    /// A sentence that gives a meeting planned or postponed elsewhere in the text its actual date.
    private func isRescheduling(_ sentence: SentenceAnalysis, of draft: MeetingDraft) -> Bool {
        let heldWords: Set<String> = ["held", "place", "met", "convened", "rescheduled", "finally", "eventually"]
        let plannedWords: Set<String> = ["postponed", "planned", "cancelled", "canceled", "delayed", "scheduled", "initially", "originally"]
        guard sentence.tokens.contains(where: { heldWords.contains($0.key) }) else { return false }
        return draft.start == nil || Tokenizer.tokens(draft.provenance.sentence).contains { plannedWords.contains($0.key) }
    }

    /// "the meeting", "this workshop": a meeting word that refers back rather than introduces.
    private func isReference(_ sentence: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        // "the 2019 Senior Officials Meeting" names a meeting by its year.
        if range.lowerBound > 0, DateRecognizer.year(sentence.tokens[range.lowerBound - 1]) != nil { return false }
        // "This important meeting, ..., discussed the conclusions of the meeting held on 14 November 2018": a
        // demonstrative points back to the current meeting, whatever other dates the sentence gives.
        if current != nil, sentence.precededBy(range.lowerBound, within: 2, anyOf: ["this", "these", "cette", "ce"]) { return true }
        return sentence.precededBy(range.lowerBound, within: 2, anyOf: ["the", "this", "that", "these", "its", "la", "le", "cette", "ce"])
            && !sentence.precededBy(
                range.lowerBound, within: 4,
                anyOf: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "annual"])
            && (sentence.dates.isEmpty || sentence.dates.allSatisfy(\.isYearOnly))
    }

    /// A header line: "Abuja, 5-6 November 2019, hosted by ..." or "24 October 2019, Abidjan".
    private func isHeaderLine(_ sentence: SentenceAnalysis) -> Bool {
        guard let first = sentence.mentions.first, first.range.lowerBound == 0,
            first.city != nil || first.actorID.map({ gazetteer.actors[$0]?.kind == .country }) == true
        else {
            if let date = sentence.dates.first, date.range.lowerBound <= 1, !date.isYearOnly,
                let city = sentence.mentions.first(where: { $0.city != nil }), city.range.lowerBound <= date.range.upperBound + 1
            {
                return true
            }
            return false
        }
        var next = first.range.upperBound
        if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
        // "Abidjan, Côte d'Ivoire, 24 October 2019"
        if let country = sentence.mentions.first(where: { $0.range.lowerBound == next }), country.actorID != nil {
            next = country.range.upperBound
            if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
        }
        guard first.city != nil, let date = sentence.dates.first(where: { $0.range.lowerBound <= next + 1 }) else { return false }
        return !date.isYearOnly
    }

    /// The meeting's place: a city after "in"/"at" (or opening a header), with its country; else "in COUNTRY".
    private func placeOf(_ sentence: SentenceAnalysis) -> (city: String?, country: String?) {
        let placeWords: Set<String> = ["in", "at", "a", "en", "to", "from"]
        let heldWords: Set<String> = ["held", "place", "met", "convened", "hosted", "finally", "eventually", "tenue", "tenu"]
        let elsewhere: Set<String> = ["planned", "initially", "originally", "instead", "scheduled", "moved", "prevu", "prevue"]
        // A city after "held in" is where the meeting was; one after "initially planned in" is not.
        let cities = sentence.mentions.filter { $0.city != nil && !sentence.precededBy($0.range.lowerBound, within: 3, anyOf: elsewhere) }
        let chosen =
            cities.first {
                sentence.precededBy($0.range.lowerBound, within: 3, anyOf: heldWords) && sentence.precededBy($0.range.lowerBound, within: 1, anyOf: placeWords)
            }
            ?? cities.first { $0.range.lowerBound == 0 || sentence.precededBy($0.range.lowerBound, within: 1, anyOf: placeWords) } ?? cities.first
            ?? sentence.mentions.first { $0.city != nil }
        if let chosen, let city = chosen.city {
            var country = city.country
            var next = chosen.range.upperBound
            if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
            if let following = sentence.mentions.first(where: { $0.range.lowerBound == next }), let id = following.actorID,
                gazetteer.actors[id]?.kind == .country
            {
                country = id
            }
            return (city.name, country)
        }
        for mention in sentence.mentions {
            if let id = mention.actorID, gazetteer.actors[id]?.kind == .country,
                sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["in"]),
                sentence.precededBy(mention.range.lowerBound, within: 2, anyOf: ["held", "place", "took", "meet", "met", "convened"])
                    || sentence.precededBy(mention.range.lowerBound, within: 3, anyOf: ["held", "place"])
            {
                return (nil, id)
            }
        }
        return (nil, nil)
    }

    /// "Thematic Meeting on Root Causes": the meeting words and the capitalised words after "on".
    private func titleAfter(_ range: Range<Int>, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        guard range.upperBound < tokens.count, ["on", "about"].contains(tokens[range.upperBound].key) else { return nil }
        var end = range.upperBound + 1
        let connectors: Set<String> = ["and", "of", "in", "for", "the", "-", "to"]
        while end < tokens.count, tokens[end].isCapitalized || (connectors.contains(tokens[end].key) && end + 1 < tokens.count && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        guard end > range.upperBound + 1 else { return nil }
        return sentence.text(of: range.lowerBound..<end)
    }

    /// "68 participants", "25 partner countries".
    private mutating func counts(in sentence: SentenceAnalysis, into index: Int) {
        let tokens = sentence.tokens
        for (position, token) in tokens.enumerated() where token.kind == .number {
            guard let value = Int(token.text), value > 1, value < 100_000 else { continue }
            let next = position + 1 < tokens.count ? tokens[position + 1].key : ""
            let afterNext = position + 2 < tokens.count ? tokens[position + 2].key : ""
            if ["participants", "delegates", "participant", "participants,"].contains(next)
                || (afterNext == "participants" && tokens[position + 1].kind == .word)
            {
                if drafts[index].participants == nil { drafts[index].participants = value }
            } else if next == "countries" || (afterNext == "countries" && ["partner", "member"].contains(next)) {
                if drafts[index].countries == nil { drafts[index].countries = value }
            }
        }
    }
}
