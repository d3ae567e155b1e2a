import Foundation

/// The quick way through a network file: the block-style YAML that `convert --to yaml` writes (and the one-line
/// flow mappings and lists hand-written files put on item lines, `- {id: NGA, name: Nigeria}`) and the indented
/// JSON that `convert --to json` writes, read in one pass of a byte scanner over the file into columns
/// (``NetworkColumns``): ids interned from their bytes into 32-bit indices, edges as three arrays of numbers, and
/// a `String` made only for an id when it is first declared and for the texts the network keeps (names, sources,
/// attributes). Items in the very lines `convert` writes for an edge list (an actor's `id`, `name` and `kind`; a
/// tie's `from`, `to` and `relation`) are read by a line-shaped reader that calls the same byte readers in the known
/// key order and makes no fields; any other item is read by the item reader, from its start.
///
/// It only ever reads files it is sure of. Anything outside the plain subset it knows (comments, anchors, tags, flow
/// collections over several lines or outside the plain forms `BlockYAMLScanner.flowLine()` reads, escapes, multi-line
/// texts, nulls, tabs, control or line-break characters, an unknown or repeated key, a section out of order, a schema
/// problem, an id that is not in Unicode's canonical composition (NFC) or is not declared before an edge names it, any
/// problem the network builder would find, a limit reached) makes it give up, and ``NetworkFile`` reads the file again
/// along the general path (libyaml's event parser, or the JSON event reader, and ``NetworkFileDecoder``), which finds
/// and places every problem. So a file either reads here to the network the general path builds, or the general path
/// answers for it, errors and all.
///
/// - Complexity: O(n) in the file's bytes; memory is the columns and one item's fields.
enum NetworkFileFastPath {
    /// Thrown inside the fast path when the file leaves the subset it reads; never seen outside.
    struct Declined: Error {
        /// The source line that declined (for tests and debugging: which rule a file met).
        let sourceLine: UInt
        init(sourceLine: UInt = #line) { self.sourceLine = sourceLine }
    }

    /// Why the fast path declines `text`: the source line of the rule, or nil when it reads it.
    static func declineLine(text: String, syntax: DocumentSyntax, limits: ReadLimits = .default, lineShaped: Bool = true) -> UInt? {
        var text = text
        return text.withUTF8 { bytes in
            do {
                _ = try columns(bytes, syntax: syntax, limits: limits, lineShaped: lineShaped).network()
                return nil
            } catch let declined as Declined {
                return declined.sourceLine
            } catch {
                return 0
            }
        }
    }

    /// The network in `text`, or nil when the general path must read it.
    ///
    /// `lineShaped` (for tests) turns off the item readers for the exact lines `convert` writes, so that every item
    /// goes through the general item reader of the fast path: the two must give the same network.
    static func read(text: String, syntax: DocumentSyntax, limits: ReadLimits, lineShaped: Bool = true) -> Network? {
        var text = text
        return text.withUTF8 { bytes in (try? columns(bytes, syntax: syntax, limits: limits, lineShaped: lineShaped))?.networkIfValid() }
    }

    /// The columns of the network in `bytes` (a file's text without its byte order mark), or nil when the general
    /// path must read it.
    static func columns(in bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax, limits: ReadLimits) -> NetworkColumns? {
        try? columns(bytes, syntax: syntax, limits: limits)
    }

    /// The columns of the file `ahead` is reading (its syntax `syntax`), read as its bytes arrive: each item once
    /// the bytes `window` past its start are there (see ``Arrival``); nil when the general path must read it.
    ///
    /// The result is what ``columns(in:syntax:limits:)`` gives on the whole file, whatever the timing: an item that
    /// reaches the end of the bytes there (one longer than the window), or a decline before the whole file is there,
    /// makes the file read again in one go once it is whole. The caller must still call ``ReadAhead/finish()`` and
    /// drop the columns when it throws (the file changed or is not text).
    static func columns(arriving ahead: ReadAhead, syntax: DocumentSyntax, limits: ReadLimits, window: Int, lineShaped: Bool = true)
        -> NetworkColumns?
    {
        let first = ahead.wait(for: InputFile.byteOrderMark.count)
        let start = first.available >= 3 && ahead.base[0] == 0xEF && ahead.base[1] == 0xBB && ahead.base[2] == 0xBF ? 3 : 0
        var arrival: Arrival? = Arrival(ahead: ahead, start: start, window: window)
        let view = arrival!.view(for: 0)
        do {
            return try columns(view, syntax: syntax, limits: limits, lineShaped: lineShaped, arrival: &arrival, size: ahead.size - start)
        } catch {
            // Declined with the whole file there: the general path's. Before: read it again once it is whole.
            if arrival?.complete ?? true { return nil }
            guard let bytes = try? ahead.finish() else { return nil }
            return try? columns(UnsafeBufferPointer(rebasing: bytes[start...]), syntax: syntax, limits: limits, lineShaped: lineShaped)
        }
    }

    private static func columns(
        _ bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax, limits: ReadLimits, lineShaped: Bool = true
    ) throws(Declined) -> NetworkColumns {
        var arrival: Arrival?
        return try columns(bytes, syntax: syntax, limits: limits, lineShaped: lineShaped, arrival: &arrival, size: bytes.count)
    }

    /// The columns of the text in `bytes` (all of it, or, with an `arrival`, the part there so far); `arrival` is left
    /// as the scanner last saw it; `size` is the whole text's (for the room the columns take).
    private static func columns(
        _ bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax, limits: ReadLimits, lineShaped: Bool, arrival: inout Arrival?, size: Int
    ) throws(Declined) -> NetworkColumns {
        // The general path refuses nesting deeper than `maxDepth`; the schema nests at most 6 levels.
        guard limits.maxDepth >= 8 else { throw Declined() }
        var assembly = Assembly(bytes: bytes, limits: limits, size: size)
        switch syntax {
        case .yaml:
            var scanner = BlockYAMLScanner(bytes: bytes, lineShaped: lineShaped, arrival: arrival)
            defer { arrival = scanner.arrival }
            try scanner.document(into: &assembly)
        case .json:
            var scanner = PlainJSONScanner(bytes: bytes, lineShaped: lineShaped, arrival: arrival)
            defer { arrival = scanner.arrival }
            try scanner.document(into: &assembly)
        }
        return try assembly.finished()
    }

    /// The bytes of a file as they arrive from a ``ReadAhead``, given to a scanner as a view that grows: from the
    /// text's start to the end of the last whole line there, at least `window` bytes past the item about to be read
    /// (or the whole file).
    ///
    /// A scanner asks for more (``view(for:)``) only between items. Within an item it sees the view's end as the
    /// file's end, so an item cut by it would read short; but a view ends only after a line feed, and a scanner that
    /// meets the view's end ends there (or declines), so an item that was cut ends within ``margin`` bytes of the
    /// view's end, which the scanner checks before the next item: it then declines, and the file is read again once
    /// it is whole. A file whose items are shorter than the window is read once.
    struct Arrival {
        let ahead: ReadAhead
        /// Where the text starts in the file (after a byte order mark).
        let start: Int
        /// How far past an item's start the bytes must be before it is read.
        let window: Int
        /// An item that ends this close to the view's end may have been cut by it.
        static let margin = 64
        /// Whether the view holds the whole file (or all of it there will be: the reading ended).
        private(set) var complete = false

        init(ahead: ReadAhead, start: Int, window: Int) {
            self.ahead = ahead
            self.start = start
            self.window = max(window, 2 * Self.margin)
        }

        /// Whether the scanner at `position` in the view `view` needs more of the file before its next item.
        @inline(__always)
        func wants(_ position: Int, in view: UnsafeBufferPointer<UInt8>) -> Bool { !complete && position + window / 2 > view.count }

        /// The view once the bytes `window` past `position` are there: all the whole lines there then.
        mutating func view(for position: Int) -> UnsafeBufferPointer<UInt8> {
            var target = start + position + window
            while true {
                let (available, ended) = ahead.wait(for: target)
                if ended || available >= ahead.size {
                    complete = true
                    return UnsafeBufferPointer(start: ahead.base + start, count: max(available - start, 0))
                }
                var end = available
                while end > start + position && ahead.base[end - 1] != UInt8(ascii: "\n") { end -= 1 }
                if end - start > position + Self.margin { return UnsafeBufferPointer(start: ahead.base + start, count: end - start) }
                // A line longer than the window: wait for its end.
                target = available + window
            }
        }

