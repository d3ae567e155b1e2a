import Foundation
import PartnerMetrics
import Testing
import PartnerTestSupport

@Suite("Co-occurrence")
struct CoOccurrenceTests {
    @Test("every measure agrees with NetworkX and the published formulas", arguments: CollaborationFixture.names)
    func measuresMatchFixtures(name: String) throws {
        let fixture = try CollaborationFixture(name)
        let co = fixture.twoMode.coOccurrence(measures: CoOccurrenceMeasure.allCases)
        #expect(co.pairCount == fixture.pairs.count)
        #expect(co.meetingCount == Int(fixture.values["meetings_with_actors"]!))
        for (pair, expected) in fixture.pairs.enumerated() {
            #expect(Int(co.firstActors[pair]) == expected.a)
            #expect(Int(co.secondActors[pair]) == expected.b)
            for (column, measure) in co.measures.enumerated() {
                let reference = try #require(expected.values[measure.rawValue])
                #expect(abs(co.values[column][pair] - reference) <= 1e-9, "\(measure) of pair \(pair)")
            }
        }
    }

    @Test("the disparity backbone keeps the pairs the formula keeps", arguments: CollaborationFixture.names)
    func backboneMatchesFixture(name: String) throws {
        let fixture = try CollaborationFixture(name)
        let co = fixture.twoMode.coOccurrence(backbone: fixture.backboneAlpha)
        let kept = (0..<co.pairCount).map { [Int(co.firstActors[$0]), Int(co.secondActors[$0])] }
        #expect(kept == fixture.backbone)
    }

    @Test("the parallel kernel gives the same rows for any thread count", arguments: [1, 2, 3, 8])
    func kernelIgnoresThreadCount(threads: Int) throws {
        let fixture = try CollaborationFixture("medium")
        let single = fixture.twoMode.actorPairCounts(threads: 1)
        #expect(fixture.twoMode.actorPairCounts(threads: threads) == single)
        let unsorted = fixture.twoMode.actorPairCounts(threads: threads, sortedRows: false)
        #expect(unsorted == fixture.twoMode.actorPairCounts(threads: 1, sortedRows: false))
        #expect(unsorted.totalCount == single.totalCount)
        for a in 0..<single.actorCount {
            let sortedRow = single.partners[single.offsets[a]..<single.offsets[a + 1]]
            let row = unsorted.partners[unsorted.offsets[a]..<unsorted.offsets[a + 1]]
            #expect(Array(sortedRow) == row.sorted())
            #expect(sortedRow.allSatisfy { Int($0) > a })
        }
    }

