import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// The edge lists other tools write: NetworkX's whitespace edge lists, Gephi's CSV edge tables, Pajek.
@Suite("Edge list formats: NetworkX, Gephi CSV, Pajek")
struct EdgeListFormatsTests {
    /// `(from, to, weight)` of every edge, in file order.
    func triples(_ network: Network) -> [String] {
        network.edges.map { "\($0.from) \($0.to) \($0.weight.map { String($0) } ?? "-")" }
    }

    @Test("NetworkX's write_edgelist forms: a data dict, a weight column, no data")
    func networkxForms() throws {
        let dict = try WhitespaceEdgeListReader.read(
            text: "a b {'weight': 2.0}\nb c {'weight': 1.5, 'color': 'red', 'seen': True}\n# a comment\nc d {}\n", file: "g.edgelist")
        #expect(triples(dict) == ["a b 2.0", "b c 1.5", "c d -"])
        #expect(dict.edges[1].attributes == ["color": "red", "seen": "true"])
        #expect(dict.nodes.map(\.id) == ["a", "b", "c", "d"] && dict.nodes.allSatisfy { $0.kind == .organisation })
        let columns = try WhitespaceEdgeListReader.read(text: "a b 2.0\r\nb   c\t1.5\r\nc d\r\n", file: "g.txt")
        #expect(triples(columns) == ["a b 2.0", "b c 1.5", "c d -"])
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        var kind: InputKind
        var text: String
        var expected: String
        var testDescription: String { "\(kind.rawValue): \(expected)" }
    }

    static let malformed: [Malformed] = [
        Malformed(kind: .whitespaceEdges, text: "a b\nc\n", expected: "x:2:1: expected 'u v', 'u v weight' or 'u v {data}', found 1 field"),
        Malformed(kind: .whitespaceEdges, text: "a b 1 2\n", expected: "x:1:7: expected 'u v', 'u v weight' or 'u v {data}': one field too many"),
        Malformed(kind: .whitespaceEdges, text: "a b heavy\n", expected: "x:1:5: expected a decimal number as weight, found 'heavy'"),
        Malformed(kind: .whitespaceEdges, text: "a b {'weight': -2.0}\n", expected: "x:1:6: weight: a weight must be a finite decimal number > 0, found -2.0"),
        Malformed(kind: .whitespaceEdges, text: "a b {'weight': nan}\n", expected: "x:1:6: weight: a weight must be a finite decimal number > 0, found nan"),
        Malformed(kind: .whitespaceEdges, text: "a b {'weight': 2.0\n", expected: "x:1:19: expected '}' in the edge data"),
        Malformed(
            kind: .whitespaceEdges, text: "a b {'x': foo}\n", expected: "x:1:11: expected a string, a number, True, False or None in the edge data, found 'foo'"
        ),
        Malformed(kind: .whitespaceEdges, text: "a b\n  a a\n", expected: "x:2:3: to: edge 2 (a -collaborates-> a): an actor cannot be tied to itself"),
        Malformed(
            kind: .edgeTable, text: "Source,Target,Weight\na,b,heavy\nb,c,-1\n",
            expected: "x:2:5: Weight: expected a decimal number as weight, found 'heavy'\nx:3:5: Weight: a weight must be a finite decimal number > 0, found -1"
        ),
        Malformed(
            kind: .edgeTable, text: "Source,Target,Type\na,b,Sideways\n", expected: "x:2:5: Type: expected Directed, Undirected or Mutual, found 'Sideways'"),
        Malformed(kind: .edgeTable, text: "Source,Target\na,b\na,b,c\n", expected: "x:3:1: expected 2 fields like the header, found 3"),
        Malformed(kind: .edgeTable, text: "Source,Weight\na,1\n", expected: "x:1:1: missing required column 'Target'"),
        Malformed(kind: .edgeTable, text: "Source,Target\n\"a,b\n", expected: "x:2:1: "),
        Malformed(kind: .pajek, text: "*Vertices 3\n1 \"a\"\n*Arcs\n1 9\n", expected: "x:4:3: vertex 9 is not among the 3 vertices"),
        Malformed(kind: .pajek, text: "*Vertices 2\n1 \"a b\n", expected: "x:2:3: a quote that is not closed on its line"),
        Malformed(kind: .pajek, text: "*Vertices 2\n*Edges\n1 2 -1\n", expected: "x:3:5: a weight must be a finite decimal number > 0, found -1"),
        Malformed(kind: .pajek, text: "*Vertices 2\n*Matrix\n0 1\n1 0\n", expected: "x:2:1: *Matrix is not a section PartnerGraph reads"),
        Malformed(kind: .pajek, text: "*Vertices many\n", expected: "x:1:11: expected the number of vertices, found 'many'"),
        Malformed(kind: .pajek, text: "1 2\n", expected: "x:1:1: expected *Vertices before any data"),
        Malformed(kind: .pajek, text: "*Vertices 2\n1 a\n1 b\n", expected: "x:3:1: vertex 1 is listed twice"),
        Malformed(
            kind: .pajek, text: "*Vertices 3\n*Arcs\n1 2\n*Edges\n2 3\n",
            expected: "x:5:1: a *Edges line after *Arcs lines (line 3); PartnerGraph keeps one direction per network"),
        Malformed(
            kind: .edgeTable, text: "Source,Target,Type\na,b,Directed\nb,c,Undirected\n",
            expected: "x:3:5: Type: 'Undirected' after Directed rows (line 2); a network has one direction"),
        Malformed(kind: .pajek, text: "*Vertices 2 1\n*Arcs\n2 1\n", expected: "x:3:1: from: edge 1 (2 -attends-> 1): a meeting cannot attends anything"),
    ]

