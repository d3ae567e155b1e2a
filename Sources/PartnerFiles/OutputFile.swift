#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A file being written under the one output rule (see ``OutputTarget``): streamed through a buffer, and
/// visible at its path only once ``commit()`` succeeds.
///
/// ```swift
/// let file = try OutputFile(path: "rabat.graphml", protecting: ["rabat.yaml"])
/// try file.write("<graphml>")
/// try file.commit()          // flushed and renamed into place
/// ```
/// The rename (on Linux, an exchange with the file it replaces, whose old content is then removed: ext4 makes a
/// rename over a file wait for the disk) makes the output atomic for its readers and against this process's end: a crash, a kill (even
/// SIGKILL) or Ctrl-C leaves the old file or the new one, whole, never a half-written one. It is not synced to
/// the disk by default (``Durability/atomic``, as git, compilers and Graphviz's own commands write): after a
/// power cut or a crash of the operating system, the path may hold the old file, the new one, or on some file
/// systems an empty one. Pass ``Durability/synced`` to have ``commit()`` return only once the file and its
/// folder are on the disk.
///
/// A file that is neither committed nor discarded is discarded when it goes away: its temporary is removed
/// and the path keeps what it held. On Linux the temporary has no name while it is written (`O_TMPFILE`, where
/// the file system allows) and is linked beside the path only to be renamed over it, so a process killed even
/// by SIGKILL leaves nothing; elsewhere it is `.NAME.p<pid>-<random>.tmp`, removed by the next write beside it. Temporaries are also removed on SIGINT, SIGTERM and SIGHUP
/// (see ``TemporaryFiles``). For outputs that belong together (VOSviewer's map and network), write each
/// to its own `OutputFile` and ``commit(together:)``: they appear together or not at all.
public final class OutputFile {
    /// How far a committed output survives: the end of this process (always), or also the end of the system.
    public enum Durability: Sendable, Equatable {
        /// Atomic against a crash or kill of the process: the temporary is renamed over the path, which holds
        /// the old file or the new one, whole. The bytes reach the disk when the system writes them back.
        case atomic
        /// Also durable: the temporary is synced to the disk before the rename and the folder after it, so the
        /// new file survives a power cut once ``OutputFile/commit()`` returns. Costs a disk flush per output
        /// (milliseconds, far more on a busy disk).
        case synced
    }

    /// The path as the caller gave it, named in errors.
    public let path: String
    /// Where the bytes go.
    public let target: OutputTarget
    /// Whether ``commit()`` syncs the output to the disk.
    public let durability: Durability
    private var descriptor: Int32
    private let closesDescriptor: Bool
    private var temporary: String?
    private var temporarySlot: Int?
    /// The folder of a temporary made without a name (`O_TMPFILE`), which gets one only at commit.
    private var unnamedIn: String?
    /// The sweep of what earlier writers left beside the path, when it runs beside an unnamed temporary's
    /// writing; ``commit()`` and ``discard()`` wait for it.
    private var leftoverSweep: DispatchGroup?
    private var buffer: [UInt8] = []
    private var isFinished = false
    private static let bufferSize = 1 << 16