        /// A scanner's next view, before it reads an item at `position` in `view`; declines when the last item
        /// ended so close to the view's end that it may have been cut.
        mutating func next(at position: Int, in view: UnsafeBufferPointer<UInt8>) throws(Declined) -> UnsafeBufferPointer<UInt8> {
            guard position + Self.margin < view.count else { throw Declined() }
            return self.view(for: position)
        }
    }

    /// A text in the file: its bytes (inside the quotes, for a quoted text) and how they are escaped.
    struct Span {
        var start: Int
        var end: Int
        var escape = Escape.none

        enum Escape {
            /// The bytes are the text.
            case none
            /// A backslash before `"`, `\` or `/` stands for that character.
            case backslash
            /// A doubled single quote stands for one.
            case doubledQuote
        }

        var count: Int { end - start }
    }

    /// A value below an item, as the fast scanners read it: texts (numbers and booleans as written), lists and
    /// mappings (keys in file order). There is no null: a null makes the fast path give up.
    enum Value {
        case text(Span)
        case list([Value])
        case map(Fields)
    }

    typealias Fields = [(key: Span, value: Value)]

    /// Whether `span` is the plain text `word` (a key of the schema): compared on the bytes, no `String` made.
    @inline(__always)
    static func span(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>, is word: StaticString) -> Bool {
        guard span.escape == .none, span.count == word.utf8CodeUnitCount else { return false }
        // The schema's words are short: a loop in place costs less than a call.
        let text = bytes.baseAddress! + span.start
        let expected = word.utf8Start
        for index in 0..<span.count where text[index] != expected[index] { return false }
        return true
    }

    /// Whether the `count` bytes at `first` and at `second` are the same: compared in place, eight at a time (the
    /// texts compared are short keys, kinds, relations and ids, where a call to `memcmp` costs more than they do).
    @inline(__always)
    static func equal(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(first + index).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(second + index).loadUnaligned(as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if first[index] != second[index] { return false }
            index += 1
        }
        return true
    }

    /// How many of the eight bytes at `index` (needs `index + 8 <= bytes.count`) come before the first that is
    /// below `low`, at or above 0x7F, or equal to `stop` or `alsoStop`: 8 when none is.
    ///
    /// One word is tested at once: a byte's high bit, after adding `0x80 - low`, says it is at least `low`; after
    /// adding 0x7F to its difference with a byte, that it differs from that byte. A byte at or above 0x80 can carry
    /// into the byte after it, never into one before, so the first byte found is exact.
    @inline(__always)
    static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, low: UInt8, stop: UInt8, alsoStop: UInt8) -> Int {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func equal(_ byte: UInt8) -> UInt64 { ~((word ^ (UInt64(byte) &* ones)) &+ 0x7F7F_7F7F_7F7F_7F7F) & high }
        let below = ~(word &+ UInt64(0x80 - low) &* ones) & high
        let found = (word & high) | below | equal(stop) | equal(alsoStop) | equal(0x7F)
        return found == 0 ? 8 : found.trailingZeroBitCount >> 3
    }

    /// Turns items into columns the way ``NetworkFileDecoder`` and the network builder turn a file without
    /// problems into a network; declines whatever either would refuse or place.
    struct Assembly {
        /// The text read so far (it grows with an ``Arrival``): every span given to the assembly lies in it.
        var bytes: UnsafeBufferPointer<UInt8>
        let limits: ReadLimits
        var columns = NetworkColumns()
        private var name: String?
        private var topKeys: Set<String> = []
        private var lastSection = -1
        private var interner: IDInterner
        private var kindCodes = SmallTable()
        private var relationCodes = SmallTable()
        /// Edges read but not yet added: their ends' keys wait in `pendingKeys` to be interned in one batch
        /// (``IDInterner/intern(_:batch:into:)``), and `resolved` receives their indices.
        private var pendingEdges: [PendingEdge] = []
        private var pendingKeys: [IDInterner.Key] = []
        private var resolved: [UInt32] = []
        /// Nodes read but not yet declared (``declareLater(_:name:kind:)``), their ids' keys in `declarationKeys`.
        private var pendingDeclarations: [PendingDeclaration] = []
        private var declarationKeys: [IDInterner.Key] = []
        /// Pending edges are added once this many wait (or before a node is declared, an edge with details is
        /// added, or the file ends).
        private static let batchSize = 256

        /// An assembly for a text of `size` bytes, of which `bytes` holds the part read so far.
        init(bytes: UnsafeBufferPointer<UInt8>, limits: ReadLimits, size: Int) {
            self.bytes = bytes
            self.limits = limits
            // A written file spends a few hundred bytes per declared id (its node and the edges naming it); the
            // table grows when there are more, and is let go with the assembly once the columns are made.
            interner = IDInterner(expected: min(size / 256, 1 << 20))
            // Room for the edges at one per 24 bytes (more than a written file holds), so that the columns never
            // move while they fill: pages reserved and never written take no memory.
            let edges = size / 24
            columns.from.reserveCapacity(edges)
            columns.to.reserveCapacity(edges)
            columns.relations.reserveCapacity(edges)
        }

        /// The columns, once the whole file is read.
        mutating func finished() throws(Declined) -> NetworkColumns {
            try addPending()
            guard let name else { throw Declined() }
            var columns = columns
            columns.name = name
            return columns
        }

        // MARK: Texts

