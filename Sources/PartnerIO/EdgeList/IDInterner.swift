import Foundation

/// Maps byte-string ids to dense 32-bit indices in first-appearance order, without making a `String` per
/// occurrence: an open-addressing table over slices of the file's bytes.
///
/// Each slot holds an id's first eight bytes and its length beside its index, so that an id of up to eight
/// bytes (most generated and code-like ids) is found with one memory access; a longer one is confirmed by its
/// hash, then by its bytes in the file.
struct IDInterner {
    /// One table entry: 16 bytes, four to a cache line.
    struct Slot {
        /// The id's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64 = 0
        /// 0 = empty, else index + 1.
        var entry: UInt32 = 0
        var length: UInt32 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int32] = []
    private var hashes: [UInt64] = []

    init(expected: Int = 1024) {
        var capacity = 1024
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
    }

    var count: Int { starts.count }

    /// A random seed drawn once per process: with a fixed one, a crafted edge list could put every id in one
    /// probe chain and make interning quadratic. Indices depend only on first appearance, never on the seed.
    static let seed = UInt64.random(in: 1...UInt64.max)

    /// An id's place in the file with its hash and first eight bytes, computed once from the bytes: what a probe
    /// of the table needs.
    struct Key {
        var start: Int
        var length: Int
        var hash: UInt64
        /// The first eight bytes (fewer when the id is shorter), little-endian, zero-padded.
        var prefix: UInt64

        /// The key of `bytes[start..<start+length]`.
        ///
        /// The hash takes the id eight bytes at a time (a multiply and a shift per word, from the per-process
        /// seed), then a final mix so that ids differing in their last digits spread out; the first word is the
        /// prefix.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) {
            let base = bytes.baseAddress! + start
            let room = bytes.count - start
            var h = IDInterner.seed ^ (UInt64(truncatingIfNeeded: length) &* 0x9e37_79b9_7f4a_7c15)
            let first = Self.word(base, count: min(length, 8), room: room)
            h = (h ^ first) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
            var offset = 8
            while offset < length {
                h = (h ^ Self.word(base + offset, count: min(length - offset, 8), room: room - offset)) &* 0xff51_afd7_ed55_8ccd
                h ^= h >> 32
                offset += 8
            }
            h ^= h >> 33
            h = h &* 0xc4ce_b9fe_1a85_ec53
            h ^= h >> 33
            self.start = start
            self.length = length
            self.hash = h
            self.prefix = first
        }

        /// The `count` (0...8) bytes at `base` as a little-endian word, zero-padded; one unaligned load when
        /// `room` (the bytes readable from `base`) allows it.
        @inline(__always)
        static func word(_ base: UnsafePointer<UInt8>, count: Int, room: Int) -> UInt64 {
            if room >= 8 {
                let raw = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
                return count >= 8 ? raw : raw & ((1 &<< (UInt64(truncatingIfNeeded: count) &* 8)) &- 1)
            }
            var value: UInt64 = 0
            for i in 0..<count { value |= UInt64(base[i]) << (8 * UInt64(i)) }
            return value
        }
    }

    /// The index of the id at `bytes[start..<start+length]`, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> UInt32 {
        intern(bytes, Key(bytes, start: start, length: length))
    }

    /// The index of the id `key` describes, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Key) -> UInt32 {
        let base = bytes.baseAddress! + key.start
        let length = key.length
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { table in
            while true {
                let candidate = table[slot]
                if candidate.entry == 0 { return nil }
                if candidate.prefix == key.prefix && Int(candidate.length) == length {
                    // Eight bytes or fewer: prefix and length are the whole id.
                    if length <= 8 { return candidate.entry - 1 }
                    let index = Int(candidate.entry - 1)
                    if hashes[index] == key.hash && memcmp(bytes.baseAddress! + starts[index] + 8, base + 8, length - 8) == 0 {
                        return candidate.entry - 1
                    }
                }
                slot = (slot + 1) & mask
            }
        }
        if let found { return found }
        let index = UInt32(starts.count)
        slots[slot] = Slot(prefix: key.prefix, entry: index + 1, length: UInt32(length))
        starts.append(key.start)
        lengths.append(Int32(length))
        hashes.append(key.hash)
        if starts.count * 2 > slots.count { grow() }
        return index
    }

    /// The indices of the ids `keys` describe, in order, into `indices` (emptied first), adding the new ones as
    /// ``intern(_:_:)`` does one by one.
    ///
    /// The table is large and its slots are met in no order, so a probe usually waits for memory. Here the slots of
    /// all the keys are first requested together (the loads do not depend on each other, so their waits overlap),
    /// then probed: a batch of references costs about what one memory wait costs per few keys, not one each.
    /// - Complexity: O(keys) expected.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, batch keys: [Key], into indices: inout [UInt32]) {
        indices.removeAll(keepingCapacity: true)
        var touched: UInt32 = 0
        slots.withUnsafeBufferPointer { table in
            for key in keys { touched &+= table[Int(truncatingIfNeeded: key.hash) & mask].entry }
        }
        // Kept, so that the loads above are made.
        touch = touched
        for key in keys { indices.append(intern(bytes, key)) }
    }

    /// The sum of the entries the last batch requested (only so that the requests are not optimised away).
    private var touch: UInt32 = 0

    private mutating func grow() {
        let old = slots
        let capacity = slots.count * 2
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        for entry in old where entry.entry != 0 {
            var slot = Int(truncatingIfNeeded: hashes[Int(entry.entry - 1)]) & mask
            while slots[slot].entry != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The ids as strings, in index order.
    func strings(in bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            starts.indices.map { index in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[starts[index]..<(starts[index] + Int(lengths[index]))]), as: UTF8.self)
            }
        }
    }
}

