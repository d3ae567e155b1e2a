import Foundation
import Testing
@testable import PartnerIO
import PartnerTestSupport

@Suite("Network files: writing")
struct NetworkFileWritingTests {
    /// Texts a YAML writer can get wrong: types when plain, YAML syntax, spaces, breaks, non-ASCII, empty.
    static let awkward: [String] = [
        "40", "-2", "+1", "1.5", ".5", "1e3", "0x1F", "0o17", "017", "1_000", "1:30", ".inf", "-.Inf", ".NaN", "true", "False", "yes", "No",
        "on", "OFF", "y", "N", "null", "Null", "~", "", "2019-11-05", "2019-11-05 10:00:00Z", "2019-11-05T10:00:00+01:00", "<<", "=",
        " leading", "trailing ", "  ", "a: b", "a:b", "# hash", "x #y", "'single'", "\"double\"", "it's", "line\nbreak", "two\n\nbreaks",
        "trailing break\n", "\ttab first", "ünïcödé 🌍 Côte d'Ivoire", "-", "- item", "? question", "[a, b]", "{b: c}", "*alias", "&anchor",
        "!tag", "%directive", "@at", "`tick", "|", ">", "nel\u{85}", "line\u{2028}separator", "10,000", "v1.2", "2019-abuja",
        "---", "...", "a\\b",
    ]

    static func awkwardNetwork() throws -> Network {
        var nodes: [Node] = []
        var edges: [Edge] = []
        for (index, text) in awkward.enumerated() {
            // Ids may not be empty or hold control characters; every other text goes everywhere.
            let usableID =
                !text.trimmingCharacters(in: .whitespaces).isEmpty && !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            let id = usableID ? text : "actor-\(index)"
            nodes.append(
                Node(id: id, name: text, kind: .country, region: text, attributes: ["k\(index)": text, text.isEmpty ? "empty" : text: "v"], source: text))
        }
        nodes.append(
            Node(
                id: "m", name: "meeting", kind: .meeting,
                meeting: Meeting(title: "1.5", type: "yes", start: PartialDate("2019-11-05"), end: PartialDate("2019-11"), city: "null", participantCount: 40)))
        // In the order the file keeps: a meeting's edges by relation, then ties.
        for node in nodes.dropLast() { edges.append(Edge(from: node.id, to: "m", relation: .attends)) }
        for node in nodes.dropLast() { edges.append(Edge(from: node.id, to: "m", relation: "observes", source: node.name)) }
        edges.append(Edge(from: nodes[0].id, to: nodes[1].id, relation: "true", start: PartialDate("2020"), source: "~"))
        return try Network(name: "2019", source: "no", nodes: nodes, edges: edges, notes: awkward)
    }

    @Test("awkward texts come back equal through our reader, in YAML and JSON", arguments: NetworkFile.Format.allCases)
    func ourReader(format: NetworkFile.Format) throws {
        let network = try Self.awkwardNetwork()
        let text = try NetworkFile.string(for: network, format: format)
        #expect(try NetworkFile.read(text: text, file: "awkward.\(format)") == network)
    }

    @Test("PyYAML reads the YAML we write as the same document as the JSON we write")
    func pyYAMLAgrees() throws {
        let network = try Self.awkwardNetwork()
        let directory = try temporaryDirectory()
        let yaml = directory.appendingPathComponent("n.yaml").path
        let json = directory.appendingPathComponent("n.json").path
        try OutputFile.write(to: yaml) { try NetworkFile.write(network, format: .yaml, to: $0) }
        try OutputFile.write(to: json) { try NetworkFile.write(network, format: .json, to: $0) }
        // Dates are dates (or years) to PyYAML, as the schema's start and end are written plain on purpose, and texts in JSON.
        let script = """
            import sys, json, yaml, datetime
            def norm(value):
                if isinstance(value, dict):
                    return {k: (str(v) if k in ("start", "end") and isinstance(v, int) else norm(v)) for k, v in value.items()}
                if isinstance(value, list): return [norm(v) for v in value]
                if isinstance(value, datetime.date): return value.isoformat()
                return value
            from_yaml = norm(yaml.safe_load(open(sys.argv[1], encoding="utf-8")))
            from_json = json.load(open(sys.argv[2], encoding="utf-8"))
            if from_yaml == from_json:
                print("equal", len(from_yaml["actors"]))
            else:
                for a, b in zip(from_yaml["actors"], from_json["actors"]):
                    if a != b: print(repr(a), repr(b))
                print("notes", [(a, b) for a, b in zip(from_yaml["notes"], from_json["notes"]) if a != b])
            """
        guard let output = try python(script, arguments: [yaml, json]) else {
            Issue.record("python3 with PyYAML is needed for this test")
            return
        }
        #expect(output == "equal \(Self.awkward.count)")
    }

    @Test("written to a file, the text is the same as in memory", arguments: NetworkFile.Format.allCases)
    func streamedEqualsString(format: NetworkFile.Format) throws {
        // Enough actors for the writer to pass many 64 KB blocks to the file.
        let nodes = (0..<5000).map { Node(id: "actor-\($0)", name: "Actor number \($0): \($0 % 7 == 0 ? "yes" : "a name")", kind: .organisation) }
        let network = try Network(name: "big", nodes: nodes, edges: [])
        let path = try temporaryDirectory().appendingPathComponent("big.\(format)").path
        try OutputFile.write(to: path) { try NetworkFile.write(network, format: format, to: $0) }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.utf8.count > 1 << 18)
        #expect(written == (try NetworkFile.string(for: network, format: format)))
        #expect(try NetworkFile.read(path: path) == network)
    }

    @Test("JSON is written as JSONValue writes it")
    func jsonLayout() throws {
        let network = try Network(
            name: "n",
            nodes: [
                Node(id: "A", name: "A", kind: .country), Node(id: "m", name: "m", kind: .meeting, meeting: Meeting(isVirtual: true, participantCount: 3)),
            ],
            edges: [Edge(from: "A", to: "m", relation: .hosts)])
        let expected = JSONValue.object([
            ("name", .string("n")),
            ("actors", .array([.object([("id", .string("A")), ("name", .string("A")), ("kind", .string("country"))])])),
            ("meetings", .array([.object([("id", .string("m")), ("virtual", .bool(true)), ("participants", .int(3)), ("hosts", .array([.string("A")]))])])),
            ("ties", .array([])),
        ])
        #expect(try NetworkFile.string(for: network, format: .json) == expected.serialized(indent: 2) + "\n")
    }

    @Test(
        "texts that read as other types when plain are recognised",
        arguments: [
            ("40", true), ("-2", true), ("1.5e3", true), (".inf", true), ("0x1F", true), ("2019-11-05", true), ("12:30:00", true), ("yes", true),
            ("NULL", true), ("", true), ("<<", true), ("Nigeria", false), ("2019-abuja", false), ("v1.2", false), ("-", false), ("yesterday", false),
            ("10,000", false), (".hidden", false),
        ])
    func looksTyped(text: String, typed: Bool) {
        #expect(YAMLScalars.looksTyped(text) == typed)
    }
}
