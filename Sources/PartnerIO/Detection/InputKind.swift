import Foundation

/// The kinds of input file PartnerGraph reads.
public enum InputKind: String, Sendable, CaseIterable {
    /// A network file, YAML or JSON.
    case network
    /// An event table, CSV.
    case events
    /// A plain edge list, `u<TAB>v[<TAB>weight]`.
    case edges
    /// An affiliation list, `actor<TAB>meeting<TAB>role`.
    case affiliation
    /// A NetworkX edge list, fields separated by white space: `u v`, `u v weight` or `u v {'weight': 2.0}`.
    case whitespaceEdges = "edgelist"
    /// A CSV edge table with a header, as Gephi exports it: `Source,Target[,Weight][,Type]`.
    case edgeTable = "edge-table"
    /// Pajek `.net`.
    case pajek
    /// GraphML, GEXF or NetworkX node-link JSON, as PartnerGraph writes them.
    case graphml, gexf
    case nodeLink = "node-link"

    /// Guesses the kind from the extension and, where that does not tell, from the content.
    ///
    /// `.graphml`, `.gexf`, `.node-link.json`, `.yaml`, `.yml`, `.json`, `.net` (Pajek) and `.edgelist` (NetworkX)
    /// tell the kind. `.csv` is an event table when its header names `actor` and `meeting` (and must name `relation`), an edge
    /// table when it starts `Source,Target`, else a plain edge list. A file that starts with Pajek's `*Vertices`
    /// or `*Network` (after `%` comments) is Pajek. A file without one of these
    /// extensions (standard input, a pipe) is recognised by its first bytes: XML is GraphML or GEXF by its root
    /// element, JSON is node-link when it has `nodes` and no `actors`, else a network file, and YAML that starts
    /// with a network file's keys is a network file; a CSV header is read as in a `.csv` (so `cat x.csv | partnet
    /// info -` works). Anything else is an affiliation list when its first data
    /// line has three tab-separated fields ending in `host`, `cochair` or `attend`, a NetworkX edge list when
    /// that line has no tab but a space (not in a `.tsv`), else a tab-separated edge list. Only
    /// the first line is scanned, streamed, so a first id longer than any buffer still counts as one field.
    public static func detect(path: String) throws -> InputKind {
        try detect(path: path, named: path)
    }

