import Foundation

/// The quick way through a network file: the block-style YAML that `convert --to yaml` writes and the indented
/// JSON that `convert --to json` writes, read straight from the bytes into a network builder, with no parse events,
/// no per-item trees and no positions.
///
/// It only ever reads files it is sure of. Anything outside the plain subset it knows (comments, anchors, tags, flow
/// collections other than `[]` and `{}`, escapes, multi-line texts, nulls, tabs, control or line-break characters,
/// an unknown or repeated key, a section out of order, a schema problem, a network the builder refuses, a limit
/// reached) makes it give up, and ``NetworkFileReader`` reads the file again along the general path (libyaml's
/// event parser, or the JSON event reader, and ``NetworkFileDecoder``), which finds and places every problem. So a
/// file either reads here to the network the general path builds, or the general path answers for it, errors and
/// all.
///
/// - Complexity: O(n) in the file's bytes; memory is the network being built and one item's fields.
enum NetworkFileFastPath {
    /// Thrown inside the fast path when the file leaves the subset it reads; never seen outside.
    struct Declined: Error {
        /// The source line that declined (for tests and debugging: which rule a file met).
        let sourceLine: UInt
        init(sourceLine: UInt = #line) { self.sourceLine = sourceLine }
    }

    /// Why the fast path declines `text`: the source line of the rule, or nil when it reads it.
    static func declineLine(text: String, syntax: DocumentSyntax, limits: ReadLimits = .default) -> UInt? {
        var text = text
        return text.withUTF8 { bytes in
            do {
                try network(bytes, syntax: syntax, limits: limits)
                return nil
            } catch let declined as Declined {
                return declined.sourceLine
            } catch {
                return 0
            }
        }
    }

    /// The network in `text`, or nil when the general path must read it.
    static func read(text: String, syntax: DocumentSyntax, limits: ReadLimits) -> Network? {
        // The general path refuses nesting deeper than `maxDepth`; the schema nests at most 6 levels.
        guard limits.maxDepth >= 8 else { return nil }
        var text = text
        return text.withUTF8 { bytes in try? network(bytes, syntax: syntax, limits: limits) }
    }

    @discardableResult
    private static func network(_ bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax, limits: ReadLimits) throws -> Network {
        var assembly = Assembly()
        switch syntax {
        case .yaml:
            var scanner = BlockYAMLScanner(bytes: bytes)
            try scanner.document(into: &assembly)
        case .json:
            var scanner = PlainJSONScanner(bytes: bytes)
            try scanner.document(into: &assembly)
        }
        return try assembly.network(limits: limits)
    }

    /// A value below an item, as the fast scanners read it: texts (numbers and booleans as written), lists and
    /// mappings (keys in file order). There is no null: a null makes the fast path give up.
    indirect enum Value {
        case text(String)
        case list([Value])
        case map([(key: String, value: Value)])
    }

    typealias Fields = [(key: String, value: Value)]

    /// Turns items into a network builder the way ``NetworkFileDecoder`` does for a file without problems.
    struct Assembly {
        var builder = NetworkBuilder(name: "")
        private var name: String?
        private var topKeys: Set<String> = []
        private var lastSection = -1

        /// A top-level key with its value (sections come through ``beginSection(_:)`` and the item methods).
        mutating func top(_ key: String, _ value: Value) throws(Declined) {
            try claim(key)
            switch (key, value) {
            case ("name", .text(let text)): name = text
            case ("source", .text(let text)): builder.source = text
            case ("directed", .text(let text)): builder.isDirected = try Self.boolean(text)
            case ("notes", .list(let notes)):
                builder.notes = try notes.map { (note) throws(Declined) -> String in try Self.text(note) }
            default: throw Declined()
            }
        }

        /// Starts the list of `key` (actors, meetings, ties); returns which, or declines another key.
        mutating func beginSection(_ key: String) throws(Declined) -> Section {
            try claim(key)
            guard let section = Section(rawValue: key) else { throw Declined() }
            // The general path puts actors before meetings before ties whatever the file's order: here the order
            // must be that one already.
            guard section.order > lastSection else { throw Declined() }
            lastSection = section.order
            return section
        }

        private mutating func claim(_ key: String) throws(Declined) {
            guard topKeys.insert(key).inserted else { throw Declined() }
        }

        /// Adds one item of `section`.
        mutating func item(_ fields: Fields, in section: Section) throws(Declined) {
            switch section {
            case .actors: try actor(fields)
            case .meetings: try meeting(fields)
            case .ties: try tie(fields)
            }
        }

