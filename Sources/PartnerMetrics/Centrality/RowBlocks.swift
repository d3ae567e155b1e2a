import Dispatch
import Foundation

/// A fixed partition of a graph's rows into blocks of about the same number of adjacency entries.
///
/// The partition depends only on the graph, never on the number of threads: each block's partial sums are
/// stored in its own slot and added in block order afterwards, so an iterative method returns the same bits
/// whether it runs on one thread or many. Threads take blocks round-robin.
struct RowBlocks: Sendable {
    /// Row ranges, in order, covering `0..<rowCount`.
    let ranges: [Range<Int>]

    /// Cuts rows into blocks of roughly `entriesPerBlock` entries (and at most `rowsPerBlock` rows).
    /// - Complexity: O(number of blocks × log n).
    init(offsets: [Int], entriesPerBlock: Int = 1 << 16, rowsPerBlock: Int = 1 << 14) {
        let rows = offsets.count - 1
        var ranges: [Range<Int>] = []
        var start = 0
        while start < rows {
            // The first row whose end passes the budget, found by binary search on the offsets.
            let budget = offsets[start] + entriesPerBlock
            var low = start + 1
            var high = min(rows, start + rowsPerBlock)
            while low < high {
                let mid = (low + high) / 2
                if offsets[mid] < budget { low = mid + 1 } else { high = mid }
            }
            ranges.append(start..<low)
            start = low
        }
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// Runs `body(block, rows)` for every block, on up to `threads` threads.
    ///
    /// `body` must write only to memory owned by its block (its rows, its partial-sum slot).
    func forEach(threads: Int, _ body: (Int, Range<Int>) -> Void) {
        let workers = max(1, min(threads, ranges.count))
        if workers == 1 {
            for (block, range) in ranges.enumerated() { body(block, range) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var block = worker
                while block < ranges.count {
                    box.value(block, ranges[block])
                    block += workers
                }
            }
        }
    }
}

/// Carries a non-Sendable value into `concurrentPerform`, whose workers only touch disjoint memory.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The default number of threads: the active processor count.
func defaultThreadCount() -> Int { ProcessInfo.processInfo.activeProcessorCount }

/// Why an iterative method stopped without an answer.
public enum IterationError: Error, Equatable, LocalizedError {
    /// The method did not meet its tolerance within the allowed iterations.
    case notConverged(measure: String, iterations: Int)
    /// A parameter is outside its domain (a damping factor outside [0, 1], a vector of the wrong length...).
    case invalidParameter(measure: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notConverged(let measure, let iterations):
            "\(measure) did not converge in \(iterations) iterations; raise the iteration limit or the tolerance"
        case .invalidParameter(let measure, let reason):
            "\(measure): \(reason)"
        }
    }
}

/// Read-only unsafe view of one side of a graph's adjacency (incoming rows for pull-based iteration).
///
/// Valid only inside ``withAdjacency(of:incoming:weighted:_:)``; hot loops read through it without bounds checks.
struct AdjacencyView {
    let offsets: UnsafeBufferPointer<Int>
    let columns: UnsafeBufferPointer<UInt32>
    /// Nil when the graph is unweighted or weights are not wanted.
    let weights: UnsafeBufferPointer<Double>?

    /// Σ over the row of `row` of `values[column] × weight`.
    @inline(__always)
    func rowSum(_ row: Int, _ values: UnsafeMutableBufferPointer<Double>) -> Double {
        let start = offsets[row]
        let end = offsets[row + 1]
        var sum = 0.0
        if let weights {
            var position = start
            while position < end {
                sum += values[Int(columns[position])] * weights[position]
                position += 1
            }
        } else {
            // Two accumulators shorten the dependency chain; the order is fixed, so results stay reproducible.
            var even = 0.0
            var odd = 0.0
            var position = start
            while position + 1 < end {
                even += values[Int(columns[position])]
                odd += values[Int(columns[position + 1])]
                position += 2
            }
            if position < end { even += values[Int(columns[position])] }
            sum = even + odd
        }
        return sum
    }

    /// Σ of the row's weights (its length when unweighted).
    @inline(__always)
    func rowWeight(_ row: Int) -> Double {
        guard let weights else { return Double(offsets[row + 1] - offsets[row]) }
        var sum = 0.0
        for position in offsets[row]..<offsets[row + 1] { sum += weights[position] }
        return sum
    }
}

/// Calls `body` with unsafe views of the outgoing and incoming rows of `graph`.
func withAdjacency<R>(
    of graph: Graph, weighted: Bool, _ body: (_ outgoing: AdjacencyView, _ incoming: AdjacencyView) throws -> R
) rethrows -> R {
    try graph.offsets.withUnsafeBufferPointer { offsets in
        try graph.targets.withUnsafeBufferPointer { targets in
            try graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                try graph.inSources.withUnsafeBufferPointer { inSources in
                    try withOptionalBuffer(weighted ? graph.weights : nil) { weights in
                        try withOptionalBuffer(weighted ? graph.inWeights : nil) { inWeights in
                            try body(
                                AdjacencyView(offsets: offsets, columns: targets, weights: weights),
                                AdjacencyView(offsets: inOffsets, columns: inSources, weights: inWeights))
                        }
                    }
                }
            }
        }
    }
}

func withOptionalBuffer<R>(_ array: [Double]?, _ body: (UnsafeBufferPointer<Double>?) throws -> R) rethrows -> R {
    guard let array else { return try body(nil) }
    return try array.withUnsafeBufferPointer { try body($0) }
}

/// Sums `partials` in index order (the fixed-order reduction behind thread-count independence).
@inline(__always)
func orderedSum(_ partials: UnsafeMutableBufferPointer<Double>) -> Double {
    var sum = 0.0
    for value in partials { sum += value }
    return sum
}
