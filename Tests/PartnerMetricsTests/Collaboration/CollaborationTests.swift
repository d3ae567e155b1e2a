import Foundation
import PartnerMetrics
import Testing

@Suite("Collaboration statistics")
struct CollaborationTests {
    @Test("two-mode clustering agrees with NetworkX and Opsahl's formula", arguments: CollaborationFixture.names)
    func twoModeClustering(name: String) throws {
        let fixture = try CollaborationFixture(name)
        #expect(abs(fixture.twoMode.robinsAlexanderClustering() - fixture.values["robins_alexander"]!) <= 1e-9)
        let opsahl = try #require(fixture.twoMode.opsahlClustering())
        #expect(abs(opsahl - fixture.values["opsahl"]!) <= 1e-9)
    }

    @Test("E-I index and assortativity agree with the formula and NetworkX", arguments: CollaborationFixture.names)
    func mixing(name: String) throws {
        let fixture = try CollaborationFixture(name)
        let projection = fixture.twoMode.coOccurrence().graph()
        let mixing = projection.mixing(by: fixture.groups)
        #expect(abs(mixing.eiIndex - fixture.values["ei_index"]!) <= 1e-9)
        #expect(abs(mixing.assortativity - fixture.values["assortativity"]!) <= 1e-9)
        #expect(mixing.internalEdges + mixing.externalEdges == projection.edgeCount)
    }

    @Test("per-actor counts on a hand-built network")
    func actorsByHand() throws {
        let network = try HandNetwork.make()
        let stats = network.actorStatistics()
        let byID = Dictionary(uniqueKeysWithValues: stats.map { ($0.id, $0) })
        let civ = try #require(byID["CIV"])
        // CIV hosts and co-chairs m2 (one meeting), attends m4.
        #expect((civ.hosted, civ.coChaired, civ.attended, civ.meetings) == (1, 1, 1, 2))
        #expect((civ.firstYear, civ.lastYear) == (2019, 2020))
        #expect(civ.share == 0.5)
        // CIV meets FRA, ICMPD, EU at m2 and NGA at m4: four partners, none twice.
        #expect((civ.partners, civ.repeatedPartners) == (4, 0))
        let fra = try #require(byID["FRA"])
        // FRA meets NGA (m1, m3), BEL (m1, m3), ICMPD (m1, m2, m3), CIV, EU.
        #expect((fra.hosted, fra.coChaired, fra.partners, fra.repeatedPartners) == (1, 2, 5, 3))
        #expect(byID["ICMPD"]?.organised == 1)
        #expect(network.actorStatistics(of: [.organisation]).map(\.id) == ["ICMPD", "EU"])
    }

    @Test("per-pair relations on a hand-built network")
    func pairsByHand() throws {
        let network = try HandNetwork.make()
        let pairs = network.pairStatistics(minimumShared: 2)
        let fraBel = try #require(pairs.first { $0.a == "FRA" && $0.b == "BEL" })
        // m1: both co-chair; m3: FRA hosts, BEL co-chairs.
        #expect(fraBel.shared == 2)
        #expect(fraBel.byRelation == [.coChairs: 1])
        #expect((fraBel.firstYear, fraBel.lastYear) == (2018, 2019))
        #expect(fraBel.meetings == ["m1", "m3"])
        #expect(pairs.allSatisfy { $0.shared >= 2 })
    }

    @Test("per-year activity and rank moves on a hand-built network")
    func yearsByHand() throws {
        let network = try HandNetwork.make()
        let years = network.periodStatistics(top: 2)
        #expect(years.map(\.startYear) == [2018, 2019, 2020])
        #expect(years.map(\.meetings) == [1, 2, 1])
        #expect(years.map(\.activeActors) == [4, 6, 2])
        // 2019 adds CIV and EU; 2020 adds nobody.
        #expect(years.map(\.newActors) == [4, 2, 0])
        #expect(years[0].density == 1)
        // 2019: FRA and ICMPD meet all five others.
        #expect(years[1].top.map(\.id) == ["FRA", "ICMPD"])
        // 2018: BEL FRA ICMPD NGA all have degree 3 and share rank 1 (competition ranking); in 2019 FRA and
        // ICMPD share rank 1 again: no move comes out of the tie.
        #expect(years[1].top.map(\.rank) == [1, 1])
        #expect(years[1].top[0].previousRank == 1)
        #expect(years[1].top[0].move == 0)
        #expect(years[2].top.map(\.id) == ["CIV", "NGA"])
        let windows = network.periodStatistics(windowYears: 2)
        #expect(windows.map(\.startYear) == [2018, 2020])
        #expect(windows.map(\.meetings) == [3, 1])
        // The last window ends with the data: 2020, not 2021.
        #expect(windows.map(\.endYear) == [2019, 2020])
    }

    @Test("network summary on a hand-built network")
    func networkByHand() throws {
        let network = try HandNetwork.make()
        let summary = network.summary()
        let twoMode = try #require(summary.twoMode)
        let stats = try #require(summary.projection)
        #expect((twoMode.actors, twoMode.meetings, twoMode.links) == (6, 4, 14))
        // Pairs: m1 and m3 link NGA FRA BEL ICMPD (6 pairs), m2 adds CIV-FRA CIV-ICMPD CIV-EU FRA-EU ICMPD-EU,
        // m4 adds NGA-CIV: 12 of 15.
        #expect(stats.pairs == 12)
        #expect(abs(stats.density - 12.0 / 15.0) < 1e-12)
        #expect((stats.components, stats.largestComponent) == (1, 6))
        let mixing = try #require(stats.mixing)
        #expect(mixing.groups == ["Africa", "Europe"])
        // Internal: NGA-CIV plus the six European pairs among FRA BEL ICMPD EU (BEL-EU missing: 5).
        #expect(mixing.internalEdges == 6)
        #expect(mixing.externalEdges == 6)
        #expect(mixing.eiIndex == 0)
    }
}
