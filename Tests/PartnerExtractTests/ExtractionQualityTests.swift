import Foundation
import PartnerGraph
import PartnerIO
import Testing
@testable import PartnerExtract
import PartnerTestSupport

/// The evaluation of issue 13: the corpus texts and the seed, each extracted alone and scored against its gold.
@Suite("Extraction quality on the test corpus and the seed")
struct ExtractionQualityTests {
    /// Each text of the corpus with its gold file, and the seed with `graphs/rabat-process.yaml`.
    static func pairs() throws -> [(text: String, gold: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).sorted()
        var pairs: [(String, String)] = []
        for gold in files where gold.hasSuffix(".gold.yaml") {
            let stem = String(gold.dropLast(".gold.yaml".count))
            let texts = files.filter { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".gold.yaml") }
            #expect(texts.count == 1, "one text for \(gold)")
            if let text = texts.first { pairs.append((corpusDirectory.appendingPathComponent(text).path, corpusDirectory.appendingPathComponent(gold).path)) }
        }
        // CI and every worktree have the shared folder beside the repository.
        let seed = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/000_377eda2e6da7a72e.txt").path
        #expect(FileManager.default.fileExists(atPath: seed), "the seed text is beside the repository")
        if FileManager.default.fileExists(atPath: seed) { pairs.append((seed, repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)) }
        return pairs
    }

    static func score(_ text: String, _ gold: String) throws -> ExtractionScore {
        let draft = try Extractor().extract(try DocumentLoader().documents(at: text)).network
        return ExtractionScore(draft: draft, gold: try NetworkFile.read(path: gold))
    }

    @Test("at least 15 texts of our own, in every input form, each with a valid gold file")
    func corpus() throws {
        let pairs = try ExtractionQualityTests.pairs()
        #expect(pairs.count >= 16)
        let forms = Set(pairs.map { ($0.text as NSString).pathExtension })
        #expect(forms.isSuperset(of: ["txt", "md", "html", "jsonl"]))
    }

    @Test("meeting recall >= 0.9; host and co-chair precision >= 0.95 and recall >= 0.9; attendance F1 >= 0.8; chair sequences exact")
    func thresholds() throws {
        var total = ExtractionScore()
        for pair in try ExtractionQualityTests.pairs() {
            let score = try ExtractionQualityTests.score(pair.text, pair.gold)
            total = total + score
            #expect(
                score.chairSequenceExact, "\((pair.text as NSString).lastPathComponent): chairs \(score.draftChairSequence) vs gold \(score.goldChairSequence)")
        }
        print(total.table)
        #expect(total.meetings.recall >= 0.9)
        #expect(total.hosts.precision >= 0.95 && total.hosts.recall >= 0.9)
        #expect(total.coChairs.precision >= 0.95 && total.coChairs.recall >= 0.9)
        #expect(total.attends.f1 >= 0.8)
        #expect(total.chairSequenceExact)
    }

    @Test("the scorer counts what differs: a missed co-chair, an extra host, a wrong date")
    func scorer() throws {
        let gold = try Network(
            name: "gold",
            nodes: [
                Node(id: "SEN", kind: .country), Node(id: "MLI", kind: .country), Node(id: "RABAT", kind: "dialogue"),
                Node(id: "m1", kind: .meeting, meeting: Meeting(start: PartialDate("2022-05-03"), city: "Dakar")),
                Node(id: "m2", kind: .meeting, meeting: Meeting(start: PartialDate("2022-06-01"), city: "Bamako")),
            ],
            edges: [
                Edge(from: "SEN", to: "m1", relation: .hosts), Edge(from: "SEN", to: "m1", relation: .coChairs),
                Edge(from: "MLI", to: "m1", relation: .coChairs), Edge(from: "MLI", to: "m2", relation: .hosts),
                Edge(from: "SEN", to: "RABAT", relation: .presidency, end: PartialDate("2022")),
                Edge(from: "MLI", to: "RABAT", relation: .presidency, start: PartialDate("2022")),
            ])
        let draft = try Network(
            name: "draft",
            nodes: [
                Node(id: "SEN", kind: .country), Node(id: "MLI", kind: .country), Node(id: "RABAT", kind: "dialogue"),
                Node(id: "a", kind: .meeting, meeting: Meeting(start: PartialDate("2022-05-03"), city: "Dakar")),
                Node(id: "b", kind: .meeting, meeting: Meeting(start: PartialDate("2022-06-02"), city: "Bamako")),
            ],
            edges: [
                Edge(from: "SEN", to: "a", relation: .hosts), Edge(from: "MLI", to: "a", relation: .hosts),
                Edge(from: "SEN", to: "a", relation: .coChairs), Edge(from: "MLI", to: "b", relation: .hosts),
                Edge(from: "MLI", to: "RABAT", relation: .presidency, end: PartialDate("2022")),
                Edge(from: "SEN", to: "RABAT", relation: .presidency, start: PartialDate("2022")),
            ])
        let score = ExtractionScore(draft: draft, gold: gold)
        #expect(score.meetings == .init(matched: 1, predicted: 2, gold: 2))
        #expect(score.hosts == .init(matched: 1, predicted: 3, gold: 2))
        #expect(score.coChairs == .init(matched: 1, predicted: 1, gold: 2))
        #expect(score.chairs == .init(matched: 2, predicted: 2, gold: 2))
        #expect(score.draftChairSequence == ["MLI", "SEN"] && score.goldChairSequence == ["SEN", "MLI"])
        #expect(!score.chairSequenceExact)
        #expect(abs(score.coChairs.f1 - 2.0 / 3.0) < 1e-12)
    }

    @Test("presence is counted per actor kind, any presence relation counts, and a denied participant drafted as present is counted")
    func presenceFigures() throws {
        let day = try PartialDate("2016-06-15")
        let actors = [
            Node(id: "POL", kind: .country), Node(id: "TUR", kind: .country), Node(id: "EC", kind: .organisation), Node(id: "IOM", kind: .organisation),
        ]
        let gold = try Network(
            name: "gold", nodes: actors + [Node(id: "g", kind: .meeting, meeting: Meeting(start: day, city: "Warsaw"))],
            edges: [
                Edge(from: "POL", to: "g", relation: .hosts), Edge(from: "IOM", to: "g", relation: .attends),
                Edge(from: "EC", to: "g", relation: "observes"), Edge(from: "TUR", to: "g", relation: "absent"),
            ])
        let draft = try Network(
            name: "draft", nodes: actors + [Node(id: "d", kind: .meeting, meeting: Meeting(start: day, city: "Warsaw"))],
            edges: [
                // Poland drafted as attending, not hosting: present all the same; Turkey drafted although denied.
                Edge(from: "POL", to: "d", relation: .attends), Edge(from: "TUR", to: "d", relation: .attends),
                Edge(from: "EC", to: "d", relation: .attends),
            ])
        let score = ExtractionScore(draft: draft, gold: gold)
        #expect(score.countriesPresent == .init(matched: 1, predicted: 2, gold: 1))
        #expect(score.organisationsPresent == .init(matched: 1, predicted: 1, gold: 2))
        #expect(score.absentDraftedPresent == .init(matched: 1, predicted: 1, gold: 1))
        #expect(score.hosts == .init(matched: 0, predicted: 0, gold: 1))
        #expect(score.coChairsAndChairs == score.coChairs + score.chairs)
        #expect((score + score).countriesPresent == .init(matched: 2, predicted: 4, gold: 2))
    }

    @Test("a fact's confidence is its rule's precision on the development pages shrunk toward its relation's; unknown rules take their relation's")
    func confidences() throws {
        for (key, entry) in RuleConfidence.entries {
            let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
            let prior = RuleConfidence.family(parts[0])
            let confidence = RuleConfidence.of(relation: parts[0], rule: parts[1])
            let k = RuleConfidence.strength(of: parts[0])
            #expect(k > 0)
            #expect(abs(confidence - (Double(entry.matched) + k * prior) / (Double(entry.predicted) + k)) < 1e-12)
            // Shrinkage: the confidence lies between the rule's own rate and its family's.
            let own = entry.predicted > 0 ? Double(entry.matched) / Double(entry.predicted) : prior
            #expect(confidence >= min(own, prior) - 1e-12 && confidence <= max(own, prior) + 1e-12)
            #expect(entry.matched <= entry.predicted)
        }
        #expect(RuleConfidence.key(relation: "attends", rule: "attended-by+negation") == "attends attended-by")
        #expect(RuleConfidence.key(relation: "attends", rule: "chaired-by+sub-session") == "attends chaired-by+sub-session")
        let unknown = RuleConfidence.of(relation: "attends", rule: "no-such-rule")
        #expect(unknown > 0 && unknown < 1)
        #expect(RuleConfidence.of(relation: "no-such-relation", rule: "x") == 0.5)
        // Every drafted fact of a text carries one; a minimum above every confidence leaves no edge.
        let text = Document(source: "t", plainText: "Praia, 7 June 2023, hosted by Cabo Verde and co-chaired by Portugal and Senegal.")
        let extraction = try Extractor().extract([text])
        let drafted = extraction.facts.filter(Extractor.drafts)
        #expect(!drafted.isEmpty && drafted.allSatisfy { $0.confidence != nil })
        #expect(extraction.network.edges.allSatisfy { $0.attributes["confidence"] != nil })
        var strict = Extractor()
        strict.minimumConfidence = 1
        #expect(try strict.extract([text]).network.edges.isEmpty)
    }

    /// Two gold meetings on one day: one without a place (it takes any), one in Dakar. The draft has one in Dakar
    /// and one in Thiès. Matching in gold order would give Dakar to the placeless meeting and leave the Dakar one
    /// unmatched; the best matching pairs both.
    static func sameDayNetworks() throws -> (draft: Network, gold: Network) {
        let day = try PartialDate("2023-03-14")
        let gold = try Network(
            name: "gold",
            nodes: [
                Node(id: "SEN", kind: .country), Node(id: "MLI", kind: .country),
                Node(id: "g-any", kind: .meeting, meeting: Meeting(type: "workshop", start: day)),
                Node(id: "g-dakar", kind: .meeting, meeting: Meeting(type: "workshop", start: day, city: "Dakar")),
            ],
            edges: [Edge(from: "SEN", to: "g-dakar", relation: .hosts), Edge(from: "MLI", to: "g-any", relation: .hosts)])
        let draft = try Network(
            name: "draft",
            nodes: [
                Node(id: "SEN", kind: .country), Node(id: "MLI", kind: .country),
                Node(id: "d-dakar", kind: .meeting, meeting: Meeting(type: "workshop", start: day, city: "Dakar")),
                Node(id: "d-thies", kind: .meeting, meeting: Meeting(type: "workshop", start: day, city: "Thiès")),
            ],
            edges: [Edge(from: "SEN", to: "d-dakar", relation: .hosts), Edge(from: "MLI", to: "d-thies", relation: .hosts)])
        return (draft, gold)
    }

    @Test("the scorer matches meetings optimally, where matching in gold order would miss one")
    func optimalMatching() throws {
        let (draft, gold) = try ExtractionQualityTests.sameDayNetworks()
        let score = ExtractionScore(draft: draft, gold: gold)
        #expect(score.meetings == .init(matched: 2, predicted: 2, gold: 2))
        #expect(score.hosts == .init(matched: 2, predicted: 2, gold: 2))
        #expect(ExtractionScore.matchMeetings(draft: draft, gold: gold) == ["d-dakar": "g-dakar", "d-thies": "g-any"])
    }

    @Test("an undated gold meeting that names its page pairs only with a draft meeting read from that page")
    func undatedMeetingsPairByPage() throws {
        let gold = try Network(
            name: "gold",
            nodes: [
                Node(id: "SEN", kind: .country),
                Node(id: "summit", kind: .meeting, meeting: Meeting(city: "Abuja"), source: "https://example.org/summit"),
                Node(id: "council", kind: .meeting, meeting: Meeting(city: "Abuja"), source: "https://example.org/council"),
            ],
            edges: [Edge(from: "SEN", to: "council", relation: .attends, source: "https://example.org/council-list")])
        func draft(_ sources: [String: String]) throws -> Network {
            try Network(
                name: "draft",
                nodes: sources.keys.sorted().map { Node(id: $0, kind: .meeting, meeting: Meeting(city: "Abuja"), source: sources[$0]) },
                edges: [])
        }
        // One undated Abuja meeting, read from the summit's page: it is the summit, not the council.
        let one = try draft(["a": "https://example.org/summit: The summit opened on Sunday in Abuja."])
        #expect(ExtractionScore.matchMeetings(draft: one, gold: gold) == ["a": "summit"])
        // Read from a page of neither: date and place alone no longer pair it.
        let other = try draft(["a": "https://example.org/elsewhere: Ministers met in Abuja."])
        #expect(ExtractionScore.matchMeetings(draft: other, gold: gold).isEmpty)
        #expect(ExtractionScore(draft: other, gold: gold).meetings == .init(matched: 0, predicted: 1, gold: 2))
        // A page named only by a gold edge counts as the meeting's page.
        let listed = try draft(["a": "https://example.org/council-list: The council met in Abuja."])
        #expect(ExtractionScore.matchMeetings(draft: listed, gold: gold) == ["a": "council"])
        // A page the gold names in the meeting's `pages` attribute (it reports the meeting, no fact of its own) counts.
        let named = try Network(
            name: "gold",
            nodes: gold.nodes.map { node in
                var node = node
                if node.id == "summit" { node.attributes["pages"] = "https://example.org/agenda https://example.org/elsewhere" }
                return node
            },
            edges: gold.edges)
        #expect(ExtractionScore.matchMeetings(draft: other, gold: named) == ["a": "summit"])
        #expect(ExtractionScore.matchMeetings(draft: listed, gold: named) == ["a": "council"])
        // A gold file that names no page (the test corpus) pairs undated meetings by place, as before.
        let unsourced = try Network(name: "gold", nodes: [Node(id: "g", kind: .meeting, meeting: Meeting(city: "Abuja"))], edges: [])
        #expect(ExtractionScore.matchMeetings(draft: other, gold: unsourced) == ["a": "g"])
    }

    @Test("the score does not depend on the order of the meetings in either file")
    func orderIndependent() throws {
        let (draft, gold) = try ExtractionQualityTests.sameDayNetworks()
        func reversed(_ network: Network) throws -> Network {
            try Network(name: network.name, nodes: network.nodes.reversed(), edges: network.edges.reversed())
        }
        let expected = ExtractionScore(draft: draft, gold: gold)
        for (d, g) in [(try reversed(draft), gold), (draft, try reversed(gold)), (try reversed(draft), try reversed(gold))] {
            let score = ExtractionScore(draft: d, gold: g)
            #expect(score.meetings == expected.meetings && score.hosts == expected.hosts)
        }
    }

    @Test("the assignment solver finds the largest total weight and never pairs a forbidden pair")
    func assignment() {
        // Greedy by rows takes (0,0)=5 then (1,1)=1: 6. Best is (0,1)=4 and (1,0)=4: 8.
        #expect(Assignment.maximumWeight([[5, 4], [4, 1]]) == [1, 0])
        // More rows than columns; a row whose only pairs are forbidden stays unpaired.
        #expect(Assignment.maximumWeight([[0, 0], [3, 0], [2, 7]]) == [nil, 0, 1])
        #expect(Assignment.maximumWeight([[1, 2, 3]]) == [2])
        #expect(Assignment.maximumWeight([]) == [])
    }
}