    /// Guesses the kind of the file at `path` from the extension of `name` (the input as the user named it; a
    /// stream's copy has a name of its own), then from the content.
    static func detect(path: String, named name: String) throws -> InputKind {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".graphml") { return .graphml }
        if lowered.hasSuffix(".gexf") { return .gexf }
        if lowered.hasSuffix(".node-link.json") || lowered.hasSuffix(".nodelink.json") { return .nodeLink }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") || lowered.hasSuffix(".json") { return .network }
        if lowered.hasSuffix(".net") { return .pajek }
        let handle = try openForDetection(path)
        defer { try? handle.close() }
        if lowered.hasSuffix(".csv") { return try csvHeaderKind(handle) ?? .edges }
        if lowered.hasSuffix(".edgelist") { return .whitespaceEdges }
        if !lowered.hasSuffix(".tsv") && !lowered.hasSuffix(".txt"), let kind = try sniff(handle) { return kind }
        try handle.seek(toOffset: 0)
        if !lowered.hasSuffix(".tsv"), try isPajek(handle) { return .pajek }
        try handle.seek(toOffset: 0)
        // Standard input and pipes carry no extension: a CSV header tells an event table or a Gephi edge table.
        if !lowered.hasSuffix(".tsv"), let kind = try csvHeaderKind(handle) { return kind }
        try handle.seek(toOffset: 0)
        let fields = try FirstLine.fields(of: handle, separator: FieldScanner.tab)
        if fields.count == 3, ["host", "cochair", "attend"].contains(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) {
            return .affiliation
        }
        if fields.count == 1, !lowered.hasSuffix(".tsv"), fields[0].contains(" ") { return .whitespaceEdges }
        return .edges
    }

    /// Guesses the kind of an opened input (see ``detect(path:)``): by the extension of the name the user gave,
    /// then by content.
    public static func detect(_ input: InputSource) throws -> InputKind {
        try input.reading { try detect(path: $0, named: input.name) }
    }

    /// The kind a comma-separated header row tells: an event table when it names `actor` and `meeting` (a
    /// missing `relation` is the reader's error), Gephi's edge table when it starts `Source,Target`, else nil.
    private static func csvHeaderKind(_ handle: FileHandle) throws -> InputKind? {
        let names = try FirstLine.fields(of: handle, separator: UInt8(ascii: ","))
            .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\""])).lowercased() }
        // A header naming actor and meeting is an event table's, even without relation (the reader says what
        // is missing): read as an edge list, it would have become an edge between "actor" and "meeting".
        if Set(names).isSuperset(of: ["actor", "meeting"]) { return .events }
        return names.starts(with: ["source", "target"]) ? .edgeTable : nil
    }

    /// The kind told by the first bytes of a structured format, or nil.
    private static func sniff(_ handle: FileHandle) throws -> InputKind? {
        var head = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let text = String(decoding: head, as: UTF8.self)
        let start = text.drop(while: { $0.isWhitespace })
        if start.hasPrefix("<") {
            if start.contains("<graphml") { return .graphml }
            if start.contains("<gexf") { return .gexf }
            return nil
        }
        if start.hasPrefix("{") {
            if start.contains("\"actors\"") || start.contains("\"meetings\"") { return .network }
            return start.contains("\"nodes\"") ? .nodeLink : .network
        }
        let keys = ["name", "source", "notes", "directed", "actors", "meetings", "ties"]
        for line in start.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            if line.hasPrefix("---") { return .network }
            let key = line.prefix { $0 != ":" }
            return key.count < line.count && keys.contains(String(key)) ? .network : nil
        }
        return nil
    }

    /// Whether the first line that is not blank or a `%` comment starts a Pajek section.
    private static func isPajek(_ handle: FileHandle) throws -> Bool {
        var head = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        for line in String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces).lowercased()
            if text.isEmpty || text.hasPrefix("%") { continue }
            return text.hasPrefix("*vertices") || text.hasPrefix("*network")
        }
        return false
    }

    private static func openForDetection(_ path: String) throws -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw ReadError(.unreadable, file: path, message: isDirectory.boolValue ? "is a directory, not a file" : "cannot be opened for reading")
            }
            throw ReadError(.unreadable, file: path, message: "no such file")
        }
        return handle
    }
}

/// The fields of a file's first data line (not blank, not a `#` comment), read a chunk at a time: each field
/// is kept to its first 64 bytes, which is all kind detection needs, so a line of any length costs one chunk
/// of memory. The line ends at a line feed or a NUL byte.
enum FirstLine {
    static func fields(of handle: FileHandle, separator: UInt8) throws -> [String] {
        var fields: [[UInt8]] = [[]]
        var atLineStart = true
        var skipping = false  // inside a comment line
        var sawContent = false
        var first = true
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            var bytes = [UInt8](chunk)
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            }
            for byte in bytes {
                if skipping {
                    if byte == UInt8(ascii: "\n") { skipping = false; atLineStart = true }
                    continue
                }
                if atLineStart {
                    if byte == UInt8(ascii: "#") { skipping = true; continue }
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { continue }
                    atLineStart = false
                }
                // A NUL ends the scan too: the reader refuses it at its place, and a file of zeros (a sparse
                // 5 GB file) has no line end to wait for.
                if byte == UInt8(ascii: "\n") || byte == 0 {
                    sawContent = true
                    break
                }
                if byte == separator {
                    fields.append([])
                } else if byte != UInt8(ascii: "\r"), fields[fields.count - 1].count < 64 {
                    fields[fields.count - 1].append(byte)
                }
            }
            if sawContent { break }
        }
        return fields.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// What a file held: a network (network files, event tables, affiliation lists) or a bare graph (edge lists).
