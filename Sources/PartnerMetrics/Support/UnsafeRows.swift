import PartnerGraph

/// The one read-only unsafe view of compressed rows that hot loops read through without bounds checks:
/// shortest paths (with arc lengths), bit-parallel searches, and the row sums of iterative methods (with
/// edge weights). Valid only inside the `with…` call that made it.
struct UnsafeRows {
    /// Row starts; `nodeCount + 1` entries.
    let offsets: UnsafeBufferPointer<Int>
    /// Column (neighbour) indices, row after row.
    let targets: UnsafeBufferPointer<UInt32>
    /// One value per entry, parallel to `targets`: edge weights for row sums, arc lengths for Dijkstra;
    /// nil when the rows carry none (unweighted, or breadth-first search).
    let values: UnsafeBufferPointer<Double>?

    var nodeCount: Int { offsets.count - 1 }

    /// Calls `body` with the given rows as unsafe buffers.
    static func with<R>(
        offsets: [Int], targets: [UInt32], values: [Double]? = nil, _ body: (UnsafeRows) throws -> R
    ) rethrows -> R {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try withOptionalBuffer(values) { values in
                    try body(UnsafeRows(offsets: offsets, targets: targets, values: values))
                }
            }
        }
    }

    /// Calls `body` with the outgoing and incoming rows of `graph` (the same rows when undirected), with
    /// the edge weights as values when `weighted`.
    static func with<R>(
        _ graph: Graph, weighted: Bool, _ body: (_ outgoing: UnsafeRows, _ incoming: UnsafeRows) throws -> R
    ) rethrows -> R {
        try with(offsets: graph.offsets, targets: graph.targets, values: weighted ? graph.weights : nil) { outgoing in
            try with(offsets: graph.inOffsets, targets: graph.inSources, values: weighted ? graph.inWeights : nil) {
                incoming in try body(outgoing, incoming)
            }
        }
    }

    /// Σ over the row of `row` of `vector[column] × value` (× 1 without values).
    @inline(__always)
    func rowSum(_ row: Int, _ vector: UnsafeMutableBufferPointer<Double>) -> Double {
        let start = offsets[row]
        let end = offsets[row + 1]
        var sum = 0.0
        if let values {
            var position = start
            while position < end {
                sum += vector[Int(targets[position])] * values[position]
                position += 1
            }
        } else {
            // Two accumulators shorten the dependency chain; the order is fixed, so results stay reproducible.
            var even = 0.0
            var odd = 0.0
            var position = start
            while position + 1 < end {
                even += vector[Int(targets[position])]
                odd += vector[Int(targets[position + 1])]
                position += 2
            }
            if position < end { even += vector[Int(targets[position])] }
            sum = even + odd
        }
        return sum
    }

    /// Σ of the row's values (its length without values).
    @inline(__always)
    func rowWeight(_ row: Int) -> Double {
        guard let values else { return Double(offsets[row + 1] - offsets[row]) }
        var sum = 0.0
        for position in offsets[row]..<offsets[row + 1] { sum += values[position] }
        return sum
    }
}

/// Calls `body` with `array`'s buffer, or nil.
func withOptionalBuffer<R>(_ array: [Double]?, _ body: (UnsafeBufferPointer<Double>?) throws -> R) rethrows -> R {
    guard let array else { return try body(nil) }
    return try array.withUnsafeBufferPointer { try body($0) }
}
