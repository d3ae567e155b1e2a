import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// The delimited formats (the TSV edge list, Gephi's CSV, the event table, the affiliation list, NetworkX's
/// whitespace list): each format one type that reads and writes, one rule for ids with white space around them,
/// and one rule, told in a note, for rows repeated exactly.
@Suite("Delimited formats: one type per format, spaced ids, repeated rows")
struct DelimitedFormatsTests {
    static let network: Network = {
        var builder = NetworkBuilder(name: "n")
        for id in ["a", "b c", "d"] { builder.add(Node(id: id, kind: .organisation)) }
        builder.add(Edge(from: "a", to: "b c", relation: .collaborates, weight: 2))
        builder.add(Edge(from: "b c", to: "d", relation: .collaborates))
        return try! builder.build()
    }()

    /// The text of a file written through `write`.
    static func written(_ write: (OutputFile) throws -> Void) throws -> String {
        let path = try temporaryFile("out", "")
        try OutputFile.write(to: path) { try write($0) }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("EdgeList writes what it reads back: string(for:) and write(_:to:) give the same bytes")
    func edgeListBothSides() throws {
        let text = try EdgeList.string(for: Self.network)
        #expect(text == "a\tb c\t2\nb c\td\t1\n")
        #expect(try Self.written { try EdgeList.write(Self.network, to: $0) } == text)
        let read = try EdgeList.read(text: text, file: "dir/n.tsv")
        #expect(read.name == "n.tsv")
        #expect(read.edges.map { "\($0.from)-\($0.to)-\($0.weight ?? 0)" } == ["a-b c-2.0", "b c-d-1.0"])
        let path = try temporaryFile("n.tsv", text)
        #expect(try EdgeList.read(path: path) == read)
        // A network the format cannot carry is refused before a byte is written.
        var builder = NetworkBuilder(name: "s")
        builder.add(Node(id: " a", kind: .organisation))
        builder.add(Node(id: "b", kind: .organisation))
        builder.add(Edge(from: " a", to: "b", relation: .collaborates))
        let spaced = try builder.build()
        #expect(refusal { _ = try EdgeList.string(for: spaced) }?.contains("starts or ends with white space") == true)
    }

    @Test("GephiCSV writes both tables and reads the edge table back: strings(for:) and write(_:results:edges:nodes:) agree")
    func gephiBothSides() throws {
        let tables = GephiCSV.strings(for: Self.network)
        #expect(tables.edges.hasPrefix("Source,Target,Type,Id,Label,Weight\na,b c,Undirected,0,collaborates,2\n"))
        #expect(tables.nodes.hasPrefix("Id,Label"))
        let folder = try temporaryDirectory()
        let edges = try OutputFile(path: folder.appendingPathComponent("e.csv").path)
        let nodes = try OutputFile(path: folder.appendingPathComponent("e" + GephiCSV.nodeTableSuffix).path)
        try GephiCSV.write(Self.network, edges: edges, nodes: nodes)
        try edges.commit()
        try nodes.commit()
        #expect(try String(contentsOfFile: folder.appendingPathComponent("e.csv").path, encoding: .utf8) == tables.edges)
        #expect(try String(contentsOfFile: folder.appendingPathComponent("e-nodes.csv").path, encoding: .utf8) == tables.nodes)
        let read = try GephiCSV.read(text: tables.edges, file: "e.csv")
        #expect(read.edges.map { "\($0.from)-\($0.to)-\($0.weight ?? 0)" } == ["a-b c-2.0", "b c-d-1.0"])
        #expect(try ExchangeFormat.gephiCSV.read(path: try temporaryFile("g.csv", tables.edges)).edges == read.edges)
        // An id with white space around it would be written into a table its own reader refuses: refused before
        // anything is written, by write and by convert's path alike.
        var builder = NetworkBuilder(name: "s")
        builder.add(Node(id: " padded ", kind: .organisation))
        builder.add(Node(id: "plain", kind: .organisation))
        builder.add(Edge(from: "plain", to: " padded ", relation: .collaborates))
        let spaced = try builder.build()
        let spacedEdges = try OutputFile(path: folder.appendingPathComponent("s.csv").path)
        let spacedNodes = try OutputFile(path: folder.appendingPathComponent("s" + GephiCSV.nodeTableSuffix).path)
        #expect(refusal { try GephiCSV.write(spaced, edges: spacedEdges, nodes: spacedNodes) }?.contains("' padded ' starts or ends with white space") == true)
        #expect(refusal { _ = try ExchangeFormat.gephiCSV.files(for: spaced) }?.contains("a Gephi csv cannot carry") == true)
    }

    struct Spaced: Sendable, CustomTestStringConvertible {
        var file: String
        var text: String
        var kind: InputKind
        var place: String
        var testDescription: String { "\(kind.rawValue) \(file): \(place)" }
    }

    /// Ids with a space or a tab around them, in every delimited reader, and where each is refused.
    static let spaced: [Spaced] = [
        Spaced(file: "e.tsv", text: "a\tb\nc\t d\n", kind: .edges, place: "e.tsv:2:3: "),
        Spaced(file: "e.tsv", text: "a \tb\n", kind: .edges, place: "e.tsv:1:2: "),
        Spaced(file: "e.csv", text: "a, b\n", kind: .edges, place: "e.csv:1:3: "),
        Spaced(file: "g.csv", text: "Source,Target\na,b\nb, c\n", kind: .edgeTable, place: "g.csv:3:3: "),
        Spaced(file: "g.csv", text: "Source,Target,Weight\na ,b,2\n", kind: .edgeTable, place: "g.csv:2:1: "),
        Spaced(file: "f.tsv", text: "a\tm\thost\nb\t m\tattend\n", kind: .affiliation, place: "f.tsv:2:3: "),
    ]

    @Test("an id with white space around it is refused at its place, saying what to do", arguments: spaced)
    func spacedIDs(_ spaced: Spaced) throws {
        let path = try temporaryFile(spaced.file, spaced.text)
        let message = try #require(refusal { _ = try spaced.kind.load(path: path) })
        #expect(message.hasPrefix(path.dropLast(spaced.file.count) + spaced.place), "\(message)")
        #expect(message.contains("has white space around it") && message.contains("remove the spaces around the field"), "\(message)")
    }

    struct Repeated: Sendable, CustomTestStringConvertible {
        var file: String
        var text: String
        var kind: InputKind
        /// The note's text after the file name, or nil for none.
        var note: String?
        var edges: Int
        var testDescription: String { "\(kind.rawValue) \(file): \(note ?? "no note")" }
    }

    static let repeated: [Repeated] = [
        Repeated(
            file: "e.tsv", text: "a\tb\nb\tc\n# a comment\n\na\tb\na\tb\n", kind: .edges,
            note: "2 lines repeat an earlier line exactly (first: line 5 repeats line 1)", edges: 4),
        Repeated(file: "e.tsv", text: "a\tb\t1\na\tb\t2\nb\ta\t1\n", kind: .edges, note: nil, edges: 3),
        Repeated(
            file: "e.csv", text: "a,b,2\nb,c,1\na,b,2.0\n", kind: .edges, note: "1 line repeats an earlier line exactly (first: line 3 repeats line 1)",
            edges: 3),
        Repeated(
            file: "g.csv", text: "Source,Target,Id\na,b,1\nb,c,2\na,b,3\n", kind: .edgeTable,
            note: "1 row repeats an earlier row exactly (first: line 4 repeats line 2)", edges: 3),
        Repeated(file: "g.csv", text: "Source,Target,Weight\na,b,1\na,b,2\n", kind: .edgeTable, note: nil, edges: 2),
        Repeated(
            file: "v.csv", text: "actor,meeting,relation\na,m,hosts\nb,m,attends\na,m,hosts\n", kind: .events,
            note: "1 row repeats an earlier row exactly (first: line 4 repeats line 2)", edges: 3),
        Repeated(
            file: "f.tsv", text: "a\tm\thost\na\tm\tattend\na\tm\thost\n", kind: .affiliation,
            note: "1 line repeats an earlier line exactly (first: line 3 repeats line 1)", edges: 3),
        Repeated(
            file: "w.edgelist", text: "a b 2\nb c\na b 2\na b 3\n", kind: .whitespaceEdges,
            note: "1 line repeats an earlier line exactly (first: line 3 repeats line 1)", edges: 4),
    ]

    @Test("a row repeated exactly is kept as a parallel edge and told in a note with its count and first line", arguments: repeated)
    func repeatedRows(_ repeated: Repeated) throws {
        let path = try temporaryFile(repeated.file, repeated.text)
        var notes: [String] = []
        let loaded = try repeated.kind.load(path: path) { notes.append($0) }
        switch loaded {
        case .graph(let graph): #expect(graph.edgeCount == repeated.edges)
        case .network(let network): #expect(network.edges.count == repeated.edges)
        }
        #expect(
            notes == repeated.note.map {
                [
                    "\(path): \($0); each is kept as a parallel edge, which measures merge into one link with the weights summed: remove the copies if they are not meant"
                ]
            } ?? [])
        // The network path tells the same.
        var networkNotes: [String] = []
        _ = try repeated.kind.loadNetwork(path: path) { networkNotes.append($0) }
        #expect(networkNotes == notes)
    }

