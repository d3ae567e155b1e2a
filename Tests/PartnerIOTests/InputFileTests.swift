import Foundation
import Testing

@testable import PartnerFiles
@testable import PartnerIO
import PartnerTestSupport

/// Checked reads: bytes are checked as they arrive and the first problem stops the reading.
@Suite("Checked reads of input files")
struct InputFileTests {
    let chunk = CheckedRead.chunkSize
    /// Above the 5 GB files below, so that the size check lets them through to the byte checks.
    let roomy = ReadLimits(maxFileBytes: 6 << 30)

    /// A file of `size` bytes that starts with `head` and is a hole (zeros, no disk blocks) after it.
    func sparseFile(_ name: String, head: String, size: Int) throws -> String {
        let path = try temporaryFile(name, head)
        try #require(truncate(path, off_t(size)) == 0)
        return path
    }

    func readError(_ read: inout CheckedRead) -> ReadError? {
        do {
            _ = try read.bytes()
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test("a 5 GB file of zeros is refused at 1:1 after one chunk, not read whole")
    func sparseZeros() throws {
        let path = try sparseFile("zeros.tsv", head: "", size: 5 << 30)
        var read = CheckedRead(path: path, limits: roomy)
        let error = try #require(readError(&read))
        #expect(error.line == 1 && error.column == 1)
        #expect(error.message.contains("contains a NUL byte"))
        #expect(read.bytesRead <= chunk)
        #expect(try InputKind.detect(path: path) == .edges)
    }

    @Test("a problem after a good start stops the reading within a chunk of it")
    func sparseAfterText() throws {
        // Two and a half chunks of good lines, then zeros to 5 GB.
        let line = "alpha\tbeta\n"
        let head = String(repeating: line, count: chunk * 5 / 2 / line.utf8.count)
        let path = try sparseFile("late.tsv", head: head, size: 5 << 30)
        var read = CheckedRead(path: path, limits: roomy)
        let error = try #require(readError(&read))
        #expect(error.line == chunk * 5 / 2 / line.utf8.count + 1 && error.column == 1)
        #expect(read.bytesRead <= head.utf8.count + chunk)
    }

    @Test(
        "NUL, control characters, invalid UTF-8 and UTF-16 are refused at their line and column",
        arguments: [
            ("a\tb\nc\u{1}d\te\n", "2:2", "contains a control character (U+0001)"),
            ("a\tb\n\u{1B}[31m\tx\n", "2:1", "contains a control character (U+001B)"),
            ("é\tb\nc\td\0\n", "2:4", "contains a NUL byte"),
            ("a\tb\r\nc\td\r\n", nil, nil),
        ] as [(String, String?, String?)])
    func refusedAtTheirPlace(text: String, place: String?, message: String?) throws {
        var read = CheckedRead(path: try temporaryFile("t.tsv", text), limits: .default)
        let error = readError(&read)
        if let place, let message {
            #expect(error.map { "\($0.line!):\($0.column!)" } == place)
            #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        } else {
            #expect(error == nil)
        }
    }

    @Test(
        "invalid UTF-8 and UTF-16 byte order marks",
        arguments: [
            ([0x61, 0x09, 0x62, 0x0A, 0x63, 0xC3, 0x28, 0x0A] as [UInt8], "2:2", "is not valid UTF-8 text (byte 0xc3)"),
            ([0x61, 0xED, 0xA0, 0x80, 0x0A], "1:2", "is not valid UTF-8 text (byte 0xed)"),  // a surrogate
            ([0x61, 0x09, 0xE2, 0x82], "1:3", "is not valid UTF-8 text (byte 0xe2)"),  // cut at the end
            ([0xFF, 0xFE, 0x61, 0x00], "1:1", "is UTF-16 text"),
        ])
    func invalidBytes(bytes: [UInt8], place: String, message: String) throws {
        var read = CheckedRead(path: try temporaryFile("t.tsv", bytes: bytes), limits: .default)
        let error = try #require(readError(&read))
        #expect("\(error.line!):\(error.column!)" == place)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test("a character cut by a chunk's end is whole in the next; a bad byte there is placed right")
    func acrossChunks() throws {
        // "€" is 3 bytes: put it on the boundary, one byte in the first chunk and two in the next.
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: chunk - 1)
        bytes += Array("€\tb\n".utf8)
        var read = CheckedRead(path: try temporaryFile("cut.tsv", bytes: bytes), limits: .default)
        #expect(try read.bytes() == bytes)
        // The same with its last byte spoilt: refused at the euro's first byte.
        bytes[chunk + 1] = 0x41
        var spoilt = CheckedRead(path: try temporaryFile("cut.tsv", bytes: bytes), limits: .default)
        let error = try #require(readError(&spoilt))
        #expect(error.line == 1 && error.column == chunk && error.message.contains("byte 0xe2"))
    }

    @Test("the byte limit is checked before reading and as bytes arrive")
    func byteLimit() throws {
        let path = try temporaryFile("big.tsv", String(repeating: "a\tb\n", count: 1000))
        var read = CheckedRead(path: path, limits: ReadLimits(maxFileBytes: 3999))
        let error = try #require(readError(&read))
        #expect(error.message == "is 4000 bytes, over the limit of 3999 bytes")
        #expect(read.bytesRead == 0)
    }

    @Test("text drops a byte order mark and keeps everything else")
    func text() throws {
        let path = try temporaryFile("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("actor,meeting\r\nü,m\n".utf8))
        #expect(try InputFile.text(at: path, limits: .default) == "actor,meeting\r\nü,m\n")
    }
}
