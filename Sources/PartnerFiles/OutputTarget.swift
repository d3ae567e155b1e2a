#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Where an output path leads, and so how it is written: the one output rule of PartnerGraph.
///
/// - `-`, `/dev/stdout` (and `/dev/fd/1`, `/proc/self/fd/1`): standard output, written in place.
/// - A character or block device or a FIFO (`/dev/null`, a named pipe): opened and written in place, never
///   replaced by a regular file.
/// - A regular file, new or existing: written to a temporary file in the same folder, then renamed over the
///   path in one step, so that a reader sees the old file or the new one, whole, whenever the writing process
///   ends. It reaches the disk when the system writes it back, unless ``OutputFile/Durability/synced`` is asked.
///   An existing file keeps its permissions; a new one gets `0666` less the umask.
/// - A symbolic link is followed to its target (also when the target does not exist yet); the link itself
///   stays. A directory or a socket is refused.
public enum OutputTarget: Sendable, Equatable {
    /// An open file descriptor written in place: standard output or error, or `/dev/fd/N`.
    case descriptor(Int32)
    /// A device or FIFO at this path, opened and written in place.
    case inPlace(path: String)
    /// A regular file at this resolved path (links followed), replaced through a temporary file and a rename.
    /// `existingMode` holds the permissions of the file it replaces, nil for a new file.
    case regularFile(path: String, existingMode: mode_t?)

    /// Works out where `path` leads, following symbolic links.
    /// - Throws: ``OutputError`` when the folder does not exist, the path is a directory or a socket, or
    ///   the links loop.
    public static func resolve(_ path: String) throws -> OutputTarget {
        if path == "-" { return .descriptor(STDOUT_FILENO) }
        guard !path.isEmpty else { throw OutputError(path: path, message: "is empty; give a file name or - for standard output") }
        var current = absolute(path)
        for _ in 0..<40 {
            if let descriptor = standardDescriptor(current) { return .descriptor(descriptor) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                guard errno == ENOENT else { throw OutputError(path: path, message: "cannot be written: \(lastError())") }
                return try newFile(current, given: path)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(current, &buffer, buffer.count - 1)
                guard length >= 0 else { throw OutputError(path: path, message: "cannot follow its link: \(lastError())") }
                let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                current = target.hasPrefix("/") ? target : (current as NSString).deletingLastPathComponent + "/" + target
            case S_IFREG:
                let folder = try existingFolder(of: current, given: path)
                return .regularFile(path: folder + "/" + (current as NSString).lastPathComponent, existingMode: info.st_mode & 0o7777)
            case S_IFCHR, S_IFBLK, S_IFIFO:
                return .inPlace(path: current)
            case S_IFDIR:
                throw OutputError(path: path, message: "is a directory; give a file name")
            default:
                throw OutputError(path: path, message: "is a socket or other special file; cannot write to it")
            }
        }
        throw OutputError(path: path, message: "cannot be written: too many levels of symbolic links")
    }

    /// The path this target writes to, or nil for a descriptor.
    public var path: String? {
        switch self {
        case .descriptor: nil
        case .inPlace(let path), .regularFile(let path, _): path
        }
    }

    private static func newFile(_ resolved: String, given: String) throws -> OutputTarget {
        let name = (resolved as NSString).lastPathComponent
        if resolved.hasSuffix("/") || name == "." || name == ".." {
            throw OutputError(path: given, message: "is a directory; give a file name")
        }
        let folder = try existingFolder(of: resolved, given: given)
        return .regularFile(path: folder + "/" + name, existingMode: nil)
    }

    /// The real path of the folder holding `path`.
    private static func existingFolder(of path: String, given: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder.isEmpty ? "/" : folder, nil) else {
            throw OutputError(path: given, message: "cannot be written: the folder \(folder) does not exist")
        }
        defer { free(real) }
        var info = stat()
        let text = String(cString: real)
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(path: given, message: "cannot be written: \(folder) is not a folder")
        }
        return text == "/" ? "" : text
    }

    /// `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1` and the like name a descriptor of this process: writing
    /// to the descriptor keeps its offset and append mode (reopening the path would not).
    private static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), number > 0 { return number }
            }
            return nil
        }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// A file that could not be written, or must not be.
public struct OutputError: Error, LocalizedError, Hashable, Sendable, CustomStringConvertible {
    /// The path as the caller gave it.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
    public var errorDescription: String? { description }
}

func lastError() -> String { String(cString: strerror(errno)) }