    /// Opens `path` for writing under the output rule.
    /// - Parameters:
    ///   - path: a file, `-` for standard output, a device or a FIFO.
    ///   - protected: paths that must not be written over (the inputs), compared after links and by inode.
    ///   - durability: ``Durability/atomic`` (the default), or ``Durability/synced`` to survive a power cut.
    public init(path: String, protecting protected: [String] = [], durability: Durability = .atomic) throws {
        self.path = path
        self.durability = durability
        let target = try OutputTarget.resolve(path)
        self.target = target
        if let resolved = target.path {
            for input in protected where input != "-" && OutputFile.isSameFile(input, resolved) {
                throw OutputError(path: path, message: "is the input file; refusing to write over it")
            }
            // Standard input as the input: `/dev/stdin`, `/dev/fd/0` or the file's own name, redirected with `<`.
            if protected.contains("-"), OutputFile.isStandardInput(resolved) {
                throw OutputError(path: path, message: "is the file standard input reads; refusing to write over it")
            }
        }
        switch target {
        case .descriptor(let number):
            descriptor = number
            closesDescriptor = false
        case .inPlace(let resolved):
            // O_TRUNC would be refused by a device and means nothing to a FIFO.
            descriptor = open(resolved, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(path: path, message: "cannot be opened for writing: \(lastError())") }
            closesDescriptor = true
        case .regularFile(let resolved, let existingMode):
            let folder = (resolved as NSString).deletingLastPathComponent
            let name = (resolved as NSString).lastPathComponent
            // Temporaries are named with their process's id, so that a later write here removes what a SIGKILLed
            // one left (``TemporaryFiles/removeLeftovers(in:prefix:suffix:)``: one listing of the folder).
            let prefix = ".\(name)."
            // 0666 less the umask for a new file, as any tool creates files; the old mode for a replacement.
            // Where the file system allows, the temporary has no name until commit: not even SIGKILL leaves it.
            if let unnamed = OutputFile.openUnnamed(in: folder) {
                descriptor = unnamed
                unnamedIn = folder
                // Nothing of this write has a name before commit, so what others left in a large folder is swept
                // while it is written, on another thread: its listing (85,000 entries: ~10 ms) no longer comes
                // before the output's first byte. Finishing the file waits for it. A small folder is listed here,
                // in one read of the folder: starting a thread costs more, and waits, while another thread loads
                // libraries (Graphviz's warm-up), for the loader's lock (2.2 ms before render's and report's layout).
                if OutputFile.isSmallFolder(folder) {
                    TemporaryFiles.removeLeftovers(in: folder, prefix: prefix, suffix: ".tmp")
                } else {
                    let sweep = DispatchGroup()
                    DispatchQueue.global(qos: .userInitiated).async(group: sweep) {
                        TemporaryFiles.removeLeftovers(in: folder, prefix: prefix, suffix: ".tmp")
                    }
                    leftoverSweep = sweep
                }
            } else {
                TemporaryFiles.removeLeftovers(in: folder, prefix: prefix, suffix: ".tmp")
                var opened: Int32 = -1
                let made = try OutputFile.namedTemporary(in: folder, for: name, path: path, failure: "cannot be written") {
                    opened = open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
                    return opened >= 0
                }
                descriptor = opened
                (temporary, temporarySlot) = (made.path, made.slot)
            }
            closesDescriptor = true
            if let existingMode {
                fchmod(descriptor, existingMode)
                var info = stat()
                // Root replacing another user's file gives it back to that user; otherwise this fails harmlessly.
                if stat(resolved, &info) == 0, info.st_uid != geteuid() || info.st_gid != getegid() {
                    _ = fchown(descriptor, info.st_uid, info.st_gid)
                }
            }
        }
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    deinit { discard() }

    /// A file without a name in `folder` (Linux's `O_TMPFILE`), or nil where the file system or the system
    /// does not make one (the caller then names its temporary).
    private static func openUnnamed(in folder: String) -> Int32? {
        #if os(Linux)
            // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; Glibc's macro does not reach Swift.
            let descriptor = open(folder.isEmpty ? "." : folder, 0o2000_0000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o666)
            return descriptor >= 0 ? descriptor : nil
        #else
            return nil
        #endif
    }

    /// The most bytes a folder may take (its `st_size`) to be swept for leftovers inline: some 1,500 entries on
    /// ext4 (a 4 KiB block holds about a hundred names), listed in a fraction of a millisecond.
    static let smallFolderSize = 64 * 1024

    /// Whether `folder` is small enough to be listed inline: its own size stands for its number of entries
    /// (ext4, XFS, tmpfs and btrfs grow it with them); a folder that cannot be examined counts as large.
    /// - Complexity: one system call.
    private static func isSmallFolder(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder.isEmpty ? "." : folder, &info) == 0 && info.st_size <= smallFolderSize
    }

