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
    /// GraphML, GEXF or NetworkX node-link JSON, as PartnerGraph writes them.
    case graphml, gexf
    case nodeLink = "node-link"

    /// Guesses the kind from the extension and, for tab-separated files, the first data line.
    ///
    /// `.yaml`, `.yml` and `.json` are network files; `.csv` is an event table when its header names `actor`,
    /// `meeting` and `relation`, else an edge list; any other file is an affiliation list when its first line has
    /// three fields ending in `host`, `cochair` or `attend`, else an edge list.
    public static func detect(path: String) throws -> InputKind {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".graphml") { return .graphml }
        if lowered.hasSuffix(".gexf") { return .gexf }
        if lowered.hasSuffix(".node-link.json") || lowered.hasSuffix(".nodelink.json") { return .nodeLink }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") || lowered.hasSuffix(".json") { return .network }
        let head = try firstLines(of: path, count: 4)
        if lowered.hasSuffix(".csv") {
            let header = head.first?.lowercased() ?? ""
            let names = Set(header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            return names.isSuperset(of: ["actor", "meeting", "relation"]) ? .events : .edges
        }
        if let line = head.first(where: { !$0.isEmpty && !$0.hasPrefix("#") }) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count == 3, ["host", "cochair", "attend"].contains(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) {
                return .affiliation
            }
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
        case .affiliation:
            let name = URL(fileURLWithPath: path).lastPathComponent
            return .network(try AffiliationReader.parse(path: path, limits: limits).makeNetwork(name: name))
        }
    }
}
