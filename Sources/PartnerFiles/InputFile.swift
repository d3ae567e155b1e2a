#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Reads input files for the readers, checking the bytes as they arrive.
///
/// Every text format PartnerGraph reads is UTF-8 without NUL bytes or C0 control characters (other than tab,
/// line feed and carriage return), so these are checked here, once for all readers, a chunk at a time: the
/// first problem stops the reading with its line and column, having read at most one chunk past it. A 5 GB
/// file of zeros is refused after its first chunk, never read whole.
///
/// The file is read with `read(2)`, not mapped: a mapped file that another process truncates kills the reader
/// with SIGBUS, where a read simply ends.
package enum InputFile {
    /// The whole file, checked (see ``CheckedRead``).
    package static func bytes(at path: String, limits: ReadLimits) throws -> [UInt8] {
        var read = CheckedRead(path: path, limits: limits)
        return try read.bytes()
    }

    /// The file as text: checked as it arrives, a byte order mark dropped.
    package static func text(at path: String, limits: ReadLimits) throws -> String {
        let bytes = try self.bytes(at: path, limits: limits)
        let start = bytes.starts(with: byteOrderMark) ? 3 : 0
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start...]), as: UTF8.self) }
    }

    /// Bytes already in memory as text, checked as a file's are; `file` names them in errors.
    package static func text(_ bytes: [UInt8], file: String) throws -> String {
        var check = TextCheck()
        try bytes.withUnsafeBufferPointer { buffer in
            if let problem = check.scan(buffer, upTo: buffer.count, final: true) { throw problem.error(in: buffer, file: file) }
        }
        let start = bytes.starts(with: byteOrderMark) ? 3 : 0
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads the file at `path` in chunks of at most `size` bytes, handing each to `body` unchecked (for the XML
    /// reader, which checks its own encoding), and stops with an error past the byte limit without reading further.
    package static func forEachChunk(
        at path: String, limits: ReadLimits, size chunkSize: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let file = try OpenedInput(path: path, limits: limits)
        defer { file.close() }
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        var total = 0
        while true {
            let count = try file.readNamed(into: UnsafeMutableRawPointer(chunk.baseAddress!), count: chunkSize, total: total)
            if count == 0 { return }
            total += count
            try body(UnsafeBufferPointer(rebasing: chunk[..<count]))
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    package static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        bytes.withUnsafeBufferPointer { position(of: offset, in: $0) }
    }

    package static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    package static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0, from: 0, to: $0.count) }
    }

    /// The index of the first byte in `start..<end` that does not begin a valid UTF-8 sequence, or nil.
    /// Over a buffer pointer rather than a generic collection, which unoptimised builds run many times slower.
    package static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] < 0x80 { index += 1; continue }
            switch utf8Sequence(bytes, at: index, end: end) {
            case .valid(let length): index += length
            case .invalid, .incomplete: return index
            }
        }
        return nil
    }

    package enum Sequence {
        case valid(Int)
        case invalid
        /// Valid so far, cut by `end`: more bytes may complete it.
        case incomplete
    }

    /// Decodes the multi-byte UTF-8 sequence that starts at `index` (a byte >= 0x80): overlong forms,
    /// surrogates and values past U+10FFFF are invalid.
    @inline(__always)
    package static func utf8Sequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Sequence {
        let byte = bytes[index]
        let length: Int
        if byte & 0xE0 == 0xC0, byte >= 0xC2 {
            length = 2
        } else if byte & 0xF0 == 0xE0 {
            length = 3
        } else if byte & 0xF8 == 0xF0, byte <= 0xF4 {
            length = 4
        } else {
            return .invalid
        }
        let available = min(length, end - index)
        for next in 1..<max(available, 1) where bytes[index + next] & 0xC0 != 0x80 { return .invalid }
        // The second byte settles overlong forms, surrogates and the upper bound.
        if available >= 2 {
            let second = bytes[index + 1]
            if length == 3 {
                if byte == 0xE0 && second < 0xA0 { return .invalid }
                if byte == 0xED && second >= 0xA0 { return .invalid }
            }
            if length == 4 {
                if byte == 0xF0 && second < 0x90 { return .invalid }
                if byte == 0xF4 && second >= 0x90 { return .invalid }
            }
        }
        return available < length ? .incomplete : .valid(length)
    }
}

