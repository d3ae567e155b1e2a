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

    /// Guesses the kind from the extension and, for tab-separated files, the first data line.
    ///
    /// `.yaml`, `.yml` and `.json` are network files; `.net`, or a file whose first line is `*Vertices` or
    /// `*Network`, is Pajek; `.csv` is an event table when its header names `actor`, `meeting` and `relation`, an
    /// edge table when it starts `Source,Target`, else a plain edge list; `.edgelist` is a NetworkX edge list;
    /// any other file is an affiliation list when its first line has three tab-separated fields ending in `host`,
    /// `cochair` or `attend`, a tab-separated edge list when its first line has a tab, a NetworkX edge list when
    /// it has none but a space (`.txt`), else a tab-separated edge list.
    public static func detect(path: String) throws -> InputKind {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".graphml") { return .graphml }
        if lowered.hasSuffix(".gexf") { return .gexf }
        if lowered.hasSuffix(".node-link.json") || lowered.hasSuffix(".nodelink.json") { return .nodeLink }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") || lowered.hasSuffix(".json") { return .network }
        if lowered.hasSuffix(".net") { return .pajek }
        let head = try firstLines(of: path, count: 4)
        let first = head.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("%") })
        if let first, ["*vertices", "*network"].contains(where: { first.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix($0) }) {
            return .pajek
        }
        if lowered.hasSuffix(".csv") {
            let header = head.first?.lowercased() ?? ""
            let names = header.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(["\""])) }
            if Set(names).isSuperset(of: ["actor", "meeting", "relation"]) { return .events }
            return names.starts(with: ["source", "target"]) ? .edgeTable : .edges
        }
        if lowered.hasSuffix(".edgelist") { return .whitespaceEdges }
        if let line = first {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 3, ["host", "cochair", "attend"].contains(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) {
                return .affiliation
            }
            if fields.count == 1 && !lowered.hasSuffix(".tsv") && line.contains(" ") { return .whitespaceEdges }
        }
        return .edges
    }

    private static func firstLines(of path: String, count: Int) throws -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw ReadError(file: path, message: isDirectory.boolValue ? "is a directory, not a file" : "cannot be opened for reading")
            }
            throw ReadError(file: path, message: "no such file")
        }
        defer { try? handle.close() }
        var data = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        // A BOM would glue itself to the first column name and hide an event table's header.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        // "\r\n" is one Character, so splitting on "\n" alone left a CRLF file in one piece.
        return String(decoding: data, as: UTF8.self)
            .split(maxSplits: count, omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .prefix(count).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
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
    public func load(path: String, directed: Bool = false, limits: ReadLimits = .default) throws -> LoadedInput {
        switch self {
        case .network: return .network(try NetworkFileReader.read(path: path, limits: limits))
        case .events: return .network(try EventTableReader.read(path: path, limits: limits))
        case .edges: return .graph(try EdgeListReader.parse(path: path, limits: limits).makeGraph(directed: directed))
        case .graphml: return .network(try GraphML.read(path: path, limits: limits))
        case .gexf: return .network(try GEXF.read(path: path, limits: limits))
        case .nodeLink: return .network(try NodeLink.read(path: path, limits: limits))
        case .whitespaceEdges: return .network(try WhitespaceEdgeListReader.read(path: path, limits: limits))
        case .edgeTable: return .network(try EdgeTableReader.read(path: path, limits: limits))
        case .pajek: return .network(try PajekReader.read(path: path, limits: limits))
        case .affiliation:
            let name = URL(fileURLWithPath: path).lastPathComponent
            return .network(try AffiliationReader.parse(path: path, limits: limits).makeNetwork(name: name))
        }
    }
}

extension InputKind {
    /// Reads the file as a network, whatever its kind: an edge list becomes organisations linked by
    /// `collaborates` ties (weighted when it has weights), so that it renders and converts like any network.
    public func loadNetwork(path: String, limits: ReadLimits = .default) throws -> Network {
        guard self == .edges else {
            switch try load(path: path, limits: limits) {
            case .network(let network): return network
            case .graph: preconditionFailure("only plain edge lists load as bare graphs")
            }
        }
        return try EdgeListReader.parse(path: path, limits: limits).makeNetwork(name: URL(fileURLWithPath: path).lastPathComponent)
    }
}
