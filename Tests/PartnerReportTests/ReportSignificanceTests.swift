import Foundation
import PartnerGraph
import PartnerIO
import PartnerMetrics
import Testing

@testable import PartnerReport
import PartnerTestSupport

@Suite("The report's tests against chance and tie changes are PartnerMetrics' figures")
struct ReportSignificanceTests {
    static func rabat11() throws -> Network {
        try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path)
    }

    @Test(
        "each pair's p-value and mark are the library's, for the model asked for",
        arguments: [
            ReportOptions.PairSignificance(model: .hypergeometric, correction: .none, alpha: 0.01),
            ReportOptions.PairSignificance(model: .stochasticDegreeSequence, correction: .benjaminiHochberg, alpha: 0.05),
        ])
    func pairs(test: ReportOptions.PairSignificance) throws {
        let network = try Self.rabat11()
        let model = Report(network, options: ReportOptions(pairSignificance: test, renderSVG: noDiagram)).model()
        let reference = try network.twoModeGraph().projectionSignificance(
            model: test.model, correction: test.correction, alpha: test.alpha)
        let ids = reference.pValues.nodeIDs
        var expected: [String: (Double, Bool)] = [:]
        for index in reference.pValues.values.indices {
            expected[ids[reference.pValues.sources[index]] + " " + ids[reference.pValues.targets[index]]] = (
                reference.pValues.values[index], reference.isSignificant(index)
            )
        }
        #expect(model.pairs.count == expected.count)
        for pair in model.pairs {
            let (p, significant) = try #require(expected[pair.a + " " + pair.b])
            #expect(pair.p == p && pair.significant == significant, "\(pair.a) \(pair.b)")
        }
        let figures = try #require(model.significance)
        #expect(figures.model == test.model.name && figures.tested == expected.count)
        #expect(figures.significant == model.pairs.filter(\.significant).count)
        if test.model == .hypergeometric {
            // Uncorrected at 0.01: every pair with p ≤ 0.01 is marked, and such pairs exist here.
            #expect(figures.significant > 0)
            #expect(model.pairs.allSatisfy { $0.significant == ($0.p! <= 0.01) })
        }
    }

    @Test("without a test the pairs carry no p-value, and the page says so")
    func noTest() throws {
        let report = Report(try rabat(), options: ReportOptions(pairSignificance: nil, renderSVG: noDiagram))
        let model = report.model()
        #expect(model.significance == nil)
        #expect(model.pairs.allSatisfy { $0.p == nil && !$0.significant })
        #expect(try report.html().contains("not tested against chance"))
    }

    @Test("the tie changes are tieDynamics' per year, and the lasting ties are ordered by years met")
    func tieChanges() throws {
        let network = try Self.rabat11()
        let model = Report(network, options: ReportOptions(renderSVG: noDiagram)).model()
        #expect(model.tieChanges == network.tieDynamics(windowYears: 1))
        let lasting = model.lastingTies(limit: 5)
        #expect(lasting.count == 5)
        #expect(lasting.allSatisfy { $0.periods > 1 })
        #expect(zip(lasting, lasting.dropFirst()).allSatisfy { $0.periods > $1.periods || ($0.periods == $1.periods && $0.duration >= $1.duration) })
        #expect(lasting[0].periods == model.tieChanges.ties.map(\.periods).max())
    }

    @Test("above the limit of pairs the page leaves out the other pairs' p-values, keeps the table's, and says so")
    func manyPairs() throws {
        // 210 actors at two meetings, one of them with 180: 21,945 pairs share a meeting.
        let actors = (0..<210).map { Node(id: "a\($0)", kind: .country) }
        let meetings = ["m1", "m2"].map { Node(id: $0, kind: .meeting, meeting: Meeting(title: $0, start: PartialDate("2020-01-01"))) }
        let edges = actors.indices.flatMap { index in
            (index < 180 ? ["m1", "m2"] : ["m1"]).map { Edge(from: "a\(index)", to: $0, relation: .attends) }
        }
        let network = try Network(name: "many pairs", nodes: actors + meetings, edges: edges)
        let options = ReportOptions(
            tableLimit: 50, pairSignificance: .init(model: .hypergeometric, correction: .none), renderSVG: noDiagram)
        let model = Report(network, options: options).model()
        #expect(model.pairs.count == 210 * 209 / 2 && model.pairs.count > ReportData.pairTestLimit)
        let html = try Report(network, options: options).html()
        let data = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(of: html).utf8)) as? [String: Any])
        #expect(data["pairTests"] == nil)
        #expect(html.contains("not those of all \(model.pairs.count) tested pairs"))
        #expect(html.contains("partnet cooccurrence FILE --significance hypergeometric lists every pair"))
        let rows = try #require((data["tables"] as? [String: Any])?["pairs"] as? [[Any]])
        #expect(rows.count == 50)
        for (row, pair) in zip(rows, model.pairs) { #expect(row[7] as? Double == pair.p) }
    }

    @Test("both pages show the tie changes and the pairs' p-values; the data block holds them for the script")
    func pages() throws {
        let network = try Self.rabat11()
        let options = ReportOptions(pairSignificance: .init(model: .hypergeometric, correction: .none), renderSVG: noDiagram)
        let interactive = try Report(network, options: options).html()
        var staticOptions = options
        staticOptions.presentation = .static
        let printed = try Report(network, options: staticOptions).html()
        for html in [interactive, printed] {
            #expect(html.contains("id=\"changes\"") && html.contains("Ties that lasted"))
            #expect(html.contains("more than chance"))
        }
        let data = try #require(
            try JSONSerialization.jsonObject(with: Data(try dataBlock(of: interactive).utf8)) as? [String: Any])
        let changes = try #require(data["changes"] as? [[String: Any]])
        #expect(changes.map { $0["ties"] as? Int } == network.tieDynamics().windows.map(\.ties))
        let tests = try #require(data["pairTests"] as? [String: [String: Any]])
        let model = Report(network, options: options).model()
        #expect(tests.count == model.pairs.count)
        let first = model.pairs[0]
        let key = [network.index(of: first.a)!, network.index(of: first.b)!].sorted().map(String.init).joined(separator: ",")
        // JSONSerialization may round the last digit.
        let p = try #require(tests[key]?["p"] as? Double)
        #expect(abs(p - first.p!) <= 1e-15 * first.p!)
    }
}