    @Test("counts are symmetric and total Σ C(n_k, 2)")
    func countsAreSymmetric() throws {
        let fixture = try CollaborationFixture("dense")
        let counts = fixture.twoMode.actorPairCounts()
        let g = fixture.twoMode.graph
        var expected = 0
        for m in fixture.twoMode.actorCount..<g.nodeCount { expected += g.degree(of: m) * (g.degree(of: m) - 1) / 2 }
        #expect(counts.totalCount == expected)
        for a in 0..<counts.actorCount {
            for b in 0..<counts.actorCount { #expect(counts.count(between: a, and: b) == counts.count(between: b, and: a)) }
        }
    }

    @Test("co-chairing, host with co-chair and co-attendance on a hand-built network")
    func relationsByHand() throws {
        let network = try HandNetwork.make()
        let coChairing = network.coOccurrence(via: .coChairing, measures: [.count, .newman])
        // m1: FRA, BEL co-chair; m2: CIV, FRA; m3: BEL alone.
        #expect(coChairing.pairCount == 2)
        #expect(coChairing.value(.count, between: "BEL", and: "FRA") == 1)
        #expect(coChairing.value(.newman, between: "FRA", and: "BEL") == 1)
        #expect(coChairing.meetings(between: "FRA", and: "CIV") == ["m2"])

        let hostCoChair = network.coOccurrence(via: .hostWithCoChair)
        // m1: NGA-FRA, NGA-BEL; m2: CIV-FRA (CIV with itself does not count); m3: FRA-BEL.
        #expect(hostCoChair.pairCount == 4)
        #expect(hostCoChair.value(.count, between: "FRA", and: "BEL") == 1)
        #expect(hostCoChair.value(.count, between: "CIV", and: "FRA") == 1)
        #expect(hostCoChair.value(.count, between: "NGA", and: "CIV") == nil)

        let all = network.coOccurrence(measures: [.count, .newman, .jaccard, .inclusion, .lift])
        // FRA: m1 m2 m3; ICMPD: m1 m2 m3 → 3 shared; Newman 1/3 + 1/3 + 1/3 (sizes 4, 4, 4).
        #expect(all.value(.count, between: "FRA", and: "ICMPD") == 3)
        #expect(abs(all.value(.newman, between: "FRA", and: "ICMPD")! - 1) < 1e-12)
        #expect(all.value(.jaccard, between: "FRA", and: "ICMPD") == 1)
        // NGA: m1 m3 m4; CIV: m2 m4 → 1 shared; Jaccard 1/4, inclusion 1/2, lift 4·1/(3·2).
        #expect(all.value(.jaccard, between: "NGA", and: "CIV") == 0.25)
        #expect(all.value(.inclusion, between: "NGA", and: "CIV") == 0.5)
        #expect(abs(all.value(.lift, between: "NGA", and: "CIV")! - 4.0 / 6.0) < 1e-12)

        let countries = network.coOccurrence(of: [.country], minimumCount: 2)
        // Among countries NGA, FRA and BEL all meet at m1 and m3; CIV shares one meeting with each at most.
        #expect(countries.rows.map { [$0.a, $0.b] } == [["NGA", "FRA"], ["NGA", "BEL"], ["FRA", "BEL"]])
        #expect(countries.rows.allSatisfy { $0.meetings == ["m1", "m3"] })
    }

    @Test("topPairs(k) is the first k pairs sorted by the measure, then count, then ids, with the actors' names")
    func topPairs() throws {
        let network = try HandNetwork.make()
        let all = network.coOccurrence(measures: [.count, .jaccard])
        for measure in [CoOccurrenceMeasure.count, .jaccard] {
            let column = all.measures.firstIndex(of: measure)!
            let sorted = all.rows.sorted { x, y in
                let (vx, vy) = (x.values[column], y.values[column])
                if vx != vy { return vx > vy }
                if x.count != y.count { return x.count > y.count }
                return (x.a, x.b) < (y.a, y.b)
            }
            for k in [0, 1, 3, all.pairCount, all.pairCount + 2] {
                #expect(all.topPairs(k, by: measure) == Array(sorted.prefix(k)))
            }
        }
        let best = try #require(all.topPairs(1).first)
        #expect(best.aName == network[best.a]?.name && best.bName == network[best.b]?.name)
    }

    @Test("degree counts are Ints equal to the degree scores, summing to twice the edges")
    func degreeCounts() throws {
        let graph = randomGraph(nodeCount: 200, edgeCount: 700, seed: 5)
        let counts = graph.degreeCounts()
        #expect(counts.values.map(Double.init) == graph.degree().values)
        #expect(counts.values.reduce(0, +) == 2 * graph.edgeCount)
        #expect(counts.top(5).map(\.id) == graph.degree().top(5).map(\.id))
        let directed = randomGraph(nodeCount: 50, edgeCount: 150, seed: 6, directed: true)
        #expect(directed.degreeCounts(direction: .incoming).values.reduce(0, +) == directed.edgeCount)
    }

    @Test("top-k keeps a pair when it is among the k strongest of either actor")
    func topPerActor() throws {
        let network = try HandNetwork.make()
        let top = network.coOccurrence(topPerActor: 1)
        let full = network.coOccurrence()
        #expect(top.pairCount < full.pairCount)
        for actor in full.actorIDs {
            let kept = top.rows.filter { $0.a == actor || $0.b == actor }
            let strongest = full.rows.filter { $0.a == actor || $0.b == actor }.map(\.count).max()
            if let strongest { #expect(kept.contains { $0.count == strongest }) }
        }
    }
}
