extension Graph {
    /// The same graph with its weights dropped, so that weighted measures run only when asked for.
    ///
    /// The rows are shared with this graph, not copied (arrays are copy-on-write and a graph never changes).
    /// ```swift
    /// let projection = network.twoModeGraph().actorProjection().graph   // weighted by shared meetings
    /// projection.withoutWeights().isWeighted                             // false, same edges
    /// ```
    /// - Complexity: O(1).
    public func withoutWeights() -> Graph {
        guard isWeighted else { return self }
        let rows = CompressedRows(offsets: offsets, columns: targets, values: nil)
        let incoming = isDirected ? CompressedRows(offsets: inOffsets, columns: inSources, values: nil) : nil
        return Graph(nodeCount: nodeCount, directed: isDirected, rows: rows, incoming: incoming, nodeIndex: nodeIndex)
    }
}
