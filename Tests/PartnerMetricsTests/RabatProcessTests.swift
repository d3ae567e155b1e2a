import Foundation
import PartnerIO
import Testing
@testable import PartnerMetrics
import PartnerTestSupport

/// Statistics of the Rabat Process data set, each worked out by hand from `graphs/rabat-process.yaml`:
/// Abuja 2019 (NGA hosts; FRA, BEL co-chair), Abidjan 2019 workshop (CIV hosts; FRA, CIV co-chair; EU, ECOWAS,
/// UNODC, FRONTEX, UNHCR, INTERPOL, MMC, SEEFAR, ICMPD attend; RABAT organises), the Abidjan side event (MMC,
/// ICMPD organise), Madrid 2019 (ESP hosts; ESP, MAR co-chair; EU, ICMPD, LBN attend; RABAT organises), Paris
/// 2018, Ouagadougou 2019 and Paris 2020 (RABAT organises), Khartoum 2020 (KHARTOUM organises), and two 2020
/// meetings nobody is recorded at.
@Suite("Rabat Process, checked by hand")
struct RabatProcessTests {
    static let root = repositoryRoot
    let network: Network

    init() throws {
        network = try NetworkFile.read(path: Self.root.appendingPathComponent("graphs/rabat-process.yaml").path)
    }

    @Test("per actor: roles, meetings, partners, repeated partners, years")
    func actors() throws {
        let statistics = network.actorStatistics()
        let byID = Dictionary(uniqueKeysWithValues: statistics.map { ($0.id, $0) })
        let france = try #require(byID["FRA"])
        #expect(france.hosted == 0 && france.coChaired == 2 && france.meetings == 2)
        // Abuja: NGA, BEL; Abidjan: CIV and the nine attendees and RABAT.
        #expect(france.partners == 13)
        #expect(france.firstYear == 2019 && france.lastYear == 2019)
        let ivoryCoast = try #require(byID["CIV"])
        #expect(ivoryCoast.hosted == 1 && ivoryCoast.coChaired == 1 && ivoryCoast.meetings == 1)
        // ICMPD meets EU (Abidjan, Madrid), MMC (Abidjan, side event) and RABAT (Abidjan, Madrid) twice each.
        let icmpd = try #require(byID["ICMPD"])
        #expect(icmpd.meetings == 3 && icmpd.attended == 2 && icmpd.organised == 1 && icmpd.repeatedPartners == 3)
        let rabat = try #require(byID["RABAT"])
        #expect(rabat.organised == 5 && rabat.firstYear == 2018 && rabat.lastYear == 2020)
        #expect(abs(rabat.share - 0.5) < 1e-12)  // 5 of 10 meetings
    }

    @Test("per year: meetings, active and new actors")
    func years() {
        let periods = network.periodStatistics()
        #expect(periods.map(\.startYear) == [2018, 2019, 2020])
        #expect(periods.map(\.meetings) == [1, 5, 4])
        // 2018: RABAT; 2019: 17 actors, 16 of them new; 2020: RABAT and KHARTOUM, KHARTOUM new.
        #expect(periods.map(\.activeActors) == [1, 17, 2])
        #expect(periods.map(\.newActors) == [1, 16, 1])
    }

    @Test("co-chairing, host with co-chair, and co-attendance measures")
    func coOccurrence() {
        let coChairs = network.coOccurrence(via: .coChairing)
        let coChairPairs = Set((0..<coChairs.pairCount).map { coChairs.row($0) }.map { [$0.a, $0.b].sorted().joined(separator: "-") })
        #expect(coChairPairs == ["BEL-FRA", "CIV-FRA", "ESP-MAR"])
        let hostWithCoChair = network.coOccurrence(via: .hostWithCoChair)
        #expect(hostWithCoChair.pairCount == 4)  // NGA-FRA, NGA-BEL, CIV-FRA, ESP-MAR
        let any = network.coOccurrence(of: [.country], measures: [.count, .jaccard, .cosine])
        // FRA: 2 meetings, CIV: 1, shared 1.
        #expect(any.value(.jaccard, between: "FRA", and: "CIV") == 0.5)
        #expect(abs(any.value(.cosine, between: "FRA", and: "CIV")! - 1 / 2.0.squareRoot()) < 1e-12)
        #expect(any.meetings(between: "FRA", and: "BEL") == ["abuja-2019-remittances"])
        #expect(any.value(.count, between: "ESP", and: "NGA") == nil)
    }

    @Test("network level: densities and components")
    func networkLevel() throws {
        let summary = network.summary()
        let twoMode = try #require(summary.twoMode)
        #expect(twoMode.actors == 24 && twoMode.meetings == 10)
        // 29 participations, of which CIV and ESP each host and co-chair one meeting: 27 actor-meeting pairs.
        #expect(summary.network.participations == 29)
        #expect(twoMode.links == 27)
        #expect(abs(twoMode.density - 27.0 / 240) < 1e-12)
    }
}
