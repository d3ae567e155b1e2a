/// Splits a paragraph into sentences at `.`, `!` and `?` followed by a space and a capital, a digit or a quote,
/// except after common abbreviations and initials.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "amb", "gen", "col", "rev",
    ]

    /// The sentences of `paragraph`, trimmed, in order.
    /// - Complexity: O(n) in the length of the paragraph.
    static func sentences(_ paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "." || character == "!" || character == "?" {
                var end = index + 1
                while end < characters.count, "\"”’')".contains(characters[end]) { end += 1 }
                if end < characters.count, characters[end].isWhitespace {
                    var next = end
                    while next < characters.count, characters[next].isWhitespace { next += 1 }
                    let startsSentence =
                        next < characters.count
                        && (characters[next].isUppercase || characters[next].isNumber || "\"“‘(".contains(characters[next]))
                    if startsSentence && !(character == "." && endsWithAbbreviation(characters, before: index)) {
                        append(characters[start..<end], to: &sentences)
                        start = next
                        index = next
                        continue
                    }
                }
            }
            index += 1
        }
        append(characters[start..<characters.count], to: &sentences)
        return sentences
    }

    private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let text = String(slice).trimmingWhitespace()
        if !text.isEmpty { sentences.append(text) }
    }

    /// Whether the word before a full stop at `index` is an abbreviation or a single capital initial.
    private static func endsWithAbbreviation(_ characters: [Character], before index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" { wordStart -= 1 }
        let word = String(characters[wordStart..<index]).lowercased()
        if word.count == 1, characters[wordStart].isUppercase { return true }
        return abbreviations.contains(word)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