/// The checks every input's bytes pass as they arrive, carried from one chunk to the next.
package struct TextCheck {
    /// Bytes before this offset are checked.
    package private(set) var checked = 0

    package init() {}

    package struct Problem {
        package var offset: Int
        package var message: String

        package func error(in bytes: UnsafeBufferPointer<UInt8>, file: String) -> ReadError {
            let (line, column) = InputFile.position(of: offset, in: bytes)
            return ReadError(.encoding, file: file, line: line, column: column, message: message)
        }
    }

    /// Whether the eight bytes of `word` all pass the byte check below at once: ASCII from U+0020, tab, line feed or
    /// carriage return.
    @inline(__always)
    package static func isPlain(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        if word & high != 0 { return false }
        // With every byte below 0x80 no sum carries into the next byte: a byte's high bit after adding 0x60
        // says it is at least 0x20, after adding 0x7F that it is not zero.
        let controls = ~(word &+ 0x6060_6060_6060_6060) & high
        if controls == 0 { return true }
        func zeros(_ x: UInt64) -> UInt64 { ~(x &+ 0x7F7F_7F7F_7F7F_7F7F) & high }
        let allowed = zeros(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeros(word ^ 0x0909_0909_0909_0909) | zeros(word ^ 0x0D0D_0D0D_0D0D_0D0D)
        return controls & ~allowed == 0
    }

    /// Checks `bytes[checked..<end]`, the file's bytes so far: the first problem, or nil. Unless `final`, a
    /// UTF-8 sequence cut by `end` is left for the next call, which sees its remaining bytes.
    /// - Complexity: O(end - checked).
    package mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int, final: Bool) -> Problem? {
        var index = checked
        if index == 0 && end >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Problem(offset: 0, message: "is UTF-16 text; save it as UTF-8")
        }
        defer { checked = index }
        while index < end {
            // Eight bytes at a time while they are plain text, as most of a file is.
            if index + 8 <= end, Self.isPlain(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x80 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if byte == 0 { return Problem(offset: index, message: "contains a NUL byte; is this a binary file?") }
            if byte < 0x20 {
                return Problem(
                    offset: index,
                    message: "contains a control character (U+\(String(format: "%04X", byte))); text files may hold only tab, line feed and carriage return")
            }
            switch InputFile.utf8Sequence(bytes, at: index, end: end) {
            case .valid(let length): index += length
            case .invalid: return Problem(offset: index, message: "is not valid UTF-8 text (byte 0x\(String(byte, radix: 16)))")
            case .incomplete:
                if final { return Problem(offset: index, message: "is not valid UTF-8 text (byte 0x\(String(byte, radix: 16)))") }
                return nil
            }
        }
        return nil
    }
}

/// One checked reading of a file: chunks are read into the result and checked at once; the first problem
/// stops the reading.
package struct CheckedRead {
    package static let chunkSize = 1 << 20
    package let path: String
    package let limits: ReadLimits
    /// Bytes read from the file so far: never more than one chunk past the first problem, which tests use to
    /// show that a refused file was not read whole.
    package private(set) var bytesRead = 0

    package init(path: String, limits: ReadLimits) {
        self.path = path
        self.limits = limits
    }

    /// The whole file, checked.
    /// - Complexity: O(file size) time; memory the bytes read, reserved for the whole file only once the first
    ///   chunk has passed its checks (a file refused at its start costs one chunk, whatever its size).
    package mutating func bytes() throws -> [UInt8] {
        let file = try OpenedInput(path: path, limits: limits)
        defer { file.close() }
        var bytes: [UInt8] = []
        var check = TextCheck()
        bytes.reserveCapacity(min(max(file.size, 1), Self.chunkSize))
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try file.readNamed(into: chunk.baseAddress!, count: Self.chunkSize, total: bytesRead)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            bytesRead += count
            let final = count == 0
            let problem = bytes.withUnsafeBufferPointer { check.scan($0, upTo: $0.count, final: final) }
            if let problem { throw bytes.withUnsafeBufferPointer { problem.error(in: $0, file: path) } }
            if final { return bytes }
            if bytesRead == count && file.size > bytes.capacity { bytes.reserveCapacity(file.size) }
        }
    }
}

