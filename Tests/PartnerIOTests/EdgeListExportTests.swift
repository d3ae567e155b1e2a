import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// The graph-only path writes, byte for byte, what the network path writes for the same edge list.
@Suite("Exchange files written straight from edge lists")
struct EdgeListExportTests {
    static let formats: [ExchangeFormat] = [.graphml, .gexf, .nodeLink, .pajek]
    /// The network files, written from the list's arrays too.
    static let networkFiles: [ExchangeFormat] = [.yaml, .json]

    /// The bytes the graph-only path writes.
    static func streamed(_ edges: ParsedEdgeList, name: String, as format: ExchangeFormat) throws -> String {
        let path = try temporaryFile("out", "")
        let file = try OutputFile(path: path)
        try EdgeList.write(edges, name: name, as: format, to: file)
        try file.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The text the network path writes.
    static func throughNetwork(_ edges: ParsedEdgeList, name: String, as format: ExchangeFormat) throws -> String {
        let files = try format.files(for: try edges.makeNetwork(name: name))
        #expect(files.count == 1)
        return files[0].text
    }

    /// Ids a file may hold that XML or JSON must escape, and non-ASCII text.
    static let hostileIDs = [
        "a&b", "<tag>", "say \"hi\"", "it's", "x>y", "Côte d'Ivoire", "東京", "emoji 🇸🇳", "line\u{2028}sep", "back\\slash", "&amp;", "]]>",
    ]

    @Test("hostile ids, weighted and unweighted, parallel and reversed edges", arguments: formats + networkFiles)
    func sameBytesAsTheNetworkPath(format: ExchangeFormat) throws {
        let ids = Self.hostileIDs
        let n = UInt32(ids.count)
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<n { sources.append(u); targets.append((u * 5 + 1) % n) }
        sources += [0, 0, 1, 4, 4, 4]
        targets += [1, 1, 0, 2, 2, 3]  // parallel and reversed
        let weights = sources.indices.map { [0.25, 0.1, 2, 1e-300, 1e20, 3.5, 123456789012345.0][$0 % 7] }
        for edgeWeights in [nil, weights] {
            let edges = ParsedEdgeList(nodeIDs: ids, sources: sources, targets: targets, weights: edgeWeights)
            for name in ["uni.tsv", "R&D <\"2025\">"] {
                let streamed = try Self.streamed(edges, name: name, as: format)
                #expect(streamed == (try Self.throughNetwork(edges, name: name, as: format)), "\(format.rawValue), weighted: \(edgeWeights != nil)")
            }
        }
    }

    @Test("U+FFFE and U+FFFF in ids become U+FFFD in XML; JSON and Pajek keep them", arguments: formats)
    func unrepresentableCharacters(format: ExchangeFormat) throws {
        let ids = ["non\u{FFFE}char", "\u{FFFF}", "plain"]
        let edges = ParsedEdgeList(nodeIDs: ids, sources: [0, 1, 2], targets: [1, 2, 0], weights: nil)
        let streamed = try Self.streamed(edges, name: "c.tsv", as: format)
        #expect(streamed == (try Self.throughNetwork(edges, name: "c.tsv", as: format)))
        let xml = format == .graphml || format == .gexf
        #expect(streamed.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF } == !xml)
        if xml { #expect(streamed.contains("non\u{FFFD}char")) }
    }

    @Test("ids YAML would read as other values or syntax are quoted as the network path quotes them", arguments: networkFiles)
    func yamlSyntaxInIDs(format: ExchangeFormat) throws {
        let ids = [
            "true", "no", "null", "~", "1.5", "0x10", "2019-11-05", "- item", "a: b", "#note", " lead", "trail ", "[x]", "{y}", "*ref", "&anchor", "!tag", "%d",
            "@", "`", "'q'", "\"dq\"",
        ]
        let n = UInt32(ids.count)
        let edges = ParsedEdgeList(
            nodeIDs: ids, sources: (0..<n).map { $0 }, targets: (0..<n).map { ($0 + 1) % n }, weights: (0..<ids.count).map { Double($0) + 0.5 })
        let streamed = try Self.streamed(edges, name: "yes", as: format)
        #expect(streamed == (try Self.throughNetwork(edges, name: "yes", as: format)))
        // And it reads back as the same network.
        let path = try temporaryFile("back.\(format.rawValue)", streamed)
        #expect(try NetworkFile.read(path: path) == (try edges.makeNetwork(name: "yes")))
    }

    @Test(
        "what a network refuses is refused with the network path's error, before anything is written",
        arguments: [
            (["a", "b"], [0, 1], [1, 1]),  // a loop
            (["a", " \u{A0}"], [0], [1]),  // white space only
            (["a", "bell\u{7}", "c\u{85}"], [0, 1], [1, 2]),  // control characters (C0, C1)
            (["a", ""], [0], [1]),
        ])
    func refusedLikeTheNetworkPath(ids: [String], sources: [UInt32], targets: [UInt32]) throws {
        let edges = ParsedEdgeList(nodeIDs: ids, sources: sources, targets: targets, weights: nil)
        let expected = try #require(throws: NetworkError.self) { try edges.makeNetwork(name: "x") }
        for format in Self.formats + Self.networkFiles {
            let path = try temporaryFile("refused", "before")
            let file = try OutputFile(path: path)
            let error = try #require(throws: NetworkError.self) { try EdgeList.write(edges, name: "x", as: format, to: file) }
            #expect(error.problems.map(\.message) == expected.problems.map(\.message))
            file.discard()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "before", "the old file is kept")
        }
    }

    @Test("a graph larger than one output block, read back from the file", arguments: formats)
    func manyBlocks(format: ExchangeFormat) throws {
        let n = 3000
        let ids = (0..<n).map { "n\($0)" + ($0 % 97 == 0 ? "&<é" : "") }
        let m = 30000
        // Scattered ends with repeats (every pair below n² recurs), and eighths as weights.
        let sources = (0..<m).map { UInt32(($0 &* 7919 &+ $0 / 3) % n) }
        let targets = (0..<m).map { index in
            let target = UInt32((index &* index &+ 17) % n)
            return target == sources[index] ? (target + 1) % UInt32(n) : target  // no loops: a network refuses them
        }
        let weights = (0..<m).map { Double(($0 &* 31) % 1000 + 1) / 8 }
        let edges = ParsedEdgeList(nodeIDs: ids, sources: sources, targets: targets, weights: weights)
        let streamed = try Self.streamed(edges, name: "big.tsv", as: format)
        if format != .pajek {
            #expect(streamed.utf8.count > BlockOutput.blockSize, "crosses a block boundary")
        } else {
            #expect(streamed.split(separator: "\n").count < m, "parallel arcs were merged")
        }
        #expect(streamed == (try Self.throughNetwork(edges, name: "big.tsv", as: format)))
        if format != .pajek {
            let back = try format.read(path: try temporaryFile("back.\(format == .nodeLink ? "node-link.json" : format.rawValue)", streamed))
            #expect(back.nodes.map(\.id) == ids)
            #expect(back.edges.count == m)
            #expect(back.edges.map(\.weight) == weights)
        }
    }

    @Test("a network streamed to a file is its text, byte for byte, over many blocks and with results", arguments: [ExchangeFormat.graphml, .gexf])
    func networkStreams(format: ExchangeFormat) throws {
        let rabat = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
        let scores = NodeScores(name: "degree", values: rabat.nodes.indices.map { Double($0) / 4 }, nodeIDs: rabat.nodes.map(\.id))
        let n = 2000
        let large = try ParsedEdgeList(
            nodeIDs: (0..<n).map { "n\($0)&" }, sources: (0..<40000).map { UInt32($0 % n) }, targets: (0..<40000).map { UInt32(($0 % n + 1 + $0 / n) % n) },
            weights: nil
        ).makeNetwork(name: "large")
        for (network, results) in [(rabat, NodeResults(scores: [scores])), (large, NodeResults())] {
            let path = try temporaryFile("streamed.\(format.rawValue)", "")
            let file = try OutputFile(path: path)
            try format.streamedDocument!.write(network, results: results, to: file)
            try file.commit()
            let text = format.streamedDocument!.string(for: network, results: results)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
            if network.name == "large" { #expect(text.utf8.count > 2 * BlockOutput.blockSize) }
        }
    }

    @Test("escaping, byte by byte: entities, references, replacements, non-ASCII kept")
    func xmlEscaping() {
        #expect(XMLText.escaped("a&b<c>\"d'e") == "a&amp;b&lt;c&gt;&quot;d&#39;e")
        #expect(XMLText.escaped("1\n2\r3\t4") == "1&#10;2&#13;3&#9;4")
        #expect(XMLText.escaped("\u{0}\u{1}\u{1F}") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(XMLText.escaped("x\u{FFFE}\u{FFFF}\u{FFFD}\u{FFFC}y") == "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFC}y")
        #expect(XMLText.escaped("Côte 東京 🇸🇳 \u{7F}\u{85}") == "Côte 東京 🇸🇳 \u{7F}\u{85}")
        #expect(XMLText.escaped("") == "")
    }
}

/// Interning: ids are told apart by every byte, whether they fit in a slot's eight-byte prefix or not.
@Suite("Id interning")
struct IDInternerTests {
    @Test("equal prefixes, padding bytes, long ids, many ids through table growth")
    func distinctIds() {
        let ids: [[UInt8]] = [
            Array("ab".utf8), [0x61, 0x62, 0x00], [0x61, 0x62, 0x00, 0x00], Array("abcdefgh".utf8), Array("abcdefgh1".utf8),
            Array("abcdefgh2".utf8), Array("abcdefgh12".utf8), [], Array("é".utf8),
        ]
        let many = (0..<5000).map { Array("id-\($0)-\($0 % 7 == 0 ? "with a longer tail" : "")".utf8) }
        let all = ids + many
        let bytes = all.flatMap { $0 }
        var offsets = [0]
        for id in all { offsets.append(offsets.last! + id.count) }
        var interner = IDInterner(expected: 4)
        bytes.withUnsafeBufferPointer { buffer in
            for round in 0..<2 {
                for (index, id) in all.enumerated() {
                    let found = interner.intern(buffer, start: offsets[index], length: id.count)
                    #expect(found == UInt32(index), "round \(round): id \(index) gets its own first-appearance index")
                }
            }
        }
        #expect(interner.count == all.count)
        #expect(interner.strings(in: bytes) == all.map { String(decoding: $0, as: UTF8.self) })
    }
}
