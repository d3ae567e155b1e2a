/// Reads a JSON document (RFC 8259) as a stream of the same events as ``YAMLEventReader``, so that one decoder
/// reads network files in either syntax item by item, without a tree of the document.
///
/// The grammar is JSON's, not YAML's flow style:
/// - no trailing commas, no comments, no single quotes, no unquoted keys, no `NaN` or `Infinity`;
/// - numbers as RFC 8259 spells them (no leading zeros, no `+`, no bare `.5` or `1.`; never hexadecimal);
/// - only space, tab, line feed and carriage return between tokens: a raw U+0085 or U+2028 is a character of a
///   string, never a line break, and outside a string it is an error;
/// - control characters below U+0020 must be escaped inside strings; `\uXXXX` escapes combine surrogate pairs
///   (Python's `json.dumps` writes emoji so), and a lone surrogate is an error;
/// - keys of any length; a key repeated in one object is an error naming both places.
///
/// Events carry the 1-based line and column (counted in Unicode scalars) of their first character; every error
/// names the line and column of the byte at fault. Strings are scalars with `quoted` set, numbers and `true`,
/// `false`, `null` are plain scalars, so `null` reads as nothing, as it does in YAML.
///
/// - Complexity: O(n) time in the document's length; memory is one frame per open collection, the keys of the
///   open objects and the event read ahead.
final class JSONEventReader: DocumentEvents {
    let file: String
    let limits: ReadLimits
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1
    private var column = 1
    private var buffered: YAMLEvent?
    private var rootStarted = false
    /// Whether strings may hold control characters (a document's text, where extraction makes them spaces).
    private var allowsControlCharacters = false

    private enum State {
        /// Just after `[` or `{`.
        case first
        /// After a key, before its `:`.
        case afterKey
        /// After a value (or, in an object, after a key and its `:` were read and its value was started).
        case afterValue
    }

    private struct Frame {
        var isObject: Bool
        var state = State.first
        /// An object's keys with their places: a short list, hashed once it grows.
        var keys: [(key: String, line: Int, column: Int)] = []
        var keyIndex: [String: (line: Int, column: Int)]?

        func place(of key: String) -> (line: Int, column: Int)? {
            if let keyIndex { return keyIndex[key] }
            return keys.first { $0.key == key }.map { ($0.line, $0.column) }
        }

        mutating func add(_ key: String, line: Int, column: Int) {
            if keyIndex != nil { return keyIndex![key] = (line, column) }
            keys.append((key, line, column))
            if keys.count > 8 {
                keyIndex = Dictionary(keys.map { ($0.key, ($0.line, $0.column)) }, uniquingKeysWith: { first, _ in first })
                keys = []
            }
        }
    }

    private var frames: [Frame] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        // A byte order mark is allowed before the document (RFC 8259, section 8.1) and is not a column.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Runs `body` with a reader over `text`; the text is not copied.
    static func reading<T>(text: String, file: String, limits: ReadLimits, _ body: (JSONEventReader) throws -> T) throws -> T {
        var text = text
        return try text.withUTF8 { try body(JSONEventReader(bytes: $0, file: file, limits: limits)) }
    }

    /// Checks that `text` is one JSON value under this reader's grammar (duplicate keys, lone surrogates, numbers
    /// JSON cannot spell and trailing text are errors), for a caller that then decodes it another way. Control
    /// characters escaped in strings are allowed when `allowingControlCharacters` (a document's text).
    /// - Throws: ``ReadError`` at the first fault, with its line and column within `text`.
    /// - Complexity: O(n) time; memory is the keys of the open objects.
    static func check(_ text: String, file: String, allowingControlCharacters: Bool, limits: ReadLimits) throws {
        try reading(text: text, file: file, limits: limits) { reader in
            reader.allowsControlCharacters = allowingControlCharacters
            try reader.skipValue()
            try reader.finish()
        }
    }

    /// The members of a top-level JSON object, after checking the whole text as ``check(_:file:allowingControlCharacters:limits:)``
    /// does: each key with its text when its value is a string, or with nil when it is another value (checked and
    /// skipped). Nil when the text is valid JSON but not an object. The text is not copied.
    static func stringMembers(_ text: Substring, file: String, allowingControlCharacters: Bool, limits: ReadLimits) throws -> [String: String?]? {
        var text = text
        return try text.withUTF8 { bytes in
            let reader = JSONEventReader(bytes: bytes, file: file, limits: limits)
            reader.allowsControlCharacters = allowingControlCharacters
            guard try reader.peek().kind == .mappingStart else {
                try reader.skipValue()
                try reader.finish()
                return nil
            }
            _ = try reader.next()
            var members: [String: String?] = [:]
            while case let key = try reader.next(), key.kind != .end {
                let value = try reader.peek()
                if value.kind == .scalar && value.quoted {
                    members.updateValue(try reader.next().text, forKey: key.text)
                } else {
                    members.updateValue(nil, forKey: key.text)
                    try reader.skipValue()
                }
            }
            try reader.finish()
            return members
        }
    }

    // MARK: DocumentEvents

