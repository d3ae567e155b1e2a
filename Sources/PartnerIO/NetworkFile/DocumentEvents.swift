/// A document read as a stream of events: YAML through libyaml (``YAMLEventReader``) or JSON through its own
/// grammar (a streaming JSON reader). The network-file decoder and the node-link reader read either the same way.
protocol DocumentEvents: AnyObject {
    /// The file named in errors.
    var file: String { get }
    /// The next value's first event, not consumed. `.documentEnd` when the document has no more values, `.end`
    /// when the open collection has none.
    func peek() throws -> YAMLEvent
    /// The next event.
    func next() throws -> YAMLEvent
    /// Passes over the next value, whole.
    func skipValue() throws
    /// Checks that nothing follows the document's value.
    func finish() throws
}

extension DocumentEvents {
    /// A positioned value tree of the next value (for values known to be small: one item of a list).
    func readNode(path: String) throws -> DocumentNode { try readNode(parentPath: path, step: .none) }

    /// A positioned value tree of the next value, which sits at `step` under the collection at `parentPath`.
    /// Only collections spell their own path (their children need it); a scalar keeps its parent's.
    func readNode(parentPath: String, step: DocumentNode.Step) throws -> DocumentNode {
        let event = try next()
        switch event.kind {
        case .scalar:
            // A null inside a document (`name: ~`, `region:`, `[A, null]`) would be read as an absent value and
            // lost: it is refused. (A whole list left empty, `meetings:`, is read by the decoder as no items.)
            if event.isNull, case let path = DocumentNode.spell(parentPath, step), !path.isEmpty {
                throw ReadError(
                    .invalidValue, file: file, line: event.line, column: event.column, field: path,
                    message: "null; a network keeps no empty values (leave the key out)")
            }
            let value: DocumentNode.Value = event.isNull ? .null : .scalar(event.text, quoted: event.quoted)
            return DocumentNode(value: value, line: event.line, column: event.column, parentPath: parentPath, step: step)
        case .sequenceStart:
            let path = DocumentNode.spell(parentPath, step)
            var items: [DocumentNode] = []
            while try peek().kind != .end {
                items.append(try readNode(parentPath: path, step: .index(items.count)))
            }
            _ = try next()
            return DocumentNode(value: .sequence(items), line: event.line, column: event.column, parentPath: parentPath, step: step)
        case .mappingStart:
            let path = DocumentNode.spell(parentPath, step)
            var pairs: [(key: String, keyNode: DocumentNode?, value: DocumentNode)] = []
            while try peek().kind != .end {
                let key = try next()
                let keyNode = DocumentNode(
                    value: .scalar(key.text, quoted: key.quoted), line: key.line, column: key.column, parentPath: path,
                    step: .key(key.text))
                pairs.append((key.text, keyNode, try readNode(parentPath: path, step: .key(key.text))))
            }
            _ = try next()
            return DocumentNode(value: .mapping(pairs), line: event.line, column: event.column, parentPath: parentPath, step: step)
        default:
            throw ReadError(.syntax, file: file, line: event.line, column: event.column, message: "not valid YAML or JSON: expected a value")
        }
    }
}

/// The two syntaxes of a network file.
enum DocumentSyntax {
    case yaml, json

    /// JSON for a `.json` name, YAML for `.yaml` and `.yml`; otherwise (standard input, other names) JSON when
    /// the text starts with `{` or `[` after white space, else YAML.
    init(file: String, text: String) {
        var text = text
        self = text.withUTF8 { DocumentSyntax(file: file, bytes: $0) }
    }

    /// The syntax of a file named `file` holding `bytes`, as ``init(file:text:)`` tells it.
    init(file: String, bytes: UnsafeBufferPointer<UInt8>) {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else {
            let first = bytes.lazy.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
            self = first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .yaml
        }
    }

    /// Runs `body` with an event reader of this syntax over `text`.
    func reading<T>(text: String, file: String, limits: ReadLimits, _ body: (any DocumentEvents) throws -> T) throws -> T {
        switch self {
        case .yaml: try YAMLEventReader.reading(text: text, file: file, limits: limits) { try body($0) }
        case .json: try JSONEventReader.reading(text: text, file: file, limits: limits) { try body($0) }
        }
    }
}
