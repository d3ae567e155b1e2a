import Foundation

/// Writes files atomically: to a temporary file beside the destination, then renamed over it, so that a failure
/// never leaves a half-written file and the previous file stays intact until the new one is complete.
public enum AtomicFile {
    /// Writes `data` to `path`; refuses to write over any of `protected` (e.g. the input).
    public static func write(_ data: Data, to path: String, protecting protected: [String] = []) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in protected where isSameFile(input, destination.path) {
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

    /// Whether two paths name one file: the same path once links are resolved, or the same inode (a hard link).
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        let resolvedFirst = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath()
        let resolvedSecond = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath()
        if resolvedFirst == resolvedSecond { return true }
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
