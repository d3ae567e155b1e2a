import PartnerGraph

/// One sentence with everything the recognisers found in it: actors and cities, dates, meeting words and role words.
struct SentenceAnalysis: Sendable {
    var text: String
    var tokens: [Token]
    var mentions: [Mention]
    var dates: [DateMention]
    var meetingWords: [(range: Range<Int>, match: MeetingTypes.Match)]
    var triggers: [(range: Range<Int>, trigger: RoleTrigger)]
    /// Where a dialogue's name starts a meeting's title: "the Khartoum Process Senior Officials' Meeting".
    var titleModifiers: Set<Int> = []

    init(_ text: String, gazetteer: Gazetteer) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        mentions = SentenceAnalysis.placesInContext(gazetteer.mentions(in: tokens), tokens: tokens, gazetteer: gazetteer)
        dates = DateRecognizer.dates(in: tokens)
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.range { covered[index] = true } }
        for date in dates { for index in date.range { covered[index] = true } }
        meetingWords = MeetingTypes.matcher.matches(in: tokens).filter { !covered[$0.range.lowerBound] }.map { ($0.range, $0.value) }
        triggers = RoleTrigger.matcher.matches(in: tokens).filter { !covered[$0.range.lowerBound] }.map { ($0.range, $0.value) }
        let starts = Set(mentions.map(\.range.lowerBound))
        let meetingStarts = Set(meetingWords.map(\.range.lowerBound))
        titleModifiers = Set(
            mentions.compactMap { mention in
                guard let id = mention.actorID, gazetteer.actors[id]?.kind == "dialogue", mention.range.upperBound < tokens.count else { return nil }
                let next = mention.range.upperBound
                let named = meetingStarts.contains(next) || (tokens[next].kind == .word && tokens[next].isCapitalized && !starts.contains(next))
                return named ? mention.range.lowerBound : nil
            })
    }

    /// Titles and honorifics before a person's name: "Ambassador Santiago Ruiz" names a person, not a city.
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "professor", "ambassador", "minister", "president", "h.e", "excellency", "sir", "madame", "monsieur",
        "m", "mme", "dame", "lord", "general", "gen", "colonel", "col", "captain", "judge", "senator", "deputy", "secretary", "commissioner",
        "ambassadeur", "ambassadrice", "ministre", "president", "presidente", "director", "directeur", "directrice", "chairman", "chairwoman",
    ]
    /// Verbs of saying that follow a person's name.
    static let speechVerbs: Set<String> = [
        "said", "says", "stated", "noted", "explained", "added", "declared", "stressed", "underlined", "recalled", "told", "affirmed",
        "souligne", "declare", "explique", "ajoute", "rappele", "indique", "affirme",
    ]
    /// Words after which a name is where something is: "in Cracow", "at Laxenburg", "à Niamey", "au Caire".
    static let placeWords: Set<String> = ["in", "at", "a", "au", "en", "to", "from", "near", "location", "venue", "lieu", "place", "city", "town", "ville"]

    /// The city mentions a reader may trust: not a person's name ("Ambassador Santiago Ruiz", "Santiago Ruiz said"), and a
    /// small city only where the text puts a place: after "in", "at", "à", "au"..., opening the sentence, or before
    /// ", COUNTRY".
    static func placesInContext(_ mentions: [Mention], tokens: [Token], gazetteer: Gazetteer) -> [Mention] {
        mentions.enumerated().compactMap { index, mention in
            guard let city = mention.city else { return mention }
            let start = mention.range.lowerBound
            let end = mention.range.upperBound
            if start > 0, personTitles.contains(tokens[start - 1].key) { return nil }
            // "Santiago Ruiz said": a capitalised word that is no place or actor right after the name, then a verb of saying.
            if end + 1 < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAcronym,
                !mentions.contains(where: { $0.range.lowerBound == end }), speechVerbs.contains(tokens[end + 1].key)
            {
                return nil
            }
            guard gazetteer.smallCities.contains(city.name) else { return mention }
            if start > 0 && placeWords.contains(tokens[start - 1].key) { return mention }
            // Opening a line as a place does: "Laxenburg, 25 June", "Cracow - ", not "To date, ...".
            if start == 0, end < tokens.count, [",", "-", ":", "("].contains(tokens[end].key) { return mention }
            var next = end
            if next < tokens.count, tokens[next].key == "," { next += 1 }
            if index + 1 < mentions.count, mentions[index + 1].range.lowerBound == next,
                let id = mentions[index + 1].actorID, gazetteer.actors[id]?.kind == .country
            {
                return mention
            }
            return nil
        }
    }

    /// The mentions that may take a role: all but a dialogue's name used as part of a meeting's title ("the Prague
    /// Process Core Group meeting", "the Budapest Process Ministerial Conference").
    var roleMentions: [Mention] { mentions.filter { !titleModifiers.contains($0.range.lowerBound) } }

    /// Whether any of the tokens just before `position` (at most `window`) has one of these keys.
    func precededBy(_ position: Int, within window: Int, anyOf keys: Set<String>) -> Bool {
        for index in max(0, position - window)..<position where keys.contains(tokens[index].key) { return true }
        return false
    }

    /// The text of a token range, as written.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = Array(self.text.utf8)
        let start = tokens[range.lowerBound].offset
        let last = tokens[range.upperBound - 1]
        let end = min(utf8.count, last.offset + last.length)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// Words before a meeting word that make it a reference to another meeting ("in the margins of the workshop").
    static let referenceWords: Set<String> = [
        "margins", "sidelines", "following", "ahead", "preparation", "preparing", "after", "before", "since", "previous", "last", "next", "upcoming",
        "forthcoming",
        // "the conclusions of the Valletta Senior Officials' Meeting": a meeting discussed, not the one held.
        "conclusions", "outcome", "outcomes", "results", "recommendations", "follow-up",
    ]

    /// The first meeting word that is not a reference to another meeting ("in the margins of the workshop").
    var meetingWord: (range: Range<Int>, match: MeetingTypes.Match)? {
        meetingWords.first { !precededBy($0.range.lowerBound, within: 4, anyOf: SentenceAnalysis.referenceWords) }
    }

    /// The first quoted text: a meeting's title ("entitled “...”", "on “...”").
    var quotedTitle: String? {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("“", "”"), ("\"", "\""), ("«", "»"), ("‘", "’")]
        // Quote marks are single scalars: searching scalars skips the cost of grapheme breaking.
        let scalars = text.unicodeScalars
        for (open, close) in pairs {
            guard let start = scalars.firstIndex(of: open) else { continue }
            let after = scalars.index(after: start)
            guard let end = scalars[after...].firstIndex(of: close) else { continue }
            let title = text[after..<end].trimmingWhitespace()
            if title.count >= 4 && title.count <= 200 { return title }
        }
        return nil
    }
}
