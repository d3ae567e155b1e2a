#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// An input opened for reading, whatever it is: a regular file is read where it is; standard input (`-`,
/// `/dev/stdin`), a pipe or a FIFO is first copied to a private temporary file, so that guessing its kind
/// consumes nothing and every reader can read it as a file. On Linux that copy loses its name as soon as it is
/// opened and is read through `/proc/self/fd/N` (``path``), so a process killed even by SIGKILL leaves no copy;
/// elsewhere it is a named file that the next stream read removes when its process is gone. Either way the
/// kind is told by ``name``'s extension ("stdin" has none: by content).
///
/// The copy stops at the byte limit without holding more than one 64 KiB chunk in memory, and waits for
/// data at most `timeout` seconds in all (a FIFO nobody writes to would otherwise block forever). A device
/// named as the input (`/dev/zero`) is refused; standard input is read whatever it is.
/// ```swift
/// let input = try InputSource(path: "-", limits: .default, timeout: 30)
/// let kind = try InputKind.detect(input)
/// let loaded = try kind.load(input)
/// ```
public final class InputSource: @unchecked Sendable {
    /// The input as the user named it, `stdin` for `-`; errors and file names in results use it.
    public let name: String
    /// A regular file holding the input's bytes: `name` itself, or the private copy of a stream (on Linux
    /// `/proc/self/fd/N`, valid while this input lives).
    public let path: String
    /// Whether the input was a stream copied to ``path``.
    public var isStream: Bool { copyFolder != nil || spoolDescriptor != nil }
    private let copyFolder: String?
    /// The open copy of a stream on Linux, whose name was removed at once (``path`` is its `/proc/self/fd` entry).
    private let spoolDescriptor: Int32?
    private let slots: [Int?]

