import Foundation

/// The nodes a graph or a result is indexed by: one id per node (and a display name when the graph came from
/// a network), with look-up by id in constant time.
///
/// A graph hands its index to every result computed on it, so a result knows the nodes it covers and
/// can be placed on a network or another view by id. Copies share one look-up table, built on the first
/// look-up by id.
/// ```swift
/// let scores = graph.betweennessCentrality()
/// scores.nodes.index(of: "NGA")   // the node's index in the graph, in O(1)
/// scores.nodes.name(at: 0)        // "Nigeria" when the graph is a view of a network
/// ```
public struct NodeIndex: Sendable, Equatable, RandomAccessCollection {
    /// The id of each node, indexed like the graph.
    public let ids: [String]
    /// The display name of each node, parallel to `ids`, or nil when not known (a graph built from indices).
    public let names: [String]?
    private let table: LookUpTable

    /// Creates an index.
    /// - Parameters:
    ///   - ids: one id per node; ids should be distinct (a repeated id finds its first node).
    ///   - names: one display name per node, or nil.
    /// - Complexity: O(1); the look-up table is built on the first ``index(of:)``, in O(n).
    public init(ids: [String], names: [String]? = nil) {
        precondition(names == nil || names!.count == ids.count, "one name per node id")
        self.ids = ids
        self.names = names
        self.table = LookUpTable()
    }

    /// Nodes named by their index: "0", "1"...
    init(count: Int) {
        self.init(ids: (0..<count).map { String($0) })
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }
    /// The id of node `index`.
    public subscript(index: Int) -> String { ids[index] }

    /// The index of the node with this id, or nil.
    /// - Complexity: O(1) expected; the first look-up of an index and its copies builds the table in O(n).
    public func index(of id: String) -> Int? { table.positions(of: ids)[id] }

    /// Whether a node has this id.
    /// - Complexity: O(1) expected, as ``index(of:)``.
    public func contains(id: String) -> Bool { index(of: id) != nil }

    /// The display name of node `index`: its name when known, otherwise its id.
    /// - Complexity: O(1).
    public func name(at index: Int) -> String { names?[index] ?? ids[index] }

    /// The index restricted to some nodes, in the given order.
    /// - Complexity: O(k) for k indices.
    public func subset(_ indices: some Sequence<Int>) -> NodeIndex {
        let picked = Array(indices)
        return NodeIndex(ids: picked.map { ids[$0] }, names: names.map { names in picked.map { names[$0] } })
    }

    /// Two indices are equal when they list the same ids and names.
    public static func == (lhs: NodeIndex, rhs: NodeIndex) -> Bool {
        lhs.ids == rhs.ids && lhs.names == rhs.names
    }

    /// The id -> index dictionary, built once under a lock and shared by copies.
    private final class LookUpTable: @unchecked Sendable {
        private let lock = NSLock()
        private var built: [String: Int]?

        func positions(of ids: [String]) -> [String: Int] {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            var positions: [String: Int] = [:]
            positions.reserveCapacity(ids.count)
            for (index, id) in ids.enumerated() where positions[id] == nil { positions[id] = index }
            built = positions
            return positions
        }
    }
}