        func string(_ span: Span) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
            switch span.escape {
            case .none: return String(decoding: slice, as: UTF8.self)
            case .backslash: return String(NetworkFileFastPath.unescaped(slice))
            case .doubledQuote: return String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "''", with: "'")
            }
        }

        @inline(__always)
        func key(_ span: Span, is word: StaticString) -> Bool { NetworkFileFastPath.span(span, in: bytes, is: word) }

        func text(_ value: Value) throws(Declined) -> String {
            guard case .text(let span) = value else { throw Declined() }
            return string(span)
        }

        func span(_ value: Value) throws(Declined) -> Span {
            guard case .text(let span) = value else { throw Declined() }
            return span
        }

        // MARK: Top level

        /// A top-level key with its value (sections come through ``beginSection(_:)`` and the item methods).
        mutating func top(_ key: Span, _ value: Value) throws(Declined) {
            try claim(key)
            if self.key(key, is: "name") {
                name = try text(value)
            } else if self.key(key, is: "source") {
                columns.source = try text(value)
            } else if self.key(key, is: "directed") {
                columns.isDirected = try Self.boolean(try text(value))
            } else if self.key(key, is: "notes") {
                guard case .list(let notes) = value else { throw Declined() }
                columns.notes = try notes.map { (note) throws(Declined) -> String in try text(note) }
            } else {
                throw Declined()
            }
        }

        /// The section `key` starts (actors, meetings, ties), or nil for another key.
        func section(_ key: Span) -> Section? {
            if self.key(key, is: "actors") { return .actors }
            if self.key(key, is: "meetings") { return .meetings }
            if self.key(key, is: "ties") { return .ties }
            return nil
        }

        /// Starts the list of `section`.
        mutating func beginSection(_ section: Section, key: Span) throws(Declined) {
            try claim(key)
            // The general path puts actors before meetings before ties whatever the file's order: here the order
            // must be that one already.
            guard section.rawValue > lastSection else { throw Declined() }
            lastSection = section.rawValue
        }

        private mutating func claim(_ key: Span) throws(Declined) {
            guard topKeys.insert(string(key)).inserted else { throw Declined() }
        }

        /// Adds one item of `section`.
        mutating func item(_ fields: Fields, in section: Section) throws(Declined) {
            switch section {
            case .actors: try actor(fields)
            case .meetings: try meeting(fields)
            case .ties: try tie(fields)
            }
        }

        enum Section: Int {
            case actors, meetings, ties
        }

        /// The keys, in order, of an item of `section` in the lines `convert` writes: an actor's `id`, `name` and
        /// `kind`, a tie's `from`, `to` and `relation`; nil for a meeting.
        static func lineKeys(of section: Section) -> (StaticString, StaticString, StaticString)? {
            switch section {
            case .actors: ("id", "name", "kind")
            case .ties: ("from", "to", "relation")
            case .meetings: nil
            }
        }

        /// Adds an item of `section` whose only fields are the texts of its ``lineKeys(of:)``, in their order.
        @inline(__always)
        mutating func lineItem(_ section: Section, _ first: Span, _ second: Span, _ third: Span) throws(Declined) {
            if section == .ties {
                try plainTie(from: first, to: second, relation: third)
            } else {
                try plainActor(id: first, name: second, kind: third)
            }
        }

        /// An actor with exactly an id, a name and a kind, as `convert` writes one: what ``item(_:in:)`` does with
        /// those three fields, without the fields.
        mutating func plainActor(id: Span, name: Span, kind: Span) throws(Declined) {
            let code = try kindCode(kind)
            guard !columns.kindIsMeeting[Int(code)] else { throw Declined() }
            // A name spelled as the id is the id's text: no second text is made.
            let sameAsID =
                name.escape == .none && id.escape == .none && name.count == id.count
                && NetworkFileFastPath.equal(bytes.baseAddress! + name.start, bytes.baseAddress! + id.start, count: id.count)
            try declareLater(id, name: sameAsID ? nil : string(name), kind: code)
        }

        /// A tie with exactly its two ends and a relation, as `convert` writes one: what ``item(_:in:)`` does with
        /// those three fields, without the fields.
        @inline(__always)
        mutating func plainTie(from: Span, to: Span, relation: Span) throws(Declined) {
            try later(from: from, to: to, node: 0, relation: try relationCode(relation))
        }

        // MARK: Items

        /// The slot of `key` among `words` (the keys of one kind of mapping), or nil for an unknown key.
        private func slot(of key: Span, among words: [StaticString]) -> Int? {
            words.firstIndex { self.key(key, is: $0) }
        }

        /// Gives each of `fields` to `read` with its key's slot among `words`, in order: declined on a key not among
        /// them or a key given twice. One loop for every kind of item (actor, meeting, participant, tie).
        @inline(__always)
        private func readFields(_ fields: Fields, among words: [StaticString], _ read: (Int, Value) throws(Declined) -> Void)
            throws(Declined)
        {
            var seen = Seen()
            for (key, value) in fields {
                guard let slot = slot(of: key, among: words) else { throw Declined() }
                try seen.mark(slot)
                try read(slot, value)
            }
        }

        private static let actorKeys: [StaticString] = ["id", "name", "kind", "region", "attributes", "source"]

        private mutating func actor(_ fields: Fields) throws(Declined) {
            var id: Span?
            var name: String?
            var kind: Span?
            var details = NetworkColumns.NodeDetails()
            // Most actors have none: the declaration then copies no details.
            var hasDetails = false
            try readFields(fields, among: Self.actorKeys) { slot, value throws(Declined) in
                switch slot {
                case 0: id = try span(value)
                case 1: name = try text(value)
                case 2: kind = try span(value)
                case 3: details.region = try text(value)
                case 4: details.attributes = try attributes(value)
                default: details.source = try text(value)
                }
                hasDetails = hasDetails || slot >= 3
            }
            guard let id else { throw Declined() }
            let code: UInt16
            if let kind { code = try kindCode(kind) } else { code = try kindCode(NodeKind.organisation) }
            guard !columns.kindIsMeeting[Int(code)] else { throw Declined() }
            try declare(id, name: name, kind: code, details: hasDetails ? details : nil)
        }

        /// A meeting's keys; the last four are the standard relations, in ``Relation/participation``'s order.
        private static let meetingKeys: [StaticString] = [
            "id", "name", "title", "type", "start", "end", "city", "country", "virtual", "participants", "countries", "attributes",
            "source", "roles", "hosts", "coChairs", "attends", "organises",
        ]

        private mutating func meeting(_ fields: Fields) throws(Declined) {
            var id: Span?
            var name: String?
            var details = NetworkColumns.NodeDetails()
            var meeting = Meeting()
            var lists: [[Value]?] = Array(repeating: nil, count: Relation.participation.count)
            var roles: Fields = []
            try readFields(fields, among: Self.meetingKeys) { slot, value throws(Declined) in
                switch slot {
                case 0: id = try span(value)
                case 1: name = try text(value)
                case 2: meeting.title = try text(value)
                case 3: meeting.type = try text(value)
                case 4: meeting.start = try Self.date(try text(value))
                case 5: meeting.end = try Self.date(try text(value))
                case 6: meeting.city = try text(value)
                case 7: meeting.country = try text(value)
                case 8: meeting.isVirtual = try Self.boolean(try text(value))
                case 9: meeting.participantCount = try Self.count(try text(value))
                case 10: meeting.countryCount = try Self.count(try text(value))
                case 11: details.attributes = try attributes(value)
                case 12: details.source = try text(value)
                case 13:
                    guard case .map(let pairs) = value else { throw Declined() }
                    roles = pairs
                default:
                    guard case .list(let entries) = value else { throw Declined() }
                    lists[slot - 14] = entries
                }
            }
            guard let id else { throw Declined() }
            if let start = meeting.start, let end = meeting.end, !start.mayPrecede(end) { throw Declined() }
            // A meeting without details is kept as none: the network gives it empty details.
            details.meeting = meeting == Meeting() ? nil : meeting
            let node = try declare(id, name: name ?? meeting.title, kind: kindCode(NodeKind.meeting), details: details)
            // The standard relations in their fixed order, then the custom ones in file order, as the decoder adds them.
            for (relation, entries) in zip(Relation.participation, lists) {
                if let entries { try participants(entries, of: node, relation: relationCode(relation)) }
            }
            var customNames: Set<String> = []
            for (key, value) in roles {
                let name = string(key)
                guard customNames.insert(name).inserted, case .list(let entries) = value else { throw Declined() }
                try participants(entries, of: node, relation: relationCode(Relation(rawValue: name)))
            }
        }

        private static let participantKeys: [StaticString] = ["id", "source", "weight"]

        private mutating func participants(_ entries: [Value], of meeting: UInt32, relation: UInt16) throws(Declined) {
            for entry in entries {
                switch entry {
                case .text(let actor): try later(from: actor, to: nil, node: meeting, relation: relation)
                case .map(let pairs):
                    var actor: Span?
                    var details = NetworkColumns.EdgeDetails()
                    try readFields(pairs, among: Self.participantKeys) { slot, value throws(Declined) in
                        switch slot {
                        case 0: actor = try span(value)
                        case 1: details.source = try text(value)
                        default: details.weight = try Self.weight(try text(value))
                        }
                    }
                    guard let actor else { throw Declined() }
                    try addPending()
                    try connect(try reference(actor), meeting, relation: relation, details: details)
                case .list: throw Declined()
                }
            }
        }

        private static let tieKeys: [StaticString] = ["from", "to", "relation", "start", "end", "source", "weight", "attributes"]

        private mutating func tie(_ fields: Fields) throws(Declined) {
            var from: Span?
            var to: Span?
            var relation: Span?
            var details = NetworkColumns.EdgeDetails()
            try readFields(fields, among: Self.tieKeys) { slot, value throws(Declined) in
                switch slot {
                case 0: from = try span(value)
                case 1: to = try span(value)
                case 2: relation = try span(value)
                case 3: details.start = try Self.date(try text(value))
                case 4: details.end = try Self.date(try text(value))
                case 5: details.source = try text(value)
                case 6: details.weight = try Self.weight(try text(value))
                default: details.attributes = try attributes(value)
                }
            }
            guard let from, let to, let relation else { throw Declined() }
            let code = try relationCode(relation)
            if details.isEmpty { return try later(from: from, to: to, node: 0, relation: code) }
            try addPending()
            try connect(try reference(from), try reference(to), relation: code, details: details)
        }

        // MARK: Columns

        /// Declares a node: its id new, not empty or blank, in canonical composition when not ASCII.
        @discardableResult
        private mutating func declare(_ id: Span, name: String?, kind: UInt16, details: NetworkColumns.NodeDetails?) throws(Declined)
            -> UInt32
        {
            // The nodes and edges read so far come first.
            try addPending()
            let text = try idText(id)
            let index = interner.intern(bytes, start: id.start, length: id.count)
            // A repeated id, or one past the node limit, is the general path's to report.
            guard Int(index) == columns.ids.count, columns.ids.count < limits.maxNodes else { throw Declined() }
            columns.ids.append(text)
            columns.names.append(name ?? text)
            columns.kinds.append(kind)
            if let details, !details.isEmpty { columns.nodeDetails[columns.ids.count - 1] = details }
            return index
        }

        /// The text of a node's id: not escaped, empty or blank, in canonical composition when not ASCII.
        @inline(__always)
        private func idText(_ id: Span) throws(Declined) -> String {
            guard id.escape == .none, id.count > 0 else { throw Declined() }
            let slice = UnsafeBufferPointer(rebasing: bytes[id.start..<id.end])
            let text = String(decoding: slice, as: UTF8.self)
            if slice.contains(where: { $0 >= 0x80 }) {
                // Swift compares ids after canonical equivalence; ids in NFC are equivalent exactly when their bytes
                // are equal, so the byte table finds them. Any other spelling goes the general way.
                guard Self.isComposed(text), !text.allSatisfy(\.isWhitespace) else { throw Declined() }
            } else if !slice.contains(where: { $0 != 0x20 }) {
                throw Declined()
            }
            return text
        }

        /// Declares a node without details, as ``declare(_:name:kind:details:)`` does, in its turn with the next
        /// batch: the ids of a batch are interned together (``IDInterner/intern(_:batch:into:)``).
        private mutating func declareLater(_ id: Span, name: String?, kind: UInt16) throws(Declined) {
            // The edges read so far name only nodes declared before this one.
            if !pendingEdges.isEmpty { try addPending() }
            let text = try idText(id)
            pendingDeclarations.append(PendingDeclaration(id: text, name: name, kind: kind))
            declarationKeys.append(IDInterner.Key(bytes, start: id.start, length: id.count))
            if pendingDeclarations.count >= Self.batchSize { try declarePending() }
        }

        /// A node waiting to be declared: its id's text, its name (nil: its id) and kind.
        private struct PendingDeclaration {
            var id: String
            var name: String?
            var kind: UInt16
        }

        /// Interns the pending declarations' ids in one batch and declares the nodes, in file order, as
        /// ``declare(_:name:kind:details:)`` would have one by one: no edge was read since they were.
        private mutating func declarePending() throws(Declined) {
            guard !pendingDeclarations.isEmpty else { return }
            interner.intern(bytes, batch: declarationKeys, into: &resolved)
            for (position, declaration) in pendingDeclarations.enumerated() {
                guard Int(resolved[position]) == columns.ids.count, columns.ids.count < limits.maxNodes else { throw Declined() }
                columns.ids.append(declaration.id)
                columns.names.append(declaration.name ?? declaration.id)
                columns.kinds.append(declaration.kind)
            }
            pendingDeclarations.removeAll(keepingCapacity: true)
            declarationKeys.removeAll(keepingCapacity: true)
        }

        /// The node an edge names: declared before, else the general path reports it.
        @inline(__always)
        private mutating func reference(_ id: Span) throws(Declined) -> UInt32 {
            guard id.escape == .none, id.count > 0 else { throw Declined() }
            let index = interner.intern(bytes, start: id.start, length: id.count)
            guard Int(index) < columns.ids.count else { throw Declined() }
            return index
        }

        /// An edge without details, from the node `from` names to the node `to` names (or, when `to` is nil, to
        /// `node`), added in its turn with the next batch: its ends are interned together with the batch's others.
        @inline(__always)
        private mutating func later(from: Span, to: Span?, node: UInt32, relation: UInt16) throws(Declined) {
            // The nodes read so far are declared first.
            if !pendingDeclarations.isEmpty { try declarePending() }
            guard from.escape == .none, from.count > 0 else { throw Declined() }
            pendingKeys.append(IDInterner.Key(bytes, start: from.start, length: from.count))
            var edge = PendingEdge(from: pendingKeys.count - 1, to: -1, node: node, relation: relation)
            if let to {
                guard to.escape == .none, to.count > 0 else { throw Declined() }
                pendingKeys.append(IDInterner.Key(bytes, start: to.start, length: to.count))
                edge.to = pendingKeys.count - 1
            }
            pendingEdges.append(edge)
            if pendingEdges.count >= Self.batchSize { try addPending() }
        }

        /// An edge waiting for its ends' indices: positions in `pendingKeys` (`to` is -1 when the end is `node`).
        private struct PendingEdge {
            var from: Int
            var to: Int
            var node: UInt32
            var relation: UInt16
        }

        /// Interns the pending edges' ends in one batch and adds the edges, in file order, as ``reference(_:)``
        /// and ``connect(_:_:relation:details:)`` would have one by one: no node was declared since they were read.
        private mutating func addPending() throws(Declined) {
            // At most one of the two queues holds anything: each is emptied before the other takes an item.
            try declarePending()
            guard !pendingEdges.isEmpty else { return }
            interner.intern(bytes, batch: pendingKeys, into: &resolved)
            let known = columns.ids.count
            for edge in pendingEdges {
                let from = resolved[edge.from]
                let to = edge.to < 0 ? edge.node : resolved[edge.to]
                guard Int(from) < known, Int(to) < known else { throw Declined() }
                try connect(from, to, relation: edge.relation, details: nil)
            }
            pendingEdges.removeAll(keepingCapacity: true)
            pendingKeys.removeAll(keepingCapacity: true)
        }

        /// Adds an edge the network builder would take as it is.
        private mutating func connect(_ from: UInt32, _ to: UInt32, relation: UInt16, details: NetworkColumns.EdgeDetails?) throws(Declined) {
            let toMeeting = columns.isMeeting(Int(to))
            let code = Int(relation)
            if columns.isMeeting(Int(from)) || (columns.relationIsParticipation[code] && !toMeeting) || (columns.relationIsTie[code] && toMeeting)
                || from == to
            {
                throw Declined()
            }
            guard columns.from.count < limits.maxEdges else { throw Declined() }
            if let details, !details.isEmpty {
                if let start = details.start, let end = details.end, !start.mayPrecede(end) { throw Declined() }
                columns.edgeDetails[columns.from.count] = details
            }
            columns.from.append(from)
            columns.to.append(to)
            columns.relations.append(relation)
        }

        private mutating func kindCode(_ span: Span) throws(Declined) -> UInt16 {
            if let code = kindCodes.code(of: span, in: self) { return code }
            return try kindCode(NodeKind(rawValue: string(span)))
        }

        private mutating func kindCode(_ kind: NodeKind) throws(Declined) -> UInt16 {
            if let code = kindCodes.code(of: kind.rawValue) { return code }
            let code = try Self.newCode(after: columns.kindTable.count, for: kind.rawValue)
            columns.kindTable.append(kind)
            columns.kindIsMeeting.append(kind.isMeeting)
            kindCodes.add(kind.rawValue, code: code)
            return code
        }

        private mutating func relationCode(_ span: Span) throws(Declined) -> UInt16 {
            if let code = relationCodes.code(of: span, in: self) { return code }
            return try relationCode(Relation(rawValue: string(span)))
        }

        private mutating func relationCode(_ relation: Relation) throws(Declined) -> UInt16 {
            if let code = relationCodes.code(of: relation.rawValue) { return code }
            let code = try Self.newCode(after: columns.relationTable.count, for: relation.rawValue)
            columns.relationTable.append(relation)
            columns.relationIsParticipation.append(relation.isParticipation)
            columns.relationIsTie.append(relation.isTie)
            relationCodes.add(relation.rawValue, code: code)
            return code
        }

        /// The code of a kind or relation new to the file, the table holding `count` so far: declined when the
        /// table is full or the name is not in composed form (the general path reads it otherwise).
        private static func newCode(after count: Int, for name: String) throws(Declined) -> UInt16 {
            guard count < Int(UInt16.max), isComposed(name) else { throw Declined() }
            return UInt16(count)
        }

        /// The few kinds or relations of a file, found by their bytes; the last one found is tried first.
        private struct SmallTable {
            private var entries: [(bytes: [UInt8], text: String, code: UInt16)] = []
            private var last = 0

            mutating func code(of span: Span, in assembly: Assembly) -> UInt16? {
                guard span.escape == .none, !entries.isEmpty else { return nil }
                let base = assembly.bytes.baseAddress! + span.start
                func matches(_ bytes: [UInt8]) -> Bool {
                    bytes.count == span.count
                        && (span.count == 0 || bytes.withUnsafeBufferPointer { NetworkFileFastPath.equal($0.baseAddress!, base, count: span.count) })
                }
                if matches(entries[last].bytes) { return entries[last].code }
                for (position, entry) in entries.enumerated() where matches(entry.bytes) {
                    last = position
                    return entry.code
                }
                return nil
            }

            /// The code of a text already made (compared as Swift compares texts, as the model's dictionaries do).
            func code(of text: String) -> UInt16? { entries.first { $0.text == text }?.code }

            mutating func add(_ text: String, code: UInt16) {
                entries.append((Array(text.utf8), text, code))
                last = entries.count - 1
            }
        }

        /// Whether `text` is in Unicode's canonical composition (NFC), so that a text equal to it as Swift compares
        /// texts has its very bytes (a kind or relation spelled two ways would be kept in one spelling).
        static func isComposed(_ text: String) -> Bool {
            text.utf8.allSatisfy { $0 < 0x80 } || text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8)
        }

        // MARK: Values

        /// The keys of one mapping met so far, by slot: a repeated key is the general path's error.
        private struct Seen {
            var slots: UInt32 = 0
            mutating func mark(_ slot: Int) throws(Declined) {
                guard slots & (1 << slot) == 0 else { throw Declined() }
                slots |= 1 << slot
            }
        }

        static func boolean(_ text: String) throws(Declined) -> Bool {
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: throw Declined()
            }
        }

        static func count(_ text: String) throws(Declined) -> Int {
            guard let value = Int(text), value >= 0 else { throw Declined() }
            return value
        }

        static func date(_ text: String) throws(Declined) -> PartialDate {
            guard let date = PartialDate(text) else { throw Declined() }
            return date
        }

        static func weight(_ text: String) throws(Declined) -> Double {
            do { return try ValueCheck.weight(text) } catch { throw Declined() }
        }

        func attributes(_ value: Value) throws(Declined) -> [String: String] {
            guard case .map(let pairs) = value else { throw Declined() }
            var result: [String: String] = [:]
            for (key, value) in pairs {
                guard result.updateValue(try text(value), forKey: string(key)) == nil else { throw Declined() }
            }
            return result
        }
    }

    // MARK: Bytes

    /// A quoted text whose escapes are all one character after a backslash (`\"`, `\\`, `\/`), resolved.
    static func unescaped(_ bytes: some Sequence<UInt8>) -> Substring {
        var result: [UInt8] = []
        var pending = false
        for byte in bytes {
            if !pending && byte == UInt8(ascii: "\\") {
                pending = true
                continue
            }
            pending = false
            result.append(byte)
        }
        return Substring(decoding: result, as: UTF8.self)
    }

    /// Whether the non-ASCII bytes `bytes[range]` hold only characters that both general readers take as plain
    /// text characters: no C1 control (U+0080...U+009F, NEL among them), no U+2028 or U+2029 (line breaks to
    /// YAML), no byte order mark, no U+FFFE or U+FFFF (which libyaml refuses).
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            if byte == 0xEF, index + 2 < range.upperBound {
                let pair = (bytes[index + 1], bytes[index + 2])
                if pair == (0xBB, 0xBF) || pair == (0xBF, 0xBE) || pair == (0xBF, 0xBF) { return false }
            }
            index += 1
        }
        return true
    }
}

