import Foundation

/// A reader of a format that is read whole as text (network files, event tables, edge lists, node-link JSON):
/// each gives ``read(text:file:limits:)``, and reading a path is the same for all of them.
public protocol TextNetworkReader {
    /// Parses `text`; `file` names it in errors. Reports every problem found, with its line and column.
    static func read(text: String, file: String, limits: ReadLimits) throws -> Network

    /// Parses `text` as ``read(text:file:limits:)`` does, handing `note` each thing the reader tells without
    /// refusing the file (rows repeated exactly, in the delimited formats). A reader with nothing to tell keeps
    /// the default, which tells nothing.
    static func read(text: String, file: String, limits: ReadLimits, note: (String) -> Void) throws -> Network
}

extension TextNetworkReader {
    /// Reads the file at `path` within `limits` (its size, its UTF-8, positions for errors) and parses its text.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits)
    }

    /// Reads the file at `path` as ``read(path:limits:)`` does, handing `note` what the reader tells.
    public static func read(path: String, limits: ReadLimits = .default, note: (String) -> Void) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits, note: note)
    }

    /// Tells nothing: ``read(text:file:limits:)``.
    public static func read(text: String, file: String, limits: ReadLimits, note: (String) -> Void) throws -> Network {
        try read(text: text, file: file, limits: limits)
    }
}
