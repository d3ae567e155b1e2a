extension Graph {
    /// The first broken invariant of the compressed rows, or nil when the graph is sound.
    ///
    /// The invariants every algorithm relies on when it reads the rows without bounds checks:
    /// - `offsets` and `inOffsets` have `nodeCount + 1` entries, start at 0, never decrease, and end at the
    ///   number of entries;
    /// - every target and source is a node index below `nodeCount`, and each row is sorted ascending;
    /// - weights, when present, run parallel to their rows;
    /// - the incoming rows are the transpose of the outgoing rows (for an undirected graph, whose incoming rows
    ///   are its outgoing rows, the rows are symmetric), weights included.
    ///
    /// Checked on every graph built in a debug build (so the whole test suite runs it), never in release.
    /// - Complexity: O(n + m) time and memory.
    package func invariantViolation() -> String? {
        if let problem = Self.rowsViolation(offsets, targets, weights, nodeCount: nodeCount, name: "outgoing") { return problem }
        if let problem = Self.rowsViolation(inOffsets, inSources, inWeights, nodeCount: nodeCount, name: "incoming") { return problem }
        if (weights == nil) != (inWeights == nil) { return "outgoing and incoming rows differ in having weights" }
        let transpose = CompressedRows(offsets: offsets, columns: targets, values: weights).transposed()
        if transpose.offsets != inOffsets || transpose.columns != inSources {
            return isDirected ? "the incoming rows are not the transpose of the outgoing rows" : "the rows are not symmetric"
        }
        // Bit patterns, not `==`: a NaN weight (refused by the readers, but a graph may be built with one in code)
        // must not look like a broken transpose.
        if let values = transpose.values, let inWeights,
            !values.elementsEqual(inWeights, by: { $0.bitPattern == $1.bitPattern })
        {
            return isDirected ? "the incoming weights are not those of the outgoing rows" : "the weights are not symmetric"
        }
        return nil
    }

    /// Traps in a debug build when ``invariantViolation()`` finds a broken invariant; nothing in release.
    @inline(__always)
    func checkInvariantsInDebug() {
        #if DEBUG
            if let problem = invariantViolation() { preconditionFailure("Graph invariant broken: \(problem)") }
        #endif
    }

    private static func rowsViolation(_ offsets: [Int], _ columns: [UInt32], _ values: [Double]?, nodeCount: Int, name: String) -> String? {
        guard offsets.count == nodeCount + 1 else { return "\(name) offsets have \(offsets.count) entries for \(nodeCount) nodes" }
        guard offsets.first == 0, offsets.last == columns.count else { return "\(name) offsets do not span the \(columns.count) entries" }
        if let values, values.count != columns.count { return "\(name) weights differ in length from their rows" }
        for row in 0..<nodeCount where offsets[row] > offsets[row + 1] { return "\(name) offsets decrease at node \(row)" }
        for row in 0..<nodeCount {
            var previous: UInt32? = nil
            for position in offsets[row]..<offsets[row + 1] {
                let column = columns[position]
                guard Int(column) < nodeCount else { return "\(name) row \(row) holds node \(column), out of range" }
                if let previous, column < previous { return "\(name) row \(row) is not sorted" }
                previous = column
            }
        }
        return nil
    }
}
