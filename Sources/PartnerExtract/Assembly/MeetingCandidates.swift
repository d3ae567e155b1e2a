import Foundation
import PartnerGraph

/// One meeting a page may report, as a date with a place, with features that describe where and how the page says it
/// rather than its words: the material of a scored choice among a page's candidate meetings.
///
/// The reader opens meetings by hand rules (the first that fires wins). A candidate is every date a sentence of the
/// page gives, paired with every place the sentence names (a city, a country after "in"), or, when it names none, with
/// the place said last in its paragraph, in the page's title or in its dateline, and with the places the nearest
/// other sentences name; and every meeting the rules drafted or
/// set aside, with their own date and place. `scripts/extract-candidates.py` labels the candidates against the gold,
/// fits weights and judges them leave-one-dialogue-out against the rules (`partnet extract --candidates FILE`).
public struct MeetingCandidate: Sendable, Codable, Hashable {
    /// The page (its URL, else its file name).
    public var page: String
    /// `sentence` (a date and a place of one sentence) or `draft` (a meeting the rules drafted, or set aside).
    public var origin: String
    /// The rule that drafted it (origin `draft`).
    public var rule: String?
    /// Whether the rules set the draft aside as a meeting named in passing (origin `draft`).
    public var setAside: Bool
    public var start: String?
    public var end: String?
    public var city: String?
    /// The city's folded name as the scorer compares it (`ExtractionScore.canonicalCity(_:)`).
    public var cityKey: String?
    public var country: String?
    /// Where the place comes from: `sentence`, `paragraph`, `title`, `dateline`, `draft` or `none`.
    public var placeSource: String
    /// The sentence's position in the page (counting every sentence of every paragraph).
    public var sentence: Int
    /// Numeric features, each 0 or 1 unless its name says otherwise (see `MeetingCandidates`).
    public var features: [String: Double]
}