extension IDInterner {
    /// Merges ids that are one text under Unicode canonical equivalence (NFC and NFD "Côte", or the Kelvin sign
    /// and K), as the network model compares them: the first spelling is kept.
    /// - Returns: nil when no two ids merge (at once when every id is ASCII); else the merged ids in
    ///   first-appearance order and, for each old index, its new one.
    /// - Complexity: O(ids) when some id is not ASCII.
    static func mergingEquivalent(_ ids: [String]) -> (ids: [String], renumbered: [UInt32])? {
        guard ids.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) else { return nil }
        var first: [String: UInt32] = [:]
        first.reserveCapacity(ids.count)
        var kept: [String] = []
        var renumbered: [UInt32] = []
        renumbered.reserveCapacity(ids.count)
        for id in ids {
            if let known = first[id] {
                renumbered.append(known)
            } else {
                first[id] = UInt32(kept.count)
                renumbered.append(UInt32(kept.count))
                kept.append(id)
            }
        }
        return kept.count < ids.count ? (kept, renumbered) : nil
    }
}

/// Splits a byte buffer into lines and tab-separated fields, tracking line numbers for errors.
struct FieldScanner {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let hash = UInt8(ascii: "#")
}

extension FieldScanner {
    /// Where and why the bytes `start..<end` cannot be an id: a NUL byte or another control character (see
    /// ``ValueCheck/id(_:)``), or invalid UTF-8 (two different invalid ids would decode to the same text and
    /// become two nodes with one name). Nil when they can.
    /// An id with a space or a tab around it (`a, b` in a comma-separated list) is refused too, as the event table
    /// and Gephi's CSV refuse it: kept, ` b` would be another node than `b` unseen; trimmed, the file's text would
    /// be changed unsaid.
    /// Checked once per distinct id, when it is first interned, so the cost does not grow with the edge count.
    static func idProblem(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> (code: ReadError.Code, offset: Int, message: String)? {
        if end > start, let outer = [start, end - 1].first(where: { buffer[$0] == 32 || buffer[$0] == 9 }) {
            let id = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            return (.invalidValue, outer, ValueCheck.spacedIDMessage(id))
        }
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte == 0 { return (.encoding, index, "contains a NUL byte; is this a binary file?") }
            if byte < 0x20 || byte == 0x7F { return (.encoding, index, ValueCheck.controlCharacterMessage(UInt32(byte))) }
            // C1 controls, U+0080 to U+009F, are C2 80 to C2 9F in UTF-8.
            if byte == 0xC2, index + 1 < end, (0x80...0x9F).contains(buffer[index + 1]) {
                return (.encoding, index, ValueCheck.controlCharacterMessage(UInt32(buffer[index + 1])))
            }
            index += 1
        }
        if let bad = InputFile.firstInvalidUTF8(buffer, from: start, to: end) {
            return (.encoding, bad, "is not valid UTF-8 text (byte 0x\(String(buffer[bad], radix: 16)))")
        }
        return nil
    }

    /// Walks the lines of a tab-separated file: LF or CRLF ends, after a byte order mark, skipping blank,
    /// white-space-only and `#` lines, and counting line numbers for errors.
    struct Lines {
        let buffer: UnsafeBufferPointer<UInt8>
        private var position: Int
        /// The 1-based number of the line last returned.
        private(set) var number = 0

        init(_ buffer: UnsafeBufferPointer<UInt8>, skipping prefix: Int) {
            self.buffer = buffer
            self.position = prefix
        }

        /// The byte range of the next line that holds data, without its line end; nil at the end.
        @inline(__always)
        mutating func next() -> Range<Int>? {
            let count = buffer.count
            while position < count {
                number += 1
                let start = position
                var end = position
                while end < count && buffer[end] != FieldScanner.newline { end += 1 }
                position = end + 1
                if end > start && buffer[end - 1] == FieldScanner.carriageReturn { end -= 1 }
                if end == start || buffer[start] == FieldScanner.hash { continue }
                var blank = true
                for index in start..<end where buffer[index] != 32 && buffer[index] != 9 {
                    blank = false
                    break
                }
                if blank { continue }
                return start..<end
            }
            return nil
        }
    }

    /// The length of a UTF-8 byte order mark at the start of `bytes` (3), or 0.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }
}