public enum LoadedInput: Sendable {
    case network(Network)
    case graph(Graph)
}

extension InputKind {
    /// Reads the file as this kind.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - directed: for edge lists, whether an edge goes one way only.
    ///   - limits: protective limits on size and counts.
    ///   - note: receives what the reader tells without refusing the file: rows or lines repeated exactly in the
    ///     delimited formats (each kept as a parallel edge), with their count and the first one's line.
    public func load(
        path: String, directed: Bool = false, limits: ReadLimits = .default, note: (String) -> Void = { _ in }
    ) throws -> LoadedInput {
        try load(path: path, name: path, directed: directed, limits: limits, note: note)
    }

    /// Reads an opened input as this kind; errors and notes name the input as the user gave it.
    public func load(
        _ input: InputSource, directed: Bool = false, limits: ReadLimits = .default, note: (String) -> Void = { _ in }
    ) throws -> LoadedInput {
        try input.reading { try load(path: $0, name: input.name, directed: directed, limits: limits, note: note) }
    }

    /// What an input of this kind holds, for the message on an empty one.
    var expectation: String {
        switch self {
        case .network: "a network"
        case .events: "a header row with actor,meeting,relation"
        case .edges: "an edge list (u<TAB>v[<TAB>weight] per line)"
        case .affiliation: "an affiliation list (actor<TAB>meeting<TAB>role per line)"
        case .graphml: "a GraphML document"
        case .gexf: "a GEXF document"
        case .nodeLink: "a node-link JSON document"
        case .whitespaceEdges: "an edge list (u v [weight] per line)"
        case .edgeTable: "a header row with Source,Target"
        case .pajek: "a Pajek network (*Vertices)"
        }
    }

    /// Refuses an input that holds nothing but white space, the same way for every kind:
    /// `FILE:1:1: is empty; expected ...`. Every load does this first; a caller that reads an input with a
    /// reader of its own calls it.
    public func refuseEmpty(_ input: InputSource) throws {
        try input.reading { try ValueCheck.nonEmpty(path: $0, expected: expectation) }
    }

    private func load(path: String, name: String, directed: Bool, limits: ReadLimits, note: (String) -> Void) throws -> LoadedInput {
        let loaded = try loadUnnamed(path: path, name: name, directed: directed, limits: limits, note: note)
        // A reader that names the network after its file saw the copy of a stream: give it the input's name.
        guard path != name, case .network(var network) = loaded, network.name == URL(fileURLWithPath: path).lastPathComponent else { return loaded }
        network.name = URL(fileURLWithPath: name).lastPathComponent
        return .network(network)
    }

    private func loadUnnamed(path: String, name: String, directed: Bool, limits: ReadLimits, note: (String) -> Void) throws -> LoadedInput {
        try ValueCheck.nonEmpty(path: path, expected: expectation)
        // A reader names the file it read: the copy of a stream is named as the user gave it.
        func tell(_ told: String) { note(told.hasPrefix(path + ":") ? name + told.dropFirst(path.count) : told) }
        switch self {
        case .network: return .network(try NetworkFile.read(path: path, limits: limits))
        case .events: return .network(try EventTableReader.read(path: path, limits: limits, note: tell))
        case .edges:
            let parsed = try EdgeList.parse(path: path, limits: limits)
            if let told = parsed.repeatNote(path: path, name: name, limits: limits) { tell(told) }
            return .graph(parsed.makeGraph(directed: directed))
        case .graphml: return .network(try GraphML.read(path: path, limits: limits))
        case .gexf: return .network(try GEXF.read(path: path, limits: limits))
        case .nodeLink: return .network(try NodeLink.read(path: path, limits: limits))
        case .whitespaceEdges: return .network(try WhitespaceEdgeListReader.read(path: path, limits: limits, note: tell))
        case .edgeTable: return .network(try GephiCSV.read(path: path, limits: limits, note: tell))
        case .pajek: return .network(try Pajek.read(path: path, limits: limits))
        case .affiliation:
            let parsed = try AffiliationReader.parse(path: path, limits: limits)
            if let told = parsed.repeatNote(path: path, name: name, limits: limits) { tell(told) }
            return .network(try parsed.makeNetwork(name: URL(fileURLWithPath: name).lastPathComponent))
        }
    }
}