    @Test("malformed edge lists, edge tables and Pajek files name line and column", arguments: malformed)
    func malformedInput(_ bad: Malformed) throws {
        let message = readFailure {
            switch bad.kind {
            case .whitespaceEdges: _ = try WhitespaceEdgeListReader.read(text: bad.text, file: "x")
            case .edgeTable: _ = try GephiCSV.read(text: bad.text, file: "x")
            default: _ = try Pajek.read(text: bad.text, file: "x")
            }
        }
        #expect(message?.hasPrefix(bad.expected) == true, "\(message ?? "read without an error")")
    }

    @Test("Gephi's edge table: weights, Type as the network's direction, other columns as attributes")
    func gephiTable() throws {
        let text = "Source,Target,Type,Id,Label,timeset,Weight\r\na,b,Undirected,0,first,,2.0\r\n\"c, Inc.\",a,Mutual,1,,,1\r\n"
        let network = try GephiCSV.read(text: text, file: "e.csv")
        #expect(triples(network) == ["a b 2.0", "c, Inc. a 1.0"])
        #expect(network.edges[0].attributes == ["Label": "first"])
        #expect(network.edges[1].attributes == [:])
        #expect(!network.isDirected)
        let directed = try GephiCSV.read(text: "Source,Target,Type\na,b,Directed\nb,c,\n", file: "d.csv")
        #expect(directed.isDirected && directed.edges.allSatisfy(\.attributes.isEmpty))
        #expect(try !GephiCSV.read(text: "Source,Target\na,b\n", file: "u.csv").isDirected)
    }

    @Test("Pajek: names, coordinates, arc labels and section relations, lists, two-mode")
    func pajek() throws {
        let oneMode = """
            % written by hand
            *Network Partners
            *Vertices 4
            1 "Côte d'Ivoire" 0.1 0.2 0.5 ellipse ic Red
            2 Senegal
            3 "Senegal"
            *Arcs :1 "memorandum"
            1 2 2.5
            2 1 1 l "presidency" c Blue
            *Edges
            *Arcslist
            1 3 4
            """
        let network = try Pajek.read(text: oneMode, file: "p.net")
        #expect(network.name == "Partners")
        // Lines under *Arcs and *Arcslist (an empty *Edges section is no line): a directed network.
        #expect(network.isDirected)
        #expect(network.nodes.map(\.id) == ["Côte d'Ivoire", "Senegal", "Senegal#3", "4"])
        #expect(network.nodes[2].name == "Senegal")
        #expect(network.nodes[0].attributes == ["x": "0.1", "y": "0.2", "z": "0.5", "shape": "ellipse", "ic": "Red"])
        #expect(network.edges.map(\.relation) == [.memorandum, .presidency, .collaborates, .collaborates])
        #expect(triples(network) == ["Côte d'Ivoire Senegal 2.5", "Senegal Côte d'Ivoire 1.0", "Côte d'Ivoire Senegal#3 -", "Côte d'Ivoire 4 -"])
        #expect(network.edges[1].attributes == ["c": "Blue"])

        // An undirected two-mode edge may be written from the meeting: it is turned to start at the actor.
        let twoMode = "*Vertices 4 2\n1 \"NGA\"\n2 \"FRA\"\n3 \"abuja\"\n4 \"paris\"\n*Edges\n1 3\n4 2 1 l \"hosts\"\n"
        let affiliation = try Pajek.read(text: twoMode, file: "two.net")
        #expect(!affiliation.isDirected)
        #expect(affiliation.actors.map(\.id) == ["NGA", "FRA"] && affiliation.meetings.map(\.id) == ["abuja", "paris"])
        #expect(affiliation.edges.map { "\($0.from) \($0.relation) \($0.to)" } == ["NGA attends abuja", "FRA hosts paris"])
    }

    @Test("the kind is found from extension and content")
    func detection() throws {
        let cases: [(String, String, InputKind)] = [
            ("g.net", "*vertices 1\n1 a\n", .pajek),
            ("g.txt", "% comment\n*Vertices 1\n", .pajek),
            ("g.edgelist", "a b {}\n", .whitespaceEdges),
            ("g.txt", "a b 2.0\n", .whitespaceEdges),
            ("g.txt", "a\tb\n", .edges),
            ("g.tsv", "a b\n", .edges),
            ("g.csv", "Source,Target,Weight\na,b,1\n", .edgeTable),
            ("g.csv", "\"source\",\"target\"\n", .edgeTable),
            ("g.csv", "actor,meeting,relation\n", .events),
            ("g.csv", "a,b\n", .edges),
        ]
        for (name, text, kind) in cases {
            #expect(try InputKind.detect(path: try temporaryFile(name, text)) == kind, "\(name): \(text)")
        }
    }

    @Test("every kind loads as a network; a plain edge list keeps its weights")
    func everyKindIsANetwork() throws {
        let network = try InputKind.edges.loadNetwork(path: try temporaryFile("e.tsv", "a\tb\t2\nb\tc\t0.5\n"))
        #expect(triples(network) == ["a b 2.0", "b c 0.5"])
        #expect(network.graph().weights?.sorted() == [0.5, 0.5, 2, 2])
        let pajek = try InputKind.pajek.loadNetwork(path: try temporaryFile("p.net", "*Vertices 2\n*Edges\n1 2\n"))
        #expect(pajek.nodes.map(\.id) == ["1", "2"])
    }
}
