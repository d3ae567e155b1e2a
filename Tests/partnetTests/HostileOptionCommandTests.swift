import Foundation
import Testing

/// Options with odd values and inputs that are not files, from the wider hostile set (`scripts/hostile.py`):
/// each is refused with a message, or read as it says; none crashes, hangs or is taken in silence.
@Suite("partnet on hostile options and streams")
struct HostileOptionCommandTests {
    static let network = """
        name: t
        actors:
          - {id: A, kind: country}
          - {id: B, kind: country}
          - {id: C, kind: organisation}
        meetings:
          - {id: m1, start: 2019-03-01, hosts: [A], attends: [B, C]}
          - {id: m2, start: 2020-05-02, hosts: [B], coChairs: [A, C]}

        """
    static let sentence = "Abuja, 5-6 November 2019, hosted by Nigeria and co-chaired by France and Belgium.\n"

    @Test(
        "a number no measure can use is refused whatever --measure asks",
        arguments: [
            ["centrality", "--damping", "nan"], ["centrality", "--damping", "1.5"], ["centrality", "--alpha", "nan"],
            ["centrality", "--alpha", "-1"], ["centrality", "--katz-alpha", "inf"], ["centrality", "--katz-alpha", "0"],
            ["communities", "--resolution", "inf"], ["communities", "--resolution", "nan"],
        ])
    func oddNumbers(arguments: [String]) throws {
        let path = try writeTemporary("t.yaml", Self.network)
        let run = try partnet(arguments: [arguments[0], path] + arguments.dropFirst() + (arguments[0] == "centrality" ? ["--measure", "degree"] : []))
        #expect(run.status == 1, "\(arguments): \(run.standardOutput)")
        #expect(run.standardError.contains(arguments[1]), "\(run.standardError)")
    }

    @Test(
        "an engine or format Graphviz does not offer is refused before the input is read, with the valid names",
        arguments: [
            (["--engine", "spring"], "unknown layout engine 'spring'; valid engines: circo, dot, fdp, neato, "),
            (["-f", "svgg"], "unknown output format 'svgg'; valid formats: "),
            (["-f", "x11", "--engine", "spring"], "unknown output format 'x11'; valid formats: "),
        ])
    func unknownGraphvizNames(options: [String], message: String) throws {
        let path = try writeTemporary("t.yaml", Self.network)
        let folder = (path as NSString).deletingLastPathComponent
        // The same words whether the layout would run in this process or in a worker (--timeout, --isolated).
        for input in [path, folder + "/missing.yaml"] {
            for place in [[], ["--timeout", "60"], ["--isolated"]] {
                let run = try partnet(arguments: ["render", input, "-o", folder + "/o.svg"] + options + place)
                #expect(run.status == 1 && run.standardError.hasPrefix("Error: " + message), "\(place): \(run.standardError)")
                #expect(!FileManager.default.fileExists(atPath: folder + "/o.svg"))
            }
        }
        // Standard names: the input is read (and its absence said), Graphviz's plugins still loading.
        let missing = try partnet("render", folder + "/missing.yaml", "--engine", "sfdp", "-o", folder + "/o.svg")
        #expect(missing.status == 1 && missing.standardError.contains("missing.yaml: no such file"), "\(missing.standardError)")
    }

    @Test("a control character in --title or --url, and --until before --since, are refused")
    func textOptions() throws {
        let path = try writeTemporary("t.yaml", Self.network)
        let folder = (path as NSString).deletingLastPathComponent
        let title = try partnet("render", path, "-o", folder + "/o.svg", "--title", "\u{1B}[31mred")
        #expect(title.status == 1 && title.standardError.contains("--title holds the control character U+001B"), "\(title.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/o.svg"))
        let range = try partnet("render", path, "-o", folder + "/o.svg", "--since", "2021", "--until", "2019")
        #expect(range.status == 1 && range.standardError.contains("--until 2019 ends before --since 2021 begins"), "\(range.standardError)")
        // Within one year the range is not empty.
        let sameYear = try partnet("render", path, "-o", folder + "/o.dot", "--since", "2019-03", "--until", "2019")
        #expect(sameYear.status == 0, "\(sameYear.standardError)")
        let page = try writeTemporary("p.txt", Self.sentence)
        let review = try partnet("extract", page, "-o", folder + "/same.yaml", "--review", folder + "/same.yaml")
        #expect(review.status == 1 && review.standardError.contains("is also -o"), "\(review.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/same.yaml"), "nothing written before the refusal")
        let url = try partnet("extract", page, "-o", folder + "/d.yaml", "--url", "https://example.org/\u{07}")
        #expect(url.status == 1 && url.standardError.contains("--url holds the control character U+0007"), "\(url.standardError)")
    }

