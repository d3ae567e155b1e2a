import Foundation
import Testing

@testable import PartnerFiles
import PartnerTestSupport

/// A file read on a second thread gives the bytes, and the errors, of a file read in one go, whatever the chunk size,
/// and a file that changes while it is read ends in an error.
@Suite("A file read ahead on a second thread")
struct ReadAheadTests {
    /// The outcome of reading `path` in one go, or on a second thread in chunks of `chunkSize`: the bytes or the
    /// error's text.
    static func outcome(_ path: String, chunkSize: Int?) -> Outcome {
        do {
            guard let chunkSize else { return .bytes(try InputFile.bytes(at: path, limits: .default)) }
            let ahead = try ReadAhead(path: path, limits: .default, chunkSize: chunkSize)
            return .bytes(Array(try ahead.finish()))
        } catch {
            return .error(error.localizedDescription)
        }
    }

    enum Outcome: Equatable {
        case bytes([UInt8])
        case error(String)
    }

    static let chunkSizes = [1, 2, 3, 7, 64, 1 << 20]

    @Test("the bytes of a read in one go, for every chunk size, non-ASCII cut across chunks")
    func sameBytes() throws {
        let text = "\u{FEFF}name: Côte d'Ivoire → 北京 😀\n" + String(repeating: "- id: n1\n  name: é\n", count: 40)
        let path = try temporaryFile("ahead.yaml", text)
        let whole = Self.outcome(path, chunkSize: nil)
        #expect(whole == .bytes(Array(text.utf8)))
        for chunkSize in Self.chunkSizes {
            #expect(Self.outcome(path, chunkSize: chunkSize) == whole, "chunks of \(chunkSize)")
        }
    }

    @Test("waiting for an offset gives at least the bytes before it, and the whole file at its end")
    func waiting() throws {
        let text = String(repeating: "abcdefghij\n", count: 100)
        let path = try temporaryFile("wait.txt", text)
        let ahead = try ReadAhead(path: path, limits: .default, chunkSize: 5)
        for offset in [0, 1, 5, 6, 333, 1099, 1100, 5000] {
            let (available, _) = ahead.wait(for: offset)
            #expect(available >= min(offset, 1100) && available <= 1100, "\(offset)")
            #expect(Array(UnsafeBufferPointer(start: ahead.base, count: min(available, 1100))) == Array(text.utf8.prefix(available)))
        }
        #expect(try ahead.finish().count == 1100)
        let end = ahead.wait(for: 5000)
        #expect(end.available == 1100 && end.ended)
    }

    @Test("bytes that are not text: the error of a read in one go, for every chunk size")
    func sameErrors() throws {
        let body = Array("name: x\nactors: []\n".utf8)
        let cases: [(String, [UInt8])] = [
            ("a NUL byte", body + [0] + body),
            ("a control character", body + [0x01] + body),
            ("invalid UTF-8", body + [0xC3, 0x28] + body),
            ("an overlong form", body + [0xC0, 0xAF] + body),
            ("a sequence cut by the end", body + [0xE2, 0x82]),
            ("UTF-16", [0xFF, 0xFE] + body),
            ("a control character in the first byte", [0x02] + body),
        ]
        for (name, bytes) in cases {
            let path = try temporaryFile("bad.yaml", bytes: bytes)
            let whole = Self.outcome(path, chunkSize: nil)
            guard case .error = whole else {
                Issue.record("\(name): read in one go")
                continue
            }
            for chunkSize in Self.chunkSizes {
                #expect(Self.outcome(path, chunkSize: chunkSize) == whole, "\(name), chunks of \(chunkSize)")
            }
        }
    }

    @Test("a missing file or a folder: the error of a read in one go, thrown when it is opened")
    func openingErrors() throws {
        let folder = try temporaryFile("x.txt", "x").components(separatedBy: "/").dropLast().joined(separator: "/")
        for path in [folder + "/no-such-file.yaml", folder] {
            let whole = Self.outcome(path, chunkSize: nil)
            #expect(Self.outcome(path, chunkSize: 7) == whole, "\(path)")
            #expect(ReadAhead.regularFileSize(path) == nil || path != folder)
        }
        #expect(ReadAhead.regularFileSize(folder) == nil)
        #expect(ReadAhead.regularFileSize(try temporaryFile("five.txt", "12345")) == 5)
    }

    /// A 64 KB file read in chunks of 4 KB, `change` made to it after the first chunk: the read's error.
    static func changed(_ change: @escaping @Sendable (String) -> Void) throws -> String? {
        let path = try temporaryFile("changing.yaml", String(repeating: "- id: abcdefg\n", count: 64 << 10 / 14))
        let ahead = try ReadAhead(path: path, limits: .default, chunkSize: 4 << 10) { total in
            if total == 4 << 10 { change(path) }
        }
        do {
            _ = try ahead.finish()
            return nil
        } catch {
            return error.localizedDescription
        }
    }

    @Test("truncated, appended to or rewritten after the first chunk: changed while it was being read")
    func changedWhileRead() throws {
        let truncated = try Self.changed { #expect(truncate($0, 10 << 10) == 0) }
        #expect(truncated?.contains("changed while it was being read (10240 bytes read of 65534)") == true, "\(truncated ?? "read whole")")
        let appended = try Self.changed { path in
            let handle = FileHandle(forWritingAtPath: path)!
            handle.seekToEndOfFile()
            handle.write(Data("- id: more\n".utf8))
            handle.closeFile()
        }
        #expect(appended?.contains("changed while it was being read") == true, "\(appended ?? "read whole")")
        let rewritten = try Self.changed { path in
            var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        #expect(rewritten?.contains("changed while it was being read") == true, "\(rewritten ?? "read whole")")
    }

    @Test("truncated once opened, before its first byte: the error of a read in one go")
    func truncatedOnceOpened() throws {
        let text = String(repeating: "- id: abcdefg\n", count: 1000)
        let path = try temporaryFile("cut.yaml", text)
        ReadInterference.truncate(path, to: 5000)
        let whole = Self.outcome(path, chunkSize: nil)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        ReadInterference.truncate(path, to: 5000)
        let ahead = Self.outcome(path, chunkSize: 1 << 10)
        #expect(ahead == whole)
        guard case .error(let message) = ahead else {
            Issue.record("a truncated file was read whole")
            return
        }
        #expect(message.contains("changed while it was being read (5000 bytes read of 14000)"))
    }
}
