import Foundation
import Testing

@testable import PartnerFiles
import PartnerTestSupport

/// A file truncated or rewritten while it is read ends in an error, never in part of a file taken for the whole.
@Suite("A file changing while it is read")
struct ChangedWhileReadTests {
    /// A 3 MB file: three chunks, so that something can happen between two of them.
    func largeFile() throws -> String {
        try temporaryFile("big.tsv", String(repeating: "a\tb\n", count: 3 << 18))
    }

    @Test("truncated after the first chunk: the chunked read ends in an error naming what was read")
    func truncatedBetweenChunks() throws {
        let path = try largeFile()
        var chunks = 0
        do {
            try InputFile.forEachChunk(at: path, limits: .default, size: 1 << 20) { _ in
                chunks += 1
                if chunks == 1 { #expect(truncate(path, 1 << 19) == 0) }
            }
            Issue.record("a truncated file was read as if whole")
        } catch {
            #expect(
                error.localizedDescription
                    == "\(path): changed while it was being read (1048576 bytes read of 3145728); nothing was kept, read it again once it is written")
        }
    }

    @Test("rewritten in place to the same size: the modification time tells")
    func rewrittenInPlace() throws {
        let path = try largeFile()
        var chunks = 0
        #expect(throws: ReadError.self) {
            try InputFile.forEachChunk(at: path, limits: .default, size: 1 << 20) { _ in
                chunks += 1
                guard chunks == 1 else { return }
                // Another modification time than the one at opening, the size unchanged.
                var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            }
        }
    }

    @Test("an unchanged file reads whole, through both readers")
    func unchanged() throws {
        let path = try largeFile()
        var total = 0
        try InputFile.forEachChunk(at: path, limits: .default, size: 1 << 20) { total += $0.count }
        #expect(total == 3 << 20)
        #expect(try InputFile.bytes(at: path, limits: .default).count == 3 << 20)
    }
}
