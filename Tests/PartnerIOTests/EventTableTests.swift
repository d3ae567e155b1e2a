import Testing
@testable import PartnerIO

@Suite("Event tables")
struct EventTableTests {
    @Test("rows become actors, meetings and edges, with quoted fields")
    func reads() throws {
        let text = #"""
            actor,actor_kind,actor_region,meeting,meeting_title,start,relation,source
            NGA,country,Africa,abuja,"Diaspora remittances, and ""development""",2019-11-05,hosts,"hosted by Nigeria"
            FRA,country,Europe,abuja,"Diaspora remittances, and ""development""",2019-11-05,coChairs,
            FRA,country,Europe,madrid,"Border management
            cooperation",2019-07-01,attend,
            """#
        let network = try EventTableReader.read(text: text, file: "e.csv")
        #expect(network.actors.map(\.id) == ["NGA", "FRA"] && network.meetings.map(\.id) == ["abuja", "madrid"])
        #expect(network["abuja"]?.meeting?.title == "Diaspora remittances, and \"development\"")
        #expect(network["madrid"]?.meeting?.title == "Border management\ncooperation")
        #expect(network.edges.map(\.relation) == [.hosts, .coChairs, .attends])
        #expect(network.edges[0].source == "hosted by Nigeria")
        #expect(network["FRA"]?.region == "Europe")
    }

    static let malformed: [Malformed] = [
        Malformed(name: "missing column", text: "actor,meeting\nA,m\n", line: 1, column: 1, message: "missing required column 'relation'"),
        Malformed(name: "unknown column", text: "actor,meeting,relation,colour\nA,m,hosts,red\n", line: 1, column: 24, message: "unknown column 'colour'"),
        Malformed(
            name: "ragged row", text: "actor,meeting,relation\nA,m,hosts,extra\n", line: 2, column: 1, message: "expected 3 fields like the header, found 4"),
        Malformed(name: "bad quoting", text: "actor,meeting,relation\nA,m\"x\",hosts\n", line: 2, column: 4, message: "a quote inside an unquoted field"),
        Malformed(name: "unclosed quote", text: "actor,meeting,relation\nA,\"m,hosts\n", line: 2, column: 3, message: "never closed"),
        Malformed(name: "bad date", text: "actor,meeting,relation,start\nA,m,hosts,2019-02-31\n", line: 2, column: 11, message: "expected a date"),
        Malformed(name: "tie relation", text: "actor,meeting,relation\nA,m,memorandum\n", line: 2, column: 5, message: "links two actors"),
        Malformed(
            name: "inconsistent meeting", text: "actor,meeting,relation,start\nA,m,hosts,2019\nB,m,attends,2020\n", line: 3, column: 3,
            message: "described differently than on line 2"),
    ]

    @Test("malformed tables name line and column", arguments: malformed)
    func malformedTables(input: Malformed) {
        let error = #expect(throws: (any Error).self) { try EventTableReader.read(text: input.text, file: "bad.csv") }
        let problems = (error as? ReadError)?.problems ?? []
        let problem = problems.first { $0.message.contains(input.message) }
        #expect(problem != nil, "\(problems.map(\.description))")
        #expect(problem?.line == input.line && problem?.column == input.column, "\(problems.map(\.description))")
    }
}