extension InputKind {
    /// Reads the file as a network, whatever its kind: a plain edge list becomes organisations linked by
    /// `collaborates` ties (weighted when it has weights), so that it renders and converts like any network.
    /// `note` receives what the reader tells without refusing the file, as in ``load(path:directed:limits:note:)``.
    public func loadNetwork(path: String, limits: ReadLimits = .default, note: (String) -> Void = { _ in }) throws -> Network {
        try loadNetwork(path: path, name: path, limits: limits, note: note)
    }

    /// Reads an opened input as a network (see ``loadNetwork(path:limits:note:)``).
    public func loadNetwork(_ input: InputSource, limits: ReadLimits = .default, note: (String) -> Void = { _ in }) throws -> Network {
        try input.reading { try loadNetwork(path: $0, name: input.name, limits: limits, note: note) }
    }

    private func loadNetwork(path: String, name: String, limits: ReadLimits, note: (String) -> Void) throws -> Network {
        guard self == .edges else {
            switch try load(path: path, name: name, directed: false, limits: limits, note: note) {
            case .network(let network): return network
            case .graph: preconditionFailure("only plain edge lists load as bare graphs")
            }
        }
        try ValueCheck.nonEmpty(path: path, expected: expectation)
        let parsed = try EdgeList.parse(path: path, limits: limits)
        if let told = parsed.repeatNote(path: path, name: name, limits: limits) { note(told) }
        do {
            return try parsed.makeNetwork(name: URL(fileURLWithPath: name).lastPathComponent)
        } catch let error as NetworkError {
            // The network names edges by position; an edge list's n-th edge is its n-th data line.
            throw (try? EdgeListLines.placed(error, of: parsed, file: path, limits: limits)) ?? error
        }
    }
}

/// Where the nodes and edges of a plain edge list came from, found again only when building its network failed
/// (a self-loop), so that reading costs nothing for it.
public enum EdgeListLines {
    /// Throws the network's problems placed on their lines in `input`, or `error` as it is when the input cannot be
    /// read again.
    public static func throwPlaced(_ error: NetworkError, of parsed: ParsedEdgeList, in input: InputSource, limits: ReadLimits) throws -> Never {
        try input.reading { path in throw (try? placed(error, of: parsed, file: path, limits: limits)) ?? error }
    }

    /// The network's problems placed on their lines: an edge on its line (the n-th edge is the n-th data line),
    /// a node on the line where it first appears.
    static func placed(_ error: NetworkError, of parsed: ParsedEdgeList, file: String, limits: ReadLimits) throws -> any Error {
        let edgeLines = try dataLines(path: file, limits: limits)
        // The file changed since: place nothing rather than place wrongly.
        guard edgeLines.count == parsed.sources.count else { return error }
        var nodeLines = [Int](repeating: 0, count: parsed.nodeIDs.count)
        for (edge, line) in edgeLines.enumerated() {
            for node in [Int(parsed.sources[edge]), Int(parsed.targets[edge])] where nodeLines[node] == 0 { nodeLines[node] = line }
        }
        return ReadError(error, file: file, nodeLines: nodeLines, edgeLines: edgeLines)
    }

    /// The number of each line that holds data (the n-th edge or row is on the n-th of them), read again from the
    /// file: blank and `#` lines skipped as the TSV readers skip them.
    /// - Complexity: O(file size).
    static func dataLines(path: String, limits: ReadLimits) throws -> [Int] {
        let bytes = try InputFile.bytes(at: path, limits: limits)
        var numbers: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var lines = FieldScanner.Lines(buffer, skipping: FieldScanner.byteOrderMarkLength(bytes))
            while lines.next() != nil { numbers.append(lines.number) }
        }
        return numbers
    }
}
