import PartnerGraph

/// One sentence with everything the recognisers found in it: actors and cities, dates, meeting words and role words.
struct SentenceAnalysis: Sendable {
    var text: String
    var tokens: [Token]
    var mentions: [Mention]
    var dates: [DateMention]
    var meetingWords: [(range: Range<Int>, match: MeetingTypes.Match)]
    var triggers: [(range: Range<Int>, trigger: RoleTrigger)]

    init(_ text: String, gazetteer: Gazetteer) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        mentions = gazetteer.mentions(in: tokens)
        dates = DateRecognizer.dates(in: tokens)
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.range { covered[index] = true } }
        for date in dates { for index in date.range { covered[index] = true } }
        meetingWords = MeetingTypes.matcher.matches(in: tokens).filter { !covered[$0.range.lowerBound] }.map { ($0.range, $0.value) }
        triggers = RoleTrigger.matcher.matches(in: tokens).filter { !covered[$0.range.lowerBound] }.map { ($0.range, $0.value) }
    }

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

    /// The first meeting word that is not a reference to another meeting ("in the margins of the workshop").
    var meetingWord: (range: Range<Int>, match: MeetingTypes.Match)? {
        let referenceWords: Set<String> = [
            "margins", "sidelines", "following", "ahead", "preparation", "preparing", "after", "before", "since", "previous", "last", "next", "upcoming",
            // "the conclusions of the Valletta Senior Officials' Meeting": a meeting discussed, not the one held.
            "conclusions", "outcome", "outcomes", "results", "recommendations", "follow-up",
        ]
        return meetingWords.first { !precededBy($0.range.lowerBound, within: 4, anyOf: referenceWords) }
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
