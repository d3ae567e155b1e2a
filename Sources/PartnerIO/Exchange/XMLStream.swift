import CLibXML2
import Foundation

/// One element's start tag as the streaming reader reports it: local name (namespace prefix dropped), attributes
/// by local name, and where its `<` is (1-based line and column, in characters).
struct XMLStartTag {
    var name: String
    var attributes: [String: String]
    var line: Int
    var column: Int
    /// The element's namespace URI (nil without one).
    var namespace: String? = nil
}

/// Receives a document's elements in order. Throwing stops the reading; the error reaches the caller.
/// The reading state of an XML exchange format (GraphML, GEXF): fed by ``XMLStream``, checked against the file's
/// size (declared counts a file cannot hold are refused), then built into a network.
protocol XMLNetworkReading: XMLStreamHandler {
    init(file: String, limits: ReadLimits)
    /// The file's size, when known, against which declared counts are checked.
    var fileBytes: Int? { get set }
    func network() throws -> Network
}

extension XMLStream {
    /// Reads the file at `path` (its size known when it is a regular file) into a fresh `Reading`.
    static func network<Reading: XMLNetworkReading>(_: Reading.Type, path: String, limits: ReadLimits) throws -> Network {
        var info = stat()
        let reading = Reading(file: path, limits: limits)
        reading.fileBytes = stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
        try read(path: path, limits: limits, into: reading)
        return try reading.network()
    }

    /// Reads `data` (`file` names it in errors) into a fresh `Reading`.
    static func network<Reading: XMLNetworkReading>(_: Reading.Type, data: Data, file: String, limits: ReadLimits) throws -> Network {
        let reading = Reading(file: file, limits: limits)
        reading.fileBytes = data.count
        try read(data: data, file: file, limits: limits, into: reading)
        return try reading.network()
    }
}

protocol XMLStreamHandler: AnyObject {
    /// An element starts at `depth` (the root is 1); returns whether its text is wanted at its end.
    func start(_ tag: XMLStartTag, depth: Int) throws -> Bool
    /// An element ends; `text` is its character data when `start` asked for it, else nil.
    func end(_ name: String, text: String?, depth: Int) throws
}

/// Streaming XML on libxml2's push parser (SAX2): the file is read in chunks and never held whole, so a document
/// has no size limit but the caller's byte limit (libxml2 still bounds one text or attribute at 10 MB).
///
/// Hostile documents are refused, not expanded: entity declarations (billion laughs, XXE, parameter entities)
/// are refused at their position, before libxml2 sees them and again if libxml2 reports one; external DTDs and
/// entities are never loaded (no `XML_PARSE_DTDLOAD`, `XML_PARSE_NOENT`; `XML_PARSE_NONET`). Text must be UTF-8
/// (or declared Latin-1); invalid UTF-8 is refused at its line and column. Every error has a line and a column.
enum XMLStream {
    static let chunkSize = 1 << 20

    /// Reads the file at `path` into `handler`.
    static func read(path: String, limits: ReadLimits, into handler: some XMLStreamHandler) throws {
        let parser = Parser(file: path, limits: limits, handler: handler)
        defer { parser.close() }
        try InputFile.forEachChunk(at: path, limits: limits, size: chunkSize) { try parser.feed($0) }
        try parser.finish()
    }

    /// Reads bytes already in memory; `file` names them in errors.
    static func read(data: Data, file: String, limits: ReadLimits, into handler: some XMLStreamHandler) throws {
        let parser = Parser(file: file, limits: limits, handler: handler)
        defer { parser.close() }
        var offset = 0
        while offset < data.count {
            let end = min(offset + chunkSize, data.count)
            try data[offset..<end].withUnsafeBytes { try parser.feed($0.bindMemory(to: UInt8.self)) }
            offset = end
        }
        try parser.finish()
    }

    /// One parse: libxml2's context, the byte checks run before libxml2 sees the bytes, and the handler.
    final class Parser {
        let file: String
        let limits: ReadLimits
        let handler: any XMLStreamHandler
        private var context: OpaquePointer?
        private var checks = ByteChecks()
        private var openElements: [(name: String, line: Int)] = []
        private var wantsText: [Bool] = []
        private var text: [UInt8] = []
        /// The first failure: the handler's error, ours, or libxml2's.
        private var failure: (any Error)?
        private var started = false

