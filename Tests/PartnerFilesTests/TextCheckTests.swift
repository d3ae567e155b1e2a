import Testing

@testable import PartnerFiles
import PartnerTestSupport

@Suite("The text check")
struct TextCheckTests {
    /// The byte rule the word check stands for: ASCII from U+0020, tab, line feed, carriage return.
    static func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x80 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test("eight bytes pass at once exactly when each byte passes: every byte value at every position")
    func everyByte() {
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                #expect(TextCheck.isPlain(Self.word(bytes)) == Self.isPlain(UInt8(value)), "byte \(value) at \(position)")
            }
        }
    }

    @Test("eight bytes pass at once exactly when each byte passes: random words of bytes near the edges")
    func randomWords() {
        // Bytes on both sides of each edge of the rule, mixed eight at a time.
        let near: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x3A, 0x7E, 0x7F, 0x80, 0x9F, 0xC3, 0xFF]
        var random = SeededGenerator(seed: 21)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in near.randomElement(using: &random)! }
            #expect(TextCheck.isPlain(Self.word(bytes)) == bytes.allSatisfy(Self.isPlain), "\(bytes)")
        }
    }

    @Test("a file's first problem is found at its byte wherever it falls in a word")
    func problemPlaces() {
        for offset in 0..<40 {
            for bad: UInt8 in [0x00, 0x01, 0x0B, 0x1F, 0xFF] {
                var bytes = Array("name: a network\n\tx\r\n".utf8)
                while bytes.count < 48 { bytes.append(UInt8(ascii: "z")) }
                bytes[offset] = bad
                var check = TextCheck()
                let problem = bytes.withUnsafeBufferPointer { check.scan($0, upTo: $0.count, final: true) }
                #expect(problem?.offset == offset, "byte \(bad) at \(offset)")
            }
        }
    }
}
