import Foundation
import PartnerFiles
import PartnerMetrics
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
        let rabat = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
        let decade = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
        return [
            ("rich", try richNetwork(directed: false)), ("rich, directed", try richNetwork(directed: true)), ("rabat-process", rabat),
            ("rabat-process-2015-2025", decade),
        ]
    }

    @Test("what convert writes reads along the fast path, to the general path's network", arguments: NetworkFile.Format.allCases)
    func writtenFiles(format: NetworkFile.Format) throws {
        let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
        for (name, network) in try Self.networks() {
            let text = try NetworkFile.string(for: network, format: format)
            let fast = try #require(
                NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default),
                "\(name) as \(format): declined at line \(NetworkFileFastPath.declineLine(text: text, syntax: syntax) ?? 0)")
            let general = try NetworkFile.readGenerally(text: text, file: "x.\(format)", syntax: syntax, limits: .default)
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
        ("a flow mapping over two lines", "- id: B\n", "- {id: B,\n   name: Actor B}\n"),
        ("a trailing comma in a flow mapping", "- id: B\n", "- {id: B, }\n"),
        ("a doubled comma in a flow list", "  - A\n", "  - [A,, B]\n"),
        ("a null in a flow mapping", "- id: B\n", "- {id: B, name: null}\n"),
        ("a key without a value in a flow mapping", "- id: B\n", "- {id: B, name}\n"),
        ("an explicit key in a flow mapping", "- id: B\n", "- {? id: B}\n"),
        ("a JSON-style key in a flow mapping", "- id: B\n", "- {\"id\":B}\n"),
        ("a comment after a flow mapping", "- id: B\n", "- {id: B} # the second\n"),
        ("a colon in a plain text in a flow mapping", "- id: B\n", "- {id: B, name: a:b}\n"),
        ("a space before a plain text's end in a flow mapping", "- id: B\n", "- {id: B , name: x}\n"),
        ("an unclosed flow mapping", "- id: B\n", "- {id: B\n"),
        ("a duplicate key in a flow mapping", "- id: B\n", "- {id: B, id: C}\n"),
        ("a flow list as an actor", "- id: B\n", "- [B]\n"),
        ("flow collections nested too deep", "- id: B\n", "- {id: B, attributes: {a: [[[x]]]}}\n"),
        ("a flow mapping continued on the next line", "- id: B\n", "- {id: B}\n  name: Actor B\n"),
        ("an unknown id in a flow list", "  - A\n", "  - [C]\n"),
        ("a plain dash in a flow list", "hosts:\n  - A\n", "hosts: [A, -]\n"),
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
        ("a repeated id", "- id: B\n", "- id: A\n"),
        ("an empty id", "- id: B\n", "- id: ''\n"),
        ("a blank id", "- id: B\n", "- id: '  '\n"),
        ("an id with an escape", "- id: B\n", "- id: \"B\\\\\"\n"),
        ("a participant that is a meeting", "  - A\n", "  - m1\n"),
        ("a tie from an actor to itself", "to: B", "to: A"),
        ("a tie to a meeting", "to: B", "to: m1"),
        ("a weight of 0", "weight: 2", "weight: 0"),
        ("a weight that is not a number", "weight: 2", "weight: heavy"),
        ("a tie ending before it starts", "relation: collaborates\n", "relation: collaborates\n  start: 2020\n  end: 2019-05\n"),
        ("a meeting ending before it starts", "start: 2019-11-05", "start: 2019-11-05\n  end: 2019-11-04"),
        ("an id in decomposed form (NFD)", "- id: B\n", "- id: Co\u{0302}te\n"),
        ("a kind in decomposed form (NFD)", "name: Actor A", "name: Actor A\n  kind: e\u{0301}cole"),
    ]

    @Test("files outside the written subset, or with a problem, read as the general path reads them", arguments: declined)
    func declinedVariants(variant: (name: String, replaced: String, replacement: String)) throws {
        let (name, replaced, replacement) = variant
        #expect(Self.base.contains(replaced), "\(name)")
        var text = Self.base.replacingOccurrences(of: replaced, with: replacement)
        if name == "sections out of order" { text = text.replacingOccurrences(of: "name: Base\n", with: "name: Base\n" + replaced) }
        #expect(NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default) == nil, "\(name)")
        let seen = Self.outcome { try NetworkFile.read(text: text, file: "base.yaml") }
        let general = Self.outcome { try NetworkFile.readGenerally(text: text, file: "base.yaml", syntax: .yaml, limits: .default) }
        #expect(seen == general, "\(name)")
    }

    @Test("an id named in another Unicode spelling than its declaration reads as the general path reads it")
    func canonicalEquivalence() throws {
        let composed = "C\u{00F4}te"
        let decomposed = "Co\u{0302}te"
        for (declared, named) in [(composed, decomposed), (decomposed, composed), (composed, composed)] {
            let text = Self.base.replacingOccurrences(of: "  name: Actor A\n", with: "  name: Actor A\n- id: \(declared)\n")
                .replacingOccurrences(of: "to: B", with: "to: \(named)")
            let fast = NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default)
            // Only NFC ids named in their own bytes are the fast path's; the others the general path reads. (Swift's
            // `==` holds between the two spellings: the bytes tell them apart.)
            #expect(
                (fast != nil) == (declared.utf8.elementsEqual(composed.utf8) && named.utf8.elementsEqual(composed.utf8)),
                "declined at line \(NetworkFileFastPath.declineLine(text: text, syntax: .yaml).map(String.init) ?? "none"): \(text)")
            let general = try NetworkFile.readGenerally(text: text, file: "c.yaml", syntax: .yaml, limits: .default)
            #expect(try NetworkFile.read(text: text, file: "c.yaml") == general)
            #expect(general.edges.last?.to.unicodeScalars.elementsEqual(declared.unicodeScalars) == true)
        }
    }

    @Test("a file read by its path reads as its text does, byte order mark and all", arguments: NetworkFile.Format.allCases)
    func readByPath(format: NetworkFile.Format) throws {
        for (name, network) in try Self.networks() {
            let text = try NetworkFile.string(for: network, format: format)
            for prefix in ["", "\u{FEFF}"] {
                let path = try temporaryFile("\(name).\(format)", prefix + text)
                #expect(try NetworkFile.read(path: path) == network, "\(name) as \(format)")
            }
        }
        // A file the fast path declines reads by its path to the general path's errors, named after the path.
        let path = try temporaryFile("bad.yaml", Self.base.replacingOccurrences(of: "to: B", with: "to: C"))
        let error = try #require(refusal { _ = try NetworkFile.read(path: path) })
        #expect(error.contains("bad.yaml:") && error.contains("'C'"))
        let summaryError = try #require(refusal { _ = try NetworkFile.summary(path: path) })
        #expect(summaryError == error)
    }

    /// Networks with every kind of field, several meetings of several sizes, custom kinds and relations,
    /// ties, dates on meetings and ties, weights or none.
    static func randomNetwork(seed: UInt64, weighted: Bool, meetings: Int) throws -> Network {
        var random = SeededGenerator(seed: seed)
        var builder = NetworkBuilder(name: "random \(seed)", source: "generated")
        let kinds: [NodeKind] = [.country, .organisation, "dialogue", "école"]
        let actors = (0..<30).map { "a\($0)" + ($0 % 7 == 0 ? "é" : "") }
        for (index, id) in actors.enumerated() {
            builder.add(
                Node(
                    id: id, name: index % 3 == 0 ? nil : "Actor \(index)", kind: kinds[index % kinds.count],
                    region: index % 4 == 0 ? "Region \(index % 3)" : nil, attributes: index % 5 == 0 ? ["iso": "X\(index)"] : [:]))
        }
        for meeting in 0..<meetings {
            let start = PartialDate("20\(10 + meeting % 9)-0\(1 + meeting % 9)")
            let details = meeting % 3 == 0 ? Meeting() : Meeting(title: "Meeting \(meeting)", start: start, end: meeting % 2 == 0 ? start : nil)
            builder.add(Node(id: "m\(meeting)", kind: .meeting, meeting: details))
            let size = Int.random(in: 0...12, using: &random)
            for actor in actors.shuffled(using: &random).prefix(size) {
                let relation = [Relation.attends, .hosts, .coChairs, "observes"].randomElement(using: &random)!
                let weight = weighted && Bool.random(using: &random) ? Double(Int.random(in: 1...4, using: &random)) / 2 : nil
                builder.add(Edge(from: actor, to: "m\(meeting)", relation: relation, weight: weight))
            }
        }
        for _ in 0..<10 {
            let pair = actors.shuffled(using: &random).prefix(2)
            let start = Bool.random(using: &random) ? PartialDate("2008") : nil
            builder.add(Edge(from: pair.first!, to: pair.last!, relation: [.collaborates, "funds"].randomElement(using: &random)!, start: start))
        }
        return try builder.build()
    }

    /// A network of more edges than one batch of the fast path holds: hundreds of ties and of one meeting's
    /// participants, ids within and beyond eight bytes, some edges with details among the others.
    static func batchedNetwork() throws -> Network {
        var builder = NetworkBuilder(name: "batches")
        let actors = (0..<400).map { $0 % 3 == 0 ? "a\($0)" : $0 % 3 == 1 ? "organisation-number-\($0)" : "Ωrg\($0)" }
        for id in actors { builder.add(Node(id: id, kind: .organisation)) }
        builder.add(Node(id: "plenary", kind: .meeting, meeting: Meeting(title: "Plenary")))
        for (index, id) in actors.enumerated() where index % 4 != 0 {
            builder.add(Edge(from: id, to: "plenary", relation: .attends, weight: index % 50 == 1 ? 2 : nil))
        }
        for tie in 0..<900 {
            let from = tie % 400
            let to = (from + 1 + tie / 400) % 400
            let detailed = tie % 97 == 0
            builder.add(
                Edge(from: actors[from], to: actors[to], relation: .collaborates, source: detailed ? "a report" : nil, weight: detailed ? 1.5 : nil))
        }
        return try builder.build()
    }

    @Test(
        "edges read in batches: hundreds of ties and participants with details among them, an unknown id deep in a batch",
        arguments: NetworkFile.Format.allCases)
    func batches(format: NetworkFile.Format) throws {
        let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
        let network = try Self.batchedNetwork()
        let text = try NetworkFile.string(for: network, format: format)
        let fast = try #require(NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default))
        #expect(fast == network)
        #expect(fast == (try NetworkFile.readGenerally(text: text, file: "b.\(format)", syntax: syntax, limits: .default)))
        let path = try temporaryFile("b.\(format)", text)
        #expect(try NetworkFile.summary(path: path, detail: .counts) == network.summary(detail: .counts))
        // The last mention of this id is a tie's end in the third batch of ties: named there as an unknown id, the
        // file steps aside and reads as the general path reads it (an error naming the place).
        let last = try #require(text.range(of: "organisation-number-301", options: .backwards))
        #expect(text[..<last.lowerBound].contains("ties"))
        let unknown = text.replacingCharacters(in: last, with: "organisation-number-999")
        #expect(NetworkFileFastPath.read(text: unknown, syntax: syntax, limits: .default) == nil)
        let seen = Self.outcome { try NetworkFile.read(text: unknown, file: "b.\(format)") }
        #expect(seen == Self.outcome { try NetworkFile.readGenerally(text: unknown, file: "b.\(format)", syntax: syntax, limits: .default) })
        guard case .error(let message) = seen else {
            Issue.record("an unknown id was read")
            return
        }
        #expect(message.contains("organisation-number-999"))
    }

    @Test("info's figures from the columns are the network's, field for field", arguments: NetworkFile.Format.allCases)
    func summaryFromColumns(format: NetworkFile.Format) throws {
        var networks = try Self.networks().map(\.1)
        for seed in 1...6 { networks.append(try Self.randomNetwork(seed: UInt64(seed), weighted: seed % 2 == 0, meetings: seed == 6 ? 0 : 5 * seed)) }
        for network in networks {
            let text = try NetworkFile.string(for: network, format: format)
            let path = try temporaryFile("s.\(format)", text)
            // The fast path reads every one of these (the figures below come from its columns), to the general
            // path's network (the writer puts each meeting's participants in relation order).
            let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
            let general = try NetworkFile.readGenerally(text: text, file: path, syntax: syntax, limits: .default)
            #expect(NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default) == general, "\(network.name)")
            for detail in [NetworkSummary.Detail.counts, .full] {
                let fromColumns = try NetworkFile.summary(path: path, detail: detail, threads: 2)
                #expect(fromColumns == general.summary(detail: detail, threads: 2), "\(network.name), \(format), \(detail)")
                #expect(fromColumns == network.summary(detail: detail, threads: 2), "\(network.name), \(format), \(detail)")
            }
        }
    }

    @Test("the subset's own forms read as the general path reads them")
    func subsetForms() throws {
        var forms = [
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
        // Hand-written files put an item on one line, as a flow mapping, with flow lists and mappings inside.
        forms.append(
            """
            name: Flow forms
            notes: ["one", 'two, and more', three]
            actors:
              - {id: A, name: "Côte d'Ivoire", kind: country, region: Africa, attributes: {iso2: CI, "2019": 'yes'}}
              - {id: B,name: B-side,  kind: organisation}
              - {  id: C}
              - id: D
                attributes: {}
                source: "second: with a colon"
            meetings:
              - id: m1
                title: "Meeting {one}, [two]"
                start: 2019-11-05
                hosts: [A]
                coChairs:
                  - {id: B, source: "https://example.org/a?b=c#d"}
                attends: [C, {id: D, weight: 2}]
            ties:
              - {from: A, to: B, relation: collaborates, start: "2019"}
              - {from: B, to: C, relation: partOf, weight: 1.5e0}
            """)
        for text in forms {
            let fast = try #require(
                NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default),
                "declined at line \(NetworkFileFastPath.declineLine(text: text, syntax: .yaml).map(String.init) ?? "none")")
            #expect(fast == (try NetworkFile.readGenerally(text: text, file: "forms.yaml", syntax: .yaml, limits: .default)))
        }
    }

    @Test("the hand-written Rabat files, items as flow mappings, read along the fast path to the general path's network")
    func handWrittenFiles() throws {
        for name in ["graphs/rabat-process.yaml", "graphs/rabat-process-2015-2025.yaml"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            let fast = try #require(
                NetworkFileFastPath.read(text: text, syntax: .yaml, limits: .default),
                "\(name): declined at line \(NetworkFileFastPath.declineLine(text: text, syntax: .yaml).map(String.init) ?? "none")")
            let general = try NetworkFile.readGenerally(text: text, file: name, syntax: .yaml, limits: .default)
            #expect(fast == general, "\(name)")
            #expect(fast.notes == general.notes && fast.source == general.source && fast.name == general.name, "\(name)")
        }
    }

    @Test("limits still hold on the fast path: past a limit the general path reports it")
    func limits() throws {
        let limits = ReadLimits(maxNodes: 2)
        let text = try NetworkFile.string(for: try Self.richNetwork(directed: false), format: .yaml)
        #expect(NetworkFileFastPath.read(text: text, syntax: .yaml, limits: limits) == nil)
        let error = try #require(refusal { _ = try NetworkFile.read(text: text, file: "rich.yaml", limits: limits) })
        #expect(error.contains("rich.yaml:"))
    }

    @Test("JSON outside the written subset reads as the general path reads it")
    func jsonVariants() throws {
        let written = try NetworkFile.string(for: try Self.richNetwork(directed: false), format: .json)
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
            let seen = Self.outcome { try NetworkFile.read(text: text, file: "rich.json") }
            let general = Self.outcome { try NetworkFile.readGenerally(text: text, file: "rich.json", syntax: .json, limits: .default) }
            #expect(seen == general)
        }
    }

    @Test("random texts written by convert read back the same along either path", arguments: NetworkFile.Format.allCases)
    func randomTexts(format: NetworkFile.Format) throws {
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
            let written = try NetworkFile.string(for: network, format: format)
            let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
            let general = try NetworkFile.readGenerally(text: written, file: "r.\(format)", syntax: syntax, limits: .default)
            #expect(general == network)
            if let fast = NetworkFileFastPath.read(text: written, syntax: syntax, limits: .default) {
                taken += 1
                #expect(fast == general, "\(written)")
            }
        }
        print("fast path took \(taken) of 40 \(format) files")
    }

    // MARK: Items in the lines convert writes

    /// A network as `convert` writes one from an edge list: actors with an id, a name and a kind, ties with two ends
    /// and a relation, each on its own line (the items the line-shaped readers take).
    static let lines = """
        name: Lines
        actors:
        - id: A
          name: A
          kind: organisation
        - id: B
          name: Actor B
          kind: country
        - id: C
          name: C
          kind: organisation
        ties:
        - from: A
          to: B
          relation: collaborates
        - from: B
          to: C
          relation: funds

        """

    /// Variants of ``lines``: items the line-shaped readers must hand to the general item reader (another order,
    /// another key, another value form), and files with a problem placed in or next to such an item.
    static let lineVariants: [(name: String, replaced: String, replacement: String)] = [
        ("keys out of order in an actor", "- id: B\n  name: Actor B\n", "- name: Actor B\n  id: B\n"),
        ("keys out of order in a tie", "- from: A\n  to: B\n", "- to: B\n  from: A\n"),
        ("a relation before the ends", "- from: B\n  to: C\n  relation: funds\n", "- relation: funds\n  from: B\n  to: C\n"),
        ("a further key after the kind", "  kind: country\n", "  kind: country\n  region: Africa\n"),
        ("a further key after the relation", "  relation: collaborates\n", "  relation: collaborates\n  weight: 2\n"),
        ("a key repeated after the relation", "  relation: collaborates\n", "  relation: collaborates\n  to: C\n"),
        ("a tie without a relation", "  to: B\n  relation: collaborates\n", "  to: B\n"),
        ("an actor without a kind", "  name: Actor B\n  kind: country\n", "  name: Actor B\n"),
        ("an actor with an id alone", "- id: C\n  name: C\n  kind: organisation\n", "- id: C\n"),
        ("quoted values", "- from: A\n  to: B\n", "- from: 'A'\n  to: \"B\"\n"),
        ("a doubled quote in a name", "name: Actor B", "name: 'Actor ''B'''"),
        ("an escaped name", "name: Actor B", "name: \"Actor \\\"B\\\"\""),
        ("an escaped id", "- id: C\n", "- id: \"C\\\\\"\n"),
        ("non-ASCII ids and names", "A", "Ωmega"),
        ("an id in decomposed form (NFD)", "C", "Co\u{0302}te"),
        ("a name spelled as the id but quoted", "- id: C\n  name: C\n", "- id: C\n  name: 'C'\n"),
        ("CRLF line ends", "\n", "\r\n"),
        ("a comment after a value", "to: B\n", "to: B # the second\n"),
        ("a comment line between items", "- from: B\n", "# next\n- from: B\n"),
        ("a blank line between items", "- from: B\n", "\n- from: B\n"),
        ("a trailing space", "to: B\n", "to: B \n"),
        ("a tab before a value", "to: B\n", "to:\tB\n"),
        ("a flow list as a value", "to: B\n", "to: [B]\n"),
        ("an empty list as a value", "to: B\n", "to: []\n"),
        ("an empty mapping as a value", "name: Actor B\n", "name: {}\n"),
        ("a null name", "name: Actor B", "name: ~"),
        ("a null word as a name", "name: Actor B", "name: null"),
        ("an empty value", "name: Actor B", "name:"),
        ("a value on the next line", "name: Actor B", "name:\n    Actor B"),
        ("a multi-line name", "name: Actor B", "name: Actor\n    B"),
        ("a name with a colon", "name: Actor B", "name: Actor: B"),
        ("a name starting with an indicator", "name: Actor B", "name: &B"),
        ("a kind that is the meeting kind", "kind: country", "kind: meeting"),
        ("a participation relation between actors", "relation: funds", "relation: attends"),
        ("an unknown id in a tie", "to: C\n", "to: D\n"),
        ("a repeated id", "- id: C\n", "- id: A\n"),
        ("a tie from an actor to itself", "to: C\n", "to: B\n"),
        ("items indented under their key", "\n- ", "\n  - "),
        ("a deeper key in an item", "  kind: country\n", "  kind: country\n    region: Africa\n"),
        ("a list item where a key is due", "  kind: country\n", "  kind: country\n  - x\n"),
        ("no final line feed", "relation: funds\n", "relation: funds"),
        ("a file cut inside a tie", "  to: C\n  relation: funds\n", "  to: C\n  relat"),
        ("a file cut after a key", "  relation: funds\n", "  relation:"),
        ("a file cut after the colon and space", "  relation: funds\n", "  relation: "),
        ("a key that begins like another", "  to: C\n", "  tox: C\n"),
        ("a key without its space", "  to: C\n", "  to:C\n"),
    ]

    /// The JSON `convert` writes for ``lines``, and variants of it as above.
    static func jsonLineVariants() throws -> (written: String, variants: [(String, String)]) {
        let network = try NetworkFile.read(text: lines, file: "lines.yaml")
        let written = try NetworkFile.string(for: network, format: .json)
        let edits: [(String, String, String)] = [
            ("members out of order", "\"from\": \"A\",\n      \"to\": \"B\"", "\"to\": \"B\",\n      \"from\": \"A\""),
            ("a further member", "\"relation\": \"funds\"", "\"relation\": \"funds\", \"weight\": 2"),
            ("a missing member", ",\n      \"relation\": \"funds\"", ""),
            (
                "an object on one line", "{\n      \"from\": \"A\",\n      \"to\": \"B\",\n      \"relation\": \"collaborates\"\n    }",
                "{\"from\":\"A\",\"to\":\"B\",\"relation\":\"collaborates\"}"
            ),
            ("spaces before the colons", "\"from\": \"A\"", "\"from\"   :\t\"A\""),
            ("CRLF line ends", "\n", "\r\n"),
            ("a number as a name", "\"name\": \"Actor B\"", "\"name\": 5"),
            ("a null name", "\"name\": \"Actor B\"", "\"name\": null"),
            ("a list as an end", "\"to\": \"B\"", "\"to\": [\"B\"]"),
            ("an escaped key", "\"from\": \"A\"", "\"fr\\/om\": \"A\""),
            ("an escaped value", "\"to\": \"B\"", "\"to\": \"\\/B\""),
            ("a Unicode escape", "\"name\": \"Actor B\"", "\"name\": \"Actor \\u0042\""),
            ("a control character", "\"name\": \"Actor B\"", "\"name\": \"Actor\u{01}B\""),
            ("non-ASCII ids", "\"A\"", "\"Ωmega\""),
            ("an empty object", "{\n      \"from\": \"B\",\n      \"to\": \"C\",\n      \"relation\": \"funds\"\n    }", "{}"),
            ("a key that begins like another", "\"to\": \"C\"", "\"tox\": \"C\""),
            ("a key repeated", "\"relation\": \"funds\"", "\"relation\": \"funds\", \"relation\": \"funds\""),
            ("a trailing comma", "\"relation\": \"funds\"", "\"relation\": \"funds\","),
            ("an unknown id", "\"to\": \"C\"", "\"to\": \"D\""),
            ("a file cut inside a tie", "\"relation\": \"funds\"\n    }\n  ]\n}", "\"relation\": \"fun"),
            ("a file cut after a member", "\n    }\n  ]\n}", ""),
        ]
        return (written, edits.map { ($0.0, written.replacingOccurrences(of: $0.1, with: $0.2)) })
    }

    /// On `text`: the fast path with and without the line-shaped readers gives the same (network or none), the
    /// reader gives what the general path gives (network or error, by text and by path), and a network from the
    /// fast path is the general path's.
    static func checkLineShaped(_ text: String, syntax: DocumentSyntax, name: String) throws {
        let lineShaped = NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default)
        let itemByItem = NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default, lineShaped: false)
        #expect(lineShaped == itemByItem, "\(name)")
        let file = syntax == .yaml ? "lines.yaml" : "lines.json"
        let general = outcome { try NetworkFile.readGenerally(text: text, file: file, syntax: syntax, limits: .default) }
        #expect(outcome { try NetworkFile.read(text: text, file: file) } == general, "\(name)")
        if let lineShaped { #expect(general == .network(lineShaped), "\(name)") }
        // By its path, the file's text is checked first (a control character is refused as such), then read generally.
        let path = try temporaryFile(file, text)
        let generalByPath = outcome {
            try NetworkFile.readGenerally(text: try InputFile.text(at: path, limits: .default), file: path, syntax: syntax, limits: .default)
        }
        #expect(outcome { try NetworkFile.read(path: path) } == generalByPath, "\(name)")
    }

    @Test("items in convert's lines read as the fast path's item reader and the general path read them", arguments: lineVariants)
    func lineShapedYAML(variant: (name: String, replaced: String, replacement: String)) throws {
        #expect(Self.lines.contains(variant.replaced), "\(variant.name)")
        let text = Self.lines.replacingOccurrences(of: variant.replaced, with: variant.replacement)
        #expect(text != Self.lines)
        try Self.checkLineShaped(text, syntax: .yaml, name: variant.name)
    }

    @Test("JSON items in convert's lines read as the fast path's item reader and the general path read them")
    func lineShapedJSON() throws {
        let (written, variants) = try Self.jsonLineVariants()
        #expect(NetworkFileFastPath.read(text: written, syntax: .json, limits: .default) != nil)
        try Self.checkLineShaped(written, syntax: .json, name: "as written")
        for (name, text) in variants {
            #expect(text != written, "\(name)")
            try Self.checkLineShaped(text, syntax: .json, name: name)
        }
    }

    @Test("the line-shaped readers take what convert writes and give the item reader's network", arguments: NetworkFile.Format.allCases)
    func lineShapedWritten(format: NetworkFile.Format) throws {
        let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
        #expect(NetworkFileFastPath.read(text: Self.lines, syntax: .yaml, limits: .default) != nil)
        var networks = try Self.networks().map(\.1) + [try Self.batchedNetwork()]
        for seed in 1...4 { networks.append(try Self.randomNetwork(seed: UInt64(seed), weighted: seed % 2 == 0, meetings: 3 * seed)) }
        for network in networks {
            let text = try NetworkFile.string(for: network, format: format)
            let fast = try #require(NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default), "\(network.name)")
            #expect(fast == NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default, lineShaped: false), "\(network.name)")
            // (The writer puts a meeting's participants in relation order: the file's order, not the builder's.)
            #expect(fast == (try NetworkFile.readGenerally(text: text, file: "w.\(format)", syntax: syntax, limits: .default)), "\(network.name)")
        }
    }

    @Test("actors declared in batches: a repeated id deep in a batch, the node limit, an edge between batches")
    func declarationBatches() throws {
        var builder = NetworkBuilder(name: "actors")
        let ids = (0..<600).map { $0 % 2 == 0 ? "a\($0)" : "actor-number-\($0)" }
        for id in ids { builder.add(Node(id: id, kind: .organisation)) }
        for index in 0..<599 { builder.add(Edge(from: ids[index], to: ids[index + 1], relation: .collaborates)) }
        let network = try builder.build()
        for format in NetworkFile.Format.allCases {
            let syntax: DocumentSyntax = format == .yaml ? .yaml : .json
            let text = try NetworkFile.string(for: network, format: format)
            #expect(NetworkFileFastPath.read(text: text, syntax: syntax, limits: .default) == network)
            // The 300th actor declared again as the 301st, past the first batch of 256.
            let first = try #require(text.range(of: format == .yaml ? "id: actor-number-301\n" : "\"id\": \"actor-number-301\""))
            let again = text.replacingCharacters(in: first, with: format == .yaml ? "id: a300\n" : "\"id\": \"a300\"")
            #expect(NetworkFileFastPath.read(text: again, syntax: syntax, limits: .default) == nil)
            try Self.checkLineShaped(again, syntax: syntax, name: "a repeated id, \(format)")
            for maxNodes in [1, 255, 256, 257, 599] {
                let limits = ReadLimits(maxNodes: maxNodes)
                #expect(NetworkFileFastPath.read(text: text, syntax: syntax, limits: limits) == nil, "\(maxNodes) nodes")
                let seen = Self.outcome { try NetworkFile.read(text: text, file: "a.\(format)", limits: limits) }
                #expect(seen == Self.outcome { try NetworkFile.readGenerally(text: text, file: "a.\(format)", syntax: syntax, limits: limits) })
            }
            #expect(NetworkFileFastPath.read(text: text, syntax: syntax, limits: ReadLimits(maxNodes: 600)) == network)
        }
    }
}
