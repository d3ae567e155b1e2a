import Foundation

/// Reads network files: YAML or JSON in one schema (see the README's "Network file" section).
///
/// ```yaml
/// name: Rabat Process activities 2018-2020
/// actors:
///   - {id: NGA, name: Nigeria, kind: country, region: Africa}
/// meetings:
///   - {id: abuja-2019, title: Diaspora remittances, start: 2019-11-05, hosts: [NGA], coChairs: [FRA, BEL]}
/// ties:
///   - {from: ICMPD, to: RABAT, relation: secretariat}
/// ```
/// The reader is strict: an unknown key, a wrong type, a malformed date, an unknown or duplicate id is an error
/// naming file, line, column and field. It reports every problem it finds, not only the first.
public enum NetworkFileReader: TextNetworkReader {

    /// Parses network-file text; `file` names it in errors.
    ///
    /// JSON is read by JSON's grammar (a streaming JSON reader) when the name ends in `.json` or, for other names than
    /// `.yaml` and `.yml`, when the text starts with `{` or `[`; YAML by libyaml otherwise.
    /// The block-style YAML and indented JSON that `convert` writes are read by a byte scanner straight into the
    /// network builder (`NetworkFileFastPath`). Any other file, and any file with a problem, is read as a stream
    /// of parse events (libyaml's event parser, or the JSON event reader), one list item at a time, so the memory
    /// it takes is the network being built, the text itself and one item, not a tree of the document.
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        let syntax = DocumentSyntax(file: file, text: text)
        // The files `convert` writes read straight into the builder; any other file, or one with a problem, is
        // read along the general path below, which places every problem.
        if let network = NetworkFileFastPath.read(text: text, syntax: syntax, limits: limits) { return network }
        return try readGenerally(text: text, file: file, syntax: syntax, limits: limits)
    }

    /// The general path alone: parse events, the schema decoder with every problem placed, the builder.
    static func readGenerally(text: String, file: String, syntax: DocumentSyntax, limits: ReadLimits) throws -> Network {
        var decoder = NetworkFileDecoder(file: file)
        let network = try syntax.reading(text: text, file: file, limits: limits) { try decoder.decode($0) }
        let nodes = network.nodePlaces.count
        let edges = network.edgePlaces.count
        if nodes > limits.maxNodes || edges > limits.maxEdges {
            let place = nodes > limits.maxNodes ? network.nodePlaces[limits.maxNodes] : network.edgePlaces[limits.maxEdges]
            try limits.check(nodes: nodes, edges: edges, file: file, line: place.line, column: place.column)
        }
        // Schema problems (a bad date, an unknown key) do not hide the network's own (an unknown id): both are
        // collected, then reported together in file order.
        var errors = decoder.errors
        do {
            let built = try network.builder.build()
            if errors.isEmpty { return built }
        } catch let error as NetworkError {
            errors += error.problems.map { problem in
                let place: (line: Int?, column: Int?, path: String)?
                switch problem.subject {
                case .nodeNumber(let number): place = network.nodePlaces[number - 1].place(of: problem.field, relation: nil)
                case .edgeNumber(let number):
                    place = network.edgePlaces[number - 1].place(
                        of: problem.field, relation: network.builder.edges[number - 1].relation)
                case .network: place = nil
                }
                return ReadError(
                    ReadError.Code(problem.code), file: file, line: place?.line, column: place?.column, field: place?.path,
                    message: problem.message)
            }
        }
        throw ReadError(combining: errors)
    }
}

/// A YAML/JSON value with its position and its path from the root (`meetings[3].start`).
struct DocumentNode {
    enum Value {
        case scalar(String, quoted: Bool)
        case mapping([(key: String, keyNode: DocumentNode?, value: DocumentNode)])
        case sequence([DocumentNode])
        case null
    }

    /// The last step of a node's path: none (the root, or a path given whole), a key or a list position.
    enum Step {
        case none
        case key(String)
        case index(Int)
    }

    var value: Value
    var line: Int?
    var column: Int?
    /// The path of the collection holding the node, and the step from it to the node: the path itself is
    /// spelled only when an error needs it (a list of a million items builds no million strings).
    var parentPath: String
    var step: Step

    /// The node's path from the root (`meetings[3].start`).
    var path: String { Self.spell(parentPath, step) }

    /// `parent` followed by `step`.
    static func spell(_ parent: String, _ step: Step) -> String {
        switch step {
        case .none: parent
        case .key(let key): parent.isEmpty ? key : "\(parent).\(key)"
        case .index(let index): "\(parent)[\(index)]"
        }
    }

    init(value: Value, line: Int?, column: Int?, path: String) {
        self.init(value: value, line: line, column: column, parentPath: path, step: .none)
    }

    init(value: Value, line: Int?, column: Int?, parentPath: String, step: Step) {
        self.value = value
        self.line = line
        self.column = column
        self.parentPath = parentPath
        self.step = step
    }

    func child(_ key: String) -> DocumentNode? {
        if case .mapping(let pairs) = value { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// Parses YAML or JSON into positioned nodes (see ``YAMLEventReader`` and ``JSONEventReader`` for what each
    /// refuses).
    static func parse(text: String, file: String, syntax: DocumentSyntax, limits: ReadLimits) throws -> DocumentNode {
        try syntax.reading(text: text, file: file, limits: limits) { events in
            if try events.peek().kind == .documentEnd {
                throw ReadError(
                    .unknownFormat, file: file, line: 1, column: 1, message: "is empty; expected a network (a mapping with name, actors, meetings, ties)")
            }
            let root = try events.readNode(path: "")
            try events.finish()
            return root
        }
    }
}
