import Foundation
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
    /// The facts found; a reader made with `keepsFacts: false` only counts them (a draft needs none).
    var facts: FactList
    var learned: [String: Provenance] = [:]
    /// What a person should know about the document that is no fact of the draft (plans set aside).
    var notes: [String] = []
    var current: Int?
    /// A day named before the document's first meeting ("to take place on 7 July 2021"), for the meeting a later
    /// sentence of the paragraph refers to ("will chair the virtual roundtable").
    var pendingDate: (date: DateMention, paragraph: Int, sentence: String, isDateLine: Bool)?
    /// A line that is only a place ("Kingston, Jamaica") above the first meeting of an event page, for the meeting that a
    /// later sentence opens without a place.
    var pendingPlace: (city: String, country: String?, paragraph: Int)?
    var mainDialogue: String?
    /// The organisation the page names most (at least twice): on a page that names no dialogue, the forum whose
    /// chairmanship a chair word without an owner means ("the meeting during the Finnish Presidency").
    var mainOrganisation: String?
    var datelineCity: (city: String, country: String, paragraph: Int)?
    /// The dateline that opens a news text ("Addis Ababa — ...", "GENEVA, December 6 (UNHCR)"): where the text was
    /// written, and so the place of its meetings that no sentence places.
    var openingDateline: (city: String, country: String)?
    /// The first city each paragraph places something in ("in Lomé", "à Niamey"), by paragraph: the place of a meeting
    /// of the paragraph, or of the page when the paragraph is its title, that no sentence of its own places.
    var paragraphPlaces: [Int: (city: String, country: String)] = [:]
    /// The countries the text places something in ("in Austria", "aux Seychelles", "in the Republic of Chad"): when there
    /// is one, the place of the meetings that neither a city nor a dateline places.
    var pageCountries: Set<String> = []
    /// The cities the text places something in ("invited in Portoroz, Slovenia"; two at most are kept): when there is
    /// one, in the one country of ``pageCountries``, the city of the meetings that fall back on that country.
    var pageCities: [String: String] = [:]
    /// The city the text named last, for "the capital" or "the city" referring back to it.
    var lastCity: (city: String, country: String)?
    /// "The set of meetings held in the Ecuadorian capital": the place of the meetings the text goes on to list, and
    /// the number of drafts before that sentence.
    var seriesPlace: (city: String?, country: String?, after: Int)?
    /// A title line naming a meeting without its date ("Prague Process Senior Officials' Meeting"), for the date line
    /// that follows it on an event page ("Wednesday, 15 June 2016, 9:00 - 17:00", "Date: 17 November 2011").
    var pendingTitle: (match: MeetingTypes.Match, title: String, paragraph: Int)?
    /// "la 5ème Conférence Ministérielle ... a réuni ...", named with its number but neither date nor place: the number
    /// of the meeting a later sentence places and dates ("a accueilli cette Conférence le 2 mai 2018").
    var pendingOrdinal: (ordinal: Int, type: String?)?
    /// The page's own date, when known.
    var documentDate: PartialDate?
    /// The latest year of a day the page dates: when a page without a date speaks from (``setAsidePastMentions()``).
    var latestDayYear: Int?
    /// Roles a sentence gives to a meeting it announces before any date or place opens it ("Senegal will host a
    /// regional meeting ..."), for the meeting the next sentences open; with the sentences they may still wait.
    var pendingRoles: [(role: RoleFact, sentencesLeft: Int)] = []
    /// Participants named before any meeting was opened, with the years their sentences give, for the page's own meeting
    /// (see `attachFrameParticipants`).
    var frameParticipants: [(role: RoleFact, years: [Int])] = []
    /// An open roster: the meeting a heading ending with a colon named participants of, its relation, and the paragraph of
    /// its last line (see `rosterEntries`).
    var roster: (target: ParticipantTarget, relation: Relation, paragraph: Int)?
    /// The lists of a body's members the page gives, and the meetings it says the members took part in (see
    /// `noteMembers` and `attachMemberLists`).
    var memberLists: [(body: String?, members: [String])] = []
    var membersPresent: [(target: ParticipantTarget, body: String?, provenance: Provenance)] = []
    /// What the page's first sentences say of the meeting the page is about (``PageFrame``): drafted when no sentence
    /// opens a meeting.
    var frame = PageFrame()
    /// The number of sentences read so far.
    var sentencesRead = 0
    /// The absences the page states, settled against its presences once it is read (``settleAbsences()``).
    var absences: [StatedAbsence] = []

    /// Whether reading a document first learns the names it teaches (``learnNames(_:sentences:)``); false when they were
    /// learned from every document beforehand.
    var learnsNames = true

    init(gazetteer: Gazetteer, documentIndex: Int, source: String, keepsFacts: Bool = true) {
        self.gazetteer = gazetteer
        facts = FactList(keepsFacts: keepsFacts)
        self.documentIndex = documentIndex
        self.source = source
    }

    mutating func read(_ document: Document) {
        var document = document
        read(releasing: &document)
    }

    /// Reads `document`, emptying its paragraphs as they are read: when the caller holds no other copy, a long text
    /// is let go paragraph by paragraph.
    ///
    /// A text up to ``keptAnalysisBytes`` is split into sentences once. A longer one is split paragraph by paragraph
    /// in each pass, so that its sentences are never held all at once (beside the sources of the facts they give).
    mutating func read(releasing document: inout Document) {
        let keeps = document.paragraphs.reduce(0) { $0 + $1.utf8.count } <= keptAnalysisBytes
        let split = keeps ? document.paragraphs.map(SentenceSplitter.sentences) : []
        func sentences(_ paragraph: Int) -> [String] { keeps ? split[paragraph] : SentenceSplitter.sentences(document.paragraphs[paragraph]) }
        let count = document.paragraphs.count
        if learnsNames { learnNames(document.paragraphs, sentences: sentences) }
        // First pass over the sentences: the document-wide facts that reading a sentence needs (the actors the text
        // names, its main dialogue, the years its sentences give), without keeping any sentence's tokens. The second
        // pass analyses each sentence again and reads it, so memory holds one sentence rather than the document.
        var kept: [SentenceAnalysis] = []
        var dialogueCounts: [String: Int] = [:]
        var organisationCounts: [String: Int] = [:]
        var named: Set<String> = []
        var years = DocumentYears()
        // A page without a date of its own whose first lines hold one that is only a day ("Wednesday, 13 March 2019",
        // "13/03/2019", "Posted on 13 March 2019"), and whose text gives no other day with its year: that day is when the
        // page was written, for "yesterday", "on Tuesday" and days without a year; it stays a day the text gives for
        // everything else. (A site's header may show the day it was read, not written: where the text dates its
        // meeting otherwise, the line is not trusted.)
        var lineDay: PartialDate?
        for paragraph in 0..<count {
            for text in sentences(paragraph) {
                let sentence = SentenceAnalysis(text, gazetteer: gazetteer)
                if document.date == nil, lineDay == nil, paragraph < DocumentReader.dateLineParagraphs {
                    lineDay = DocumentReader.lineDay(of: sentence)
                }
                for mention in sentence.mentions {
                    guard let id = mention.actorID else { continue }
                    named.insert(id)
                    if gazetteer.actors[id]?.kind == "dialogue" { dialogueCounts[id, default: 0] += 1 }
                    if gazetteer.actors[id]?.kind == .organisation { organisationCounts[id, default: 0] += 1 }
                }
                years.append(sentence)
                if keeps { kept.append(sentence) }
            }
        }
        if lineDay != nil, years.withDay.lazy.compactMap({ $0 }).count > 1 { lineDay = nil }
        documentDate = document.date
        latestDayYear = years.withDay.compactMap { $0 }.max().map(Int.init)
        mainDialogue = dialogueCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        mainOrganisation = organisationCounts.filter { $0.value >= 2 }.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        // Reading a sentence may teach the gazetteer an acronym; every sentence is analysed with the gazetteer as it was
        // before the first one was read, as the kept analyses were.
        let analysing = keeps ? nil : gazetteer
        // A page that opens no meeting is read again with its own meeting, drafted from its frame (``PageFrame``), open
        // from the first sentence: the roles and participants it states anywhere are that meeting's.
        // (Whether or not the sentences' analyses are kept: a long text re-analysed sentence by sentence gets the same
        // second reading.)
        let unread = self
        for pass in 0..<2 {
            if pass == 1 {
                guard drafts.isEmpty, let seed = frame.draft(document: documentIndex, source: source) else { break }
                self = unread
                drafts.append(seed)
                current = 0
                facts.append(
                    ExtractedFact(
                        subject: "#\(documentIndex).0", relation: "meeting", object: MeetingMerger.describe(seed), rule: seed.rule,
                        provenance: seed.provenance, review: seed.reviews.first))
            }
            var flat = 0
            var previousDay: PartialDate?
            for paragraphIndex in 0..<count {
                let texts = sentences(paragraphIndex)
                // Read for the last time: the paragraph is let go (its sentences' texts live on in the facts' sources).
                if !keeps { document.paragraphs[paragraphIndex] = "" }
                for (sentenceIndex, text) in texts.enumerated() {
                    var sentence = analysing.map { SentenceAnalysis(text, gazetteer: $0) } ?? kept[flat]
                    DocumentReader.placeCities(in: &sentence, named: named, gazetteer: analysing ?? gazetteer)
                    DocumentReader.resolveDates(
                        in: &sentence, at: flat, years: years, documentDate: document.date ?? lineDay, previousDay: previousDay)
                    sentence.setAsideSituatingClauses()
                    previousDay = DocumentReader.lastDay(of: sentence) ?? previousDay
                    readSentence(sentence, paragraph: paragraphIndex, isParagraphStart: sentenceIndex == 0, paragraphLength: texts.count)
                    flat += 1
                }
            }
        }
        document.paragraphs = []
        mergeFrameMeeting()
        if let series = seriesPlace {
            for index in drafts.indices
            where index >= series.after && drafts[index].city == nil && drafts[index].country == nil
                && !drafts[index].isVirtual
            {
                drafts[index].city = series.city
                drafts[index].country = series.country
                drafts[index].reviews.append("place taken from the sentence that places the series of meetings")
            }
        }
        // "The forum opened on 3 May. ... Delegates in Lomé discussed ...": a meeting that its own sentence does not place is
        // where its paragraph says people were, else where the page's title says ("Senior officials meet in Ankara").
        for index in drafts.indices where drafts[index].city == nil && drafts[index].country == nil && !drafts[index].isVirtual {
            let paragraph = drafts[index].paragraph
            guard let stated = paragraphPlaces[paragraph] ?? (paragraph > 0 && count > 1 ? paragraphPlaces[0] : nil) else { continue }
            drafts[index].city = stated.city
            drafts[index].country = stated.country
            drafts[index].reviews.append(
                "place taken from the \(paragraphPlaces[paragraph] != nil ? "sentences around it" : "page's title"): \(stated.city)")
        }
        // "Addis Ababa — ... A two-day session is underway at the Commission's headquarters": a meeting of the text
        // that no sentence places is where the opening dateline says the text was written (unless it met online).
        if let dateline = openingDateline {
            for index in drafts.indices where drafts[index].city == nil && drafts[index].country == nil && !drafts[index].isVirtual {
                drafts[index].city = dateline.city
                drafts[index].country = dateline.country
                drafts[index].reviews.append("place taken from the text's dateline: \(dateline.city)")
            }
        }
        // "Members of the Commission are meeting this week in the Seychelles ... The meeting of 26 and 28 August is organised
        // by ...": a meeting still without a place is in the one country the text places anything in, and in the one city
        // the text places anything in when that city is in that country ("hosted the ministers in Slovenia ... invited in
        // Portoroz, Slovenia").
        if pageCountries.count == 1, let country = pageCountries.first {
            let city = pageCities.count == 1 && pageCities.first?.value == country ? pageCities.first?.key : nil
            for index in drafts.indices where drafts[index].city == nil && drafts[index].country == nil && !drafts[index].isVirtual {
                drafts[index].city = city ?? DocumentReader.cityStates[country]
                drafts[index].country = country
                let town = city.map { ", in its one city \($0)" } ?? ""
                drafts[index].reviews.append("place taken from the one country the text places anything in: \(country)\(town)")
            }
        }
        dateTitleMeeting()
        setAsidePassingMeetings()
        setAsidePastMentions()
        attachMemberLists()
        attachFrameParticipants()
        settleAbsences()
        publisherHosts()
    }

    /// Learns the names a text teaches: "Full Name (ACRONYM)", so that the acronym is known wherever it appears, and a
    /// dialogue missing from the curated list ("the Lomé Process"), before any sentence is read.
    /// - Parameter sentences: the sentences of the paragraph at an index.
    mutating func learnNames(_ paragraphs: [String], sentences: (Int) -> [String]) {
        // First pass: learn "Full Name (ACRONYM)", so that the acronym is known wherever it appears.
        for paragraph in paragraphs.indices where paragraphs[paragraph].utf8.contains(UInt8(ascii: "(")) {
            for sentence in sentences(paragraph) where sentence.utf8.contains(UInt8(ascii: "(")) {
                let tokens = Tokenizer.tokens(sentence)
                for pair in AcronymLearner.pairs(in: tokens, sentence: sentence) {
                    if let outcome = AcronymLearner.learn(pair, into: &gazetteer, sentence: tokens) {
                        let provenance = Provenance(document: source, sentence: sentence)
                        learned[outcome.id] = learned[outcome.id] ?? provenance
                        facts.append(
                            ExtractedFact(
                                subject: outcome.id, relation: "learned", object: pair.name, rule: "name-acronym", provenance: provenance,
                                review: outcome.isNew ? "organisation learned from the text: check its name and kind" : nil))
                    }
                }
            }
        }
        // "the Lomé Process": a dialogue missing from the curated list is learned before any sentence is read.
        for paragraph in paragraphs.indices where DocumentReader.holds(paragraphs[paragraph], "Process") {
            for sentence in sentences(paragraph) where DocumentReader.holds(sentence, "Process") {
                for dialogue in DialogueLearner.learn(from: sentence, into: &gazetteer) {
                    let provenance = Provenance(document: source, sentence: sentence)
                    learned[dialogue.id] = learned[dialogue.id] ?? provenance
                    facts.append(
                        ExtractedFact(
                            subject: dialogue.id, relation: "learned", object: dialogue.name, rule: "dialogue-name", provenance: provenance,
                            review: "dialogue learned from the text: check its name"))
                }
            }
        }
    }

    /// "Senior officials meet in Ankara for 2nd Preparatory Meeting" above "Ankara, 10-11 December 2012: ... was held in
    /// Ankara": the page's title names the meeting its text dates. An undated meeting of the title paragraph takes the
    /// date (and, when their types disagree, the type) of the first dated meeting of the text held in the same place, so
    /// that the two merge into one.
    /// - Complexity: O(d) in the document's drafts.
    mutating func dateTitleMeeting() {
        guard let title = drafts.indices.first, drafts[title].paragraph == 0, drafts[title].start == nil, drafts[title].city != nil,
            let dated = drafts.indices.dropFirst().first(where: { drafts[$0].start != nil && MeetingMerger.placesAgree(drafts[title], drafts[$0]) })
        else { return }
        drafts[title].start = drafts[dated].start
        drafts[title].end = drafts[dated].end
        if !MeetingTypes.compatible(drafts[title].type, drafts[dated].type) {
            drafts[title].type = drafts[dated].type
            drafts[title].ordinal = drafts[dated].ordinal
        }
        drafts[title].reviews.append("a meeting named by the page's title, dated by its text")
    }

    /// Whether `text` holds `word`, byte for byte: Foundation's search, which compares characters, takes several times
    /// as long over a long text.
    /// - Complexity: O(n·m) at worst for n bytes of text and m of the word; O(n) when the word's first byte is rare.
    static func holds(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard needle.count <= bytes.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count && bytes[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
        return found ?? text.contains(word)
    }

    /// Texts up to this many bytes keep every sentence's analysis from the first pass to the second; longer ones
    /// are analysed again sentence by sentence (the same analysis: the output does not depend on it).
    var keptAnalysisBytes = 1 << 20

    /// The years each sentence of a document gives, in reading order: for dates written without one.
    struct DocumentYears {
        /// The year of the sentence's first dated day (not a deadline, not year-less).
        var withDay: [Int32?] = []
        /// The year of the sentence's first date with at least a month.
        var withMonth: [Int32?] = []
        /// Every year the document's dates state, at either end of a range ("the 2017-2018 co-chairmanship").
        var stated: Set<Int> = []

        mutating func append(_ sentence: SentenceAnalysis) {
            withDay.append(sentence.dates.first { !$0.isYearless && !$0.isDeadline && $0.start.day != nil }.map { Int32($0.start.year) })
            withMonth.append(sentence.dates.first { !$0.isYearless && !$0.isDeadline && $0.start.precision != .year }.map { Int32($0.start.year) })
            for date in sentence.dates where !date.isYearless && !date.isDeadline {
                stated.insert(date.start.year)
                if let end = date.end { stated.insert(end.year) }
            }
        }

        /// The year given nearest to the sentence at `flat` in `candidates`, looking both ways.
        /// - Complexity: O(s) in the document's sentences.
        static func nearest(_ candidates: [Int32?], to flat: Int) -> Int? {
            for distance in 0..<candidates.count {
                if flat - distance >= 0, let found = candidates[flat - distance] { return Int(found) }
                if flat + distance < candidates.count, let found = candidates[flat + distance] { return Int(found) }
            }
            return nil
        }
    }

    /// The day of the week a weekday's name (English or French) stands for, as `Calendar` numbers them (Sunday 1,
    /// Monday 2, ... Saturday 7).
    static func weekdayNumber(_ key: String) -> Int? {
        let order = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche",
        ]
        guard let index = order.firstIndex(of: key) else { return nil }
        return (index % 7 + 1) % 7 + 1
    }

    /// "ce mercredi 5 décembre" on a page that gives no year for it but names 2017-2018 elsewhere: of the years the text
    /// states, the only one in which the day falls on the weekday written with it.
    /// - Returns: nil without a weekday written with the day, or unless exactly one of the years fits.
    static func yearOfWeekday(_ mention: DateMention, in tokens: [Token], among years: Set<Int>) -> Int? {
        guard let month = mention.start.month, let day = mention.start.day else { return nil }
        let before = max(0, mention.range.lowerBound - 2)..<min(tokens.count, mention.range.lowerBound + 1)
        guard let weekday = tokens[before].compactMap({ DocumentReader.weekdayNumber($0.key) }).first else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let fitting = years.filter { candidate in
            calendar.date(from: DateComponents(year: candidate, month: month, day: day)).map { calendar.component(.weekday, from: $0) } == weekday
        }
        return fitting.count == 1 ? fitting.first : nil
    }

    /// "Cadiz" in a text that names Spain is Spain's Cádiz, not the larger city of the Philippines: a city whose
    /// country the text never names goes to another country with a city of that name that the text names.
    static func placeCities(in sentence: inout SentenceAnalysis, named: Set<String>, gazetteer: Gazetteer) {
        // A city inside quotation marks, not after "in", "at" or "à", is a word of a theme or a title ("under the theme
        // “Protecting Childhoods, Shaping Futures”"), not a place.
        if sentence.mentions.contains(where: { $0.city != nil }), let spans = quotedSpans(sentence.tokens) {
            let analysed = sentence
            sentence.mentions.removeAll { mention in
                mention.city != nil && spans.contains { $0.contains(mention.range.lowerBound) }
                    && !analysed.precededBy(mention.range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au"])
            }
        }
        // "Trente-cinq chefs d'Etat" (Trento's French name), "the Geneva-based agency": a city joined by a hyphen to a word
        // in lower case is part of another word, not a place.
        let tokens = sentence.tokens
        sentence.mentions.removeAll { $0.city != nil && DocumentReader.joinsLowerCaseWord(after: $0.range, in: tokens) }
        for (position, mention) in sentence.mentions.enumerated() {
            guard let city = mention.city, !named.contains(city.country), let others = gazetteer.otherCountries[city.name],
                let chosen = others.first(where: named.contains)
            else { continue }
            sentence.mentions[position].value = .city(name: city.name, country: chosen)
        }
    }

    /// Whether a hyphen written without spaces joins the range to a word in lower case: "Trente-cinq", "Geneva-based".
    /// - Complexity: O(1).
    static func joinsLowerCaseWord(after range: Range<Int>, in tokens: [Token]) -> Bool {
        let hyphen = range.upperBound
        guard hyphen + 1 < tokens.count, tokens[hyphen].text == "-", let first = tokens[hyphen + 1].text.first, first.isLowercase else { return false }
        let last = tokens[hyphen - 1]
        return last.offset + last.length == tokens[hyphen].offset && tokens[hyphen].offset + tokens[hyphen].length == tokens[hyphen + 1].offset
    }

    /// The token ranges between quotation marks: “...”, «...», or a pair of plain double quotes; `nil` when there is none.
    /// - Complexity: O(t) in the tokens.
    static func quotedSpans(_ tokens: [Token]) -> [Range<Int>]? {
        var spans: [Range<Int>] = []
        var open: Int?
        for (position, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "“", "«": open = position + 1
            case "”", "»":
                if let start = open { spans.append(start..<position) }
                open = nil
            case "\"":
                if let start = open {
                    spans.append(start..<position)
                    open = nil
                } else {
                    open = position + 1
                }
            default: break
            }
        }
        return spans.isEmpty ? nil : spans
    }

    /// Gives dates written without a year the page's year (or, without a page date, the nearest year the text
    /// states), dates "today", "yesterday", "tomorrow", "this week" and "last week" by the page date, and drops deadlines.
    /// - Parameters:
    ///   - flat: the sentence's position in the document, counting every sentence of every paragraph.
    ///   - years: the years of every sentence of the document (``DocumentYears``).
    /// - Complexity: O(s) in the number of sentences s when the sentence has a year-less date, O(1) otherwise.
    static func resolveDates(
        in sentence: inout SentenceAnalysis, at flat: Int, years: DocumentYears, documentDate: PartialDate?, previousDay: PartialDate? = nil
    ) {
        let analysed = sentence
        sentence.dates.removeAll {
            $0.isDeadline || $0.isStamp || DocumentReader.datesAnAct($0, in: analysed) || DocumentReader.datesAReport($0, in: analysed)
        }
        DocumentReader.dropPostponedDates(in: &sentence)
        var unresolved = false
        for index in sentence.dates.indices where sentence.dates[index].isYearless {
            var year: Int?
            // "on November 27-29 this year", "les 10 et 11 octobre de cette année": the page's year, or none.
            // "This year, during the 6-7 of September", "Cette année, les 6 et 7 septembre" say it before the day too.
            let after = sentence.dates[index].range.upperBound
            let before = max(0, sentence.dates[index].range.lowerBound - 6)
            let thisYear =
                (Array(before..<sentence.dates[index].range.lowerBound) + Array(after..<min(sentence.tokens.count, after + 3))).contains {
                    $0 + 1 < sentence.tokens.count
                        && (sentence.tokens[$0].key == "this" && sentence.tokens[$0 + 1].key == "year"
                            || sentence.tokens[$0].key == "cette" && sentence.tokens[$0 + 1].key == "annee")
                }
            if let page = documentDate {
                year = page.year
                // "le 3 mars dernier", "last June": the last such day on or before the page; "le 3 mars prochain", "next
                // June": the first one after it.
                let mention = sentence.dates[index]
                let tokens = sentence.tokens
                let following = mention.range.upperBound < tokens.count ? tokens[mention.range.upperBound].key : ""
                let leading = mention.range.lowerBound > 0 ? tokens[mention.range.lowerBound - 1].key : ""
                let isLast = DateRecognizer.lastWords.contains(following) || leading == "last" || mention.isPastMonth
                let isNext = DateRecognizer.nextWords.contains(following) || leading == "next"
                if let resolved = DocumentReader.withYear(mention, page.year), isLast || isNext {
                    if isLast, !resolved.start.mayPrecede(page) { year = page.year - 1 }
                    if isNext, !page.mayPrecede(resolved.start) { year = page.year + 1 }
                } else if let month = page.month, !thisYear {
                    let announced = DocumentReader.isAnnounced(mention, in: tokens)
                    // "on 20 December", read in a page of 5 January: the December before; "will be held on 15-16 January",
                    // "se tiendra les 15 et 16 janvier", read in a page of 10 December: the January after.
                    if mention.start.month! > month + 6, !announced { year = page.year - 1 }
                    if mention.start.month! + 3 < month, announced { year = page.year + 1 }
                }
            } else if sentence.dates[index].isPastMonth {
                // ("suspended in November", "met in June": any June; only a page's date says which.)
                year = nil
            } else if !thisYear {
                // The nearest year given with a day, else with a month: "7th March 2019 ... on the 6th March".
                year = DocumentYears.nearest(years.withDay, to: flat) ?? DocumentYears.nearest(years.withMonth, to: flat)
                // "ce mercredi 5 décembre", in a text that gives only the years of a period: the year the weekday fits.
                let mention = sentence.dates[index]
                if year == nil {
                    year = DocumentReader.yearOfWeekday(mention, in: sentence.tokens, among: years.stated)
                }
                // "jeudi 7 avril" nearest a day of 2015, in a text about the next year's council: the weekday written with
                // the day wins over the nearness of a year it does not fit (a stated year it fits, else the year before
                // or after the nearest).
                else if let nearest = year,
                    DocumentReader.yearOfWeekday(mention, in: sentence.tokens, among: [nearest]) == nil,
                    let fitting = DocumentReader.yearOfWeekday(mention, in: sentence.tokens, among: years.stated)
                        ?? DocumentReader.yearOfWeekday(mention, in: sentence.tokens, among: [nearest - 1, nearest + 1])
                {
                    year = fitting
                }
            }
            // "La conférence 2015 du MIDWA ... aura lieu du 6 au 8 octobre": a year naming the meeting of the sentence
            // comes first.
            if documentDate == nil, let named = DocumentReader.yearNamingMeeting(in: sentence) { year = named }
            guard let year, let resolved = DocumentReader.withYear(sentence.dates[index], year) else {
                sentence.dates[index].isYearless = true
                // (A bare month dates nothing, and takes nothing from the sentence's other years: "In 2019, ... met in June".)
                unresolved = unresolved || !sentence.dates[index].isPastMonth
                // "se tiendra à Genève du 5 au 7 décembre" on a page that gives no year: a day that nothing dates.
                if let day = sentence.dates[index].start.day, let month = sentence.dates[index].start.month, sentence.unpinnedDay == nil {
                    sentence.unpinnedDay = sentence.dates[index].range
                    let lower = sentence.dates[index].range.lowerBound
                    let weekday = sentence.tokens[max(0, lower - 2)..<lower].compactMap { DocumentReader.weekdayNumber($0.key) }.last
                    sentence.unpinnedMonthDay = UnpinnedDay(month: month, day: day, weekday: weekday)
                }
                continue
            }
            sentence.dates[index] = resolved
        }
        sentence.dates.removeAll(where: \.isYearless)
        // "les 10 et 11 octobre ... avant les élections européennes de 2024": when the meeting's day has no year that
        // can be known, another year of the sentence does not date it (unless it names the meeting: "MIDSA 2023").
        if unresolved {
            let named = DocumentReader.yearNamingMeeting(in: sentence)
            sentence.dates.removeAll { $0.isYearOnly && $0.start.year != named }
        }
        // "which opened on Monday 11 March, closes today", "opened yesterday and will close on Wednesday": the last day,
        // counted from the page's date, after a verb of closing (read once the sentence's other days are).
        defer {
            if let page = documentDate, page.day != nil, let closing = DocumentReader.relativeClosingDay(in: sentence, page: page) {
                sentence.dates.append(closing)
            }
        }
        // "GENEVA, Switzerland, May 9, 2014 -- ... are hosting ... this week": a dateline's day yields to the text's own
        // words for the meeting's time.
        let datelineOnly =
            sentence.dates.filter { !$0.isYearOnly }.count == 1 && DocumentReader.isDatelineDate(sentence.dates.first { !$0.isYearOnly }!, in: sentence)
        guard datelineOnly || !sentence.dates.contains(where: { !$0.isYearOnly }) else { return }
        // "The following day, the ministers met", "deux jours plus tard": a day counted from the day the text gave last.
        if !datelineOnly, let previousDay, let offset = DocumentReader.offsetDate(in: sentence.tokens, from: previousDay) {
            sentence.dates.insert(offset, at: 0)
            return
        }
        // "N'Djamena, 14 September 2018 – The commission has today resolved ..." on a page dated two days later: a
        // dateline's day is the text's own "today", ahead of the page's date.
        let datelineDay = datelineOnly ? sentence.dates.first(where: { !$0.isYearOnly })?.start : nil
        if let page = datelineDay?.day != nil ? datelineDay : documentDate, page.day != nil {
            if var relative = DocumentReader.relativeDate(in: sentence.tokens, page: page), !DocumentReader.datesAReport(relative, in: sentence) {
                // "The heads of state arrived on Friday for the summit, whose proceedings open this Saturday": a day a verb
                // of opening governs is the meeting's first, not the day of an act said before it.
                if DocumentReader.heldVerb(of: relative, in: sentence) == nil,
                    let opening = DocumentReader.relativeOpeningDay(in: sentence, page: page),
                    opening.range.lowerBound > relative.range.upperBound, opening.start != relative.start
                {
                    relative = opening
                }
                sentence.dates.insert(relative, at: 0)
            }
        } else if let given = DocumentReader.relativeDay(in: sentence.tokens) {
            // "s'est tenue mercredi à Madrid" on a page dated March 2017, "met yesterday" on a page without a date: the
            // day is given but not pinned; the meeting is dated as precisely as the page is, or not at all.
            if let page = documentDate {
                var mention = DateMention(range: given, start: page)
                mention.isRelative = true
                mention.isUnpinned = true
                sentence.dates.insert(mention, at: 0)
            } else if sentence.unpinnedDay == nil {
                sentence.unpinnedDay = given
                if let weekday = DocumentReader.weekdayNumber(sentence.tokens[given.lowerBound].key) {
                    sentence.unpinnedMonthDay = UnpinnedDay(month: nil, day: nil, weekday: weekday)
                }
            }
        }
    }

    private static let announcingWords: Set<String> = [
        "will", "shall", "upcoming", "forthcoming", "scheduled", "slated", "planned", "prevue", "prevu", "prevues", "prevus", "prochaine",
        "prochain", "programmee", "programme",
    ]
    /// The marks that end the words ``isAnnounced(_:in:)`` looks back over.
    private static let announcementEnds: Set<String> = [".", ";", ":"]
    private static let pastWords: Set<String> = [
        "was", "were", "had", "took", "met", "gathered", "convened", "ended", "closed", "opened", "tenue", "tenu", "tenues", "reunis", "avait",
        "avaient", "etait", "s'est", "s'etait", "ont", "eu",
    ]

    /// Whether the words before a date, back to the clause's start (at most ten), announce it in the future ("will be held
    /// in Dakar on", "se tiendra à Dakar les", "scheduled for", "prévue le") with no verb of the past among them.
    /// - Complexity: O(1): ten tokens at most.
    static func isAnnounced(_ date: DateMention, in tokens: [Token]) -> Bool {
        var future = false
        var index = date.range.lowerBound - 1
        while index >= max(0, date.range.lowerBound - 10), !announcementEnds.contains(tokens[index].key) {
            let token = tokens[index]
            if pastWords.contains(token.key) { return false }
            if announcingWords.contains(token.key) || isFrenchFuture(token) { future = true }
            index -= 1
        }
        return future
    }

    /// How many of a page's first paragraphs may hold its date line (``lineDay(of:)``).
    static let dateLineParagraphs = 3
    private static let lineDayWords: Set<String> = [
        "posted", "published", "on", "date", "publie", "publiee", "le", "am", "pm", "h", "gmt", "utc",
    ]

    /// The day of a sentence that is only a day with a year: a weekday, a stamp word ("Posted on", "Publié le"),
    /// commas, dashes and hours may stand around it ("Wednesday, 13 March 2019", "13/03/2019 - 10:42", "Posted on 13
    /// March 2019"); `nil` for anything else.
    /// - Complexity: O(t) in the sentence's tokens.
    static func lineDay(of sentence: SentenceAnalysis) -> PartialDate? {
        let tokens = sentence.tokens
        guard tokens.count <= 14, sentence.dates.count == 1, let date = sentence.dates.first, date.start.day != nil, !date.isYearless, date.end == nil,
            !date.isRelative
        else { return nil }
        let rest = tokens.indices.filter { !date.range.contains($0) }
        let onlyDay = rest.allSatisfy { index in
            let token = tokens[index]
            return token.kind == .punctuation || token.kind == .number || DateRecognizer.weekdays.contains(token.key) || lineDayWords.contains(token.key)
        }
        return onlyDay ? date.start : nil
    }

    private static let postponementWords: Set<String> = [
        "postponed", "rescheduled", "moved", "pushed", "delayed", "deferred", "reporte", "reportee", "reportees", "reportes", "repousse",
        "repoussee", "decale", "decalee", "renvoye", "renvoyee",
    ]
    private static let heldWords: Set<String> = ["held", "met", "took", "convened", "tenu", "tenue", "tenues", "deroule", "deroulee", "reuni", "reunis"]

    /// "first scheduled for 20 March, was postponed to 10 April", "prévue le 20 mars, a été reportée au 10 avril": a date
    /// that a postponement in the same sentence replaces is no longer the meeting's; the one after "postponed to" is.
    /// A date said with a verb of meeting ("held on 20 March, it decided to postpone ...") stays.
    /// - Complexity: O(t) in the sentence's tokens.
    static func dropPostponedDates(in sentence: inout SentenceAnalysis) {
        let tokens = sentence.tokens
        // "originally scheduled for 20 March, took place on 10 April", "initialement prévue le 20 mars, s'est finalement
        // tenue le 10 avril": a day said as the first plan yields to another day of the sentence said otherwise.
        let planned = sentence.dates.filter { !$0.isYearOnly && supersededPlan(before: $0.range.lowerBound, in: tokens) }
        if !planned.isEmpty,
            sentence.dates.contains(where: { date in !date.isYearOnly && !planned.contains { $0.range == date.range } })
        {
            sentence.dates.removeAll { date in planned.contains { $0.range == date.range } }
            return
        }
        guard sentence.dates.count > 1,
            let word = tokens.indices.first(where: { postponementWords.contains(tokens[$0].key) }),
            let replacement = sentence.dates.first(where: { $0.range.lowerBound > word && $0.range.lowerBound <= word + 4 && !$0.isYearOnly }),
            tokens[(word + 1)..<replacement.range.lowerBound].contains(where: { ["to", "until", "for", "au", "a", "jusqu'au", "le"].contains($0.key) })
        else { return }
        sentence.dates.removeAll { date in
            date.range.upperBound <= word && !date.isYearOnly
                && !tokens[max(0, date.range.lowerBound - 4)..<date.range.lowerBound].contains { heldWords.contains($0.key) }
                && date.start != replacement.start
        }
    }

    private static let firstPlanWords: Set<String> = ["originally", "initially", "first", "initialement", "primitivement", "d'abord"]
    private static let planWords: Set<String> = [
        "scheduled", "planned", "set", "slated", "foreseen", "due", "intended", "prevue", "prevu", "prevues", "prevus", "programmee",
        "programme", "fixee", "fixe", "annoncee", "annonce",
    ]

    /// Whether the words just before `position` say a first plan: "originally scheduled for", "initially planned on",
    /// "first set for", "initialement prévue le", "prévue d'abord pour" (within five words).
    static func supersededPlan(before position: Int, in tokens: [Token]) -> Bool {
        let window = tokens[max(0, position - 5)..<position]
        return window.indices.contains { index in
            firstPlanWords.contains(tokens[index].key)
                && (index + 1 < position && planWords.contains(tokens[index + 1].key) || index > 0 && planWords.contains(tokens[index - 1].key))
        }
    }

    private static let offsetNumbers: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "un": 1, "une": 1, "deux": 2, "trois": 3,
        "quatre": 4, "cinq": 5, "sept": 7,
    ]

    /// A day given by its distance from the day the text gave last: "the following day", "the next day", "a day later",
    /// "two days later", "a week later", "le lendemain", "le surlendemain", "le jour suivant", "deux jours plus tard" (at most
    /// a week; "the day after the summit" counts from the summit's day, which is the day the text gave last).
    /// - Parameter previous: the last day the text gave before the sentence (the end of a range).
    /// - Complexity: O(t) in the sentence's tokens.
    static func offsetDate(in tokens: [Token], from previous: PartialDate) -> DateMention? {
        guard previous.precision == .day else { return nil }
        func key(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].key : "" }
        func count(_ index: Int) -> Int? {
            if index >= 0, index < tokens.count, tokens[index].kind == .number, let value = tokens[index].leadingNumber { return value }
            return offsetNumbers[key(index)]
        }
        for index in tokens.indices {
            var days: Int?
            var range = index..<index + 1
            switch tokens[index].key {
            case "lendemain" where key(index - 1) == "le": days = 1
            case "surlendemain" where key(index - 1) == "le": days = 2
            // "the following day", "the next day", "le jour suivant".
            case "day" where key(index - 2) == "the" && ["following", "next"].contains(key(index - 1)):
                days = 1
                range = index - 2..<index + 1
            case "day" where key(index - 1) == "the" && key(index + 1) == "after" && key(index + 2) != "tomorrow":
                days = 1
                range = index - 1..<index + 2
            case "jour" where key(index - 1) == "le" && key(index + 1) == "suivant":
                days = 1
                range = index - 1..<index + 2
            // "two days later", "a week later", "deux jours plus tard".
            case "later" where ["day", "days", "week"].contains(key(index - 1)),
                "plus" where ["jour", "jours", "semaine"].contains(key(index - 1)) && key(index + 1) == "tard":
                guard let number = count(index - 2) else { continue }
                days = ["week", "semaine"].contains(key(index - 1)) ? 7 * number : number
                range = index - 2..<(tokens[index].key == "plus" ? index + 2 : index + 1)
            default: continue
            }
            guard let days, (1...7).contains(days) else { continue }
            var day = previous
            for _ in 0..<days {
                guard let next = MeetingMerger.dayAfter(day) else { return nil }
                day = next
            }
            return DateMention(range: range, start: day)
        }
        return nil
    }

    /// The last day a sentence gives (the end of a range, else its start): what "the following day" in a later sentence
    /// counts from.
    static func lastDay(of sentence: SentenceAnalysis) -> PartialDate? {
        guard let last = sentence.dates.filter({ $0.start.precision == .day }).max(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return nil }
        if let end = last.end, end.precision == .day { return end }
        return last.start
    }

    /// Nouns of an act that a day may date instead of a meeting: "the signing of the Compact on 10 December", "la signature
    /// aura lieu lundi 10 décembre", "its adoption on 19 December", "entry into force on 1 May".
    static let reportVerbs: Set<String> = [
        "said", "says", "reported", "announced", "stated", "told", "confirmed", "declared", "indicated", "noted", "explained",
        "revealed", "disclosed", "annonce", "indique", "declare", "precise", "affirme", "explique", "confirme", "revele",
        // "a appris samedi Xinhua de sources officielles", "learned on Monday from": when the news was heard.
        "appris", "learned", "learnt",
    ]

    /// Whether the date is when something was said about the meeting, not when it met: a reporting verb just before or
    /// just after it ("the ministry on Thursday reported that ...", "said on Monday", "a annoncé jeudi que"); unless the
    /// words said at the meeting follow ("stated on Tuesday, at the opening of the Ministerial Conference, that ...").
    static func datesAReport(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let before = max(0, date.range.lowerBound - 2)..<date.range.lowerBound
        let after = date.range.upperBound..<min(tokens.count, date.range.upperBound + 1)
        guard before.contains(where: { reportVerbs.contains(tokens[$0].key) }) || after.contains(where: { reportVerbs.contains(tokens[$0].key) })
        else { return false }
        let saidAtTheMeeting = sentence.meetingWords.contains { word in
            word.range.lowerBound > date.range.upperBound && word.range.lowerBound - date.range.upperBound <= 10
                && tokens[date.range.upperBound..<word.range.lowerBound].contains { ["at", "during", "lors", "pendant", "au", "a"].contains($0.key) }
        }
        return !saidAtTheMeeting
    }

    /// Participles of an act done at a place on a day: "adopted in Rabat on", "signée à Rabat le".
    static let actParticiples: Set<String> = [
        "adopted", "signed", "published", "launched", "issued", "ratified", "adoptee", "adopte", "adoptees", "adoptes", "signee", "signe",
        "signees", "signes", "publiee", "publie", "lancee", "lance",
    ]

    static let actNouns: Set<String> = ["signing", "signature", "adoption", "ratification", "force", "entree", "launch", "lancement"]

    /// Whether the date follows, within eight words and with no meeting word between, a noun of an act (``actNouns``): the
    /// day of a signature, an adoption or an entry into force, not of a meeting.
    static func datesAnAct(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let window = max(0, date.range.lowerBound - 8)..<date.range.lowerBound
        guard let act = window.last(where: { DocumentReader.actNouns.contains(sentence.tokens[$0].key) }) else { return false }
        // "entry into force": "force" only after "into"; "entrée en vigueur" is read from "entree".
        if sentence.tokens[act].key == "force", act == 0 || sentence.tokens[act - 1].key != "into" { return false }
        return !sentence.meetingWords.contains { $0.range.lowerBound > act && $0.range.upperBound <= date.range.lowerBound }
    }

    private static let relativeDayDayWords: Set<String> = [
        "today", "yesterday", "tomorrow", "aujourd'hui", "hier", "demain", "week", "semaine", "matin", "soir", "morning", "evening",
    ]
    /// Where the tokens name a day by reference to when the page was written ("today", "yesterday", "on Tuesday",
    /// "hier", "mercredi", "last week"), as ``relativeDate(in:page:)`` reads it; not the months of a meeting under way.
    static func relativeDay(in tokens: [Token]) -> Range<Int>? {
        guard let found = DocumentReader.relativeDate(in: tokens, page: PartialDate(year: 2001, month: 1, day: 1)!) else { return nil }
        let dayWords = Self.relativeDayDayWords
        let key = tokens[found.range.lowerBound].key
        return dayWords.contains(key) || DocumentReader.weekdayNumber(key) != nil ? found.range : nil
    }

    /// The first city the sentence places something in: after "in", "at", "à", "au" or "to", or opening the sentence
    /// before a comma or a dash (a dateline); not a city naming a text ("the Rabat Action Plan").
    /// - Complexity: O(m) in the sentence's mentions.
    static func statedPlace(in sentence: SentenceAnalysis) -> (city: String, country: String)? {
        for mention in sentence.mentions {
            guard let city = placedCity(mention), !DocumentReader.namesText(mention.range, in: sentence.tokens), !isElsewhere(mention, in: sentence) else {
                continue
            }
            let opens =
                mention.range.lowerBound == 0 && mention.range.upperBound < sentence.tokens.count
                && [",", "-", "–", "—"].contains(sentence.tokens[mention.range.upperBound].key)
            if opens || sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au", "to"]) {
                return (city.name, city.country)
            }
        }
        return nil
    }

    /// The city a mention names as a place: a city, or a country that is one city ("Singapore, 12 May", "in Luxembourg",
    /// ``cityStates``), which the gazetteer reads as the country.
    static func placedCity(_ mention: Mention) -> (name: String, country: String)? {
        if let city = mention.city { return (city.name, city.country) }
        if let id = mention.actorID, let city = cityStates[id] { return (city, id) }
        return nil
    }

    /// Whether a city mention names somewhere other than a meeting's venue: the city a place is near ("in Bogis-Bossey near
    /// Geneva"), or the seat of an office holder's posting ("l'Ambassadeur du Maroc auprès des Nations unies à Genève"; but
    /// "La Représentation permanente de l'OIF à New York a accueilli une réunion" is where a mission hosts).
    /// The countries a sentence places something in: a country after "in", "au", "aux" or "en", an article or a state's
    /// title between ("in the Gambia", "en République du Niger"); not one "near" or "outside" which something is, nor the
    /// scene of a war or a crisis ("Russia's war in Ukraine", "la crise au Sahel"), which is no place of the page's meetings.
    func statedCountries(in sentence: SentenceAnalysis) -> [String] {
        sentence.mentions.compactMap { mention in
            guard let id = mention.actorID, gazetteer.actors[id]?.kind == .country, !DocumentReader.isElsewhere(mention, in: sentence) else { return nil }
            let start = DocumentReader.stateTitleStart(before: mention.range.lowerBound, in: sentence.tokens)
            guard sentence.precededBy(start, within: 1, anyOf: ["in", "au", "aux", "en"]) else { return nil }
            return sentence.precededBy(start - 1, within: 2, anyOf: Self.conflictWords) ? nil : id
        }
    }

    private static let conflictWords: Set<String> = [
        "war", "wars", "conflict", "conflicts", "crisis", "crises", "fighting", "invasion", "insurgency", "guerre", "guerres", "conflit",
        "conflits", "crise",
    ]

    static func isElsewhere(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let start = mention.range.lowerBound
        let tokens = sentence.tokens
        if start >= 1 && ["near", "outside"].contains(tokens[start - 1].key) || start >= 2 && tokens[start - 1].key == "de" && tokens[start - 2].key == "pres" {
            return true
        }
        // "Après Las Palmas (Espagne), en 2024, le Colloque ... de Dakar", "after Valletta, the ministers met in Rabat": a
        // city that a word of sequence names by itself is an earlier venue, not the meeting's.
        if start >= 1 && situatingPlaceWords.contains(tokens[start - 1].key) { return true }
        // "a accueilli ses homologues de Paris et de Varsovie", "welcomed his counterparts from Paris and Warsaw": a city
        // the guests come from stands for their government, not the venue.
        if start >= 1, ["de", "from", "and"].contains(tokens[start - 1].key), sentence.precededBy(start - 1, within: 4, anyOf: counterpartWords) {
            return true
        }
        return sentence.precededBy(start, within: 6, anyOf: ["aupres"])
    }

    /// Words that, right before a city, name it as the venue of an earlier meeting: "after Valletta", "après Las Palmas",
    /// "following Rabat", "since Khartoum", "depuis Niamey".
    static let situatingPlaceWords: Set<String> = ["after", "apres", "following", "since", "depuis"]

    /// Words for office holders of other governments, whose city after "de" or "from" is where they come from.
    static let counterpartWords: Set<String> = ["homologue", "homologues", "counterpart", "counterparts"]

    /// The places and days a sentence pairs: "in Dakar on 3 May 2022 and in Rome on 14 June 2022", "à Lomé le 3 mai 2022
    /// puis à Kara le 9 juin 2022" (each city after "in", "at", "à", each day or month after it and before the next
    /// city, or each day before its city). Empty unless every such city has its own date.
    /// - Complexity: O(m + d) in the sentence's mentions and dates.
    static func placeDatePairs(in sentence: SentenceAnalysis) -> [(city: String, country: String, date: DateMention)] {
        // ("endorsed the declaration adopted in Rabat on 3 October 2018": the place and day of an act, not of a meeting.)
        let cities = sentence.mentions.filter {
            $0.city != nil && sentence.precededBy($0.range.lowerBound, within: 1, anyOf: ["in", "at", "a"])
                && !DocumentReader.namesText($0.range, in: sentence.tokens)
                && !sentence.precededBy($0.range.lowerBound, within: 2, anyOf: DocumentReader.actParticiples)
        }
        let dates = sentence.dates.filter { !$0.isYearOnly && !$0.isRelative }
        guard cities.count >= 2, dates.count == cities.count else { return [] }
        // Cities first ("in Dakar on 3 May"), each taking the date between it and the next city; or dates first ("on 3
        // May in Dakar"), each city taking the date between the previous city and it.
        let datesFirst = dates[0].range.upperBound <= cities[0].range.lowerBound
        var pairs: [(city: String, country: String, date: DateMention)] = []
        for (index, mention) in cities.enumerated() {
            let lower = datesFirst ? (index > 0 ? cities[index - 1].range.upperBound : 0) : mention.range.upperBound
            let upper = datesFirst ? mention.range.lowerBound : (index + 1 < cities.count ? cities[index + 1].range.lowerBound : sentence.tokens.count)
            let between = dates.filter { $0.range.lowerBound >= lower && $0.range.upperBound <= upper }
            guard between.count == 1, let city = mention.city else { return [] }
            pairs.append((city.name, city.country, between[0]))
        }
        return pairs
    }

    /// "On 15 and 16 May, the members met for the steering committee and the senior officials' meeting respectively", "On
    /// 3-4 June, delegates met for the 5th working group meeting and the 12th senior officials' meeting": two meetings
    /// named together ("and", "et") over a sentence's two days are one meeting a day, in the order named, when their types
    /// may not name one meeting or their numbers differ. Returns the two meeting words, or `nil`.
    static func twoMeetingsOverTwoDays(
        in sentence: SentenceAnalysis, date: DateMention?
    ) -> (first: (range: Range<Int>, match: MeetingTypes.Match), second: (range: Range<Int>, match: MeetingTypes.Match))? {
        guard let date, date.start.precision == .day, let end = date.end, MeetingMerger.dayAfter(date.start) == end else { return nil }
        let words = sentence.meetingWords
        guard words.count == 2, words[0].range.upperBound <= words[1].range.lowerBound,
            !words.contains(where: { $0.match.type == MeetingTypes.notAMeeting })
        else { return nil }
        let between = sentence.tokens[words[0].range.upperBound..<words[1].range.lowerBound]
        guard between.count <= 3, between.contains(where: { ["and", "et", "&"].contains($0.key) }) else { return nil }
        let numbers = words.map { ordinal(before: $0.range.lowerBound, in: sentence.tokens) }
        let numberedApart = numbers[0] != nil && numbers[1] != nil && numbers[0] != numbers[1]
        guard numberedApart || !MeetingTypes.compatible(words[0].match.type, words[1].match.type) else { return nil }
        return (words[0], words[1])
    }

    /// A French verb in the simple future: "participera", "se tiendra", "ouvriront", "coprésidera" (a lowercase word of
    /// five letters or more ending in -era, -ira, -dra, -ra after a vowel, or their plurals in -ront).
    static func isFrenchFuture(_ token: Token) -> Bool {
        let key = token.key
        guard token.kind == .word, !token.isCapitalized else { return false }
        if ["sera", "aura", "fera", "seront", "auront", "feront"].contains(key) { return true }
        guard key.count >= 5 else { return false }
        return ["era", "ira", "dra", "eront", "iront", "dront", "ura", "uront"].contains { key.hasSuffix($0) }
    }

    /// A year written just before or after a meeting word: "the 2019 SOM", "MIDSA 2023", "la conférence 2015".
    static func yearNamingMeeting(in sentence: SentenceAnalysis) -> Int? {
        for word in sentence.meetingWords {
            for position in [word.range.lowerBound - 1, word.range.upperBound] where position >= 0 && position < sentence.tokens.count {
                if let year = DateRecognizer.year(sentence.tokens[position]) { return year }
            }
        }
        return nil
    }

    private static func withYear(_ mention: DateMention, _ year: Int) -> DateMention? {
        func moved(_ date: PartialDate) -> PartialDate? { PartialDate(year: year + date.year - mention.start.year, month: date.month, day: date.day) }
        guard let start = moved(mention.start) else { return nil }
        var resolved = mention
        resolved.start = start
        // "28 December to 3 January": the end keeps its year after the start's.
        resolved.end = mention.end.flatMap(moved)
        resolved.isYearless = false
        return resolved
    }

    /// Whether a meeting word begins right after `index` or one word later: "today's meeting", "yesterday's ministerial
    /// meeting", "tomorrow's regular session".
    /// - Complexity: O(1) (two look-ups).
    private static func meetingWordAfter(_ index: Int, in tokens: [Token]) -> Bool {
        (index + 1...index + 2).contains { position in
            position < tokens.count && MeetingTypes.matcher.longestMatch(in: tokens, at: position).map { $0.value.type != MeetingTypes.notAMeeting } == true
        }
    }

    /// Whether a meeting word ends right before `index` or one word earlier: "la réunion d'", "la réunion ordinaire de".
    /// - Complexity: O(1) (a few look-ups).
    private static func meetingWordEnds(before index: Int, in tokens: [Token]) -> Bool {
        (max(0, index - 4)..<index).contains { position in
            guard let match = MeetingTypes.matcher.longestMatch(in: tokens, at: position), match.value.type != MeetingTypes.notAMeeting else { return false }
            return position + match.length == index || position + match.length == index - 1
        }
    }

    /// Words before a weekday that date the next such day: "will start on Saturday", "opens on Monday", "s'ouvrent
    /// samedi" (not after "has", "a", "ont": "ont débuté mercredi" is past).
    private static let futureDayWords: Set<String> = [
        "will", "shall", "starts", "begins", "opens", "start", "begin", "open", "commence", "debute", "ouvre", "ouvrent", "debutent", "commencent",
        "demarre",
    ]

    /// "today", "yesterday", "tomorrow", "this week", "last week", "on Tuesday" (and French "aujourd'hui", "hier", "demain",
    /// "cette semaine", "la semaine dernière", "ce mardi", "participera samedi"), dated by the page: a day, or for a week
    /// only its month.
    static func relativeDate(in tokens: [Token], page: PartialDate) -> DateMention? {
        guard let month = page.month, let day = page.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let pageDay = calendar.date(from: DateComponents(year: page.year, month: month, day: day)) else { return nil }
        func shifted(_ days: Int, monthOnly: Bool) -> PartialDate? {
            guard let date = calendar.date(byAdding: .day, value: days, to: pageDay) else { return nil }
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return PartialDate(year: parts.year!, month: parts.month!, day: monthOnly ? nil : parts.day!)
        }
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
            let previous = index > 0 ? tokens[index - 1].key : ""
            var found: PartialDate?
            // "today's situation", "tomorrow's leaders": a possessive speaks of the time, not of a day (but "during today's
            // regular meeting", "at yesterday's summit" date the meeting it names).
            let isPossessive = token.length > token.text.utf8.count && !meetingWordAfter(index, in: tokens)
            // "la réunion ordinaire d'aujourd'hui", "le sommet de demain": the meeting named just before is that day's.
            let ofMeeting = ["d'", "de"].contains(previous) && meetingWordEnds(before: index - 1, in: tokens)
            switch token.key {
            // ("the crisis mode of today", "until today": the present, not a day.)
            case "today" where !isPossessive && !["of", "until", "till", "to"].contains(previous),
                "aujourd'hui" where ofMeeting || !["d'", "jusqu'a"].contains(previous):
                found = shifted(0, monthOnly: false)
            // "a débuté ce matin à Bamako", "opened this morning", "ce soir", "this evening".
            case "matin" where previous == "ce", "soir" where previous == "ce", "morning" where previous == "this", "evening" where previous == "this":
                found = shifted(0, monthOnly: false)
            // "the day before yesterday", "avant-hier": two days back.
            case "yesterday" where !isPossessive && previous == "before" && index >= 2 && tokens[index - 2].key == "day",
                "hier" where previous == "-" && index >= 2 && tokens[index - 2].key == "avant":
                found = shifted(-2, monthOnly: false)
            case "yesterday" where !isPossessive, "hier": found = shifted(-1, monthOnly: false)
            // "The conference, starting tomorrow evening", "se tiendra demain" (but not "après-demain" or "de demain").
            // "the day after tomorrow", "après-demain": two days ahead.
            case "tomorrow" where !isPossessive && previous == "after" && index >= 2 && tokens[index - 2].key == "day",
                "demain" where previous == "-" && index >= 2 && tokens[index - 2].key == "apres":
                found = shifted(2, monthOnly: false)
            case "tomorrow" where !isPossessive, "demain" where ofMeeting || !["apres", "de", "d'"].contains(previous): found = shifted(1, monthOnly: false)
            // "en début de semaine", "en fin de semaine": the page's week.
            case "week" where previous == "this", "semaine" where previous == "cette",
                "semaine" where previous == "de" && index >= 2 && ["debut", "fin"].contains(tokens[index - 2].key):
                found = shifted(0, monthOnly: true)
            case "week" where previous == "last", "semaine" where next == "derniere": found = shifted(-7, monthOnly: true)
            // "next week", "la semaine prochaine": the month of the week after.
            case "week" where previous == "next", "semaine" where next == "prochaine": found = shifted(7, monthOnly: true)
            // "this month", "earlier this month", "ce mois-ci", "this weekend", "ce week-end": the page's month; "over the
            // weekend", "last weekend": the month of the weekend before.
            case "month" where previous == "this", "mois" where previous == "ce", "weekend" where previous == "this",
                "end" where previous == "-" && index >= 3 && tokens[index - 2].key == "week" && tokens[index - 3].key == "ce":
                found = shifted(0, monthOnly: true)
            case "weekend" where ["the", "last"].contains(previous): found = shifted(-2, monthOnly: true)
            // "last month", "le mois dernier", "le mois passé"; "next month", "le mois prochain".
            case "month" where previous == "last", "mois" where ["dernier", "passe"].contains(next):
                found = page.month == 1 ? PartialDate(year: page.year - 1, month: 12) : PartialDate(year: page.year, month: month - 1)
            case "month" where previous == "next", "mois" where next == "prochain":
                found = page.month == 12 ? PartialDate(year: page.year + 1, month: 1) : PartialDate(year: page.year, month: month + 1)
            // "two days ago", "il y a deux jours", "a week ago" (its month).
            case "ago" where ["day", "days", "week"].contains(previous),
                "jours" where index >= 3 && tokens[index - 3].key == "y" && tokens[index - 2].key == "a",
                "semaine" where index >= 3 && tokens[index - 3].key == "y" && tokens[index - 2].key == "a":
                let counted = token.key == "ago" ? index - 2 : index - 1
                // ("il y a une semaine": the count stands right before the noun.)
                guard counted >= 0, let number = tokens[counted].kind == .number ? tokens[counted].leadingNumber : offsetNumbers[tokens[counted].key]
                else { break }
                let isWeek = token.key == "semaine" || previous == "week"
                if !isWeek, (1...7).contains(number) { found = shifted(-number, monthOnly: false) }
                if isWeek, number == 1 { found = shifted(-7, monthOnly: true) }
            // "met on the 12th", "le 12 courant": a day of the page's month.
            case let key
            where token.kind == .number && token.key.count <= 4 && key != String(token.leadingNumber ?? 0)
                && (previous == "the" && index >= 2 && tokens[index - 2].key == "on"
                    && (next.isEmpty || [",", ".", ";", "for", "in", "at", "to", "with", "and"].contains(next))):
                found = DateRecognizer.day(token).flatMap { PartialDate(year: page.year, month: month, day: $0) }
            case let key where token.kind == .number && key == String(token.leadingNumber ?? 0) && next == "courant" && previous == "le":
                found = token.leadingNumber.flatMap { PartialDate(year: page.year, month: month, day: $0) }
            // "the summit that is taking place in Livingstone", "is being held", "se tient", "se déroule": under way when
            // the page was written, so in its month.
            case "taking" where ["is", "are"].contains(previous) && next == "place", "being" where ["is", "are"].contains(previous) && next == "held",
                "tient" where previous == "se", "deroule" where previous == "se":
                found = shifted(0, monthOnly: true)
            // "next Sunday", "le dimanche prochain": the first such day after the page's date; "last Sunday", "dimanche
            // dernier": the last one before it.
            case let name where DateRecognizer.weekdays.contains(name) && (previous == "next" || next == "prochain"):
                let back = (calendar.component(.weekday, from: pageDay) - DocumentReader.weekdayNumber(name)! + 7) % 7
                found = shifted(back == 0 ? 7 : 7 - back, monthOnly: false)
            case let name where DateRecognizer.weekdays.contains(name) && (previous == "last" || next == "dernier"):
                let back = (calendar.component(.weekday, from: pageDay) - DocumentReader.weekdayNumber(name)! + 7) % 7
                found = shifted(back == 0 ? -7 : -back, monthOnly: false)
            case let name
            where DateRecognizer.weekdays.contains(name) && !["next", "last", "prochain", "dernier", "every", "each", "chaque", "until"].contains(previous):
                // "on Tuesday", "se sont retrouvés mercredi": the last such day on or before the page's date; "will
                // start on Saturday": the next one.
                let wanted = DocumentReader.weekdayNumber(name)!
                let today = calendar.component(.weekday, from: pageDay)
                let back = ((today - wanted) + 7) % 7
                // "ont débuté mercredi", "has opened on Monday": a verb in a past tense dates the past day. "are expected to
                // agree at a meeting in Tokyo on Saturday", "is scheduled to meet ... on Monday": a plan further back in the
                // clause dates the next day.
                let future =
                    tokens[max(0, index - 5)..<index].indices.contains {
                        (DocumentReader.futureDayWords.contains(tokens[$0].key) || DocumentReader.isFrenchFuture(tokens[$0]))
                            && ($0 == 0 || !["ont", "a", "avait", "avaient", "has", "have", "had", "est", "sont"].contains(tokens[$0 - 1].key))
                    }
                    || tokens[max(0, index - 12)..<index].indices.contains {
                        ["expected", "scheduled", "slated", "due", "will", "shall"].contains(tokens[$0].key)
                            && $0 + 1 < index && ["to", "be", "meet", "hold", "gather", "convene"].contains(tokens[$0 + 1].key)
                            && !tokens[$0..<index].contains { [".", ";", "said", "told", "reported", "announced"].contains($0.key) }
                    }
                found = shifted(future && back != 0 ? 7 - back : -back, monthOnly: false)
            default: break
            }
            if let found {
                var mention = DateMention(range: index..<index + 1, start: found)
                mention.isRelative = true
                // "on Monday and Tuesday", "lundi et mardi", "from Monday to Wednesday": the second weekday ends the range.
                if let first = DocumentReader.weekdayNumber(token.key), found.day != nil, index + 2 < tokens.count,
                    ["and", "et", "to", "-", "au", "through"].contains(next), let second = DocumentReader.weekdayNumber(tokens[index + 2].key),
                    case let gap = (second - first + 7) % 7, (1...4).contains(gap),
                    let start = calendar.date(from: DateComponents(year: found.year, month: found.month, day: found.day)),
                    let endDay = calendar.date(byAdding: .day, value: gap, to: start), endDay <= pageDay || found > page
                {
                    let parts = calendar.dateComponents([.year, .month, .day], from: endDay)
                    mention.end = PartialDate(year: parts.year!, month: parts.month!, day: parts.day!)
                    mention.range = index..<index + 3
                }
                return mention
            }
        }
        return nil
    }

    // MARK: - One sentence

    private static let readSentenceDecisionWords: Set<String> = [
        "decision", "decisions", "pursuant", "conformement", "recommendation", "recommendations", "mandate", "mandated",
    ]
    private mutating func readSentence(_ sentence: SentenceAnalysis, paragraph: Int, isParagraphStart: Bool, paragraphLength: Int) {
        let provenance = Provenance(document: source, sentence: sentence.text)
        let factsBefore = facts.count
        var place = placeOf(sentence)
        // "for the period 2018-2020": a span of years is a period, not when a meeting was held.
        var date = sentence.dates.first { !$0.isYearOnly } ?? sentence.dates.first { $0.end == nil }
        // "avant les élections européennes de 2024", "the elections of 2019": a year that dates another noun.
        if let year = date, year.isYearOnly, year.range.lowerBound >= 2,
            ["de", "of", "du"].contains(sentence.tokens[year.range.lowerBound - 1].key),
            !sentence.meetingWords.contains(where: { $0.range.upperBound == year.range.lowerBound - 1 })
        {
            date = nil
        }
        // "On 2 April 2019, the secretariat published the report of the conference held in Dakar on 11-12 March 2019", "Le
        // 2 avril, ... les conclusions de la conférence tenue à Dakar les 11 et 12 mars": of a sentence's days, the one a
        // verb of meeting governs is the meeting's, not a day said of an act before it.
        // (Not "On 10 May, ministers met in Rabat to prepare the summit held on 20 June": a verb of meeting after the first
        // day is that day's.)
        // ("The delegations arrived on 10 March for the conference, which opens on 11 March": a verb of opening governs
        // the meeting's first day as well.)
        if let first = date, first.start.day != nil, DocumentReader.heldVerb(of: first, in: sentence) == nil,
            DocumentReader.openingVerb(of: first, in: sentence) == nil,
            let held = sentence.dates.first(where: { $0.range.lowerBound > first.range.lowerBound && $0.start.day != nil && !$0.isRelative }),
            let verb = DocumentReader.heldVerb(of: held, in: sentence) ?? DocumentReader.openingVerb(of: held, in: sentence),
            !(first.range.upperBound..<max(first.range.upperBound, verb)).contains(where: { DocumentReader.isGathering(at: $0, in: sentence.tokens) })
        {
            date = held
        }
        // "April 18/2022 /ENA/ The 4th Ordinary Session ... will take place from 23-24 May 2022": the page's own date
        // opening its first words is when the news was written; a later day in the sentence is the meeting's (not the page's
        // date again: "date 2024-04-10 VIENNA, 10 April 2024 – From 15 to 16 April 2024, ...").
        // "@rib News, 11/11/2019 – Source Xinhua Les chefs d'Etat ... participeront le 18 décembre à Libreville à un sommet":
        // the page's date a few words in, closed by a dash, is a news dateline too.
        if let first = date, first.start == documentDate,
            first.range.lowerBound <= 1 || DocumentReader.closesOpeningDateline(first, in: sentence),
            let later = sentence.dates.first(where: { $0.range.lowerBound > first.range.upperBound && $0.start.day != nil && $0.start != first.start })
        {
            date = later
        }
        // "ACCRA, 12 May 2022 -- ... hosted a training in Sousse from 9 to 11 May 2022": after a dateline in capitals,
        // the meeting's date is the one nearest its meeting word.
        if let first = sentence.tokens.first, first.isAcronym, first.text.count > 2, sentence.dates.filter({ !$0.isYearOnly }).count > 1,
            let meeting = sentence.meetingWords.first
        {
            date = sentence.dates.filter { !$0.isYearOnly }.min {
                DocumentReader.distance($0.range, meeting.range) < DocumentReader.distance($1.range, meeting.range)
            }
        }
        // "Victoria Falls, Zimbabwe – 21 October 2025 - Ministers ... will meet from 24-27 October 2025": a dateline's
        // date is when the news was written; a later day in the sentence is the meeting's.
        if let first = date, DocumentReader.isDatelineDate(first, in: sentence) {
            // ("N'Djamena, 14 September 2018 – The meeting has today resolved ...": "today" is the dateline's day, not the
            // page's later date.)
            if let later = sentence.dates.first(where: {
                $0.range.lowerBound > first.range.upperBound && !$0.isYearOnly && $0.start.day != nil && !$0.isRelative
            }) {
                // ("Accra, 11 March 2019: A meeting of senior officials has begun ... ahead of the conference to be held on
                // 13 and 14 March": the later day is another meeting's, the dateline's is the one under way.)
                if !DocumentReader.datelineDayIsUnderWay(later: later, in: sentence) { date = later }
            } else if sentence.tokens.contains(where: { ["will", "shall"].contains($0.key) || DocumentReader.isFrenchFuture($0) }) {
                // "ISLAMABAD, JULY 23, SPA -- Pakistan will host the ... Conference": an announcement's dateline is when
                // it was written; the meeting's own day is not known.
                date = sentence.dates.first { $0.range.lowerBound > first.range.upperBound }
            }
        }
        // "a meeting that ended on 19 July 2018": the day is the meeting's end; its start is known only to the month.
        if let ending = date, ending.end == nil, !ending.isRelative, let day = ending.start.day, let month = ending.start.month,
            DocumentReader.endsAt(ending, in: sentence)
        {
            date?.start = PartialDate(year: ending.start.year, month: month)!
            date?.end = PartialDate(year: ending.start.year, month: month, day: day)
        }
        // "Vienna, 14 May 2019." or "BRUSSELS, 3 May (AFP)" alone on its line, of the page's own date and without a meeting
        // word: the page's dateline, which places the meetings no sentence places (below), not a meeting of its own.
        let isHeader =
            isParagraphStart && isHeaderLine(sentence)
            && !(sentence.meetingWord == nil && documentDate != nil && date?.start == documentDate
                && sentence.tokens.count - (date?.range.upperBound ?? 0) <= 5 && !DocumentReader.saysGathered(sentence.tokens))
        var word = sentence.meetingWord
        if place.city == nil, place.country == nil, let word, let town = DocumentReader.unknownTown(after: word.range, in: sentence) {
            place.city = town
        }
        // "The main objective of the Core Group meeting is to discuss the report to be presented during the Senior
        // Officials' Meeting in Budapest on 6-7 July 2015": the date belongs to the meeting word nearest to it.
        var nearestIsReference = false
        // The referred meeting's name comes before the date ("during the SOM in Budapest on 6-7 July"), not after it ("was
        // convened on 15 July 2024, following the 11th meeting of the Working Group").
        var referenceBeforeDate = false
        // "The Dakar summit reviewed the progress made since the previous summit, held in Abuja in 2017": a year alone
        // nearest a meeting word that refers to another meeting is that meeting's too (the word stays the sentence's own).
        if let date, sentence.meetingWords.count > 1,
            let nearest = sentence.meetingWords.min(by: { DocumentReader.distance($0.range, date.range) < DocumentReader.distance($1.range, date.range) })
        {
            if nearest.range != word?.range, !date.isYearOnly || nearest.range.lowerBound > (word?.range.lowerBound ?? 0) {
                nearestIsReference =
                    sentence.precededBy(nearest.range.lowerBound, within: 6, anyOf: SentenceAnalysis.referenceWords)
                    || sentence.isReferenceWord(at: nearest.range.lowerBound)
                    || date.isYearOnly && sentence.precededBy(nearest.range.lowerBound, within: 3, anyOf: ["depuis", "dernier", "derniere"])
                referenceBeforeDate = nearestIsReference && nearest.range.upperBound <= date.range.lowerBound
                if !nearestIsReference, !date.isYearOnly { word = nearest }
            }
        }
        let statedDate = date
        // "the concluding event of the Moroccan Chairmanship which started in December 2022": a date nearer a chairmanship
        // word than the meeting word dates the chairmanship, not a meeting.
        // ("The ministerial conference of the Senegalese Chairmanship was held in Dakar on 11-12 March": a day a verb of
        // meeting governs is the meeting's.)
        var dateOfChair = false
        if let word, let given = date, sentence.tokens[..<given.range.lowerBound].contains(where: { DocumentReader.chairWords.contains($0.key) }),
            !DocumentReader.governedByMeeting(given, in: sentence),
            let chair = sentence.tokens.indices.filter({ DocumentReader.chairWords.contains(sentence.tokens[$0].key) }).min(by: {
                DocumentReader.distance($0..<$0 + 1, given.range) < DocumentReader.distance($1..<$1 + 1, given.range)
            }),
            DocumentReader.distance(chair..<chair + 1, given.range) < DocumentReader.distance(word.range, given.range),
            !DocumentReader.meetingVerbBetween(chair, given, in: sentence)
        {
            dateOfChair = true
            date = nil
        }
        var introduces = false
        var rule = ""
        // A day the page's date cannot pin ("on Wednesday" on a page of March 2017 or without a date): the meeting is drafted
        // with what is known of its date rather than dropped.
        let dayGiven = date.map(\.isUnpinned) ?? (sentence.unpinnedDay != nil)
        if isHeader {
            introduces = true
            rule = "header-line"
        } else if let word {
            // "held a meeting in Doha yesterday" on a page without a date: a day is given, though nothing pins it.
            let strongDate = date.map { !$0.isYearOnly } ?? false || dayGiven
            if word.match.isWeak {
                introduces = strongDate && !isReference(sentence, word.range)
            } else {
                let determined = isReference(sentence, word.range)
                // ("In its 3rd session, the court ruled in 2015": a numbered sitting dated by a year alone is introduced only
                // with its place, "La 4e session ... se tiendra au Togo en 2016".)
                let yearOnlySitting =
                    MeetingTypes.isSittingWord(word.range, in: sentence.tokens)
                    && !sentence.mentions.contains { mention in
                        (mention.city != nil || mention.actorID.map { gazetteer.actors[$0]?.kind == .country } == true)
                            && sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au", "en", "aux"])
                    }
                introduces = strongDate || ((date != nil && !yearOnlySitting || place.city != nil || word.match.isVirtual) && !determined)
                // "La Réunion des hauts fonctionnaires tiendra ses travaux jeudi et vendredi à Rabat": the text's first
                // meeting, held in a named city, is introduced by a definite article too.
                if !introduces, current == nil, !dateOfChair, place.city != nil, drafts.isEmpty,
                    DocumentReader.saysGathered(sentence.tokens) || sentence.tokens.contains(where: { $0.key == "travaux" })
                {
                    introduces = true
                }
            }
            rule = "meeting-words"
        } else if let date, !date.isYearOnly, place.city != nil, sentence.triggers.contains(where: { $0.trigger.relation != nil }) {
            introduces = true
            rule = "date-place-role"
        } else if let date, date.start.day != nil || date.end?.day != nil || date.start.month != nil && current == nil && drafts.isEmpty,
            !date.isRelative, place.city != nil || place.country != nil,
            DocumentReader.saysGathered(sentence.tokens), !sentence.tokens.contains(where: { DocumentReader.chairWords.contains($0.key) })
        {
            // "Senior officials met in Madrid on 20 October 2022", "which will be held in the Kingdom of Swaziland from
            // 2 – 4 September 2017": a gathering with its day and place, whatever the meeting is called (the text's
            // first meeting with its month: "the Steering Group met in Islamabad in April 2014").
            introduces = true
            rule = "held-date-place"
        } else if dayGiven, place.city != nil || place.country != nil, DocumentReader.saysGathered(sentence.tokens),
            !sentence.tokens.contains(where: { DocumentReader.chairWords.contains($0.key) })
        {
            // "The interior ministers will meet in Prague on Tuesday" on a page without a date: a gathering with its place
            // and a day that cannot be pinned.
            introduces = true
            rule = "held-place-unpinned-day"
        }
        if introduces, rule == "meeting-words", nearestIsReference { introduces = false }
        // "The last Rabat Process SOM was organised in Cadiz in December 2022": a gathering whose only meeting words
        // refer to another meeting is that meeting, named in passing.
        if introduces, rule == "date-place-role" || rule == "held-date-place", !sentence.meetingWords.isEmpty,
            sentence.meetingWords.allSatisfy({
                sentence.precededBy($0.range.lowerBound, within: 4, anyOf: ["last", "previous", "next", "upcoming", "forthcoming"])
                    // "L'événement a réuni ..., à la suite du Forum ... qui a eu lieu en mai 2022 à New York" (but "met in
                    // Madrid on 20 October 2022 to prepare the Ministerial Conference" is a meeting of its own).
                    // "Having considered the recommendations of the Meeting of Ministers held on 25-26 August 2015 in
                    // Livingston": a summit's communiqué recalling the meetings that prepared it.
                    || sentence.precededBy(
                        $0.range.lowerBound, within: 4,
                        anyOf: [
                            "suite", "following", "after", "since", "outcome", "outcomes", "conclusions", "results", "recommendations",
                            "recommandations",
                        ])
            })
        {
            introduces = false
        }
        // "It was held on the sidelines of the Water Week of 6-8 March in Kisumu", while the text reports a meeting: the days
        // said after the phrase are the other meeting's.
        if introduces, rule == "date-place-role" || rule == "held-date-place", current != nil, let given = date,
            DocumentReader.saidBeside(given.range.lowerBound, in: sentence)
        {
            introduces = false
        }
        // "its first summit in 2007", while the text reports another meeting: a year alone dates a meeting in passing.
        if introduces, rule == "meeting-words", current != nil, date?.isYearOnly ?? false, !dayGiven {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text, rule: "year-only-in-passing", provenance: provenance,
                    review: "a meeting dated only by its year while the text reports another: not drafted"))
        }
        // "The MIDSA conference was last year held in Gaborone", "the Second Summit in Bangkok last October", "la
        // première conférence, en juillet 2006": a past meeting named while the text reports another.
        if introduces, current != nil, let word,
            // ("The conference, starting tomorrow evening, is based on the principles presented last year" gives its day.)
            DocumentReader.saysLastYear(sentence.tokens) && !(date.map { $0.isRelative && $0.start.day != nil } ?? false)
                || (date.map { $0.start.day == nil } ?? true)
                    && sentence.precededBy(word.range.lowerBound, within: 3, anyOf: ["first", "premiere", "premier", "inaugural"])
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word.range), rule: "past-in-passing", provenance: provenance,
                    review: "an earlier meeting named while the text reports another, not drafted"))
        }
        // "The SOM will take place in Berlin on 28 October" in a report of a meeting already held: an announcement of
        // another meeting, named in passing.
        let reportsDayMeeting =
            current.map { (drafts[$0].start?.day != nil || drafts[$0].end?.day != nil) && !drafts[$0].isPlanned && !drafts[$0].isRelativeDate } ?? false
        if introduces, rule == "meeting-words", reportsDayMeeting, let word,
            DocumentReader.plannedWord(before: min(sentence.tokens.count, word.range.upperBound + 4), in: sentence.tokens) != nil
                || sentence.precededBy(word.range.lowerBound, within: 4, anyOf: ["upcoming", "forthcoming", "next", "foreseen", "prochaine", "prochain"])
                || DocumentReader.announcedAfter(word.range.upperBound, in: sentence.tokens)
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(announced)", relation: "meeting", object: sentence.text(of: word.range), rule: "announced-in-passing",
                    provenance: provenance, review: "a later meeting announced in the report of an earlier one, not drafted"))
        }
        // "une réunion ministérielle du Conseil sera prévue en janvier 2018", "the next meeting has been foreseen to take
        // place in October-November 2017": a plan known only to its month, in a text that has reported a meeting held,
        // is named in passing.
        if introduces, rule == "meeting-words", let given = date, given.start.day == nil, !given.isRelative, drafts.contains(where: { !$0.isPlanned }),
            sentence.tokens.contains(where: {
                ["will", "shall", "foreseen", "planned", "envisaged", "prevue", "prevu", "envisagee", "envisage"].contains($0.key)
                    || DocumentReader.isFrenchFuture($0)
            })
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(announced)", relation: "meeting", object: sentence.text(of: word?.range ?? given.range), rule: "announced-in-passing",
                    provenance: provenance, review: "a later meeting, known only to its month, announced in the report of an earlier one: not drafted"))
        }
        // "to be adopted at the 7th Ministerial Conference on 12 November 2024", "as agreed during the SOM in Addis
        // Ababa (November 2018)": a meeting named in passing while the text is about another.
        // "the report to be presented during the Senior Officials' Meeting in Budapest on 6-7 July 2015": a purpose in the
        // future names the meeting in passing, whatever else the text reports.
        let toBeBefore =
            word.map { word in
                sentence.tokens[max(0, word.range.lowerBound - 8)..<word.range.lowerBound].indices.contains {
                    $0 + 1 < word.range.lowerBound && sentence.tokens[$0].key == "to" && sentence.tokens[$0 + 1].key == "be"
                }
            } ?? false
        if introduces, rule == "meeting-words", reportsDayMeeting || date?.start.day == nil || toBeBefore, let word,
            DocumentReader.namesInPassing(sentence, word.range),
            date?.start.day == nil || DocumentReader.plannedWord(before: min(sentence.tokens.count, word.range.upperBound + 4), in: sentence.tokens) != nil
                // "the draft texts expected to be adopted at the 7th Ministerial Conference on 12th November 2024".
                || sentence.tokens[max(0, word.range.lowerBound - 10)..<word.range.lowerBound].contains(where: {
                    ["will", "shall", "expected", "scheduled", "due", "planned", "foreseen", "prevue", "prevu"].contains($0.key)
                }) || toBeBefore
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word.range), rule: "passing-mention", provenance: provenance,
                    review: "a meeting named in passing, not drafted: check that it is not the one the text reports"))
        }
        // "Pursuant to a decision taken by the Tenth Islamic Summit Conference held in Putrajaya in October 2003", while the
        // text reports another meeting: the meeting whose decision is followed is named in passing.
        let decisionWords = Self.readSentenceDecisionWords
        if introduces, rule == "meeting-words", current != nil, let word,
            let decided = sentence.meetingWords.first(where: { sentence.precededBy($0.range.lowerBound, within: 8, anyOf: decisionWords) }),
            // The decided meeting is the one the sentence speaks of, or the one its date follows ("the Summit held in Doha
            // in March 2019, the conference will ...").
            sentence.precededBy(word.range.lowerBound, within: 8, anyOf: decisionWords)
                || date.map { $0.range.lowerBound > decided.range.lowerBound && $0.range.upperBound <= word.range.lowerBound } == true
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word.range), rule: "decision-of-a-meeting",
                    provenance: provenance, review: "a meeting named as the source of a decision, not drafted"))
        }
        // "Having considered the recommendations of the Meetings of the Committee held on 15-16 October, Meetings of the
        // Ministers on 11 October and ...", while the text reports a meeting: every meeting the sentence names situates it.
        if introduces, current != nil, sentence.situatesOnly {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word?.range ?? 0..<0), rule: "situating-clause",
                    provenance: provenance, review: "meetings named only to situate the reported one, not drafted"))
        }
        // "The aim of the meeting is to prepare for the 2008 GFMD to be held in Manila, 27-30 October", "The meeting will
        // address the outcomes of the 2007 GFMD held in Brussels": a sentence about the meeting the text reports that
        // names another one, by its name, names it in passing ("The SOM was preceded by a Steering Committee meeting
        // on 6 March" reports a second meeting).
        if introduces, rule == "meeting-words", current != nil, let word,
            sentence.precededBy(word.range.lowerBound, within: 3, anyOf: ["the", "la", "le", "les", "du", "des", "au", "aux"]),
            let subject = sentence.meetingWords.first(where: { $0.range.upperBound <= word.range.lowerBound }),
            sentence.precededBy(subject.range.lowerBound, within: 1, anyOf: ["the", "this", "that", "la", "le", "cette", "ce"]),
            !sentence.dates.contains(where: { $0.range.upperBound <= word.range.lowerBound && !$0.isYearOnly })
        {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word.range), rule: "named-by-the-reported-meeting",
                    provenance: provenance, review: "a meeting named in a sentence about the reported one, not drafted"))
        }
        // "The event was held back to back with the V4 Ministers' Meeting organised on 30-31 October", "en marge de la
        // conférence des 11 et 12 mai": while the text reports a meeting, one named after a phrase that sets it beside that
        // meeting is another meeting, and the dates said with it are its own, not the reported meeting's.
        if introduces, rule == "meeting-words", current != nil, let word, DocumentReader.namedBeside(word.range, in: sentence) {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text(of: word.range), rule: "beside-the-reported-meeting",
                    provenance: provenance, review: "a meeting named as held beside the reported one, not drafted"))
        }
        let label = DocumentReader.label(of: sentence)
        var titled: (match: MeetingTypes.Match, title: String, paragraph: Int)?
        if !introduces, isParagraphStart, let title = pendingTitle, paragraph - title.paragraph <= 2, word == nil || label == "date",
            let lineDate = date, !lineDate.isYearOnly, lineDate.range.lowerBound <= 4,
            // "Wednesday, 28 September 2016" under a news title is when the page was written.
            documentDate == nil || lineDate.start != documentDate
        {
            // An event page: the title line, then the date line.
            introduces = true
            rule = "title-date-block"
            titled = title
            pendingTitle = nil
        } else if !introduces, isParagraphStart, paragraphLength == 1, let word, date == nil, sentence.tokens.count <= 16 || label == "title",
            !sentence.triggers.contains(where: { $0.trigger.relation != nil })
        {
            pendingTitle = (word.match, sentence.text, paragraph)
        }
        // "13-14 June 2024" on a line of its own, as a list of meetings heads each one: a span of days is when people met
        // (a page's own date is one day).
        if !introduces, isParagraphStart, paragraphLength == 1, word == nil, label == nil, let span = date, span.end != nil,
            span.start.day != nil, !span.isRelative, span.range.lowerBound == 0, span.range.upperBound + 1 >= sentence.tokens.count
        {
            introduces = true
            rule = "date-range-line"
        }
        // "Ministerial conference in Rabat" above "Thursday, 16 June 2016" or "Thursday 16 June - Friday 17 June 2016": a line
        // that is only a day (a weekday and a time may stand with it), under the title that opened a meeting without a
        // date, dates that meeting (unless it is the page's own date).
        if !introduces, isParagraphStart, paragraphLength == 1, word == nil || label == "date", let line = date, line.start.day != nil,
            !line.isRelative, line.range.lowerBound <= 4, sentence.tokens.count <= line.range.upperBound + 8, let index = current,
            drafts[index].start == nil, drafts[index].paragraph < paragraph, paragraph - drafts[index].paragraph <= 2,
            documentDate == nil || line.start != documentDate
        {
            drafts[index].start = line.start
            drafts[index].end = line.end
            drafts[index].reviews.append("dated by the line under its title: \(sentence.text.prefix(60))")
        }
        // "Location: Cracow, Poland", or a line that is only a place, under the meeting just opened.
        if let index = current, isParagraphStart, paragraph - drafts[index].paragraph <= 3, drafts[index].city == nil,
            label == "location" || DocumentReader.isPlaceLine(sentence, gazetteer: gazetteer)
        {
            let country = sentence.mentions.first { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }?.actorID
            if let city = sentence.mentions.first(where: { $0.city != nil })?.city {
                drafts[index].city = city.name
                drafts[index].country = country ?? city.country
                drafts[index].reviews.append("place taken from the line '\(sentence.text.prefix(60))'")
            } else if label == "location", let country, drafts[index].country == nil {
                // "Where: Hybrid, in Brunei Darussalam and online": a country without a city.
                drafts[index].city = DocumentReader.cityStates[country]
                drafts[index].country = country
                drafts[index].reviews.append("place taken from the line '\(sentence.text.prefix(60))'")
            }
        }
        if current == nil, isParagraphStart, DocumentReader.isPlaceLine(sentence, gazetteer: gazetteer) || label == "location",
            let city = sentence.mentions.first(where: { $0.city != nil })?.city
        {
            let country = sentence.mentions.first { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }?.actorID
            pendingPlace = (city.name, country ?? city.country, paragraph)
        }
        var reviews: [String] = []
        // A line that is only a date; unless it is the page's own date ("Tuesday, June 27, 2017" above a blog post).
        let isDateLine =
            isParagraphStart && word == nil && (date.map { !$0.isYearOnly && $0.range.lowerBound <= 4 } ?? false)
            && sentence.tokens.count <= (date?.range.upperBound ?? 0) + 4 && (documentDate == nil || date?.start != documentDate)
        if !introduces, current == nil, date == nil, let word, let pending = pendingDate,
            !word.match.isWeak && paragraph - pending.paragraph <= 1 || pending.isDateLine && paragraph - pending.paragraph <= 3
        {
            // The document's first meeting, named only by reference after its day was given.
            introduces = true
            rule = "reference-after-date"
            date = pending.date
            reviews.append("date taken from an earlier sentence: \(pending.sentence.prefix(80))")
        } else if !introduces, current == nil, let date, !date.isYearOnly, !date.isRelative,
            !sentence.tokens.contains(where: { DocumentReader.chairWords.contains($0.key) }),
            // "News Stories, 6 December 2011": the page's own date on a line of its own stamps the page.
            date.start != documentDate || word != nil || DocumentReader.saysGathered(sentence.tokens)
        {
            // A day said of a chairmanship ("took the presidency on 1 July 2022") or read from the page's date ("on
            // Friday") dates no meeting named later.
            pendingDate = (date, paragraph, sentence.text, isDateLine)
        }
        // A news dateline ("Conakry – Some sixty experts gathered ...") places the paragraph's meetings.
        if isParagraphStart, let first = sentence.mentions.first, first.range.lowerBound == 0, let city = DocumentReader.placedCity(first),
            first.range.upperBound < sentence.tokens.count, ["-", ",", "–", "—"].contains(sentence.tokens[first.range.upperBound].key)
        {
            datelineCity = (city.name, city.country, paragraph)
            if openingDateline == nil, paragraph <= 3 { openingDateline = (city.name, city.country) }
        }
        if place.city == nil && place.country == nil, let dateline = datelineCity, dateline.paragraph == paragraph {
            place = (dateline.city, dateline.country)
        }
        // "Une conférence de presse s'est tenue à Dosso le 3 mai": a gathering that is a press conference.
        // "paid a working visit to Dakar on 4 March", "held a telephone conversation": a visit or a call said before the
        // sentence's date is what the sentence reports (not "..., who is on a working visit to Algeria" after it).
        if introduces, rule == "held-date-place" || rule == "date-place-role",
            MeetingTypes.matcher.matches(in: sentence.tokens).contains(where: { match in
                match.value.type == MeetingTypes.notAMeeting
                    && (!MeetingTypes.namesVisitOrCall(match.range, in: sentence.tokens)
                        || date.map { match.range.upperBound <= $0.range.lowerBound } ?? true)
            })
        {
            introduces = false
        }
        // "the Summit did not take place", "la réunion n'a pas eu lieu", "was cancelled": no meeting to draft.
        if introduces, DocumentReader.saysCancelled(sentence.tokens) {
            introduces = false
            facts.append(
                ExtractedFact(
                    subject: "(cancelled)", relation: "meeting", object: sentence.text, rule: "cancelled", provenance: provenance,
                    review: "a meeting the text says did not take place, not drafted"))
        }
        // "ont décidé de reporter la session qui devait avoir lieu le 11 avril", "was postponed because of the pandemic": the
        // meeting is set aside unless a later sentence gives the day it was held ("It finally took place online on 24
        // November").
        let postponed = introduces && DocumentReader.saysPostponedWithoutDay(sentence)
        if postponed {
            facts.append(
                ExtractedFact(
                    subject: "(passing)", relation: "meeting", object: sentence.text, rule: "postponed-without-day", provenance: provenance,
                    review: "a meeting the text says was postponed with no new day: not drafted unless a later sentence gives its day"))
        }
        // "The meetings in Dakar on 3 May 2022 and in Rome on 14 June 2022 prepared the summit": a sentence that pairs
        // two places or more with as many days speaks of one meeting for each pair.
        let pairs = DocumentReader.placeDatePairs(in: sentence)
        if pairs.count >= 2, !DocumentReader.saysCancelled(sentence.tokens),
            introduces
                || DocumentReader.saysGathered(sentence.tokens)
                || sentence.tokens.contains(where: { ["meetings", "reunions", "rencontres", "workshops", "ateliers"].contains($0.key) })
        {
            introduces = true
            if rule.isEmpty || rule == "held-date-place" { rule = "several-meetings" }
            date = pairs[0].date
            place = (pairs[0].city, pairs[0].country)
        }
        // "Wednesday, 22 April 2015, 8:00 - 17:00 / Location: Warsaw, Poland" opening an event page: a line that is only a
        // date, then a labelled location line, are the page's own meeting, whatever the text below names in passing.
        var opensBlock = false
        if !introduces, current == nil, drafts.isEmpty, isParagraphStart, let pending = pendingDate, pending.isDateLine,
            // (A labelled line only: a bare city under a date is as often a news site's header, "samedi, novembre 23, 2024 /
            // 25.4 C / Yaoundé".)
            paragraph - pending.paragraph <= 2, label == "location", let city = sentence.mentions.first(where: { $0.city != nil })?.city
        {
            let country = sentence.mentions.first { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }?.actorID
            introduces = true
            opensBlock = true
            rule = "date-location-lines"
            date = pending.date
            place = (city.name, country ?? city.country)
            pendingDate = nil
            reviews.append("date taken from the line '\(pending.sentence.prefix(60))'")
        }
        let twoDays = introduces && pairs.count < 2 ? DocumentReader.twoMeetingsOverTwoDays(in: sentence, date: date) : nil
        if let twoDays { word = twoDays.first }
        if introduces {
            var draft = MeetingDraft(provenance: provenance, rule: rule, document: documentIndex, paragraph: paragraph)
            draft.isHeader = isHeader || opensBlock
            draft.isPassing = postponed
            draft.isPlanned =
                word.map { DocumentReader.plannedWord(before: min(sentence.tokens.count, $0.range.upperBound + 4), in: sentence.tokens) != nil } ?? false
                || sentence.tokens.contains { ["will", "shall", "prochain", "prochaine"].contains($0.key) }
            draft.start = date?.start
            draft.end = date?.end
            draft.isRelativeDate = date?.isRelative ?? false
            draft.isUnpinnedDate = dayGiven
            if draft.start == nil { draft.unpinnedDay = sentence.unpinnedMonthDay }
            draft.city = place.city
            draft.country = place.country
            // "• Week of 9 September 2019 / • Kingston, Jamaica / The meeting will ...": the place line above.
            if place.city == nil, place.country == nil, let pending = pendingPlace, paragraph - pending.paragraph <= 3, drafts.isEmpty {
                draft.city = pending.city
                draft.country = pending.country
                draft.reviews.append("place taken from the line above: \(pending.city)")
            }
            if let word, !isHeader || !word.match.isWeak {
                draft.type = word.match.type
                draft.isVirtual = word.match.isVirtual
                draft.title = sentence.quotedTitle ?? titleAfter(word.range, in: sentence)
            }
            if let titled {
                draft.type = titled.match.type
                draft.isVirtual = titled.match.isVirtual
                draft.title = titled.title
            }
            if DocumentReader.saysOnline(sentence.tokens) { draft.isVirtual = true }
            // "LONDON, 26 June 2020 - The ministers held a virtual meeting", "Rabat, le 24 novembre - ... par visioconférence":
            // an online meeting is not where its dateline is; "in Geneva and online" keeps the city a place word gives.
            if draft.isVirtual, !DocumentReader.placeGoverned(place.city, in: sentence) {
                draft.city = nil
                draft.country = nil
            }
            if dayGiven {
                let day = sentence.text(of: date?.range ?? sentence.unpinnedDay ?? 0..<0)
                draft.reviews.append(
                    date.map { "the day ('\(day)') is read from the page's date, which gives only \($0.start)" }
                        ?? "the day ('\(day)') cannot be dated: neither the page nor the text gives its year")
            } else if date?.isYearOnly == true {
                draft.reviews.append("only the year is known: \(sentence.text.prefix(60))")
            }
            draft.ordinal = word.flatMap { DocumentReader.ordinal(before: $0.range.lowerBound, in: sentence.tokens) }
            if draft.ordinal == nil, let pending = pendingOrdinal, MeetingTypes.compatible(pending.type, draft.type) { draft.ordinal = pending.ordinal }
            draft.reviews += reviews
            let opened = drafts.count
            open(
                draft, refersBack: word.map { sentence.precededBy($0.range.lowerBound, within: 2, anyOf: ["the", "this", "la", "le", "cette", "ce"]) } ?? false)
            // (Only a draft the sentence opened, not one it joined.)
            if let twoDays, drafts.count == opened + 1, let index = current, let second = drafts[index].end {
                // The first day is the first meeting's, the second the second's.
                drafts[index].end = nil
                var other = drafts[index]
                other.start = second
                other.type = twoDays.second.match.type
                other.isVirtual = twoDays.second.match.isVirtual || draft.isVirtual
                other.title = titleAfter(twoDays.second.range, in: sentence)
                other.ordinal = DocumentReader.ordinal(before: twoDays.second.range.lowerBound, in: sentence.tokens)
                other.roles = []
                openBeside(other)
            }
            if pairs.count >= 2 {
                for pair in pairs.dropFirst() {
                    var other = draft
                    other.start = pair.date.start
                    other.end = pair.date.end
                    other.isRelativeDate = pair.date.isRelative
                    other.city = pair.city
                    other.country = pair.country
                    openBeside(other)
                }
            }
        } else if let index = current, let word, !word.match.isWeak, drafts[index].type == nil, paragraph - drafts[index].paragraph <= 1 {
            // "Banjul, 27 February 2020. The Gambia hosted a training session ...": the header's meeting gets its type.
            drafts[index].type = word.match.type
            drafts[index].isVirtual = drafts[index].isVirtual || word.match.isVirtual
            drafts[index].title = drafts[index].title ?? sentence.quotedTitle ?? titleAfter(word.range, in: sentence)
        } else if let index = current, word == nil, let date, !date.isYearOnly, isRescheduling(sentence, of: drafts[index]) {
            // "It finally took place online on 24 November 2020": a postponed meeting gets its real date and place.
            drafts[index].reviews.append("rescheduled: date and place taken from '\(sentence.text.prefix(80))'")
            drafts[index].isPassing = false
            drafts[index].start = date.start
            drafts[index].end = date.end
            let online = DocumentReader.saysOnline(sentence.tokens)
            if place.city != nil || online {
                drafts[index].city = place.city
                drafts[index].country = place.country
                drafts[index].isVirtual = online
            }
        } else if let index = current, place.city != nil, drafts[index].city == nil,
            word != nil || date.map { $0.start.day != nil && $0.start == drafts[index].start } == true,
            // "... a decision taken by the Summit held in Maputo": the place of a meeting set aside is not this one's.
            !facts.setsMeetingAside(since: factsBefore)
        {
            // "... convenes an extraordinary "Justice and Home Affairs" Council on 22 September 2015 in Brussels": a
            // sentence that names the meeting, or gives its day again, gives its place.
            drafts[index].city = place.city
            drafts[index].country = drafts[index].country ?? place.country
        }
        // "It closed on 5 March", "Elle s'est achevée le 5 mars", "which opened on 3 March 2019, ended on 5 March": a day
        // said with a verb of closing, up to a week after the current meeting's first day, is its last (unless the sentence
        // names a meeting of another kind).
        if let index = current, let first = drafts[index].start, first.day != nil, drafts[index].end == nil,
            sentence.meetingWords.allSatisfy({ MeetingTypes.compatible($0.match.type, drafts[index].type) }),
            let closing = sentence.dates.first(where: { $0.start.day != nil && $0.end == nil && DocumentReader.closesOn($0, in: sentence) }),
            MeetingCandidates.days(from: first, to: closing.start).map({ (1...7).contains($0) }) == true
        {
            drafts[index].end = closing.start
            drafts[index].reviews.append("last day taken from '\(sentence.text.prefix(60))'")
        }
        if !introduces, current == nil, let word, !nearestIsReference, let number = DocumentReader.ordinal(before: word.range.lowerBound, in: sentence.tokens) {
            pendingOrdinal = (number, word.match.type)
        }
        // "The set of meetings held in the Ecuadorian capital ...": the place of the meetings listed after it.
        if !introduces, place.city != nil || place.country != nil,
            sentence.tokens.contains(where: { ["meetings", "reunions", "rencontres", "sessions", "conferences"].contains($0.key) }),
            sentence.tokens.contains(where: { ["held", "tenues", "tenus", "organised", "organized", "organisees"].contains($0.key) })
        {
            seriesPlace = (place.city, place.country, drafts.count)
        }
        if let city = sentence.mentions.last(where: { $0.city != nil })?.city { lastCity = (city.name, city.country) }
        if paragraphPlaces[paragraph] == nil, let stated = DocumentReader.statedPlace(in: sentence) { paragraphPlaces[paragraph] = stated }
        if pageCountries.count < 2 { pageCountries.formUnion(statedCountries(in: sentence)) }
        if pageCities.count < 2, let stated = DocumentReader.statedPlace(in: sentence) { pageCities[stated.city] = stated.country }
        // (Not a sentence that names a meeting in passing: "the report to be presented during the SOM in Budapest".)
        if sentencesRead < PageFrame.sentences, !facts.setsMeetingAside(since: factsBefore) {
            // ("The aim of the Core Group meeting is to prepare the SOM in Budapest on 6-7 July": the day and place are the
            // other meeting's.)
            frame.note(
                sentence, word: word, date: referenceBeforeDate ? nil : statedDate, dayGiven: dayGiven,
                place: referenceBeforeDate ? (nil, nil) : place, isTitle: sentencesRead == 0, paragraph: paragraph, documentDate: documentDate)
        }
        sentencesRead += 1
        if let index = current { counts(in: sentence, into: index) }
        roles(in: sentence, provenance: provenance)
        rosterEntries(in: sentence, paragraph: paragraph, provenance: provenance)
        noteMembers(in: sentence)
        impliedHosts(in: sentence, provenance: provenance)
        chairmanship(in: sentence, provenance: provenance, date: date)
    }

    /// Whether a day is when the meeting ended: after an end verb ("ended on 19 July", "concluded on Friday, June 28,
    /// 2019", "s'est achevé le vendredi 17 février"), or opening the sentence before one ("On 14 December 2007, the
    /// meeting was successfully concluded in Beijing"; not "concluded an agreement", nor "a closed session").
    static func endsAt(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let start = verbEnd(before: date, in: tokens)
        if sentence.precededBy(start, within: 3, anyOf: endVerbs) { return true }
        guard date.range.lowerBound <= 2,
            !sentence.dates.contains(where: { $0.range != date.range && !$0.isYearOnly })
        else { return false }
        let after = date.range.upperBound
        for index in after..<min(tokens.count, after + 16) where endVerbs.contains(tokens[index].key) && tokens[index].key != "closed" {
            let next = index + 1 < tokens.count ? tokens[index + 1].key : "."
            return !["a", "an", "the", "its", "their", "un", "une", "le", "la", "les", "des", "ses", "leurs"].contains(next)
        }
        return false
    }

    /// Verbs after which a day is a meeting's last: "ended on", "concluded on", "s'est achevée le".
    static let endVerbs: Set<String> = [
        "ended", "concluded", "closed", "achevee", "acheve", "achevees", "cloture", "cloturee", "termine", "terminee", "wrapped",
    ]
    /// ``endVerbs`` in every tense, as ``closesOn(_:in:)`` reads them: "closes today", "will close on", "se clôturera".
    private static let closingVerbs: Set<String> = endVerbs.union([
        "ends", "end", "concludes", "conclude", "closes", "close", "achevera", "acheveront", "clotures", "cloturees", "cloturera", "clotureront",
        "termines", "terminees", "terminera", "clos",
    ])
    /// Words between a verb and its day: "ended on", "s'est achevée le", "closed, (", and a weekday.
    private static let dayLeads: Set<String> = ["on", "le", ",", "("]

    /// Where the words before a day that lead to it (``dayLeads``, a weekday: "ended on Friday, 28 June") begin: the
    /// position right after the verb that governs the day.
    /// - Complexity: O(w) for the w words that lead to the day.
    static func verbEnd(before date: DateMention, in tokens: [Token]) -> Int {
        var start = date.range.lowerBound
        while start > 0, dayLeads.contains(tokens[start - 1].key) || weekdayNumber(tokens[start - 1].key) != nil { start -= 1 }
        return start
    }

    /// Whether a verb of closing stands right before the day ("It closed on 5 March", "ended on Wednesday", "closes
    /// today", "s'est achevée le 5 mars", "se clôturera mercredi", "a pris fin le 5 mars"; an adverb in -ly may stand
    /// between: "formally closed on").
    static func closesOn(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let start = verbEnd(before: date, in: tokens)
        guard start > 0 else { return false }
        var verb = start - 1
        if tokens[verb].key.hasSuffix("ly"), verb > 0 { verb -= 1 }
        if tokens[verb].key == "fin", verb > 0 { return ["pris", "prend", "prendra", "prennent", "prendront"].contains(tokens[verb - 1].key) }
        return closingVerbs.contains(tokens[verb].key)
    }

    /// A day counted from the page's date right after a verb of closing that no date of the sentence follows yet ("closes
    /// today", "will close on Wednesday", "se clôturera mercredi").
    static func relativeClosingDay(in sentence: SentenceAnalysis, page: PartialDate) -> DateMention? {
        let tokens = sentence.tokens
        for index in tokens.indices where closingVerbs.contains(tokens[index].key) && index + 1 < tokens.count {
            guard !sentence.dates.contains(where: { $0.range.lowerBound > index && $0.range.lowerBound <= index + 3 }),
                // (With the "will" of "will close on Wednesday", so that the day is read in the future.)
                case let will = tokens[max(0, index - 3)..<index].last(where: { ["will", "shall"].contains($0.key) }),
                case let read = (will.map { [$0] } ?? []) + tokens[index...],
                var found = relativeDate(in: read, page: page), found.start.day != nil,
                case let shift = tokens.count - read.count, found.range.lowerBound + shift > index,
                found.range.lowerBound + shift <= index + 3
            else { continue }
            found.range = (found.range.lowerBound + shift)..<(found.range.upperBound + shift)
            found.end = nil
            return found
        }
        return nil
    }

    /// A day counted from the page's date right after a verb of opening ("whose proceedings open this Saturday", "whose
    /// work began on Saturday", "dont les travaux s'ouvrent ce samedi"; the bare "open", "begin", "start" too), not a
    /// time until which something stays open ("open until Friday"): its first word at most three words after the verb.
    /// - Complexity: O(v·t) for v verbs of opening in the sentence's t tokens.
    static func relativeOpeningDay(in sentence: SentenceAnalysis, page: PartialDate) -> DateMention? {
        let tokens = sentence.tokens
        for verb in tokens.indices
        where (openingVerbs.contains(tokens[verb].key) || ["open", "begin", "start"].contains(tokens[verb].key)) && verb + 1 < tokens.count {
            // The day read in the words from the verb on, its range moved back to the sentence's positions.
            guard var found = relativeDate(in: Array(tokens[verb...]), page: page), found.start.day != nil else { continue }
            found.range = (found.range.lowerBound + verb)..<(found.range.upperBound + verb)
            guard found.range.lowerBound > verb, found.range.lowerBound <= verb + 3,
                !tokens[verb..<found.range.lowerBound].contains(where: { ["until", "till", "jusqu'a", ",", "."].contains($0.key) })
            else { continue }
            return found
        }
        return nil
    }

    /// The verb of meeting (``gatheringPositions(_:)``) that governs the date, if any: it stands at most six words before
    /// it, in the same clause, with no other date between ("held in Dakar on 11-12 March", "tenue à Dakar les 11 et 12 mars",
    /// "took place on 3 May").
    /// - Complexity: O(1): six words and the sentence's dates.
    static func heldVerb(of date: DateMention, in sentence: SentenceAnalysis) -> Int? {
        governingWord(of: date, from: date.range.lowerBound - 6, in: sentence) { isGathering(at: $0, in: sentence.tokens) }
    }

    /// The last word from `start` to just before `date` that `accepts`, when it governs the date: no full stop or
    /// semicolon (nor a comma, when `commaEnds`) and no other date stands between them. Nil otherwise, even when an
    /// earlier word is accepted. The one test behind ``heldVerb(of:in:)``, ``openingVerb(of:in:)``,
    /// ``governedByMeeting(_:in:)`` and ``meetingVerbBetween(_:_:in:)``.
    /// - Complexity: O(w + d) for the w words looked at and the sentence's d dates.
    private static func governingWord(
        of date: DateMention, from start: Int, commaEnds: Bool = false, in sentence: SentenceAnalysis, where accepts: (Int) -> Bool
    ) -> Int? {
        let lower = date.range.lowerBound
        guard let verb = (max(0, start)..<max(0, start, lower)).last(where: accepts),
            !sentence.tokens[verb..<lower].contains(where: { $0.key == "." || $0.key == ";" || commaEnds && $0.key == "," }),
            !sentence.dates.contains(where: { $0.range.lowerBound > verb && $0.range.upperBound <= lower })
        else { return nil }
        return verb
    }

    /// Verbs that open a meeting, in the forms that date its first day: "which opens on 11 March", "began on", "kicked off
    /// today", "s'ouvre le 11 mars", "ont débuté lundi", "dont les travaux débutaient ce samedi". (Not the bare "open",
    /// "start": "open until 3 March" is a deadline, "the start of" a noun.)
    static let openingVerbs: Set<String> = [
        "opens", "opened", "begins", "began", "begun", "starts", "started", "commenced", "commences", "kicked", "kicks", "ouverte", "ouvert",
        "ouvertes", "ouverts", "ouvre", "ouvrent", "ouvrira", "ouvriront", "ouvrait", "ouvraient", "debute", "debutent", "debutaient",
        "debutait", "debutera", "debuteront", "commence", "commencent", "commencera", "commenceront", "demarre", "demarrent", "demarrera",
    ]

    /// The verb of opening (``openingVerbs``) that governs the date: at most four words before it, in the same clause,
    /// with no other date between ("which opens on 11 March", "whose work began on Saturday", "s'ouvrent ce samedi").
    /// - Complexity: O(1): four words and the sentence's dates.
    static func openingVerb(of date: DateMention, in sentence: SentenceAnalysis) -> Int? {
        governingWord(of: date, from: date.range.lowerBound - 4, commaEnds: true, in: sentence) { openingVerbs.contains(sentence.tokens[$0].key) }
    }

    /// Verbs of hosting or organising a meeting, which date it as a verb of meeting does: "was hosted in Rabat on 11-12
    /// March", "a été accueilli à Rabat les 11 et 12 mars", "organised in Dakar on 3 May".
    private static let hostingVerbs: Set<String> = [
        "hosted", "organised", "organized", "accueilli", "accueillie", "accueillis", "accueillies", "organise", "organisee", "organises", "organisees",
    ]

    /// Whether a verb of meeting or of hosting governs the date (``heldVerb(of:in:)``, or a hosting verb at most six words
    /// before it in the same clause): the date is a meeting's, whatever else the sentence names near it. (Not a verb of
    /// opening: a chairmanship too "started in December 2022".)
    /// - Complexity: O(1).
    static func governedByMeeting(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        if heldVerb(of: date, in: sentence) != nil { return true }
        return governingWord(of: date, from: date.range.lowerBound - 6, in: sentence) { hostingVerbs.contains(sentence.tokens[$0].key) } != nil
    }

    /// Whether, under a dateline, the sentence's first meeting is said to be under way ("has begun", "s'est ouverte",
    /// "today") while its later day sits nearest another meeting word after it: the dateline's day is then the first
    /// meeting's, and the later day the other's ("A meeting of senior officials has begun ... ahead of the conference
    /// to be held on 13 and 14 March").
    /// - Complexity: O(t) in the sentence's tokens.
    static func datelineDayIsUnderWay(later: DateMention, in sentence: SentenceAnalysis) -> Bool {
        guard let first = sentence.meetingWords.min(by: { $0.range.lowerBound < $1.range.lowerBound }),
            let nearest = sentence.meetingWords.min(by: { distance($0.range, later.range) < distance($1.range, later.range) }),
            nearest.range.lowerBound >= first.range.upperBound
        else { return false }
        let tokens = sentence.tokens
        let opens = (first.range.upperBound..<nearest.range.lowerBound).contains { openingVerbs.contains(tokens[$0].key) }
        let today = tokens.indices.contains { index in
            ["today", "aujourd'hui"].contains(tokens[index].key)
                || index > 0 && ["matin", "morning"].contains(tokens[index].key) && ["ce", "this"].contains(tokens[index - 1].key)
        }
        return opens || today
    }

    /// Whether a verb of meeting or hosting stands between a chair word and a later day, in one clause: "The meeting of
    /// the Canadian Chairmanship was hosted in Iqaluit, Nunavut, in Northern Canada from April 24-25, 2015" (the day
    /// is the meeting's however far the verb is; not "the Chairmanship which started in December 2022").
    /// - Complexity: O(w) in the words between.
    static func meetingVerbBetween(_ chair: Int, _ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        return governingWord(of: date, from: chair + 1, in: sentence) { isGathering(at: $0, in: tokens) || hostingVerbs.contains(tokens[$0].key) } != nil
    }

    /// Verbs that say people gathered or a meeting was held, each alone.
    static let gatheringVerbs: Set<String> = [
        "met", "meet", "meets", "held", "convened", "convenes", "convene", "gathered", "gather", "gathers", "assembled", "tenu", "tenue", "tenus",
        "tenues", "tiendra", "tiendront", "reunis", "reunies", "reuni", "reunie", "deroule", "deroulee", "deroules", "deroulees", "deroulera",
        "retrouves", "retrouvees", "reunira", "reuniront",
    ]

    /// Whether the tokens say that people gathered or a meeting was held: a verb of ``gatheringVerbs``, or a phrase of two
    /// words ("took place", "takes place", "brought together", "a eu lieu", "aura lieu").
    /// - Complexity: O(t) in the tokens.
    static func saysGathered(_ tokens: [Token]) -> Bool { gatheringPositions(tokens).first != nil }

    /// Where the tokens say that people gathered or a meeting was held (see ``saysGathered(_:)``): each verb's position.
    /// - Complexity: O(t) in the tokens, lazily.
    static func gatheringPositions(_ tokens: [Token]) -> LazyFilterSequence<Range<Int>> {
        tokens.indices.lazy.filter { isGathering(at: $0, in: tokens) }
    }

    /// Whether the token at `index` is a verb of ``gatheringPositions(_:)``.
    /// - Complexity: O(1).
    static func isGathering(at index: Int, in tokens: [Token]) -> Bool {
        let key = tokens[index].key
        // ("compte tenu du contexte": "given the context", no meeting held.)
        if gatheringVerbs.contains(key) { return !(key == "tenu" && index > 0 && tokens[index - 1].key == "compte") }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].key
        return next == "place" && ["took", "take", "takes", "taking", "taken"].contains(key)
            || next == "together" && ["brought", "brings", "bring", "bringing", "came", "come", "comes"].contains(key)
            || next == "lieu" && ["eu", "aura", "auront", "a", "ont", "avait"].contains(key)
    }

    /// Whether the tokens say a meeting was held online: "virtual", "virtually", "online", "videoconference", "par
    /// visioconférence", "virtuelle", "en ligne".
    /// - Complexity: O(t) in the tokens.
    static func saysOnline(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            onlineWords.contains(tokens[index].key) || index >= 1 && tokens[index].key == "ligne" && tokens[index - 1].key == "en"
        }
    }

    private static let onlineWords: Set<String> = [
        "virtual", "virtually", "online", "videoconference", "visioconference", "virtuelle", "virtuel", "virtuellement", "webinar",
    ]

    /// Whether a place word ("in", "at", "à", "au", "en") comes right before a mention of the city in the sentence: "in
    /// Geneva and online", not a dateline's "LONDON, 26 June".
    /// - Complexity: O(m) in the sentence's mentions.
    static func placeGoverned(_ city: String?, in sentence: SentenceAnalysis) -> Bool {
        guard let city else { return false }
        return sentence.mentions.contains {
            placedCity($0)?.name == city && sentence.precededBy($0.range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au", "en"])
        }
    }

    /// Whether the date sits in the first words of the sentence and a dash follows it ("@rib News, 11/11/2019 – Source
    /// ...", "Agence, 3 mai 2021 - ..."): the stamp of a news agency, whatever names it.
    static func closesOpeningDateline(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let next = date.range.upperBound
        guard date.range.lowerBound <= 8, next < sentence.tokens.count else { return false }
        return ["-", "–", "—"].contains(sentence.tokens[next].key) || sentence.tokens[next].text == "–"
    }

    /// Whether the date opens the sentence as a dateline does: "Victoria Falls, Zimbabwe – 21 October 2025 -", "ACCRA,
    /// 12 May 2022 --": a place, then the date, then a dash; or any stamp of a heading and a date (``isOpeningStamp(_:in:)``).
    static func isDatelineDate(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        if isOpeningStamp(date, in: sentence) { return true }
        guard date.range.lowerBound <= 6, let first = sentence.mentions.first, first.range.lowerBound == 0, first.city != nil else { return false }
        let tokens = sentence.tokens
        var next = date.range.upperBound
        // "ISLAMABAD, JULY 23, SPA --": a news agency between the date and the dash.
        if next + 2 < tokens.count, tokens[next].key == ",", tokens[next + 1].isAcronym,
            ["-", "–", "—"].contains(tokens[next + 2].key) || tokens[next + 2].text == "–"
        {
            next += 2
        }
        guard next < tokens.count else { return false }
        return ["-", "–", "—", ":", "/", "("].contains(tokens[next].key) || tokens[next].text == "–"
    }

    /// Words that open a sentence with a date of its own, not a dateline's heading: "On 3 May 2021 – ...".
    private static let stampBlockers: Set<String> = [
        "on", "in", "from", "since", "at", "by", "until", "between", "le", "la", "les", "en", "du", "des", "depuis", "entre", "jusqu'au",
    ]
    /// Small words a dateline's place may hold: "Ville de Panama", "P-au-P", "Port of Spain".
    private static let stampParticles: Set<String> = ["de", "du", "des", "d'", "la", "le", "au", "of", "the", "el", "do", "da", "-", ",", "(", "/"]
    /// The marks between a dateline's stamp and its text.
    private static let stampEnds: Set<String> = ["-", "–", "—", ":"]
    /// The marks that open an agency's name after a stamp's date, and the mark that closes each (none after a comma).
    private static let agencyNameClosers: [String: String] = ["[": "]", "(": ")", "/": "/", ",": ""]

    /// Whether the date is a dateline's stamp, whatever place or agency heads it: a heading of capitalised words (a place
    /// the gazetteer may not know: "Tchaka, 2 mars 2019", "Ville de Panama, Panama (le 15 février 2013)"), the date (in
    /// brackets or not), at most a bracketed or slashed agency name ("[Agence Sahel]", "/ PRN Africa /"), then a dash or a
    /// colon before the text. (Not "On 3 May 2021 – ...": a preposition opens a sentence's own date.)
    /// - Complexity: O(1): the dozen words around the date.
    static func isOpeningStamp(_ date: DateMention, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let lower = date.range.lowerBound
        guard (1...8).contains(lower), tokens[0].kind == .word, tokens[0].isCapitalized, !stampBlockers.contains(tokens[0].key) else { return false }
        for index in 1..<lower {
            let token = tokens[index]
            // "Lomé (le 2 mars 2019)", "Bamako, le 3 mai": a French article right before the date only.
            let article = index == lower - 1 && token.key == "le" && ["(", ","].contains(tokens[index - 1].key)
            guard token.isCapitalized || token.isAcronym || stampParticles.contains(token.key) || article else { return false }
        }
        var next = date.range.upperBound
        if next < tokens.count, tokens[next].key == ")", tokens[..<lower].contains(where: { $0.key == "(" }) { next += 1 }
        // An agency's name, bracketed, slashed or after a comma.
        if next < tokens.count, let close = agencyNameClosers[tokens[next].key] {
            var end = next + 1
            while end < min(tokens.count, next + 6), tokens[end].isCapitalized || tokens[end].isAcronym || ["-", "'"].contains(tokens[end].key) { end += 1 }
            guard end > next + 1 else { return false }
            if !close.isEmpty {
                guard end < tokens.count, tokens[end].key == close else { return false }
                end += 1
            }
            next = end
        }
        guard next + 1 < tokens.count else { return false }
        return stampEnds.contains(tokens[next].key) || tokens[next].text == "–"
    }

    /// "last year", "last October", "l'année dernière", "l'an dernier", "l'an passé", "the previous year".
    static func saysLastYear(_ tokens: [Token]) -> Bool {
        for index in tokens.indices.dropLast() {
            let key = tokens[index].key
            let next = tokens[index + 1].key
            if key == "last" && (next == "year" || DateRecognizer.months[next] != nil) { return true }
            if key == "previous" && next == "year" { return true }
            if (key == "annee" || key == "an") && ["derniere", "dernier", "passe", "passee"].contains(next) { return true }
        }
        return false
    }

    /// "did not take place", "never took place", "was cancelled", "has been called off", "n'a pas eu lieu", "a été annulée".
    static func saysCancelled(_ tokens: [Token]) -> Bool {
        for index in tokens.indices {
            let key = tokens[index].key
            let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
            let previous = index > 0 ? tokens[index - 1].key : ""
            if ["cancelled", "canceled", "annulee", "annule"].contains(key), ["was", "were", "been", "ete", "is"].contains(previous) { return true }
            if key == "called" && next == "off" { return true }
            if key == "take" || key == "took", next == "place", index >= 2,
                ["not", "never"].contains(previous) || ["not", "never"].contains(tokens[index - 2].key)
            {
                return true
            }
            if key == "lieu", index >= 3, tokens[max(0, index - 4)..<index].contains(where: { $0.key == "pas" }) { return true }
        }
        return false
    }

    /// "decided to postpone the session that was due to take place on 11 April", "la conférence prévue le 11 avril a été
    /// reportée sine die": a postponement with no new day (none within six words after it, after "to", "until", "au",
    /// "à") and no day the sentence says the meeting was held on ("postponed twice, it took place on 3 May").
    /// - Complexity: O(t + d) in the tokens and dates.
    static func saysPostponedWithoutDay(_ sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard let word = tokens.indices.first(where: { postponingWords.contains(tokens[$0].key) }) else { return false }
        let newDay = sentence.dates.contains { date in
            !date.isYearOnly && date.range.lowerBound > word && date.range.lowerBound <= word + 6
                && tokens[(word + 1)..<date.range.lowerBound].contains { ["to", "until", "till", "au", "a", "jusqu'au", "for", "pour"].contains($0.key) }
        }
        // ("Prévu début mars, mais reporté ..., le sommet se tiendra finalement samedi à Yamoussoukro": a verb of meeting says
        // it is held; not "which was due to take place on 11 April", "scheduled to be held", a plan.)
        return !newDay
            && !gatheringPositions(tokens).contains { verb in !tokens[max(0, verb - 3)..<verb].contains { plannedWords.contains($0.key) } }
    }

    private static let plannedWords: Set<String> = [
        "due", "scheduled", "planned", "set", "expected", "supposed", "slated", "to", "devait", "devaient",
    ]

    private static let postponingWords: Set<String> = [
        "postponed", "postpone", "postpones", "postponing", "rescheduled", "deferred", "reporte", "reportee", "reportees", "reportes", "reporter",
        "repousse", "repoussee", "repousser", "differe", "differee", "differer",
    ]

    /// Whether the words after a meeting word announce it: ", to take place on", ", to be held in", "qui se
    /// tiendra", "qui se déroulera", "prévue le", "aura lieu".
    static func announcedAfter(_ position: Int, in tokens: [Token]) -> Bool {
        let window = tokens[position..<min(tokens.count, position + 10)].map(\.key)
        for (index, key) in window.enumerated() {
            if key == "." || key == ";" { return false }
            let next = index + 1 < window.count ? window[index + 1] : ""
            if key == "to" && ["take", "be"].contains(next) { return true }
            if ["tiendra", "deroulera", "prevue", "prevu", "aura", "tiendront"].contains(key) { return true }
        }
        return false
    }

    /// The number of tokens between two ranges (0 when they touch or overlap).
    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : 0
    }

    /// Verbs of gathering that end `saidBeside`'s search: a date after them is the reported meeting's own.
    private static let besideStopVerbs: Set<String> = ["held", "met", "meet", "convened", "gathered", "tenu", "tenue", "reunis", "reunit"]
    private static let besideWords: Set<String> = [
        "sidelines", "sideline", "margins", "margin", "marge", "conjunction", "back-to-back", "alongside", "couple", "couplee", "couples", "couplees",
        "jumele", "jumelee", "jumeles", "jumelees",
    ]
    /// Whether the token at `index` ends a phrase that sets a meeting beside another: "sidelines", "margins", "marge",
    /// "conjunction", "alongside", "couplée", "jumelé", "back-to-back", or the "with" of "back to back with".
    static func endsBesidePhrase(_ tokens: [Token], at index: Int) -> Bool {
        let key = tokens[index].key
        if besideWords.contains(key) { return true }
        return key == "with" && index >= 3 && tokens[index - 1].key == "back" && tokens[max(0, index - 5)..<index - 1].contains { $0.key == "back" }
    }

    /// Whether the meeting word at `range` is named as held beside another meeting: after "back to back with", "on the
    /// sidelines of", "in the margins of", "in conjunction with", "alongside", "en marge de", "couplé(e) à", "jumelé(e) avec"
    /// (within twelve words, as a name may be long, with no other meeting word between the phrase and it).
    /// - Complexity: O(w·m) for a window of twelve tokens and the sentence's m meeting words.
    static func namedBeside(_ range: Range<Int>, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        let lower = range.lowerBound
        for index in stride(from: lower - 1, through: max(0, lower - 12), by: -1) {
            if endsBesidePhrase(tokens, at: index) {
                return !sentence.meetingWords.contains { $0.range.lowerBound > index && $0.range.upperBound <= lower }
            }
        }
        return false
    }

    /// Whether the date at `position` is said after a phrase that sets another meeting beside the reported one ("held on
    /// the sidelines of the Water Week of 6-8 March", "en marge de la conférence organisée les 15 et 16 mai"): within
    /// twelve words, with no verb of gathering between the phrase and the date other than a participle naming the other
    /// meeting ("organised", "organisée").
    /// - Complexity: O(w) for a window of twelve tokens.
    static func saidBeside(_ position: Int, in sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        for index in stride(from: position - 1, through: max(0, position - 12), by: -1) {
            if endsBesidePhrase(tokens, at: index) { return true }
            if besideStopVerbs.contains(tokens[index].key) { return false }
        }
        return false
    }

    private static let namesInPassingPassing: Set<String> = ["during", "at", "adopted", "launched", "agreed", "endorsed", "lors", "pendant", "since", "depuis"]
    private static let namesInPassingHeld: Set<String> = [
        "held", "place", "met", "meet", "convened", "gathered", "opened", "brought", "hosted", "organised", "organized", "tenu", "tenue", "deroule",
        "deroulee", "reuni", "attended", "co-chaired", "chaired", "took", "begins", "began", "starts", "opens",
    ]
    /// Whether the meeting word at `range` is named in passing: after "at", "during", "adopted", "agreed" (within six
    /// words), in a sentence with no verb saying that a meeting took place.
    static func namesInPassing(_ sentence: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        let passing = Self.namesInPassingPassing
        let held = Self.namesInPassingHeld
        guard sentence.precededBy(range.lowerBound, within: 6, anyOf: passing) else { return false }
        return !sentence.tokens.contains { held.contains($0.key) }
    }

    /// "date" for a line "Date: ...", "Dates: ...", "When:", "Date :"; "location" for "Location:", "Venue:", "Where:", "Lieu :";
    /// "title" for "What:", "Event:", "Title:"; else nil.
    static func label(of sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        guard tokens.count >= 2, tokens[1].key == ":" else { return nil }
        switch tokens[0].key {
        case "date", "dates", "when", "quand": return "date"
        case "location", "venue", "place", "lieu", "where", "ou": return "location"
        case "what", "event", "title", "quoi", "evenement", "titre": return "title"
        default: return nil
        }
    }

    private static let isPlaceLineFiller: Set<String> = [",", "&", "and", "et", "-", "online", "en", "ligne", "(", ")", "."]
    /// A line that is only a place: "Ankara, Turkey", "Istanbul", "Geneva & Online".
    static func isPlaceLine(_ sentence: SentenceAnalysis, gazetteer: Gazetteer) -> Bool {
        // "• Kingston, Jamaica": a bullet may open the line.
        let start = sentence.tokens.prefix { ["•", "*", "-", "–", "·"].contains($0.text) }.count
        guard let first = sentence.mentions.first, first.range.lowerBound == start, first.city != nil else { return false }
        let covered = Set(sentence.mentions.flatMap { Array($0.range) })
        let filler = Self.isPlaceLineFiller
        return sentence.tokens.indices.allSatisfy { $0 < start || covered.contains($0) || filler.contains(sentence.tokens[$0].key) }
    }

    /// Opens another meeting of the sentence that opened the current one ("in Dakar on 3 May and in Rome on 14 June", "the
    /// steering committee and the senior officials' meeting respectively"), never joined to it, and makes it current.
    private mutating func openBeside(_ meeting: MeetingDraft) {
        var other = meeting
        other.isHeader = false
        appendAsCurrent(other)
    }

    /// Appends a draft as the current meeting, with its meeting fact.
    private mutating func appendAsCurrent(_ draft: MeetingDraft) {
        drafts.append(draft)
        current = drafts.count - 1
        facts.append(
            ExtractedFact(
                subject: "#\(documentIndex).\(drafts.count - 1)", relation: "meeting", object: MeetingMerger.describe(draft), rule: draft.rule,
                provenance: draft.provenance, review: nil))
    }

    /// Makes a new draft current, or fills the current one when it is the header line of the same meeting.
    private mutating func open(_ draft: MeetingDraft, refersBack: Bool = false) {
        // "Vienna Migration Conference 2018 ... The conference, starting tomorrow evening, ...": a meeting word that points
        // back ("the conference") with a day within the current meeting's year or month, or dating an undated current
        // meeting, is that meeting, now dated.
        let refines =
            refersBack && drafts.indices.contains(current ?? -1)
            && draft.start != nil
            && drafts[current!].start.map { old in draft.start.map { $0.precision > old.precision && MeetingMerger.datesAgree(old, $0) } ?? false } != false
        // "Today, the minister is hosting the 10th meeting of Foreign Ministers": a day the page cannot pin, said of a
        // meeting that may be the current one, is the current one.
        let unpinnedCurrent =
            draft.isUnpinnedDate && drafts.indices.contains(current ?? -1)
            && MeetingTypes.compatible(drafts[current!].type, draft.type) && MeetingMerger.placesAgree(drafts[current!], draft)
            && (drafts[current!].start == nil || draft.start == nil || MeetingMerger.datesAgree(drafts[current!].start, draft.start))
        if let index = current, !draft.isHeader,
            (drafts[index].isHeader || drafts[index].paragraph == draft.paragraph) && MeetingMerger.mayMerge(drafts[index], draft, sameDocument: true)
                || refines && MeetingTypes.compatible(drafts[index].type, draft.type) && MeetingMerger.placesAgree(drafts[index], draft)
                || unpinnedCurrent
        {
            MeetingMerger.merge(draft, into: &drafts[index])
            if draft.type != nil { drafts[index].isHeader = false }
            return
        }
        // The draft opened before seldom gains roles later: its roles give back the room appending left them.
        if let last = drafts.indices.last { drafts[last].roles = drafts[last].roles.trimmedToSize() }
        appendAsCurrent(draft)
    }

    private static let isReschedulingHeldWords: Set<String> = [
        "held", "place", "met", "convened", "rescheduled", "finally", "eventually", "finalement", "tenu", "tenue", "deroule", "deroulee",
    ]
    private static let isReschedulingPlannedWords: Set<String> = [
        "postponed", "planned", "cancelled", "canceled", "delayed", "scheduled", "initially", "originally", "reporte", "reportee", "prevu",
        "prevue", "initialement",
    ]
    /// A sentence that gives a meeting planned or postponed elsewhere in the text its actual date.
    private func isRescheduling(_ sentence: SentenceAnalysis, of draft: MeetingDraft) -> Bool {
        let heldWords = Self.isReschedulingHeldWords
        let plannedWords = Self.isReschedulingPlannedWords
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
            // "the 5th Ministerial Conference", "la cinquième conférence", "le 14 eme Sommet": an ordinal names the meeting.
            && !sentence.tokens[max(0, range.lowerBound - 4)..<range.lowerBound].contains(where: DocumentReader.isOrdinal)
            && (sentence.dates.isEmpty || sentence.dates.allSatisfy(\.isYearOnly))
    }

    private static let ordinalTens: [String: Int] = [
        "dix": 10, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]
    static let ordinalWords: [String: Int] = {
        var table: [String: Int] = [:]
        let english = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ]
        let french = [
            "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme",
            "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix-septieme", "dix-huitieme", "dix-neuvieme", "vingtieme",
        ]
        for (index, word) in english.enumerated() { table[word] = index + 1 }
        for (index, word) in french.enumerated() { table[word] = index + 1 }
        table["premier"] = 1
        table["second"] = 2
        return table
    }()

    /// The number of an ordinal in the four words before `position`: "5th", "5ème", "14 eme", "cinquième", "fifth".
    static func ordinal(before position: Int, in tokens: [Token]) -> Int? {
        for index in stride(from: position - 1, through: max(0, position - 4), by: -1) {
            let token = tokens[index]
            if let number = ordinalWords[token.key] {
                // "dix-huitième", "twenty-first" written as three tokens: the tens before the hyphen count too.
                if index >= 2, tokens[index - 1].key == "-", let tens = ordinalTens[tokens[index - 2].key] { return tens + number }
                return number
            }
            if token.key == "eme", index > 0, let number = tokens[index - 1].leadingNumber { return number }
            if isOrdinal(token), let number = token.leadingNumber { return number }
        }
        return nil
    }

    /// "5th", "22nd", "5ème", "5e", "1er", "eme" (of "14 eme"), "cinquième", "onzième".
    static func isOrdinal(_ token: Token) -> Bool {
        let key = token.key
        if key == "eme" || key == "e" && token.text == "e" { return true }
        if key.hasSuffix("ieme") && key.count > 5 { return true }
        guard token.leadingNumber != nil else { return false }
        let suffix = key.drop { $0.isNumber }
        return ["th", "st", "nd", "rd", "e", "eme", "er", "ere", "me"].contains(String(suffix))
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
        // "Bogotá (May 1/20). This Thursday, ...": a news dateline, not the header of a meeting.
        if next < sentence.tokens.count, sentence.tokens[next].key == "(" { return false }
        if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
        // "Abidjan, Côte d'Ivoire, 24 October 2019"
        if let country = sentence.mentions.first(where: { $0.range.lowerBound == next }), country.actorID != nil {
            next = country.range.upperBound
            if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
        }
        // "Djibouti, 15 et 16 février 2016": a city-state stands for its city.
        let isCity = first.city != nil || first.actorID.map { DocumentReader.cityStates[$0] != nil } == true
        guard isCity, let date = sentence.dates.first(where: { $0.range.lowerBound <= next + 1 }) else { return false }
        return !date.isYearOnly
    }

    private static let stateTitleWords: Set<String> = [
        "kingdom", "republic", "state", "sultanate", "emirate", "principality", "federation", "commonwealth", "united", "federal",
        "democratic", "islamic", "arab", "socialist", "people's", "plurinational", "royaume", "republique", "etat", "sultanat",
        "emirat", "principaute", "federale", "democratique", "islamique", "unie",
    ]
    /// Where a country's name starts for the word before it, when an article or a state's title precedes the name: "in
    /// [the Kingdom of] Swaziland", "in [the] Gambia", "en [République du] Niger" (the position itself when none does).
    /// - Complexity: O(k) in the title's words.
    static func stateTitleStart(before position: Int, in tokens: [Token]) -> Int {
        var start = position
        if start >= 2, ["of", "du", "de", "des"].contains(tokens[start - 1].key), stateTitleWords.contains(tokens[start - 2].key) {
            start -= 1
        }
        while start >= 1, stateTitleWords.contains(tokens[start - 1].key) { start -= 1 }
        if start >= 1, ["the", "la", "le"].contains(tokens[start - 1].key) { start -= 1 }
        return start
    }

    private static let placeOfPlaceWords: Set<String> = ["in", "at", "a", "en", "to", "from"]
    /// Words that, a few words before "in", "at" or "à", make the city the one a gathering verb governs: "held in", "took
    /// place in", "will meet in", "hosted in", "convened in", "se tient à", "aura lieu à", "réunis à".
    private static let placeOfHeldWords: Set<String> = gatheringVerbs.union([
        "place", "hosted", "finally", "eventually", "lieu", "tient", "tiennent", "deroulent", "derouleront", "reunit", "reunissent",
    ])
    private static let placeOfElsewhere: Set<String> = ["planned", "initially", "originally", "instead", "scheduled", "moved", "prevu", "prevue"]
    /// The meeting's place: a city after "in"/"at" (or opening a header), with its country; else "in COUNTRY".
    private func placeOf(_ sentence: SentenceAnalysis) -> (city: String?, country: String?) {
        let placeWords = Self.placeOfPlaceWords
        let heldWords = Self.placeOfHeldWords
        let elsewhere = Self.placeOfElsewhere
        // A city after "held in" is where the meeting was; one after "initially planned in" is not, nor one naming a text
        // ("the Bratislava Ministerial Declaration", "the Rabat Action Plan").
        let cities = sentence.mentions.filter {
            $0.city != nil && !sentence.precededBy($0.range.lowerBound, within: 3, anyOf: elsewhere) && !DocumentReader.namesText($0.range, in: sentence.tokens)
                && !DocumentReader.isElsewhere($0, in: sentence) && !DocumentReader.isDeparture($0, in: sentence)
                && !DocumentReader.isDatedOtherwise($0, in: sentence)
        }
        // The place word that governs a city: right before it ("in Lomé"), or before the building it names ("at the Palais
        // des Congrès in Lomé", "au Centre international de conférences de Bamako", "à l'hôtel Ivoire d'Abidjan").
        func anchor(_ mention: Mention) -> Int? {
            let start = mention.range.lowerBound
            if sentence.precededBy(start, within: 1, anyOf: placeWords) { return start - 1 }
            // ("left for Niamey", "a quitté Lomé pour Niamey": where the traveller went.)
            if start >= 2, ["for", "pour"].contains(sentence.tokens[start - 1].key),
                sentence.precededBy(start - 1, within: 3, anyOf: DocumentReader.departureWords)
            {
                return start - 1
            }
            return DocumentReader.venuePlaceWord(before: start, in: sentence.tokens)
        }
        // "Dakar, 2 June 2021 – ... opened today in Praia": a dateline (in capitals, or a place and a date before a dash)
        // says where the news was written.
        let opensDateline =
            cities.first?.range.lowerBound == 0
            && (sentence.tokens[0].isAcronym || sentence.dates.contains { DocumentReader.isDatelineDate($0, in: sentence) })
        let chosen =
            // ("sont réunis depuis hier à Nouakchott", "met on Tuesday in Rabat", "a eu lieu les 9 et 10 novembre à Sotchi": a
            // time between the verb and the place.)
            cities.first {
                guard let word = anchor($0) else { return false }
                return sentence.precededBy(word + 1, within: 3, anyOf: heldWords)
                    || ["in", "at", "a", "au"].contains(sentence.tokens[word].key) && DocumentReader.governedPastTime(word, in: sentence, by: heldWords)
            }
            // "GENEVA, Switzerland, May 9, 2014 -- ... a conference in Accra": a dateline says where the news was written; a
            // city after "in" or "at" is where the meeting was.
            ?? cities.first {
                guard opensDateline, $0.range.lowerBound > 0, let word = anchor($0) else { return false }
                return sentence.tokens[0].isAcronym || ["in", "at", "a", "au", "aux", "en"].contains(sentence.tokens[word].key)
            }
            ?? cities.first { $0.range.lowerBound == 0 || anchor($0) != nil } ?? cities.first
            ?? sentence.mentions.first {
                $0.city != nil && !DocumentReader.namesText($0.range, in: sentence.tokens) && !DocumentReader.isElsewhere($0, in: sentence)
            }
        if let chosen, let city = chosen.city {
            // "Doha, Qatar: the Minister ... headed the delegation to the meeting held in the State of Kuwait": a country the
            // meeting is said to be held in outweighs a city said otherwise (a dateline, a city of the people).
            if !sentence.precededBy(chosen.range.lowerBound, within: 3, anyOf: heldWords), let held = heldCountry(in: sentence), held != city.country {
                return (nil, held)
            }
            var country = city.country
            var next = chosen.range.upperBound
            if next < sentence.tokens.count, sentence.tokens[next].key == "," { next += 1 }
            // "à Mahé, aux Seychelles", "Grand-Bassam, en Côte d'Ivoire": the country named after the city is its own.
            if next < sentence.tokens.count, ["en", "in", "au", "aux"].contains(sentence.tokens[next].key) { next += 1 }
            if let following = sentence.mentions.first(where: { $0.range.lowerBound == next }), let id = following.actorID,
                gazetteer.actors[id]?.kind == .country
            {
                country = id
            }
            return (city.name, country)
        }
        if let referred = referredPlace(in: sentence) { return referred }
        if let town = DocumentReader.townBeforeCountry(in: sentence, gazetteer: gazetteer) { return town }
        for mention in sentence.mentions {
            // "in the Gambia", "in the Kingdom of Swaziland", "in the Republic of Chad": the place word comes before the
            // article and the state's title.
            let start = DocumentReader.stateTitleStart(before: mention.range.lowerBound, in: sentence.tokens)
            // "held in Singapore on 29-30 October 2018": a city-state is its own city.
            // "Djibouti, 15 et 16 février 2016" heading a programme: the city-state opens its header line.
            if let id = mention.actorID, let city = DocumentReader.cityStates[id],
                sentence.precededBy(start, within: 1, anyOf: ["in", "at", "a", "to"])
                    || mention.range.lowerBound == 0 && sentence.dates.contains { $0.range.lowerBound == mention.range.upperBound + 1 }
            {
                return (city, id)
            }
            // "se tiendra le 22 février à Panama, au Panama": French "à" before a country whose capital bears its name is
            // that capital, whatever verb governs it (the country itself takes "au" or "en").
            if let id = mention.actorID, start == mention.range.lowerBound, start >= 1, sentence.tokens[start - 1].key == "a",
                gazetteer.actors[id]?.kind == .country, let capital = DocumentReader.capitalNamedLike(id, gazetteer: gazetteer)
            {
                return (capital, id)
            }
            // "held in Ghana", "s'est tenu les 26 et 27 janvier au Maroc", "se déroule en Tunisie"; French "à" before an
            // island state ("s'est tenue à Malte", "à Chypre", "à Maurice"), or before a state whose capital bears its name,
            // which is that capital ("à Mexico", "à Guatemala", "à Koweït": Mexico City, Guatemala City, Kuwait City).
            if let id = mention.actorID, gazetteer.actors[id]?.kind == .country,
                sentence.precededBy(start, within: 1, anyOf: ["in", "au", "en", "aux", "a"]),
                sentence.precededBy(start, within: 2, anyOf: ["held", "place", "took", "meet", "met", "convened", "lieu"])
                    || sentence.precededBy(start, within: 3, anyOf: ["held", "place"])
                    || sentence.tokens[..<mention.range.lowerBound].contains(where: {
                        ["tenu", "tenue", "deroule", "deroulee", "reuni", "reunis"].contains($0.key)
                    })
            {
                if start >= 1, sentence.tokens[start - 1].key == "a", let capital = DocumentReader.capitalNamedLike(id, gazetteer: gazetteer) {
                    return (capital, id)
                }
                return (nil, id)
            }
        }
        return (nil, nil)
    }

    private static let venueWords: Set<String> = [
        "palais", "palace", "centre", "center", "hotel", "salle", "hall", "siege", "headquarters", "auditorium", "building", "complex",
        "stadium", "maison", "house", "institute", "institut", "university", "universite", "campus", "resort", "villa",
    ]
    /// The place word before a building with its city after it: "at the Palais des Congrès in Lomé", "au Centre
    /// international de conférences de Bamako", "à l'hôtel Ivoire d'Abidjan", "at the Radisson Blu Hotel, Dakar" (up to
    /// seven words between, one of them a venue's noun and one capitalised, no punctuation).
    /// - Complexity: O(1): at most eight tokens looked at.
    static func venuePlaceWord(before position: Int, in tokens: [Token]) -> Int? {
        guard position >= 3, ["de", "d'", "du", "in", "of", ","].contains(tokens[position - 1].key) else { return nil }
        var index = position - 2
        var named = false
        var capitalised = false
        while index >= max(0, position - 9) {
            let token = tokens[index]
            if ["in", "at", "a", "au", "aux"].contains(token.key) { return named && capitalised && index < position - 2 ? index : nil }
            guard token.kind == .word || token.key == "'" || token.key == "-" else { return nil }
            if venueWords.contains(token.key) { named = true }
            if token.isCapitalized { capitalised = true }
            index -= 1
        }
        return nil
    }

    /// Whether a word of `verbs` comes at most two words before the place word at `position`, not counting the words of
    /// a date between them: "réunis depuis hier à", "met on Tuesday in", "a eu lieu les 9 et 10 novembre à".
    /// - Complexity: O(w + d) for the few words looked at and the sentence's dates.
    static func governedPastTime(_ position: Int, in sentence: SentenceAnalysis, by verbs: Set<String>) -> Bool {
        var index = position - 1
        var words = 0
        while index >= 0, words < 3 {
            if let date = sentence.dates.first(where: { $0.range.contains(index) }) {
                index = date.range.lowerBound - 1
                continue
            }
            if verbs.contains(sentence.tokens[index].key) { return true }
            if sentence.tokens[index].kind == .punctuation { return false }
            words += 1
            index -= 1
        }
        return false
    }

    /// The capital of a country when it bears the country's name ("Mexico City", "Guatemala City", "Kuwait City"): what
    /// French means by "à Mexico", "à Guatemala", "à Koweït" (the country itself takes "au" or "en").
    static func capitalNamedLike(_ country: String, gazetteer: Gazetteer) -> String? {
        guard let name = gazetteer.actors[country]?.name, let capital = PlaceGazetteer.capitals[country] else { return nil }
        let folded = Tokenizer.fold(capital)
        return folded != Tokenizer.fold(name) && folded.hasPrefix(Tokenizer.fold(name) + " ") ? capital : nil
    }

    /// A country a meeting is said to be held in: "held in the State of Kuwait", "took place in Ghana", "s'est tenue au
    /// Maroc" (the place word before the country's article and title, a held word just before it).
    /// - Complexity: O(m) in the sentence's mentions.
    private func heldCountry(in sentence: SentenceAnalysis) -> String? {
        for mention in sentence.mentions {
            guard let id = mention.actorID, gazetteer.actors[id]?.kind == .country else { continue }
            let start = DocumentReader.stateTitleStart(before: mention.range.lowerBound, in: sentence.tokens)
            if sentence.precededBy(start, within: 1, anyOf: ["in", "au", "en", "aux", "a"]),
                sentence.precededBy(start, within: 2, anyOf: ["held", "place", "convened", "lieu", "tenu", "tenue", "tenus", "tenues"])
            {
                return id
            }
        }
        return nil
    }

    static let departureWords: Set<String> = ["left", "leaving", "leaves", "departed", "departing", "quitte", "quittant", "quittera", "quittait"]
    /// A city the sentence says someone left: "a quitté Abidjan mardi pour Monrovia", "left Accra for Lomé", "departed
    /// from Dakar" (not "left for Lomé": that city is where they went).
    static func isDeparture(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let start = mention.range.lowerBound
        let tokens = sentence.tokens
        guard start >= 1 else { return false }
        if departureWords.contains(tokens[start - 1].key) { return true }
        return start >= 2 && ["from", "de"].contains(tokens[start - 1].key) && departureWords.contains(tokens[start - 2].key)
    }

    /// A city that a bare year of its own dates while the sentence gives a day or month of another year: "following the
    /// talks in Monterey, California in 2013, the ministers met on 6 February [2015] in London" (Monterey is where an
    /// earlier meeting was).
    static func isDatedOtherwise(_ mention: Mention, in sentence: SentenceAnalysis) -> Bool {
        let after = mention.range.upperBound
        guard let year = sentence.dates.first(where: { $0.range.lowerBound >= after && $0.range.lowerBound <= after + 4 }), year.isYearOnly,
            sentence.dates.contains(where: { !$0.isYearOnly && $0.start.year != year.start.year })
        else { return false }
        // Only commas, a country and "in"/"en" between the city and its year.
        return sentence.tokens[after..<year.range.lowerBound].allSatisfy {
            $0.key == "," || ["in", "en"].contains($0.key) || $0.isCapitalized
        }
    }

    private static let referredPlacePlaceWords: Set<String> = ["in", "at", "a", "dans", "to", "en"]
    /// A place named by reference after "in", "at", "à" or "dans": "the Ecuadorian capital", "la capitale gambienne", "the
    /// capital of Ecuador" (that country's capital), or "the capital", "the city", "la ville" alone (the city the text
    /// named last).
    /// - Complexity: O(t) in the sentence's tokens.
    private func referredPlace(in sentence: SentenceAnalysis) -> (city: String?, country: String?)? {
        let tokens = sentence.tokens
        let placeWords = Self.referredPlacePlaceWords
        for index in tokens.indices where ["capital", "capitale", "city", "ville"].contains(tokens[index].key) {
            let isCapital = tokens[index].key.hasPrefix("capital")
            // "the Ecuadorian capital", "the Malian capital city"; "la capitale gambienne"; "the capital of Ecuador".
            let before = sentence.mentions.first { $0.range.upperBound == index }
            let after = sentence.mentions.first { $0.range.lowerBound == index + 1 }
            let of =
                index + 2 < tokens.count && ["of", "de", "du"].contains(tokens[index + 1].key)
                ? sentence.mentions.first { $0.range.lowerBound == index + 2 } : nil
            let opening = (before?.range.lowerBound ?? index)
            // "in the Ecuadorian capital"; or, opening the sentence, "La capitale ivoirienne accueille une rencontre".
            let hosts =
                opening == 1 && tokens[index + 1..<min(tokens.count, index + 4)].contains { ["hosts", "hosted", "accueille", "accueillait"].contains($0.key) }
            guard opening >= 1, ["the", "la", "its", "sa"].contains(tokens[opening - 1].key),
                opening >= 2 && placeWords.contains(tokens[opening - 2].key) || hosts
            else { continue }
            let named = [before, after, of].compactMap { $0 }.first { $0.actorID.map { gazetteer.actors[$0]?.kind == .country } ?? false }
            if isCapital, let country = named?.actorID, let capital = PlaceGazetteer.capitalMeant(by: country) { return (capital, country) }
            // "the city of Quito" is a city the gazetteer reads; "in the capital" alone is the city named last.
            if named == nil, of == nil, after?.city == nil, let last = lastCity { return (last.city, last.country) }
        }
        return nil
    }

    private static let titleAfterConnectors: Set<String> = ["and", "of", "in", "for", "the", "-", "to"]
    /// "Thematic Meeting on Root Causes": the meeting words and the capitalised words after "on".
    private func titleAfter(_ range: Range<Int>, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        guard range.upperBound < tokens.count, ["on", "about"].contains(tokens[range.upperBound].key) else { return nil }
        var end = range.upperBound + 1
        let connectors = Self.titleAfterConnectors
        while end < tokens.count, tokens[end].isCapitalized || (connectors.contains(tokens[end].key) && end + 1 < tokens.count && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        guard end > range.upperBound + 1 else { return nil }
        return sentence.text(of: range.lowerBound..<end)
    }

    private static let unknownTownCommon: Set<String> = [
        "the", "support", "cooperation", "partnership", "collaboration", "view", "order", "line", "addition", "person", "spring",
    ]
    /// "Ministerial Conference in Laxenburg (Austrian Chairmanship)": a capitalised name that no gazetteer knows, right
    /// after a meeting word and "in", closed by a bracket, a comma, a full stop, "on" or the end: a town too small for the
    /// city list.
    static func unknownTown(after range: Range<Int>, in sentence: SentenceAnalysis) -> String? {
        let tokens = sentence.tokens
        let start = range.upperBound + 1
        guard range.upperBound < tokens.count, tokens[range.upperBound].key == "in", start < tokens.count else { return nil }
        let known = Set(sentence.mentions.flatMap { Array($0.range) } + sentence.dates.flatMap { Array($0.range) })
        var end = start
        while end < tokens.count, end - start < 4, tokens[end].kind == .word, !known.contains(end),
            tokens[end].isCapitalized || (end > start && ["pri", "am", "an", "de", "del", "sur", "upon"].contains(tokens[end].key))
        {
            end += 1
        }
        guard end > start, tokens[end - 1].isCapitalized, end - start <= 3 else { return nil }
        if end < tokens.count, !["(", ",", ".", "on", ";", "from"].contains(tokens[end].key) { return nil }
        let words = tokens[start..<end].map(\.key)
        let common = Self.unknownTownCommon
        if words.contains(where: { common.contains($0) || DateRecognizer.months[$0] != nil || DateRecognizer.weekdays.contains($0) }) { return nil }
        return sentence.text(of: start..<end)
    }

    private static let townBeforeCountryCommon: Set<String> = ["the", "la", "le", "les", "l'", "this", "cette", "ce"]
    /// A town too small for the city list, placed by the text and confirmed by its country or a nearby city: "in
    /// Bogis-Bossey, Switzerland", "à Mahé, aux Seychelles", "in Mirabella Eclano, southern Italy", "in Bogis Bossey near
    /// Geneva" (one to three capitalised words that no gazetteer knows, after "in", "at" or "à").
    /// - Complexity: O(t) in the sentence's tokens.
    static func townBeforeCountry(in sentence: SentenceAnalysis, gazetteer: Gazetteer) -> (city: String?, country: String?)? {
        let tokens = sentence.tokens
        let known = Set(sentence.mentions.flatMap { Array($0.range) } + sentence.dates.flatMap { Array($0.range) })
        for start in tokens.indices.dropFirst() where ["in", "at", "a"].contains(tokens[start - 1].key) {
            var end = start
            while end < tokens.count, end - start < 4, !known.contains(end),
                tokens[end].kind == .word && tokens[end].isCapitalized && !tokens[end].isAcronym || end > start && tokens[end].key == "-"
            {
                end += 1
            }
            guard end > start, end - start <= 3, tokens[end - 1].isCapitalized, end < tokens.count else { continue }
            let words = tokens[start..<end].map(\.key)
            let common = Self.townBeforeCountryCommon
            if words.contains(where: { common.contains($0) || DateRecognizer.months[$0] != nil || DateRecognizer.weekdays.contains($0) }) { continue }
            // Then ", Switzerland", ", aux Seychelles", ", southern Italy", or "near Geneva".
            var next = end
            if tokens[next].key == "," { next += 1 }
            var country: String?
            if next < tokens.count, ["near", "pres", "outside"].contains(tokens[next].key),
                let city = sentence.mentions.first(where: { (next + 1...next + 2).contains($0.range.lowerBound) })?.city
            {
                country = city.country
            } else {
                if next < tokens.count, ["en", "in", "au", "aux", "northern", "southern", "eastern", "western", "central"].contains(tokens[next].key) {
                    next += 1
                }
                country = sentence.mentions.first { $0.range.lowerBound == next }?.actorID.flatMap { gazetteer.actors[$0]?.kind == .country ? $0 : nil }
            }
            guard let country else { continue }
            return (sentence.text(of: start..<end), country)
        }
        return nil
    }

    /// Countries that are one city, or whose capital bears their name and is what "in X" means for a meeting (GeoNames
    /// capitals): the city a meeting "in Singapore" has.
    static let cityStates: [String: String] = [
        "SGP": "Singapore", "MCO": "Monaco", "DJI": "Djibouti", "LUX": "Luxembourg", "SMR": "San Marino", "VAT": "Vatican City",
    ]

    private static let namesTextTexts: Set<String> = [
        "declaration", "declarations", "action", "plan", "programme", "program", "communique", "agenda", "compact", "charter", "roadmap",
        "statement", "conclusions", "principles", "agreement", "protocol", "strategy",
    ]
    /// Whether the name at `range` is the first word of a text's name: "Bratislava Ministerial Declaration", "Rabat Action
    /// Plan", "Déclaration de Marrakech" is not such a case (the city follows).
    static func namesText(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let texts = Self.namesTextTexts
        for index in range.upperBound..<min(tokens.count, range.upperBound + 2) where tokens[index].isCapitalized {
            if texts.contains(tokens[index].key) { return true }
        }
        return false
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