        init(file: String, limits: ReadLimits, handler: some XMLStreamHandler) {
            self.file = file
            self.limits = limits
            self.handler = handler
        }

        func close() {
            if let context { cxml_push_free(context) }
            context = nil
        }

        func feed(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            if !started {
                started = true
                try start(head: bytes)
            }
            if let problem = checks.check(bytes, final: false) { throw error(problem) }
            guard bytes.count > 0 else { return }
            let status = bytes.withMemoryRebound(to: CChar.self) { cxml_push_chunk(context, $0.baseAddress, Int32($0.count), 0) }
            try stopIfFailed(status)
        }

        func finish() throws {
            if !started { throw ReadError(.unknownFormat, file: file, line: 1, column: 1, message: "holds no XML element") }
            if let problem = checks.check(UnsafeBufferPointer(start: nil, count: 0), final: true) { throw error(problem) }
            let status = cxml_push_chunk(context, nil, 0, 1)
            try stopIfFailed(status)
            if !openElements.isEmpty || status != 0 { throw truncated() }
        }

        private func start(head: UnsafeBufferPointer<UInt8>) throws {
            if try XMLEncoding.check(Array(head.prefix(256)), file: file) == .latin1 { checks.utf8 = false }
            if let failure = cxml_load() {
                throw ReadError(.unreadable, file: file, line: 1, column: 1, message: "could not start the XML parser: \(String(cString: failure))")
            }
            var callbacks = cxml_callbacks()
            callbacks.startElement = { user, name, uri, count, attributes in
                Parser.from(user).startElement(name, uri: uri, count: Int(count), attributes)
            }
            callbacks.endElement = { user in Parser.from(user).endElement() }
            callbacks.characters = { user, bytes, count in Parser.from(user).characters(bytes, Int(count)) }
            callbacks.entityDeclaration = { user, name in Parser.from(user).refuseEntity(name) }
            callbacks.attributeDeclaration = { user, element, name in Parser.from(user).refuseAttributeDeclaration(element, name) }
            callbacks.error = { user, error in
                guard let user, let error else { return }
                Parser.from(user).libxmlError(error.pointee)
            }
            let user = Unmanaged.passUnretained(self).toOpaque()
            // No DTD loading, no entity substitution, no network: only what the document holds is read.
            context = cxml_push_create(&callbacks, user, file)
            guard context != nil else { throw ReadError(.unreadable, file: file, line: 1, column: 1, message: "could not start the XML parser") }
        }

        private static func from(_ user: UnsafeMutableRawPointer?) -> Parser {
            Unmanaged<Parser>.fromOpaque(user!).takeUnretainedValue()
        }

        private func stopIfFailed(_ status: Int32) throws {
            if let failure { throw failure }
            if status != 0, let context, cxml_push_well_formed(context) == 0 {
                throw ReadError(.syntax, file: file, line: checks.line, column: checks.column, message: "not well-formed XML")
            }
        }

        private func fail(_ error: any Error) {
            if failure == nil { failure = error }
            if let context { cxml_push_stop(context) }
        }

        private func error(_ problem: ByteChecks.Problem) -> ReadError {
            ReadError(problem.code, file: file, line: problem.line, column: problem.column, message: problem.message)
        }

        // MARK: libxml2's callbacks

        private func startElement(
            _ name: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?, count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
        ) {
            guard failure == nil else { return }
            let (line, column) = tagPosition()
            if openElements.count >= limits.maxDepth {
                fail(ReadError(.overLimit, file: file, line: line, column: column, message: "elements nested deeper than \(limits.maxDepth) levels"))
                return
            }
            let local = name.map { String(cString: $0) } ?? ""
            var values: [String: String] = [:]
            if let attributes {
                for index in 0..<count {
                    guard let key = attributes[5 * index], let start = attributes[5 * index + 3], let end = attributes[5 * index + 4] else { continue }
                    let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                    // Without entity substitution libxml2 hands back every `&` of a value as `&#38;`, and only those.
                    values[String(cString: key)] = value.contains("&#38;") ? value.replacingOccurrences(of: "&#38;", with: "&") : value
                }
            }
            openElements.append((local, line))
            do {
                let tag = XMLStartTag(name: local, attributes: values, line: line, column: column, namespace: uri.map { String(cString: $0) })
                let wanted = try handler.start(tag, depth: openElements.count)
                wantsText.append(wanted)
                if wanted { text.removeAll(keepingCapacity: true) }
            } catch {
                fail(error)
            }
        }

