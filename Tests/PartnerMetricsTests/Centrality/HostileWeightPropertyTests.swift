import Foundation
import PartnerMetrics
import PartnerTestSupport
import Testing

/// Every measure on random hostile graphs: extreme and mixed weights, stars, complete graphs, paths, isolated
/// nodes, one node, two components. Each either refuses the graph with a typed error or gives values that are
/// finite and inside the measure's documented range; nothing is NaN, infinite or impossible. (Katz is left out:
/// its values are not bounded, and α too large for a graph is a typed error tested with Katz.)
@Suite("Hostile weights: every measure in its range or refused")
struct HostileWeightPropertyTests {
    /// Weights across the whole range of doubles, mixed in one graph; the last two are subnormal (a reader
    /// refuses them, and so must the measures' front door when a graph is built by hand).
    static let weights: [Double] = [1e-300, 1e300, 1, 1e16, 1e-16, 2.5, 1e-200, 1e200, 1.7e308, 2.3e-308, 3, 7e100, 5e-324, 1e-310]

    enum Shape: CaseIterable { case star, complete, path, twoComponentsAndIsolated, oneNode, oneEdge, random }

    /// A graph of `shape` with weights drawn from ``weights`` (or all from `pool` when given).
    static func graph(_ shape: Shape, seed: UInt64, directed: Bool, pool: [Double] = weights) -> Graph {
        var generator = SeededGenerator(seed: seed)
        var edges: [(Int, Int)] = []
        var n = Int.random(in: 3...9, using: &generator)
        switch shape {
        case .star: edges = (1..<n).map { (0, $0) }
        case .complete: edges = (0..<n).flatMap { u in ((u + 1)..<n).map { (u, $0) } }
        case .path: edges = (1..<n).map { ($0 - 1, $0) }
        case .twoComponentsAndIsolated:
            n = 7
            edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5)]
        case .oneNode: n = 1
        case .oneEdge:
            n = 2
            edges = [(0, 1)]
        case .random:
            var seen = Set<Int>()
            for _ in 0..<(2 * n) {
                let u = Int.random(in: 0..<n, using: &generator)
                let v = Int.random(in: 0..<n, using: &generator)
                if u != v, seen.insert(min(u, v) * n + max(u, v)).inserted { edges.append((u, v)) }
            }
        }
        let weights = edges.map { _ in pool.randomElement(using: &generator)! }
        return Graph(
            nodeCount: n, sources: edges.map { UInt32($0.0) }, targets: edges.map { UInt32($0.1) }, weights: weights,
            directed: directed, nodeIDs: (0..<n).map { "n\($0)" })
    }

    /// The same graph without weights.
    static func unweighted(_ graph: Graph) -> Graph {
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<graph.nodeCount {
            for position in graph.offsets[u]..<graph.offsets[u + 1] where graph.isDirected || Int(graph.targets[position]) > u {
                sources.append(UInt32(u))
                targets.append(graph.targets[position])
            }
        }
        return Graph(
            nodeCount: graph.nodeCount, sources: sources, targets: targets, directed: graph.isDirected,
            nodeIDs: (0..<graph.nodeCount).map { "n\($0)" })
    }

    /// The documented range of each measure's values on a graph without parallel edges.
    static func range(_ name: String, graph: Graph, weighted: Bool) -> ClosedRange<Double> {
        let unbounded = 0...Double.greatestFiniteMagnitude
        switch name {
        case "betweenness", "clustering", "pagerank", "eigenvector", "hubs", "authorities": return 0...1
        // A directed graph's total degree reaches 2(n - 1).
        case "degree-centrality": return 0...(graph.isDirected ? 2 : 1)
        // Weighted closeness divides by lengths below 1 and is not bounded by 1.
        case "closeness": return weighted ? unbounded : 0...1
        case "katz": return -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
        default: return unbounded
        }
    }

    static let seeds: [UInt64] = Array(1...12)

    @Test("centralities: every value finite and in range, or a typed refusal", arguments: seeds)
    func centralities(seed: UInt64) throws {
        for shape in Shape.allCases {
            for directed in [false, true] {
                let weighted = Self.graph(shape, seed: seed, directed: directed)
                for (graph, isWeighted) in [(weighted, true), (Self.unweighted(weighted), false)] {
                    let measured = MeasuredGraph(graph: graph)
                    for distance in [EdgeDistance.inverseWeight, .weight] {
                        var options = CentralityOptions()
                        options.distance = distance
                        let measures = CentralityMeasure.all(for: measured).filter { $0 != .katz }
                        let columns: [NodeScores]
                        do {
                            columns = try measured.centralities(measures, options: options)
                        } catch let error as CentralityError {
                            // Only weights may be refused, and only when one lies outside the usable range.
                            guard case .unusableWeight(_, _, let weight, _, let usable) = error else {
                                Issue.record("\(shape) directed \(directed): \(error.localizedDescription)")
                                continue
                            }
                            #expect(isWeighted && !usable.contains(weight), "\(shape): \(error.localizedDescription)")
                            continue
                        } catch is IterationError {
                            // An iteration that does not settle (the eigenvector of a directed acyclic graph, whose
                            // largest eigenvalue is 0) is a typed error that names the measure, never a vector.
                            continue
                        }
                        for column in columns {
                            let range = Self.range(column.name, graph: graph, weighted: isWeighted)
                            // Constraint and effective size are undefined (NaN, printed empty) for a node without neighbours.
                            let outside = column.values.indices.filter { node in
                                let value = column.values[node]
                                if value.isNaN && ["constraint", "effective-size"].contains(column.name) { return !Self.isIsolated(node, in: graph) }
                                return !(value.isFinite && (range.contains(value) || abs(value - range.upperBound) < 1e-9))
                            }.map { column.values[$0] }
                            #expect(
                                outside.isEmpty,
                                "\(shape) seed \(seed) directed \(directed) weighted \(isWeighted) \(distance): \(column.name) \(outside.prefix(3))")
                        }
                        // PageRank sums to 1; the eigenvector has unit length on a graph with edges.
                        if let pageRank = columns.first(where: { $0.name == "pagerank" }), graph.nodeCount > 0 {
                            #expect(abs(pageRank.values.reduce(0, +) - 1) < 1e-9, "\(shape) pagerank sums to \(pageRank.values.reduce(0, +))")
                        }
                        if let eigenvector = columns.first(where: { $0.name == "eigenvector" }), graph.targets.count > 0 {
                            let norm = eigenvector.values.reduce(0) { $0 + $1 * $1 }
                            #expect(abs(norm - 1) < 1e-6, "\(shape) seed \(seed) directed \(directed) weighted \(isWeighted): eigenvector norm \(norm)")
                        }
                    }
                }
            }
        }
    }

    @Test("communities: modularity finite and in [-1/2, 1] on any weights", arguments: seeds)
    func communities(seed: UInt64) {
        for shape in Shape.allCases {
            // The weights a reader accepts: subnormal ones are refused at reading (see the readers' weight rule).
            let graph = Self.graph(shape, seed: seed, directed: false, pool: Self.weights.filter(\.isNormal))
            for partition in [graph.louvainCommunities(), graph.leidenCommunities(seed: seed)] {
                #expect(partition.modularity.isFinite && (-0.5...1).contains(partition.modularity), "\(shape) seed \(seed): \(partition.modularity)")
                #expect(partition.communities.count == graph.nodeCount)
            }
            var generator = SeededGenerator(seed: seed)
            let labels = (0..<graph.nodeCount).map { _ in Int.random(in: 0..<3, using: &generator) }
            let q = graph.modularity(of: labels)
            #expect(q.isFinite && (-0.5...1).contains(q), "\(shape) seed \(seed): random partition Q = \(q)")
        }
    }

    @Test("weights of 1e300 give the partition and eigenvector that the same weights scaled to 1 give")
    func scaleFree() throws {
        for seed in Self.seeds {
            let huge = Self.graph(.random, seed: seed, directed: false, pool: [1e300, 3e300, 1.5e308])
            let scaled = Graph(
                nodeCount: huge.nodeCount, sources: Self.edgeSources(huge), targets: Self.edgeTargets(huge),
                weights: Self.edgeWeights(huge).map { $0 / 0x1p1023 }, nodeIDs: (0..<huge.nodeCount).map { "n\($0)" })
            #expect(huge.louvainCommunities().communities == scaled.louvainCommunities().communities)
            #expect(abs(huge.louvainCommunities().modularity - scaled.louvainCommunities().modularity) < 1e-12)
            let a = try huge.eigenvectorCentrality(weighted: true).values
            let b = try scaled.eigenvectorCentrality(weighted: true).values
            #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 }, "seed \(seed): \(a) vs \(b)")
        }
    }

    static func isIsolated(_ node: Int, in graph: Graph) -> Bool {
        graph.offsets[node] == graph.offsets[node + 1] && graph.inOffsets[node] == graph.inOffsets[node + 1]
    }

    static func edgeSources(_ g: Graph) -> [UInt32] { edges(g).map(\.0) }
    static func edgeTargets(_ g: Graph) -> [UInt32] { edges(g).map(\.1) }
    static func edgeWeights(_ g: Graph) -> [Double] { edges(g).map(\.2) }
    static func edges(_ g: Graph) -> [(UInt32, UInt32, Double)] {
        (0..<g.nodeCount).flatMap { u in
            (g.offsets[u]..<g.offsets[u + 1]).compactMap { p in
                Int(g.targets[p]) > u ? (UInt32(u), g.targets[p], g.weights![p]) : nil
            }
        }
    }
}
