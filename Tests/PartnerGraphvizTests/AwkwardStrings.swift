import PartnerTestSupport

/// Random strings made of the characters that break naive DOT writers.
enum AwkwardStrings {
    static let pieces: [String] = [
        "\"", "\\", ":", "<", ">", "&", "'", "<b>", "</b>", "&amp;", "\n", "\\N", "\\n", "{", "}", ";", ",", "=",
        "[", "]", "->", "--", " ", "a", "Z", "9", "é", "ß", "Ж", "中文", "🙂", "🇲🇦", "👩‍👩‍👧", "\t", "#", "%", "@",
        "//", "/*", "*/", "port:sw", "Côte d'Ivoire",
    ]

    static func make(using generator: inout SeededGenerator, maxPieces: Int = 12) -> String {
        let count = Int.random(in: 1...maxPieces, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
