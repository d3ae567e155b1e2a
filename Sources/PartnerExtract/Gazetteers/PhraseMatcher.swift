/// Finds the longest known phrase starting at a token, in O(1) average per position plus the candidates' length.
///
/// A phrase is matched on folded keys, with two case rules taken from how the phrase is written: a word in
/// capitals (an acronym: `EU`, `CAR`) must appear exactly so, and a capitalised word must appear capitalised,
/// so that "Chad" the country is found but "us" is not the United States.
struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        /// Per word: the exact text required (acronyms), whether a capital is required, or neither.
        var exact: [String?]
        var capital: [Bool]
        var value: Value
    }

    private(set) var entries: [String: [Entry]] = [:]

    /// Adds a phrase; `caseSensitive: false` matches any capitalisation (meeting words, role words).
    mutating func add(_ phrase: String, value: Value, caseSensitive: Bool = true) {
        let tokens = Tokenizer.tokens(phrase)
        guard let first = tokens.first else { return }
        let entry = Entry(
            keys: tokens.map(\.key),
            exact: tokens.map { caseSensitive && $0.isAcronym ? $0.text : nil },
            capital: tokens.map { caseSensitive && $0.isCapitalized },
            value: value)
        entries[first.key, default: []].append(entry)
    }

    /// The longest phrase that starts at `position`, as its token count and value.
    func longestMatch(in tokens: [Token], at position: Int) -> (length: Int, value: Value)? {
        guard let candidates = entries[tokens[position].key] else { return nil }
        var best: (length: Int, value: Value)?
        for entry in candidates where entry.keys.count > (best?.length ?? 0) && position + entry.keys.count <= tokens.count {
            var matches = true
            for offset in 0..<entry.keys.count {
                let token = tokens[position + offset]
                if token.key != entry.keys[offset]
                    || (entry.exact[offset].map { $0 != token.text } ?? false)
                    || (entry.capital[offset] && !token.isCapitalized)
                {
                    matches = false
                    break
                }
            }
            if matches { best = (entry.keys.count, entry.value) }
        }
        return best
    }

    /// Every non-overlapping longest match, left to right.
    func matches(in tokens: [Token]) -> [(range: Range<Int>, value: Value)] {
        var result: [(range: Range<Int>, value: Value)] = []
        var position = 0
        while position < tokens.count {
            if let match = longestMatch(in: tokens, at: position) {
                result.append((position..<position + match.length, match.value))
                position += match.length
            } else {
                position += 1
            }
        }
        return result
    }
}
