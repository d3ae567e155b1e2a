/// An analytic graph in compressed sparse rows: 32-bit node indices, optional `Double` weights.
///
/// Nodes are `0..<nodeCount`. The neighbours of `v` are `targets[offsets[v]..<offsets[v + 1]]`, sorted
/// ascending, with `weights` (when present) parallel to `targets`. An undirected graph stores each edge in
/// both rows (a self-loop twice in its row, so that it adds 2 to the degree, as NetworkX counts it).
/// A directed graph also keeps the incoming rows (`inOffsets`, `inSources`, `inWeights`).
/// Parallel edges are kept; ``simplified(combining:countMultiplicity:)`` merges them.
///
/// Algorithms read the arrays directly; they are contiguous and never change after construction.
/// ```swift
/// let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
/// graph.degree(of: 1)     // 2
/// Array(graph.neighbors(of: 1))  // [0, 2]
/// ```
public struct Graph: Sendable, Equatable {
    public let nodeCount: Int
    public let isDirected: Bool
    /// Row starts of the outgoing (undirected: all) adjacency; `nodeCount + 1` entries.
    public let offsets: [Int]
    /// Neighbour indices, row after row, each row sorted ascending.
    public let targets: [UInt32]
    /// Edge weights parallel to `targets`, or nil for an unweighted graph.
    public let weights: [Double]?
    /// Row starts of the incoming adjacency (directed graphs; for undirected graphs the same as `offsets`).
    public let inOffsets: [Int]
    /// Incoming neighbour indices (directed graphs; for undirected graphs the same as `targets`).
    public let inSources: [UInt32]
    /// Weights parallel to `inSources`.
    public let inWeights: [Double]?
    /// The nodes' ids (and names, for a view of a network), with look-up by id in O(1); every result
    /// computed on the graph carries it.
    public let nodeIndex: NodeIndex
    /// The id of each node, for mapping results back; `String(index)` when none were given.
    public var nodeIDs: [String] { nodeIndex.ids }

