extension Graph {
    /// PageRank: the stationary distribution of a random walk that follows an out-edge with probability
    /// `damping` and otherwise jumps to a node drawn from the personalisation vector.
    ///
    ///     x'(v) = d · Σ_{u→v} x(u) · w(u,v) / s(u)  +  d · (Σ_{u dangling} x(u)) · q(v)  +  (1 − d) · p(v)
    ///
    /// where s(u) is the out-strength of u (its out-degree when unweighted), a dangling node has s(u) = 0,
    /// p is the personalisation (uniform by default) and q the dangling distribution (p by default).
    /// An undirected edge is followed both ways. By default the result is the exact solution to about twelve
    /// digits, as igraph's PRPACK gives it: on an undirected graph (whose dangling nodes, if any, follow the
    /// teleport) by conjugate gradients on the symmetric form of the system (to a
    /// relative residual of 1e-14); otherwise by power iteration from the uniform vector
    /// until the L1 change Σ|x' − x| is below 1e-12 (x sums to 1, so that is the relative change). With a
    /// `tolerance`, power iteration stops when Σ|x' − x| < n · tolerance, exactly as NetworkX's `pagerank`
    /// does, so that results agree with NetworkX's to its digits (its default is 1e-6).
    ///
    /// Reference: Page, Brin, Motwani & Winograd (1999), "The PageRank citation ranking: bringing order
    /// to the web"; NetworkX `pagerank`.
    ///
    /// ```swift
    /// let scores = try graph.pageRank(damping: 0.85, tolerance: 1e-10)
    /// scores.ranked().first?.id
    /// ```
    /// - Parameters:
    ///   - damping: the probability of following an edge, in [0, 1] (NetworkX's `alpha`).
    ///   - personalization: one non-negative value per node, not all zero (normalised to sum 1); nil for uniform.
    ///   - dangling: where the walk goes from a node without out-edges, one value per node; nil to use the
    ///     personalisation.
    ///   - weighted: follow edges in proportion to their weights (when the graph has weights). Default false,
    ///     like every other centrality here (NetworkX's `pagerank` reads weights by default: pass true to match it).
    ///   - tolerance: nil (the default) for a relative L1 change of 1e-12; a number for NetworkX's rule with it.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Returns: scores summing to 1.
    /// - Complexity: O((n + m) · iterations) time (at damping 0.85 by default: about 170 iterations of power
    ///   iteration, some 30 to 50 steps of conjugate gradients), O(n) extra memory, nothing allocated per
    ///   iteration.
    public func pageRank(
        damping: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil
    ) throws -> NodeScores {
        try pageRankSolution(
            damping: damping, personalization: personalization, dangling: dangling, weighted: weighted,
            tolerance: tolerance, maxIterations: maxIterations, threads: threads
        ).scores
    }

