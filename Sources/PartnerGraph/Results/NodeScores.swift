/// One score per node of a graph: the result of a centrality or any per-node metric.
///
/// Values are a dense array indexed like the graph's nodes; `nodeIDs` maps them back to ids.
/// ```swift
/// let scores = graph.betweennessCentrality()
/// scores["NGA"]                 // the score of node NGA
/// scores.ranked().prefix(5)     // the five highest, ties broken by id
/// ```
public struct NodeScores: Sendable, Equatable {
    /// What was measured, e.g. "betweenness".
    public var name: String
    /// One value per node, indexed like the graph.
    public var values: [Double]
    /// One id per node, parallel to `values`.
    public var nodeIDs: [String]

    public init(name: String, values: [Double], nodeIDs: [String]) {
        precondition(values.count == nodeIDs.count, "one value per node id")
        self.name = name
        self.values = values
        self.nodeIDs = nodeIDs
    }

    public var count: Int { values.count }

    /// The value of node `index`.
    @inlinable public subscript(index: Int) -> Double { values[index] }

    /// The value of the node with this id, or nil.
    /// - Complexity: O(n).
    public subscript(id: String) -> Double? {
        nodeIDs.firstIndex(of: id).map { values[$0] }
    }

    /// One ranked entry.
    public struct Entry: Sendable, Equatable {
        public var index: Int
        public var id: String
        public var value: Double
        /// 1 for the highest value; equal values share no rank, they follow id order.
        public var rank: Int
    }

    /// Nodes from the highest value to the lowest; equal values in ascending id order, so the ranking
    /// never depends on input order.
    /// - Complexity: O(n log n).
    public func ranked() -> [Entry] {
        let order = values.indices.sorted { a, b in
            if values[a] != values[b] { return values[a] > values[b] }
            return nodeIDs[a] < nodeIDs[b]
        }
        return order.enumerated().map { Entry(index: $1, id: nodeIDs[$1], value: values[$1], rank: $0 + 1) }
    }

    /// The values restricted to some nodes (e.g. the actors of a two-mode graph), in the given order.
    public func subset(_ indices: some Sequence<Int>) -> NodeScores {
        let picked = Array(indices)
        return NodeScores(name: name, values: picked.map { values[$0] }, nodeIDs: picked.map { nodeIDs[$0] })
    }
}
