extension Graph {
    /// Eigenvector centrality: the leading eigenvector of the adjacency matrix, non-negative, unit L2 norm.
    ///
    ///     x(v) ∝ Σ_{u→v} w(u,v) · x(u)          (the left eigenvector: a node is central when central nodes
    ///                                             point to it; undirected graphs are symmetric)
    ///
    /// Computed as NetworkX's `eigenvector_centrality` does: power iteration on A + I from the uniform
    /// vector (the shift by I makes it converge on bipartite graphs too, without changing the eigenvector),
    /// normalised to unit L2 norm after every step, stopping when the L1 change < n · tolerance.
    /// On a disconnected graph the result is the limit of that iteration (the component with the largest
    /// eigenvalue dominates), as in NetworkX.
    ///
    /// Reference: Bonacich (1987), "Power and centrality: a family of measures"; NetworkX `eigenvector_centrality`.
    /// - Parameters:
    ///   - weighted: use edge weights (NetworkX's default is unweighted: `weight=None`).
    ///   - tolerance: the stopping threshold per node for the L1 change.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Complexity: O((n + m) · iterations) time, O(n) extra memory, nothing allocated per iteration.
    public func eigenvectorCentrality(
        weighted: Bool = false, tolerance: Double = 1e-6, maxIterations: Int = 100, threads: Int? = nil
    ) throws -> NodeScores {
        let measure = "eigenvector"
        let n = nodeCount
        if n == 0 { return NodeScores(name: measure, values: [], nodeIDs: []) }
        let threads = threads ?? defaultThreadCount()
        let blocks = RowBlocks(offsets: inOffsets)
        var current = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var partials = [Double](repeating: 0, count: blocks.count)
        let limit = Double(n) * tolerance
        let converged: Bool = withAdjacency(of: self, weighted: weighted) { _, incoming in
            current.withUnsafeMutableBufferPointer { current in
                next.withUnsafeMutableBufferPointer { next in
                    partials.withUnsafeMutableBufferPointer { partials in
                        var (x, y) = (current, next)
                        for _ in 0..<maxIterations {
                            let (source, target) = (x, y)
                            blocks.forEach(threads: threads) { block, rows in
                                var squares = 0.0
                                for node in rows {
                                    let value = source[node] + incoming.rowSum(node, source)
                                    target[node] = value
                                    squares += value * value
                                }
                                partials[block] = squares
                            }
                            let norm = orderedSum(partials).squareRoot()
                            let scale = norm > 0 ? 1 / norm : 1
                            blocks.forEach(threads: threads) { block, rows in
                                var change = 0.0
                                for node in rows {
                                    let value = target[node] * scale
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
        return NodeScores(name: measure, values: current, nodeIDs: nodeIDs)
    }
}
