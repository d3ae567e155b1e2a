import Foundation
import Testing

/// One run of the tool with its own peak memory, measured by GNU time: a child's `ru_maxrss` counts the memory
/// of the process it was spawned from (the test process, hundreds of MB), a grandchild's does not.
struct MeasuredRun {
    var status: Int32
    var standardError: String
    /// Largest resident set size, in bytes.
    var peakBytes: Int
}

func measuredPartnet(_ arguments: [String]) throws -> MeasuredRun {
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-time-\(UUID().uuidString)").path
    defer { unlink(report) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", "-o", report, try partnetExecutable().path] + arguments
    let error = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = error
    try process.run()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let kilobytes = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n").last.flatMap { Int($0) }
    return MeasuredRun(
        status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self), peakBytes: (kilobytes ?? Int.max / 1024) * 1024)
}

/// How every command reads its input: bounded reads, empty inputs and positions alike.
@Suite("partnet reading inputs")
struct InputReadingCommandTests {
    @Test(
        "a 5 GB file of zeros within --max-input-bytes is refused at 1:1 without being read whole",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "GNU time measures the peak memory"))
    func sparseFile() throws {
        let path = try writeTemporary("zeros.tsv", "")
        try #require(truncate(path, 5 << 30) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for command in ["validate", "info"] {
            let run = try measuredPartnet([command, path, "--max-input-bytes", "6000000000"])
            #expect(run.status == 1, "\(command)")
            #expect(run.standardError.contains("zeros.tsv:1:1: contains a NUL byte"), "\(command): \(run.standardError)")
            // Reading it whole took 5.3 GB; the tool itself takes about 30 MB.
            #expect(run.peakBytes < 200 << 20, "\(command) peaked at \(run.peakBytes >> 20) MiB")
        }
    }

    @Test(
        "an empty input is refused the same way by every command",
        arguments: [
            ["validate"], ["info"], ["convert", "-o", "OUT.graphml"], ["render", "-o", "OUT.svg"], ["report", "-o", "OUT.html"],
            ["stats"], ["centrality"], ["cooccurrence", "--input", "affiliation"],
        ])
    func emptyInput(command: [String]) throws {
        let path = try writeTemporary("empty.tsv", "\n  \n")
        let folder = (path as NSString).deletingLastPathComponent
        let arguments = [command[0], path] + command.dropFirst().map { $0.replacingOccurrences(of: "OUT", with: folder + "/out") }
        let result = try partnet(arguments: arguments)
        #expect(result.status == 1)
        #expect(result.standardError.contains("empty.tsv:1:1: is empty; expected "), "\(command): \(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["empty.tsv"])
    }

    @Test("a self-loop in an edge list is placed on its line by convert, render and report", arguments: ["graphml", "svg", "html"])
    func selfLoop(extension: String) throws {
        let path = try writeTemporary("loop.tsv", "a\tb\n# c\nc\tc\n")
        let command = ["graphml": "convert", "svg": "render", "html": "report"][`extension`]!
        let result = try partnet(command, path, "-o", path + "." + `extension`)
        #expect(result.status == 1)
        #expect(result.standardError.contains("loop.tsv:3:3: "), "\(command): \(result.standardError)")
        #expect(result.standardError.contains("cannot be tied to itself"))
    }
}