    @Test("the repeat finder passes a large list without repeats and finds one repeat among many rows")
    func repeatFinder() {
        let count = 200_000
        // Distinct keys: no row repeats, however the hashes of the bit table collide.
        #expect(RepeatedRows.firstRepeat(count: count) { (UInt64($0), UInt64($0 % 7)) } == nil)
        let found = RepeatedRows.firstRepeat(count: count) { row in row == count - 1 ? (12_345, 12_345 % 7) : (UInt64(row), UInt64(row % 7)) }
        #expect(found?.count == 1 && found?.row == count - 1 && found?.repeats == 12_345)
        #expect(RepeatedRows.firstRepeat(count: 1) { _ in (0, 0) } == nil)
    }

    @Test("the repeat finder agrees with a plain dictionary: all rows alike, and rows drawn with many repeats")
    func repeatFinderAgreesWithDictionary() {
        /// The count of rows that repeat an earlier one, the first of them and the row it repeats, by a dictionary.
        func plain(_ keys: [(UInt64, UInt64)]) -> (count: Int, row: Int, repeats: Int)? {
            var firstRow: [String: Int] = [:]
            var count = 0
            var first: (Int, Int)?
            for (row, key) in keys.enumerated() {
                if let earlier = firstRow["\(key.0) \(key.1)"] {
                    count += 1
                    if first == nil { first = (row, earlier) }
                } else {
                    firstRow["\(key.0) \(key.1)"] = row
                }
            }
            return first.map { (count, $0.0, $0.1) }
        }
        let alike = [(UInt64, UInt64)](repeating: (7, 3), count: 50_000)
        let same = RepeatedRows.firstRepeat(count: alike.count) { alike[$0] }
        #expect(same?.count == 49_999 && same?.row == 1 && same?.repeats == 0)
        var generator = SeededGenerator(seed: 21)
        for range in [UInt64(40), 2_000, 60_000] {
            let keys = (0..<30_000).map { _ in (UInt64.random(in: 0..<range, using: &generator), UInt64.random(in: 0..<2, using: &generator)) }
            let expected = plain(keys)
            let found = RepeatedRows.firstRepeat(count: keys.count) { keys[$0] }
            #expect(found?.count == expected?.count && found?.row == expected?.row && found?.repeats == expected?.repeats, "keys below \(range)")
            #expect(expected != nil)
        }
    }
}
