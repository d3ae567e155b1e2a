import Foundation

/// A regular file read and checked on a second thread while its reader works on the part already read: the file's
/// bytes as ``CheckedRead`` gives them, and the same errors, arriving in chunks in one buffer that never moves.
///
/// The reading thread reads a chunk straight into the buffer (no copy), checks it as ``TextCheck`` does, then makes
/// it available; ``wait(for:)`` blocks until bytes up to an offset are available or the reading has ended. Only
/// ``finish()`` says whether the file was read whole and unchanged: a reader may work on the bytes as they arrive,
/// but must call it, and drop what it made, when it throws. So a file truncated, appended to or refused while it is
/// read ends in the same error as a read in one go (the file is read with `read(2)`, never mapped, so a truncation
/// is an error, not a SIGBUS). One difference: the bytes a file gains while it is read are not checked, so a file
/// that grows is always "changed while it was being read", even when what it gained is not text.
///
/// - Complexity: O(file size), in chunks of `chunkSize`; memory the file's size plus one byte (pages are taken as
///   the bytes arrive).
package final class ReadAhead: @unchecked Sendable {
    /// The size of the file when it was opened: the buffer's room.
    package let size: Int
    /// The start of the buffer (`size` bytes; the file's byte `i` at `base[i]` once available).
    package let base: UnsafePointer<UInt8>
    private let buffer: UnsafeMutablePointer<UInt8>
    private let path: String
    private let file: OpenedInput
    private let chunkSize: Int
    /// Test support: called on the reading thread after each chunk is made available, with the bytes read so far.
    private let afterChunk: (@Sendable (Int) -> Void)?
    private let condition = NSCondition()
    /// Guarded by `condition`: the bytes before `available` are read and checked; `ended` once the reading stopped,
    /// with `failure` when it did not read the file whole.
    private var available = 0
    private var ended = false
    private var failure: (any Error)?

    /// Opens the regular file at `path` (its problems thrown at once, as ``CheckedRead`` throws them) and starts
    /// reading it on a thread of its own.
    /// - Parameters:
    ///   - path: the file; a regular file (see ``regularFileSize(_:)``).
    ///   - limits: the byte limit the file must keep to.
    ///   - chunkSize: bytes read at a time, each then checked and made available.
    ///   - afterChunk: test support, called on the reading thread after each chunk (another writer's interference
    ///     made to happen between two chunks).
    package init(path: String, limits: ReadLimits, chunkSize: Int = CheckedRead.chunkSize, afterChunk: (@Sendable (Int) -> Void)? = nil) throws {
        file = try OpenedInput(path: path, limits: limits)
        self.path = path
        size = file.size
        self.chunkSize = max(chunkSize, 1)
        self.afterChunk = afterChunk
        // One byte more than the size, to see a file that grew.
        buffer = .allocate(capacity: size + 1)
        base = UnsafePointer(buffer)
        let thread = Thread { [self] in read() }
        thread.start()
    }

    deinit {
        // The reading thread holds the reader until it ends: the buffer is never freed under it.
        buffer.deallocate()
        file.close()
    }

    /// The size of the file at `path` when it is a regular file (not a pipe or a device), which ``ReadAhead`` reads;
    /// nil otherwise, or when it cannot be told (opening it then says why).
    package static func regularFileSize(_ path: String) -> Int? {
        guard let info = try? OpenedInput.checkedStatus(of: path), info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Waits until the bytes before `offset` (at most ``size``) are read and checked, or the reading has ended.
    /// - Returns: how many bytes from the start are available (fewer than `offset` only once the reading ended), and
    ///   whether the reading has ended.
    package func wait(for offset: Int) -> (available: Int, ended: Bool) {
        let wanted = min(offset, size)
        condition.lock()
        defer { condition.unlock() }
        while available < wanted && !ended { condition.wait() }
        return (available, ended)
    }

    /// Waits for the end of the reading: the file's bytes, checked, or the error a read in one go gives.
    package func finish() throws -> UnsafeBufferPointer<UInt8> {
        condition.lock()
        while !ended { condition.wait() }
        let failure = failure
        condition.unlock()
        if let failure { throw failure }
        return UnsafeBufferPointer(start: base, count: size)
    }

    /// The reading thread: chunk by chunk into the buffer, each checked, then published.
    private func read() {
        var check = TextCheck()
        var total = 0
        do {
            while true {
                let room = size + 1 - total
                if room == 0 {
                    // The file is longer than it was: read on (within the byte limit) to its end, where the check
                    // of its size names the change.
                    try readPast(total: total)
                }
                let count = try file.readNamed(into: UnsafeMutableRawPointer(buffer + total), count: min(chunkSize, room), total: total)
                total += count
                let final = count == 0
                // A UTF-16 byte order mark is told by the first two bytes together.
                if total < 2 && !final { continue }
                let checked = UnsafeBufferPointer(start: base, count: min(total, size))
                if let problem = check.scan(checked, upTo: checked.count, final: final) {
                    throw problem.error(in: checked, file: path)
                }
                publish(available: check.checked, ended: final)
                if final { return }
                afterChunk?(total)
            }
        } catch {
            condition.lock()
            failure = error
            ended = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Reads and drops the rest of a file that grew, to its end (or past the byte limit), where the read ends with
    /// its error.
    private func readPast(total: Int) throws -> Never {
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { scratch.deallocate() }
        var total = total
        while true {
            let count = try file.readNamed(into: scratch, count: 1 << 16, total: total)
            // A file that grew cannot end unchanged: its end throws, but a read that says otherwise is no file.
            if count == 0 { throw ReadError(.unreadable, file: path, message: FileProblem.changedWhileRead(size: size, read: total).message) }
            total += count
        }
    }

    private func publish(available: Int, ended: Bool) {
        condition.lock()
        self.available = available
        self.ended = ended
        condition.broadcast()
        condition.unlock()
    }
}