extension NetworkFileFastPath {
    /// Where a scanner is in the text: the text's bytes (all of it, or the part there so far while the file arrives
    /// on another thread, see ``Arrival``), the reading position, and whether the exact lines `convert` writes are
    /// read by the scanner's line reader. One for both scanners, so that the view's growth is written once.
    struct Cursor {
        /// The text, or the part of it there so far.
        fileprivate(set) var bytes: UnsafeBufferPointer<UInt8>
        /// The file's bytes as they arrive, when they are read on another thread.
        fileprivate(set) var arrival: Arrival?
        /// Whether items in `convert`'s own lines are read by the scanner's line reader.
        let lineShaped: Bool
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lineShaped: Bool, arrival: Arrival?) {
            self.bytes = bytes
            self.lineShaped = lineShaped
            self.arrival = arrival
        }

        /// The next view of an arriving file, given to `assembly` too (whose spans point into it).
        mutating func extend(_ assembly: inout Assembly) throws(Declined) {
            bytes = try arrival!.next(at: position, in: bytes)
            assembly.bytes = bytes
        }
    }

    /// A scanner of the fast path: its ``Cursor``, and the names its reading code uses for it.
    protocol Scanning {
        var cursor: Cursor { get set }
    }
}

extension NetworkFileFastPath.Scanning {
    /// The text, or the part of it there so far.
    var bytes: UnsafeBufferPointer<UInt8> {
        @inline(__always) get { cursor.bytes }
    }
    /// The reading position in ``bytes``.
    var position: Int {
        @inline(__always) get { cursor.position }
        @inline(__always) set { cursor.position = newValue }
    }
    /// The arriving file, when it is read on another thread.
    var arrival: NetworkFileFastPath.Arrival? { cursor.arrival }
    /// Whether items in `convert`'s own lines are read by the line reader.
    var lineShaped: Bool { cursor.lineShaped }

