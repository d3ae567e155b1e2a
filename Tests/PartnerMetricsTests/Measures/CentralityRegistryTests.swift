import Foundation
import PartnerIO
import Testing

@testable import PartnerMetrics
import PartnerTestSupport

/// Collects the tasks a run control announces.
private final class Tasks: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    func record(_ progress: RunControl.Progress) {
        guard progress.done == 0 else { return }
        lock.lock()
        names.append(progress.task)
        lock.unlock()
    }
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return names
    }
}

@Suite("Centrality registry: what --measure accepts, on which graph, each computed once")
struct CentralityRegistryTests {
    static let graph = randomGraph(nodeCount: 120, edgeCount: 400, seed: 21)

    @Test("`all` on an undirected unweighted graph lists each applicable measure once, HITS as two columns")
    func allMeasures() throws {
        let measured = MeasuredGraph(graph: Self.graph)
        let measures = try CentralityMeasure.parse("all", for: measured)
        #expect(!measures.contains(.strength) && !measures.contains(.inDegree) && measures.contains(.clustering))
        #expect(Set(measures).count == measures.count)
        let tasks = Tasks()
        let columns = try measured.centralities(measures, control: RunControl { tasks.record($0) })
        let names = columns.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains("hubs") && names.contains("authorities") && !names.contains("hits"))
        #expect(tasks.all == measures.map(\.rawValue))
    }

    @Test("every column equals the metric called directly")
    func sameAsDirect() throws {
        let g = Self.graph
        let columns = try MeasuredGraph(graph: g).centralities(
            [.betweenness, .closeness, .hits, .hubs, .constraint, .effectiveSize, .pagerank, .core])
        let hits = try g.hubsAndAuthorities(weighted: false, maxIterations: 1000)
        let holes = g.structuralHoles()
        let expected = [
            g.betweennessCentrality().values, g.closenessCentrality().values, hits.hubs.values,
            hits.authorities.values, hits.hubs.values, holes.constraint.values, holes.effectiveSize.values,
            try g.pageRank(weighted: false).values, g.coreNumbers().values,
        ]
        #expect(columns.map(\.values) == expected)
        #expect(
            columns.map(\.name) == [
                "betweenness", "closeness", "hubs", "authorities", "hubs", "constraint", "effective-size", "pagerank", "core",
            ])
    }

    @Test("sampled betweenness is the library's estimate for that seed")
    func sampled() throws {
        var options = CentralityOptions()
        options.betweennessSamples = 30
        options.betweennessSeed = 8
        let column = try MeasuredGraph(graph: Self.graph).centralities([.betweenness], options: options)
        #expect(column.first?.values == Self.graph.betweennessCentrality(sampleSize: 30, seed: 8).values)
        #expect(column.first?.values != Self.graph.betweennessCentrality().values)
    }

    @Test("a measure that cannot run is an error before anything runs, never a substitute")
    func errors() throws {
        let tasks = Tasks()
        let control = RunControl { tasks.record($0) }
        #expect(throws: CentralityError.needsWeights(.strength)) {
            try MeasuredGraph(graph: Self.graph).centralities([.degree, .strength], control: control)
        }
        #expect(tasks.all.isEmpty)
        let directed = randomGraph(nodeCount: 20, edgeCount: 40, seed: 2, directed: true)
        #expect(throws: CentralityError.needsUndirected(.clustering)) {
            try MeasuredGraph(graph: directed).centralities([.clustering])
        }
        #expect(throws: CentralityError.unknownMeasure("fame")) {
            try CentralityMeasure.parse("degree,fame", for: MeasuredGraph(graph: Self.graph))
        }
        #expect(throws: CentralityError.emptyMeasureList) { try CentralityMeasure.parse(" , ", for: MeasuredGraph(graph: Self.graph)) }
        var options = CentralityOptions()
        options.katzAlpha = 5
        #expect(throws: CentralityError.katzDiverged(alpha: 5)) {
            try MeasuredGraph(graph: Self.graph).centralities([.katz], options: options)
        }
    }

    @Test("on the two-mode graph, degree, closeness and betweenness are Borgatti and Everett's; sampling them is refused")
    func twoMode() throws {
        let network = try NetworkFile.read(path: RabatProcessTests.root.appendingPathComponent("graphs/rabat-process.yaml").path)
        let measured = network.measuredGraph(.twoMode)
        let twoMode = try #require(measured.twoMode)
        let columns = try measured.centralities([.degree, .closeness, .betweenness, .harmonic])
        #expect(columns[0].values == twoMode.degreeCentrality().values)
        #expect(columns[1].values == twoMode.closenessCentrality().values)
        #expect(columns[2].values == twoMode.betweennessCentrality().values)
        #expect(columns[3].values == twoMode.graph.harmonicCentrality().values)
        var options = CentralityOptions()
        options.betweennessSamples = 5
        #expect(throws: CentralityError.samplesOnTwoMode) { try measured.centralities([.betweenness], options: options) }
        let projection = network.measuredGraph(.projection)
        #expect(!projection.graph.isWeighted)
        #expect(network.measuredGraph(.projection, weighted: true).graph.isWeighted)
        #expect(projection.networkIndices == network.twoModeGraph().actorProjection().networkIndices)
    }
}
