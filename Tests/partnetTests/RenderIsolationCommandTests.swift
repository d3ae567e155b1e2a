import Foundation
import Testing

/// Render deadlines and the render worker's life: it ends with the command, whatever ends the command.
@Suite("partnet render isolation")
struct RenderIsolationCommandTests {
    /// A 70-node clique, whose neato layout with edges routed around the nodes (`--edges around-nodes`) takes far
    /// longer than the tests wait (a 60-node clique took 50 s on a quiet machine: routing costs about edges x
    /// nodes^2). Reading and styling its 2,415 lines take milliseconds even in a debug build on a loaded machine, so
    /// the time a test waits is spent in the layout and the deadline always ends it there.
    func slowNetwork() throws -> String {
        var rows = ""
        for a in 0..<70 { for b in (a + 1)..<70 { rows += "n\(a)\tn\(b)\n" } }
        return try writeTemporary("slow.tsv", rows)
    }

    /// Processes whose parent is `pid`, from /proc.
    func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && Int32(fields[1]) == pid
        }
    }

    func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    @Test("render --timeout stops a slow layout at the limit and leaves no worker or file")
    func renderDeadline() throws {
        let input = try slowNetwork()
        let output = (input as NSString).deletingLastPathComponent + "/slow.svg"
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = ["render", input, "-o", output, "--engine", "neato", "--edges", "around-nodes", "--timeout", "5"]
        let errors = Pipe()
        process.standardError = errors
        let start = Date()
        try process.run()
        var workers: [Int32] = []
        // Watch until the command ends, however long the worker takes to start on a loaded machine.
        while process.isRunning, workers.isEmpty {
            workers = children(of: process.processIdentifier)
            usleep(20_000)
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        #expect(process.terminationStatus == 1, "\(message)")
        // The deadline, not the layout's end (about a minute alone), stopped it: the message says so. How soon
        // after the limit it ended is not asserted: on a loaded machine the debug process's start and exit
        // alone can take seconds (at load 14 the whole run took 6.1-6.3 s). At load 12-15 the debug tool has
        // twice spent all 5 s before its layout began; the stop must then still come at the limit, said the
        // same way, and only the phase it names differs.
        #expect(message.contains("stopped: the --timeout of 5 s passed"), "\(message)")
        #expect(seconds > 4.9, "\(seconds) s")
        if message.contains("while laying out") { #expect(!workers.isEmpty, "the layout ran in a worker") }
        // The command reaps the worker it stopped before it exits; were one left, it would notice its parent's end
        // within a poll of 0.1 s (longer on a loaded machine), so wait a while for that before calling it an orphan.
        let ended = Date()
        while workers.contains(where: isAlive), Date().timeIntervalSince(ended) < 30 { usleep(50_000) }
        for worker in workers { #expect(!isAlive(worker), "worker \(worker) outlived the command") }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (input as NSString).deletingLastPathComponent) == ["slow.tsv"])
    }

    @Test("a dot layout of more than 2,000 lines runs in a worker, though its nodes are few")
    func denseDotIsolated() throws {
        // 70 nodes, 2,100 of their 2,415 pairs: dense enough that dot takes seconds, too few nodes for the node rule.
        var text = ""
        var lines = 0
        outer: for a in 0..<70 {
            for b in (a + 1)..<70 where (a * 31 + b * 17) % 23 != 0 {
                text += "n\(a)\tn\(b)\n"
                lines += 1
                if lines == 2_100 { break outer }
            }
        }
        try #require(lines == 2_100)
        let input = try writeTemporary("dense.tsv", text)
        let output = (input as NSString).deletingLastPathComponent + "/dense.svg"
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = ["render", input, "-o", output, "--engine", "dot"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var workers: [Int32] = []
        while process.isRunning, workers.isEmpty {
            workers = children(of: process.processIdentifier)
            usleep(10_000)
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!workers.isEmpty, "the layout ran in a worker")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<svg"))
    }

    @Test("the render worker dies with its parent, even a parent killed with SIGKILL")
    func workerDiesWithParent() throws {
        let input = try slowNetwork()
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = [
            "render", input, "-o", (input as NSString).deletingLastPathComponent + "/slow.svg", "--engine", "neato", "--edges", "around-nodes", "--isolated",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let start = Date()
        var workers: [Int32] = []
        while process.isRunning, workers.isEmpty, Date().timeIntervalSince(start) < 60 {
            workers = children(of: process.processIdentifier)
            usleep(20_000)
        }
        try #require(!workers.isEmpty, "no worker started")
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Measured from the parent's death, not asserted: the worker polls for it every 0.1 s, and on a loaded
        // machine its poll may wait for a core. An orphan would lay out for minutes, so the wait is bounded there.
        let killed = Date()
        while workers.contains(where: isAlive), Date().timeIntervalSince(killed) < 30 { usleep(50_000) }
        for worker in workers {
            #expect(!isAlive(worker), "worker \(worker) is an orphan \(Date().timeIntervalSince(killed)) s after its parent died")
        }
    }
}