    func peek() throws -> YAMLEvent {
        if let buffered { return buffered }
        let event = try read()
        buffered = event
        return event
    }

    func next() throws -> YAMLEvent {
        let event = try peek()
        buffered = nil
        return event
    }

    func skipValue() throws {
        let depth = frames.count - (buffered.map { $0.kind == .mappingStart || $0.kind == .sequenceStart } == true ? 1 : 0)
        let first = try next()
        guard first.kind == .mappingStart || first.kind == .sequenceStart else { return }
        while frames.count > depth {
            if try next().kind == .documentEnd { return }
        }
    }

    func finish() throws {
        let event = try peek()
        guard event.kind == .documentEnd else { throw fail(event.line, event.column, "expected the end of the document") }
    }

    // MARK: Grammar

    private func fail(_ line: Int, _ column: Int, _ message: String, code: ReadError.Code = .syntax) -> ReadError {
        ReadError(code, file: file, line: line, column: column, message: code == .syntax ? "not valid JSON: \(message)" : message)
    }

    private func failHere(_ message: String, code: ReadError.Code = .syntax) -> ReadError { fail(line, column, message, code: code) }

    /// What the byte at the reader's place is, for messages.
    private func found() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(position + 4, bytes.count)]), as: UTF8.self).unicodeScalars
        if byte >= 0x80, let scalar = scalars.first { return "U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(4))" }
        return "U+\(String(byte, radix: 16, uppercase: true).leftPadded(4))"
    }

    private func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09:
                column += 1
            case 0x0A:
                line += 1
                column = 1
            case 0x0D:
                if position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
                line += 1
                column = 1
            default:
                return
            }
            position += 1
        }
    }

    private func advance() {
        position += 1
        column += 1
    }

    private func read() throws -> YAMLEvent {
        skipWhitespace()
        guard !frames.isEmpty else {
            if rootStarted || position == bytes.count {
                if position < bytes.count { throw failHere("expected the end of the document, found \(found())") }
                return YAMLEvent(kind: .documentEnd, line: line, column: column)
            }
            rootStarted = true
            return try value()
        }
        let top = frames.count - 1
        let isObject = frames[top].isObject
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let byte: UInt8? = position < bytes.count ? bytes[position] : nil
        if byte == closer && frames[top].state != .afterKey {
            let event = YAMLEvent(kind: .end, line: line, column: column)
            advance()
            frames.removeLast()
            return event
        }
        switch frames[top].state {
        case .afterValue:
            guard byte == UInt8(ascii: ",") else {
                throw failHere("expected ',' or '\(Character(Unicode.Scalar(closer)))' after \(isObject ? "a member" : "an item"), found \(found())")
            }
            advance()
            skipWhitespace()
            if position < bytes.count, bytes[position] == closer {
                throw failHere("a trailing comma before '\(Character(Unicode.Scalar(closer)))'")
            }
            if isObject { return try key(in: top) }
            return try value()
        case .first:
            if isObject { return try key(in: top) }
            frames[top].state = .afterValue
            return try value()
        case .afterKey:
            guard byte == UInt8(ascii: ":") else { throw failHere("expected ':' after a key, found \(found())") }
            advance()
            skipWhitespace()
            frames[top].state = .afterValue
            return try value()
        }
    }

    private func key(in top: Int) throws -> YAMLEvent {
        frames[top].state = .afterKey
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw failHere("expected a key in double quotes, found \(found())")
        }
        let (line, column) = (line, column)
        let text = try string()
        if !allowsControlCharacters, let control = ValueCheck.controlCharacter(inText: text) {
            throw ReadError(.encoding, file: file, line: line, column: column, message: ValueCheck.textControlMessage(control))
        }
        if let first = frames[top].place(of: text) {
            throw fail(
                line, column, "duplicate key '\(text.prefix(80))' in an object (first at line \(first.line), column \(first.column))", code: .duplicateField)
        }
        frames[top].add(text, line: line, column: column)
        return YAMLEvent(kind: .scalar, text: text, quoted: true, line: line, column: column)
    }

    /// Reads the value at the reader's place; a collection's frame is pushed.
    private func value() throws -> YAMLEvent {
        let (line, column) = (line, column)
        guard position < bytes.count else { throw failHere("expected a value, found the end of the file") }
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if frames.count >= limits.maxDepth { throw failHere("nesting deeper than \(limits.maxDepth) levels", code: .overLimit) }
            let isObject = bytes[position] == UInt8(ascii: "{")
            advance()
            frames.append(Frame(isObject: isObject))
            return YAMLEvent(kind: isObject ? .mappingStart : .sequenceStart, line: line, column: column)
        case UInt8(ascii: "\""):
            let text = try string()
            if !allowsControlCharacters, let control = ValueCheck.controlCharacter(inText: text) {
                throw ReadError(.encoding, file: file, line: line, column: column, message: ValueCheck.textControlMessage(control))
            }
            return YAMLEvent(kind: .scalar, text: text, quoted: true, line: line, column: column)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return YAMLEvent(kind: .scalar, text: try number(), line: line, column: column)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where matches(word) {
                position += word.utf8.count
                self.column += word.utf8.count
                return YAMLEvent(kind: .scalar, text: word, line: line, column: column)
            }
            throw failHere("expected a value (true, false or null?), found \(found())")
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw failHere("expected a value, found \(found()) (JSON has no NaN or Infinity)")
        default:
            throw failHere("expected a value, found \(found())")
        }
    }

    private func matches(_ word: String) -> Bool { bytes.holds(word, at: position) }

    /// A number as written, after checking RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private func number() throws -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { advance() }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { advance() }
        guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) else {
            let infinity = position < bytes.count && bytes[position] == UInt8(ascii: "I")
            throw failHere("expected a digit in a number, found \(found())\(infinity ? " (JSON has no NaN or Infinity)" : "")")
        }
        if bytes[position] == UInt8(ascii: "0") {
            advance()
            if position < bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) || bytes[position] == UInt8(ascii: "x")
                    || bytes[position] == UInt8(ascii: "X")
            {
                throw failHere("a number may not have a leading zero or be hexadecimal")
            }
        } else {
            _ = digits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            advance()
            guard digits() > 0 else { throw failHere("expected a digit after the decimal point, found \(found())") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            advance()
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { advance() }
            guard digits() > 0 else { throw failHere("expected a digit in the exponent, found \(found())") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// A string's text, its escapes decoded; the reader is on its opening quote.
    private func string() throws -> String {
        advance()
        let start = position
        // The common case: no escapes, the text is the bytes between the quotes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                advance()
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
            if byte & 0xC0 != 0x80 { column += 1 }
        }
        var buffer = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &buffer)
            case 0..<0x20:
                throw failHere("a control character (U+\(String(byte, radix: 16, uppercase: true).leftPadded(4))) must be escaped in a string")
            default:
                buffer.append(byte)
                position += 1
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
        throw failHere("a string is not closed before the end of the file")
    }

    private func escape(into buffer: inout [UInt8]) throws {
        let (line, column) = (line, column)
        advance()
        guard position < bytes.count else { throw failHere("a string is not closed before the end of the file") }
        let byte = bytes[position]
        advance()
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                guard matches("\\u") else { throw fail(line, column, "a high surrogate escape is not followed by a low one") }
                advance()
                advance()
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw fail(line, column, "a high surrogate escape is not followed by a low one") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw fail(line, column, "a low surrogate escape without a high one before it")
            }
            buffer.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
        default:
            throw fail(line, column, "unknown escape '\\\(Character(Unicode.Scalar(byte)))' (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
    }

    private func hexQuad() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexDigit(bytes[position]) else {
                throw failHere("expected four hexadecimal digits after \\u, found \(found())")
            }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes from `index` on start with `word`'s UTF-8.
    func holds(_ word: String, at index: Int) -> Bool {
        var index = index
        for byte in word.utf8 {
            guard index < count, self[index] == byte else { return false }
            index += 1
        }
        return true
    }
}

