import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

@Suite("Network files read from parse events")
struct YAMLEventReaderTests {
    static func problems(_ text: String, limits: ReadLimits = .default) -> [ReadProblem] {
        do {
            _ = try NetworkFile.read(text: text, file: "f.yaml", limits: limits)
            return []
        } catch let error as ReadError {
            return error.problems
        } catch {
            Issue.record("not a ReadError: \(error)")
            return []
        }
    }

    @Test(
        "each refusal names its line and column",
        arguments: [
            ("duplicate key in an item", "name: x\nactors:\n  - {id: A, id: B}\n", "3:13", "duplicate key 'id' in a mapping (first on line 3)"),
            ("duplicate key in attributes", "name: x\nactors:\n  - id: A\n    attributes:\n      iso: NG\n      iso: NE\n", "6:7", "duplicate key 'iso'"),
            ("duplicate key in JSON", "{\"name\": \"x\", \"actors\": [{\"id\": \"A\",\n \"id\": \"B\"}]}", "2:2", "duplicate key 'id'"),
            ("alias to an open node", "name: x\nnotes: &n [a, *n]\n", "2:15", "found undefined alias 'n'"),
            ("undefined alias in a list", "name: x\nactors:\n  - *nobody\n", "3:5", "found undefined alias 'nobody'"),
            ("list as a key", "name: x\n[a]: b\n", "2:1", "a key must be a plain text, not a list or mapping"),
            ("aliased list as a key", "name: x\nnotes: &n [a]\n? *n\n: b\n", "3:3", "a key must be a plain text, not a list or mapping"),
            ("second document", "name: x\n---\nname: y\n", "2:1", "expected a single document in the stream but found another document"),
            ("syntax error", "name: x\nactors: [\n", "3:1", "not valid YAML or JSON: did not find expected node content"),
            ("tab indentation", "name: x\nactors:\n\t- {id: A}\n", "3:1", "not valid YAML or JSON: found character that cannot start any token"),
            (
                "deep list in an item", "name: x\nactors:\n  - {id: A, attributes: {k: " + String(repeating: "[", count: 70) + "]}}\n", "3:",
                "nesting deeper than 64 levels"
            ),
            (
                "wrong type in a list", "name: x\nmeetings:\n  - {id: m, hosts: {A: 1}}\n", "3:20",
                "meetings[0].hosts: expected a list of actor ids, found a mapping"
            ),
            ("list as a section item", "name: x\nties:\n  - [A, B]\n", "3:5", "ties[0]: expected a tie (a mapping of keys to values)"),
            ("unknown key in a tie", "name: x\nties:\n  - {from: A, to: B, relation: r, colour: 2}\n", "3:35", "ties[0].colour: unknown key 'colour'"),
            (
                "unknown node in a tie", "name: x\nactors: [{id: A}]\nties:\n  - {from: A, to: Z, relation: r}\n", "4:19",
                "ties[0].to: edge 1 (A -r-> Z): unknown node id 'Z'"
            ),
            ("unknown node under roles", "name: x\nmeetings:\n  - id: m\n    roles: {observes: [A, Z]}\n", "4:24", "meetings[0].roles.observes[0]: edge 1"),
        ])
    func refusal(name: String, text: String, place: String, message: String) {
        let found = Self.problems(text)
        let match = found.first { $0.description.contains(message) }
        #expect(match != nil, "\(name): \(found.map(\.description))")
        if let match { #expect("\(match.line ?? 0):\(match.column ?? 0)".hasPrefix(place), "\(name): \(match.description)") }
    }

    @Test("aliases are replayed where they stand, nested ones too, and an aliased scalar may be a key")
    func aliases() throws {
        let text = """
            name: x
            actors:
              - {&k id: A, attributes: &attrs {iso: NG}}
              - {*k: B, attributes: *attrs}
            meetings:
              - {id: m1, hosts: &h [A], roles: &r {observes: *h}}
              - {id: m2, hosts: *h, roles: *r}
            """
        let network = try NetworkFile.read(text: text, file: "a.yaml")
        #expect(network.nodes.map(\.id) == ["A", "B", "m1", "m2"])
        #expect(network["B"]?.attributes == ["iso": "NG"])
        let edges = network.edges.map { "\($0.from) \($0.relation.rawValue) \($0.to)" }
        #expect(edges == ["A hosts m1", "A observes m1", "A hosts m2", "A observes m2"])
    }

    @Test("an alias bomb under an ignored key is refused without being expanded")
    func bombInSkippedValue() {
        var lines = ["name: x", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...12 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        // With no expansion limit worth the name, skipping must still not expand 10^13 values.
        let found = Self.problems(lines.joined(separator: "\n") + "\n", limits: ReadLimits(maxAliasExpansion: 1 << 50))
        #expect(found.count == 13 && found.allSatisfy { $0.message.hasPrefix("unknown key 'a") })
        let refused = Self.problems(lines.joined(separator: "\n") + "\n")
        #expect(refused.first?.message.hasPrefix("aliases expand to more than 100000 values") == true)
        // a0..a3 add 10 x (11 + 111 + 1,111) values; the 8th alias of a3 (11,111 values each) passes 100,000.
        #expect(refused.first?.line == 6 && refused.first?.column == 45)
    }

    @Test("sections in any order give the network of the usual order")
    func sectionOrder() throws {
        let usual = "name: x\nactors: [{id: A}, {id: B}]\nmeetings: [{id: m, hosts: [A]}]\nties: [{from: A, to: B, relation: r}]\n"
        let reversed = "ties: [{from: A, to: B, relation: r}]\nmeetings: [{id: m, hosts: [A]}]\nactors: [{id: A}, {id: B}]\nname: x\n"
        #expect(try NetworkFile.read(text: reversed, file: "r.yaml") == NetworkFile.read(text: usual, file: "u.yaml"))
        // Problems still point into the file where the item is.
        let found = Self.problems("ties: [{from: A, to: Z, relation: r}]\nactors: [{id: A}]\nname: x\n")
        #expect(found.map(\.description) == ["f.yaml:1:22: ties[0].to: edge 1 (A -r-> Z): unknown node id 'Z'"])
    }

    @Test("null sections and nulls in lists read as nothing, quoted nulls as texts")
    func nulls() throws {
        let network = try NetworkFile.read(text: "name: x\nactors: ~\nmeetings:\nties: null\nnotes: ['null', \"~\"]\n", file: "n.yaml")
        #expect(network.nodes.isEmpty && network.notes == ["null", "~"])
    }

    @Test("node-link JSON goes through the same event reader")
    func nodeLinkRefusals() {
        let duplicate = #expect(throws: ReadError.self) {
            try DocumentNode.parse(text: "{\"nodes\": [],\n \"nodes\": []}", file: "g.json", syntax: .json, limits: .default)
        }
        #expect(duplicate?.line == 2 && duplicate?.column == 2 && duplicate?.message.contains("duplicate key 'nodes'") == true)
    }
}
