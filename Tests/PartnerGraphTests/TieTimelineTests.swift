import Testing

@testable import PartnerGraph

@Suite("dated spans and the ties timeline")
struct TieTimelineTests {
    @Test(
        "a span says what its dates mean: from-until, from, until, one date, undated",
        arguments: [
            ("2017-03-21", "2018-05-02", "2017-03-21 to 2018-05-02"), ("2025-01-30", nil, "from 2025-01-30"),
            (nil, "2017-03-21", "until 2017-03-21"), ("2015", "2015", "2015"), (nil, nil, "undated"),
        ] as [(String?, String?, String)])
    func span(start: String?, end: String?, expected: String) {
        let span = DateSpan(start: start.flatMap { PartialDate($0) }, end: end.flatMap { PartialDate($0) })
        #expect(span.description == expected)
        #expect(span.isDated == (start != nil || end != nil))
    }

    @Test("ties sort by start, or by end when only the end is known; undated last; other relations left out")
    func order() throws {
        let nodes = ["D", "A", "B", "C", "S"].map { Node(id: $0, kind: .country) }
        let edges = [
            Edge(from: "C", to: "D", relation: .presidency, start: PartialDate("2025-01-30")),
            Edge(from: "S", to: "D", relation: .secretariat, start: PartialDate("2010")),
            Edge(from: "B", to: "D", relation: .presidency, start: PartialDate("2017-03-21"), end: PartialDate("2018-05-02")),
            Edge(from: "A", to: "D", relation: .presidency, end: PartialDate("2017-03-21")),
            Edge(from: "S", to: "D", relation: .presidency),
        ]
        let network = try Network(name: "chairs", nodes: nodes, edges: edges)
        let timeline = network.tieTimeline(relation: .presidency)
        #expect(timeline.map(\.from) == ["A", "B", "C", "S"])
        #expect(timeline.map(\.span.description) == ["until 2017-03-21", "2017-03-21 to 2018-05-02", "from 2025-01-30", "undated"])
        #expect(network.tieTimeline().map(\.from) == ["S", "A", "B", "C", "S"])
    }
}