    @Test("limits at the edge of their type: the largest byte limit and a timeout of 1e308 s read the file")
    func hugeLimits() throws {
        let path = try writeTemporary("t.tsv", "a\tb\nb\tc\n")
        for arguments in [["--max-input-bytes", "9223372036854775807"], ["--timeout", "1e308"]] {
            let run = try partnet(arguments: ["info", path, "-f", "json"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            #expect(run.standardOutput.contains("\"nodes\": 3"), "\(run.standardOutput)")
        }
        let cat = Process()
        cat.executableURL = try partnetExecutable()
        cat.arguments = ["info", "-", "--max-input-bytes", "9223372036854775807", "-f", "json"]
        cat.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        let output = Pipe()
        cat.standardOutput = output
        cat.standardError = FileHandle.nullDevice
        try cat.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        cat.waitUntilExit()
        #expect(cat.terminationStatus == 0 && printed.contains("\"nodes\": 3"), "\(printed)")
    }

    @Test("convert refuses to write an edge list of a network without edges: the empty file would not read back")
    func emptyEdgeList() throws {
        let path = try writeTemporary("one.yaml", "name: t\nactors:\n  - id: A\nmeetings: []\n")
        let target = (path as NSString).deletingLastPathComponent + "/one.tsv"
        let run = try partnet("convert", path, "-o", target)
        #expect(run.status == 1 && run.standardError.contains("has no edges: an edge list of it would be an empty file"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: target))
        // With an edge it is written, and reads back.
        let linked = try writeTemporary("two.yaml", "name: t\nactors:\n  - id: A\n  - id: B\nmeetings: []\nties:\n  - {from: A, to: B, relation: partner}\n")
        let written = try partnet("convert", linked, "-o", target)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try partnet("info", target).status == 0)
    }

    /// A FIFO in a folder of its own.
    func fifo(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnet-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try #require(mkfifo(path, 0o600) == 0)
        return path
    }

    @Test("extract --timeout stops a FIFO nobody writes to, as input or as --into, with exit 1 and no draft")
    func extractFIFOWithoutWriter() throws {
        let page = try writeTemporary("p.txt", Self.sentence)
        for role in ["input", "--into"] {
            let pipe = try fifo(role == "input" ? "page.txt" : "curated.yaml")
            let draft = (pipe as NSString).deletingLastPathComponent + "/d.yaml"
            let arguments =
                role == "input" ? ["extract", pipe, "-o", draft, "--timeout", "1"] : ["extract", page, "--into", pipe, "-o", draft, "--timeout", "1"]
            // Without the limit it would wait for ever: the message, not a clock, shows the limit ended it.
            let run = try partnet(arguments: arguments)
            #expect(run.status == 1, "\(role): \(run.standardError)")
            #expect(run.standardError.contains("time limit") || run.standardError.contains("--timeout"), "\(role): \(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: draft))
        }
    }

    @Test("extract reads a FIFO that is written to, as input and as --into")
    func extractFIFOWithWriter() throws {
        let pipe = try fifo("page.txt")
        let curated = try fifo("curated.yaml")
        let draft = (pipe as NSString).deletingLastPathComponent + "/d.yaml"
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(Data(Self.sentence.utf8))
                try? handle.close()
            }
            if let handle = FileHandle(forWritingAtPath: curated) {
                handle.write(Data(Self.network.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let run = try partnet("extract", pipe, "--into", curated, "-o", draft, "--timeout", "60")
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(text.contains("Nigeria") || text.contains("NGA"), "\(text)")
        #expect(text.contains("m2"), "the curated meetings are kept: \(text)")
    }

    @Test("extract: control characters in a text never reach the terminal or the draft, and an empty text is said")
    func extractControlsAndEmptyText() throws {
        let page = try writeTemporary("p.txt", "\u{1B}[31m" + Self.sentence.replacingOccurrences(of: "hosted", with: "hosted\u{07}"))
        let explained = try partnet("extract", page, "--explain")
        #expect(explained.status == 0, "\(explained.standardError)")
        #expect(!explained.standardOutput.contains("\u{1B}") && !explained.standardOutput.contains("\u{07}"))
        #expect(explained.standardOutput.contains("Nigeria"), "\(explained.standardOutput)")
        let draft = (page as NSString).deletingLastPathComponent + "/d.yaml"
        let written = try partnet("extract", page, "-o", draft)
        #expect(written.status == 0, "\(written.standardError)")
        let readBack = try partnet("info", draft)
        #expect(readBack.status == 0, "the draft reads back: \(readBack.standardError)")
        let empty = try writeTemporary("empty.txt", "")
        let nothing = try partnet("extract", empty, "-o", draft)
        #expect(nothing.status == 0)
        #expect(nothing.standardError.contains("warning: no document with text was found"), "\(nothing.standardError)")
    }
}