/// Lists a page's candidate meetings (``MeetingCandidate``) with their features.
///
/// The features (all numbers) are:
/// - where: `title` (the page's first paragraph), `firstParagraph`, `paragraph` (its index, capped at 20), `sentenceIndex`
///   (capped at 40), `listLine` (the sentence opens with the date, or is little more than it), `dateline`, `labelDate`;
/// - the clause: `future` (a word of the future before the date or the meeting word), `past` (a gathering said without
///   the future), `passive` ("was", "were", "been", "été"), `gathers`, `reports` (hosted, attended, opened), `cancelled`,
///   `chairWord`, `tokens` (sentence length / 50);
/// - the date: `day`, `month`, `year` (its precision), `range`, `relative` (read from the page's date), `unpinned`;
///   against the page's date: `pageDateKnown`, `samePageDay`, `daysBefore14`, `daysBefore365`, `olderThanYear`,
///   `daysAfter60`, `laterThan60`, `yearsFromPage` (absolute, capped at 5);
/// - meeting words: `meetingWord` (the sentence has one), `weakWord`, `distMeeting` and `distGather` (tokens from the date
///   to the nearest meeting word or gathering verb, / 10, capped at 3), `referenceWord` (the meeting word nearest the
///   date is a reference to another meeting), `situating` ("preceded by", "ahead of"), `otherMeeting` ("last", "next");
/// - the place: `hasCity`, `hasCountryOnly`, `placeIn` (after "in", "at", "à"), `capital`, `namesText` (a city naming a
///   text or a process: "Rabat Process"), `distPlace` (tokens from the date, / 10, capped at 3).
/// - Complexity: O(s · d · p) in the page's sentences, dates per sentence and places per sentence.
enum MeetingCandidates {
    /// The candidates of one page, read from its text as the reader reads it (same sentences, same dates resolved), and
    /// the drafts the reader made of it.
    static func collect(_ document: Document, drafts: [MeetingDraft], gazetteer: Gazetteer) -> [MeetingCandidate] {
        let paragraphs = document.paragraphs.map(SentenceSplitter.sentences)
        var analyses: [SentenceAnalysis] = []
        var positions: [(paragraph: Int, index: Int)] = []
        var named: Set<String> = []
        var years = DocumentReader.DocumentYears()
        for (paragraph, sentences) in paragraphs.enumerated() {
            for (index, text) in sentences.enumerated() {
                let sentence = SentenceAnalysis(text, gazetteer: gazetteer)
                for mention in sentence.mentions { if let id = mention.actorID { named.insert(id) } }
                years.append(sentence)
                analyses.append(sentence)
                positions.append((paragraph, index))
            }
        }
        var previousDay: PartialDate?
        // The day of a date line among the first paragraphs stands for the date of a page that has none and gives no other
        // day with its year (as the reader takes it).
        let lineDay =
            document.date == nil && years.withDay.lazy.compactMap({ $0 }).count <= 1
            ? analyses.indices.lazy.filter { positions[$0].0 < DocumentReader.dateLineParagraphs }.compactMap { DocumentReader.lineDay(of: analyses[$0]) }
                .first : nil
        for flat in analyses.indices {
            DocumentReader.placeCities(in: &analyses[flat], named: named, gazetteer: gazetteer)
            DocumentReader.resolveDates(in: &analyses[flat], at: flat, years: years, documentDate: document.date ?? lineDay, previousDay: previousDay)
            previousDay = DocumentReader.lastDay(of: analyses[flat]) ?? previousDay
        }
        var candidates: [MeetingCandidate] = []
        var paragraphPlace: (paragraph: Int, city: String, country: String)?
        var titlePlace: (city: String, country: String)?
        var dateline: (city: String, country: String)?
        // Every place each sentence names, and how many sentences of the page name each.
        let placesBySentence = analyses.map { placeOptions(in: $0, gazetteer: gazetteer) }
        var placeCounts: [String: Int] = [:]
        for places in placesBySentence {
            for key in Set(places.map { MeetingCandidates.key($0.city, $0.country) }) { placeCounts[key, default: 0] += 1 }
        }
        for (flat, sentence) in analyses.enumerated() {
            let (paragraph, index) = positions[flat]
            if paragraph == 0, titlePlace == nil, let city = sentence.mentions.first(where: { $0.city != nil })?.city { titlePlace = (city.name, city.country) }
            if paragraph <= 3, dateline == nil, let first = sentence.mentions.first, first.range.lowerBound == 0, let city = DocumentReader.placedCity(first),
                first.range.upperBound < sentence.tokens.count, ["-", ",", "–", "—"].contains(sentence.tokens[first.range.upperBound].key)
            {
                dateline = (city.name, city.country)
            }
            let places = placesBySentence[flat]
            let clause = clauseFeatures(sentence, paragraph: paragraph, index: index, flat: flat, paragraphLength: paragraphs[paragraph].count)
            for date in sentence.dates {
                var dated = clause
                dated.merge(dateFeatures(date, in: sentence, page: document.date)) { $1 }
                var options: [(city: String?, country: String?, source: String, range: Range<Int>?, gap: Int)] = places.map {
                    ($0.city, $0.country, "sentence", $0.range, 0)
                }
                if options.isEmpty {
                    if let stated = paragraphPlace, stated.paragraph == paragraph {
                        options.append((stated.city, stated.country, "paragraph", nil, 1))
                    } else if let title = titlePlace, paragraph > 0 {
                        options.append((title.city, title.country, "title", nil, flat))
                    } else if let dateline {
                        options.append((dateline.city, dateline.country, "dateline", nil, flat))
                    }
                    // The places other sentences of the page name, nearest first.
                    var seen = Set(options.map { MeetingCandidates.key($0.city, $0.country) })
                    let nearest = analyses.indices.filter { !placesBySentence[$0].isEmpty }.sorted { abs($0 - flat) < abs($1 - flat) }
                    for other in nearest where seen.count < 4 {
                        for place in placesBySentence[other] where seen.insert(MeetingCandidates.key(place.city, place.country)).inserted {
                            options.append((place.city, place.country, "page", nil, abs(other - flat)))
                        }
                    }
                    options.append((nil, nil, "none", nil, 0))
                }
                for option in options.prefix(6) {
                    var features = dated
                    features.merge(placeFeatures(option.city, option.country, range: option.range, date: date.range, in: sentence)) { $1 }
                    features["placeGap"] = Double(min(option.gap, 20)) / 20
                    features["placeOnPage"] = log(1 + Double(placeCounts[MeetingCandidates.key(option.city, option.country)] ?? 0)) / 3
                    candidates.append(
                        MeetingCandidate(
                            page: document.source, origin: "sentence", rule: nil, setAside: false, start: date.start.description,
                            end: date.end?.description, city: option.city, cityKey: option.city.map(ExtractionScore.canonicalCity), country: option.country,
                            placeSource: option.source, sentence: flat, features: features))
                }
            }
            if let stated = DocumentReader.statedPlace(in: sentence) { paragraphPlace = (paragraph, stated.city, stated.country) }
        }
        // The rules' drafts, with the features of the sentence each was opened by.
        for draft in drafts {
            let flat = analyses.firstIndex { $0.text == draft.provenance.sentence }
            var features: [String: Double] = [:]
            if let flat {
                let sentence = analyses[flat]
                let (paragraph, index) = positions[flat]
                features = clauseFeatures(sentence, paragraph: paragraph, index: index, flat: flat, paragraphLength: paragraphs[paragraph].count)
                if let date = sentence.dates.first(where: { $0.start == draft.start }) {
                    features.merge(dateFeatures(date, in: sentence, page: document.date)) { $1 }
                    let place = sentence.mentions.first { mention in
                        mention.city.map { Tokenizer.fold($0.name) == draft.city.map(Tokenizer.fold) } ?? false
                    }
                    features.merge(placeFeatures(draft.city, draft.country, range: place?.range, date: date.range, in: sentence)) { $1 }
                } else {
                    features.merge(placeFeatures(draft.city, draft.country, range: nil, date: nil, in: sentence)) { $1 }
                }
            }
            candidates.append(
                MeetingCandidate(
                    page: document.source, origin: "draft", rule: draft.rule, setAside: draft.isPassing, start: draft.start?.description,
                    end: draft.end?.description, city: draft.city, cityKey: draft.city.map(ExtractionScore.canonicalCity), country: draft.country,
                    placeSource: "draft", sentence: flat ?? -1, features: features))
        }
        return candidates
    }

