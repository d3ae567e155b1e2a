import Foundation

/// The file formats a network can be converted to (and, except Pajek and VOSviewer, read back from).
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case yaml, json, graphml, gexf
    case nodeLink = "node-link"
    case pajek, vosviewer

    /// The format for a file name's extension, or nil.
    public init?(extension path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { self = .yaml }
        else if lowered.hasSuffix(".node-link.json") || lowered.hasSuffix(".nodelink.json") { self = .nodeLink }
        else if lowered.hasSuffix(".json") { self = .json }
        else if lowered.hasSuffix(".graphml") { self = .graphml }
        else if lowered.hasSuffix(".gexf") { self = .gexf }
        else if lowered.hasSuffix(".net") { self = .pajek }
        else if lowered.hasSuffix(".vos") || lowered.hasSuffix(".vosviewer") { self = .vosviewer }
        else { return nil }
    }

    /// The files this format writes for a network: one (name suffix "", text), or two for VOSviewer
    /// (`-map.txt` and `-network.txt` appended to the output name's stem).
    public func files(for network: Network) throws -> [(suffix: String, text: String)] {
        switch self {
        case .yaml: return [("", try NetworkFileWriter.string(for: network, format: .yaml))]
        case .json: return [("", try NetworkFileWriter.string(for: network, format: .json))]
        case .graphml: return [("", GraphML.string(for: network))]
        case .gexf: return [("", GEXF.string(for: network))]
        case .nodeLink: return [("", NodeLink.string(for: network))]
        case .pajek: return [("", Pajek.string(for: network))]
        case .vosviewer:
            let files = VOSviewer.files(for: network)
            return [("-map.txt", files.map), ("-network.txt", files.network)]
        }
    }

    /// Reads a file of this format; Pajek and VOSviewer are write-only.
    public func read(path: String, limits: ReadLimits = .default) throws -> Network {
        switch self {
        case .yaml, .json: return try NetworkFileReader.read(path: path, limits: limits)
        case .graphml: return try GraphML.read(path: path, limits: limits)
        case .gexf: return try GEXF.read(path: path, limits: limits)
        case .nodeLink: return try NodeLink.read(path: path, limits: limits)
        case .pajek, .vosviewer: throw ReadError(file: path, message: "\(rawValue) files are written, not read; convert from YAML, JSON, GraphML, GEXF or node-link JSON")
        }
    }
}