    /// ``pageRank(damping:personalization:dangling:weighted:tolerance:maxIterations:threads:)`` with how it
    /// was solved; `solver` forces a method (power iteration, to measure against).
    package func pageRankSolution(
        damping: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil,
        solver: PageRankSolver = .automatic
    ) throws -> PageRankSolution {
        let n = nodeCount
        let measure = "pagerank"
        guard damping >= 0, damping <= 1 else {
            throw IterationError.invalidParameter(measure: measure, reason: "damping \(damping) is outside [0, 1]")
        }
        if n == 0 {
            return PageRankSolution(scores: NodeScores(name: measure, values: [], nodeIDs: []), method: solver, steps: 0)
        }
        let teleport = try Self.distribution(personalization, count: n, measure: measure, name: "personalization")
        let danglingTarget =
            try dangling.map {
                try Self.distribution($0, count: n, measure: measure, name: "dangling vector")
            } ?? teleport
        let threads = ParallelScheduler.threadCount(threads)
        let blocks = RowBlocks(offsets: inOffsets)

        // The inverse out-strength of each node, 0 for dangling nodes; and the list of dangling nodes.
        var inverseStrength = [Double](repeating: 0, count: n)
        var danglingNodes: [UInt32] = []
        UnsafeRows.with(self, weighted: weighted) { outgoing, _ in
            for node in 0..<n {
                let strength = outgoing.rowWeight(node)
                if strength == 0 { danglingNodes.append(UInt32(node)) } else { inverseStrength[node] = 1 / strength }
            }
        }

        // Undirected, at the default precision, with dangling nodes (isolated ones) sent where the teleport
        // goes: the symmetric solve, in about a third of power iteration's steps.
        if solver == .automatic && !isDirected && tolerance == nil && damping < 1
            && (dangling == nil || danglingNodes.isEmpty)
        {
            let solved = UnsafeRows.with(self, weighted: weighted) { rows, _ in
                SymmetricPageRankSolver(damping: damping, blocks: blocks, threads: threads)
                    .solve(rows: rows, teleport: teleport, maxIterations: maxIterations)
            }
            guard let solved else { throw IterationError.notConverged(measure: measure, iterations: maxIterations) }
            return PageRankSolution(
                scores: NodeScores(name: measure, values: solved.values, nodes: nodeIndex),
                method: .conjugateGradients, steps: solved.steps)
        }

        var scaled = [Double](repeating: 0, count: n)
        let solved: (values: [Double], steps: Int)? = UnsafeRows.with(self, weighted: weighted) { _, incoming in
            withMutableBuffers(&scaled) { scaled in
                withBuffers(inverseStrength, teleport, danglingTarget) { inverseStrength, teleport, danglingTarget in
                    PowerIteration.counted(
                        start: [Double](repeating: 1 / Double(n), count: n), blocks: blocks, threads: threads,
                        stop: IterationStop(tolerance: tolerance, scale: n), maxIterations: maxIterations
                    ) { source, target in
                        var danglingMass = 0.0
                        for node in danglingNodes { danglingMass += source[Int(node)] }
                        danglingMass *= damping
                        blocks.forEach(threads: threads) { _, rows in
                            for node in rows { scaled[node] = source[node] * inverseStrength[node] }
                        }
                        blocks.forEach(threads: threads) { _, rows in
                            for node in rows {
                                target[node] =
                                    damping * incoming.rowSum(node, scaled)
                                    + danglingMass * danglingTarget[node] + (1 - damping) * teleport[node]
                            }
                        }
                        return 1
                    }
                }
            }
        }
        guard let solved else { throw IterationError.notConverged(measure: measure, iterations: maxIterations) }
        return PageRankSolution(
            scores: NodeScores(name: measure, values: solved.values, nodes: nodeIndex), method: .powerIteration,
            steps: solved.steps)
    }

    /// A per-node vector normalised to sum 1 (uniform when nil), checked for length and sign.
    static func distribution(_ vector: [Double]?, count: Int, measure: String, name: String) throws -> [Double] {
        guard let vector else { return [Double](repeating: 1 / Double(count), count: count) }
        guard vector.count == count else {
            throw IterationError.invalidParameter(
                measure: measure, reason: "the \(name) has \(vector.count) values for \(count) nodes")
        }
        guard vector.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw IterationError.invalidParameter(measure: measure, reason: "the \(name) has a negative or infinite value")
        }
        let total = vector.reduce(0, +)
        guard total > 0 else {
            throw IterationError.invalidParameter(measure: measure, reason: "the \(name) sums to 0")
        }
        return vector.map { $0 / total }
    }
}

/// How PageRank is solved.
package enum PageRankSolver: Sendable, Equatable {
    /// Conjugate gradients on the symmetric form when the graph is undirected and the precision is the default;
    /// power iteration otherwise.
    case automatic
    /// Power iteration.
    case powerIteration
    /// Conjugate gradients (``SymmetricPageRankSolver``); what `.automatic` reports when it chose them.
    case conjugateGradients
}

/// A PageRank vector with the method that produced it and its number of steps (matrix-vector products).
package struct PageRankSolution: Sendable {
    package let scores: NodeScores
    package let method: PageRankSolver
    package let steps: Int
}
