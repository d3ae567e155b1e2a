/// One score per node of a graph: the result of a centrality or any per-node metric.
///
/// Values are a dense array indexed like the graph's nodes; ``nodes`` (the graph's ``NodeIndex``) maps them
/// back to ids and names, and finds a node by id in constant time.
/// ```swift
/// let scores = graph.betweennessCentrality()
/// scores["NGA"]                 // the score of node NGA
/// scores.top(5)                 // the five highest, ties broken by id, each with its node's id and name
/// ```
public struct NodeScores: Sendable, Equatable {
    /// What was measured, e.g. "betweenness".
    public var name: String
    /// One value per node, indexed like the graph.
    public var values: [Double]
    /// The nodes the values belong to: the index of the graph they were computed on.
    public var nodes: NodeIndex

    /// One id per node, parallel to `values` (the ids of ``nodes``).
    public var nodeIDs: [String] {
        get { nodes.ids }
        set { nodes = NodeIndex(ids: newValue) }
    }

    /// Creates scores over nodes known by id only.
    public init(name: String, values: [Double], nodeIDs: [String]) {
        self.init(name: name, values: values, nodes: NodeIndex(ids: nodeIDs))
    }

    /// Creates scores over the nodes of an index (usually a graph's ``Graph/nodeIndex``).
    public init(name: String, values: [Double], nodes: NodeIndex) {
        precondition(values.count == nodes.count, "one value per node id")
        self.name = name
        self.values = values
        self.nodes = nodes
    }

    public var count: Int { values.count }

    /// The value of node `index`.
    @inlinable public subscript(index: Int) -> Double { values[index] }

    /// The value of the node with this id, or nil.
    /// - Complexity: O(1) expected (see ``NodeIndex/index(of:)``).
    public subscript(id: String) -> Double? {
        nodes.index(of: id).map { values[$0] }
    }

    /// One ranked entry: a node, its value and its rank.
    public struct Entry: Sendable, Equatable {
        /// The node's index in the graph.
        public var index: Int
        /// The node's id.
        public var id: String
        /// The node's display name (its id when the graph has no names).
        public var name: String
        public var value: Double
        /// 1 for the highest value; equal values share no rank, they follow id order.
        public var rank: Int

        /// Creates an entry.
        public init(index: Int, id: String, name: String, value: Double, rank: Int) {
            self.index = index
            self.id = id
            self.name = name
            self.value = value
            self.rank = rank
        }
    }

    /// Nodes from the highest value to the lowest; equal values in ascending id order, so the ranking
    /// never depends on input order.
    /// - Complexity: O(n log n).
    public func ranked() -> [Entry] {
        entries(in: values.indices.sorted(by: precedes))
    }

    /// The `k` highest-valued nodes, as the first `k` entries of ``ranked()``.
    /// - Complexity: O(n log k).
    public func top(_ k: Int) -> [Entry] {
        entries(in: TopK.select(k, from: values.indices, by: precedes))
    }

    /// The values restricted to some nodes (e.g. the actors of a two-mode graph), in the given order.
    public func subset(_ indices: some Sequence<Int>) -> NodeScores {
        let picked = Array(indices)
        return NodeScores(name: name, values: picked.map { values[$0] }, nodes: nodes.subset(picked))
    }

    /// Higher values first, then ids in ascending order.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        if values[a] != values[b] { return values[a] > values[b] }
        return nodes[a] < nodes[b]
    }

    private func entries(in order: [Int]) -> [Entry] {
        order.enumerated().map { rank, index in
            Entry(index: index, id: nodes[index], name: nodes.name(at: index), value: values[index], rank: rank + 1)
        }
    }
}