        private func endElement() {
            guard failure == nil, let (name, _) = openElements.last else { return }
            let wanted = wantsText.popLast() ?? false
            do {
                try handler.end(name, text: wanted ? String(decoding: text, as: UTF8.self) : nil, depth: openElements.count)
            } catch {
                fail(error)
            }
            openElements.removeLast()
            if wanted { text.removeAll(keepingCapacity: true) }
        }

        private func characters(_ bytes: UnsafePointer<UInt8>?, _ count: Int) {
            guard failure == nil, wantsText.last == true, let bytes else { return }
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }

        private func refuseEntity(_ name: UnsafePointer<UInt8>?) {
            let (line, column) = parserPosition()
            let shown = name.map { String(cString: $0) } ?? ""
            fail(
                ReadError(
                    .unsupported, file: file, line: line, column: column,
                    message: "declares an XML entity ('\(shown.prefix(40))'); entities are refused (they can read other files or expand without bound)"))
        }

        /// `<!ATTLIST>` gives attributes defaults that libxml2 would add to elements that do not show them.
        private func refuseAttributeDeclaration(_ element: UnsafePointer<UInt8>?, _ name: UnsafePointer<UInt8>?) {
            let (line, column) = parserPosition()
            let shown = (element.map { String(cString: $0) } ?? "") + " " + (name.map { String(cString: $0) } ?? "")
            fail(
                ReadError(
                    .unsupported, file: file, line: line, column: column,
                    message:
                        "declares XML attributes ('<!ATTLIST \(shown.prefix(60))'); declarations are refused (their defaults add values the elements do not show)"
                ))
        }

        private func libxmlError(_ error: cxml_error) {
            guard error.isError != 0, failure == nil else { return }
            if error.emptyDocument != 0 {
                fail(ReadError(.unknownFormat, file: file, line: 1, column: 1, message: "holds no XML element"))
            } else if checks.ended && error.endOfData != 0 {
                fail(truncated())
            } else {
                var message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
                message = message.trimmingCharacters(in: .whitespacesAndNewlines)
                let line = error.line > 0 ? Int(error.line) : checks.line
                let column = error.column > 0 ? Int(error.column) : 1
                fail(ReadError(.syntax, file: file, line: line, column: column, message: "not well-formed XML: \(message)"))
            }
        }

        /// The end of the data came inside an element (or inside a tag): names the innermost element and where it opened.
        private func truncated() -> ReadError {
            let open = checks.unclosedTag ?? openElements.last
            let place =
                open.map { "ends inside <\($0.name)> (opened on line \($0.line)); is the file truncated?" }
                ?? "ends before its root element is closed; is the file truncated?"
            return ReadError(.syntax, file: file, line: checks.lastContent.line, column: checks.lastContent.column, message: place)
        }

        // MARK: positions

        /// libxml2's current line and column.
        private func parserPosition() -> (Int, Int) {
            guard let input = input() else { return (checks.line, checks.column) }
            return (Int(input.line), Int(input.column))
        }

        /// Where libxml2 is reading; nil before it has input.
        private func input() -> cxml_position? {
            var position = cxml_position()
            guard let context, cxml_push_position(context, &position) != 0 else { return nil }
            return position
        }

