import Foundation
import Testing
import PartnerTestSupport

/// The tool end to end on hostile files: exit 1, the positioned message on stderr, nothing written, nothing lost.
@Suite("partnet on hostile input")
struct HostileCommandTests {
    let corpus = repositoryRoot.appendingPathComponent("Tests/PartnerIOTests/Hostile")

    func corpusFile(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    /// A fresh folder for outputs.
    func outputFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs partnet, failing the test if it uses more than a generous guard of processor time.
    func run(_ arguments: String...) throws -> ToolRun { try runArguments(arguments) }

    func runArguments(_ arguments: [String]) throws -> ToolRun {
        let (result, used) = try partnetCounted(arguments)
        // A guard against runaway work (an alias bomb, a quadratic loop), in processor time, which a loaded machine
        // does not stretch as it stretches the wall clock; a sanitized build runs several times slower.
        let sanitized = (["__asan_init", "__tsan_init"] as [String]).contains { dlsym(UnsafeMutableRawPointer(bitPattern: 0), $0) != nil }
        #expect(used < .seconds(sanitized ? 200 : 20), "partnet \(arguments.joined(separator: " ")) used \(used) of processor time")
        return result
    }

    @Test(
        "validate and info refuse hostile files with exit 1 and the place on stderr",
        arguments: [
            ("network/alias-bomb.yaml", "alias-bomb.yaml:7:10: aliases expand to more than 100000 values"),
            ("network/deep.json", "deep.json:1:321: nesting deeper than 64 levels"),
            ("exchange/xxe.graphml", "xxe.graphml:3:3: declares an XML entity"),
            ("events/unclosed-quote.csv", "unclosed-quote.csv:2:3: a quoted field is never closed"),
            ("edges/nan-weight.tsv", "nan-weight.tsv:1:5: a weight must be a finite decimal number > 0, found nan"),
        ])
    func refused(file: String, expected: String) throws {
        for command in ["validate", "info"] {
            let result = try run(command, corpusFile(file))
            #expect(result.status == 1, "\(command) \(file)")
            #expect(result.standardError.contains(expected), "\(command): \(result.standardError)")
            #expect(!result.standardError.contains("Fatal error") && !result.standardError.contains("Program crashed"))
        }
    }

    @Test("convert from a hostile file writes nothing, and leaves an existing output as it was")
    func convertWritesNothing() throws {
        let folder = try outputFolder()
        let fresh = folder.appendingPathComponent("fresh.graphml").path
        let failed = try run("convert", corpusFile("network/alias-bomb.yaml"), "-o", fresh)
        #expect(failed.status == 1 && failed.standardError.contains("alias-bomb.yaml:7:10:"))
        let existing = folder.appendingPathComponent("existing.json").path
        try Data("previous content\n".utf8).write(to: URL(fileURLWithPath: existing))
        let again = try run("convert", corpusFile("exchange/truncated.graphml"), "-o", existing)
        #expect(again.status == 1 && again.standardError.contains("is the file truncated?"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "previous content\n")
        // No output and no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["existing.json"])
    }

    @Test("render refuses a node id beginning with %, which Graphviz would write under another id")
    func percentIDRender() throws {
        let folder = try outputFolder()
        let input = folder.appendingPathComponent("p.tsv").path
        try Data("%x\tb\nb\tc\n".utf8).write(to: URL(fileURLWithPath: input))
        for name in ["p.dot", "p.svg"] {
            let result = try run("render", input, "-o", folder.appendingPathComponent(name).path)
            #expect(result.status == 1 && result.standardError.contains("'%x'"), "\(name): \(result.standardError)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.tsv"])
        let page = folder.appendingPathComponent("r.html").path
        let report = try run("report", input, "-o", page)
        let html = (try? String(contentsOfFile: page, encoding: .utf8)) ?? ""
        #expect(report.status == 1 || html.contains("cannot draw node"), "\(report.standardError)")
        #expect(!html.contains("%7"))
    }

    @Test("reading a Gephi edge table names the node table beside it that is not read")
    func gephiNodeTableNote() throws {
        let folder = try outputFolder()
        let input = folder.appendingPathComponent("n.yaml").path
        let text = "name: N\nactors:\n  - {id: A, name: Alpha Org}\n  - {id: B}\nmeetings:\n  - {id: m1, attends: [A, B]}\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: input))
        let edges = folder.appendingPathComponent("o.csv").path
        let converted = try run("convert", input, "--to", "gephi-csv", "-o", edges)
        #expect(converted.status == 0, "\(converted.standardError)")
        let nodes = folder.appendingPathComponent("o-nodes.csv").path
        #expect(FileManager.default.fileExists(atPath: nodes))
        for command in ["info", "convert"] {
            let arguments = command == "info" ? [command, edges] : [command, edges, "-o", folder.appendingPathComponent("back.graphml").path]
            let read = try runArguments(arguments)
            #expect(read.status == 0 && read.standardError.contains("note: \(nodes) is not read"), "\(command): \(read.standardError)")
        }
        try FileManager.default.removeItem(atPath: nodes)
        let alone = try run("info", edges)
        #expect(alone.status == 0 && !alone.standardError.contains("is not read"), "\(alone.standardError)")
    }

    @Test("convert refuses to write over its input, by path, through a symlink or a hard link")
    func refusesToOverwriteInput() throws {
        let folder = try outputFolder()
        let input = folder.appendingPathComponent("net.yaml").path
        let original = try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml"))
        try original.write(to: URL(fileURLWithPath: input))
        let symlink = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: input)
        let hardLink = folder.appendingPathComponent("hard.yaml").path
        try FileManager.default.linkItem(atPath: input, toPath: hardLink)
        for output in [input, "\(folder.path)/./net.yaml", symlink, hardLink] {
            let result = try run("convert", input, "-o", output)
            #expect(result.status == 1, "\(output)")
            #expect(result.standardError.contains("is the input file; refusing to write over it"), "\(output): \(result.standardError)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
    }

    @Test("convert replaces an output whole and keeps its permissions")
    func keepsPermissions() throws {
        let folder = try outputFolder()
        let output = folder.appendingPathComponent("private.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: output))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output)
        let result = try run("convert", "graphs/rabat-process.yaml", "-o", output)
        #expect(result.status == 0, "\(result.standardError)")
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["private.json"])
    }

    @Test("the limits are options: --max-input-bytes, --max-nodes, --max-edges")
    func limitOptions() throws {
        let file = "graphs/rabat-process.yaml"
        let bytes = try run("validate", file, "--max-input-bytes", "100")
        #expect(bytes.status == 1 && bytes.standardError.contains("over the limit of 100 bytes"), "\(bytes.standardError)")
        let nodes = try run("info", file, "--max-nodes", "3")
        #expect(nodes.status == 1 && nodes.standardError.contains("more than 3 nodes (the node limit)"), "\(nodes.standardError)")
        let edges = try run("info", file, "--max-edges", "2")
        #expect(edges.status == 1 && edges.standardError.contains("more than 2 edges (the edge limit)"), "\(edges.standardError)")
        let zero = try run("info", file, "--max-nodes", "0")
        #expect(zero.status == 1 && zero.standardError.contains("--max-nodes must be at least 1"), "\(zero.standardError)")
        let raised = try run("info", file, "--max-input-bytes", "1000000000", "--max-nodes", "100000", "--max-edges", "100000")
        #expect(raised.status == 0, "\(raised.standardError)")
    }

    @Test("a device is refused at once")
    func device() throws {
        let result = try run("info", "/dev/zero", "--input", "edges")
        #expect(result.status == 1 && result.standardError.contains("/dev/zero: is a device, not a file"), "\(result.standardError)")
    }

    @Test("no run of the tool on hostile input used more than 2 GiB")
    func childMemory() throws {
        _ = try run("validate", corpusFile("network/alias-key-bomb.yaml"))
        _ = try run("validate", corpusFile("network/deep-array.json"))
        // The largest resident size of any child this test process has waited for (Linux: kilobytes).
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
            let peak = usage.ru_maxrss * 1024
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
            let peak = usage.ru_maxrss
        #endif
        #expect(peak < 2 << 30, "a partnet run peaked at \(peak >> 20) MiB")
    }

    @Test(
        "render and report refuse to write over their input and write nothing from a hostile file",
        arguments: [
            ["render", "--format", "svg"], ["report"],
        ])
    func renderAndReportOutputs(command: [String]) throws {
        let folder = try outputFolder()
        let input = folder.appendingPathComponent("net.yaml").path
        let original = try Data(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml"))
        try original.write(to: URL(fileURLWithPath: input))
        let hardLink = folder.appendingPathComponent("hard.yaml").path
        try FileManager.default.linkItem(atPath: input, toPath: hardLink)
        for output in [input, hardLink] {
            let over = try runArguments([command[0], input, "-o", output] + command.dropFirst())
            // render words it "refusing to overwrite the input file", convert and report "refusing to write over it".
            #expect(over.status == 1 && over.standardError.contains("refusing to "), "\(command): \(over.standardError)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
        let existing = folder.appendingPathComponent("existing.out").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: existing))
        let hostile = try runArguments([command[0], corpusFile("network/alias-bomb.yaml"), "-o", existing] + command.dropFirst())
        #expect(hostile.status == 1 && hostile.standardError.contains("alias-bomb.yaml:7:10:"), "\(hostile.standardError)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["existing.out", "hard.yaml", "net.yaml"])
    }

    @Test("bench --values does not write over its input")
    func benchValues() throws {
        let folder = try outputFolder()
        let input = folder.appendingPathComponent("edges.tsv").path
        try Data("a\tb\nb\tc\n".utf8).write(to: URL(fileURLWithPath: input))
        let result = try runTool(toolExecutable("partnet-bench"), arguments: ["bench", "degree", input, "--values", input])
        #expect(result.status == 1 && result.standardError.contains("refusing to"), "\(result.standardError)")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "a\tb\nb\tc\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["edges.tsv"])
    }
}

/// Runs partnet from the repository root, as `partnet(arguments:)` does, and returns what it printed with the
/// processor time (user and system) it used, as `wait4` reports it for the ended process.
func partnetCounted(_ arguments: [String]) throws -> (run: ToolRun, used: Duration) {
    let executable = try partnetExecutable().path
    var output: [Int32] = [0, 0]
    var errors: [Int32] = [0, 0]
    guard pipe(&output) == 0, pipe(&errors) == 0 else { throw POSIXError(.EMFILE) }
    // Only the child's standard output and error hold the write ends (dup2 clears the flag on those).
    for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    // The shell moves to the repository root, then becomes partnet under the same process id.
    let words = ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, repositoryRoot.path, executable] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
    close(output[1])
    close(errors[1])
    defer {
        close(output[0])
        close(errors[0])
    }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    let (outputData, errorData) = readToEnd(
        output: FileHandle(fileDescriptor: output[0], closeOnDealloc: false), error: FileHandle(fileDescriptor: errors[0], closeOnDealloc: false))
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 {
        guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
    }
    // An exit status as Foundation's Process gives it: the code, or the number of the signal that ended it.
    let code = status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
    let used =
        Duration.seconds(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + .microseconds(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    return (
        ToolRun(status: code, standardOutput: String(decoding: outputData, as: UTF8.self), standardError: String(decoding: errorData, as: UTF8.self)),
        used
    )
}
