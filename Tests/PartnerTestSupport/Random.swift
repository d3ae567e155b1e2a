import PartnerGraph
import PartnerMetrics

/// The one seeded generator of the tests: PartnerMetrics' ``SplitMix64``, the generator of the package's own
/// seeded sampling, so that every random case is the same on every run and every machine.
public typealias SeededGenerator = SplitMix64

/// A seeded random graph of `nodeCount` nodes (ids `v0`, `v1`...) and exactly `edgeCount` distinct edges
/// between distinct nodes, with integer weights from 1 to 5 when `weighted`: the one random-graph maker of
/// the tests.
/// - Precondition: `edgeCount` is at most the number of node pairs (ordered pairs when `directed`).
/// - Complexity: O(m) expected time while `edgeCount` is well below the number of pairs.
public func randomGraph(
    nodeCount: Int, edgeCount: Int, seed: UInt64, directed: Bool = false, weighted: Bool = false
) -> Graph {
    let pairs = nodeCount * (nodeCount - 1) / (directed ? 1 : 2)
    precondition(edgeCount <= pairs, "\(edgeCount) edges do not fit in \(nodeCount) nodes")
    var generator = SeededGenerator(seed: seed)
    var seen = Set<UInt64>()
    var sources: [UInt32] = []
    var targets: [UInt32] = []
    var weights: [Double] = []
    while sources.count < edgeCount {
        var u = UInt32.random(in: 0..<UInt32(nodeCount), using: &generator)
        var v = UInt32.random(in: 0..<UInt32(nodeCount), using: &generator)
        if u == v { continue }
        if !directed && u > v { swap(&u, &v) }
        guard seen.insert(UInt64(u) << 32 | UInt64(v)).inserted else { continue }
        sources.append(u)
        targets.append(v)
        weights.append(Double(Int.random(in: 1...5, using: &generator)))
    }
    return Graph(
        nodeCount: nodeCount, sources: sources, targets: targets, weights: weighted ? weights : nil,
        directed: directed, nodeIDs: (0..<nodeCount).map { "v\($0)" })
}

/// The same graph with its nodes in a seeded random order (ids and weights travel with their nodes), for
/// tests that a result does not depend on the node order.
/// - Complexity: O(n + m).
public func permuted(_ graph: Graph, seed: UInt64) -> Graph {
    var generator = SeededGenerator(seed: seed)
    let order = Array(0..<graph.nodeCount).shuffled(using: &generator)  // new position -> old node
    var position = [Int](repeating: 0, count: graph.nodeCount)
    for (new, old) in order.enumerated() { position[old] = new }
    var sources: [UInt32] = []
    var targets: [UInt32] = []
    var weights: [Double] = []
    for u in 0..<graph.nodeCount {
        for (offset, v) in graph.neighbors(of: u).enumerated() where graph.isDirected || Int(v) >= u {
            // An undirected self-loop is stored twice in its row; keep one copy.
            if !graph.isDirected && Int(v) == u && offset % 2 == 1 { continue }
            sources.append(UInt32(position[u]))
            targets.append(UInt32(position[Int(v)]))
            if let w = graph.weights { weights.append(w[graph.offsets[u] + offset]) }
        }
    }
    return Graph(
        nodeCount: graph.nodeCount, sources: sources, targets: targets,
        weights: graph.weights == nil ? nil : weights, directed: graph.isDirected,
        nodeIDs: order.map { graph.nodeIDs[$0] })
}
