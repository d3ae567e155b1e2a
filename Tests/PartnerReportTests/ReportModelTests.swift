import Foundation
import PartnerGraph
import PartnerGraphviz
import PartnerIO
import PartnerMetrics
import Testing

@testable import PartnerReport
import PartnerTestSupport

/// The repository root, found from this file's path.

func rabat() throws -> Network {
    try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
}

/// A renderer that draws nothing, for tests that do not look at the diagram.
let noDiagram: ReportOptions.Renderer = { _, _ in Data("<svg></svg>".utf8) }

@Suite("The report's figures are PartnerMetrics' figures")
struct ReportModelTests {
    @Test("the two-row view is the library's two-row order of the two-mode graph, over every actor and meeting")
    func twoRowsComeFromMetrics() throws {
        let network = try rabat()
        let model = Report(network, options: ReportOptions(renderSVG: noDiagram)).model()
        let twoRows = try #require(model.twoRows)
        let twoMode = network.twoModeGraph()
        let layout = twoMode.twoRowLayout()
        #expect(twoRows.actors == layout.actorOrder.map { twoMode.networkIndices[$0] })
        #expect(twoRows.meetings == layout.meetingOrder.map { twoMode.networkIndices[$0] })
        #expect(twoRows.crossings == layout.crossings && twoRows.initialCrossings == layout.initialCrossings)
        #expect(twoRows.crossings == TwoRowLayout.crossings(of: twoMode, actorOrder: layout.actorOrder, meetingOrder: layout.meetingOrder))
        #expect(Set(twoRows.actors + twoRows.meetings) == Set(network.nodes.indices))
        #expect(twoRows.meetings.allSatisfy { network.nodes[$0].isMeeting })
        let oneMode = try Network(
            name: "ties", nodes: [Node(id: "a", kind: .country), Node(id: "b", kind: .country)], edges: [Edge(from: "a", to: "b", relation: "partOf")])
        #expect(Report(oneMode, options: ReportOptions(renderSVG: noDiagram)).model().twoRows == nil)
    }

