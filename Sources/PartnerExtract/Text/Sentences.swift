/// Splits a paragraph into sentences at `.`, `!` and `?` followed by a space and a capital, a digit or a quote,
/// except after common abbreviations and initials, and a `?` between two numbers (a dash lost in encoding); and at a full stop with no space between a lower-case word and a
/// capitalised one ("Secretariat.The").
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "amb", "gen", "col", "rev",
        // Honorifics and a country name cut short: "H.H. Sheikh", "H.R.H.", "Hon.", "the Dem. Rep. of Congo".
        "h.h", "h.r.h", "hon", "dem", "rep",
        // "présidée par S.E.M. Alassane Ouattara", "S.E. Mme", "Md. Shahidul Haque".
        "s.e", "s.e.m", "md",
    ]

    /// The sentences of `paragraph`, trimmed, in order.
    /// - Complexity: O(n) in the length of the paragraph.
    static func sentences(_ paragraph: String) -> [String] {
        // Scalars, not characters: every mark that matters is one scalar, and grapheme breaking costs more than
        // the rest of the splitting. Sentences are cut from the paragraph's own UTF-8 bytes.
        let (scalars, utf8, offsets) = ScalarText.of(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?" {
                var end = index + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                // "the Secretariat.The EC could not attend": a full stop without its space still ends a sentence
                // when a lower-case word of three letters or more stands before it and a capitalised word after it.
                if scalar == ".", end == index + 1, end + 1 < scalars.count, Tokenizer.isUppercase(scalars[end]), Tokenizer.isLowercase(scalars[end + 1]),
                    endsWithLowercaseWord(scalars, before: index)
                {
                    append(utf8[offsets[start]..<offsets[end]], to: &sentences)
                    start = end
                    index = end
                    continue
                }
                if end < scalars.count, scalars[end].properties.isWhitespace {
                    var next = end
                    while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
                    let startsSentence =
                        next < scalars.count
                        && (Tokenizer.isUppercase(scalars[next]) || scalars[next].properties.numericType != nil || openers.contains(scalars[next]))
                    // "20 ? 22 June 2017": a question mark between two numbers is a dash lost in a page's encoding.
                    let lostDash =
                        scalar == "?" && index >= 2 && scalars[index - 1] == " " && scalars[index - 2].properties.numericType != nil
                        && scalars[next].properties.numericType != nil
                    if startsSentence && !lostDash && !(scalar == "." && endsWithAbbreviation(scalars, before: index)) {
                        append(utf8[offsets[start]..<offsets[end]], to: &sentences)
                        start = next
                        index = next
                        continue
                    }
                }
            }
            index += 1
        }
        append(utf8[offsets[start]..<offsets[scalars.count]], to: &sentences)
        return sentences
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "'", ")"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "("]

    private static func append(_ bytes: ArraySlice<UInt8>, to sentences: inout [String]) {
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if !text.isEmpty { sentences.append(text) }
    }

    /// Whether the three scalars before `index` are lower-case letters and the word holds no other full stop (not
    /// "e.g", not a web address).
    private static func endsWithLowercaseWord(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        guard index >= 3, (1...3).allSatisfy({ Tokenizer.isLowercase(scalars[index - $0]) }) else { return false }
        var position = index - 1
        while position >= 0, !scalars[position].properties.isWhitespace {
            if scalars[position] == "." || scalars[position] == "/" || scalars[position] == "@" { return false }
            position -= 1
        }
        return true
    }

    /// Whether the word before a full stop at `index` is an abbreviation or a single capital initial.
    private static func endsWithAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, !scalars[wordStart - 1].properties.isWhitespace, scalars[wordStart - 1] != "(" { wordStart -= 1 }
        if index - wordStart == 1 { return Tokenizer.isUppercase(scalars[wordStart]) }
        guard index - wordStart <= 8 else { return false }
        return abbreviations.contains(String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased())
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