/// Why a file could not be read, whatever its bytes: the causes every reader names alike. ``ReadError`` gives
/// them the messages of the network readers; a reader with its own error type (documents) maps the cases.
package enum FileProblem: Error, Equatable {
    case missing
    case directory
    case device
    /// `stat` or `open` failed, with the system's reason.
    case cannotOpen(reason: String)
    /// The file was replaced by another kind of file between the check and the opening.
    case changed
    /// The size `stat` gave is over the limit.
    case tooLarge(size: Int, limit: Int)
    /// More than `limit` bytes arrived (a pipe, or a file that grew).
    case overLimit(limit: Int)
    /// A regular file's size or modification time changed while it was read (it was truncated, appended to
    /// or rewritten): what was read is not one version of the file.
    case changedWhileRead(size: Int, read: Int)
    case readFailed(reason: String)

    /// The code of the ``ReadError`` it becomes.
    package var code: ReadError.Code {
        switch self {
        case .tooLarge, .overLimit: .overLimit
        default: .unreadable
        }
    }

    package var message: String {
        switch self {
        case .missing: "no such file"
        case .directory: "is a directory, not a file"
        case .device: "is a device, not a file"
        case .cannotOpen(let reason): "cannot be opened for reading: \(reason)"
        case .changed: "changed while it was being opened"
        case .tooLarge(let size, let limit): "is \(size) bytes, over the limit of \(limit) bytes"
        case .overLimit(let limit): "is over the limit of \(limit) bytes"
        case .changedWhileRead(let size, let read):
            "changed while it was being read (\(read) bytes read of \(size)); nothing was kept, read it again once it is written"
        case .readFailed(let reason): "could not be read: \(reason)"
        }
    }

    /// Runs `body`, throwing a problem as the ``ReadError`` that names `file`.
    package static func naming<T>(_ file: String, _ body: () throws(FileProblem) -> T) throws(ReadError) -> T {
        do { return try body() } catch { throw ReadError(error.code, file: file, message: error.message) }
    }
}

