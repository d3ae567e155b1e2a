import Foundation
import PartnerMetrics
import Testing

@Suite("Tie dynamics")
struct TieDynamicsTests {
    /// A, B meet in 2000 and again in 2002; C alone in 2001; A and C sign a memorandum in force 2001–2002,
    /// and an undated one links B and C.
    static func gapNetwork() throws -> Network {
        var builder = NetworkBuilder(name: "gap")
        for id in ["A", "B", "C"] { builder.add(Node(id: id, kind: .country)) }
        for (id, year) in [("m2000", 2000), ("m2001", 2001), ("m2002", 2002)] {
            builder.add(Node(id: id, kind: .meeting, meeting: Meeting(start: PartialDate(year: year))))
        }
        builder.add(Node(id: "undated", kind: .meeting))
        let edges: [(String, Relation, String)] = [
            ("A", .attends, "m2000"), ("B", .attends, "m2000"), ("C", .attends, "m2001"), ("A", .attends, "m2002"),
            ("B", .hosts, "m2002"), ("A", .attends, "undated"), ("C", .attends, "undated"),
        ]
        for (from, relation, to) in edges { builder.add(Edge(from: from, to: to, relation: relation)) }
        builder.add(
            Edge(from: "A", to: "C", relation: .memorandum, start: PartialDate(year: 2001), end: PartialDate(year: 2002)))
        builder.add(Edge(from: "B", to: "C", relation: .memorandum))
        return try builder.build()
    }

    @Test("shared meetings per year on the hand-built network")
    func sharedMeetings() throws {
        let dynamics = try HandNetwork.make().tieDynamics()
        #expect(dynamics.windows.map(\.startYear) == [2018, 2019, 2020])
        // 2018: m1 ties NGA FRA BEL ICMPD (6 ties). 2019: m3 repeats those 6, m2 ties CIV FRA ICMPD EU, of which
        // FRA-ICMPD is already there: 11 ties, 6 persisting, 5 formed. 2020: only NGA-CIV (m4).
        #expect(dynamics.windows.map(\.ties) == [6, 11, 1])
        #expect(dynamics.windows.map(\.formed) == [6, 5, 1])
        #expect(dynamics.windows.map(\.persisting) == [0, 6, 0])
        #expect(dynamics.windows.map(\.dissolved) == [0, 0, 11])
        #expect(dynamics.windows.map(\.renewed) == [0, 0, 0])
        #expect(dynamics.windows.map(\.persistence) == [nil, 6.0 / 11.0, 0])
        // Actors: 2018 NGA FRA BEL ICMPD; 2019 adds CIV and EU; 2020 NGA and CIV: FRA BEL ICMPD EU left after 2019.
        #expect(dynamics.windows.map(\.actors) == [4, 6, 2])
        #expect(dynamics.windows.map(\.newcomers) == [4, 2, 0])
        #expect(dynamics.windows.map(\.exits) == [0, 0, 4])
        #expect(dynamics.ties.count == 12)
        let ngaFra = try #require(dynamics.ties.first { $0.a == "NGA" && $0.b == "FRA" })
        #expect((ngaFra.firstYear, ngaFra.lastYear, ngaFra.duration, ngaFra.periods, ngaFra.spells) == (2018, 2019, 2, 2, 1))
        let ngaCiv = try #require(dynamics.ties.first { $0.a == "NGA" && $0.b == "CIV" })
        #expect((ngaCiv.firstYear, ngaCiv.lastYear, ngaCiv.duration, ngaCiv.periods) == (2020, 2020, 1, 1))
        #expect(dynamics.undated == 0)
    }

    @Test("co-chairing ties only")
    func coChairing() throws {
        let dynamics = try HandNetwork.make().tieDynamics(via: [.coChairs])
        // m1: FRA and BEL co-chair; m2: CIV and FRA; m3: BEL alone; m4: nobody.
        #expect(dynamics.windows.map(\.startYear) == [2018, 2019, 2020])
        #expect(dynamics.windows.map(\.ties) == [1, 1, 0])
        #expect(dynamics.windows.map(\.formed) == [1, 1, 0])
        #expect(dynamics.windows.map(\.dissolved) == [0, 1, 1])
        #expect(dynamics.windows.map(\.persistence) == [nil, 0, 0])
        #expect(dynamics.windows.map(\.actors) == [2, 3, 0])
        #expect(dynamics.windows.map(\.newcomers) == [2, 1, 0])
        #expect(dynamics.windows.map(\.exits) == [0, 0, 3])
        #expect(dynamics.ties.map { "\($0.a)-\($0.b)" } == ["FRA-BEL", "FRA-CIV"])
    }

