import Foundation

/// A reader of a format that is read whole as text (network files, event tables, edge lists, node-link JSON):
/// each gives ``read(text:file:limits:)``, and reading a path is the same for all of them.
public protocol TextNetworkReader {
    /// Parses `text`; `file` names it in errors. Reports every problem found, with its line and column.
    static func read(text: String, file: String, limits: ReadLimits) throws -> Network
}

extension TextNetworkReader {
    /// Reads the file at `path` within `limits` (its size, its UTF-8, positions for errors) and parses its text.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits)
    }
}
