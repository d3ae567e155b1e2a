extension Graph {
    /// Eigenvector centrality: the leading eigenvector of the adjacency matrix, non-negative, unit L2 norm.
    ///
    ///     x(v) ∝ Σ_{u→v} w(u,v) · x(u)          (the left eigenvector: a node is central when central nodes
    ///                                             point to it; undirected graphs are symmetric)
    ///
    /// The answer is NetworkX's `eigenvector_centrality`: the limit of power iteration on A + I from the
    /// uniform vector (the shift by I makes it converge on bipartite graphs too, without changing the
    /// eigenvector), returned once one more power step x' = (A + I)x / ‖(A + I)x‖ changes it by less than
    /// 1e-12 relative to ‖x'‖₁ (by default), or by less than n · `tolerance` in L1 norm (NetworkX's stopping
    /// rule) when a tolerance is given. A directed graph is iterated that way. An
    /// undirected graph (symmetric A) reaches the same vector by restarted Lanczos from the same start,
    /// which converges with the square root of the power method's spectral-gap ratio: on scale-free graphs,
    /// whose largest eigenvalues sit close together, that is tens of times fewer passes over the edges;
    /// the result is still the vector after a final power step that passes the test.
    ///
    /// Weights summing past 2^400 are first divided by a power of two, which leaves
    /// the eigenvector unchanged and keeps the products of the iteration finite (weights of 1e300 would otherwise
    /// overflow to infinity and leave a vector of zeros).
    ///
    /// On a disconnected graph the rule is NetworkX's: the limit of that iteration from the uniform vector,
    /// that is the projection of the all-ones vector on the eigenspace of the largest eigenvalue, scaled to
    /// unit L2 norm. The components whose largest eigenvalue is the graph's carry the values, every other
    /// node scores 0; components sharing that eigenvalue are weighted by their Perron vectors' sums. (It is
    /// not a per-component centrality: compute one per component for that.)
    ///
    /// Reference: Bonacich (1987), "Power and centrality: a family of measures"; NetworkX `eigenvector_centrality`.
    /// - Parameters:
    ///   - weighted: use edge weights (NetworkX's default is unweighted: `weight=None`).
    ///   - tolerance: nil (the default) to stop at a relative L1 change of 1e-12; a number to stop as NetworkX
    ///     does, when the L1 change is below n · `tolerance` (NetworkX's default is 1e-6).
    ///   - maxIterations: the limit on passes over the edges (matrix-vector products); reaching it throws
    ///     ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Complexity: O((n + m) · passes) time; O(n) extra memory for a directed graph, O(k n) with k = 12
    ///   Lanczos vectors for an undirected one; nothing allocated per pass.
    /// - References: Lanczos (1950); Golub & Van Loan, "Matrix Computations", §10.1 (restarted Lanczos
    ///   with full reorthogonalisation).
    public func eigenvectorCentrality(
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil
    ) throws -> NodeScores {
        let measure = "eigenvector"
        let n = nodeCount
        if n == 0 { return NodeScores(name: measure, values: [], nodeIDs: []) }
        let threads = ParallelScheduler.threadCount(threads)
        if !isDirected {
            guard let values = lanczosEigenvector(weighted: weighted, tolerance: tolerance, maxProducts: maxIterations, threads: threads) else {
                throw IterationError.notConverged(measure: measure, iterations: maxIterations)
            }
            return NodeScores(name: measure, values: values, nodes: nodeIndex)
        }
        let blocks = RowBlocks(offsets: inOffsets)
        var partials = [Double](repeating: 0, count: blocks.count)
        let values: [Double]? = UnsafeRows.with(self, weighted: weighted, scaled: weighted ? overflowSafeWeights() : nil) {
            _, incoming in
            withMutableBuffers(&partials) { partials in
                PowerIteration.fixedPoint(
                    start: [Double](repeating: 1 / Double(n), count: n), blocks: blocks, threads: threads,
                    stop: IterationStop(tolerance: tolerance, scale: n), maxIterations: maxIterations
                ) { source, target in
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
                    return norm > 0 ? 1 / norm : 1
                }
            }
        }
        guard let values else { throw IterationError.notConverged(measure: measure, iterations: maxIterations) }
        return NodeScores(name: measure, values: values, nodes: nodeIndex)
    }

    /// Restarted Lanczos for the leading eigenvector of a symmetric adjacency matrix, started from the
    /// uniform vector; nil when `maxProducts` matrix-vector products were not enough.
    private func lanczosEigenvector(weighted: Bool, tolerance: Double?, maxProducts: Int, threads: Int) -> [Double]? {
        let n = nodeCount
        let steps = min(12, n)
        let blocks = RowBlocks(offsets: offsets)
        let width = steps + 1
        var basis = [Double](repeating: 0, count: width * n)
        var work = [Double](repeating: 0, count: n)
        var estimate = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var partials = [Double](repeating: 0, count: blocks.count * width)
        let stop = IterationStop(tolerance: tolerance, scale: n)
        var products = 0
        return UnsafeRows.with(self, weighted: weighted, scaled: weighted ? overflowSafeWeights() : nil) { _, rows -> [Double]? in
            withMutableBuffers(&basis) { storage in
                let basis = storage
                return withMutableBuffers(&work, &estimate, &partials) { w, x, partials in
                    let vector = { (j: Int) in UnsafeMutableBufferPointer(rebasing: basis[(j * n)..<((j + 1) * n)]) }
                    // Σ over blocks, in block order, of column `slot` of the partial sums.
                    func reduce(_ slot: Int) -> Double {
                        var sum = 0.0
                        for block in 0..<blocks.count { sum += partials[block * width + slot] }
                        return sum
                    }
                    var diagonal = [Double](repeating: 0, count: steps)
                    var offDiagonal = [Double](repeating: 0, count: steps)
                    while products < maxProducts {
                        // One cycle: an orthonormal Krylov basis from the current estimate.
                        _ = vector(0).update(fromContentsOf: x)
                        var size = 0
                        for j in 0..<steps {
                            let v = vector(j)
                            blocks.forEach(threads: threads) { _, range in
                                for row in range { w[row] = rows.rowSum(row, v) }
                            }
                            products += 1
                            // Classical Gram-Schmidt against the whole basis, twice (CGS2).
                            for pass in 0..<2 {
                                blocks.forEach(threads: threads) { block, range in
                                    for i in 0...j {
                                        let u = vector(i)
                                        var dot = 0.0
                                        for row in range { dot += w[row] * u[row] }
                                        partials[block * width + i] = dot
                                    }
                                }
                                var coefficients = [Double](repeating: 0, count: j + 1)
                                for i in 0...j { coefficients[i] = reduce(i) }
                                if pass == 0 { diagonal[j] = coefficients[j] } else { diagonal[j] += coefficients[j] }
                                blocks.forEach(threads: threads) { _, range in
                                    for i in 0...j {
                                        let u = vector(i)
                                        let c = coefficients[i]
                                        for row in range { w[row] -= c * u[row] }
                                    }
                                }
                            }
                            size = j + 1
                            blocks.forEach(threads: threads) { block, range in
                                var squares = 0.0
                                for row in range { squares += w[row] * w[row] }
                                partials[block * width] = squares
                            }
                            let beta = reduce(0).squareRoot()
                            offDiagonal[j] = beta
                            // An invariant subspace: the Ritz vectors are exact.
                            if beta <= 1e-13 * abs(diagonal[j]) || j == steps - 1 || products >= maxProducts { break }
                            let next = vector(j + 1)
                            let scale = 1 / beta
                            blocks.forEach(threads: threads) { _, range in
                                for row in range { next[row] = w[row] * scale }
                            }
                        }
                        // The Ritz vector of the largest Ritz value.
                        let ritz = Self.largestEigenvector(diagonal: Array(diagonal[0..<size]), offDiagonal: Array(offDiagonal[0..<size]))
                        blocks.forEach(threads: threads) { _, range in
                            for row in range {
                                var value = 0.0
                                for i in 0..<size { value += ritz[i] * basis[i * n + row] }
                                x[row] = value
                            }
                        }
                        // NetworkX's test: one power step on A + I, normalised, changes x by < n·tol.
                        blocks.forEach(threads: threads) { block, range in
                            var sum = 0.0
                            var squares = 0.0
                            for row in range {
                                sum += x[row]
                                let value = x[row] + rows.rowSum(row, x)
                                w[row] = value
                                squares += value * value
                            }
                            partials[block * width] = sum
                            partials[block * width + 1] = squares
                        }
                        products += 1
                        // The eigenvector is non-negative: choose the sign with a positive sum.
                        let sign: Double = reduce(0) < 0 ? -1 : 1
                        let norm = reduce(1).squareRoot()
                        let scale = norm > 0 ? sign / norm : sign
                        blocks.forEach(threads: threads) { block, range in
                            var change = 0.0
                            var size = 0.0
                            for row in range {
                                // Perron: the eigenvector is ≥ 0; rounding may leave -1e-17 where it is 0.
                                let value = max(0, w[row] * scale)
                                change += abs(value - sign * x[row])
                                size += value
                                x[row] = value
                            }
                            partials[block * width] = change
                            partials[block * width + 1] = size
                        }
                        if stop.isMet(change: reduce(0), size: reduce(1)) { return Array(x) }
                    }
                    return nil
                }
            }
        }
    }

    /// The unit eigenvector of the largest eigenvalue of a small symmetric tridiagonal matrix (cyclic Jacobi).
    static func largestEigenvector(diagonal: [Double], offDiagonal: [Double]) -> [Double] {
        let m = diagonal.count
        var a = [Double](repeating: 0, count: m * m)
        var v = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            a[i * m + i] = diagonal[i]
            v[i * m + i] = 1
            if i + 1 < m {
                a[i * m + i + 1] = offDiagonal[i]
                a[(i + 1) * m + i] = offDiagonal[i]
            }
        }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<m { for q in (p + 1)..<max(p + 1, m) { off += a[p * m + q] * a[p * m + q] } }
            if off < 1e-30 { break }
            for p in 0..<m {
                for q in (p + 1)..<max(p + 1, m) where a[p * m + q] != 0 {
                    let theta = (a[q * m + q] - a[p * m + p]) / (2 * a[p * m + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<m {
                        let akp = a[k * m + p]
                        let akq = a[k * m + q]
                        a[k * m + p] = c * akp - s * akq
                        a[k * m + q] = s * akp + c * akq
                    }
                    for k in 0..<m {
                        let apk = a[p * m + k]
                        let aqk = a[q * m + k]
                        a[p * m + k] = c * apk - s * aqk
                        a[q * m + k] = s * apk + c * aqk
                    }
                    for k in 0..<m {
                        let vkp = v[k * m + p]
                        let vkq = v[k * m + q]
                        v[k * m + p] = c * vkp - s * vkq
                        v[k * m + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        var best = 0
        for i in 1..<max(1, m) where a[i * m + i] > a[best * m + best] { best = i }
        return (0..<m).map { v[$0 * m + best] }
    }
}