    /// Before an item, a top-level key or member, or the end: more of the file when it is arriving and the view ends
    /// within a window.
    @inline(__always)
    mutating func arrive(_ assembly: inout NetworkFileFastPath.Assembly) throws(NetworkFileFastPath.Declined) {
        if let arrival = cursor.arrival, arrival.wants(cursor.position, in: cursor.bytes) { try cursor.extend(&assembly) }
    }
}

extension NetworkFileFastPath {
    /// The block-style YAML subset that libyaml's emitter writes for a network: mappings and lists by indentation
    /// (lists under a key indented or not), one `key: value` per line, plain, single-quoted and double-quoted texts
    /// (escapes `\"` and `\\` only) on one line, and `[]` or `{}` for an empty list or mapping.
    struct BlockYAMLScanner: Scanning {
        var cursor: Cursor

        /// With `lineShaped`, items in the exact lines `convert` writes are read by
        /// ``lineShapedItem(_:column:into:)``.
        init(bytes: UnsafeBufferPointer<UInt8>, lineShaped: Bool = true, arrival: Arrival? = nil) {
            cursor = Cursor(bytes: bytes, lineShaped: lineShaped, arrival: arrival)
        }

        /// ``Scanning/arrive(_:)`` in a loop condition: always true.
        @inline(__always)
        private mutating func arrived(_ assembly: inout Assembly) throws(Declined) -> Bool {
            try arrive(&assembly)
            return true
        }

        private static let space = UInt8(ascii: " ")
        private static let newline = UInt8(ascii: "\n")
        private static let dash = UInt8(ascii: "-")
        private static let colon = UInt8(ascii: ":")