        /// The line and column of the `<` of the start tag being reported. libxml2 calls back with its cursor at the
        /// tag's end; an attribute value cannot hold a `<`, so the last `<` before the cursor starts the tag.
        private func tagPosition() -> (Int, Int) {
            let (line, column) = parserPosition()
            guard let input = input(), let base = input.base, let cursor = input.cursor, cursor > base else {
                return (line, column)
            }
            var lessThan = cursor
            var newlines = 0
            var characters = 0
            repeat {
                lessThan -= 1
                if lessThan.pointee == UInt8(ascii: "\n") { newlines += 1 }
                if lessThan.pointee & 0xC0 != 0x80 { characters += 1 }
            } while lessThan > base && lessThan.pointee != UInt8(ascii: "<")
            guard lessThan.pointee == UInt8(ascii: "<") else { return (line, column) }
            // The column from the line's start when it is still in libxml2's buffer, else back from the cursor's.
            // The scan back stops at the previous tag's `<` when it is on this line (its place is kept, by
            // offset in the document, as libxml2 may move its buffer): each byte is walked over once, so a
            // document on one line is read in linear time.
            let consumed = Int(input.consumed)
            func offset(_ pointer: UnsafePointer<UInt8>) -> Int { consumed + (pointer - base) }
            var lineStart = lessThan
            var before = 0
            while lineStart > base && (lineStart - 1).pointee != UInt8(ascii: "\n") && offset(lineStart) > lastTag.offset {
                lineStart -= 1
                if lineStart.pointee & 0xC0 != 0x80 { before += 1 }
            }
            let atLineStart = lineStart > base && (lineStart - 1).pointee == UInt8(ascii: "\n")
            let place: (Int, Int)
            if !atLineStart && offset(lineStart) == lastTag.offset && lineStart != lessThan && lineStart.pointee == UInt8(ascii: "<") {
                place = (lastTag.line, lastTag.column + before)
            } else if atLineStart || (lineStart == base && newlines > 0) {
                place = (line - newlines, before + 1)
            } else {
                place = (line, max(1, column - characters))
            }
            lastTag = (offset(lessThan), place.0, place.1)
            return place
        }

        /// Where the last start tag's `<` was: its offset in the document, line and column.
        private var lastTag = (offset: -1, line: 1, column: 1)
    }
}

/// The checks run on the bytes before libxml2 parses them: UTF-8 validity (carried across chunks), entity
/// declarations in the prolog, and the position reached, for errors that libxml2 does not place.
struct ByteChecks {
    struct Problem {
        var code: ReadError.Code
        var line: Int
        var column: Int
        var message: String
    }

    var utf8 = true
    /// Line and column (in characters) just past the bytes checked so far.
    private(set) var line = 1
    private(set) var column = 1
    private(set) var ended = false
    /// Just past the last byte that is not white space: where a truncated file stops.
    private(set) var lastContent = (line: 1, column: 1)
    /// The last `<name` seen without its `>`, for a file that ends inside a tag.
    private(set) var unclosedTag: (name: String, line: Int)?
    private var carry: [UInt8] = []
    private var prolog = PrologScanner()

    mutating func check(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) -> Problem? {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry = []
        if final { ended = true }
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            if let found = prolog.scan(buffer, final: final) {
                return Problem(
                    code: .unsupported, line: found.line, column: found.column,
                    message: "declares an XML entity; entities are refused (they can read other files or expand without bound)")
            }
            var checkedEnd = buffer.count
            if utf8, let bad = InputFile.firstInvalidUTF8(buffer, from: 0, to: buffer.count) {
                // A sequence cut by the chunk's end is finished by the next chunk.
                if !final, buffer.count - bad < 4, Self.isIncomplete(buffer, from: bad) {
                    carry = Array(buffer[bad...])
                    checkedEnd = bad
                } else {
                    advance(buffer, to: bad)
                    return Problem(code: .encoding, line: line, column: column, message: "is not valid UTF-8 text (byte 0x\(String(buffer[bad], radix: 16)))")
                }
            }
            advance(buffer, to: checkedEnd)
            if let crowded = crowdedTag {
                return Problem(
                    code: .overLimit, line: crowded.line, column: crowded.column,
                    message: "a tag with more than \(Self.maxAttributes) attributes (libxml2 compares each with every other: it would not end)")
            }
            return nil
        }
    }

    /// The most `=` one tag may hold: no network element has so many attributes, and libxml2's duplicate check
    /// is quadratic in their count (100,000 attributes on one node took minutes).
    static let maxAttributes = 10_000
    /// `=` signs counted in the tag open at the end of the bytes checked (-1 outside a tag).
    private var equalsInTag = -1
    /// Where the first tag with too many attributes starts.
    private(set) var crowdedTag: (line: Int, column: Int)?
    private var tagStart = (line: 1, column: 1)

    private static func isIncomplete(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let lead = buffer[start]
        let length = lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 0
        return length > buffer.count - start && buffer[(start + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    private mutating func advance(_ buffer: UnsafeBufferPointer<UInt8>, to end: Int) {
        var lastTag = -1
        var lastClose = -1
        for index in 0..<end {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") { lastContent = (line, column) }
            if byte == UInt8(ascii: "<") {
                lastTag = index
                equalsInTag = 0
                tagStart = (line, column - 1)
            } else if byte == UInt8(ascii: ">") {
                lastClose = index
                equalsInTag = -1
            } else if byte == UInt8(ascii: "="), equalsInTag >= 0 {
                equalsInTag += 1
                if equalsInTag > Self.maxAttributes && crowdedTag == nil { crowdedTag = tagStart }
            }
        }
        if lastTag > lastClose {
            var nameEnd = lastTag + 1
            while nameEnd < end, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "/")].contains(buffer[nameEnd]) {
                nameEnd += 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[(lastTag + 1)..<nameEnd]), as: UTF8.self)
            let newlinesAfter = buffer[lastTag..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            unclosedTag = name.first.map { $0.isLetter || $0 == "_" } == true ? (String(name.split(separator: ":").last ?? ""), line - newlinesAfter) : nil
        } else if lastClose >= 0 {
            unclosedTag = nil
        }
    }
}

