/// The rows of a delimited file (an edge list, Gephi's CSV) that repeat an earlier row exactly, for a note.
///
/// The rule, the same in every reader: a repeated row is a parallel edge, as two equal edges are in GraphML,
/// GEXF, node-link JSON or Pajek. It is kept (measures merge parallel edges into one link whose weight is their
/// sum), and the reader says how many rows repeat and where the first is, since a row pasted twice would
/// otherwise double a weight unseen.
struct RepeatedRows {
    /// Each distinct row (its fields as read), with the line it first stands on.
    private var firstLines: [[String]: Int] = [:]
    /// How many rows repeat an earlier one.
    private(set) var count = 0
    /// The first row that repeats an earlier one, and that earlier row's line.
    private(set) var first: (line: Int, repeats: Int)? = nil

    /// Counts the row of `fields` on `line`.
    /// - Complexity: O(row length), amortised.
    mutating func add(_ fields: [String], line: Int) {
        if let earlier = firstLines[fields] {
            count += 1
            if first == nil { first = (line, earlier) }
        } else {
            firstLines[fields] = line
        }
    }

    /// The note, or nil when no row repeats; `what` names a row (`row`, `line`).
    func note(file: String, what: String) -> String? {
        first.map { Self.note(file: file, what: what, count: count, line: $0.line, repeats: $0.repeats) }
    }

    /// The note for `count` repeated rows, the first on line `line` repeating line `repeats`.
    static func note(file: String, what: String, count: Int, line: Int, repeats: Int) -> String {
        "\(file): \(count) \(what)\(count == 1 ? "" : "s") repeat\(count == 1 ? "s" : "") an earlier \(what) exactly (first: line \(line) "
            + "repeats line \(repeats)); each is kept as a parallel edge, which measures merge into one link with the weights summed: "
            + "remove the copies if they are not meant"
    }
}

extension RepeatedRows {
    /// Among `count` rows, each given by a key of two words, how many repeat an earlier row's key, and the first
    /// such row with the earlier row it repeats (0-based positions); nil when no row repeats.
    ///
    /// Two passes: the first hashes each row's key once, keeps its slot, and marks the slot in a table of 16 bits
    /// a row once and again when seen twice; the second reads the kept slots, so that most rows are passed at a
    /// glance, and compares in a dictionary, sized once, only the rows whose slot was seen twice (about 6% of a
    /// million rows without repeats: slots shared by chance).
    /// - Complexity: O(count) expected time; memory 4 bytes and 4 bits a row beside the few rows compared.
    static func firstRepeat(count: Int, key: (Int) -> (UInt64, UInt64)) -> (count: Int, row: Int, repeats: Int)? {
        guard count > 1 else { return nil }
        var bits = 64
        while bits < count * 16 { bits <<= 1 }
        let shift = UInt64(64 - bits.trailingZeroBitCount)
        var once = [UInt64](repeating: 0, count: bits / 64)
        var twice = once
        var sharedSlots = 0
        // A slot fits in 32 bits up to 2^28 rows; past that (16 GB of table) the slot is hashed again instead.
        let keepsSlots = bits <= 1 << 32
        var slots = [UInt32](repeating: 0, count: keepsSlots ? count : 0)
        @inline(__always) func slot(_ row: Int) -> Int {
            let (a, b) = key(row)
            var hash = (a ^ (b &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            hash = hash &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: hash >> shift)
        }
        for row in 0..<count {
            let at = slot(row)
            if keepsSlots { slots[row] = UInt32(truncatingIfNeeded: at) }
            let bit = UInt64(1) << UInt64(at & 63)
            if once[at >> 6] & bit != 0 {
                if twice[at >> 6] & bit == 0 {
                    twice[at >> 6] |= bit
                    sharedSlots += 1
                }
            } else {
                once[at >> 6] |= bit
            }
        }
        guard sharedSlots > 0 else { return nil }
        struct Key: Hashable {
            var a: UInt64
            var b: UInt64
        }
        // Without repeats, a slot seen twice is two rows of different keys met by chance: room for them at once,
        // as growing the dictionary row by row cost more than the rest of the search on a million-row list. (Many
        // copies of one row share one slot and one key: they need no more room.)
        var firstRows: [Key: Int] = [:]
        firstRows.reserveCapacity(2 * sharedSlots)
        var repeated = 0
        var first: (row: Int, repeats: Int)? = nil
        for row in 0..<count {
            let at = keepsSlots ? Int(slots[row]) : slot(row)
            guard twice[at >> 6] & (UInt64(1) << UInt64(at & 63)) != 0 else { continue }
            let (a, b) = key(row)
            if let earlier = firstRows[Key(a: a, b: b)] {
                repeated += 1
                if first == nil { first = (row, earlier) }
            } else {
                firstRows[Key(a: a, b: b)] = row
            }
        }
        return first.map { (repeated, $0.row, $0.repeats) }
    }

    /// The note for a TSV file's repeated data lines, found by position (`row`, `repeats`: 0-based among the lines
    /// that hold data); the file at `path` is read again to number them, only when some line repeats.
    static func note(
        _ found: (count: Int, row: Int, repeats: Int)?, path: String, name: String, limits: ReadLimits
    ) -> String? {
        guard let found else { return nil }
        let lines = try? EdgeListLines.dataLines(path: path, limits: limits)
        guard let lines, found.row < lines.count else {
            return
                "\(name): \(found.count) line\(found.count == 1 ? "" : "s") repeat an earlier line exactly (the file changed since it was read, so they are not placed)"
        }
        return note(file: name, what: "line", count: found.count, line: lines[found.row], repeats: lines[found.repeats])
    }
}

extension ParsedEdgeList {
    /// The note for lines that repeat an earlier line exactly (the same two ends the same way round and the same
    /// weight): each is kept as a parallel edge. Nil when no line repeats.
    /// - Parameters:
    ///   - input: the input the list was read from, read again to number the lines only when one repeats.
    ///   - limits: the limits it was read within.
    /// - Complexity: O(m) expected (see the internal `RepeatedRows.firstRepeat`), and a second read of the file
    ///   when a line repeats.
    public func repeatNote(in input: InputSource, limits: ReadLimits = .default) -> String? {
        (try? input.reading { repeatNote(path: $0, name: input.name, limits: limits) }) ?? nil
    }

    func repeatNote(path: String, name: String, limits: ReadLimits) -> String? {
        let found = RepeatedRows.firstRepeat(count: sources.count) { row in
            (UInt64(sources[row]) << 32 | UInt64(targets[row]), weights.map { $0[row].bitPattern } ?? 0)
        }
        return RepeatedRows.note(found, path: path, name: name, limits: limits)
    }
}

extension ParsedAffiliation {
    /// The note for rows that repeat an earlier row exactly (the same actor, meeting and role): each is kept as a
    /// parallel edge. Nil when no row repeats.
    /// - Complexity: O(rows) expected, and a second read of the file when a row repeats.
    public func repeatNote(in input: InputSource, limits: ReadLimits = .default) -> String? {
        (try? input.reading { repeatNote(path: $0, name: input.name, limits: limits) }) ?? nil
    }

    func repeatNote(path: String, name: String, limits: ReadLimits) -> String? {
        let found = RepeatedRows.firstRepeat(count: actors.count) { row in
            (UInt64(actors[row]) << 32 | UInt64(meetings[row]), UInt64(roles[row].rawValue))
        }
        return RepeatedRows.note(found, path: path, name: name, limits: limits)
    }
}