        /// Reads the whole document: a mapping at column 0.
        mutating func document(into assembly: inout NetworkFileFastPath.Assembly) throws(Declined) {
            guard !bytes.isEmpty, indentation() == 0 else { throw Declined() }
            // One item's fields, kept between items so that each item reuses the storage.
            var scratch: Fields = []
            while try arrived(&assembly), position < bytes.count {
                guard indentation() == 0, bytes[position] != Self.dash else { throw Declined() }
                let key = try key()
                if let section = assembly.section(key) {
                    try assembly.beginSection(section, key: key)
                    if try emptyCollection(list: true) { continue }
                    try newline()
                    // Items `- key: value` at column `column`, their further keys at `column + 2`.
                    let column = indentation()
                    while try arrived(&assembly), position < bytes.count, indentation() == column, isItemStart(at: position + column) {
                        position += column + 2
                        scratch.removeAll(keepingCapacity: true)
                        if atFlowStart() {
                            // `- {key: value, ...}`: the item on one line.
                            guard case .map(let pairs) = try flowLine() else { throw Declined() }
                            try assembly.item(pairs, in: section)
                            continue
                        }
                        if lineShaped, try lineShapedItem(section, column: column + 2, into: &assembly) { continue }
                        try mapping(column: column + 2, into: &scratch)
                        try assembly.item(scratch, in: section)
                    }
                } else {
                    try assembly.top(key, try value(keyColumn: 0))
                }
            }
            guard arrival?.complete ?? true else { throw Declined() }
        }

        // MARK: Items as convert writes them

        /// Reads the item at `position` (after its `- `, its keys at `column`) when it is exactly an actor's
        /// `id`, `name` and `kind` or a tie's `from`, `to` and `relation`, each on its line in that order, each
        /// value a text: true once the item is added. Otherwise false, with nothing read (the position is where it
        /// was), and ``mapping(column:into:)`` reads the item.
        ///
        /// Each value is read by the very calls the mapping reader makes for it (``scalar()``, ``newline()``),
        /// so a value either reads to the same text or declines the file in both; what is saved is the fields and
        /// their lookup by key.
        private mutating func lineShapedItem(_ section: Assembly.Section, column: Int, into assembly: inout Assembly) throws(Declined) -> Bool {
            guard let keys = Assembly.lineKeys(of: section) else { return false }
            let start = position
            if let first = try lineField(keys.0, column: nil), let second = try lineField(keys.1, column: column),
                let third = try lineField(keys.2, column: column), itemEnds(column: column)
            {
                try assembly.lineItem(section, first, second, third)
                return true
            }
            position = start
            return false
        }

        /// The text of `word: text` and its line's end, the line indented by `column` spaces (nil: already past
        /// them); nil when the line is not so (another key, a list, a mapping, an empty collection).
        @inline(__always)
        private mutating func lineField(_ word: StaticString, column: Int?) throws(Declined) -> Span? {
            if let column {
                guard indentation() == column else { return nil }
                position += column
            }
            let length = word.utf8CodeUnitCount
            guard position + length + 2 < bytes.count, bytes[position + length] == Self.colon, bytes[position + length + 1] == Self.space,
                NetworkFileFastPath.equal(bytes.baseAddress! + position, word.utf8Start, count: length)
            else { return nil }
            position += length + 2
            // `[`, `{` (a collection) and the rest are the mapping reader's.
            guard bytes[position] != UInt8(ascii: "[") && bytes[position] != UInt8(ascii: "{") else { return nil }
            let text = try scalar()
            try newline()
            return text
        }

        /// Whether the item ends at `position`: the file ends or the next line is further out than `column`.
        @inline(__always)
        private func itemEnds(column: Int) -> Bool { position == bytes.count || indentation() < column }

        // MARK: Structure

        /// Spaces from `position` (the start of a line) to its first other byte; declines a blank line.
        private func indentation() -> Int {
            var index = position
            while index < bytes.count && bytes[index] == Self.space { index += 1 }
            return index - position
        }

        private func isItemStart(at index: Int) -> Bool {
            index + 1 < bytes.count && bytes[index] == Self.dash && bytes[index + 1] == Self.space
        }

        /// Ends a line: a line feed, or the end of the file.
        @inline(__always)
        private mutating func newline() throws(Declined) {
            if position == bytes.count { return }
            guard bytes[position] == Self.newline else { throw Declined() }
            position += 1
            // A blank line or a comment line is left to the general path.
            if position < bytes.count, bytes[position] == Self.newline || bytes[position] == UInt8(ascii: "#") { throw Declined() }
        }

        /// The value after `key:` (the key at `keyColumn`): on the line, or a list or mapping on the lines below.
        private mutating func value(keyColumn: Int) throws(Declined) -> Value {
            if try emptyCollection(list: true) { return .list([]) }
            if try emptyCollection(list: false) { return .map([]) }
            if position < bytes.count, bytes[position] == Self.space {
                position += 1
                if atFlowStart() { return try flowLine() }
                let text = try scalar()
                try newline()
                return .text(text)
            }
            try newline()
            guard position < bytes.count else { throw Declined() }
            let column = indentation()
            if isItemStart(at: position + column) {
                guard column >= keyColumn else { throw Declined() }
                var items: [Value] = []
                while position < bytes.count, indentation() == column, isItemStart(at: position + column) {
                    position += column + 2
                    items.append(try itemValue(column: column + 2))
                }
                return .list(items)
            }
            // A nested mapping; a line no further in is a null value, left to the general path.
            guard column > keyColumn else { throw Declined() }
            position += column
            var pairs: Fields = []
            try mapping(column: column, into: &pairs)
            return .map(pairs)
        }

        /// A list item's value after `- ` (the item's text at `column`): a text, or a mapping whose first key is on
        /// this line.
        private mutating func itemValue(column: Int) throws(Declined) -> Value {
            if atFlowStart() { return try flowLine() }
            if lineHasKey() {
                var pairs: Fields = []
                try mapping(column: column, into: &pairs)
                return .map(pairs)
            }
            let text = try scalar()
            try newline()
            return .text(text)
        }

        /// A mapping whose first key is at `position`, its other keys at `column`; ends at a line further out.
        private mutating func mapping(column: Int, into pairs: inout Fields) throws(Declined) {
            while true {
                let key = try key()
                pairs.append((key, try value(keyColumn: column)))
                guard position < bytes.count else { return }
                let next = indentation()
                if next < column { return }
                // Deeper lines, or a list item where a key is due, are left to the general path.
                guard next == column, bytes[position + next] != Self.dash else { throw Declined() }
                position += next
            }
        }

        /// Whether the rest of the line holds `: ` or ends with `:` outside quotes: a mapping's first key.
        private func lineHasKey() -> Bool {
            var index = position
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                // A quoted text: its end is the quote before `:` or the end of the line.
                let quote = bytes[index]
                index += 1
                while index < bytes.count, bytes[index] != quote, bytes[index] != Self.newline { index += 1 }
                index += 1
                return index < bytes.count && bytes[index] == Self.colon
            }
            while index < bytes.count, bytes[index] != Self.newline {
                if bytes[index] == Self.colon, index + 1 == bytes.count || bytes[index + 1] == Self.space || bytes[index + 1] == Self.newline {
                    return true
                }
                index += 1
            }
            return false
        }

        /// `[]` or `{}` and the line's end, consumed when present.
        private mutating func emptyCollection(list: Bool) throws(Declined) -> Bool {
            let open = list ? UInt8(ascii: "[") : UInt8(ascii: "{")
            let close = list ? UInt8(ascii: "]") : UInt8(ascii: "}")
            guard position + 2 < bytes.count, bytes[position] == Self.space, bytes[position + 1] == open, bytes[position + 2] == close
            else { return false }
            position += 3
            try newline()
            return true
        }

        // MARK: Flow collections

        /// Flow collections nested deeper than this are left to the general path (the schema needs two: an item's
        /// mapping and its attributes or lists).
        private static let maximumFlowDepth = 4

