import Foundation

/// Why a document or a gazetteer could not be read; every case names the file.
public enum ExtractionError: Error, LocalizedError, Hashable, Sendable {
    /// No such file or directory.
    case missing(String)
    /// A file that cannot be read (permissions, a device).
    case unreadable(String, reason: String)
    /// A file larger than the extraction limit.
    case tooLarge(String, bytes: Int, limit: Int)
    /// Bytes that are not UTF-8 text: binary data, or another encoding.
    case notText(String, line: Int, column: Int, reason: String)
    /// A JSON lines record that is not an object with a `text` (or `html`) string.
    case badRecord(String, line: Int, reason: String)
    /// A gazetteer line with fewer than three tab-separated fields.
    case badGazetteerLine(String, Int)

    public var errorDescription: String? {
        switch self {
        case .missing(let file): return "\(file): no such file or directory"
        case .unreadable(let file, let reason): return "\(file): cannot be read: \(reason)"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): is \(bytes) bytes, over the extraction limit of \(limit) bytes per document"
        case .notText(let file, let line, let column, let reason): return "\(file):\(line):\(column): \(reason)"
        case .badRecord(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .badGazetteerLine(let file, let line):
            return "\(file):\(line): expected id, kind, name and aliases separated by tabs"
        }
    }
}
