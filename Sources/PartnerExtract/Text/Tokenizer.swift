import Foundation

/// A word, number or punctuation mark of a sentence, with a folded key for matching.
///
/// The key is lowercased, without diacritics, and with typographic apostrophes made plain, so that
/// "Côte d’Ivoire" and "Cote d'Ivoire" match one gazetteer entry.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    var text: String
    var key: String
    var kind: Kind
    // Offsets in 32 bits: a document keeps the tokens of all its sentences while it is read, so a token is
    // 48 bytes rather than 56 (a sentence is far shorter than 4 GB).
    private var storedOffset: UInt32
    private var storedLength: UInt32
    /// Offset of the token's first character in the sentence, in UTF-8 bytes.
    var offset: Int { Int(storedOffset) }
    /// Length of the token as written in the sentence, in UTF-8 bytes.
    var length: Int { Int(storedLength) }

    init(text: String, key: String, kind: Kind, offset: Int, length: Int) {
        self.text = text
        self.key = key
        self.kind = kind
        storedOffset = UInt32(offset)
        storedLength = UInt32(length)
    }

    var isCapitalized: Bool { text.unicodeScalars.first.map(Tokenizer.isUppercase) ?? false }
    /// All letters uppercase and at least two of them: ECOWAS, UNHCR, EU.
    var isAcronym: Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if Tokenizer.isLowercase(scalar) { return false }
            if Tokenizer.isUppercase(scalar) { letters += 1 }
        }
        return letters >= 2
    }
    /// The leading number of a token such as "24", "24th" or "1er".
    var leadingNumber: Int? {
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            guard byte >= 48 && byte <= 57 else { break }
            value = value * 10 + Int(byte - 48)
            digits += 1
            if digits > 9 { return nil }
        }
        return digits > 0 ? value : nil
    }
}

/// Splits a sentence into tokens: words (letters, digits and inner apostrophes), numbers and single punctuation marks.
enum Tokenizer {
    /// The tokens of `text`; apostrophes that do not join two letters are dropped ("Officials'" is one word).
    /// - Complexity: O(n) in the length of the text.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let (scalars, utf8, offsets) = ScalarText.of(text)
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value
                return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
            }
            return isLetter(scalar) || isDigitOrMark(scalar)
        }
        func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isWordScalar(scalars[end]) {
                        end += 1
                    } else if isApostrophe(scalars[end]), end + 1 < scalars.count, isWordScalar(scalars[end + 1]),
                        isLetter(scalars[end - 1]) || isMark(scalars[end - 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                // The word's bytes straight from the text: rebuilding it scalar by scalar costs more than all the rest.
                var word = String(decoding: utf8[offsets[index]..<offsets[end]], as: UTF8.self)
                // Foundation's replacement is costly per word: only words holding a typographic apostrophe need it.
                let typographicApostrophe = scalars[index..<end].contains("\u{2019}")
                if typographicApostrophe { word = word.replacingOccurrences(of: "\u{2019}", with: "'") }
                // A possessive "'s" belongs to no name: "Belgium's chairmanship" names Belgium.
                let hasApostrophe = typographicApostrophe || scalars[index..<end].contains("'")
                if hasApostrophe, word.count > 3, word.hasSuffix("'s") || word.hasSuffix("'S") { word.removeLast(2) }
                let isNumber = scalars[index].properties.numericType != nil && scalars[index].isASCII
                var start = offsets[index]
                // French elision: "l'Espagne", "d'Ivoire" are an article and a name.
                if hasApostrophe, let apostrophe = word.firstIndex(of: "'"), word.distance(from: word.startIndex, to: apostrophe) <= 2,
                    word.distance(from: apostrophe, to: word.endIndex) > 2,
                    ["l", "d", "qu", "j", "n", "s", "c", "m", "t"].contains(word[..<apostrophe].lowercased())
                {
                    let article = String(word[...apostrophe])
                    let length = article.utf8.count + (typographicApostrophe ? 2 : 0)
                    tokens.append(Token(text: article, key: article.lowercased(), kind: .word, offset: start, length: length))
                    word = String(word[word.index(after: apostrophe)...])
                    start += length
                }
                tokens.append(Token(text: word, key: fold(word), kind: isNumber ? .number : .word, offset: start, length: offsets[end] - start))
                index = end
            } else if scalar.properties.isWhitespace || isApostrophe(scalar) {
                index += 1
            } else {
                var mark = String(scalar)
                // Dashes of every width are one hyphen for matching ("5–6 November", "Guinea‑Bissau").
                if ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"].contains(scalar) { mark = "-" }
                tokens.append(Token(text: String(scalar), key: mark, kind: .punctuation, offset: offsets[index], length: offsets[index + 1] - offsets[index]))
                index += 1
            }
        }
        // Appending leaves up to twice the room the tokens need; a kept analysis holds them, so give back the rest.
        return tokens.trimmedToSize()
    }

    // Unicode general categories, as Foundation's CharacterSet letters, uppercaseLetters... define them, without
    // the cost of a CharacterSet lookup per character.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        let category = scalar.properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 97 && scalar.value <= 122 }
        return scalar.properties.generalCategory == .lowercaseLetter
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isDigitOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Lowercased, without diacritics, typographic apostrophes made plain.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return text.lowercased() }
        // Foundation's replacement costs more than the folding: only a text holding a typographic apostrophe needs it.
        let plain = text.unicodeScalars.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text
        return plain.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}

/// A text as Unicode scalars, its UTF-8 bytes, and the byte offset of each scalar (one more at the end): the
/// tokenizer and the sentence splitter look at scalars and cut pieces out of the bytes.
enum ScalarText {
    static func of(_ text: String) -> (scalars: [Unicode.Scalar], utf8: [UInt8], offsets: [Int]) {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var running = 0
        for scalar in scalars {
            offsets.append(running)
            running += UTF8.width(scalar)
        }
        offsets.append(running)
        return (scalars, Array(text.utf8), offsets)
    }
}
