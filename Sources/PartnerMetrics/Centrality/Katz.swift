extension Graph {
    /// Katz centrality: every walk ending at a node counts, attenuated by `alpha` per step.
    ///
    ///     x(v) = α · Σ_{u→v} w(u,v) · x(u) + β,    i.e.  x = β (I − α Aᵀ)⁻¹ 1
    ///
    /// Iterated from x = 0 as NetworkX's `katz_centrality` does, stopping when the L1 change < n · tolerance,
    /// then (when `normalized`) scaled to unit L2 norm. The series converges only when α < 1/λ_max (the
    /// largest eigenvalue of A); otherwise the iteration limit is reached and the function throws.
    ///
    /// Reference: Katz (1953), "A new status index derived from sociometric analysis"; NetworkX `katz_centrality`.
    /// - Parameters:
    ///   - alpha: the attenuation factor per step, below 1/λ_max.
    ///   - beta: the weight each node receives for free.
    ///   - normalized: scale the result to unit L2 norm.
    ///   - weighted: use edge weights (NetworkX's default is unweighted).
    ///   - tolerance: the stopping threshold per node for the L1 change.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Complexity: O((n + m) · iterations) time, O(n) extra memory.
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true, weighted: Bool = false,
        tolerance: Double = 1e-6, maxIterations: Int = 1000, threads: Int? = nil
    ) throws -> NodeScores {
        let measure = "katz"
        let n = nodeCount
        if n == 0 { return NodeScores(name: measure, values: [], nodeIDs: []) }
        let threads = ParallelScheduler.threadCount(threads)
        let blocks = RowBlocks(offsets: inOffsets)
        var current = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var partials = [Double](repeating: 0, count: blocks.count)
        let limit = Double(n) * tolerance
        let converged: Bool = UnsafeRows.with(self, weighted: weighted) { _, incoming in
            current.withUnsafeMutableBufferPointer { current in
                next.withUnsafeMutableBufferPointer { next in
                    partials.withUnsafeMutableBufferPointer { partials in
                        var (x, y) = (current, next)
                        for _ in 0..<maxIterations {
                            let (source, target) = (x, y)
                            blocks.forEach(threads: threads) { block, rows in
                                var change = 0.0
                                for node in rows {
                                    let value = alpha * incoming.rowSum(node, source) + beta
                                    target[node] = value
                                    change += abs(value - source[node])
                                }
                                partials[block] = change
                            }
                            swap(&x, &y)
                            if orderedSum(partials) < limit {
                                if x.baseAddress != current.baseAddress { _ = current.update(fromContentsOf: x) }
                                return true
                            }
                        }
                        return false
                    }
                }
            }
        }
        guard converged else { throw IterationError.notConverged(measure: measure, iterations: maxIterations) }
        if normalized {
            let norm = current.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for index in current.indices { current[index] /= norm } }
        }
        return NodeScores(name: measure, values: current, nodeIDs: nodeIDs)
    }
}