        enum Section: String {
            case actors, meetings, ties
            var order: Int {
                switch self {
                case .actors: 0
                case .meetings: 1
                case .ties: 2
                }
            }
        }

        /// The built network: declined past a limit or when the builder finds a problem (the general path
        /// places it).
        func network(limits: ReadLimits) throws -> Network {
            guard let name, builder.nodes.count <= limits.maxNodes, builder.edges.count <= limits.maxEdges else { throw Declined() }
            var builder = builder
            builder.name = name
            return try builder.build()
        }

        // MARK: Items

        private mutating func actor(_ fields: Fields) throws(Declined) {
            var id: String?
            var name: String?
            var kind = NodeKind.organisation
            var region: String?
            var attributes: [String: String] = [:]
            var source: String?
            var seen = Seen()
            for (key, value) in fields {
                switch key {
                case "id": id = try seen.text(0, value)
                case "name": name = try seen.text(1, value)
                case "kind": kind = NodeKind(rawValue: try seen.text(2, value))
                case "region": region = try seen.text(3, value)
                case "attributes":
                    try seen.mark(4)
                    attributes = try Self.attributes(value)
                case "source": source = try seen.text(5, value)
                default: throw Declined()
                }
            }
            guard let id, kind != .meeting else { throw Declined() }
            builder.add(Node(id: id, name: name, kind: kind, region: region, attributes: attributes, source: source))
        }

        private mutating func meeting(_ fields: Fields) throws(Declined) {
            var id: String?
            var name: String?
            var details = Meeting()
            var attributes: [String: String] = [:]
            var source: String?
            var lists: [Relation: [Value]] = [:]
            var roles: Fields = []
            var seen = Seen()
            for (key, value) in fields {
                switch key {
                case "id": id = try seen.text(0, value)
                case "name": name = try seen.text(1, value)
                case "title": details.title = try seen.text(2, value)
                case "type": details.type = try seen.text(3, value)
                case "start": details.start = try Self.date(try seen.text(4, value))
                case "end": details.end = try Self.date(try seen.text(5, value))
                case "city": details.city = try seen.text(6, value)
                case "country": details.country = try seen.text(7, value)
                case "virtual": details.isVirtual = try Self.boolean(try seen.text(8, value))
                case "participants": details.participantCount = try Self.count(try seen.text(9, value))
                case "countries": details.countryCount = try Self.count(try seen.text(10, value))
                case "attributes":
                    try seen.mark(11)
                    attributes = try Self.attributes(value)
                case "source": source = try seen.text(12, value)
                case "roles":
                    try seen.mark(13)
                    guard case .map(let pairs) = value else { throw Declined() }
                    roles = pairs
                case "hosts", "coChairs", "attends", "organises":
                    let relation = Relation(rawValue: key)
                    guard lists[relation] == nil, case .list(let entries) = value else { throw Declined() }
                    lists[relation] = entries
                default: throw Declined()
                }
            }
            guard let id else { throw Declined() }
            builder.add(
                Node(id: id, name: name ?? details.title ?? id, kind: .meeting, attributes: attributes, meeting: details, source: source))
            // The standard relations in their fixed order, then the custom ones in file order, as the decoder adds them.
            for relation in Relation.participation { if let entries = lists[relation] { try participants(entries, of: id, relation: relation) } }
            var customNames: Set<String> = []
            for (key, value) in roles {
                guard customNames.insert(key).inserted, case .list(let entries) = value else { throw Declined() }
                try participants(entries, of: id, relation: Relation(rawValue: key))
            }
        }

        private mutating func participants(_ entries: [Value], of meeting: String, relation: Relation) throws(Declined) {
            for entry in entries {
                switch entry {
                case .text(let actor): builder.add(Edge(from: actor, to: meeting, relation: relation))
                case .map(let pairs):
                    var actor: String?
                    var source: String?
                    var weight: Double?
                    var seen = Seen()
                    for (key, value) in pairs {
                        switch key {
                        case "id": actor = try seen.text(0, value)
                        case "source": source = try seen.text(1, value)
                        case "weight": weight = try Self.weight(try seen.text(2, value))
                        default: throw Declined()
                        }
                    }
                    guard let actor else { throw Declined() }
                    builder.add(Edge(from: actor, to: meeting, relation: relation, source: source, weight: weight))
                case .list: throw Declined()
                }
            }
        }

