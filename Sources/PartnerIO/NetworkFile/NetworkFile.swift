import Foundation
import PartnerMetrics

/// The native network file: YAML or JSON in one schema (see the README's "Network file" section), read and
/// written by this one type.
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
///
/// Reading: ``read(path:limits:)``, ``read(text:file:limits:)`` and ``summary(path:limits:detail:threads:)`` (the
/// figures of `info` straight from the file's columns). Writing: ``write(_:format:to:)`` and
/// ``string(for:format:)``, in either ``Format``; what is written reads back as an equal network.
public enum NetworkFile: TextNetworkReader {
    /// The two spellings of the schema.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

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

    /// Reads the network file at `path` within `limits`, as ``read(text:file:limits:)`` reads its text.
    ///
    /// The file's bytes go to the fast path as they are, with no copy made as a `String`; only a file the fast path
    /// declines is made text for the general path.
    /// - Complexity: O(file size); memory the file's bytes and the network.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(path: path, limits: limits, streaming: .default)
    }

    /// ``read(path:limits:)`` with the file read as `streaming` says (tests make its pieces small).
    static func read(path: String, limits: ReadLimits, streaming: Streaming) throws -> Network {
        try reading(path: path, limits: limits, streaming: streaming, fast: { $0.networkIfValid() }, general: { $0 })
    }

    /// The summary of the network file at `path` (``/PartnerMetrics/NetworkSummary``), the figures
    /// `Network.summary(of:detail:mixingBy:threads:)` gives on the network ``read(path:limits:)`` reads.
    ///
    /// A file the fast path reads is summarised from its columns (internal `NetworkColumns.summary(detail:)`):
    /// the network itself is not built, and the file's bytes are let go before the graphs are. Any other file
    /// is read as a network and summarised, so its errors are the reader's.
    /// - Parameters:
    ///   - path: the network file (YAML or JSON).
    ///   - limits: the sizes the file may reach.
    ///   - detail: counts, or full detail (clustering, centralisation and mixing by region).
    ///   - threads: worker threads for the pair kernels; nil uses every active core.
    /// - Complexity: O(file size + Σ_k n_k²) for meeting sizes n_k; memory O(file size) while reading, then the
    ///   columns and two graphs.
    public static func summary(
        path: String, limits: ReadLimits = .default, detail: NetworkSummary.Detail = .counts, threads: Int? = nil
    ) throws -> NetworkSummary {
        try summary(path: path, limits: limits, detail: detail, threads: threads, streaming: .default)
    }

    /// ``summary(path:limits:detail:threads:)`` with the file read as `streaming` says (tests make its pieces small).
    static func summary(
        path: String, limits: ReadLimits, detail: NetworkSummary.Detail, threads: Int?, streaming: Streaming
    ) throws -> NetworkSummary {
        let read = try reading(path: path, limits: limits, streaming: streaming, fast: { Either.columns($0) }, general: { Either.network($0) })
        switch read {
        case .columns(let columns): return try columns.summary(detail: detail, threads: threads)
        case .network(let network): return network.summary(detail: detail, threads: threads)
        }
    }

    private enum Either {
        case columns(NetworkColumns)
        case network(Network)
    }

    /// How a network file is read from its path: a large regular file whose name gives its syntax is read on a
    /// second thread while the fast path reads the part already there (``ReadAhead``, ``NetworkFileFastPath/Arrival``);
    /// any other file is read whole first. The network, and any error, are the same either way.
    struct Streaming {
        /// Files of fewer bytes are read whole first.
        var minimumSize: Int
        /// Bytes read at a time.
        var chunkSize: Int
        /// How far past an item's start the bytes must be before the fast path reads it.
        var window: Int

        static let `default` = Streaming(minimumSize: 4 << 20, chunkSize: 1 << 20, window: 1 << 20)
        /// Every file read whole first.
        static let never = Streaming(minimumSize: .max, chunkSize: 1 << 20, window: 1 << 20)
    }

    /// Reads the file's bytes: what `fast` makes of the fast path's columns, else (no columns, or `fast` gives nil)
    /// what `general` makes of the general path's network.
    private static func reading<T>(
        path: String, limits: ReadLimits, streaming: Streaming, fast: (NetworkColumns) -> T?, general: (Network) throws -> T
    ) throws -> T {
        let lowered = path.lowercased()
        let named = lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
        if named, let size = ReadAhead.regularFileSize(path), size >= streaming.minimumSize {
            return try readingAhead(path: path, limits: limits, streaming: streaming, fast: fast, general: general)
        }
        // The bytes live only in this scope: a caller's later work (graphs, figures) does not hold them.
        let bytes = try InputFile.bytes(at: path, limits: limits)
        let start = bytes.starts(with: InputFile.byteOrderMark) ? 3 : 0
        let syntax = bytes.withUnsafeBufferPointer { DocumentSyntax(file: path, bytes: UnsafeBufferPointer(rebasing: $0[start...])) }
        let columns = bytes.withUnsafeBufferPointer { buffer in
            NetworkFileFastPath.columns(in: UnsafeBufferPointer(rebasing: buffer[start...]), syntax: syntax, limits: limits)
        }
        if let columns, let result = fast(columns) { return result }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self) }
        return try general(try readGenerally(text: text, file: path, syntax: syntax, limits: limits))
    }

    /// ``reading(path:limits:streaming:fast:general:)`` for a file read on a second thread as the fast path reads it.
    private static func readingAhead<T>(
        path: String, limits: ReadLimits, streaming: Streaming, fast: (NetworkColumns) -> T?, general: (Network) throws -> T
    ) throws -> T {
        let ahead = try ReadAhead(path: path, limits: limits, chunkSize: streaming.chunkSize)
        // The name gives the syntax (the bytes are not needed for it).
        let syntax = DocumentSyntax(file: path, bytes: UnsafeBufferPointer(start: nil, count: 0))
        let columns = NetworkFileFastPath.columns(arriving: ahead, syntax: syntax, limits: limits, window: streaming.window)
        // The buffer lives as long as the reader: it is kept to here.
        return try withExtendedLifetime(ahead) {
            // The reading's end decides: a file that changed, or is not text, is its error whatever the fast path made.
            let bytes = try ahead.finish()
            if let columns, let result = fast(columns) { return result }
            let start = bytes.starts(with: InputFile.byteOrderMark) ? 3 : 0
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            return try general(try readGenerally(text: text, file: path, syntax: syntax, limits: limits))
        }
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

/// The reading half of ``NetworkFile``, by its former name.
@available(*, deprecated, renamed: "NetworkFile")
public typealias NetworkFileReader = NetworkFile

/// The writing half of ``NetworkFile``, by its former name.
@available(*, deprecated, renamed: "NetworkFile")
public typealias NetworkFileWriter = NetworkFile

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
