import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

@Suite("Edge and affiliation lists")
struct EdgeListTests {
    @Test("an edge list interns ids in order of appearance")
    func edgeList() throws {
        let parsed = try EdgeList.parse(bytes: Array("a\tb\nb\tc\n# comment\n\nc\ta\r\n".utf8), file: "e.tsv")
        #expect(parsed.nodeIDs == ["a", "b", "c"])
        #expect(parsed.sources == [0, 1, 2] && parsed.targets == [1, 2, 0])
        #expect(parsed.weights == nil)
        let graph = parsed.makeGraph()
        #expect(graph.edgeCount == 3 && graph.degree(of: 0) == 2)
        let directed = parsed.makeGraph(directed: true)
        #expect(Array(directed.neighbors(of: 0)) == [1] && Array(directed.inNeighbors(of: 0)) == [2])
    }

    @Test("a third column is a weight")
    func weights() throws {
        let parsed = try EdgeList.parse(bytes: Array("x\ty\t2.5\ny\tz\t1e-3\n".utf8), file: "w.tsv")
        #expect(parsed.weights == [2.5, 0.001])
        #expect(parsed.makeGraph().isWeighted)
    }

    @Test("many ids survive the hash table's growth")
    func manyIDs() throws {
        let text = (0..<5000).map { "n\($0)\tn\(($0 * 7 + 1) % 5000)" }.joined(separator: "\n")
        let parsed = try EdgeList.parse(bytes: Array(text.utf8), file: "big.tsv")
        #expect(parsed.nodeIDs.count == 5000)
        #expect(Set(parsed.nodeIDs).count == 5000)
        for (index, id) in parsed.nodeIDs.prefix(200).enumerated() where index > 0 {
            #expect(parsed.nodeIDs[Int(parsed.sources[parsed.nodeIDs.firstIndex(of: id)! / 2])] != "")
        }
        #expect(parsed.nodeIDs[Int(parsed.sources[1234])] == "n1234")
        #expect(parsed.nodeIDs[Int(parsed.targets[1234])] == "n\((1234 * 7 + 1) % 5000)")
    }

    static let malformed: [Malformed] = [
        Malformed(name: "one field", text: "a\tb\nc\n", line: 2, column: 1, message: "expected 2 or 3 fields"),
        Malformed(name: "ragged weights", text: "a\tb\t1\nc\td\n", line: 2, column: 1, message: "expected 3 fields like the first edge line"),
        Malformed(name: "weight not a number", text: "a\tb\theavy\n", line: 1, column: 5, message: "expected a decimal number as weight"),
        Malformed(name: "negative weight", text: "a\tb\t-1\n", line: 1, column: 5, message: "finite decimal number > 0"),
        Malformed(name: "NaN weight", text: "a\tb\tnan\n", line: 1, column: 5, message: "finite decimal number > 0"),
        Malformed(name: "empty id", text: "\tb\n", line: 1, column: 1, message: "empty node id"),
        Malformed(name: "too many fields", text: "a\tb\t1\t2\n", line: 1, column: 1, message: "found 4"),
    ]

    @Test("malformed edge lists name line and column", arguments: malformed)
    func malformedEdges(input: Malformed) {
        let error = #expect(throws: ReadError.self) { try EdgeList.parse(bytes: Array(input.text.utf8), file: "bad.tsv") }
        #expect(error?.message.contains(input.message) == true, "\(String(describing: error))")
        #expect(error?.line == input.line && error?.column == input.column, "\(String(describing: error))")
    }

    @Test("an affiliation list becomes a two-mode graph and a network")
    func affiliation() throws {
        let text = "a1\tm1\thost\na2\tm1\tattend\na2\tm2\tcochair\na3\tm2\thost\n"
        let parsed = try AffiliationReader.parse(bytes: Array(text.utf8), file: "af.tsv")
        #expect(parsed.actorIDs == ["a1", "a2", "a3"] && parsed.meetingIDs == ["m1", "m2"])
        #expect(parsed.roles == [.host, .attend, .cochair, .host])
        let twoMode = parsed.makeTwoModeGraph()
        #expect(twoMode.actorCount == 3 && twoMode.graph.nodeCount == 5 && twoMode.graph.edgeCount == 4)
        #expect(Array(twoMode.graph.neighbors(of: 1)) == [3, 4])
        let network = try parsed.makeNetwork(name: "af")
        #expect(network.edges.map(\.relation) == [.hosts, .attends, .coChairs, .hosts])
        #expect(network["m1"]?.isMeeting == true)
    }

    static let malformedAffiliations: [Malformed] = [
        Malformed(
            name: "unknown role", text: "a\tm\thost\nb\tm\tspeaker\n", line: 2, column: 5, message: "expected a role host, cochair or attend, found 'speaker'"),
        Malformed(name: "two fields", text: "a\tm\n", line: 1, column: 1, message: "expected 3 tab-separated fields"),
        Malformed(name: "empty meeting", text: "a\t\tattend\n", line: 1, column: 3, message: "empty meeting id"),
        Malformed(
            name: "id on both sides", text: "a\tm\thost\nm\tx\tattend\n", line: 2, column: 1,
            message: "is used as an actor (column 1) here and as a meeting on line 1"),
    ]

    @Test("malformed affiliation lists name line and column", arguments: malformedAffiliations)
    func malformedAffiliation(input: Malformed) {
        let error = #expect(throws: ReadError.self) { try AffiliationReader.parse(bytes: Array(input.text.utf8), file: "bad.tsv") }
        #expect(error?.message.contains(input.message) == true, "\(String(describing: error))")
        #expect(error?.line == input.line && error?.column == input.column, "\(String(describing: error))")
    }

    @Test("the input kind is guessed from extension and content")
    func detection() throws {
        #expect(try InputKind.detect(path: "x.yaml") == .network)
        #expect(try InputKind.detect(path: try temporaryFile("a.tsv", "a\tm\tattend\n")) == .affiliation)
        #expect(try InputKind.detect(path: try temporaryFile("e.tsv", "a\tb\n")) == .edges)
        #expect(try InputKind.detect(path: try temporaryFile("t.csv", "actor,meeting,relation\n")) == .events)
        #expect(throws: ReadError.self) { try InputKind.detect(path: "/nonexistent.tsv") }
    }
}
