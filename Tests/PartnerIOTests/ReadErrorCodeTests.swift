import Foundation
import Testing
@testable import PartnerFiles
@testable import PartnerIO

/// Every reader throws one type, `ReadError`, and each problem's code says what kind of problem it is: a program
/// switches on it without reading the message.
@Suite("Read errors: one type, a code per kind of problem")
struct ReadErrorCodeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var code: ReadError.Code
        var line: Int?
        var read: @Sendable () throws -> Void
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "GraphML without <graphml>", code: .unknownFormat, line: 1) {
            _ = try GraphML.read(data: Data("<gexf><graph/></gexf>".utf8), file: "g.graphml")
        },
        Case(name: "GraphML hyperedge", code: .unsupported, line: 3) {
            let text = "<graphml>\n<graph edgedefault='undirected'>\n<hyperedge/>\n</graph>\n</graphml>\n"
            _ = try GraphML.read(data: Data(text.utf8), file: "g.graphml")
        },
        Case(name: "GraphML node without id", code: .emptyID, line: 3) {
            let text = "<graphml>\n<graph edgedefault='undirected'>\n<node/>\n</graph>\n</graphml>\n"
            _ = try GraphML.read(data: Data(text.utf8), file: "g.graphml")
        },
        Case(name: "GEXF edge without target", code: .missingField, line: 4) {
            let text = "<gexf>\n<graph>\n<nodes><node id='a'/></nodes>\n<edges><edge source='a'/></edges>\n</graph>\n</gexf>\n"
            _ = try GEXF.read(data: Data(text.utf8), file: "g.gexf")
        },
        Case(name: "XML truncated inside an element", code: .syntax, line: nil) {
            _ = try GraphML.read(data: Data("<graphml>\n<graph edgedefault='undirected'>\n<node id='a'".utf8), file: "g.graphml")
        },
        Case(name: "Pajek vertex listed twice", code: .duplicateID, line: 3) {
            _ = try Pajek.read(text: "*Vertices 2\n1 \"a\"\n1 \"b\"\n", file: "p.net")
        },
        Case(name: "Pajek arc to a vertex that is not there", code: .unknownNode, line: 4) {
            _ = try Pajek.read(text: "*Vertices 2\n1 \"a\"\n*Arcs\n1 3\n", file: "p.net")
        },
        Case(name: "Pajek without *Vertices", code: .unknownFormat, line: 1) {
            _ = try Pajek.read(text: "", file: "p.net")
        },
        Case(name: "JSON nested too deep", code: .overLimit, line: 1) {
            let text = "{\"name\": \"x\", \"notes\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
            _ = try NetworkFile.read(text: text, file: "n.json")
        },
        Case(name: "JSON key given twice", code: .duplicateField, line: 1) {
            _ = try NetworkFile.read(text: "{\"name\": \"x\", \"name\": \"y\"}", file: "n.json")
        },
        Case(name: "YAML key given twice", code: .duplicateField, line: 2) {
            _ = try NetworkFile.read(text: "name: x\nname: y\n", file: "n.yaml")
        },
        Case(name: "network file of the wrong type", code: .invalidValue, line: 2) {
            _ = try NetworkFile.read(text: "name: x\nactors: 3\n", file: "n.yaml")
        },
        Case(name: "node-link JSON that is not an object", code: .unknownFormat, line: nil) {
            _ = try NodeLink.read(text: "[1, 2]", file: "n.json")
        },
        Case(name: "event table with a column twice", code: .duplicateField, line: 1) {
            _ = try EventTableReader.read(text: "actor,meeting,relation,actor\nA,m,attends,A\n", file: "e.csv")
        },
        Case(name: "event table with a bad date", code: .invalidDate, line: 2) {
            _ = try EventTableReader.read(text: "actor,meeting,relation,start\nA,m,attends,2020-13\n", file: "e.csv")
        },
        Case(name: "edge list self-loop", code: .selfTie, line: 2) {
            _ = try EdgeList.parse(bytes: Array("a\tb\nc\tc\n".utf8), file: "e.tsv")
        },
        Case(name: "edge list weight 0", code: .invalidValue, line: 1) {
            _ = try EdgeList.parse(bytes: Array("a\tb\t0\n".utf8), file: "e.tsv")
        },
        Case(name: "edge list with a control character in an id", code: .encoding, line: 1) {
            _ = try EdgeList.parse(bytes: Array("a\u{1}\tb\n".utf8), file: "e.tsv")
        },
        Case(name: "affiliation list with an empty actor", code: .emptyID, line: 1) {
            _ = try AffiliationReader.parse(bytes: Array("\tm\tattend\n".utf8), file: "a.tsv")
        },
        Case(name: "whitespace edge list with a weight given twice", code: .duplicateField, line: 1) {
            _ = try WhitespaceEdgeListReader.read(text: "a b {'weight': 1, 'weight': 2}\n", file: "e.edgelist")
        },
        Case(name: "a format that is only written", code: .unsupported, line: nil) {
            _ = try ExchangeFormat.vosviewer.read(path: "/nonexistent/map.txt")
        },
    ]

    @Test("each kind of problem has its own code, and the error is a ReadError", arguments: cases)
    func code(of input: Case) {
        do {
            try input.read()
            Issue.record("\(input.name) was read")
        } catch let error as ReadError {
            #expect(error.code == input.code, "\(error)")
            if let line = input.line { #expect(error.line == line, "\(error)") }
            #expect(!error.problems.isEmpty && error.problems.allSatisfy { !$0.message.isEmpty })
        } catch {
            Issue.record("\(input.name) threw a \(type(of: error)), not a ReadError: \(error)")
        }
    }

    @Test("a problem reads like a compiler's message, and the error lists every problem on its own line")
    func description() {
        let error = ReadError(combining: [
            ReadError(.invalidDate, file: "f.yaml", line: 9, column: 12, field: "meetings[2].start", message: "not a date"),
            ReadError(.unknownField, file: "f.yaml", line: 3, column: 5, field: "actors[0].colour", message: "unknown key"),
        ])
        #expect(error.description == "f.yaml:3:5: actors[0].colour: unknown key\nf.yaml:9:12: meetings[2].start: not a date")
        #expect(error.localizedDescription == error.description)
        #expect(error.code == .unknownField && error.codes == [.unknownField, .invalidDate])
        let renamed = error.map { $0.file = "stdin" }
        #expect(renamed.problems.allSatisfy { $0.file == "stdin" } && renamed.codes == error.codes)
    }

    @Test("no library message speaks of the tool's options or commands")
    func noToolVocabulary() throws {
        // Every reader's message is checked here for one problem of each code the cases above produce.
        for input in Self.cases {
            do { try input.read() } catch let error as ReadError {
                for problem in error.problems {
                    #expect(!problem.message.contains("--") && !problem.message.contains("partnet"), "\(problem)")
                }
            } catch {}
        }
    }
}