        /// Whether a flow collection (`{` or `[`) starts at `position`.
        private func atFlowStart() -> Bool {
            position < bytes.count && (bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "["))
        }

        /// A flow mapping `{key: value, ...}` or list `[value, ...]` that ends on its line, and the line's end.
        ///
        /// The subset read: texts plain or quoted as in block style, collections nested in it, `: ` after each key,
        /// `,` between entries, spaces around them. A collection over several lines, a trailing or doubled comma, a
        /// key without a value, an explicit `?` key, and a plain text with `:`, `#`, `?`, a bracket or brace in it or
        /// a space before its end are left to the general path (libyaml's flow rules for them differ in details).
        private mutating func flowLine() throws(Declined) -> Value {
            let value = try flowCollection(depth: 1)
            try newline()
            return value
        }

        /// The collection opening at `position`, `depth` collections deep.
        private mutating func flowCollection(depth: Int) throws(Declined) -> Value {
            guard depth <= Self.maximumFlowDepth else { throw Declined() }
            let isMapping = bytes[position] == UInt8(ascii: "{")
            let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpaces()
            var pairs: Fields = []
            var items: [Value] = []
            if position < bytes.count, bytes[position] == close {
                position += 1
                return isMapping ? .map(pairs) : .list(items)
            }
            while true {
                if isMapping {
                    let key = try flowKey()
                    pairs.append((key, try flowValue(depth: depth)))
                } else {
                    items.append(try flowValue(depth: depth))
                }
                skipSpaces()
                guard position < bytes.count else { throw Declined() }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    skipSpaces()
                    guard position < bytes.count, bytes[position] != close, bytes[position] != UInt8(ascii: ",") else { throw Declined() }
                    continue
                }
                guard bytes[position] == close else { throw Declined() }
                position += 1
                return isMapping ? .map(pairs) : .list(items)
            }
        }

        /// A key in a flow mapping, plain or quoted, and the `: ` after it.
        private mutating func flowKey() throws(Declined) -> Span {
            let start = position
            guard position < bytes.count else { throw Declined() }
            let key = bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") ? try quoted() : try flowPlain()
            // libyaml's keys are at most 1,024 characters from their start to the `:`.
            guard position - start < 1000, position + 1 < bytes.count, bytes[position] == Self.colon, bytes[position + 1] == Self.space
            else { throw Declined() }
            position += 2
            skipSpaces()
            return key
        }

        /// A value in a flow collection: a nested collection, a quoted text or a plain one (not a null).
        private mutating func flowValue(depth: Int) throws(Declined) -> Value {
            guard position < bytes.count else { throw Declined() }
            if atFlowStart() { return try flowCollection(depth: depth + 1) }
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") { return .text(try quoted()) }
            let text = try flowPlain()
            // A plain null is nothing to YAML; the general path refuses it where it stands.
            if text.count <= 4 && YAMLEvent.nullWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[text.start..<text.end]), as: UTF8.self)) {
                throw Declined()
            }
            return .text(text)
        }

        /// A plain text inside a flow collection, up to the `,`, `}`, `]` or `:` that ends it (not consumed).
        private mutating func flowPlain() throws(Declined) -> Span {
            try checkPlainStart()
            guard bytes[position] != UInt8(ascii: "?"), bytes[position] != Self.colon else { throw Declined() }
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == Self.colon { break }
                guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "#"), byte != UInt8(ascii: "?"), byte != UInt8(ascii: "["),
                    byte != UInt8(ascii: "{")
                else { throw Declined() }
                position += 1
            }
            // A text of `-` alone, or one ending in a space (trimmed by YAML), is left to the general path.
            guard position < bytes.count, position - start > (bytes[start] == Self.dash ? 1 : 0), bytes[position - 1] != Self.space
            else { throw Declined() }
            return try text(start..<position)
        }

        private mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == Self.space { position += 1 }
        }

        // MARK: Texts

        /// A key and its `:`.
        private mutating func key() throws(Declined) -> Span {
            let key: Span
            var plain = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                key = try quoted()
            } else {
                plain = true
                let start = position
                try checkPlainStart()
                var wide = false
                while position < bytes.count, bytes[position] != Self.colon {
                    if position + 8 <= bytes.count {
                        let run = NetworkFileFastPath.plainRun(bytes, at: position, low: 0x21, stop: Self.colon, alsoStop: Self.colon)
                        if run > 0 {
                            position += run
                            continue
                        }
                    }
                    let byte = bytes[position]
                    guard byte >= 0x20, byte != 0x7F, !(byte == Self.space && (position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: "#")))
                    else { throw Declined() }
                    if byte >= 0x80 { wide = true }
                    position += 1
                }
                key = wide ? try text(start..<position) : Span(start: start, end: position)
            }
            // libyaml's keys on one line are at most 1,024 characters; a trailing space would be trimmed.
            guard position < bytes.count, bytes[position] == Self.colon, key.count < 1000, !plain || key.count == 0 || bytes[key.end - 1] != Self.space
            else {
                throw Declined()
            }
            position += 1
            guard position == bytes.count || bytes[position] == Self.space || bytes[position] == Self.newline else { throw Declined() }
            return key
        }

        /// A text running to the end of the line: plain or quoted.
        private mutating func scalar() throws(Declined) -> Span {
            guard position < bytes.count else { throw Declined() }
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") { return try quoted() }
            let start = position
            try checkPlainStart()
            var wide = false
            while position < bytes.count {
                // Most bytes of a text are printable ASCII other than `:` and the space: passed eight at a time.
                if position + 8 <= bytes.count {
                    let run = NetworkFileFastPath.plainRun(bytes, at: position, low: 0x21, stop: Self.colon, alsoStop: Self.colon)
                    if run > 0 {
                        position += run
                        continue
                    }
                }
                let byte = bytes[position]
                if byte > Self.space && byte < 0x7F && byte != Self.colon {
                    position += 1
                    continue
                }
                if byte == Self.newline { break }
                if byte >= 0x80 {
                    wide = true
                    position += 1
                    continue
                }
                guard byte >= 0x20, byte != 0x7F else { throw Declined() }
                if byte == Self.colon, position + 1 == bytes.count || bytes[position + 1] == Self.space || bytes[position + 1] == Self.newline {
                    throw Declined()
                }
                if byte == Self.space, position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: "#") || bytes[position + 1] == Self.newline {
                    throw Declined()
                }
                position += 1
            }
            let text = wide ? try text(start..<position) : Span(start: start, end: position)
            // A plain null is nothing to YAML; the general path refuses it where it stands.
            if text.count <= 4 {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                if YAMLEvent.nullWords.contains(where: { $0.utf8.elementsEqual(slice) }) { throw Declined() }
            }
            return text
        }

        /// Declines a plain text that starts with an indicator, a space or a document marker. (`-`, `?` and `:`
        /// start a plain text in block style when a character other than a space follows.)
        @inline(__always)
        private func checkPlainStart() throws(Declined) {
            guard position < bytes.count else { throw Declined() }
            // A letter or a digit, as most texts start, starts a plain text.
            let first = bytes[position]
            if first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z") || first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return }
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                guard position + 1 < bytes.count, bytes[position + 1] > Self.space else { throw Declined() }
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                UInt8(ascii: "`"), Self.space, Self.newline:
                throw Declined()
            case UInt8(ascii: "."):
                if position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "."), bytes[position + 2] == UInt8(ascii: ".") { throw Declined() }
            default: break
            }
        }

        /// A single- or double-quoted text on one line; double quotes take only the escapes `\"` and `\\`.
        private mutating func quoted() throws(Declined) -> Span {
            let quote = bytes[position]
            position += 1
            let start = position
            var escaped = false
            while true {
                guard position < bytes.count else { throw Declined() }
                let byte = bytes[position]
                guard byte >= 0x20, byte != 0x7F else { throw Declined() }
                if byte == quote {
                    if quote == UInt8(ascii: "'"), position + 1 < bytes.count, bytes[position + 1] == quote {
                        escaped = true
                        position += 2
                        continue
                    }
                    break
                }
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") || bytes[position + 1] == UInt8(ascii: "\\") else {
                        throw Declined()
                    }
                    escaped = true
                    position += 2
                    continue
                }
                position += 1
            }
            var text = try text(start..<position)
            position += 1
            if escaped { text.escape = quote == UInt8(ascii: "'") ? .doubledQuote : .backslash }
            return text
        }

        /// The text of `range`, declined when it holds a character the general path would read otherwise.
        private func text(_ range: Range<Int>) throws(Declined) -> Span {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            if slice.contains(where: { $0 >= 0x80 }), !NetworkFileFastPath.isPlainText(bytes, range) { throw Declined() }
            return Span(start: range.lowerBound, end: range.upperBound)
        }
    }

}

