import Testing

@testable import PartnerIO
import PartnerTestSupport

/// Interning in batches, and the keys a batch is made of.
extension IDInternerTests {
    @Test("a batch gives the indices that interning one by one gives: new and known ids, short and long, the last at the buffer's end")
    func batchMatchesSingles() {
        var random = SeededGenerator(seed: 21)
        // Ids of 2 to 24 bytes: within one word, beyond it with equal first words, non-ASCII; many repeated.
        let ids = (0..<3000).map { _ in
            let n = Int.random(in: 0..<900, using: &random)
            return ["n\(n)", "organisation-\(n)-long", "é\(n)"][n % 3]
        }
        let bytes = Array(ids.joined(separator: "\n").utf8)
        var spans: [(start: Int, length: Int)] = []
        var start = 0
        for id in ids {
            spans.append((start, id.utf8.count))
            start += id.utf8.count + 1
        }
        bytes.withUnsafeBufferPointer { buffer in
            var single = IDInterner(expected: 16)
            let expected = spans.map { single.intern(buffer, start: $0.start, length: $0.length) }
            var batched = IDInterner(expected: 16)
            var got: [UInt32] = []
            var indices: [UInt32] = []
            for first in stride(from: 0, to: spans.count, by: 256) {
                let keys = spans[first..<min(first + 256, spans.count)].map { IDInterner.Key(buffer, start: $0.start, length: $0.length) }
                batched.intern(buffer, batch: keys, into: &indices)
                got += indices
            }
            #expect(got == expected)
            // Equal ids have one index, distinct ids distinct ones, numbered in order of first appearance.
            var order: [String] = []
            var seen: [String: UInt32] = [:]
            for (id, index) in zip(ids, expected) {
                if let known = seen[id] {
                    #expect(known == index, "\(id)")
                } else {
                    #expect(index == UInt32(order.count), "\(id)")
                    seen[id] = index
                    order.append(id)
                }
            }
            #expect(batched.strings(in: bytes) == order)
        }
    }

    @Test("a key's hash and prefix depend on the id's bytes only, not on what follows them in the buffer")
    func keysIgnoreTheirSurroundings() {
        for id in ["a", "n12345", "n1234567", "n12345678", "organisation-12-long", "Ωmega-ümlaut"] {
            let alone = Array(id.utf8)
            let followed = alone + Array("-and-more-bytes".utf8)
            let a = alone.withUnsafeBufferPointer { IDInterner.Key($0, start: 0, length: alone.count) }
            let b = followed.withUnsafeBufferPointer { IDInterner.Key($0, start: 0, length: alone.count) }
            #expect(a.hash == b.hash && a.prefix == b.prefix, "\(id)")
        }
    }
}
