import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

let sampleYAML = """
    name: Sample
    source: test
    notes: [one note]
    actors:
      - {id: NGA, name: Nigeria, kind: country, region: Africa, attributes: {iso2: NG}}
      - {id: FRA, name: France, kind: country, region: Europe}
      - {id: ICMPD, name: International Centre for Migration Policy Development, kind: organisation}
      - {id: RABAT, name: Rabat Process, kind: dialogue}
    meetings:
      - id: abuja-2019
        title: "Diaspora remittances: and sustainable development"
        type: technical workshop
        start: 2019-11-05
        end: 2019-11-06
        city: Abuja
        country: NGA
        participants: 40
        hosts: [NGA]
        coChairs: [FRA, {id: NGA, source: "co-chaired by Nigeria"}]
        roles: {observes: [ICMPD]}
        source: "Abuja, 5-6 November 2019, hosted by Nigeria."
      - {id: virtual-2020, title: Assessment, start: 2020-09-16, virtual: true, attends: [FRA]}
    ties:
      - {from: ICMPD, to: RABAT, relation: secretariat, start: 2019, source: "who ensures the Secretariat"}
    """

@Suite("Network files")
struct NetworkFileTests {
    @Test("reads every field of the schema")
    func readsSchema() throws {
        let network = try NetworkFile.read(text: sampleYAML, file: "sample.yaml")
        #expect(network.name == "Sample" && network.notes == ["one note"])
        #expect(network.nodes.count == 6 && network.edges.count == 6)
        let nigeria = try #require(network["NGA"])
        #expect(nigeria.kind == .country && nigeria.region == "Africa" && nigeria.attributes == ["iso2": "NG"])
        let abuja = try #require(network["abuja-2019"]?.meeting)
        #expect(abuja.title == "Diaspora remittances: and sustainable development")
        #expect(abuja.start == PartialDate("2019-11-05") && abuja.end == PartialDate("2019-11-06"))
        #expect(abuja.participantCount == 40 && abuja.city == "Abuja" && !abuja.isVirtual)
        #expect(network["virtual-2020"]?.meeting?.isVirtual == true)
        #expect(network.edges.contains(Edge(from: "NGA", to: "abuja-2019", relation: .coChairs, source: "co-chaired by Nigeria")))
        #expect(network.edges.contains(Edge(from: "ICMPD", to: "abuja-2019", relation: "observes")))
        #expect(network.ties == [Edge(from: "ICMPD", to: "RABAT", relation: .secretariat, start: PartialDate("2019"), source: "who ensures the Secretariat")])
    }

    @Test("YAML and JSON round-trips lose nothing", arguments: NetworkFile.Format.allCases)
    func roundTrip(format: NetworkFile.Format) throws {
        let network = try NetworkFile.read(text: sampleYAML, file: "sample.yaml")
        let text = try NetworkFile.string(for: network, format: format)
        let again = try NetworkFile.read(text: text, file: "again.\(format)")
        #expect(again == network)
        // And the written text is stable.
        #expect(try NetworkFile.string(for: again, format: format) == text)
    }

    @Test("the Rabat Process data set reads and round-trips")
    func rabat() throws {
        let path = repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path
        let network = try NetworkFile.read(path: path)
        #expect(network.meetings.count >= 8)
        // Every host and co-chair the seed names.
        let hosts = Set(network.edges.filter { $0.relation == .hosts }.map(\.from))
        let coChairs = Set(network.edges.filter { $0.relation == .coChairs }.map(\.from))
        #expect(hosts.isSuperset(of: ["NGA", "CIV", "ESP"]))
        #expect(coChairs.isSuperset(of: ["FRA", "BEL", "CIV", "MAR", "ESP"]))
        for format in NetworkFile.Format.allCases {
            let text = try NetworkFile.string(for: network, format: format)
            #expect(try NetworkFile.read(text: text, file: "x") == network)
        }
    }
}