/// A regular file opened for reading, after the checks every input passes: it exists, is not a folder or a
/// device, and is within the byte limit.
package struct OpenedInput {
    package let path: String
    let descriptor: Int32
    /// The size `stat` gave; a file that grows is still stopped at the limit as it is read.
    package let size: Int
    let limit: Int
    /// What `fstat` said of the opened descriptor, compared again at the end of a regular file.
    let opened: stat

    package init(path: String, limit: Int) throws(FileProblem) {
        let info = try Self.checkedStatus(of: path)
        size = Int(info.st_size)
        self.limit = limit
        if size > limit { throw .tooLarge(size: size, limit: limit) }
        // A FIFO waits here for its writer (the tool copies streams first, within its time limit: InputSource).
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(reason: lastError()) }
        var opened = stat()
        // What was opened is what was checked, not a device put in its place since.
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == info.st_mode & S_IFMT else {
            closeDescriptor(descriptor)
            throw .changed
        }
        self.opened = opened
        self.path = path
        ReadInterference.opened(path)
    }

    init(path: String, limits: ReadLimits) throws(ReadError) {
        self = try FileProblem.naming(path) { () throws(FileProblem) in try OpenedInput(path: path, limit: limits.maxFileBytes) }
    }

    /// Reads up to `count` bytes; 0 at the end. `total` is what was read before, for the byte limit: a pipe or
    /// a file that grows does not report its final size, so the limit is checked as bytes arrive.
    package func read(into destination: UnsafeMutableRawPointer, count: Int, total: Int) throws(FileProblem) -> Int {
        while true {
            // One byte past the limit is enough to know it is passed.
            let wanted = limit - total >= count ? count : limit - total + 1
            let got = readDescriptor(descriptor, destination, wanted)
            if got < 0 {
                if errno == EINTR { continue }
                throw .readFailed(reason: lastError())
            }
            if got > limit - total { throw .overLimit(limit: limit) }
            if got == 0 { try checkUnchanged(read: total) }
            return got
        }
    }

    /// ``read(into:count:total:)``, its problem named as a ``ReadError``.
    func readNamed(into destination: UnsafeMutableRawPointer, count: Int, total: Int) throws(ReadError) -> Int {
        try FileProblem.naming(path) { () throws(FileProblem) in try read(into: destination, count: count, total: total) }
    }

    package func close() { closeDescriptor(descriptor) }

    /// At the end of a regular file: the bytes read are its size when opened, and `fstat` on the same
    /// descriptor gives the same size and modification time. A file truncated or rewritten while read ends in
    /// ``FileProblem/changedWhileRead(size:read:)``, never in a partial result.
    private func checkUnchanged(read: Int) throws(FileProblem) {
        guard opened.st_mode & S_IFMT == S_IFREG else { return }
        var now = stat()
        guard fstat(descriptor, &now) == 0 else { throw .readFailed(reason: lastError()) }
        let same =
            read == Int(opened.st_size) && now.st_size == opened.st_size && now.st_mtim.tv_sec == opened.st_mtim.tv_sec
            && now.st_mtim.tv_nsec == opened.st_mtim.tv_nsec
        if !same { throw .changedWhileRead(size: Int(opened.st_size), read: read) }
    }

    /// The whole file, unchecked, within `limit` bytes.
    /// - Complexity: O(file size).
    package static func bytes(at path: String, limit: Int) throws(FileProblem) -> [UInt8] {
        let file = try OpenedInput(path: path, limit: limit)
        defer { file.close() }
        var bytes = [UInt8](repeating: 0, count: 0)
        bytes.reserveCapacity(min(file.size, limit) + 1)
        let chunkSize = 1 << 20
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try file.read(into: chunk.baseAddress!, count: chunkSize, total: bytes.count)
            if count == 0 { return bytes }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
    }

    /// What `stat` says of an input path, after refusing what no reader can read: a missing file, a folder, a
    /// device (`/dev/zero` or `/dev/urandom` would never end; a disk would be read whole).
    package static func checkedStatus(of path: String) throws(FileProblem) -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else { throw errno == ENOENT ? .missing : .cannotOpen(reason: lastError()) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .directory
        case S_IFCHR, S_IFBLK: throw .device
        default: return info
        }
    }

    package static func status(of path: String) throws(ReadError) -> stat {
        try FileProblem.naming(path) { () throws(FileProblem) in try checkedStatus(of: path) }
    }
}

private func readDescriptor(_ descriptor: Int32, _ destination: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, destination, count)
}

private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }

/// Test support: makes another writer's interference happen at a known moment. A path registered with
/// ``truncate(_:to:)`` is truncated right after its next opening for reading, before its first byte is read, so
/// that a test can show that every reader ends such a read in an error rather than in part of the file.
package enum ReadInterference {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [String: Int] = [:]

    /// Truncates `path` to `length` bytes once it is next opened for reading.
    package static func truncate(_ path: String, to length: Int) {
        lock.withLock { pending[path] = length }
    }

    static func opened(_ path: String) {
        guard let length = lock.withLock({ pending.removeValue(forKey: path) }) else { return }
        _ = truncateFile(path, length)
    }
}

private func truncateFile(_ path: String, _ length: Int) -> Int32 { truncate(path, off_t(length)) }
