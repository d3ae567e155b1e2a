import Foundation
import Testing

/// The third round of the hostile set (`scripts/hostile.py --from 1029`) through the tool: each run ends in an
/// error that says what is wrong, never a crash, a run of hours, or exit 0 with nothing written.
@Suite("partnet on hostile spellings, runaway counts and full outputs")
struct HostileSpellingCommandTests {
    static let network = HostileOptionCommandTests.network

    /// Runs partnet with standard output on `/dev/full`: every write to it fails with ENOSPC.
    func runIntoFullOutput(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = arguments
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardOutput = full
        let error = Pipe()
        process.standardError = error
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try full.close()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
    }

    @Test(
        "a result printed to a full standard output is an error, not exit 0",
        arguments: [["info"], ["centrality", "--measure", "all"], ["stats", "--by", "actor"], ["communities"], ["cooccurrence"]])
    func fullStandardOutput(command: [String]) throws {
        let path = try writeTemporary("t.yaml", Self.network)
        let run = try runIntoFullOutput([command[0], path] + command.dropFirst())
        #expect(run.status == 1, "\(command): \(run.error)")
        #expect(run.error.contains("could not be written: No space left on device"), "\(run.error)")
    }

    @Test("fdsm sample counts beyond 1,000,000 are refused at once with the bound, not run for hours (or overflowed)")
    func fdsmSampleBound() throws {
        let path = try writeTemporary("t.yaml", Self.network)
        for samples in ["1000001", "1000000000", "9223372036854775807"] {
            let run = try partnet("cooccurrence", path, "--significance", "fdsm", "--samples", samples)
            #expect(run.status == 1, "\(samples): \(run.standardOutput)")
            #expect(run.standardError.contains("--samples must be at most 1000000"), "\(run.standardError)")
        }
        let small = try partnet("cooccurrence", path, "--significance", "fdsm", "--samples", "200", "-f", "json")
        #expect(small.status == 0, "\(small.standardError)")
    }

    @Test("a --window longer than the calendar is refused, not overflowed")
    func windowBound() throws {
        let path = try writeTemporary("t.yaml", Self.network)
        for window in ["10000y", "9223372036854775807y"] {
            let run = try partnet("stats", path, "--by", "year", "--window", window)
            #expect(run.status == 1 && run.standardError.contains("--window must be at most 9999y"), "\(window): \(run.standardError)")
        }
        #expect(try partnet("stats", path, "--by", "year", "--window", "9999y", "-f", "json").status == 0)
    }

    @Test("extract: a JSON line naming text twice is refused at its line, not read as its last value")
    func jsonLineDuplicateKey() throws {
        let line =
            #"{"url": "https://example.org/1", "text": "Accra, 3 March 2021, hosted by Ghana.", "text": "\#(HostileOptionCommandTests.sentence.dropLast())"}"#
        let path = try writeTemporary("p.jsonl", line + "\n")
        let folder = (path as NSString).deletingLastPathComponent
        let run = try partnet("extract", path, "-o", folder + "/d.yaml")
        #expect(run.status == 1, "\(run.standardOutput)")
        #expect(run.standardError.contains("line 1") && run.standardError.contains("duplicate key 'text'"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/d.yaml"))
    }
}

extension HostileSpellingCommandTests {
    @Test("extract: a Markdown front matter URL written as a YAML tag or alias is refused, not kept with its marks")
    func frontMatterTag() throws {
        let page = "---\nurl: !!binary aGVsbG8=\n---\n\n" + HostileOptionCommandTests.sentence
        let path = try writeTemporary("p.md", page)
        let folder = (path as NSString).deletingLastPathComponent
        let run = try partnet("extract", path, "-o", folder + "/d.yaml")
        #expect(run.status == 1, "\(run.standardOutput)")
        #expect(run.standardError.contains("p.md:2:6") && run.standardError.contains("starts with '!'"), "\(run.standardError)")
        // Quoted, the same characters are the URL's text.
        let quoted = try writeTemporary("p.md", "---\nurl: \"https://example.org/!x\"\n---\n\n" + HostileOptionCommandTests.sentence)
        let read = try partnet("extract", quoted, "-o", (quoted as NSString).deletingLastPathComponent + "/d.yaml")
        #expect(read.status == 0, "\(read.standardError)")
    }
}
