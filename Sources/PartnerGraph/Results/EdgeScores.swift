/// One score per edge of a graph: the result of edge betweenness or any per-edge metric.
///
/// Edges are listed as the graph stores them: for an undirected graph each edge once, as `(u, v)` with
/// `u <= v`, row by row; for a directed graph each arc `u -> v` in row order. Parallel edges appear once each.
/// ```swift
/// let scores = graph.edgeBetweennessCentrality()
/// scores[from: "NGA", to: "SEN"]   // the score of that edge (either order when undirected)
/// scores.ranked().first            // the edge that carries most shortest paths
/// ```
public struct EdgeScores: Sendable, Equatable {
    /// What was measured, e.g. "edge betweenness".
    public var name: String
    /// The first endpoint (node index) of each edge.
    public var sources: [Int]
    /// The second endpoint (node index) of each edge, parallel to `sources`.
    public var targets: [Int]
    /// One value per edge, parallel to `sources`.
    public var values: [Double]
    /// The graph's node ids, indexed by node.
    public var nodeIDs: [String]
    /// Whether `(u, v)` and `(v, u)` name the same edge.
    public var isDirected: Bool

    public init(name: String, sources: [Int], targets: [Int], values: [Double], nodeIDs: [String], isDirected: Bool) {
        precondition(sources.count == targets.count && targets.count == values.count, "one value per edge")
        self.name = name
        self.sources = sources
        self.targets = targets
        self.values = values
        self.nodeIDs = nodeIDs
        self.isDirected = isDirected
    }

    public var count: Int { values.count }

    /// The value of the first edge between these node ids (either order when undirected), or nil.
    /// - Complexity: O(n + edges).
    public subscript(from source: String, to target: String) -> Double? {
        guard let u = nodeIDs.firstIndex(of: source), let v = nodeIDs.firstIndex(of: target) else { return nil }
        for index in values.indices {
            if sources[index] == u && targets[index] == v { return values[index] }
            if !isDirected && sources[index] == v && targets[index] == u { return values[index] }
        }
        return nil
    }

    /// One ranked edge.
    public struct Entry: Sendable, Equatable {
        public var index: Int
        public var sourceID: String
        public var targetID: String
        public var value: Double
        /// 1 for the highest value.
        public var rank: Int
    }

    /// Edges from the highest value to the lowest; equal values in ascending (source id, target id) order.
    /// - Complexity: O(edges log edges).
    public func ranked() -> [Entry] {
        let order = values.indices.sorted { a, b in
            if values[a] != values[b] { return values[a] > values[b] }
            let (sa, sb) = (nodeIDs[sources[a]], nodeIDs[sources[b]])
            if sa != sb { return sa < sb }
            let (ta, tb) = (nodeIDs[targets[a]], nodeIDs[targets[b]])
            if ta != tb { return ta < tb }
            return a < b
        }
        return order.enumerated().map { rank, index in
            Entry(
                index: index, sourceID: nodeIDs[sources[index]], targetID: nodeIDs[targets[index]],
                value: values[index], rank: rank + 1)
        }
    }
}
