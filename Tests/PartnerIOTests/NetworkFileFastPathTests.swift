import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// The fast path must read what `convert` writes, and give the general path's network; for anything else it must
/// step aside, so that the general path's network or errors are what a reader sees.
@Suite("Network files: the fast path")
struct NetworkFileFastPathTests {
    /// A network using every field of the schema, with texts YAML must quote or escape, and non-ASCII names.
    static func richNetwork(directed: Bool) throws -> Network {
        var builder = NetworkBuilder(name: "Rich: a test network", source: "written for the fast-path tests")
        builder.notes = ["first note", "yes", "40", "a # not a comment", "it's quoted"]
        builder.isDirected = directed
        builder.add(Node(id: "CIV", name: "Côte d'Ivoire", kind: .country, region: "Africa", attributes: ["iso2": "CI", "2019": "no"]))
        builder.add(Node(id: "STP", name: "São Tomé and Príncipe", kind: .country, region: "Africa"))
        builder.add(Node(id: "ORG-1", name: "- starts with a dash", kind: .organisation, source: "\"quoted\" and back\\slash"))
        builder.add(Node(id: "null", name: "~", kind: "dialogue", attributes: ["key: with colon": "[not a list]"]))
        builder.add(Node(id: "Ωmega", name: "2019-11-05", kind: .organisation, region: "true"))
        let meeting = Meeting(
            title: "Remittances: a workshop", type: "technical workshop", start: PartialDate("2019-11-05"), end: PartialDate("2019-11-06"),
            city: "Abidjan", country: "CIV", isVirtual: true, participantCount: 40, countryCount: 12)
        builder.add(Node(id: "m-2019", name: "Workshop 2019", kind: .meeting, attributes: ["room": "B 12"], meeting: meeting, source: "minutes, p. 3"))
        builder.add(Node(id: "m-2020", name: "m-2020", kind: .meeting, meeting: Meeting(start: PartialDate("2020"))))
        builder.add(Edge(from: "CIV", to: "m-2019", relation: .hosts))
        builder.add(Edge(from: "STP", to: "m-2019", relation: .coChairs, source: "co-chaired", weight: 2.5))
        builder.add(Edge(from: "ORG-1", to: "m-2019", relation: .attends))
        builder.add(Edge(from: "null", to: "m-2019", relation: "observes"))
        builder.add(Edge(from: "Ωmega", to: "m-2020", relation: .organises, weight: 3))
        builder.add(
            Edge(
                from: "CIV", to: "STP", relation: "funds", start: PartialDate("2019-03"), end: PartialDate("2021"), source: "a report",
                weight: 1.25, attributes: ["amount": "1000", "currency": "EUR"]))
        builder.add(Edge(from: "ORG-1", to: "null", relation: .collaborates))
        return try builder.build()
    }

    static func networks() throws -> [(String, Network)] {
        let rabat = try NetworkFileReader.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
        let decade = try NetworkFileReader.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        return [
            ("rich", try richNetwork(directed: false)), ("rich, directed", try richNetwork(directed: true)), ("rabat-process", rabat),
            ("rabat-process-2015-2025", decade),
        ]
    }

