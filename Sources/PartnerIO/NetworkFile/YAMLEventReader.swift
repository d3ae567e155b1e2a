// libyaml (the system library, module CYAML): its event parser lets a reader build what it needs as the events
// come, where a YAML library's composer would first build the whole document as a tree of nodes.
import CYAML

/// One YAML parse event as the readers see it: aliases already replaced by what they stand for.
struct YAMLEvent {
    enum Kind {
        case scalar, mappingStart, sequenceStart, end, alias, documentEnd
    }

    var kind: Kind
    /// The text of a scalar.
    var text = ""
    /// Whether a scalar was single- or double-quoted (a quoted `null` is a text).
    var quoted = false
    /// 1-based place of the event's first character.
    var line: Int
    var column: Int
    /// The anchor (`&name`) a scalar or collection carries, or the anchor an alias names; raw events only.
    var anchor: String?
    /// For an alias kept in the anchor log: the log entries it stands for and how many values they hold.
    var target: Range<Int> = 0..<0
    var size = 1

    /// Texts that YAML reads as null when plain.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    var isNull: Bool { kind == .scalar && !quoted && text.utf8.count <= 4 && Self.nullWords.contains(text) }

    /// What a value of this kind is called in messages.
    var kindName: String {
        switch kind {
        case .scalar: isNull ? "nothing" : "text"
        case .mappingStart: "mapping"
        case .sequenceStart: "list"
        default: "nothing"
        }
    }
}

/// Reads a YAML (or JSON) document as a stream of events, with constant stack and no document tree: memory
/// for the events of anchored nodes (so that aliases can be replayed) and one frame per open collection.
///
/// Every event passes the checks a hostile file needs, and a failed check throws a ``ReadError`` with the
/// line and column of the event at fault:
/// - syntax errors, with libyaml's own description of the problem;
/// - nesting deeper than `limits.maxDepth` (libyaml alone would let 1,000 levels through);
/// - aliases that expand to more than `limits.maxAliasExpansion` values: the size of every anchored node is
///   known when its alias is met, so an expansion is counted before anything is replayed (a "billion laughs"
///   is refused at its first large alias), and a value that is skipped is never expanded at all;
/// - undefined aliases, a list or mapping as a mapping key, a duplicate key in a mapping;
/// - more than one document.
///
/// Readers pull values with ``next()``, look ahead with ``peek()`` and pass over values they do not want with
/// ``skipValue()``.
final class YAMLEventReader: DocumentEvents {
    let file: String
    let limits: ReadLimits
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// A raw event read ahead by ``peek()``.
    private var buffered: YAMLEvent?
    private var started = false

    private struct Frame {
        var isMapping: Bool
        /// Keys and values so far (a mapping's key positions are the even ones).
        var children = 0
        /// A mapping's keys with the line each first appeared on: the short list `openKeys[keyStart...]` of
        /// the reader (one array for every open mapping, so a mapping allocates nothing), hashed once it grows.
        var keyStart = 0
        var keyIndex: [String: Int]?
        /// Raw frames only: the frame's anchor, its size with aliases expanded, where its log entries start.
        var isRaw: Bool
        var anchor: String?
        var size = 1
        var logStart = 0
    }

    private var frames: [Frame] = []
    /// The keys of the open mappings that have few, innermost last (see ``Frame/keyStart``).
    private var openKeys: [(key: String, line: Int)] = []

    /// The line where the innermost mapping first had `key`, or nil.
    private func firstLine(ofKey key: String) -> Int? {
        let frame = frames[frames.count - 1]
        if let index = frame.keyIndex { return index[key] }
        for position in frame.keyStart..<openKeys.count where openKeys[position].key == key { return openKeys[position].line }
        return nil
    }