        private mutating func tie(_ fields: Fields) throws(Declined) {
            var from: String?
            var to: String?
            var relation: String?
            var start: PartialDate?
            var end: PartialDate?
            var source: String?
            var weight: Double?
            var attributes: [String: String] = [:]
            var seen = Seen()
            for (key, value) in fields {
                switch key {
                case "from": from = try seen.text(0, value)
                case "to": to = try seen.text(1, value)
                case "relation": relation = try seen.text(2, value)
                case "start": start = try Self.date(try seen.text(3, value))
                case "end": end = try Self.date(try seen.text(4, value))
                case "source": source = try seen.text(5, value)
                case "weight": weight = try Self.weight(try seen.text(6, value))
                case "attributes":
                    try seen.mark(7)
                    attributes = try Self.attributes(value)
                default: throw Declined()
                }
            }
            guard let from, let to, let relation else { throw Declined() }
            builder.add(
                Edge(
                    from: from, to: to, relation: Relation(rawValue: relation), start: start, end: end, source: source, weight: weight,
                    attributes: attributes))
        }

        // MARK: Values

        /// The keys of one mapping met so far, by slot: a repeated key is the general path's error.
        private struct Seen {
            var slots: UInt32 = 0
            mutating func mark(_ slot: Int) throws(Declined) {
                guard slots & (1 << slot) == 0 else { throw Declined() }
                slots |= 1 << slot
            }
            mutating func text(_ slot: Int, _ value: Value) throws(Declined) -> String {
                try mark(slot)
                return try Assembly.text(value)
            }
        }