    @Test("what convert writes reads along the fast path, to the general path's network", arguments: NetworkFileWriter.Format.allCases)
    func writtenFiles(format: NetworkFileWriter.Format) throws {
        let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
        for (name, network) in try Self.networks() {
            let text = try NetworkFileWriter.string(for: network, format: format)
            let fast = try #require(
                NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default),
                "\(name) as \(format): declined at line \(NetworkFileFastPath.declineLine(text: text, syntax: syntax) ?? 0)")
            let general = try NetworkFileReader.readGenerally(text: text, file: "x.\(format)", syntax: syntax, limits: .default)
            #expect(fast == general, "\(name) as \(format)")
            #expect(fast == network, "\(name) as \(format)")
            #expect(fast.isDirected == network.isDirected && fast.notes == network.notes && fast.source == network.source)
        }
    }

    /// What a reader sees: the network, or the error's full text.
    enum Outcome: Equatable {
        case network(Network)
        case error(String)
    }

    static func outcome(_ body: () throws -> Network) -> Outcome {
        do { return .network(try body()) } catch { return .error("\(error)") }
    }

    static let base = """
        name: Base
        actors:
        - id: A
          name: Actor A
        - id: B
        meetings:
        - id: m1
          start: 2019-11-05
          hosts:
          - A
          attends:
          - id: B
            weight: 2
        ties:
        - from: A
          to: B
          relation: collaborates

        """

    /// Variants of ``base`` outside the fast path's subset (or with a problem): each is declined.
    static let declined: [(name: String, replaced: String, replacement: String)] = [
        ("a comment line", "actors:\n", "actors:\n# the actors\n"),
        ("a comment after a value", "name: Actor A", "name: Actor A # first"),
        ("a blank line inside", "- id: B\n", "- id: B\n\n"),
        ("a flow mapping item", "- id: B\n", "- {id: B}\n"),
        ("a flow list", "hosts:\n  - A\n", "hosts: [A]\n"),
        ("an anchor and alias", "- id: A\n  name: Actor A", "- id: &a A\n  name: *a"),
        ("a tag", "name: Actor A", "name: !!str Actor A"),
        ("a null", "name: Actor A", "name: ~"),
        ("an empty value", "name: Actor A", "name:"),
        ("a tab after the colon", "name: Actor A", "name:\tActor A"),
        ("CRLF line ends", "name: Base\n", "name: Base\r\n"),
        ("a multi-line plain text", "name: Actor A", "name: Actor\n    A"),
        ("a literal block", "name: Actor A", "name: |\n    Actor A"),
        ("an escape other than quote and backslash", "name: Actor A", "name: \"Actor\\tA\""),
        ("a document marker", "name: Base\n", "---\nname: Base\n"),
        ("a duplicate key", "name: Actor A", "name: Actor A\n  name: Again"),
        ("an unknown key", "name: Actor A", "label: Actor A"),
        ("an unknown id", "to: B", "to: C"),
        ("a bad date", "start: 2019-11-05", "start: 2019-13-05"),
        ("sections out of order", "ties:\n- from: A\n  to: B\n  relation: collaborates\n", ""),
        ("a trailing space", "name: Actor A", "name: Actor A "),
        ("a line separator in a text", "name: Actor A", "name: Actor\u{2028}A"),
        ("a C1 control character", "name: Actor A", "name: Actor\u{0085}A"),
        ("a byte order mark", "name: Base", "\u{FEFF}name: Base"),
        ("a mapping value on a list item line", "  - A\n", "  - A: x\n"),
    ]

    @Test("files outside the written subset, or with a problem, read as the general path reads them", arguments: declined)
    func declinedVariants(variant: (name: String, replaced: String, replacement: String)) throws {
        let (name, replaced, replacement) = variant
        #expect(Self.base.contains(replaced), "\(name)")
        var text = Self.base.replacingOccurrences(of: replaced, with: replacement)
        if name == "sections out of order" { text = text.replacingOccurrences(of: "name: Base\n", with: "name: Base\n" + replaced) }
        #expect(NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default) == nil, "\(name)")
        let seen = Self.outcome { try NetworkFileReader.read(text: text, file: "base.yaml") }
        let general = Self.outcome { try NetworkFileReader.readGenerally(text: text, file: "base.yaml", syntax: .yaml, limits: .default) }
        #expect(seen == general, "\(name)")
    }

    @Test("the subset's own forms read as the general path reads them")
    func subsetForms() throws {
        let forms = [
            Self.base,
            // Lists indented under their key, quoted keys and texts, empty collections, no final line feed.
            """
            name: 'Forms: ''quoted'''
            notes: []
            actors:
              - id: "A"
                name: "say \\"hi\\" \\\\ there"
                attributes: {}
              - id: B
                attributes:
                  "2019": "yes"
                  plain key: value, with [brackets] and {braces}
            meetings: []
            ties:
              - from: A
                to: B
                relation: collaborates
                weight: 1.5e0
            """,
        ]
        for text in forms {
            let fast = try #require(NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default))
            #expect(fast == (try NetworkFileReader.readGenerally(text: text, file: "forms.yaml", syntax: .yaml, limits: .default)))
        }
    }

    @Test("limits still hold on the fast path: past a limit the general path reports it")
    func limits() throws {
        let limits = ReadLimits(maxNodes: 2)
        let text = try NetworkFileWriter.string(for: try Self.richNetwork(directed: false), format: .yaml)
        #expect(NetworkFileFastPath.read(text: text, syntax: .yaml, limits: limits) == nil)
        let error = try #require(refusal { _ = try NetworkFileReader.read(text: text, file: "rich.yaml", limits: limits) })
        #expect(error.contains("rich.yaml:"))
    }

    @Test("JSON outside the written subset reads as the general path reads it")
    func jsonVariants() throws {
        let written = try NetworkFileWriter.string(for: try Self.richNetwork(directed: false), format: .json)
        let variants = [
            written.replacingOccurrences(of: "\"Côte d'Ivoire\"", with: "\"C\\u00f4te d'Ivoire\""),  // an escape
            written.replacingOccurrences(of: "\"region\": \"Africa\"", with: "\"region\": null"),
            written.replacingOccurrences(of: "\"to\": \"STP\"", with: "\"to\": \"XYZ\""),
            written.replacingOccurrences(of: "\"name\": \"Rich: a test network\"", with: "\"name\": \"Rich\", \"name\": \"Again\""),
            written + ",",
        ]
        for text in variants {
            #expect(text != written)
            #expect(NetworkFileFastPath.read(text: text, syntax: .json, limits: .default) == nil)
            let seen = Self.outcome { try NetworkFileReader.read(text: text, file: "rich.json") }
            let general = Self.outcome { try NetworkFileReader.readGenerally(text: text, file: "rich.json", syntax: .json, limits: .default) }
            #expect(seen == general)
        }
    }

    @Test("random texts written by convert read back the same along either path", arguments: NetworkFileWriter.Format.allCases)
    func randomTexts(format: NetworkFileWriter.Format) throws {
        var random = SeededGenerator(seed: 21)
        let pieces = ["a", "Z", " ", ":", ": ", "#", " #", "-", "- ", "'", "\"", "\\", "[", "{", ",", "é", "→", "yes", "40", "1.5", "~", "null", "&", "*", "!"]
        func text() -> String { (0..<Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        var taken = 0
        for round in 0..<40 {
            var builder = NetworkBuilder(name: text())
            let ids = (0..<4).map { "\(text())\($0)" }
            for id in ids { builder.add(Node(id: id, name: text(), kind: .organisation, region: text(), attributes: [text(): text()], source: text())) }
            builder.add(Node(id: "m\(round)", name: text(), kind: .meeting, meeting: Meeting(title: text(), city: text())))
            builder.add(Edge(from: ids[0], to: "m\(round)", relation: .attends, source: text()))
            builder.add(Edge(from: ids[1], to: ids[2], relation: Relation(rawValue: "r" + text()), source: text()))
            let network = try builder.build()
            let written = try NetworkFileWriter.string(for: network, format: format)
            let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
            let general = try NetworkFileReader.readGenerally(text: written, file: "r.\(format)", syntax: syntax, limits: .default)
            #expect(general == network)
            if let fast = NetworkFileFastPath.read(text: written, syntax: syntax, limits: .default) {
                taken += 1
                #expect(fast == general, "\(written)")
            }
        }
        print("fast path took \(taken) of 40 \(format) files")
    }
}
