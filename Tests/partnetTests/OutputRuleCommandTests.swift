import Foundation
import Testing
import PartnerTestSupport

/// The output rule through the tool: devices and standard output in place, nothing left by a killed or
/// failed write.
@Suite("partnet output rule")
struct OutputRuleCommandTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test("-o - writes to standard output, the same bytes as a file")
    func dashIsStandardOutput() throws {
        let directory = try folder()
        let file = directory.appendingPathComponent("net.json").path
        let toFile = try partnet("convert", "graphs/rabat-process.yaml", "-o", file)
        #expect(toFile.status == 0, "\(toFile.standardError)")
        let toStandardOutput = try partnet("convert", "graphs/rabat-process.yaml", "-o", "-", "--to", "json")
        #expect(toStandardOutput.status == 0, "\(toStandardOutput.standardError)")
        #expect(toStandardOutput.standardOutput == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("-").path))
        let vosviewer = try partnet("convert", "graphs/rabat-process.yaml", "-o", "-", "--to", "vosviewer")
        #expect(vosviewer.status == 1 && vosviewer.standardError.contains("writes 2 files"), "\(vosviewer.standardError)")
    }

    @Test("a device as output, directly or as /dev/stdout, stays a device", arguments: ["direct", "/dev/stdout"])
    func deviceStaysDevice(route: String) throws {
        guard geteuid() == 0 else { return }  // mknod needs root
        let directory = try folder()
        let device = directory.appendingPathComponent("null").path
        try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.currentDirectoryURL = repositoryRoot
        let output = route == "direct" ? device : route
        process.arguments = ["convert", "graphs/rabat-process.yaml", "-o", output, "--to", "graphml"]
        // Standard output is the device, as `partnet ... -o /dev/stdout > /dev/null` makes it.
        let handle = try #require(FileHandle(forWritingAtPath: device))
        process.standardOutput = handle
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(kind(device) == S_IFCHR, "the device was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null"])
        // /dev/full: the failure is reported, the device stays.
        let full = directory.appendingPathComponent("full").path
        try #require(mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0)
        let failed = try partnet("convert", "graphs/rabat-process.yaml", "-o", full, "--to", "graphml")
        #expect(failed.status == 1 && failed.standardError.contains("No space left on device"), "\(failed.standardError)")
        #expect(kind(full) == S_IFCHR)
    }

    @Test("a disk that fills up leaves no output and no temporary (tmpfs in a private mount namespace)")
    func diskFull() throws {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return }
        let directory = try folder()
        let mountPoint = directory.appendingPathComponent("small").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        let script = """
            mount -t tmpfs -o size=16k tmpfs "$1" || exit 77
            "$2" convert graphs/rabat-process.yaml -o "$1/out.graphml"
            status=$?
            echo "left: $(ls -A "$1")" >&2
            exit $status
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script, "sh", mountPoint, try partnetExecutable().path]
        process.currentDirectoryURL = repositoryRoot
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 { return }  // no permission to mount here
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("No space left on device"), "\(message)")
        #expect(message.contains("left: \n") || message.hasSuffix("left: \n"), "\(message)")
    }

    @Test("a write killed by SIGTERM or SIGINT leaves no temporary file and no output", arguments: [SIGTERM, SIGINT])
    func killedWrite(signal: Int32) throws {
        let directory = try folder()
        // Big enough that the write takes a while: about 25 MB of GraphML.
        var rows = "actor,meeting,relation,start\n"
        for index in 0..<120_000 { rows += "actor\(index % 3000),meeting-\(index / 4),attends,2019-01-01\n" }
        let input = directory.appendingPathComponent("events.csv").path
        try Data(rows.utf8).write(to: URL(fileURLWithPath: input))
        let outputs = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: false)
        var sawTemporary = false
        for _ in 0..<3 where !sawTemporary {
            let process = try Self.killWhenTemporaryAppears(
                ["convert", input, "-o", outputs.appendingPathComponent("net.graphml").path], in: outputs, signal: signal)
            sawTemporary = process != nil
            if let process {
                #expect(
                    process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                    "\(process.terminationReason.rawValue) \(process.terminationStatus)")
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: outputs.path) == [],
                    "left behind \((try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? [])")
            } else {
                // It finished before the poll saw its temporary: start again from nothing.
                try? FileManager.default.removeItem(at: outputs)
                try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: false)
            }
        }
        #expect(sawTemporary, "never caught the write in progress")
    }

    @Test("a write killed by SIGKILL leaves nothing on Linux (its temporary has no name), elsewhere a temporary the next write removes")
    func sigkilledWrite() throws {
        let directory = try folder()
        var rows = "actor,meeting,relation,start\n"
        for index in 0..<120_000 { rows += "actor\(index % 3000),meeting-\(index / 4),attends,2019-01-01\n" }
        let input = directory.appendingPathComponent("events.csv").path
        try Data(rows.utf8).write(to: URL(fileURLWithPath: input))
        let outputs = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: false)
        let target = outputs.appendingPathComponent("net.graphml").path
        var killed = false
        for _ in 0..<3 where !killed {
            killed = try Self.killWhenTemporaryAppears(["convert", input, "-o", target], in: outputs, signal: SIGKILL) != nil
            if !killed { try? FileManager.default.removeItem(atPath: target) }
        }
        #expect(killed, "never caught the write in progress")
        guard killed else { return }
        let left = try FileManager.default.contentsOfDirectory(atPath: outputs.path)
        #if os(Linux)
            // The temporary never had a name: it went with the process.
            #expect(left == [], "\(left)")
            // A leftover of a dead process (a file system without O_TMPFILE, or a kill within the commit) is
            // removed by the next write all the same.
            let dead = Process()
            dead.executableURL = URL(fileURLWithPath: "/bin/true")
            try dead.run()
            dead.waitUntilExit()
            try Data("partial".utf8).write(to: outputs.appendingPathComponent(".net.graphml.p\(dead.processIdentifier)-0123ABCD.tmp"))
        #else
            // SIGKILL cannot be handled: the temporary stays, named with the dead process's id.
            #expect(left.count == 1 && left[0].hasPrefix(".net.graphml.p") && left[0].hasSuffix(".tmp"), "\(left)")
        #endif
        let small = directory.appendingPathComponent("small.tsv").path
        try Data("a\tb\n".utf8).write(to: URL(fileURLWithPath: small))
        let next = Process()
        next.executableURL = try partnetExecutable()
        next.arguments = ["convert", small, "-o", target]
        next.standardError = FileHandle.nullDevice
        next.standardOutput = FileHandle.nullDevice
        try next.run()
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs.path) == ["net.graphml"])
    }

    @Test("standard input killed by SIGKILL while being copied leaves no copy: the copy has no name from the start")
    func sigkilledStandardInput() throws {
        #if os(Linux)
            let directory = try folder()
            let temporary = directory.appendingPathComponent("tmp")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            let process = Process()
            process.executableURL = try partnetExecutable()
            process.arguments = ["convert", "-", "-o", directory.appendingPathComponent("out.graphml").path]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
            let input = Pipe()
            process.standardInput = input
            process.standardError = FileHandle.nullDevice
            try process.run()
            // 4 MB of edges, and the pipe left open: partnet is in the middle of copying standard input.
            var chunk = ""
            for index in 0..<40_000 { chunk += "a\(index)\tb\(index % 97)\n" }
            let bytes = Data(String(repeating: chunk, count: 8).utf8)
            input.fileHandleForWriting.write(bytes)
            // Wait until the copy holds all of it (its size seen through the process's descriptors).
            var copied = 0
            let start = Date()
            while copied < bytes.count, process.isRunning, Date().timeIntervalSince(start) < 60 {
                copied = Self.deletedFileBytes(of: process.processIdentifier, under: temporary.path)
                usleep(2_000)
            }
            #expect(copied == bytes.count, "the copy held \(copied) of \(bytes.count) bytes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [], "named while copying")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
        #endif
    }

    /// The size of the largest file under `folder` that process `pid` holds open after its name was removed.
    static func deletedFileBytes(of pid: Int32, under folder: String) -> Int {
        let descriptors = "/proc/\(pid)/fd"
        var largest = 0
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? [] {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + entry),
                target.hasPrefix(folder + "/"), target.hasSuffix(" (deleted)")
            else { continue }
            var info = stat()
            if stat(descriptors + "/" + entry, &info) == 0 { largest = max(largest, Int(info.st_size)) }
        }
        return largest
    }

    /// Runs partnet with `arguments` and sends `signal` as soon as a temporary file appears in `folder`, with a
    /// name or (Linux) without one.
    /// - Returns: the ended process when it was signalled, nil when it finished first.
    static func killWhenTemporaryAppears(_ arguments: [String], in folder: URL, signal: Int32) throws -> Process? {
        let process = Process()
        process.executableURL = try partnetExecutable()
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        var signalled = false
        let start = Date()
        while process.isRunning, Date().timeIntervalSince(start) < 60 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            // A named temporary, or (Linux) a file without a name that the process writes in the folder.
            if names.contains(where: { $0.hasSuffix(".tmp") }) || deletedFileBytes(of: process.processIdentifier, under: folder.path) > 0 {
                signalled = true
                kill(process.processIdentifier, signal)
                break
            }
            usleep(500)
        }
        process.waitUntilExit()
        return signalled ? process : nil
    }
}
