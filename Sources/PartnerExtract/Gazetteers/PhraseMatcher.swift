/// Finds the longest known phrase starting at a token, in O(1) average per position plus the candidates' length.
///
/// A phrase is matched on folded keys, with two case rules taken from how the phrase is written: a word in
/// capitals (an acronym: `EU`, `CAR`) must appear exactly so, and a capitalised word must appear capitalised,
/// so that "Chad" the country is found but "us" is not the United States.
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// One word of a phrase and the case it must be written in.
    struct Word: Sendable {
        var key: String
        /// The exact text required (an acronym), or nil.
        var exact: String?
        /// Whether the word must be capitalised.
        var capital: Bool
    }

    struct Entry: Sendable {
        /// The phrase's words in one list (the built-in gazetteer holds about 100,000 phrases).
        var words: [Word]
        var value: Value
    }

    private(set) var entries: [String: [Entry]] = [:]

    /// Adds a phrase; `caseSensitive: false` matches any capitalisation (meeting words, role words). With
    /// `laterWordsAnyCase`, a phrase whose first word is capitalised asks no capital of its later words (acronyms stay
    /// exact): a country's name is often written "Côte d'ivoire", "Sierra leone", "Burkina faso".
    mutating func add(_ phrase: String, value: Value, caseSensitive: Bool = true, laterWordsAnyCase: Bool = false) {
        add(tokens: Tokenizer.tokens(phrase), value: value, caseSensitive: caseSensitive, laterWordsAnyCase: laterWordsAnyCase)
    }

    /// Adds a phrase already tokenised (see ``add(_:value:caseSensitive:laterWordsAnyCase:)``).
    mutating func add(tokens: [Token], value: Value, caseSensitive: Bool = true, laterWordsAnyCase: Bool = false) {
        guard let first = tokens.first else { return }
        let relaxed = laterWordsAnyCase && first.isCapitalized
        let words = tokens.enumerated().map { index, token in
            Word(
                key: token.key, exact: caseSensitive && token.isAcronym ? token.text : nil,
                capital: caseSensitive && token.isCapitalized && !(relaxed && index > 0))
        }
        entries[first.key, default: []].append(Entry(words: words, value: value))
    }

    /// The longest phrase that starts at `position`, as its token count and value.
    func longestMatch(in tokens: [Token], at position: Int) -> (length: Int, value: Value)? {
        guard let candidates = entries[tokens[position].key] else { return nil }
        var best: Int?
        var bestLength = 0
        // Candidates are read in place: copying an entry per candidate and position cost more than the comparisons.
        candidates.withUnsafeBufferPointer { candidates in
            for index in candidates.indices {
                let length = candidates[index].words.count
                guard length > bestLength, position + length <= tokens.count else { continue }
                let matches = candidates[index].words.withUnsafeBufferPointer { words in
                    for offset in 0..<length {
                        let token = tokens[position + offset]
                        if token.key != words[offset].key || (words[offset].exact.map { $0 != token.text } ?? false)
                            || (words[offset].capital && !token.isCapitalized)
                        {
                            return false
                        }
                    }
                    return true
                }
                if matches {
                    best = index
                    bestLength = length
                }
            }
        }
        return best.map { (bestLength, candidates[$0].value) }
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
