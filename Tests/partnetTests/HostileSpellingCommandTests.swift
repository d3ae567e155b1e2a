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

extension HostileSpellingCommandTests {
    @Test(
        "a meeting of thousands of actors: a projection beyond the edge limit is refused before it is built",
        arguments: [
            ["communities"], ["centrality", "--measure", "degree", "--on", "projection"], ["stats", "--by", "pair"], ["cooccurrence"],
            ["render", "--view", "projection", "--format", "dot"],
        ])
    func projectionBound(command: [String]) throws {
        // 2,000 actors at one meeting: 1,999,000 pairs, 3,998,000 adjacency entries.
        let table = "actor,meeting,relation\n" + (0..<2000).map { "a\($0),m,attends\n" }.joined()
        let path = try writeTemporary("t.csv", table)
        let folder = (path as NSString).deletingLastPathComponent
        let output = command[0] == "render" ? ["-o", folder + "/o.dot"] : []
        let refused = try partnet(arguments: [command[0], path] + command.dropFirst() + output + ["--max-edges", "3000000"])
        #expect(refused.status == 1, "\(command): \(refused.standardOutput.prefix(200))")
        #expect(
            refused.standardError.contains(
                "the actor projection would hold up to 1999000 pairs (meeting 'm' alone has 2000 actors), 3998000 adjacency entries, more than the edge limit 3000000"
            ),
            "\(refused.standardError)")
        // The same file within the limit: the tool reads the network itself (not a projection) without the check.
        let info = try partnet("info", path, "--max-edges", "3000000", "-f", "json")
        #expect(info.status == 0, "\(info.standardError)")
    }
}

extension HostileSpellingCommandTests {
    @Test("standard output appending to the input file (info x >> x, convert - < x >> x) is refused and the input kept")
    func standardOutputIsTheInput() throws {
        let path = try writeTemporary("x.yaml", Self.network)
        for arguments in [
            ["info", path], ["convert", path, "-o", "-", "--to", "yaml"], ["cooccurrence", path],
            ["convert", "-", "--input", "network", "-o", "-", "--to", "yaml"],
        ] {
            try Self.network.write(toFile: path, atomically: false, encoding: .utf8)
            let process = Process()
            process.executableURL = try partnetExecutable()
            process.arguments = arguments
            let output = try #require(FileHandle(forWritingAtPath: path))
            try output.seekToEnd()
            process.standardOutput = output
            if arguments.contains("-") { process.standardInput = try #require(FileHandle(forReadingAtPath: path)) }
            let error = Pipe()
            process.standardError = error
            try process.run()
            let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try output.close()
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(message.contains("is also standard output; refusing to write the result into the file being read"), "\(message)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.network, "\(arguments): the input is unchanged")
        }
    }
}

extension HostileSpellingCommandTests {
    @Test("fdsm estimated at more than an hour is refused without --timeout, with a sample count that fits; with --timeout it runs")
    func fdsmRunawayEstimate() throws {
        // One meeting of 200 actors: 200 memberships, 19,900 pairs; 1,000,000 samples are about 1.2 hours at 5 million a second.
        let table = "actor,meeting,relation\n" + (0..<200).map { "a\($0),m,attends\n" }.joined()
        let path = try writeTemporary("t.csv", table)
        let refused = try partnet("cooccurrence", path, "--significance", "fdsm", "--samples", "1000000")
        #expect(refused.status == 1, "\(refused.standardOutput.prefix(100))")
        #expect(
            refused.standardError.contains(
                "fdsm with 1000000 samples of 200 memberships and up to 19900 pairs is about 1 hours of work; use --samples 861244 or fewer"),
            "\(refused.standardError)")
        let bounded = try partnet("cooccurrence", path, "--significance", "fdsm", "--samples", "1000000", "--timeout", "1")
        #expect(bounded.status == 1 && bounded.standardError.contains("--timeout"), "\(bounded.standardError)")
        #expect(!bounded.standardError.contains("hours of work"))
    }
}
