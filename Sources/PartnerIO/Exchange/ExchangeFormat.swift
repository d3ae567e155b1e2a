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

/// Writes files atomically: to a temporary file beside the destination, then renamed over it, so that a failure
/// never leaves a half-written file and the previous file stays intact until the new one is complete.
public enum AtomicFile {
    /// Writes `data` to `path`; refuses to write over any of `protected` (e.g. the input).
    public static func write(_ data: Data, to path: String, protecting protected: [String] = []) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in protected
        where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == destination || isSameFile(input, destination.path) {
            throw ReadError(file: path, message: "is the input file; refusing to write over it")
        }
        let directory = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReadError(file: path, message: "cannot be written: the folder \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReadError(file: path, message: "is a directory; give a file name")
        }
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            // The new file keeps the old one's permissions (a private file stays private), and reaches the disk
            // before it replaces the old one, so a crash leaves one or the other, whole.
            if let permissions = try? FileManager.default.attributesOfItem(atPath: destination.path)[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces the destination in one step on the same file system.
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReadError(file: path, message: "could not be written: \(error.localizedDescription)")
        }
    }

    /// Whether two paths name one file (a hard link or another mount of it has a different path).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