        static func text(_ value: Value) throws(Declined) -> String {
            guard case .text(let text) = value else { throw Declined() }
            return text
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

        static func attributes(_ value: Value) throws(Declined) -> [String: String] {
            guard case .map(let pairs) = value else { throw Declined() }
            var result: [String: String] = [:]
            for (key, value) in pairs {
                guard result.updateValue(try text(value), forKey: key) == nil else { throw Declined() }
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
    /// The block-style YAML subset that libyaml's emitter writes for a network: mappings and lists by indentation
    /// (lists under a key indented or not), one `key: value` per line, plain, single-quoted and double-quoted texts
    /// (escapes `\"` and `\\` only) on one line, and `[]` or `{}` for an empty list or mapping.
    struct BlockYAMLScanner {
        let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private static let space = UInt8(ascii: " ")
        private static let newline = UInt8(ascii: "\n")
        private static let dash = UInt8(ascii: "-")
        private static let colon = UInt8(ascii: ":")

        /// Reads the whole document: a mapping at column 0.
        mutating func document(into assembly: inout NetworkFileFastPath.Assembly) throws(Declined) {
            guard !bytes.isEmpty, indentation() == 0 else { throw Declined() }
            // One item's fields, kept between items so that each item reuses the storage.
            var scratch: Fields = []
            while position < bytes.count {
                guard indentation() == 0, bytes[position] != Self.dash else { throw Declined() }
                let key = try key()
                if key == "actors" || key == "meetings" || key == "ties" {
                    let section = try assembly.beginSection(key)
                    if try emptyCollection(list: true) { continue }
                    try newline()
                    // Items `- key: value` at column `column`, their further keys at `column + 2`.
                    let column = indentation()
                    while position < bytes.count, indentation() == column, isItemStart(at: position + column) {
                        position += column + 2
                        scratch.removeAll(keepingCapacity: true)
                        try mapping(column: column + 2, into: &scratch)
                        try assembly.item(scratch, in: section)
                    }
                } else {
                    try assembly.top(key, try value(keyColumn: 0))
                }
            }
        }

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
            guard position + 2 < bytes.count, bytes[position] == Self.space, bytes[position + 1] == open else { return false }
            guard bytes[position + 2] == close else { throw Declined() }
            position += 3
            try newline()
            return true
        }

        // MARK: Texts

        /// A key and its `:`.
        private mutating func key() throws(Declined) -> String {
            let key: String
            var plain = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                key = try quoted()
            } else {
                plain = true
                let start = position
                try checkPlainStart()
                while position < bytes.count, bytes[position] != Self.colon {
                    let byte = bytes[position]
                    guard byte >= 0x20, byte != 0x7F, !(byte == Self.space && (position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: "#")))
                    else { throw Declined() }
                    position += 1
                }
                key = try text(start..<position)
            }
            // libyaml's keys on one line are at most 1,024 characters; a trailing space would be trimmed.
            guard position < bytes.count, bytes[position] == Self.colon, key.utf8.count < 1000, !plain || key.utf8.last != Self.space else {
                throw Declined()
            }
            position += 1
            guard position == bytes.count || bytes[position] == Self.space || bytes[position] == Self.newline else { throw Declined() }
            return key
        }

        /// A text running to the end of the line: plain or quoted.
        private mutating func scalar() throws(Declined) -> String {
            guard position < bytes.count else { throw Declined() }
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") { return try quoted() }
            let start = position
            try checkPlainStart()
            while position < bytes.count, bytes[position] != Self.newline {
                let byte = bytes[position]
                guard byte >= 0x20, byte != 0x7F else { throw Declined() }
                if byte == Self.colon, position + 1 == bytes.count || bytes[position + 1] == Self.space || bytes[position + 1] == Self.newline {
                    throw Declined()
                }
                if byte == Self.space, position + 1 == bytes.count || bytes[position + 1] == UInt8(ascii: "#") || bytes[position + 1] == Self.newline {
                    throw Declined()
                }
                position += 1
            }
            let text = try text(start..<position)
            // A plain null is nothing to YAML; the general path refuses it where it stands.
            if text.utf8.count <= 4 && YAMLEvent.nullWords.contains(text) { throw Declined() }
            return text
        }

        /// Declines a plain text that starts with an indicator, a space or a document marker. (`-`, `?` and `:`
        /// start a plain text in block style when a character other than a space follows.)
        private func checkPlainStart() throws(Declined) {
            guard position < bytes.count else { throw Declined() }
            switch bytes[position] {
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
        private mutating func quoted() throws(Declined) -> String {
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
            if escaped {
                text =
                    quote == UInt8(ascii: "'")
                    ? text.replacingOccurrences(of: "''", with: "'")
                    : String(NetworkFileFastPath.unescaped(text.utf8))
            }
            return text
        }

        /// The text of `range`, declined when it holds a character the general path would read otherwise.
        private func text(_ range: Range<Int>) throws(Declined) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            if slice.contains(where: { $0 >= 0x80 }), !NetworkFileFastPath.isPlainText(bytes, range) { throw Declined() }
            return String(decoding: slice, as: UTF8.self)
        }
    }

}

extension NetworkFileFastPath {
    /// The JSON a network file is written in, read for the fast path: objects, arrays, strings without escapes or
    /// control characters, numbers in RFC 8259's form and `true`/`false`, white space between tokens.
    struct PlainJSONScanner {
        let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0
        /// Collections open around the value being read.
        private var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Reads the whole document: one object, its sections read item by item.
        mutating func document(into assembly: inout NetworkFileFastPath.Assembly) throws(Declined) {
            try expect(UInt8(ascii: "{"))
            var scratch: Fields = []
            if try !close(UInt8(ascii: "}")) {
                repeat {
                    let key = try string()
                    try expect(UInt8(ascii: ":"))
                    if key == "actors" || key == "meetings" || key == "ties" {
                        let section = try assembly.beginSection(key)
                        try expect(UInt8(ascii: "["))
                        if try !close(UInt8(ascii: "]")) {
                            repeat {
                                try expect(UInt8(ascii: "{"))
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
            skipSpace()
            guard position == bytes.count else { throw Declined() }
        }

        private mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        private mutating func expect(_ byte: UInt8) throws(Declined) {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { throw Declined() }
            position += 1
        }

        /// Consumes `byte` (an empty collection's end) when it comes next.
        private mutating func close(_ byte: UInt8) throws(Declined) -> Bool {
            skipSpace()
            guard position < bytes.count else { throw Declined() }
            guard bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// After a member: true for `,`, false for the collection's end.
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
                    return .text(word)
                }
                throw Declined()
            default: return .text(try number())
            }
        }

        private func matches(_ word: String) -> Bool { bytes.holds(word, at: position) }

        /// A number as written: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        private mutating func number() throws(Declined) -> String {
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
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        /// A string without control characters, its only escapes `\"`, `\\` and `\/`.
        private mutating func string() throws(Declined) -> String {
            try expect(UInt8(ascii: "\""))
            let start = position
            var wide = false
            var escaped = false
            while true {
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
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            return escaped ? String(NetworkFileFastPath.unescaped(slice)) : String(decoding: slice, as: UTF8.self)
        }
    }
}
