import Foundation

/// The file formats a network can be converted to (and, except Pajek and VOSviewer, read back from).
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case yaml, json, graphml, gexf
    case nodeLink = "node-link"
    case pajek, vosviewer
    /// VOSviewer's JSON (one file, for VOSviewer Online).
    case vosviewerJSON = "vosviewer-json"

    /// The format for a file name's extension, or nil.
    public init?(extension path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else if lowered.hasSuffix(".node-link.json") || lowered.hasSuffix(".nodelink.json") {
            self = .nodeLink
        } else if lowered.hasSuffix(".vosviewer.json") || lowered.hasSuffix(".vos.json") {
            self = .vosviewerJSON
        } else if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".graphml") {
            self = .graphml
        } else if lowered.hasSuffix(".gexf") {
            self = .gexf
        } else if lowered.hasSuffix(".net") {
            self = .pajek
        } else if lowered.hasSuffix(".vos") || lowered.hasSuffix(".vosviewer") {
            self = .vosviewer
        } else {
            return nil
        }
    }

    /// The files this format writes for a network: one (name suffix "", text), or two for VOSviewer
    /// (`-map.txt` and `-network.txt` appended to the output name's stem). With `results`, GraphML, GEXF and
    /// node-link JSON carry them as node attributes, and Pajek gets a `-NAME.vec` per score and a
    /// `-community.clu` for a partition; VOSviewer takes the partition as its clusters and the scores as
    /// `score<NAME>` columns (with `vosviewer`'s positions and average year); YAML and JSON cannot carry them
    /// and refuse.
    public func files(
        for network: Network, results: NodeResults = NodeResults(), vosviewer: VOSviewer.Extras = VOSviewer.Extras()
    ) throws -> [(suffix: String, text: String)] {
        if !results.isEmpty && [.yaml, .json].contains(self) {
            throw ReadError(
                .unsupported, file: rawValue, message: "\(rawValue) files cannot carry computed results; write GraphML, GEXF, node-link JSON or Pajek")
        }
        switch self {
        case .yaml: return [("", try NetworkFileWriter.string(for: network, format: .yaml))]
        case .json: return [("", try NetworkFileWriter.string(for: network, format: .json))]
        case .graphml: return [("", GraphML.string(for: network, results: results))]
        case .gexf: return [("", GEXF.string(for: network, results: results))]
        case .nodeLink: return [("", NodeLink.string(for: network, results: results))]
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

    /// Reads a file of this format; VOSviewer files are write-only.
    public func read(path: String, limits: ReadLimits = .default) throws -> Network {
        switch self {
        case .yaml, .json: return try NetworkFileReader.read(path: path, limits: limits)
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
