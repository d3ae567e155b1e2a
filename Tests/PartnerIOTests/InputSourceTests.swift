import Foundation
import Testing

@testable import PartnerIO
import PartnerTestSupport

/// Opening inputs: regular files in place, streams copied whole and then read as files; kind detection.
@Suite("Input sources and kind detection")
struct InputSourceTests {
    @Test("a first id longer than any buffer does not hide an affiliation list")
    func longFirstID() throws {
        let id = String(repeating: "x", count: 100_000)
        let path = try temporaryFile("long.tsv", "\(id)\tm1\thost\nFRA\tm1\tattend\n")
        #expect(try InputKind.detect(path: path) == .affiliation)
        let edges = try temporaryFile("long-edges.tsv", "\(id)\tb\nb\tc\n")
        #expect(try InputKind.detect(path: edges) == .edges)
        let header = try temporaryFile("long.csv", "actor,meeting,relation,\(id)\nNGA,m1,hosts,x\n")
        #expect(try InputKind.detect(path: header) == .events)
    }

    @Test(
        "a file without a telling extension is recognised by its content",
        arguments: [
            ("name: x\nactors: []\n", InputKind.network), ("# a comment\n---\nname: x\n", .network),
            ("{\"name\": \"x\", \"actors\": []}", .network), ("{\"directed\": true, \"nodes\": [], \"edges\": []}", .nodeLink),
            ("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">", .graphml),
            ("<?xml version=\"1.0\"?><gexf version=\"1.3\">", .gexf), ("a\tb\n", .edges), ("NGA\tm1\tcochair\n", .affiliation),
            ("Source,Target,Weight\nValjean,Javert,17\n", .edgeTable), ("\"Source\",\"Target\"\na,b\n", .edgeTable),
            ("actor,meeting,relation\nNGA,m1,hosts\n", .events), ("a,b\tc\n", .edges),
        ])
    func sniffing(text: String, kind: InputKind) throws {
        #expect(try InputKind.detect(path: try temporaryFile("input", text)) == kind)
    }

    @Test("a regular file is read in place; a FIFO is copied and its copy removed")
    func sources() throws {
        let path = try temporaryFile("net.yaml", "name: x\n")
        let file = try InputSource(path: path)
        #expect(file.path == path && !file.isStream)

        let folder = try temporaryDirectory()
        let fifo = folder.appendingPathComponent("net.yaml").path
        try #require(mkfifo(fifo, 0o600) == 0)
        Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                try? handle.write(contentsOf: Data("name: through a FIFO\nactors: [{id: A}]\n".utf8))
                try? handle.close()
            }
        }.start()
        var copy = ""
        do {
            let stream = try InputSource(path: fifo, timeout: 20)
            copy = stream.path
            #expect(stream.isStream && stream.name == fifo)
            #expect(try InputKind.detect(stream) == .network)
            guard case .network(let network) = try InputKind.network.load(stream) else { Issue.record("not a network"); return }
            #expect(network.name == "through a FIFO" && network.nodes.count == 1)
            #if os(Linux)
                // The copy never has a name: it is read through its descriptor.
                #expect(copy.hasPrefix("/proc/self/fd/"), "\(copy)")
                let mine = "partnet-input-p\(getpid())-"
                let names = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                #expect(!names.contains { $0.hasPrefix(mine) }, "a named copy: \(names.filter { $0.hasPrefix(mine) })")
            #endif
        }
        #if !os(Linux)
            #expect(!FileManager.default.fileExists(atPath: copy), "the copy is removed with its source")
            #expect(!FileManager.default.fileExists(atPath: (copy as NSString).deletingLastPathComponent))
        #endif
    }

    @Test("errors in a stream's copy name the stream")
    func errorsNameTheStream() throws {
        let folder = try temporaryDirectory()
        let fifo = folder.appendingPathComponent("bad.tsv").path
        try #require(mkfifo(fifo, 0o600) == 0)
        Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                try? handle.write(contentsOf: Data("a\tb\t-1\n".utf8))
                try? handle.close()
            }
        }.start()
        let stream = try InputSource(path: fifo, timeout: 20)
        #expect {
            _ = try InputKind.edges.load(stream)
        } throws: { error in
            "\(error.localizedDescription)".hasPrefix("\(fifo):1:")
        }
    }

    @Test("a device named as input is refused; a directory too")
    func refusals() throws {
        #expect(throws: ReadError.self) { try InputSource(path: "/dev/zero") }
        #expect(throws: ReadError.self) { try InputSource(path: try temporaryDirectory().path) }
        #expect(throws: ReadError.self) { try InputSource(path: "/no/such/file") }
    }
}