    /// Adds `key` to the innermost mapping's keys.
    private func addKey(_ key: String, line: Int) {
        let top = frames.count - 1
        if frames[top].keyIndex != nil { return frames[top].keyIndex![key] = line }
        openKeys.append((key, line))
        let start = frames[top].keyStart
        if openKeys.count - start > 8 {
            frames[top].keyIndex = Dictionary(openKeys[start...].map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
            openKeys.removeSubrange(start...)
        }
    }
    /// Events of anchored nodes, aliases inside them kept as references; replayed for aliases.
    private var log: [YAMLEvent] = []
    /// Open raw frames with an anchor: while there are any, raw events go to the log.
    private var recording = 0
    private var anchors: [String: (range: Range<Int>, size: Int)] = [:]
    /// Log cursors of the aliases being replayed, innermost last.
    private var replay: [(position: Int, end: Int)] = []
    private var expanded = 0
    /// Counts larger than this are all "too many"; keeps the arithmetic from overflowing.
    private static let saturation = 1 << 60

    private init(parser: UnsafeMutablePointer<yaml_parser_t>, file: String, limits: ReadLimits) {
        self.parser = parser
        self.file = file
        self.limits = limits
    }

    /// Runs `body` with a reader over `text`; the text is not copied.
    static func reading<T>(text: String, file: String, limits: ReadLimits, _ body: (YAMLEventReader) throws -> T) throws -> T {
        var text = text
        return try text.withUTF8 { bytes in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            parser.initialize(to: yaml_parser_t())
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else {
                throw ReadError(.unreadable, file: file, message: "could not start the YAML reader (out of memory?)")
            }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            return try body(YAMLEventReader(parser: parser, file: file, limits: limits))
        }
    }

    // MARK: Reading

    /// The next value's first event, not consumed; an alias shows the first event of what it stands for.
    /// `.documentEnd` when the document has no more values, `.end` when the open collection has none.
    func peek() throws -> YAMLEvent {
        if let top = replay.last { return resolvedLogEntry(top.position) }
        let event = try peekRaw()
        guard event.kind == .alias else { return event }
        guard let anchor = event.anchor, let target = anchors[anchor] else { throw undefinedAlias(event) }
        var first = log[target.range.lowerBound]
        if first.kind == .alias { first = resolvedLogEntry(target.range.lowerBound) }
        first.line = event.line
        first.column = event.column
        return first
    }

    /// The next event, aliases replaced by what they stand for.
    func next() throws -> YAMLEvent {
        while true {
            if var top = replay.popLast() {
                let entry = log[top.position]
                top.position += 1
                if top.position < top.end { replay.append(top) }
                if entry.kind == .alias {
                    replay.append((entry.target.lowerBound, entry.target.upperBound))
                    continue
                }
                try account(entry, raw: false)
                return entry
            }
            let event = try takeRaw()
            if event.kind == .alias {
                let target = try accountAlias(event)
                replay.append((target.lowerBound, target.upperBound))
                continue
            }
            try processRaw(event)
            return event
        }
    }

    /// Passes over the next value without expanding any alias in it (its expansion is still counted).
    func skipValue() throws {
        if var top = replay.popLast() {
            // A replayed value: the log holds it whole, aliases in it as single entries.
            var depth = 0
            repeat {
                let entry = log[top.position]
                top.position += 1
                if entry.kind == .mappingStart || entry.kind == .sequenceStart { depth += 1 }
                if entry.kind == .end { depth -= 1 }
            } while depth > 0
            if top.position < top.end { replay.append(top) }
            if !frames.isEmpty { frames[frames.count - 1].children += 1 }
            return
        }
        let depth = frames.count
        repeat {
            let event = try takeRaw()
            if event.kind == .documentEnd { return }
            if event.kind == .alias {
                _ = try accountAlias(event)
            } else {
                try processRaw(event)
            }
        } while frames.count > depth
    }

    /// Reads the rest of the stream after the document's value: refuses a second document.
    func finish() throws {
        let event = try peekRaw()
        guard event.kind == .documentEnd else {
            throw ReadError(.syntax, file: file, line: event.line, column: event.column, message: "not valid YAML or JSON: expected the end of the document")
        }
        var raw = yaml_event_t()
        while true {
            try parse(&raw)
            defer { yaml_event_delete(&raw) }
            switch raw.type {
            case YAML_STREAM_END_EVENT, YAML_NO_EVENT: return
            case YAML_DOCUMENT_START_EVENT:
                let (line, column) = Self.place(raw.start_mark)
                throw ReadError(
                    .syntax, file: file, line: line, column: column,
                    message: "not valid YAML or JSON: expected a single document in the stream but found another document")
            default: continue
            }
        }
    }

    // MARK: Checks

    /// Checks and records an event read from the file (not replayed).
    private func processRaw(_ event: YAMLEvent) throws {
        if event.kind == .end, let frame = frames.last {
            // An anchored node is complete in the log with its end event.
            if recording > 0 { log.append(event) }
            if let anchor = frame.anchor {
                anchors[anchor] = (frame.logStart..<log.count, frame.size)
                recording -= 1
            }
            return try account(event, raw: true)
        }
        try account(event, raw: true)
        record(event)
    }

    /// Depth, key and duplicate-key checks for an event that reaches the reader, and the sizes of raw collections.
    private func account(_ event: YAMLEvent, raw: Bool) throws {
        switch event.kind {
        case .scalar, .mappingStart, .sequenceStart:
            if frames.count > limits.maxDepth { throw fail(event, "nesting deeper than \(limits.maxDepth) levels", code: .overLimit) }
            if let parent = frames.last, parent.isMapping, parent.children % 2 == 0 {
                if event.kind != .scalar { throw fail(event, "a key must be a plain text, not a list or mapping") }
                if let first = firstLine(ofKey: event.text) {
                    throw fail(event, "duplicate key '\(event.text.prefix(80))' in a mapping (first on line \(first))", code: .duplicateField)
                }
                addKey(event.text, line: event.line)
            }
            if !frames.isEmpty { frames[frames.count - 1].children += 1 }
            if event.kind != .scalar {
                frames.append(
                    Frame(isMapping: event.kind == .mappingStart, keyStart: openKeys.count, isRaw: raw, anchor: raw ? event.anchor : nil))
            } else if raw {
                addSize(1)
            }
        case .end:
            guard let frame = frames.popLast() else { return }
            if frame.keyIndex == nil && frame.keyStart < openKeys.count { openKeys.removeSubrange(frame.keyStart...) }
            if frame.isRaw { addSize(frame.size) }
        default:
            return
        }
    }

    /// Counts an alias met in the file and returns the log entries it stands for.
    private func accountAlias(_ event: YAMLEvent) throws -> Range<Int> {
        if frames.count > limits.maxDepth { throw fail(event, "nesting deeper than \(limits.maxDepth) levels", code: .overLimit) }
        guard let anchor = event.anchor, let target = anchors[anchor] else { throw undefinedAlias(event) }
        if let parent = frames.last, parent.isMapping, parent.children % 2 == 0, target.size > 1 {
            throw fail(event, "a key must be a plain text, not a list or mapping")
        }
        expanded = min(expanded + target.size, Self.saturation)
        if expanded > limits.maxAliasExpansion {
            throw fail(event, "aliases expand to more than \(limits.maxAliasExpansion) values (the alias-expansion limit); an alias bomb?", code: .overLimit)
        }
        if recording > 0 {
            var reference = event
            reference.target = target.range
            reference.size = target.size
            log.append(reference)
        }
        addSize(target.size)
        return target.range
    }

    /// Keeps anchored nodes in the log (called after ``account(_:raw:)`` for raw scalars and collection starts).
    private func record(_ event: YAMLEvent) {
        switch event.kind {
        case .scalar:
            if recording > 0 || event.anchor != nil { log.append(event) }
            if let anchor = event.anchor { anchors[anchor] = (log.count - 1..<log.count, 1) }
        case .mappingStart, .sequenceStart:
            if event.anchor != nil {
                frames[frames.count - 1].logStart = log.count
                recording += 1
            }
            if recording > 0 { log.append(event) }
        default:
            return
        }
    }

    /// Adds a finished value's size to the innermost collection.
    private func addSize(_ size: Int) {
        guard !frames.isEmpty else { return }
        frames[frames.count - 1].size = min(frames[frames.count - 1].size + size, Self.saturation)
    }

    private func fail(_ event: YAMLEvent, _ message: String, code: ReadError.Code = .syntax) -> ReadError {
        ReadError(code, file: file, line: event.line, column: event.column, message: message)
    }

    private func undefinedAlias(_ event: YAMLEvent) -> ReadError {
        fail(event, "not valid YAML or JSON: found undefined alias '\((event.anchor ?? "").prefix(80))'")
    }

    /// A log entry, an alias entry replaced by the first entry it stands for.
    private func resolvedLogEntry(_ position: Int) -> YAMLEvent {
        var entry = log[position]
        while entry.kind == .alias { entry = log[entry.target.lowerBound] }
        return entry
    }

    // MARK: Raw events

    private func peekRaw() throws -> YAMLEvent {
        if let buffered { return buffered }
        let event = try readRaw()
        buffered = event
        return event
    }

    private func takeRaw() throws -> YAMLEvent {
        let event = try peekRaw()
        buffered = nil
        return event
    }

    private static func place(_ mark: yaml_mark_t) -> (Int, Int) { (Int(mark.line) + 1, Int(mark.column) + 1) }

    private func parse(_ event: inout yaml_event_t) throws {
        guard yaml_parser_parse(parser, &event) == 1 else {
            let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
            // libyaml after 0.2.5 (its main branch) stops a run of opening brackets at its own 1,000-level limit
            // while scanning ahead, with a message naming a C function; say it in this reader's terms. With
            // 0.2.5 the events come first and the depth check above stops the 65th level where it opens.
            if problem.hasPrefix("Maximum nesting level") {
                let (line, column) = Self.place(parser.pointee.mark)
                throw ReadError(.overLimit, file: file, line: line, column: column, message: "nesting deeper than \(limits.maxDepth) levels")
            }
            if parser.pointee.error == YAML_READER_ERROR {
                throw ReadError(.encoding, file: file, message: "cannot be read as text: \(problem)")
            }
            let context = parser.pointee.context.map { " \(String(cString: $0))" } ?? ""
            let (line, column) = Self.place(parser.pointee.problem_mark)
            throw ReadError(.syntax, file: file, line: line, column: column, message: "not valid YAML or JSON: \(problem)\(context)")
        }
    }

    /// Refuses a tag other than the one that names the value's own kind (`!!str` on a scalar, `!!seq`, `!!map`):
    /// `!!binary`, `!!int`, custom tags and the rest would change a value's meaning, and reading them as plain
    /// texts would do so silently. Returns whether a tag was given (and allowed).
    private func checkTag(_ tag: String?, allowed: String, line: Int, column: Int) throws -> Bool {
        guard let tag else { return false }
        let standard = "tag:yaml.org,2002:"
        if tag == standard + allowed || (tag == "!" && allowed == "str") { return true }
        let shown = tag.hasPrefix(standard) ? "!!" + tag.dropFirst(standard.count) : tag
        throw ReadError(
            .unsupported, file: file, line: line, column: column,
            message: "a YAML tag ('\(shown.prefix(40))'); tags are not read (only !!\(allowed) here): write the value without it")
    }

    private func readRaw() throws -> YAMLEvent {
        var raw = yaml_event_t()
        while true {
            try parse(&raw)
            defer { yaml_event_delete(&raw) }
            let (line, column) = Self.place(raw.start_mark)
            func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? { pointer.map { String(cString: $0) } }
            switch raw.type {
            case YAML_STREAM_START_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                if started {
                    throw ReadError(
                        .syntax, file: file, line: line, column: column,
                        message: "not valid YAML or JSON: expected a single document in the stream but found another document")
                }
                started = true
                continue
            case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                return YAMLEvent(kind: .documentEnd, line: line, column: column)
            case YAML_SCALAR_EVENT:
                let scalar = raw.data.scalar
                let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                var quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                // `!!str` (and the non-specific `!`) make a plain scalar a text: honoured as quoting.
                if try checkTag(text(scalar.tag), allowed: "str", line: line, column: column) { quoted = true }
                if let control = ValueCheck.controlCharacter(inText: value) {
                    throw ReadError(.encoding, file: file, line: line, column: column, message: ValueCheck.textControlMessage(control))
                }
                return YAMLEvent(kind: .scalar, text: value, quoted: quoted, line: line, column: column, anchor: text(scalar.anchor))
            case YAML_ALIAS_EVENT:
                return YAMLEvent(kind: .alias, line: line, column: column, anchor: text(raw.data.alias.anchor))
            case YAML_SEQUENCE_START_EVENT:
                _ = try checkTag(text(raw.data.sequence_start.tag), allowed: "seq", line: line, column: column)
                return YAMLEvent(kind: .sequenceStart, line: line, column: column, anchor: text(raw.data.sequence_start.anchor))
            case YAML_MAPPING_START_EVENT:
                _ = try checkTag(text(raw.data.mapping_start.tag), allowed: "map", line: line, column: column)
                return YAMLEvent(kind: .mappingStart, line: line, column: column, anchor: text(raw.data.mapping_start.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                return YAMLEvent(kind: .end, line: line, column: column)
            default:
                continue
            }
        }
    }
}
