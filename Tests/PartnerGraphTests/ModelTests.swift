import Testing
@testable import PartnerGraph

@Suite("Partial dates")
struct PartialDateTests {
    @Test(
        "parses the three precisions",
        arguments: [("2019", 2019, nil, nil), ("2019-11", 2019, 11, nil), ("2019-11-05", 2019, 11, 5)] as [(String, Int, Int?, Int?)])
    func parses(text: String, year: Int, month: Int?, day: Int?) throws {
        let date = try #require(PartialDate(text))
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.description == text)
    }

    @Test(
        "rejects malformed and impossible dates",
        arguments: [
            "", "19", "2019-1", "2019-13", "2019-02-30", "2019/01/01", "2019-01-01-01", "abcd", "2019-00", "2021-02-29", " 2019",
            "2019-", "-2019", "2019--05", "2019-05-", "20190-05", "2019-005", "2019-05-1", "+201", "２０１９", "2019-0\u{0301}5",
            "2019\u{0301}-05", "2019-\u{0301}05", "2019-05-01 ",
        ])
    func rejects(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test("reads each form into its fields, from a string or a substring")
    func forms() throws {
        #expect(PartialDate("2019") == PartialDate(year: 2019))
        #expect(PartialDate("0001-12") == PartialDate(year: 1, month: 12))
        #expect(PartialDate("2019-11-05") == PartialDate(year: 2019, month: 11, day: 5))
        let text = "from 2024-02-29 on"
        let slice = text[text.index(text.startIndex, offsetBy: 5)..<text.index(text.startIndex, offsetBy: 15)]
        #expect(PartialDate(slice) == PartialDate(year: 2024, month: 2, day: 29))
        #expect(PartialDate("2019-11-05")?.description == "2019-11-05")
    }

    @Test("accepts 29 February in leap years only")
    func leapYears() {
        #expect(PartialDate("2020-02-29") != nil)
        #expect(PartialDate("2000-02-29") != nil)
        #expect(PartialDate("1900-02-29") == nil)
    }

    @Test("every year, month and day is kept in four bytes, equal only to itself")
    func packedFields() throws {
        #expect(MemoryLayout<PartialDate>.size == 4)
        var seen = Set<PartialDate>()
        for year in [1, 2, 511, 512, 1999, 2024, 8191, 8192, 9999] {
            for month in [nil, 1, 2, 7, 12] as [Int?] {
                let days: [Int?] = month.map { month in [nil, 1, 15] + Set([28, PartialDate.daysIn(month: month, year: year)]).sorted() } ?? [nil]
                for day in days {
                    let date = try #require(PartialDate(year: year, month: month, day: day))
                    #expect(date.year == year && date.month == month && date.day == day, "\(year)-\(month ?? 0)-\(day ?? 0)")
                    #expect(PartialDate(date.description) == date)
                    #expect(seen.insert(date).inserted, "\(date) equals another date")
                }
            }
        }
        #expect(PartialDate(year: 0) == nil && PartialDate(year: 10_000) == nil && PartialDate(year: 2019, day: 3) == nil)
    }

    @Test("orders by earliest day, coarser first on ties")
    func ordering() throws {
        let dates = ["2019-01-01", "2019", "2018-12-31", "2019-01"].compactMap { PartialDate($0) }
        #expect(dates.sorted().map(\.description) == ["2018-12-31", "2019", "2019-01", "2019-01-01"])
        #expect(PartialDate("2019")!.mayPrecede(PartialDate("2019-03")!))
        #expect(PartialDate("2019-10")!.mayPrecede(PartialDate("2019")!))
        #expect(!PartialDate("2020")!.mayPrecede(PartialDate("2019-12-31")!))
    }
}

@Suite("Network builder")
struct NetworkBuilderTests {
    @Test("a valid network keeps nodes, edges and their order")
    func valid() throws {
        let network = try smallNetwork()
        #expect(network.nodes.map(\.id) == ["A", "B", "C", "D", "m1", "m2", "m3"])
        #expect(network.actors.count == 4 && network.meetings.count == 3)
        #expect(network.participations.count == 8 && network.ties.count == 1)
        #expect(network.index(of: "m2") == 5)
        #expect(network["C"]?.region == "Africa")
        #expect(network.timeSpan.map { "\($0.lowerBound)...\($0.upperBound)" } == "2019-01-10...2021")
        #expect(network.relations == [.attends, .coChairs, .hosts, .memorandum])
    }

    @Test("duplicate and empty ids are reported with their position")
    func duplicateIDs() {
        var builder = NetworkBuilder(name: "x")
        builder.add(Node(id: "A", kind: .country))
        builder.add(Node(id: "A", kind: .organisation))
        builder.add(Node(id: " ", kind: .country))
        let error = #expect(throws: NetworkError.self) { try builder.build() }
        #expect(error?.problems.map(\.code) == [.duplicateID, .emptyID])
        #expect(error?.problems.first?.subject == .nodeNumber(2))
        #expect(error?.problems.first?.message == "duplicate id 'A': node 2 repeats node 1")
    }

    @Test("unknown ids, wrong kinds, self ties and reversed dates are all reported at once")
    func edgeProblems() {
        var builder = NetworkBuilder(name: "x")
        builder.add(Node(id: "A", kind: .country))
        builder.add(Node(id: "B", kind: .country))
        builder.add(Node(id: "m", kind: .meeting, meeting: Meeting(start: PartialDate("2020-05-02"), end: PartialDate("2020-05-01"))))
        builder.add(Node(id: "n", kind: .meeting, meeting: Meeting()))
        builder.add(Edge(from: "A", to: "zz", relation: .hosts))
        builder.add(Edge(from: "m", to: "n", relation: .hosts))
        builder.add(Edge(from: "A", to: "B", relation: .hosts))
        builder.add(Edge(from: "A", to: "m", relation: .secretariat))
        builder.add(Edge(from: "A", to: "A", relation: .collaborates))
        builder.add(Edge(from: "A", to: "B", relation: .presidency, start: PartialDate("2021"), end: PartialDate("2020")))
        let error = #expect(throws: NetworkError.self) { try builder.build() }
        let problems = error?.problems ?? []
        #expect(problems.map(\.code) == [.endBeforeStart, .unknownNode, .wrongKind, .wrongKind, .wrongKind, .selfTie, .endBeforeStart])
        #expect(problems[1].subject == .edgeNumber(1) && problems[1].field == "to")
        #expect(problems[2].message.contains("a meeting cannot hosts"))
        #expect(problems[3].message.contains("'B' is a country"))
        #expect(problems[4].message.contains("links two actors"))
    }

    @Test("a multigraph keeps parallel edges")
    func parallelEdges() throws {
        let network = try smallNetwork()
        #expect(network.edges.filter { $0.from == "A" && $0.to == "m2" }.map(\.relation) == [.hosts, .coChairs])
    }
}

@Suite("Dates written in code")
struct PartialDateParsingTests {
    @Test("PartialDate(parsing:) gives the date, or throws NetworkError with code invalidDate")
    func parsing() throws {
        #expect(try PartialDate(parsing: "2019-11-05") == PartialDate(year: 2019, month: 11, day: 5))
        for text in ["2020-13", "2021-02-29", "20", "2020-1-01", ""] {
            let error = #expect(throws: NetworkError.self) { try PartialDate(parsing: text) }
            #expect(error?.problems.map(\.code) == [.invalidDate])
            #expect(error?.problems.first?.subject == .network)
        }
    }
}
