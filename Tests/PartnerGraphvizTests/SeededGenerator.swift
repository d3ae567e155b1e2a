/// SplitMix64: a small, fast, seedable generator, so that random tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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
