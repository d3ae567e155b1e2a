import Foundation
import PartnerFiles
import PartnerGraph
import PartnerIO

/// Reads documents from files and folders: plain text, Markdown, HTML, and JSON lines of `{"url", "text"}`.
///
/// The kind comes from the extension (`.txt`, `.md`, `.html`/`.htm`, `.jsonl`/`.ndjson`), else from the first
/// bytes (`<` for HTML, `{` for JSON lines). A folder is read recursively, in name order, taking the files with
/// those extensions. Each document's source is its URL (front matter `url:`, a record's `url`, or `url` given
/// by the caller), else its path.
public struct DocumentLoader: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case text, markdown, html, jsonLines
    }

    /// Largest document read, in bytes; a larger file is an error rather than minutes of work.
    public var maxBytes: Int
    /// A URL that replaces the file name as the source of every document read (front matter and records win).
    public var url: String?

    public init(maxBytes: Int = 16 << 20, url: String? = nil) {
        self.maxBytes = maxBytes
        self.url = url
    }

    static let extensions: [String: Kind] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html, "xhtml": .html,
        "jsonl": .jsonLines, "ndjson": .jsonLines,
    ]

    /// The files a path stands for: itself, or the readable files under a folder, sorted.
    public func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw ExtractionError.missing(path) }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { throw ExtractionError.unreadable(path, reason: "cannot list the folder") }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if DocumentLoader.extensions[(name as NSString).pathExtension.lowercased()] != nil {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// The documents in the file at `path` (one, or one per JSON line).
    /// - Parameters:
    ///   - path: the file to read.
    ///   - name: how errors and default sources name the file, when not by its path: `stdin` for a copy of
    ///     standard input. Its extension, if any, gives the kind; else the first bytes do.
    public func documents(at path: String, name: String? = nil) throws -> [Document] {
        var bytes = try read(path)
        let name = name ?? path
        let kind = DocumentLoader.extensions[(name as NSString).pathExtension.lowercased()] ?? DocumentLoader.sniff(bytes)
        return try documents(releasing: &bytes, kind: kind, name: name)
    }

    /// The documents in `bytes` of a known kind; `name` names them in errors and is their default source.
    public func documents(bytes: [UInt8], kind: Kind, name: String) throws -> [Document] {
        var bytes = bytes
        return try documents(releasing: &bytes, kind: kind, name: name)
    }

    /// The documents in `bytes`, emptying `bytes` once they are decoded as text: a long file is not held as bytes
    /// while its text is read into documents.
    private func documents(releasing bytes: inout [UInt8], kind: Kind, name: String) throws -> [Document] {
        if bytes.count > maxBytes { throw ExtractionError.tooLarge(name, bytes: bytes.count, limit: maxBytes) }
        let source = url ?? name
        if kind == .html {
            try DocumentLoader.checkNotBinary(bytes, name: name)
            return [Document(source: source, paragraphs: try HTMLText.paragraphs(of: bytes, name: name))]
        }
        let text = try DocumentLoader.text(bytes, name: name)
        bytes = []
        switch kind {
        case .html, .text:
            return [Document(source: source, plainText: text)]
        case .markdown:
            let (frontURL, body) = try Markdown.frontMatter(text, name: name)
            return [Document(source: frontURL ?? source, paragraphs: Markdown.paragraphs(body))]
        case .jsonLines:
            return try jsonLines(text, name: name)
        }
    }

    private func jsonLines(_ text: String, name: String) throws -> [Document] {
        var documents: [Document] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmedOfWhitespace()
            if trimmed.isEmpty { continue }
            // The project's JSON reader, not Foundation's: Foundation keeps the last of two keys ("text" twice) and lone
            // surrogates without a word, and holds a long text as UTF-16 beside two copies of it.
            let members: [String: String?]
            do {
                guard let object = try JSONSyntax.stringMembers(of: trimmed, file: name, allowingControlCharacters: true) else {
                    throw ExtractionError.badRecord(name, line: index + 1, reason: "expected a JSON object with \"url\" and \"text\"")
                }
                members = object
            } catch let error as ReadError {
                throw ExtractionError.badRecord(name, line: index + 1, reason: "\(error.message) (column \(error.column ?? 1))")
            }
            let source = (members["url"] ?? nil) ?? url ?? "\(name):\(index + 1)"
            var date: PartialDate?
            if let text = members["date"] {
                guard let text, let parsed = PartialDate(text) else {
                    throw ExtractionError.badRecord(name, line: index + 1, reason: "\"date\" must be a date YYYY, YYYY-MM or YYYY-MM-DD")
                }
                date = parsed
            }
            if let html = members["html"] ?? nil {
                documents.append(Document(source: source, paragraphs: try HTMLText.paragraphs(of: Array(html.utf8), name: name), date: date))
            } else if let body = members["text"] ?? nil {
                var document = Document(source: source, plainText: DocumentLoader.withoutDateStamp(body, pageDate: date))
                document.date = date
                documents.append(document)
            } else {
                throw ExtractionError.badRecord(name, line: index + 1, reason: "the record has no \"text\" (or \"html\") string")
            }
        }
        return documents
    }

    /// The file's bytes through the file layer's reading within limits, its problems named as extraction errors.
    private func read(_ path: String) throws -> [UInt8] {
        do {
            return try OpenedInput.bytes(at: path, limit: maxBytes)
        } catch {
            switch error {
            case .missing: throw ExtractionError.missing(path)
            case .directory: throw ExtractionError.unreadable(path, reason: "is a folder")
            case .device: throw ExtractionError.unreadable(path, reason: "is a device, not a file")
            case .cannotOpen: throw ExtractionError.unreadable(path, reason: "permission denied")
            case .changed, .changedWhileRead, .readFailed: throw ExtractionError.unreadable(path, reason: error.message)
            case .tooLarge(let size, let limit): throw ExtractionError.tooLarge(path, bytes: size, limit: limit)
            case .overLimit(let limit): throw ExtractionError.tooLarge(path, bytes: limit &+ 1, limit: limit)
            }
        }
    }

    static func sniff(_ bytes: [UInt8]) -> Kind {
        guard let first = bytes.first(where: { ![9, 10, 13, 32, 0xEF, 0xBB, 0xBF].contains($0) }) else { return .text }
        if first == UInt8(ascii: "<") { return .html }
        if first == UInt8(ascii: "{") { return .jsonLines }
        return .text
    }

    /// NUL bytes mean a binary file, whatever its name says.
    static func checkNotBinary(_ bytes: [UInt8], name: String) throws {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = InputFile.position(of: nul, in: bytes)
            throw ExtractionError.notText(name, line: line, column: column, reason: "contains a NUL byte; is this a binary file?")
        }
    }

    /// The bytes as UTF-8 text (a byte-order mark dropped), or an error at the first bad byte. Other control
    /// characters are kept: pages hold form feeds and the like, which the sentence splitter treats as spaces.
    static func text(_ bytes: [UInt8], name: String) throws -> String {
        try checkNotBinary(bytes, name: name)
        let start = bytes.starts(with: InputFile.byteOrderMark) ? 3 : 0
        let body = bytes[start...]
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw ExtractionError.notText(name, line: 1, column: 1, reason: "is UTF-16 text; save it as UTF-8")
        }
        if let offset = InputFile.firstInvalidUTF8(bytes) {
            let (line, column) = InputFile.position(of: offset, in: bytes)
            throw ExtractionError.notText(name, line: line, column: column, reason: "is not valid UTF-8 text (byte 0x\(String(bytes[offset], radix: 16)))")
        }
        // CRLF line ends become LF: in Swift "\r\n" is one character, so splitting on "\n" would find no lines.
        guard body.contains(13) else { return String(decoding: body, as: UTF8.self) }
        var unix: [UInt8] = []
        unix.reserveCapacity(body.count)
        for (offset, byte) in zip(body.indices, body) where !(byte == 13 && offset + 1 < body.endIndex && body[offset + 1] == 10) {
            unix.append(byte)
        }
        return String(decoding: unix, as: UTF8.self)
    }

    /// The text without a leading stamp "date 2016-11-29 " that repeats the record's own `date` (or a coarser form of it,
    /// "date 2024-05" for 2024-05-23), as page excerpts open: the stamp is the page's date, which `date` carries, and
    /// left in the text it hides what opens the page ("date 2016-11-29 RIYADH: Ministers will meet here ..." has its
    /// dateline first). A stamp that disagrees with `date`, or a record without one, keeps its text.
    static func withoutDateStamp(_ text: String, pageDate: PartialDate?) -> String {
        guard let pageDate else { return text }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("date ") else { return text }
        let rest = trimmed.dropFirst(5)
        let stamp = rest.prefix { !$0.isWhitespace }
        guard let stamped = PartialDate(stamp), stamped.year == pageDate.year,
            stamped.month == nil || stamped.month == pageDate.month, stamped.day == nil || stamped.day == pageDate.day
        else { return text }
        return String(rest.dropFirst(stamp.count).drop { $0 == " " || $0 == "\t" })
    }
}