/// One malformed input and the error it must give.
struct Malformed: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var line: Int?
    var column: Int?
    var message: String
    var testDescription: String { name }
}

@Suite("Malformed network files")
struct MalformedNetworkFileTests {
    static let cases: [Malformed] = [
        Malformed(name: "empty file", text: "", line: 1, column: 1, message: "is empty"),
        Malformed(name: "not a mapping", text: "- a\n- b\n", line: 1, column: 1, message: "expected a network"),
        Malformed(name: "bad YAML indentation", text: "name: x\n actors: [\n", line: nil, column: nil, message: "not valid YAML or JSON"),
        Malformed(name: "unknown top-level key", text: "name: x\nactorz: []\n", line: 2, column: 1, message: "unknown key 'actorz'"),
        Malformed(name: "missing name", text: "actors: []\n", line: 1, column: 1, message: "missing required key 'name'"),
        Malformed(
            name: "malformed date", text: "name: x\nmeetings:\n  - {id: m, start: 2019-13-01}\n", line: 3, column: 20,
            message: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '2019-13-01'"),
        Malformed(
            name: "end before start", text: "name: x\nmeetings:\n  - {id: m, start: 2019-05-02, end: 2019-05-01}\n", line: 3, column: 37,
            message: "ends (2019-05-01) before it starts (2019-05-02)"),
        Malformed(name: "unknown host id", text: "name: x\nmeetings:\n  - id: m\n    hosts: [NGA]\n", line: 4, column: 13, message: "unknown node id 'NGA'"),
        Malformed(name: "duplicate id", text: "name: x\nactors:\n  - {id: A}\n  - {id: A}\n", line: 4, column: 10, message: "duplicate id 'A'"),
        Malformed(name: "duplicate key", text: "name: x\nname: y\n", line: 2, column: 1, message: "duplicate key 'name'"),
        Malformed(
            name: "tie to a meeting", text: "name: x\nactors: [{id: A}]\nmeetings: [{id: m}]\nties: [{from: A, to: m, relation: memorandum}]\n", line: 4,
            column: 22, message: "links two actors"),
        Malformed(
            name: "meeting as tie origin", text: "name: x\nactors: [{id: A}]\nmeetings: [{id: m}]\nties: [{from: m, to: A, relation: collaborates}]\n", line: 4,
            column: 15, message: "a meeting cannot"),
        Malformed(
            name: "negative participants", text: "name: x\nmeetings: [{id: m, participants: -3}]\n", line: 2, column: 34,
            message: "expected a whole number >= 0"),
        Malformed(name: "list where text expected", text: "name: [a, b]\n", line: 1, column: 7, message: "expected a text, found a list"),
        Malformed(
            name: "actor of kind meeting", text: "name: x\nactors: [{id: A, kind: meeting}]\n", line: 2, column: 24, message: "cannot have kind 'meeting'"),
        Malformed(name: "bad virtual flag", text: "name: x\nmeetings: [{id: m, virtual: perhaps}]\n", line: 2, column: 29, message: "expected true or false"),
        Malformed(name: "JSON with a trailing comma", text: "{\"name\": \"x\", \"actors\": [1,]", line: nil, column: nil, message: "not valid YAML or JSON"),
        Malformed(
            name: "deep nesting", text: "name: x\nnotes: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n", line: 2,
            column: nil, message: "nesting deeper than 64 levels"),
    ]

    @Test("each malformed file gives its own error and position", arguments: cases)
    func malformed(input: Malformed) {
        let error = #expect(throws: (any Error).self) { try NetworkFile.read(text: input.text, file: "bad.yaml") }
        let problems = (error as? ReadError)?.problems ?? []
        #expect(!problems.isEmpty, "a typed read error")
        let problem = problems.first { $0.message.contains(input.message) }
        #expect(problem != nil, "message containing \(input.message); got \(problems.map(\.description))")
        #expect(problem?.file == "bad.yaml")
        if let line = input.line { #expect(problem?.line == line, "\(problems.map(\.description))") }
        if let column = input.column { #expect(problem?.column == column, "\(problems.map(\.description))") }
    }

    @Test("every problem is reported, not only the first")
    func manyProblems() {
        let text = "name: x\nactors:\n  - {id: A, colour: red}\nmeetings:\n  - {id: m, start: 2019-02-30, hosts: [B]}\n"
        let error = #expect(throws: ReadError.self) { try NetworkFile.read(text: text, file: "f.yaml") }
        // The unknown key, the date and the unknown id: a schema problem does not hide the network's own.
        #expect(error?.codes == [.unknownField, .invalidDate, .unknownNode])
        #expect(error?.problems.map(\.line) == [3, 5, 5])
    }

    @Test("a file with five problems of five kinds reports all five, in file order, with codes")
    func fiveProblems() {
        let text = """
            name: five
            actors:
              - {id: NGA, name: Nigeria}
              - {id: FRA, name: France, colour: blue}
              - {id: NGA, name: Niger}
            meetings:
              - {id: abuja, start: 2019-11-06, end: 2019-11-05, hosts: [NGA]}
              - {id: paris, start: 2020-13, hosts: [FRA]}
              - {id: dakar, start: 2021, coChairs: [SEN]}
            """
        let error = #expect(throws: ReadError.self) { try NetworkFile.read(text: text, file: "five.yaml") }
        #expect(error?.codes == [.unknownField, .duplicateID, .endBeforeStart, .invalidDate, .unknownNode])
        #expect(error?.problems.map(\.line) == [4, 5, 7, 8, 9])
        #expect(error?.problems.allSatisfy { $0.file == "five.yaml" && $0.column != nil } == true)
        #expect(error?.problems.last?.message.contains("'SEN'") == true)
        // The first problem's place and code are the error's own, for a program that looks at one.
        #expect(error?.code == .unknownField && error?.line == 4 && error?.field != nil)
    }

    @Test("problems are listed in file order whatever order they were found in")
    func fileOrder() {
        let error = ReadError(combining: [
            ReadError(.syntax, file: "a", line: 8, column: 2, message: "late"),
            ReadError(.syntax, file: "a", line: 6, column: 9, message: "early"),
            ReadError(.syntax, file: "a", line: 6, column: 1, message: "earliest"),
            ReadError(.unreadable, file: "a", message: "whole file"),
        ])
        #expect(error.problems.map(\.message) == ["whole file", "earliest", "early", "late"])
        #expect(error.description == "a: whole file\na:6:1: earliest\na:6:9: early\na:8:2: late")
    }

    @Test("missing files and directories are clear errors")
    func missingFile() throws {
        #expect(throws: ReadError(.unreadable, file: "/nonexistent/x.yaml", message: "no such file")) {
            try NetworkFile.read(path: "/nonexistent/x.yaml")
        }
        let directory = try temporaryDirectory().path
        #expect(throws: ReadError(.unreadable, file: directory, message: "is a directory, not a file")) {
            try NetworkFile.read(path: directory)
        }
    }

    @Test("invalid UTF-8 and NUL bytes are reported with their place")
    func binaryInput() throws {
        let invalid = try temporaryFile("bad.yaml", bytes: Array("name: x\nnotes: [caf".utf8) + [0xE9, 0x20] + Array("]\n".utf8))
        let error = #expect(throws: ReadError.self) { try NetworkFile.read(path: invalid) }
        #expect(error?.line == 2 && error?.column == 12 && error?.message.contains("not valid UTF-8") == true)
        let nul = try temporaryFile("nul.yaml", bytes: Array("name: x\n".utf8) + [0] + Array("\n".utf8))
        #expect(throws: ReadError.self) { try NetworkFile.read(path: nul) }
    }

    @Test("a byte-order mark and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let path = try temporaryFile("bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("name: x\r\nactors:\r\n  - {id: A}\r\n".utf8))
        #expect(try NetworkFile.read(path: path).nodes.map(\.id) == ["A"])
    }
}