    /// Gives an unnamed temporary its name beside the target, just before the rename: the only moment a SIGKILL
    /// could leave it behind (and then the next write here removes it).
    private func nameUnnamedTemporary() throws {
        guard let folder = unnamedIn, case .regularFile(let resolved, _) = target else { return }
        let descriptor = descriptor
        let made = try OutputFile.namedTemporary(in: folder, for: (resolved as NSString).lastPathComponent, path: path, failure: "could not be written") {
            linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, $0, AT_SYMLINK_FOLLOW) == 0
        }
        (temporary, temporarySlot) = (made.path, made.slot)
        unnamedIn = nil
    }

    /// Makes the temporary `.NAME.OWNER.tmp` in `folder` with `create`, registered before it exists so that no
    /// instant leaves it unprotected (the owner part lets a later write remove what a SIGKILLed process left).
    /// - Returns: its path and its slot in ``TemporaryFiles``.
    /// - Throws: ``OutputError`` on `path`, `failure` and the system's reason, when `create` returns false
    ///   (the path is unregistered first).
    private static func namedTemporary(in folder: String, for name: String, path: String, failure: String, create: (String) -> Bool) throws -> (
        path: String, slot: Int?
    ) {
        let temporary = "\(folder)/.\(name).\(TemporaryFiles.ownedName()).tmp"
        let slot = TemporaryFiles.register(temporary)
        guard create(temporary) else {
            let reason = lastError()
            TemporaryFiles.unregister(slot)
            throw OutputError(path: path, message: "\(failure): \(reason)")
        }
        return (temporary, slot)
    }

    // MARK: Writing

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!isFinished, "write after commit or discard")
        if buffer.count + bytes.count > OutputFile.bufferSize { try flush() }
        if bytes.count >= OutputFile.bufferSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }

    /// Appends bytes.
    public func write(_ data: Data) throws { try data.withUnsafeBytes { try write($0) } }

    /// Appends text as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what the buffer holds.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc_write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, message: "could not be written: \(lastError())")
            }
            offset += written
        }
    }

    // MARK: Finishing

    /// Makes the output visible: flushes it, and for a regular file renames the temporary over the path (syncing
    /// it to the disk first, and the folder after, when its ``durability`` is ``Durability/synced``). On failure
    /// nothing is left: the temporary is removed and the path keeps what it held.
    public func commit() throws {
        try OutputFile.commit(together: [self])
    }

    /// Commits several outputs so that they appear together or not at all: every file is written (and synced,
    /// for ``Durability/synced``) first, then all are renamed with signals held back; if a rename fails, those
    /// done are undone (a file that was replaced gets its old content back).
    public static func commit(together files: [OutputFile]) throws {
        do {
            for file in files {
                precondition(!file.isFinished, "commit after commit or discard")
                try file.flush()
                if file.durability == .synced, file.temporary != nil || file.unnamedIn != nil, fsync(file.descriptor) != 0 {
                    throw OutputError(path: file.path, message: "could not be written: \(lastError())")
                }
                try file.nameUnnamedTemporary()
                if file.closesDescriptor {
                    let descriptor = file.descriptor
                    file.descriptor = -1
                    if close(descriptor) != 0 && file.temporary != nil {
                        throw OutputError(path: file.path, message: "could not be written: \(lastError())")
                    }
                }
            }
            try TemporaryFiles.withSignalsBlocked { try renameAll(files) }
        } catch {
            for file in files { file.discard() }
            throw error
        }
        for file in files {
            file.isFinished = true
            file.waitForLeftoverSweep()
        }
    }

    /// Returns once the sweep of earlier writers' leftovers has ended (at once when it ran before the writing).
    private func waitForLeftoverSweep() {
        leftoverSweep?.wait()
        leftoverSweep = nil
    }

    /// Renames each file's temporary over its path; on a failure, undoes the renames already made.
    private static func renameAll(_ files: [OutputFile]) throws {
        // A hard link keeps each replaced file reachable until every rename has succeeded.
        var backups: [String?] = []
        defer { for case let backup? in backups { unlink(backup) } }
        var renamed: [(file: OutputFile, backup: String?)] = []
        for file in files {
            guard let temporary = file.temporary, case .regularFile(let destination, let existingMode) = file.target else { continue }
            var backup: String?
            if files.count > 1, existingMode != nil {
                let name =
                    "\((destination as NSString).deletingLastPathComponent)/.\((destination as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).old"
                if link(destination, name) == 0 { backup = name }
            }
            backups.append(backup)
            guard replace(destination, with: temporary, existing: existingMode != nil) else {
                let reason = lastError()
                for (done, doneBackup) in renamed.reversed() {
                    guard case .regularFile(let path, _) = done.target else { continue }
                    if let doneBackup { rename(doneBackup, path) } else { unlink(path) }
                }
                throw OutputError(path: file.path, message: "could not be written: \(reason)")
            }
            TemporaryFiles.unregister(file.temporarySlot)
            file.temporary = nil
            file.temporarySlot = nil
            renamed.append((file, backup))
        }
        // Synced outputs: the renames reach the disk with their folders.
        let synced = renamed.filter { $0.file.durability == .synced }
        for folder in Set(synced.compactMap { $0.file.target.path.map { ($0 as NSString).deletingLastPathComponent } }) {
            let descriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
    }

    /// Puts `temporary` at `destination`, atomically for every reader: they see the old file or the new one.
    ///
    /// An existing regular file is swapped with the temporary (Linux's `renameat2` with `RENAME_EXCHANGE`), and
    /// the old file, now under the temporary's name, is removed. A rename over an existing file would do the
    /// same in one call, but ext4 (with its default `auto_da_alloc`) then makes the rename wait until the new
    /// file's blocks are allocated and its writing is under way: 1.8 to 3 ms for a 400 kB report on a loaded
    /// machine, at the very end of every command, against 0.04 ms for the exchange and the removal. Where the
    /// exchange is not to be had (another system, a file system without it, no file at `destination` any more),
    /// or something other than a regular file is now at `destination` (it is swapped back), a plain rename.
    /// - Returns: whether the temporary is at `destination` (`errno` tells why not).
    /// - Complexity: O(1) system calls.
    private static func replace(_ destination: String, with temporary: String, existing: Bool) -> Bool {
        #if os(Linux)
            if existing, let exchange = renameExchange, exchange(AT_FDCWD, temporary, AT_FDCWD, destination, renameExchangeFlag) == 0 {
                var info = stat()
                if lstat(temporary, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                    unlink(temporary)
                    return true
                }
                _ = exchange(AT_FDCWD, temporary, AT_FDCWD, destination, renameExchangeFlag)
            }
        #endif
        return rename(temporary, destination) == 0
    }

    #if os(Linux)
        /// `renameat2` (glibc 2.28 and later), found at run time: Swift's Glibc module does not declare it.
        private static let renameExchange: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? =
            dlsym(nil, "renameat2").map {
                unsafeBitCast($0, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
            }
        /// Linux's `RENAME_EXCHANGE` (`linux/fs.h`).
        private static let renameExchangeFlag: UInt32 = 1 << 1
    #endif

    /// Abandons the output: the temporary is removed and the path keeps what it held. Does nothing after a
    /// commit. (Bytes already written in place to a device or standard output cannot be taken back.)
    public func discard() {
        guard !isFinished else { return }
        isFinished = true
        if closesDescriptor, descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let temporary { unlink(temporary) }
        TemporaryFiles.unregister(temporarySlot)
        temporary = nil
        temporarySlot = nil
        unnamedIn = nil
        waitForLeftoverSweep()
    }

    // MARK: Whole outputs

    /// Writes `data` to `path` under the output rule.
    public static func write(_ data: Data, to path: String, protecting protected: [String] = [], durability: Durability = .atomic) throws {
        try write(to: path, protecting: protected, durability: durability) { try $0.write(data) }
    }

    /// Writes `text` as UTF-8 to `path` under the output rule.
    public static func write(_ text: String, to path: String, protecting protected: [String] = [], durability: Durability = .atomic) throws {
        try write(to: path, protecting: protected, durability: durability) { try $0.write(text) }
    }

    /// Opens `path`, lets `body` write to it, and commits; if `body` throws, nothing is left at the path.
    @discardableResult
    public static func write<T>(
        to path: String, protecting protected: [String] = [], durability: Durability = .atomic, _ body: (OutputFile) throws -> T
    ) throws -> T {
        let file = try OutputFile(path: path, protecting: protected, durability: durability)
        do {
            let result = try body(file)
            try file.commit()
            return result
        } catch {
            file.discard()
            throw error
        }
    }

    /// Whether `path` names the regular file open as standard input (by inode, after links).
    static func isStandardInput(_ path: String) -> Bool {
        var input = stat()
        var named = stat()
        guard fstat(0, &input) == 0, stat(path, &named) == 0, input.st_mode & S_IFMT == S_IFREG else { return false }
        return input.st_dev == named.st_dev && input.st_ino == named.st_ino
    }

    /// Whether two paths name one file: the same path once links are resolved, or the same inode (a hard link).
    ///
    /// The inodes are compared first, and the paths are resolved only when their last names could resolve to one:
    /// resolving two paths through Foundation's URLs takes about a quarter of a millisecond, which every command
    /// that writes a file paid at its start (`render -o out.svg` against its input).
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        if first == "-" || second == "-" { return first == second }
        var a = stat()
        var b = stat()
        if stat(first, &a) == 0, stat(second, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino, a.st_mode & S_IFMT == S_IFREG {
            return true
        }
        if lastNamesDiffer(first, second) { return false }
        let resolvedFirst = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath()
        let resolvedSecond = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath()
        return resolvedFirst == resolvedSecond
    }

    /// Whether the two paths end in different names that no resolution changes: neither ends in a slash, `.` or
    /// `..` (which standardizing rewrites) nor in a symbolic link (which resolving replaces), so the resolved
    /// paths keep those names and cannot be one.
    private static func lastNamesDiffer(_ first: String, _ second: String) -> Bool {
        func lastName(_ path: String) -> Substring? {
            guard !path.hasSuffix("/"), let name = path.split(separator: "/").last, name != ".", name != ".." else { return nil }
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return nil }
            return name
        }
        guard let a = lastName(first), let b = lastName(second) else { return false }
        return a != b
    }
}

#if canImport(Glibc)
    private func Glibc_write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { Glibc.write(descriptor, bytes, count) }
#else
    private func Glibc_write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { Darwin.write(descriptor, bytes, count) }
#endif

/// The former name of the output rule's whole-file writer.
@available(*, deprecated, renamed: "OutputFile")
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, protecting protected: [String] = []) throws {
        try OutputFile.write(data, to: path, protecting: protected)
    }

    public static func isSameFile(_ first: String, _ second: String) -> Bool { OutputFile.isSameFile(first, second) }
}