    @Test("actors, pairs and years equal actorStatistics, co-occurrence and periodStatistics")
    func figuresComeFromMetrics() throws {
        let network = try rabat()
        let model = Report(network, options: ReportOptions(renderSVG: noDiagram)).model()
        let statistics = Dictionary(uniqueKeysWithValues: network.actorStatistics().map { ($0.id, $0) })
        #expect(model.actors.count == statistics.count)
        for actor in model.actors { #expect(actor.statistics == statistics[actor.statistics.id]) }
        // Most active first.
        #expect(zip(model.actors, model.actors.dropFirst()).allSatisfy { $0.statistics.meetings >= $1.statistics.meetings })

        let co = network.coOccurrence(measures: [.count, .jaccard, .lift])
        #expect(model.pairs.count == co.pairCount)
        for pair in model.pairs.prefix(40) {
            #expect(co.value(.count, between: pair.a, and: pair.b) == Double(pair.shared))
            #expect(co.value(.jaccard, between: pair.a, and: pair.b) == pair.jaccard)
            #expect(co.meetings(between: pair.a, and: pair.b) == pair.meetings)
        }
        #expect(model.years == network.periodStatistics(windowYears: 1, top: 3))
        #expect(model.summary == network.summary(detail: .full, mixingBy: "region"))
        let projection = network.twoModeGraph().actorProjection().graph
        let betweenness = projection.betweennessCentrality(normalized: true)
        for actor in model.actors { #expect(actor.betweenness == betweenness[actor.statistics.id]) }
        let eigenvector = try projection.withoutWeights().eigenvectorCentrality()
        for actor in model.actors { #expect(actor.eigenvector == eigenvector[actor.statistics.id]) }
        let groups = network.groups()
        #expect(model.partition == groups.partition)
    }

    @Test("the cards, the sentence and the figures table print NetworkSummary's figures under its names")
    func cards() throws {
        let network = try rabat()
        let model = Report(network, options: ReportOptions(renderSVG: noDiagram)).model()
        let summary = network.summary()
        let entries = Dictionary(uniqueKeysWithValues: summary.entries.map { ($0.name, $0.value) })
        for card in model.cards {
            #expect(entries[card.name] == .integer(Int(card.value)!), "\(card.label)")
        }
        let projection = try #require(summary.projection)
        #expect(model.summarySentence.contains("holds \(projection.largestComponent) of the \(projection.actors) actors"))
        #expect(model.figures.map(\.name) == summary.entries.map(\.name).filter { $0 != "name" })
        #expect(model.figures.first { $0.name == "projection.pairs" }?.value == "\(projection.pairs)")
    }

    @Test("the heat map's diagonal is each actor's meetings and its cells the shared meetings, on one scale")
    func heatMap() throws {
        let network = try rabat()
        let model = Report(network, options: ReportOptions(heatMapSize: 8, renderSVG: noDiagram)).model()
        let heat = model.heatMap
        #expect(heat.actorIDs == model.actors.prefix(8).map(\.statistics.id))
        let co = network.coOccurrence()
        for (i, a) in heat.actorIDs.enumerated() {
            #expect(heat.counts[i][i] == model.actors[i].statistics.meetings)
            for (j, b) in heat.actorIDs.enumerated() where i != j {
                #expect(Double(heat.counts[i][j]) == (co.value(.count, between: a, and: b) ?? 0))
                #expect(heat.counts[i][j] == heat.counts[j][i])
            }
        }
        #expect(heat.maximum == heat.counts.joined().max())
        // The darkest colour goes to the largest cell, whichever it is; an empty cell is white.
        #expect(PageText.heatColor(heat.maximum, maximum: heat.maximum) == "#08306b")
        #expect(PageText.heatColor(0, maximum: heat.maximum) == "#ffffff")
    }

    @Test("groups number actors with partners from 1, largest first, under either method", arguments: CommunityMethod.allCases)
    func groups(method: CommunityMethod) throws {
        let model = Report(try rabat(), options: ReportOptions(communityMethod: method, seed: 3, renderSVG: noDiagram)).model()
        let groups = model.groups
        #expect(!groups.isEmpty)
        #expect(groups.map(\.number) == Array(1...groups.count))
        #expect(zip(groups, groups.dropFirst()).allSatisfy { $0.members.count >= $1.members.count })
        for actor in model.actors { #expect((actor.group == nil) == (actor.statistics.partners == 0)) }
        #expect(model.partition.method.lowercased().contains(method.rawValue))
    }
}

@Suite("Nothing fails silently")
struct ReportNotesTests {
    struct Broken: Error, LocalizedError { var errorDescription: String? { "layout exploded" } }

    @Test("a diagram that cannot be drawn is a visible note on both pages", arguments: ReportOptions.Presentation.allCases)
    func diagramFailure(presentation: ReportOptions.Presentation) throws {
        let report = Report(try rabat(), options: ReportOptions(presentation: presentation, renderSVG: { _, _ in throw Broken() }))
        let model = report.model()
        #expect(model.diagram.svg == nil)
        #expect(model.notes.contains { $0.contains("could not be drawn") && $0.contains("layout exploded") })
        #expect(try report.html().contains("layout exploded"))
    }

    @Test("eigenvector centrality without any shared meeting is undefined, and said so")
    func noInfluence() throws {
        let nodes = [
            Node(id: "A", kind: .country), Node(id: "B", kind: .country),
            Node(id: "m1", kind: .meeting, meeting: Meeting(start: PartialDate("2019"))),
            Node(id: "m2", kind: .meeting, meeting: Meeting()),
        ]
        let network = try Network(
            name: "lonely", nodes: nodes,
            edges: [Edge(from: "A", to: "m1", relation: .hosts), Edge(from: "B", to: "m2", relation: .attends)])
        let model = Report(network, options: ReportOptions(renderSVG: noDiagram)).model()
        #expect(model.actors.allSatisfy { $0.eigenvector == nil })
        #expect(model.notes.contains { $0.contains("Eigenvector") })
        #expect(model.notes.contains { $0.contains("1 meeting has no date") })
        let html = try Report(network, options: ReportOptions(renderSVG: noDiagram)).html()
        #expect(html.contains("Eigenvector centrality is undefined"))
    }
}
