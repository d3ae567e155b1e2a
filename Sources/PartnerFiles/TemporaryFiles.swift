#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Temporary files this process has made and not yet renamed or removed, so that a signal (SIGINT, SIGTERM,
/// SIGHUP) or a deadline removes them before the process ends: an interrupted write leaves nothing behind.
///
/// Paths live in fixed slots of preallocated memory, because a signal handler may neither allocate nor lock.
/// Handling signals is the program's choice, not a library's: a program that wants an interrupted write to
/// leave nothing installs a handler that calls ``removeAll()`` (the `partnet` tool does, at its entry point).
public enum TemporaryFiles {
    /// How many temporary files can be protected at once; more are still removed on errors, not on signals.
    static let slotCount = 64
    static let slotBytes = Int(PATH_MAX) + 1

    /// Registers a path; returns its slot (nil when every slot is taken) for ``unregister(_:)``.
    /// A folder is removed (when empty) after the files.
    static func register(_ path: String, isFolder: Bool = false) -> Int? {
        let storage = Storage.shared
        return storage.lock.withLock { () -> Int? in
            let bytes = Array(path.utf8)
            guard bytes.count < slotBytes,
                let slot = (0..<slotCount).first(where: { storage.flags[$0] == 0 })
            else { return nil }
            let start = storage.paths + slot * slotBytes
            for (offset, byte) in bytes.enumerated() { start[offset] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            storage.flags[slot] = isFolder ? 2 : 1
            return slot
        }
    }

    /// Forgets a path registered with ``register(_:)`` (it was renamed into place or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        let storage = Storage.shared
        storage.lock.withLock { storage.flags[slot] = 0 }
    }

    /// Removes every registered temporary file now. Safe in a signal handler or a watchdog about to exit.
    public static func removeAll() {
        guard let storage = Storage.existing else { return }
        for slot in 0..<slotCount where storage.flags[slot] == 1 {
            unlink(storage.paths + slot * slotBytes)
            storage.flags[slot] = 0
        }
        for slot in 0..<slotCount where storage.flags[slot] == 2 {
            rmdir(storage.paths + slot * slotBytes)
            storage.flags[slot] = 0
        }
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back, so that a group of renames is not cut in two.
    static func withSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in handledSignals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// The part of a temporary's name that says which process made it: `p<pid>-<random>`. A process killed by
    /// SIGKILL (or a power cut) cannot remove its temporaries; the next one to write beside them does
    /// (``removeLeftovers(in:prefix:suffix:)``).
    public static func ownedName() -> String {
        "p\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    /// Removes the entries of `folder` named `prefix` + ``ownedName()`` + `suffix` whose process no longer exists
    /// (a folder with its files). Entries of live processes, of this one, and names of another form are kept; a
    /// process id since reused by a live process keeps its leftover until that process ends.
    ///
    /// Each folder and prefix is swept once per process. The listing compares the raw bytes of each name with the
    /// prefix and makes a string only of the names that match, so a folder of 100,000 other files costs one pass
    /// of `readdir`, not 100,000 strings.
    /// - Complexity: one listing of `folder`, the first time for a given folder and prefix; O(1) after.
    public static func removeLeftovers(in folder: String, prefix: String, suffix: String) {
        let sweep = folder + "\u{0}" + prefix + "\u{0}" + suffix
        guard Swept.shared.insert(sweep) else { return }
        for name in matchingNames(in: folder, prefix: prefix + "p") where name.hasSuffix(suffix) && name.count > prefix.count + suffix.count {
            let owner = name.dropFirst(prefix.count + 1).prefix { $0.isASCII && $0.isNumber }
            guard let pid = Int32(owner), pid > 0, pid != getpid(), kill(pid, 0) == -1, errno == ESRCH else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                for inner in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { unlink(path + "/" + inner) }
                rmdir(path)
            } else {
                unlink(path)
            }
        }
    }

    /// The names in `folder` that begin with `prefix`, compared as bytes before any string is made.
    static func matchingNames(in folder: String, prefix: String) -> [String] {
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
        defer { closedir(directory) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard bytes.count > wanted.count else { return nil }
                for index in 0..<wanted.count where bytes[index] != wanted[index] { return nil }
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// The folders (with prefix and suffix) this process has swept already.
    final class Swept: @unchecked Sendable {
        static let shared = Swept()
        private let lock = NSLock()
        private var done: Set<String> = []

        /// Whether `sweep` is new (and now recorded).
        func insert(_ sweep: String) -> Bool { lock.withLock { done.insert(sweep).inserted } }
    }

    /// The signals a program handles by removing the temporaries (see the type's discussion).
    public static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The slots, allocated once and never freed (the handler may run at any time).
    final class Storage: @unchecked Sendable {
        let lock = NSLock()
        let paths: UnsafeMutablePointer<CChar>
        let flags: UnsafeMutablePointer<Int32>

        nonisolated(unsafe) static var existing: Storage?
        static let shared: Storage = {
            let storage = Storage()
            existing = storage
            return storage
        }()

        private init() {
            paths = .allocate(capacity: TemporaryFiles.slotCount * TemporaryFiles.slotBytes)
            flags = .allocate(capacity: TemporaryFiles.slotCount)
            flags.initialize(repeating: 0, count: TemporaryFiles.slotCount)
        }
    }
}
