/// When an iterative centrality stops.
///
/// By default (``precise``) it iterates until the relative L1 change ‖x′ − x‖₁ / ‖x′‖₁ falls below 1e-12:
/// the fixed point to about twelve digits, what a dense solver (or igraph's PRPACK) gives. A caller who wants
/// NetworkX's digits passes NetworkX's tolerance instead, and gets NetworkX's own stopping rule.
enum IterationStop: Sendable, Equatable {
    /// ‖x′ − x‖₁ ≤ `relative` · ‖x′‖₁.
    case relative(Double)
    /// ‖x′ − x‖₁ < `absolute` (NetworkX's rule: n · tol for PageRank, eigenvector and Katz, tol for HITS).
    case absolute(Double)

    /// The default stop: a relative change below 1e-12.
    static let precise = IterationStop.relative(1e-12)

    /// The public `tolerance:` argument: nil for ``precise``, otherwise NetworkX's rule, whose threshold is
    /// `tolerance` per node (times `scale`, the node count, for all but HITS).
    init(tolerance: Double?, scale: Int) {
        if let tolerance { self = .absolute(tolerance * Double(scale)) } else { self = .precise }
    }

    /// A change that overflowed (a diverging Katz series: inf ≤ 1e-12 · inf) never meets the stop.
    func isMet(change: Double, size: Double) -> Bool {
        guard change.isFinite else { return false }
        return switch self {
        case .relative(let limit): change <= limit * size
        case .absolute(let limit): change < limit
        }
    }
}

/// The power iteration shared by eigenvector, Katz and HITS: x ← c · step(x), double-buffered, until the
/// change meets an ``IterationStop``.
///
/// `step(source, target)` writes the next vector into `target` and returns the factor c that scales it
/// (1 / ‖·‖ for a normalised iteration, 1 for an affine one such as Katz). The scaling, the L1 change and
/// the L1 size of the new vector are then computed in one pass over fixed ``RowBlocks`` and added in block
/// order, so the result does not depend on the thread count. Nothing is allocated per iteration.
enum PowerIteration {
    /// The fixed point from `start`, or nil when `maxIterations` steps were not enough.
    /// - Complexity: O(iterations · (n + cost of `step`)).
    static func fixedPoint(
        start: [Double], blocks: RowBlocks, threads: Int, stop: IterationStop, maxIterations: Int,
        step: (_ source: UnsafeMutableBufferPointer<Double>, _ target: UnsafeMutableBufferPointer<Double>) -> Double
    ) -> [Double]? {
        counted(start: start, blocks: blocks, threads: threads, stop: stop, maxIterations: maxIterations, step: step)?
            .values
    }

    /// ``fixedPoint(start:blocks:threads:stop:maxIterations:step:)`` with the number of steps it took.
    static func counted(
        start: [Double], blocks: RowBlocks, threads: Int, stop: IterationStop, maxIterations: Int,
        step: (_ source: UnsafeMutableBufferPointer<Double>, _ target: UnsafeMutableBufferPointer<Double>) -> Double
    ) -> (values: [Double], steps: Int)? {
        var steps = 0
        var current = start
        var next = [Double](repeating: 0, count: start.count)
        var partials = [Double](repeating: 0, count: 2 * blocks.count)
        let converged: Bool = withMutableBuffers(&current, &next, &partials) { current, next, partials in
            var (x, y) = (current, next)
            for _ in 0..<maxIterations {
                steps += 1
                let (source, target) = (x, y)
                let factor = step(source, target)
                blocks.forEach(threads: threads) { block, rows in
                    var change = 0.0
                    var size = 0.0
                    for node in rows {
                        let value = target[node] * factor
                        target[node] = value
                        change += abs(value - source[node])
                        size += abs(value)
                    }
                    partials[2 * block] = change
                    partials[2 * block + 1] = size
                }
                var change = 0.0
                var size = 0.0
                for block in 0..<blocks.count {
                    change += partials[2 * block]
                    size += partials[2 * block + 1]
                }
                swap(&x, &y)
                if stop.isMet(change: change, size: size) {
                    if x.baseAddress != current.baseAddress { _ = current.update(fromContentsOf: x) }
                    return true
                }
            }
            return false
        }
        return converged ? (current, steps) : nil
    }
}