extension NetworkFileFastPath {
    /// The JSON a network file is written in, read for the fast path: objects, arrays, strings without escapes or
    /// control characters, numbers in RFC 8259's form and `true`/`false`, white space between tokens.
    struct PlainJSONScanner: Scanning {
        var cursor: Cursor
        /// Collections open around the value being read.
        private var depth = 0

        /// With `lineShaped`, items with exactly the members `convert` writes are read by
        /// ``lineShapedItem(_:into:)``.
        init(bytes: UnsafeBufferPointer<UInt8>, lineShaped: Bool = true, arrival: Arrival? = nil) {
            cursor = Cursor(bytes: bytes, lineShaped: lineShaped, arrival: arrival)
        }

        /// Reads the whole document: one object, its sections read item by item.
        mutating func document(into assembly: inout NetworkFileFastPath.Assembly) throws(Declined) {
            try expect(UInt8(ascii: "{"))
            var scratch: Fields = []
            if try !close(UInt8(ascii: "}")) {
                repeat {
                    try arrive(&assembly)
                    let key = try string()
                    try expect(UInt8(ascii: ":"))
                    if let section = assembly.section(key) {
                        try assembly.beginSection(section, key: key)
                        try expect(UInt8(ascii: "["))
                        if try !close(UInt8(ascii: "]")) {
                            repeat {
                                try arrive(&assembly)
                                try expect(UInt8(ascii: "{"))
                                if lineShaped, try lineShapedItem(section, into: &assembly) { continue }
                                scratch.removeAll(keepingCapacity: true)
                                try members(into: &scratch)
                                try assembly.item(scratch, in: section)
                            } while try comma(or: UInt8(ascii: "]"))
                        }
                    } else {
                        try assembly.top(key, try value())
                    }
                } while try comma(or: UInt8(ascii: "}"))
            }
            try arrive(&assembly)
            skipSpace()
            guard position == bytes.count, arrival?.complete ?? true else { throw Declined() }
        }

        /// Reads the object at `position` (after its `{`) when its members are exactly an actor's `id`, `name` and
        /// `kind` or a tie's `from`, `to` and `relation`, in that order, each a string: true once the item is added
        /// and its `}` passed. Otherwise false, with nothing read (the position is where it was), and
        /// ``members(into:)`` reads the object.
        ///
        /// Each key and value is read by the very calls the members reader makes for it (``string()``,
        /// ``expect(_:)``, ``comma(or:)``), so a token either reads the same or declines the file in both; what is
        /// saved is the members and their lookup by key.
        private mutating func lineShapedItem(_ section: Assembly.Section, into assembly: inout Assembly) throws(Declined) -> Bool {
            guard let keys = Assembly.lineKeys(of: section) else { return false }
            let start = position
            if let first = try member(keys.0, first: true), let second = try member(keys.1, first: false),
                let third = try member(keys.2, first: false), try !comma(or: UInt8(ascii: "}"))
            {
                try assembly.lineItem(section, first, second, third)
                return true
            }
            position = start
            return false
        }

        /// The string value of the member `word` (after the `,` before it, unless `first`); nil when the object
        /// ends first, the key is another or the value is not a string.
        @inline(__always)
        private mutating func member(_ word: StaticString, first: Bool) throws(Declined) -> Span? {
            if first {
                skipSpace()
                guard position < bytes.count, bytes[position] != UInt8(ascii: "}") else { return nil }
            } else {
                guard try comma(or: UInt8(ascii: "}")) else { return nil }
            }
            // The key as written, `"word"`, is passed without a scan: ``string()`` would read it to `word` itself.
            skipSpace()
            let length = word.utf8CodeUnitCount
            if position + length + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\""), bytes[position + length + 1] == UInt8(ascii: "\""),
                NetworkFileFastPath.equal(bytes.baseAddress! + position + 1, word.utf8Start, count: length)
            {
                position += length + 2
            } else {
                let key = try string()
                guard NetworkFileFastPath.span(key, in: bytes, is: word) else { return nil }
            }
            try expect(UInt8(ascii: ":"))
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
            return try string()
        }

        /// Passes white space; called between any two tokens, so kept in place, and quick when none follows.
        @inline(__always)
        private mutating func skipSpace() {
            if position < bytes.count, bytes[position] > 0x20 { return }
            // Indentation, eight spaces at a time.
            while position + 8 <= bytes.count, UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                position += 8
            }
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        @inline(__always)
        private mutating func expect(_ byte: UInt8) throws(Declined) {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { throw Declined() }
            position += 1
        }

        /// Consumes `byte` (an empty collection's end) when it comes next.
        @inline(__always)
        private mutating func close(_ byte: UInt8) throws(Declined) -> Bool {
            skipSpace()
            guard position < bytes.count else { throw Declined() }
            guard bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// After a member: true for `,`, false for the collection's end.
        @inline(__always)
        private mutating func comma(or end: UInt8) throws(Declined) -> Bool {
            skipSpace()
            guard position < bytes.count else { throw Declined() }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                return true
            }
            guard bytes[position] == end else { throw Declined() }
            position += 1
            return false
        }

        /// An object's members after its `{`, through its `}`.
        private mutating func members(into pairs: inout Fields) throws(Declined) {
            if try close(UInt8(ascii: "}")) { return }
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                pairs.append((key, try value()))
            } while try comma(or: UInt8(ascii: "}"))
        }

        private mutating func value() throws(Declined) -> Value {
            skipSpace()
            guard position < bytes.count else { throw Declined() }
            // The schema nests a few levels; deeper is left to the general path, which refuses it at its place
            // (a value 100,000 levels deep would overflow the stack here, built or freed).
            switch bytes[position] {
            case UInt8(ascii: "\""): return .text(try string())
            case UInt8(ascii: "["):
                guard depth < 16 else { throw Declined() }
                depth += 1
                position += 1
                var items: [Value] = []
                if try !close(UInt8(ascii: "]")) {
                    repeat { items.append(try value()) } while try comma(or: UInt8(ascii: "]"))
                }
                depth -= 1
                return .list(items)
            case UInt8(ascii: "{"):
                guard depth < 16 else { throw Declined() }
                depth += 1
                position += 1
                var pairs: Fields = []
                try members(into: &pairs)
                depth -= 1
                return .map(pairs)
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                for word in ["true", "false"] where matches(word) {
                    position += word.utf8.count
                    return .text(Span(start: position - word.utf8.count, end: position))
                }
                throw Declined()
            default: return .text(try number())
            }
        }

        private func matches(_ word: String) -> Bool { bytes.holds(word, at: position) }

        /// A number as written: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        private mutating func number() throws(Declined) -> Span {
            let start = position
            func digits() throws(Declined) -> Int {
                let first = position
                while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
                guard position > first else { throw Declined() }
                return position - first
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
            let integerStart = position
            if try digits() > 1, bytes[integerStart] == 0x30 { throw Declined() }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                _ = try digits()
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                _ = try digits()
            }
            return Span(start: start, end: position)
        }

        /// A string without control characters, its only escapes `\"`, `\\` and `\/`.
        private mutating func string() throws(Declined) -> Span {
            try expect(UInt8(ascii: "\""))
            let start = position
            var wide = false
            var escaped = false
            while true {
                // Printable ASCII other than the quote and the backslash, passed eight bytes at a time.
                if position + 8 <= bytes.count {
                    let run = NetworkFileFastPath.plainRun(bytes, at: position, low: 0x20, stop: UInt8(ascii: "\""), alsoStop: UInt8(ascii: "\\"))
                    if run > 0 {
                        position += run
                        continue
                    }
                }
                guard position < bytes.count else { throw Declined() }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") { break }
                guard byte >= 0x20, byte != 0x7F else { throw Declined() }
                if byte == UInt8(ascii: "\\") {
                    guard position + 1 < bytes.count, [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/")].contains(bytes[position + 1]) else {
                        throw Declined()
                    }
                    escaped = true
                    position += 1
                }
                if byte >= 0x80 { wide = true }
                position += 1
            }
            let range = start..<position
            position += 1
            if wide, !NetworkFileFastPath.isPlainText(bytes, range) { throw Declined() }
            return Span(start: range.lowerBound, end: range.upperBound, escape: escaped ? .backslash : .none)
        }
    }
}
