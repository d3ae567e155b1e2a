import Foundation
import Testing

/// `info` on a file that another process truncates while it is read: a positioned error or the changed-file
/// error, or the whole graph; never exit 0 with part of it.
@Suite("partnet on a file truncated while read")
struct TruncatedInputCommandTests {
    @Test("truncating the input during info never gives a partial result with exit 0")
    func truncatedDuringInfo() throws {
        let lines = 300_000
        let text = (0..<lines).map { "n\($0)\tn\($0 + 1)\n" }.joined()
        var outcomes: [String] = []
        for delay in [0, 2, 5, 10, 20, 40, 80] {
            let path = try writeTemporary("big.tsv", text)
            let process = Process()
            process.executableURL = try partnetExecutable()
            process.arguments = ["info", path, "-f", "json"]
            let output = Pipe()
            let error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            Thread.sleep(forTimeInterval: Double(delay) / 1000)
            #expect(truncate(path, off_t(text.utf8.count / 2)) == 0)
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 0 {
                // Read before the truncation: the whole graph.
                #expect(printed.contains("\"edges\": \(lines),"), "delay \(delay) ms: exit 0 with \(printed)")
                outcomes.append("whole")
            } else {
                #expect(process.terminationStatus == 1)
                #expect(message.contains("big.tsv"), "delay \(delay) ms: \(message)")
                outcomes.append(message.contains("changed while it was being read") ? "changed" : "positioned")
            }
        }
        // At least one run must have met the truncation, or the test showed nothing.
        #expect(outcomes.contains { $0 != "whole" }, "\(outcomes)")
    }
}

/// An output that resolves to an input is refused, and the input is left as it was.
@Suite("partnet: an output that is an input")
struct OutputIsInputCommandTests {
    @Test("convert - -o /dev/stdin (or /dev/fd/0) with a file on standard input refuses, the file unchanged", arguments: ["/dev/stdin", "/dev/fd/0"])
    func standardInputAsOutput(output: String) throws {
        let text = "name: Kept\nactors:\n  - {id: A, name: Alpha, kind: country}\n"
        let path = try writeTemporary("x.yaml", text)
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = ["convert", "-", "-o", output, "--to", "json"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("is the file standard input reads"), "\(message)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("extract refuses to write over its organisations file")
    func organisationsAsOutput() throws {
        let organisations = try writeTemporary("o.tsv", "XYZ\torganisation\tXyz Org\n")
        let page = try writeTemporary("p.txt", "The Xyz Org met in Rabat on 5 May 2020.\n")
        let run = try partnet("extract", page, "--organisations", organisations, "-o", organisations)
        #expect(run.status == 1 && run.standardError.contains("is the input file"), "\(run.standardError)")
        #expect(try String(contentsOfFile: organisations, encoding: .utf8) == "XYZ\torganisation\tXyz Org\n")
    }
}
