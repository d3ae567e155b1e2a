extension Graph {
    /// Katz centrality: every walk ending at a node counts, attenuated by `alpha` per step.
    ///
    ///     x(v) = α · Σ_{u→v} w(u,v) · x(u) + β,    i.e.  x = β (I − α Aᵀ)⁻¹ 1
    ///
    /// Iterated from x = 0 as NetworkX's `katz_centrality` does, stopping when the L1
    /// change is below 1e-12 relative to ‖x‖₁ (or, with a `tolerance`, below n · tolerance, NetworkX's rule),
    /// then (when `normalized`) scaled to unit L2 norm. The series converges only when α < 1/λ_max (the
    /// largest eigenvalue of A); otherwise the iteration limit is reached and the function throws.
    ///
    /// Reference: Katz (1953), "A new status index derived from sociometric analysis"; NetworkX `katz_centrality`.
    /// - Parameters:
    ///   - alpha: the attenuation factor per step, below 1/λ_max.
    ///   - beta: the weight each node receives for free.
    ///   - normalized: scale the result to unit L2 norm.
    ///   - weighted: use edge weights (NetworkX's default is unweighted).
    ///   - tolerance: nil (the default) for a relative L1 change of 1e-12; a number for NetworkX's rule with it.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Complexity: O((n + m) · iterations) time, O(n) extra memory.
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true, weighted: Bool = false,
        tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil
    ) throws -> NodeScores {
        let measure = "katz"
        let n = nodeCount
        if n == 0 { return NodeScores(name: measure, values: [], nodeIDs: []) }
        let threads = ParallelScheduler.threadCount(threads)
        let blocks = RowBlocks(offsets: inOffsets)
        let values: [Double]? = UnsafeRows.with(self, weighted: weighted) { _, incoming in
            PowerIteration.fixedPoint(
                start: [Double](repeating: 0, count: n), blocks: blocks, threads: threads,
                stop: IterationStop(tolerance: tolerance, scale: n), maxIterations: maxIterations
            ) { source, target in
                blocks.forEach(threads: threads) { _, rows in
                    for node in rows { target[node] = alpha * incoming.rowSum(node, source) + beta }
                }
                return 1
            }
        }
        guard var current = values else { throw IterationError.notConverged(measure: measure, iterations: maxIterations) }
        if normalized {
            let norm = current.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for index in current.indices { current[index] /= norm } }
        }
        return NodeScores(name: measure, values: current, nodes: nodeIndex)
    }
}