/// JSON's grammar as partnet's readers hold it, for text decoded elsewhere (a JSON line of documents).
public enum JSONSyntax {
    /// Checks that `text` is one JSON value: duplicate keys, lone surrogates, numbers JSON cannot spell and
    /// trailing text are errors (Foundation's parser keeps the last of two keys without a word).
    /// - Parameters:
    ///   - text: the JSON text.
    ///   - file: the name errors give.
    ///   - allowingControlCharacters: whether escaped control characters may appear in strings.
    ///   - limits: the nesting depth and sizes the text may reach.
    /// - Throws: `ReadError` at the first fault, with its line and column within `text`.
    /// - Complexity: O(n) time; memory is the keys of the open objects.
    public static func check(_ text: String, file: String, allowingControlCharacters: Bool = false, limits: ReadLimits = .default) throws {
        try JSONEventReader.check(text, file: file, allowingControlCharacters: allowingControlCharacters, limits: limits)
    }

    /// Reads a JSON object's members whose values are strings, checking the whole text as
    /// ``check(_:file:allowingControlCharacters:limits:)`` does (a JSON line of documents: `{"url", "text"}`).
    /// - Parameters:
    ///   - text: the JSON text; it is read where it is, not copied.
    ///   - file: the name errors give.
    ///   - allowingControlCharacters: whether escaped control characters may appear in strings.
    ///   - limits: the nesting depth and sizes the text may reach.
    /// - Returns: each top-level key with its text when its value is a string, or with nil when it is another value
    ///   (a number, `null`, an array, an object); nil when the text is valid JSON but not an object.
    /// - Throws: `ReadError` at the first fault, with its line and column within `text`.
    /// - Complexity: O(n) time; memory is the strings returned and the keys of the open objects.
    public static func stringMembers(
        of text: Substring, file: String, allowingControlCharacters: Bool = false, limits: ReadLimits = .default
    ) throws -> [String: String?]? {
        try JSONEventReader.stringMembers(text, file: file, allowingControlCharacters: allowingControlCharacters, limits: limits)
    }
}