    /// Builds a graph from an edge list in O(n + m).
    ///
    /// - Parameters:
    ///   - nodeCount: the number of nodes; every index must be below it.
    ///   - sources: the first endpoint of each edge.
    ///   - targets: the second endpoint of each edge, parallel to `sources`.
    ///   - weights: one weight per edge, or nil for an unweighted graph.
    ///   - directed: whether an edge goes only from its source to its target.
    ///   - nodeIDs: one id per node, or nil to name nodes by their index.
    ///   - nodeNames: one display name per node, or nil (results then show ids).
    /// - Complexity: O(n + m) time, two counting-sort passes, no hashing.
    public init(
        nodeCount: Int, sources: [UInt32], targets: [UInt32], weights: [Double]? = nil,
        directed: Bool = false, nodeIDs: [String]? = nil, nodeNames: [String]? = nil
    ) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        precondition(weights == nil || weights!.count == sources.count, "weights differ in length from the edges")
        precondition(nodeCount >= 0 && nodeCount <= Int(UInt32.max), "node count out of range")
        precondition(nodeIDs == nil || nodeIDs!.count == nodeCount, "nodeIDs differ in length from nodeCount")
        self.nodeCount = nodeCount
        self.isDirected = directed
        precondition(nodeNames == nil || nodeNames!.count == nodeCount, "nodeNames differ in length from nodeCount")
        self.nodeIndex = nodeIDs.map { NodeIndex(ids: $0, names: nodeNames) } ?? NodeIndex(count: nodeCount)
        if directed {
            // Incoming rows in input order, then transpose twice: each transpose yields sorted rows.
            let incoming = CompressedRows(rows: nodeCount, from: targets, to: sources, weights: weights)
            let outgoing = incoming.transposed()
            let sortedIncoming = outgoing.transposed()
            (offsets, self.targets, self.weights) = (outgoing.offsets, outgoing.columns, outgoing.values)
            (inOffsets, inSources, inWeights) = (sortedIncoming.offsets, sortedIncoming.columns, sortedIncoming.values)
        } else {
            // Both directions in input order; the graph is symmetric, so its transpose is itself with sorted rows.
            let both = CompressedRows(symmetricRows: nodeCount, sources: sources, targets: targets, weights: weights)
            let sorted = both.transposed()
            (offsets, self.targets, self.weights) = (sorted.offsets, sorted.columns, sorted.values)
            (inOffsets, inSources, inWeights) = (offsets, self.targets, self.weights)
        }
        checkInvariantsInDebug()
    }

    /// Builds a graph from an edge list of `Int` node indices, as the initialiser taking `[UInt32]` does from
    /// 32-bit ones.
    /// ```swift
    /// let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
    /// ```
    /// - Precondition: every index is in `0..<nodeCount` (a programming error otherwise).
    /// - Complexity: O(n + m).
    @_disfavoredOverload  // literals, `[]` among them, keep choosing the `[UInt32]` form
    public init(
        nodeCount: Int, sources: [Int], targets: [Int], weights: [Double]? = nil,
        directed: Bool = false, nodeIDs: [String]? = nil, nodeNames: [String]? = nil
    ) {
        precondition(
            sources.allSatisfy { $0 >= 0 && $0 < nodeCount } && targets.allSatisfy { $0 >= 0 && $0 < nodeCount },
            "a node index is outside 0..<nodeCount")
        self.init(
            nodeCount: nodeCount, sources: sources.map { UInt32($0) }, targets: targets.map { UInt32($0) },
            weights: weights, directed: directed, nodeIDs: nodeIDs, nodeNames: nodeNames)
    }

    /// Assembles a graph from rows that are already compressed and sorted (used by views and transforms).
    init(nodeCount: Int, directed: Bool, rows: CompressedRows, incoming: CompressedRows?, nodeIndex: NodeIndex) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.nodeIndex = nodeIndex
        (offsets, targets, weights) = (rows.offsets, rows.columns, rows.values)
        let incoming = incoming ?? rows
        (inOffsets, inSources, inWeights) = (incoming.offsets, incoming.columns, incoming.values)
        checkInvariantsInDebug()
    }

    /// Assembles a graph from rows as given, without the debug check: for tests that show the check catches
    /// a corrupted graph.
    init(uncheckedNodeCount nodeCount: Int, directed: Bool, rows: CompressedRows, incoming: CompressedRows?) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.nodeIndex = NodeIndex(count: nodeCount)
        (offsets, targets, weights) = (rows.offsets, rows.columns, rows.values)
        let incoming = incoming ?? rows
        (inOffsets, inSources, inWeights) = (incoming.offsets, incoming.columns, incoming.values)
    }

    /// Number of edges: each undirected edge once, each directed arc once.
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }
    /// Number of stored adjacency entries (2 per undirected edge).
    public var arcCount: Int { targets.count }
    public var isWeighted: Bool { weights != nil }

    /// Out-degree (undirected: degree) of `node`, counting a self-loop twice when undirected.
    /// - Complexity: O(1).
    @inlinable public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }
    /// In-degree of `node` (undirected: its degree).
    /// - Complexity: O(1).
    @inlinable public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// The out-neighbours (undirected: neighbours) of `node`, ascending.
    /// - Complexity: O(1).
    @inlinable public func neighbors(of node: Int) -> ArraySlice<UInt32> { targets[offsets[node]..<offsets[node + 1]] }
    /// The in-neighbours of `node`, ascending.
    @inlinable public func inNeighbors(of node: Int) -> ArraySlice<UInt32> { inSources[inOffsets[node]..<inOffsets[node + 1]] }

    /// The weights of the out-edges of `node`, parallel to `neighbors(of:)`; all 1 when unweighted.
    public func edgeWeights(of node: Int) -> [Double] {
        if let weights { return Array(weights[offsets[node]..<offsets[node + 1]]) }
        return Array(repeating: 1, count: degree(of: node))
    }

    /// Whether there is an edge from `u` to `v`.
    /// - Complexity: O(log degree(u)).
    public func hasEdge(from u: Int, to v: Int) -> Bool {
        targets.position(of: UInt32(v), in: offsets[u]..<offsets[u + 1]) != nil
    }

    /// The index of the node with this id, or nil.
    /// - Complexity: O(1) expected (the graph's ``nodeIndex`` builds its table in O(n) on first use).
    public func index(of id: String) -> Int? { nodeIndex.index(of: id) }

    /// The same graph with parallel edges merged (weights added, or combined as asked).
    ///
    /// An unweighted graph becomes weighted by multiplicity only when it had parallel edges and
    /// `countMultiplicity` is true; otherwise it stays unweighted.
    /// - Complexity: O(n + m).
    public func simplified(combining combine: (Double, Double) -> Double = (+), countMultiplicity: Bool = false) -> Graph {
        func merge(_ rows: CompressedRows) -> CompressedRows {
            var offsets = [Int](repeating: 0, count: nodeCount + 1)
            var columns: [UInt32] = []
            columns.reserveCapacity(rows.columns.count)
            let keepWeights = rows.values != nil || countMultiplicity
            var values: [Double] = []
            if keepWeights { values.reserveCapacity(rows.columns.count) }
            for row in 0..<nodeCount {
                var previous: UInt32? = nil
                for position in rows.offsets[row]..<rows.offsets[row + 1] {
                    let column = rows.columns[position]
                    let value = rows.values?[position] ?? 1
                    if column == previous {
                        if keepWeights { values[values.count - 1] = combine(values[values.count - 1], value) }
                    } else {
                        columns.append(column)
                        if keepWeights { values.append(value) }
                        previous = column
                    }
                }
                offsets[row + 1] = columns.count
            }
            return CompressedRows(offsets: offsets, columns: columns, values: keepWeights ? values : nil)
        }
        let out = merge(CompressedRows(offsets: offsets, columns: targets, values: weights))
        let incoming = isDirected ? merge(CompressedRows(offsets: inOffsets, columns: inSources, values: inWeights)) : nil
        return Graph(nodeCount: nodeCount, directed: isDirected, rows: out, incoming: incoming, nodeIndex: nodeIndex)
    }
}

