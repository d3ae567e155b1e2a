import Foundation
import PartnerMetrics
import Testing
@testable import PartnerIO
import PartnerTestSupport

/// `info` summarises an affiliation list from its rows, without its network: every figure must be the network's.
@Suite("Affiliation lists summarised without a network")
struct AffiliationSummaryTests {
    /// The summary both ways, for one text.
    static func both(_ text: String, detail: NetworkSummary.Detail) throws -> (rows: NetworkSummary, network: NetworkSummary) {
        let parsed = try AffiliationReader.parse(bytes: Array(text.utf8), file: "af.tsv")
        return (try parsed.summary(name: "af.tsv", detail: detail, threads: 2), try parsed.makeNetwork(name: "af.tsv").summary(detail: detail, threads: 2))
    }

    @Test("repeated rows, every role, separate components and a lone actor: the network's figures", arguments: [NetworkSummary.Detail.counts, .full])
    func sameFiguresAsTheNetwork(detail: NetworkSummary.Detail) throws {
        let text = """
            a1\tm1\thost
            a2\tm1\tattend
            a3\tm1\tcochair
            a1\tm1\tattend
            a2\tm2\tattend
            a4\tm2\tattend
            a4\tm2\thost
            a5\tm3\tattend
            a6\tm4\tattend
            a7\tm4\tattend
            a1\tm4\tcochair

            """
        let (rows, network) = try Self.both(text, detail: detail)
        #expect(rows == network)
        #expect(rows.network.edges == 11 && rows.network.links == 9 && rows.projection?.isolatedActors == 1)
        #expect(rows.network.edgesByRelation.map(\.relation) == [.attends, .coChairs, .hosts])
    }

    @Test("random lists of every size and density: the network's figures", arguments: [1, 2, 3, 4, 5, 6])
    func randomLists(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let actors = 1 + Int(random.next() % 40)
        let meetings = 1 + Int(random.next() % 12)
        let roles = ["host", "cochair", "attend"]
        var lines: [String] = []
        for _ in 0..<(1 + Int(random.next() % 120)) {
            lines.append("a\(random.next() % UInt64(actors))\tm\(random.next() % UInt64(meetings))\t\(roles[Int(random.next() % 3)])")
        }
        for detail in [NetworkSummary.Detail.counts, .full] {
            let (rows, network) = try Self.both(lines.joined(separator: "\n") + "\n", detail: detail)
            #expect(rows == network, "seed \(seed)")
        }
    }

    @Test(
        "ids the network refuses are refused with its own error",
        arguments: ["\u{A0}\tm1\tattend\n", "a\tm1\thost\n\u{2003}\u{3000}\tm1\tattend\n"])  // white space only
    func refusedLikeTheNetwork(text: String) throws {
        let parsed = try AffiliationReader.parse(bytes: Array(text.utf8), file: "af.tsv")
        let expected = try #require(throws: NetworkError.self) { try parsed.makeNetwork(name: "af.tsv") }
        let error = try #require(throws: NetworkError.self) { try parsed.summary(name: "af.tsv") }
        #expect(error.problems.map(\.message) == expected.problems.map(\.message))
    }

    @Test("non-ASCII ids the network accepts are summarised as it summarises them, one id in NFC and NFD as one")
    func nonASCIIAccepted() throws {
        let (rows, network) = try Self.both("Côte d'Ivoire\tAbidjan 2019\thost\n東京\tAbidjan 2019\tattend\n", detail: .counts)
        #expect(rows == network && rows.projection?.pairs == 1)
        let (composed, composedNetwork) = try Self.both("Co\u{302}te\tm1\tattend\nC\u{F4}te\tm1\thost\nX\tm1\tattend\n", detail: .full)
        #expect(composed == composedNetwork && composed.twoMode?.actors == 2 && composed.network.links == 2)
    }
}