    /// Opens `path` for reading: `-` is standard input.
    /// - Parameters:
    ///   - path: a file's path, or `-` (or `/dev/stdin`) for standard input, which is copied to a temporary file.
    ///   - limits: `maxFileBytes` bounds what a stream may deliver.
    ///   - timeout: seconds a stream may take to deliver all its bytes; nil waits as long as it takes.
    public init(path: String, limits: ReadLimits = .default, timeout: Double? = nil) throws {
        name = path == "-" ? "stdin" : path
        var info = stat()
        let isStandardInput = path == "-" || ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"].contains(path)
        if isStandardInput {
            guard fstat(STDIN_FILENO, &info) == 0 else { throw ReadError(.unreadable, file: path, message: "standard input is closed") }
        } else {
            info = try OpenedInput.status(of: path)
        }
        if info.st_mode & S_IFMT == S_IFREG && !isStandardInput {
            self.path = path
            copyFolder = nil
            spoolDescriptor = nil
            slots = []
            return
        }
        let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int64($0 * 1000)) }
        #if os(Linux)
            // A stream: copy it into a file that has no name from the moment it is opened, read back through
            // /proc/self/fd, so that even a process killed by SIGKILL leaves no copy behind.
            let temporaryFolder = FileManager.default.temporaryDirectory.path
            TemporaryFiles.removeLeftovers(in: temporaryFolder, prefix: "partnet-input-", suffix: "")
            let spool = temporaryFolder + "/partnet-input-\(TemporaryFiles.ownedName())"
            let descriptor = open(spool, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw ReadError(.unreadable, file: path, message: "cannot be copied for reading: \(lastError())") }
            unlink(spool)
            self.path = "/proc/self/fd/\(descriptor)"
            spoolDescriptor = descriptor
            copyFolder = nil
            slots = []
            let source: Int32 = isStandardInput ? STDIN_FILENO : try InputSource.openStream(path, until: deadline, timeout: timeout)
            defer { if source != STDIN_FILENO { close(source) } }
            try copyStream(source, to: descriptor, limit: limits.maxFileBytes, until: deadline, timeout: timeout)
        #else
            // A stream: copy it into a folder of its own, under the input's own file name so that its extension
            // still tells the kind and a reader that names a network after its file finds a sensible name.
            let temporaryFolder = FileManager.default.temporaryDirectory.path
            TemporaryFiles.removeLeftovers(in: temporaryFolder, prefix: "partnet-input-", suffix: "")
            let folder = temporaryFolder + "/partnet-input-\(TemporaryFiles.ownedName())"
            let base = isStandardInput ? "stdin" : (path as NSString).lastPathComponent
            let copy = folder + "/" + base
            let folderSlot = TemporaryFiles.register(folder, isFolder: true)
            let copySlot = TemporaryFiles.register(copy)
            guard mkdir(folder, 0o700) == 0 else {
                let reason = lastError()
                TemporaryFiles.unregister(copySlot)
                TemporaryFiles.unregister(folderSlot)
                throw ReadError(.unreadable, file: path, message: "cannot be copied for reading: \(reason)")
            }
            self.path = copy
            copyFolder = folder
            spoolDescriptor = nil
            slots = [copySlot, folderSlot]
            let destination = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard destination >= 0 else { throw ReadError(.unreadable, file: name, message: "cannot be copied for reading: \(lastError())") }
            defer { close(destination) }
            let source: Int32 = isStandardInput ? STDIN_FILENO : try InputSource.openStream(path, until: deadline, timeout: timeout)
            defer { if source != STDIN_FILENO { close(source) } }
            try copyStream(source, to: destination, limit: limits.maxFileBytes, until: deadline, timeout: timeout)
        #endif
    }

    deinit {
        if let spoolDescriptor { close(spoolDescriptor) }
        guard let copyFolder else { return }
        unlink(path)
        rmdir(copyFolder)
        for slot in slots { TemporaryFiles.unregister(slot) }
    }

    /// Runs `body` on ``path`` and names the input as the user did in any ``ReadError`` it throws.
    public func reading<T>(_ body: (String) throws -> T) throws -> T {
        guard isStream else { return try body(path) }
        do {
            return try body(path)
        } catch let error as ReadError {
            throw error.map { problem in if problem.file == path { problem.file = name } }
        }
    }

    /// Opens a FIFO without waiting for a writer (the wait happens in `poll`, within the deadline).
    private static func openStream(_ path: String, until deadline: ContinuousClock.Instant?, timeout: Double?) throws -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(.unreadable, file: path, message: "cannot be opened for reading: \(lastError())") }
        // Blocking reads from here: poll says when one will not block.
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        return descriptor
    }

    /// Copies `source` to the open file `destination`, a chunk at a time, refusing more than `limit` bytes.
    private func copyStream(_ source: Int32, to destination: Int32, limit: Int, until deadline: ContinuousClock.Instant?, timeout: Double?) throws {
        let chunkSize = 1 << 16
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        var total = 0
        while true {
            // Wait for data, a writer's end, or the deadline.
            var request = pollfd(fd: source, events: Int16(POLLIN), revents: 0)
            let wait: Int32
            if let deadline {
                let left = deadline - ContinuousClock.now
                guard left > .zero else { throw timedOut(timeout) }
                let (seconds, attoseconds) = left.components
                wait = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            } else {
                wait = -1
            }
            let ready = poll(&request, 1, wait)
            if ready < 0 {
                if errno == EINTR { continue }
                throw ReadError(.unreadable, file: name, message: "could not be read: \(lastError())")
            }
            if ready == 0 { continue }  // the deadline is checked at the top
            // Never more than one byte past the limit: enough to know it is passed.
            let count = read(source, chunk, limit - total >= chunkSize ? chunkSize : limit - total + 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ReadError(.unreadable, file: name, message: "could not be read: \(lastError())")
            }
            if count == 0 { return }
            if count > limit - total {
                throw ReadError(.overLimit, file: name, message: "is over the limit of \(limit) bytes")
            }
            total += count
            var offset = 0
            while offset < count {
                let written = write(destination, chunk + offset, count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ReadError(.unreadable, file: name, message: "could not be copied for reading: \(lastError())")
                }
                offset += written
            }
        }
    }

    private func timedOut(_ timeout: Double?) -> ReadError {
        let seconds = timeout.map { " of \(Int($0.rounded(.up))) s" } ?? ""
        return ReadError(.overLimit, file: name, message: "no end of input within the time limit\(seconds); is anything writing to it?")
    }
}
