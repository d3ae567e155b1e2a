import PartnerGraph

/// The one read-only unsafe view of compressed rows that hot loops read through without bounds checks:
/// shortest paths (with arc lengths), bit-parallel searches, searches over components, community
/// aggregation, pair counting, and the row sums of iterative methods (with edge weights). Valid only inside
/// the `with…` call that made it.
///
/// This file is the only place in PartnerMetrics that opens arrays as unsafe buffers: rows through
/// ``with(offsets:targets:values:_:)`` and ``with(_:weighted:_:)``, a kernel's working arrays through
/// ``withBuffers(_:_:)`` (read) and ``withMutableBuffers(_:_:)`` (read and write). Bounds are left unchecked
/// only because the rows were checked when they were built: `Graph` checks its own invariants in debug builds
/// (offsets increasing, targets in range, incoming rows the transpose of outgoing rows), and the handle
/// checks in debug builds that the rows it opens are consistent in length.
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
        assert(!offsets.isEmpty && offsets.last == targets.count, "rows: the last offset is not the target count")
        // Searches that read no lengths pass an empty array.
        assert(values.map { $0.isEmpty || $0.count == targets.count } ?? true, "rows: one value per target")
        return try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try withOptionalBuffer(values) { values in
                    try body(UnsafeRows(offsets: offsets, targets: targets, values: values))
                }
            }
        }
    }

    /// Calls `body` with the outgoing and incoming rows of `graph` (the same rows when undirected), with
    /// the edge weights as values when `weighted`: the stored ones, or `scaled` (such as
    /// ``/PartnerGraph/Graph/overflowSafeWeights()``) when given.
    static func with<R>(
        _ graph: Graph, weighted: Bool, scaled: (out: [Double], in: [Double])? = nil,
        _ body: (_ outgoing: UnsafeRows, _ incoming: UnsafeRows) throws -> R
    ) rethrows -> R {
        let out = weighted ? (scaled?.out ?? graph.weights) : nil
        let incoming = weighted ? (scaled?.in ?? graph.inWeights) : nil
        return try with(offsets: graph.offsets, targets: graph.targets, values: out) { outgoing in
            try with(offsets: graph.inOffsets, targets: graph.inSources, values: incoming) {
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

// MARK: - Working arrays

/// Calls `body` with `array`'s buffer, or nil.
@inline(__always)
func withOptionalBuffer<R>(_ array: [Double]?, _ body: (UnsafeBufferPointer<Double>?) throws -> R) rethrows -> R {
    guard let array else { return try body(nil) }
    return try array.withUnsafeBufferPointer { try body($0) }
}

/// Calls `body` with read access to `a` without bounds checks; the buffer is valid only inside `body`.
@inline(__always)
func withBuffers<A, R>(_ a: [A], _ body: (UnsafeBufferPointer<A>) throws -> R) rethrows -> R {
    try a.withUnsafeBufferPointer(body)
}

/// Calls `body` with read access to two arrays without bounds checks.
@inline(__always)
func withBuffers<A, B, R>(
    _ a: [A], _ b: [B], _ body: (UnsafeBufferPointer<A>, UnsafeBufferPointer<B>) throws -> R
) rethrows -> R {
    try withBuffers(a) { a in try withBuffers(b) { b in try body(a, b) } }
}

/// Calls `body` with read access to three arrays without bounds checks.
@inline(__always)
func withBuffers<A, B, C, R>(
    _ a: [A], _ b: [B], _ c: [C],
    _ body: (UnsafeBufferPointer<A>, UnsafeBufferPointer<B>, UnsafeBufferPointer<C>) throws -> R
) rethrows -> R {
    try withBuffers(a, b) { a, b in try withBuffers(c) { c in try body(a, b, c) } }
}

/// Calls `body` with read and write access to `a` without bounds checks; the buffer is valid only inside
/// `body`, and `a` is not otherwise accessed meanwhile.
@inline(__always)
func withMutableBuffers<A, R>(_ a: inout [A], _ body: (UnsafeMutableBufferPointer<A>) throws -> R) rethrows -> R {
    try a.withUnsafeMutableBufferPointer { try body($0) }
}

/// Calls `body` with read and write access to two arrays without bounds checks.
@inline(__always)
func withMutableBuffers<A, B, R>(
    _ a: inout [A], _ b: inout [B], _ body: (UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>) throws -> R
) rethrows -> R {
    try withMutableBuffers(&a) { a in try withMutableBuffers(&b) { b in try body(a, b) } }
}

/// Calls `body` with read and write access to three arrays without bounds checks.
@inline(__always)
func withMutableBuffers<A, B, C, R>(
    _ a: inout [A], _ b: inout [B], _ c: inout [C],
    _ body: (UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>, UnsafeMutableBufferPointer<C>) throws -> R
) rethrows -> R {
    try withMutableBuffers(&a, &b) { a, b in try withMutableBuffers(&c) { c in try body(a, b, c) } }
}

/// Calls `body` with read and write access to four arrays without bounds checks.
@inline(__always)
func withMutableBuffers<A, B, C, D, R>(
    _ a: inout [A], _ b: inout [B], _ c: inout [C], _ d: inout [D],
    _ body: (
        UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>, UnsafeMutableBufferPointer<C>,
        UnsafeMutableBufferPointer<D>
    ) throws -> R
) rethrows -> R {
    try withMutableBuffers(&a, &b, &c) { a, b, c in try withMutableBuffers(&d) { d in try body(a, b, c, d) } }
}
