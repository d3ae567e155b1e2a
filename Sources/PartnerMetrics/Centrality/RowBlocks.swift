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

    /// Runs `body(block, rows)` for every block, on up to `threads` threads (nil: the default count).
    ///
    /// `body` must write only to memory owned by its block (its rows, its partial-sum slot).
    func forEach(threads: Int?, _ body: (Int, Range<Int>) -> Void) {
        ParallelScheduler.forEachChunk(chunkCount: ranges.count, threads: threads, reportsProgress: false, makeWorkspace: {}) {
            block, _ in body(block, ranges[block])
        }
    }
}

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

/// Sums `partials` in index order (the fixed-order reduction behind thread-count independence).
@inline(__always)
func orderedSum(_ partials: UnsafeMutableBufferPointer<Double>) -> Double {
    var sum = 0.0
    for value in partials { sum += value }
    return sum
}
