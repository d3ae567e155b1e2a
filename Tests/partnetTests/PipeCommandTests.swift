import Foundation
import Testing
import PartnerTestSupport

/// Standard input, pipes and FIFOs as inputs, and `--timeout` as a deadline for the whole command.
@Suite("partnet pipes and deadlines")
struct PipeCommandTests {
    /// Runs partnet with `input` written to its standard input through a pipe (by another thread, so a large
    /// input cannot block), and returns what it printed and how long it took.
    func run(_ arguments: [String], stdin input: @escaping @Sendable (FileHandle) -> Void, wrapper: [String] = []) throws
        -> (run: ToolRun, seconds: Double)
    {
        let process = Process()
        let executable = try partnetExecutable()
        if wrapper.isEmpty {
            process.executableURL = executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: wrapper[0])
            process.arguments = Array(wrapper.dropFirst()) + [executable.path] + arguments
        }
        process.currentDirectoryURL = repositoryRoot
        let standardInput = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = standardInput
        process.standardOutput = output
        process.standardError = error
        let start = Date()
        try process.run()
        let writer = standardInput.fileHandleForWriting
        // partnet may stop reading (a limit, an error) before the writer is done: that is EPIPE, not a crash.
        signal(SIGPIPE, SIG_IGN)
        Thread {
            input(writer)
            try? writer.close()
        }.start()
        let (outputData, errorData) = readToEnd(output: output.fileHandleForReading, error: error.fileHandleForReading)
        process.waitUntilExit()
        let run = ToolRun(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
        return (run, Date().timeIntervalSince(start))
    }

    func feeding(_ file: String) throws -> @Sendable (FileHandle) -> Void {
        let data = try Data(contentsOf: file.hasPrefix("/") ? URL(fileURLWithPath: file) : repositoryRoot.appendingPathComponent(file))
        return { try? $0.write(contentsOf: data) }
    }

    @Test(
        "cat FILE | partnet info - (or /dev/stdin) prints what partnet info FILE prints",
        arguments: [
            "graphs/rabat-process.yaml", "Tests/PartnerIOTests/Hostile/events/bom-crlf.csv",
        ])
    func standardInputEqualsFile(file: String) throws {
        let direct = try partnet("info", file)
        #expect(direct.status == 0, "\(direct.standardError)")
        for name in ["-", "/dev/stdin"] {
            let piped = try run(["info", name, "--input", file.hasSuffix(".csv") ? "events" : "network"], stdin: try feeding(file)).run
            #expect(piped.status == 0, "\(piped.standardError)")
            // An event table's network is named after its file: here "stdin".
            let body = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("name:") } }
            #expect(body(piped.standardOutput) == body(direct.standardOutput), "\(name)")
            #expect(body(direct.standardOutput).count > 5)
        }
    }

    @Test("the kind of standard input is told by its content, with no byte lost")
    func detectsKindOfStandardInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let yaml = try partnet("info", "graphs/rabat-process.yaml", "--format", "json").standardOutput
        for format in ["graphml", "gexf", "node-link.json", "json"] {
            let path = folder.appendingPathComponent("net.\(format)").path
            let converted = try partnet("convert", "graphs/rabat-process.yaml", "-o", path)
            #expect(converted.status == 0, "\(converted.standardError)")
            let piped = try run(["info", "-", "--format", "json"], stdin: try feeding(path)).run
            #expect(piped.status == 0, "\(format): \(piped.standardError)")
            // Everything but the name, which some formats take from the file.
            let counts = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"name\"") } }
            #expect(counts(piped.standardOutput) == counts(yaml), "\(format)")
            #expect(counts(yaml).count > 10)
        }
        // An affiliation list and an edge list, by their first line.
        let affiliation = try run(["info", "-", "--format", "json"], stdin: { try? $0.write(contentsOf: Data("NGA\tm1\thost\nFRA\tm1\tattend\n".utf8)) }).run
        #expect(
            affiliation.status == 0 && affiliation.standardOutput.contains("\"meeting\" : 1") || affiliation.standardOutput.contains("\"meeting\": 1"),
            "\(affiliation.standardOutput)")
        let edges = try run(["info", "-", "--format", "json"], stdin: { try? $0.write(contentsOf: Data("a\tb\nb\tc\n".utf8)) }).run
        #expect(edges.status == 0 && edges.standardOutput.contains("3"), "\(edges.standardError)")
    }

    @Test("an endless pipe stops at --max-input-bytes with bounded memory")
    func endlessPipe() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
        let limit = 200_000_000
        let result = try run(
            ["info", "-", "--input", "edges", "--max-input-bytes", "\(limit)"],
            stdin: { handle in
                let chunk = Data(String(repeating: "a\tb\n", count: 16_384).utf8)
                while (try? handle.write(contentsOf: chunk)) != nil {}
            }, wrapper: ["/usr/bin/time", "-f", "peak-kb %M"]
        ).run
        #expect(result.status == 1)
        #expect(result.standardError.contains("stdin: is over the limit of \(limit) bytes"), "\(result.standardError)")
        let peak = result.standardError.split(separator: "\n").last { $0.hasPrefix("peak-kb ") }.flatMap { Int($0.dropFirst(8)) }
        let kilobytes = try #require(peak, "\(result.standardError)")
        // Reading whole would hold the 200 MB (and twice that while growing); streaming holds one chunk.
        #expect(kilobytes < 100_000, "peak \(kilobytes) KB")
    }

    @Test("a FIFO with no writer honours --timeout; with a writer it is read")
    func fifo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifo = folder.appendingPathComponent("net.yaml").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let start = Date()
        let waited = try partnet("info", fifo, "--timeout", "2")
        let seconds = Date().timeIntervalSince(start)
        #expect(waited.status == 1)
        #expect(waited.standardError.contains("net.yaml: no end of input within the time limit"), "\(waited.standardError)")
        // It waited for the limit; the message says the limit ended it (a FIFO with no writer never ends by itself),
        // so how soon after the limit is not asserted: on a loaded machine the process's start and exit take seconds.
        #expect(seconds >= 1.9, "\(seconds) s")

        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml"))
        Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                try? handle.write(contentsOf: data)
                try? handle.close()
            }
        }.start()
        let read = try partnet("info", fifo, "--timeout", "20")
        #expect(read.status == 0, "\(read.standardError)")
        #expect(read.standardOutput == (try partnet("info", "graphs/rabat-process.yaml").standardOutput))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["net.yaml"])
    }

    @Test("--timeout stops a long computation with exit 1 at the limit")
    func deadline() throws {
        // Exact betweenness on 30,000 nodes takes minutes.
        var lines = ""
        for node in 0..<30_000 {
            lines += "n\(node)\tn\((node + 1) % 30_000)\n"
            lines += "n\(node)\tn\((node * 7919 + 13) % 30_000)\n"
        }
        let file = try writeTemporary("ring.tsv", lines)
        let start = Date()
        let result = try partnet("centrality", file, "--measure", "betweenness,closeness", "--timeout", "2")
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 1)
        #expect(result.standardError.contains("stopped: the --timeout of 2 s passed"), "\(result.standardError)")
        // A guard against a deadline seen only when the work is done, not a measure of how soon it stops: the work
        // itself takes minutes alone, and a loaded machine stretches it as much as it stretches the stop.
        #expect(seconds >= 1.9 && seconds < 60, "\(seconds) s")
    }
}
