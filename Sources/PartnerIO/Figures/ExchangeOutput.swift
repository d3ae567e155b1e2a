import Foundation
import PartnerFiles

extension ExchangeFormat {
    /// What writing `network` in this format leaves behind, said for the user, or nil when nothing is lost: the
    /// network file (YAML, JSON) has no place for edge weights or edge attributes.
    /// - Complexity: O(m).
    public func lossNote(for network: Network) -> String? {
        guard self == .yaml || self == .json else { return nil }
        let weighted = network.edges.filter { $0.weight != nil }.count
        let attributed = network.edges.filter { !$0.attributes.isEmpty }.count
        guard weighted > 0 || attributed > 0 else { return nil }
        return "the \(rawValue) network file does not keep edge weights or edge attributes: \(weighted) weighted and \(attributed) "
            + "attributed edges are written without them; convert to graphml, gexf or node-link to keep them"
    }

    /// Writes the files of ``files(for:results:vosviewer:)`` under the output rule, all of them or none: the file
    /// with no suffix to `path`, the others beside it (`out.net` -> `out-community.clu`).
    /// - Parameters:
    ///   - files: the suffixes and texts.
    ///   - path: the output named by the user; `-` (standard output) takes one file only.
    ///   - protected: files never written over (the inputs).
    /// - Returns: the paths of the regular files written.
    /// - Throws: ``OutputError`` when a file cannot be written, or when several go to standard output.
    public func write(_ files: [(suffix: String, text: String)], beside path: String, protecting protected: [String]) throws -> [String] {
        if files.count > 1, path == "-" {
            throw OutputError(path: path, message: "\(rawValue) writes \(files.count) files; give a file name instead of -")
        }
        var outputs: [OutputFile] = []
        for file in files {
            let url = URL(fileURLWithPath: path)
            let stem = url.pathExtension.isEmpty ? url.path : url.deletingPathExtension().path
            let target = try OutputFile(path: file.suffix.isEmpty ? path : stem + file.suffix, protecting: protected)
            outputs.append(target)
            try target.write(file.text)
        }
        try OutputFile.commit(together: outputs)
        return outputs.filter { $0.target.path != nil }.map(\.path)
    }
}