    @Test("two-year windows: the last window ends with the data")
    func windows() throws {
        let dynamics = try HandNetwork.make().tieDynamics(windowYears: 2)
        #expect(dynamics.windows.map(\.startYear) == [2018, 2020])
        #expect(dynamics.windows.map(\.endYear) == [2019, 2020])
        #expect(dynamics.windows.map(\.ties) == [11, 1])
        #expect(dynamics.windows.map(\.persistence) == [nil, 0])
        let ngaFra = try #require(dynamics.ties.first { $0.a == "NGA" && $0.b == "FRA" })
        #expect((ngaFra.firstYear, ngaFra.lastYear, ngaFra.periods) == (2018, 2019, 1))
    }

    @Test("a tie that lapses and comes back is renewed, in two spells; undated meetings are counted")
    func renewal() throws {
        let dynamics = try Self.gapNetwork().tieDynamics(via: [.attends, .hosts])
        #expect(dynamics.windows.map(\.startYear) == [2000, 2001, 2002])
        #expect(dynamics.windows.map(\.ties) == [1, 0, 1])
        #expect(dynamics.windows.map(\.formed) == [1, 0, 1])
        #expect(dynamics.windows.map(\.renewed) == [0, 0, 1])
        #expect(dynamics.windows.map(\.dissolved) == [0, 1, 0])
        #expect(dynamics.windows.map(\.persistence) == [nil, 0, 0])
        // C is active only in 2001: it leaves when 2002 begins. A and B skip 2001 but come back: no exit.
        #expect(dynamics.windows.map(\.newcomers) == [2, 1, 0])
        #expect(dynamics.windows.map(\.exits) == [0, 0, 1])
        let ab = try #require(dynamics.ties.first)
        #expect((ab.a, ab.b) == ("A", "B"))
        #expect((ab.firstYear, ab.lastYear, ab.duration, ab.periods, ab.spells) == (2000, 2002, 3, 2, 2))
        #expect(dynamics.ties.count == 1)
        // The undated meeting has A and C.
        #expect(dynamics.undated == 1)
    }

    @Test("dated actor-actor ties are present in every window they are in force")
    func actorTies() throws {
        let network = try Self.gapNetwork()
        let memoranda = network.tieDynamics(via: [.memorandum])
        // Windows follow the memorandum's years; the undated B-C memorandum is left out and counted.
        #expect(memoranda.windows.map(\.startYear) == [2001, 2002])
        #expect(memoranda.windows.map(\.ties) == [1, 1])
        #expect(memoranda.windows.map(\.persistence) == [nil, 1])
        #expect(memoranda.undated == 1)
        let ac = try #require(memoranda.ties.first)
        #expect((ac.a, ac.b, ac.firstYear, ac.lastYear, ac.periods, ac.spells) == ("A", "C", 2001, 2002, 2, 1))
        // With meetings too, the windows follow the meetings and 2002 holds both A-B and A-C.
        let both = network.tieDynamics(via: [.attends, .hosts, .memorandum])
        #expect(both.windows.map(\.ties) == [1, 1, 2])
        #expect(both.windows.map(\.persisting) == [0, 0, 1])
        #expect(both.windows.map(\.renewed) == [0, 0, 1])
        #expect(both.undated == 2)
    }

    @Test("the core counts, from lists by hand, do not depend on order or repeats")
    func core() {
        let ids = ["p", "q", "r", "s"]
        let dynamics = TieDynamics(
            windowYears: 5, firstYear: 1990, lastYear: 2003, actorIDs: ids,
            activeActors: [[0, 1, 2, 1], [3, 2, 1], [3, 0]],
            ties: [[TiePair(1, 0), TiePair(0, 1), TiePair(2, 1)], [TiePair(1, 2), TiePair(2, 3)], [TiePair(0, 3), TiePair(3, 2)]])
        #expect(dynamics.windows.map(\.startYear) == [1990, 1995, 2000])
        #expect(dynamics.windows.map(\.endYear) == [1994, 1999, 2003])
        #expect(dynamics.windows.map(\.ties) == [2, 2, 2])
        #expect(dynamics.windows.map(\.persisting) == [0, 1, 1])
        // Window 2 against 1: {q-r, r-s} and {p-s, r-s}: one of three.
        #expect(dynamics.windows.map(\.persistence) == [nil, 1.0 / 3.0, 1.0 / 3.0])
        #expect(dynamics.windows.map(\.exits) == [0, 0, 2])
        #expect(dynamics.ties.map { "\($0.a)-\($0.b):\($0.periods)" } == ["p-q:1", "p-s:1", "q-r:2", "r-s:2"])
    }

    @Test("a network without dates has no windows")
    func undatedOnly() throws {
        var builder = NetworkBuilder(name: "undated")
        builder.add(Node(id: "A", kind: .country))
        builder.add(Node(id: "B", kind: .country))
        builder.add(Node(id: "m", kind: .meeting))
        builder.add(Edge(from: "A", to: "m", relation: .attends))
        builder.add(Edge(from: "B", to: "m", relation: .attends))
        let dynamics = try builder.build().tieDynamics(windowYears: 3)
        #expect(dynamics.windows.isEmpty && dynamics.ties.isEmpty)
        #expect(dynamics.undated == 1)
    }
}