/// Compressed rows with optional values: the storage behind ``Graph``.
struct CompressedRows: Sendable {
    var offsets: [Int]
    var columns: [UInt32]
    var values: [Double]?

    init(offsets: [Int], columns: [UInt32], values: [Double]?) {
        self.offsets = offsets
        self.columns = columns
        self.values = values
    }

    /// Rows `from[i]` holding `to[i]`, in input order (a stable counting sort).
    init(rows: Int, from: [UInt32], to: [UInt32], weights: [Double]?) {
        var offsets = [Int](repeating: 0, count: rows + 1)
        for row in from { offsets[Int(row) + 1] += 1 }
        for row in 0..<rows { offsets[row + 1] += offsets[row] }
        var cursor = offsets
        var columns = [UInt32](repeating: 0, count: from.count)
        var values: [Double]? = weights.map { [Double](repeating: 0, count: $0.count) }
        for index in from.indices {
            let row = Int(from[index])
            let slot = cursor[row]
            cursor[row] = slot + 1
            columns[slot] = to[index]
            if let weights { values![slot] = weights[index] }
        }
        self.init(offsets: offsets, columns: columns, values: values)
    }

    /// Rows holding every edge in both directions, in input order.
    init(symmetricRows rows: Int, sources: [UInt32], targets: [UInt32], weights: [Double]?) {
        var offsets = [Int](repeating: 0, count: rows + 1)
        for index in sources.indices {
            offsets[Int(sources[index]) + 1] += 1
            offsets[Int(targets[index]) + 1] += 1
        }
        for row in 0..<rows { offsets[row + 1] += offsets[row] }
        var cursor = offsets
        var columns = [UInt32](repeating: 0, count: sources.count * 2)
        var values: [Double]? = weights.map { _ in [Double](repeating: 0, count: sources.count * 2) }
        columns.withUnsafeMutableBufferPointer { columns in
            cursor.withUnsafeMutableBufferPointer { cursor in
                for index in sources.indices {
                    let u = sources[index]
                    let v = targets[index]
                    let slotU = cursor[Int(u)]
                    cursor[Int(u)] = slotU + 1
                    columns[slotU] = v
                    let slotV = cursor[Int(v)]
                    cursor[Int(v)] = slotV + 1
                    columns[slotV] = u
                    if let weights {
                        values![slotU] = weights[index]
                        values![slotV] = weights[index]
                    }
                }
            }
        }
        self.init(offsets: offsets, columns: columns, values: values)
    }

    /// The transpose; its rows come out sorted by column because rows are visited in order.
    func transposed() -> CompressedRows {
        let rows = offsets.count - 1
        var newOffsets = [Int](repeating: 0, count: rows + 1)
        for column in columns { newOffsets[Int(column) + 1] += 1 }
        for row in 0..<rows { newOffsets[row + 1] += newOffsets[row] }
        var cursor = newOffsets
        var newColumns = [UInt32](repeating: 0, count: columns.count)
        var newValues: [Double]? = values.map { [Double](repeating: 0, count: $0.count) }
        newColumns.withUnsafeMutableBufferPointer { newColumns in
            cursor.withUnsafeMutableBufferPointer { cursor in
                columns.withUnsafeBufferPointer { columns in
                    offsets.withUnsafeBufferPointer { offsets in
                        for row in 0..<rows {
                            for position in offsets[row]..<offsets[row + 1] {
                                let column = Int(columns[position])
                                let slot = cursor[column]
                                cursor[column] = slot + 1
                                newColumns[slot] = UInt32(truncatingIfNeeded: row)
                                if let values { newValues![slot] = values[position] }
                            }
                        }
                    }
                }
            }
        }
        return CompressedRows(offsets: newOffsets, columns: newColumns, values: newValues)
    }
}