/// Finds `<!ENTITY` in a document's prolog (before its root element), outside comments and processing
/// instructions, so that a comment in the body that mentions it is not refused.
struct PrologScanner {
    private enum State { case markup, comment, instruction, done }
    private var state = State.markup
    private var pending: [UInt8] = []
    private var line = 1
    private var column = 1

    /// Scans more bytes; returns the position of an entity declaration, or nil.
    mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) -> (line: Int, column: Int)? {
        guard state != .done else { return nil }
        pending.append(contentsOf: chunk)
        var index = 0
        defer { pending.removeFirst(index) }
        func starts(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= pending.count else { return false }
            return text.withUTF8Buffer { pattern in (0..<count).allSatisfy { pending[index + $0] == pattern[$0] } }
        }
        func step(_ count: Int) {
            for _ in 0..<count {
                let byte = pending[index]
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        // Eight bytes of look-ahead ("<!ENTITY") unless the data has ended.
        while index < pending.count && (final || index + 8 <= pending.count) {
            switch state {
            case .markup:
                if starts("<!--") {
                    state = .comment; step(4)
                } else if starts("<?") {
                    state = .instruction; step(2)
                } else if starts("<!ENTITY") {
                    return (line, column)
                } else if pending[index] == UInt8(ascii: "<"), index + 1 < pending.count, pending[index + 1] != UInt8(ascii: "!") {
                    state = .done
                    return nil
                } else {
                    step(1)
                }
            case .comment:
                if starts("-->") { state = .markup; step(3) } else { step(1) }
            case .instruction:
                if starts("?>") { state = .markup; step(2) } else { step(1) }
            case .done:
                return nil
            }
        }
        return nil
    }
}

/// The encoding an XML document declares, checked before parsing.
enum XMLEncoding {
    case utf8, latin1

    /// Refuses XML in an encoding other than UTF-8 or an ASCII-compatible one with one byte per character;
    /// returns the one declared (UTF-8 when none is).
    @discardableResult
    static func check(_ head: [UInt8], file: String) throws -> XMLEncoding {
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.first == 0 || (head.count > 1 && head[1] == 0) {
            throw ReadError(.encoding, file: file, line: 1, column: 1, message: "is UTF-16 or UTF-32 XML; save it as UTF-8")
        }
        let text = String(decoding: head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return .utf8 }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return .utf8 }
        let value = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }.prefix { $0 != "\"" && $0 != "'" }
        switch value.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii": return .utf8
        case "iso-8859-1", "latin1": return .latin1
        default:
            throw ReadError(.encoding, file: file, line: 1, column: 1, message: "declares the encoding '\(value.prefix(40))'; PartnerGraph reads UTF-8 XML")
        }
    }
}
