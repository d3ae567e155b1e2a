/// One whole number per node of a graph: a count such as a degree, kept as `Int`.
///
/// ```swift
/// let degrees = graph.degreeCounts()
/// degrees["NGA"]          // 4
/// degrees.top(3)          // the three best-connected nodes, ties broken by id
/// ```
public struct NodeCounts: Sendable, Equatable {
    /// What was counted, e.g. "degree".
    public var name: String
    /// One count per node, indexed like the graph.
    public var values: [Int]
    /// The nodes the counts belong to: the index of the graph they were computed on.
    public var nodes: NodeIndex

    /// Creates counts over the nodes of an index.
    public init(name: String, values: [Int], nodes: NodeIndex) {
        precondition(values.count == nodes.count, "one count per node")
        self.name = name
        self.values = values
        self.nodes = nodes
    }

    public var count: Int { values.count }

    /// The count of node `index`.
    @inlinable public subscript(index: Int) -> Int { values[index] }

    /// The count of the node with this id, or nil.
    /// - Complexity: O(1) expected (see ``NodeIndex/index(of:)``).
    public subscript(id: String) -> Int? { nodes.index(of: id).map { values[$0] } }

    /// One ranked entry: a node, its count and its rank.
    public struct Entry: Sendable, Equatable {
        /// The node's index in the graph.
        public var index: Int
        public var id: String
        /// The node's display name (its id when the graph has no names).
        public var name: String
        public var value: Int
        /// 1 for the highest count; equal counts follow id order.
        public var rank: Int
    }

    /// Nodes from the highest count to the lowest; equal counts in ascending id order.
    /// - Complexity: O(n log n).
    public func ranked() -> [Entry] { entries(in: values.indices.sorted(by: precedes)) }

    /// The `k` highest counts, as the first `k` entries of ``ranked()``.
    /// - Complexity: O(n log k).
    public func top(_ k: Int) -> [Entry] { entries(in: TopK.select(k, from: values.indices, by: precedes)) }

    /// The counts as scores, to sit beside other per-node metrics (a table, a diagram's sizes).
    /// - Complexity: O(n).
    public var scores: NodeScores { NodeScores(name: name, values: values.map(Double.init), nodes: nodes) }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        values[a] != values[b] ? values[a] > values[b] : nodes[a] < nodes[b]
    }

    private func entries(in order: [Int]) -> [Entry] {
        order.enumerated().map { rank, index in
            Entry(index: index, id: nodes[index], name: nodes.name(at: index), value: values[index], rank: rank + 1)
        }
    }
}