/// The little of Markdown that matters for reading announcements: front matter, headings, lists, emphasis, links.
enum Markdown {
    /// The `url:` (or `source:`) of a leading `---` front matter block, and the text after the block.
    /// A value that YAML would read as something other than its text (a tag, an anchor, an alias, a block or
    /// a collection) is an error: the line-by-line reading here would keep its marks as part of the URL.
    static func frontMatter(_ text: String, name: String = "") throws -> (url: String?, body: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingWhitespace() == "---", let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" }) else {
            return (nil, text)
        }
        var url: String?
        for index in 1..<close {
            let line = lines[index]
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].trimmingWhitespace().lowercased()
            if key == "url" || (key == "source" && url == nil) {
                var value = parts[1].trimmingWhitespace()
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                } else if let first = value.first, "!&*|>[{".contains(first) {
                    throw ExtractionError.notText(
                        name, line: index + 1, column: parts[0].count + 2 + parts[1].prefix(while: { $0 == " " || $0 == "\t" }).count,
                        reason: "the front matter's \(key) starts with '\(first)' (a YAML tag, anchor, alias, block or list); give the URL as plain text")
                }
                if !value.isEmpty { url = value }
            }
        }
        return (url, lines[(close + 1)...].joined(separator: "\n"))
    }

    /// Paragraphs: blank-line separated blocks, each heading, list item or table row on its own; a list that follows
    /// a line ending in a colon joins it ("Participants: Mali, Niger").
    static func paragraphs(_ body: String) -> [String] {
        var blocks: [(text: String, isListItem: Bool)] = []
        var pending: [String] = []
        func flushPending() {
            blocks += Document(source: "", plainText: pending.joined(separator: "\n")).paragraphs.map { ($0, false) }
            pending = []
        }
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingWhitespace()
            var isBlock = false
            var isListItem = false
            while line.hasPrefix("#") || line.hasPrefix(">") {
                line.removeFirst()
                isBlock = true
            }
            for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
                line.removeFirst(2)
                isListItem = true
            }
            if let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].count <= 3, line[..<dot].allSatisfy({ $0.isNumber }),
                line[line.index(after: dot)...].first == " "
            {
                line = String(line[line.index(after: dot)...])
                isListItem = true
            }
            if line.hasPrefix("|") {
                line = line.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && !$0.allSatisfy { "-:".contains($0) } }.joined(
                    separator: ", ")
                isBlock = true
            }
            line = stripInline(line.trimmingWhitespace())
            if isBlock || isListItem {
                flushPending()
                if !line.isEmpty { blocks.append((line, isListItem)) }
            } else {
                pending.append(line)
            }
        }
        flushPending()
        return ListJoiner.join(blocks)
    }

    /// Text without emphasis marks, code marks and link targets: `[text](url)` becomes `text`.
    static func stripInline(_ line: String) -> String {
        var result = ""
        var characters = Substring(line)
        while let character = characters.first {
            if character == "]", characters.dropFirst().first == "(", let close = characters.firstIndex(of: ")") {
                characters = characters[characters.index(after: close)...]
                continue
            }
            if character == "[" || character == "`" || character == "*"
                || (character == "_" && (result.last?.isWhitespace ?? true || characters.dropFirst().first?.isWhitespace ?? true))
            {
                characters.removeFirst()
                continue
            }
            if character == "!" && characters.dropFirst().first == "[" {
                characters.removeFirst()
                continue
            }
            result.append(character)
            characters.removeFirst()
        }
        return result
    }
}

/// Joins the items of a list to the paragraph that announces it with a colon: "The following took part:" + items.
enum ListJoiner {
    static func join(_ blocks: [(text: String, isListItem: Bool)]) -> [String] {
        var paragraphs: [String] = []
        var joining = false
        for block in blocks {
            if block.isListItem, joining, let last = paragraphs.last {
                var item = block.text
                while let end = item.last, ".;,".contains(end) { item.removeLast() }
                paragraphs[paragraphs.count - 1] = last.hasSuffix(":") ? last + " " + item : last + ", " + item
                continue
            }
            paragraphs.append(block.text)
            joining = !block.isListItem && block.text.hasSuffix(":")
        }
        return paragraphs
    }
}

extension Substring {
    /// The slice without leading and trailing whitespace and newlines, not copied.
    fileprivate func trimmedOfWhitespace() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
