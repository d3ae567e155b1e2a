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
    /// The nodes of the graph the scores were computed on.
    public var nodes: NodeIndex
    /// The graph's node ids, indexed by node (the ids of ``nodes``).
    public var nodeIDs: [String] {
        get { nodes.ids }
        set { nodes = NodeIndex(ids: newValue) }
    }
    /// Whether `(u, v)` and `(v, u)` name the same edge.
    public var isDirected: Bool

    /// Creates edge scores over nodes known by id only.
    public init(name: String, sources: [Int], targets: [Int], values: [Double], nodeIDs: [String], isDirected: Bool) {
        self.init(
            name: name, sources: sources, targets: targets, values: values, nodes: NodeIndex(ids: nodeIDs),
            isDirected: isDirected)
    }

    /// Creates edge scores over the nodes of an index (usually a graph's ``Graph/nodeIndex``).
    public init(name: String, sources: [Int], targets: [Int], values: [Double], nodes: NodeIndex, isDirected: Bool) {
        precondition(sources.count == targets.count && targets.count == values.count, "one value per edge")
        self.name = name
        self.sources = sources
        self.targets = targets
        self.values = values
        self.nodes = nodes
        self.isDirected = isDirected
    }

    public var count: Int { values.count }

    /// The value of the first edge between these node ids (either order when undirected), or nil.
    /// - Complexity: O(edges); the ids are found in O(1).
    public subscript(from source: String, to target: String) -> Double? {
        guard let u = nodes.index(of: source), let v = nodes.index(of: target) else { return nil }
        for index in values.indices {
            if sources[index] == u && targets[index] == v { return values[index] }
            if !isDirected && sources[index] == v && targets[index] == u { return values[index] }
        }
        return nil
    }

    /// One ranked edge, with its end nodes' ids and names.
    public struct Entry: Sendable, Equatable {
        public var index: Int
        public var sourceID: String
        public var targetID: String
        /// The display name of the first endpoint (its id when the graph has no names).
        public var sourceName: String
        /// The display name of the second endpoint.
        public var targetName: String
        public var value: Double
        /// 1 for the highest value.
        public var rank: Int
    }

    /// Edges from the highest value to the lowest; equal values in ascending (source id, target id) order.
    /// - Complexity: O(edges log edges).
    public func ranked() -> [Entry] {
        entries(in: values.indices.sorted(by: precedes))
    }

    /// The `k` highest-valued edges, as the first `k` entries of ``ranked()``.
    /// - Complexity: O(edges log k).
    public func top(_ k: Int) -> [Entry] {
        entries(in: TopK.select(k, from: values.indices, by: precedes))
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        if values[a] != values[b] { return values[a] > values[b] }
        let (sa, sb) = (nodes[sources[a]], nodes[sources[b]])
        if sa != sb { return sa < sb }
        let (ta, tb) = (nodes[targets[a]], nodes[targets[b]])
        if ta != tb { return ta < tb }
        return a < b
    }

    private func entries(in order: [Int]) -> [Entry] {
        order.enumerated().map { rank, index in
            Entry(
                index: index, sourceID: nodes[sources[index]], targetID: nodes[targets[index]],
                sourceName: nodes.name(at: sources[index]), targetName: nodes.name(at: targets[index]),
                value: values[index], rank: rank + 1)
        }
    }
}
