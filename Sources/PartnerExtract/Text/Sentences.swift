/// Splits a paragraph into sentences at `.`, `!` and `?` followed by a space and a capital, a digit or a quote,
/// except after a title or other common abbreviation ("Mr.", "H.E.", "Mme.", "Lt.", "Dem. Rep."), an initial or a run
/// of initials ("A.K. Momen"), and a `?` between two numbers (a dash lost in encoding); and at a full stop with no space
/// between a word, an acronym, a year or a bracket and a capitalised word ("Secretariat.The", "CEDEAO.La", "2016.Before").
enum SentenceSplitter {
    /// Titles and ranks shortened before a person's name: "Mr.", "Dr.", "Hon.", "Amb.", "the Rt. Hon.", "Lt. Gen.",
    /// "Maj.", "Capt.", "Sen.", "Gov."; French "Mme.", "Mlle.", "MM." (messieurs), "Pr." (professeur); "Md." of a
    /// first name. The reader's clause splitting shares them (`DocumentReader.abbreviationWords`).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "hon", "amb", "gen", "col", "rev", "md", "rt", "lt", "maj", "capt", "brig", "sen", "gov",
        "mme", "mlle", "mm", "pr", "dott",
    ]

    private static let abbreviations: Set<String> = titles.union([
        "st", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
        // Honorifics and a country name cut short: "H.E.", "H.H. Sheikh", "H.R.H.", "the Dem. Rep. of Congo"; French
        // "présidée par S.E.M. Alassane Ouattara", "S.E. Mme"; "N.B." before a note.
        "h.e", "h.h", "h.r.h", "dem", "rep", "s.e", "s.e.m", "n.b",
    ])

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
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" {
                var end = index + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                // An ellipsis ("...", "..", "…") counts from its first dot for the word before it.
                var dots = index
                while dots > 0, scalars[dots - 1] == "." || scalars[dots - 1] == "\u{2026}" { dots -= 1 }
                let ellipsis = scalar == "\u{2026}" || dots < index
                // "the Secretariat.The EC could not attend": a full stop without its space still ends a sentence
                // when a word, an acronym, a year or a bracket stands before it and a capitalised word after it.
                if scalar == "." || ellipsis, end == index + 1, end + 1 < scalars.count, Tokenizer.isUppercase(scalars[end]),
                    Tokenizer.isLowercase(scalars[end + 1]), endsWithWord(scalars, before: dots), !endsWithAbbreviation(scalars, before: dots)
                {
                    append(utf8[offsets[start]..<offsets[end]], to: &sentences)
                    start = end
                    index = end
                    continue
                }
                if end < scalars.count, scalars[end].properties.isWhitespace {
                    var next = end
                    while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
                    // "the crisis.  ...The Ministers": the next sentence may open with an ellipsis.
                    var first = next
                    while first < scalars.count, scalars[first] == "." || scalars[first] == "\u{2026}" { first += 1 }
                    let startsSentence =
                        first < scalars.count
                        && (Tokenizer.isUppercase(scalars[first]) || scalars[first].properties.numericType != nil || openers.contains(scalars[first]))
                    // "20 ? 22 June 2017": a question mark between two numbers is a dash lost in a page's encoding.
                    let lostDash =
                        scalar == "?" && index >= 2 && scalars[index - 1] == " " && scalars[index - 2].properties.numericType != nil
                        && next < scalars.count && scalars[next].properties.numericType != nil
                    if startsSentence && !lostDash && !(scalar == "." && endsWithAbbreviation(scalars, before: index)) {
                        append(utf8[offsets[start]..<offsets[end]], to: &sentences)
                        start = first
                        index = first
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

    /// Whether a word ends right before `index` that can end a sentence glued to the next: three lower-case letters
    /// ("Secretariat"), two capitals ("CEDEAO", "RECs"), four digits (a year) or a closing bracket after one of them
    /// ("(SAMMRVE)"); and the word holds no other full stop (not "e.g", not a web address).
    private static func endsWithWord(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var last = index
        if last > 0, scalars[last - 1] == ")" { last -= 1 }
        func all(_ count: Int, _ test: (Unicode.Scalar) -> Bool) -> Bool {
            last >= count && (1...count).allSatisfy { test(scalars[last - $0]) }
        }
        let lowercase = all(3, Tokenizer.isLowercase)
        let acronym =
            all(2, Tokenizer.isUppercase)
            || (last >= 3 && scalars[last - 1] == "s" && Tokenizer.isUppercase(scalars[last - 2]) && Tokenizer.isUppercase(scalars[last - 3]))
        let year = all(4) { $0.properties.numericType != nil }
        guard lowercase || acronym || year else { return false }
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
        // A run of initials: "A.K" of "A.K. Momen", "U.S".
        if (wordStart..<index).allSatisfy({ ($0 - wordStart) % 2 == 0 ? Tokenizer.isUppercase(scalars[$0]) : scalars[$0] == "." }) { return true }
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
