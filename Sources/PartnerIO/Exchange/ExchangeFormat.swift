import Foundation

/// The file formats a network can be converted to (and, except VOSviewer, read back from).
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case yaml, json, graphml, gexf
    case nodeLink = "node-link"
    case pajek, vosviewer
    /// VOSviewer's JSON (one file, for VOSviewer Online).
    case vosviewerJSON = "vosviewer-json"
    /// A tab-separated edge list, `from<TAB>to[<TAB>weight]` (see ``EdgeList``).
    case edgeList = "edgelist"
    /// Gephi's edge table (the file named) and node table (`-nodes.csv` beside it), CSV (see ``GephiCSV``).
    case gephiCSV = "gephi-csv"

    /// The extensions that tell each format, for messages.
    public static let extensionsByFormat: [(ExchangeFormat, String)] = [
        (.yaml, ".yaml .yml"), (.json, ".json"), (.graphml, ".graphml"), (.gexf, ".gexf"), (.nodeLink, ".node-link.json"),
        (.pajek, ".net"), (.vosviewer, ".vos"), (.vosviewerJSON, ".vosviewer.json"), (.edgeList, ".tsv"), (.gephiCSV, ".csv"),
    ]

    /// Why a file name's extension names no format this command writes, with what to do instead.
    public static func unknownExtensionAdvice(_ path: String) -> String {
        let lowered = path.lowercased()
        let ext = lowered.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last.map { "." + $0 } : nil } ?? "(none)"
        let known = extensionsByFormat.map { "\($0.1) (\($0.0.rawValue))" }.joined(separator: ", ")
        var advice = "cannot tell the format of '\(path)' from its extension \(ext); known: \(known). Give -f/--format (or --to) with one of these formats"
        if [".dot", ".gv", ".svg", ".png", ".pdf"].contains(ext) { advice += "; drawings are written by `partnet render`" }
        if [".html", ".htm"].contains(ext) { advice += "; pages are written by `partnet report`" }
        if ext == ".edgelist" || ext == ".txt" { advice += "; a tab-separated edge list is written with .tsv or --to edgelist" }
        return advice
    }

    /// The name endings that tell each format, in the order they are tried: a longer ending before a shorter one
    /// it ends with (`.node-link.json` before `.json`).
    static let suffixes: [(String, ExchangeFormat)] = [
        (".yaml", .yaml), (".yml", .yaml), (".node-link.json", .nodeLink), (".nodelink.json", .nodeLink),
        (".vosviewer.json", .vosviewerJSON), (".vos.json", .vosviewerJSON), (".json", .json), (".graphml", .graphml),
        (".gexf", .gexf), (".net", .pajek), (".vos", .vosviewer), (".vosviewer", .vosviewer), (".tsv", .edgeList),
        (".csv", .gephiCSV),
    ]

    /// The format for a file name's extension (compared in lower case), or nil.
    public init?(extension path: String) {
        let lowered = path.lowercased()
        guard let format = Self.suffixes.first(where: { lowered.hasSuffix($0.0) })?.1 else { return nil }
        self = format
    }

    /// The files this format writes for a network: one (name suffix "", text), or two for VOSviewer
    /// (`-map.txt` and `-network.txt` appended to the output name's stem). With `results`, GraphML, GEXF and
    /// node-link JSON carry them as node attributes, and Pajek gets a `-NAME.vec` per score and a
    /// `-community.clu` for a partition; VOSviewer takes the partition as its clusters and the scores as
    /// `score<NAME>` columns (with `vosviewer`'s positions and average year); Gephi's node table takes them as
    /// columns; YAML, JSON and the edge list cannot carry them and refuse. Gephi's CSV is two files: the edge
    /// table (suffix "") and the node table (`-nodes.csv`).
    public func files(
        for network: Network, results: NodeResults = NodeResults(), vosviewer: VOSviewer.Extras = VOSviewer.Extras()
    ) throws -> [(suffix: String, text: String)] {
        if !results.isEmpty && [.yaml, .json, .edgeList].contains(self) {
            throw ReadError(
                .unsupported, file: rawValue,
                message: "\(rawValue) files cannot carry computed results; write GraphML, GEXF, node-link JSON, Pajek or a Gephi csv")
        }
        switch self {
        case .yaml: return [("", try NetworkFile.string(for: network, format: .yaml))]
        case .json: return [("", try NetworkFile.string(for: network, format: .json))]
        case .graphml, .gexf: return [("", streamedDocument!.string(for: network, results: results))]
        case .nodeLink: return [("", NodeLink.string(for: network, results: results))]
        case .edgeList: return [("", try EdgeList.string(for: network))]
        case .gephiCSV:
            try GephiCSV.checkIDs(of: network)
            let tables = GephiCSV.strings(for: network, results: results)
            return [("", tables.edges), (GephiCSV.nodeTableSuffix, tables.nodes)]
        case .pajek:
            var files = [("", Pajek.string(for: network))]
            for score in results.scores { files.append(("-\(score.name).vec", Pajek.vector(score, for: network))) }
            if let partition = results.partition { files.append(("-community.clu", Pajek.partition(partition, for: network))) }
            return files
        case .vosviewer, .vosviewerJSON:
            var extras = vosviewer
            if let partition = results.partition { extras.clusters = partition }
            var (items, links) = VOSviewer.itemsAndLinks(for: network, extras: extras)
            for score in results.scores {
                let value = Dictionary(zip(score.nodeIDs, score.values), uniquingKeysWith: { a, _ in a })
                for index in items.indices { items[index].scores[score.name] = value[items[index].id] }
            }
            if self == .vosviewerJSON { return [("", VOSviewer.json(items: items, links: links))] }
            let files = VOSviewer.files(items: items, links: links)
            return [("-map.txt", files.map), ("-network.txt", files.network)]
        }
    }

    /// Reads a file of this format; VOSviewer files are write-only. An edge list reads as organisations linked
    /// by `collaborates` ties; of Gephi's tables, the edge table is read (the file named).
    public func read(path: String, limits: ReadLimits = .default) throws -> Network {
        switch self {
        case .edgeList:
            return try EdgeList.read(path: path, limits: limits)
        case .gephiCSV: return try GephiCSV.read(path: path, limits: limits)
        case .yaml, .json: return try NetworkFile.read(path: path, limits: limits)
        case .graphml: return try GraphML.read(path: path, limits: limits)
        case .gexf: return try GEXF.read(path: path, limits: limits)
        case .nodeLink: return try NodeLink.read(path: path, limits: limits)
        case .pajek: return try Pajek.read(path: path, limits: limits)
        case .vosviewer, .vosviewerJSON:
            throw ReadError(
                .unsupported, file: path, message: "\(rawValue) files are written, not read; convert from YAML, JSON, GraphML, GEXF or node-link JSON")
        }
    }
}