    /// A place's key on one page: its folded city, else its country.
    static func key(_ city: String?, _ country: String?) -> String { city.map { "c:" + Tokenizer.fold($0) } ?? "n:" + (country ?? "") }

    /// Each place the sentence names that may be a meeting's: the cities (not the seat of an office elsewhere), and the
    /// countries and city-states after "in", "at", "à", "au", "en".
    static func placeOptions(in sentence: SentenceAnalysis, gazetteer: Gazetteer) -> [(city: String?, country: String?, range: Range<Int>)] {
        var options: [(city: String?, country: String?, range: Range<Int>)] = []
        for mention in sentence.mentions {
            if let city = mention.city {
                if DocumentReader.isElsewhere(mention, in: sentence) { continue }
                options.append((city.name, city.country, mention.range))
            } else if let id = mention.actorID, gazetteer.actors[id]?.kind == .country,
                sentence.precededBy(mention.range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au", "en", "aux"])
            {
                options.append((DocumentReader.cityStates[id], id, mention.range))
            }
        }
        return options
    }

    static let passiveWords: Set<String> = ["was", "were", "been", "ete", "is", "are"]

    /// The features of the sentence a candidate comes from (where it is, its tense and verbs).
    static func clauseFeatures(_ sentence: SentenceAnalysis, paragraph: Int, index: Int, flat: Int, paragraphLength: Int) -> [String: Double] {
        let tokens = sentence.tokens
        let future = tokens.indices.contains {
            DocumentReader.futureWords.contains(tokens[$0].key) || DocumentReader.isFrenchFuture(tokens[$0])
                || tokens[$0].key == "to" && $0 + 1 < tokens.count && tokens[$0 + 1].key == "be"
        }
        let gathers = DocumentReader.saysGathered(tokens)
        let label = DocumentReader.label(of: sentence)
        return [
            "title": paragraph == 0 ? 1 : 0,
            "firstParagraph": paragraph == 1 ? 1 : 0,
            "paragraph": Double(min(paragraph, 20)) / 20,
            "sentenceIndex": Double(min(flat, 40)) / 40,
            "paragraphStart": index == 0 ? 1 : 0,
            "shortParagraph": paragraphLength == 1 && tokens.count <= 16 ? 1 : 0,
            "labelDate": label == "date" ? 1 : 0,
            "futureSentence": future ? 1 : 0,
            "past": gathers && !future ? 1 : 0,
            "passive": tokens.contains { passiveWords.contains($0.key) } ? 1 : 0,
            "gathers": gathers ? 1 : 0,
            "reports": tokens.contains { DocumentReader.reportingVerbs.contains($0.key) } ? 1 : 0,
            "cancelled": DocumentReader.saysCancelled(tokens) ? 1 : 0,
            "chairWord": tokens.contains { DocumentReader.chairWords.contains($0.key) } ? 1 : 0,
            "meetingWord": sentence.meetingWords.isEmpty ? 0 : 1,
            "tokens": Double(min(tokens.count, 100)) / 50,
            "dates": Double(min(sentence.dates.count, 5)) / 5,
        ]
    }

    /// The features of one date of the sentence: its precision and shape, where it stands against the page's date, and
    /// how near it is to a meeting word and to a gathering verb.
    static func dateFeatures(_ date: DateMention, in sentence: SentenceAnalysis, page: PartialDate?) -> [String: Double] {
        let tokens = sentence.tokens
        var features: [String: Double] = [
            "day": date.start.day != nil ? 1 : 0,
            "month": date.start.day == nil && date.start.month != nil ? 1 : 0,
            "year": date.isYearOnly ? 1 : 0,
            "range": date.end != nil ? 1 : 0,
            "relative": date.isRelative ? 1 : 0,
            "unpinned": date.isUnpinned ? 1 : 0,
            "listLine": date.range.lowerBound <= 1 || tokens.count <= date.range.upperBound + 4 ? 1 : 0,
            "dateline": DocumentReader.isDatelineDate(date, in: sentence) ? 1 : 0,
            "pageDateKnown": page != nil ? 1 : 0,
        ]
        if let page {
            features["yearsFromPage"] = Double(min(abs(date.start.year - page.year), 5)) / 5
            if let days = MeetingCandidates.days(from: page, to: date.start) {
                features["samePageDay"] = days == 0 ? 1 : 0
                features["daysBefore14"] = (-14 ... -1).contains(days) ? 1 : 0
                features["daysBefore365"] = (-365 ... -15).contains(days) ? 1 : 0
                features["olderThanYear"] = days < -365 ? 1 : 0
                features["daysAfter60"] = (1...60).contains(days) ? 1 : 0
                features["laterThan60"] = days > 60 ? 1 : 0
            } else if date.start.month != nil, date.start.month == page.month, date.start.year == page.year {
                features["samePageMonth"] = 1
            }
        }
        func distance(_ range: Range<Int>) -> Int { DocumentReader.distance(range, date.range) }
        let nearestWord = sentence.meetingWords.min { distance($0.range) < distance($1.range) }
        if let word = nearestWord {
            features["distMeeting"] = Double(min(distance(word.range), 30)) / 10
            features["weakWord"] = word.match.isWeak ? 1 : 0
            features["referenceWord"] = sentence.isReferenceWord(at: word.range.lowerBound) ? 1 : 0
            features["situating"] = sentence.precededBy(word.range.lowerBound, within: 6, anyOf: DocumentReader.situatingWords) ? 1 : 0
            features["otherMeeting"] = sentence.precededBy(word.range.lowerBound, within: 3, anyOf: PageFrame.otherMeetingWords) ? 1 : 0
            let lower = min(word.range.lowerBound, date.range.lowerBound)
            features["future"] =
                tokens[max(0, lower - 8)..<max(word.range.upperBound, date.range.upperBound)].contains {
                    DocumentReader.futureWords.contains($0.key) || DocumentReader.isFrenchFuture($0)
                } ? 1 : 0
        } else {
            features["distMeeting"] = 3
            features["future"] =
                tokens[max(0, date.range.lowerBound - 8)..<date.range.lowerBound].contains {
                    DocumentReader.futureWords.contains($0.key) || DocumentReader.isFrenchFuture($0)
                } ? 1 : 0
        }
        let gathering = Array(DocumentReader.gatheringPositions(tokens)) + tokens.indices.filter { DocumentReader.reportingVerbs.contains(tokens[$0].key) }
        features["distGather"] = Double(min(gathering.map { distance($0..<$0 + 1) }.min() ?? 30, 30)) / 10
        return features
    }

    /// The features of a candidate's place.
    static func placeFeatures(_ city: String?, _ country: String?, range: Range<Int>?, date: Range<Int>?, in sentence: SentenceAnalysis) -> [String: Double] {
        var features: [String: Double] = [
            "hasCity": city != nil ? 1 : 0,
            "hasCountryOnly": city == nil && country != nil ? 1 : 0,
            "capital": city != nil && country.flatMap { PlaceGazetteer.capitals[$0] }.map { Tokenizer.fold($0) == Tokenizer.fold(city!) } == true ? 1 : 0,
        ]
        if let range {
            features["placeIn"] = sentence.precededBy(range.lowerBound, within: 1, anyOf: ["in", "at", "a", "au", "en", "aux"]) ? 1 : 0
            features["namesText"] =
                DocumentReader.namesText(range, in: sentence.tokens)
                    || range.upperBound < sentence.tokens.count && ["process", "processus"].contains(sentence.tokens[range.upperBound].key) ? 1 : 0
            if let date { features["distPlace"] = Double(min(DocumentReader.distance(range, date), 30)) / 10 }
        }
        return features
    }

    /// Days from one day to another; nil unless both are days.
    static func days(from first: PartialDate, to second: PartialDate) -> Int? {
        guard let firstMonth = first.month, let firstDay = first.day, let month = second.month, let day = second.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let from = calendar.date(from: DateComponents(year: first.year, month: firstMonth, day: firstDay)),
            let to = calendar.date(from: DateComponents(year: second.year, month: month, day: day))
        else { return nil }
        return calendar.dateComponents([.day], from: from, to: to).day
    }
}

extension MeetingCandidate {
    /// A city's key as the scorer compares places (`ExtractionScore.canonicalCity(_:)`): "Cracow" and "Kraków" are one.
    public static func placeKey(_ city: String) -> String { ExtractionScore.canonicalCity(city) }

    /// The pages a meeting of a network was read from (its `source` and its edges'), as the scorer reads them.
    public static func pages(ofMeeting id: String, in network: Network) -> Set<String> { ExtractionScore.pages(ofMeeting: id, in: network) }
}
