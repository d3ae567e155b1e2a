/// The two scores of Kleinberg's HITS: hubs point to good authorities, authorities are pointed to by good hubs.
public struct HubsAndAuthorities: Sendable, Equatable {
    /// Hub scores, summing to 1.
    public var hubs: NodeScores
    /// Authority scores, summing to 1.
    public var authorities: NodeScores
}

extension Graph {
    /// HITS hubs and authorities: the leading left and right singular vectors of the adjacency matrix.
    ///
    ///     a(v) = Σ_{u→v} w(u,v) · h(u),    h(u) = Σ_{u→v} w(u,v) · a(v)
    ///
    /// Power iteration from the uniform hub vector, each vector scaled by its maximum
    /// after every step, stopping when the L1 change of the hubs is below 1e-12 relative to their L1 norm
    /// (or, with a `tolerance`, below it, not multiplied by n, as in NetworkX), and finally both scaled to sum 1. NetworkX 3 computes the same vectors with a sparse SVD; they agree
    /// whenever the largest singular value is simple. (When it is not, e.g. on a bipartite undirected graph,
    /// the answer depends on the starting vector and this one returns the limit from the uniform start.)
    /// An undirected graph has hubs = authorities.
    ///
    /// Reference: Kleinberg (1999), "Authoritative sources in a hyperlinked environment"; NetworkX `hits`.
    /// - Parameters:
    ///   - weighted: use edge weights. Default false, like every other centrality here (NetworkX's `hits` uses
    ///     the `weight` attribute when present: pass true to match it).
    ///   - tolerance: nil (the default) for a relative change of 1e-12; a number for NetworkX's rule with it.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: the number of threads (default: all cores). The result does not depend on it.
    /// - Complexity: O((n + m) · iterations) time, O(n) extra memory.
    public func hubsAndAuthorities(
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil
    ) throws -> HubsAndAuthorities {
        let n = nodeCount
        if n == 0 {
            return HubsAndAuthorities(
                hubs: NodeScores(name: "hubs", values: [], nodeIDs: []),
                authorities: NodeScores(name: "authorities", values: [], nodeIDs: []))
        }
        let threads = ParallelScheduler.threadCount(threads)
        let inBlocks = RowBlocks(offsets: inOffsets)
        let outBlocks = RowBlocks(offsets: offsets)
        var authorities = [Double](repeating: 0, count: n)
        var partials = [Double](repeating: 0, count: max(inBlocks.count, outBlocks.count))
        let hubs: [Double]? = UnsafeRows.with(self, weighted: weighted) { outgoing, incoming in
            withMutableBuffers(&authorities, &partials) { authorities, partials in
                PowerIteration.fixedPoint(
                    start: [Double](repeating: 1 / Double(n), count: n), blocks: outBlocks, threads: threads,
                    stop: IterationStop(tolerance: tolerance, scale: 1), maxIterations: maxIterations
                ) { source, target in
                    inBlocks.forEach(threads: threads) { block, rows in
                        var largest = 0.0
                        for node in rows {
                            let value = incoming.rowSum(node, source)
                            authorities[node] = value
                            largest = max(largest, value)
                        }
                        partials[block] = largest
                    }
                    let authorityScale = 1 / Self.maximum(partials, count: inBlocks.count)
                    inBlocks.forEach(threads: threads) { _, rows in
                        for node in rows { authorities[node] *= authorityScale }
                    }
                    outBlocks.forEach(threads: threads) { block, rows in
                        var largest = 0.0
                        for node in rows {
                            let value = outgoing.rowSum(node, authorities)
                            target[node] = value
                            largest = max(largest, value)
                        }
                        partials[block] = largest
                    }
                    return 1 / Self.maximum(partials, count: outBlocks.count)
                }
            }
        }
        guard let hubs else { throw IterationError.notConverged(measure: "hits", iterations: maxIterations) }
        func unitSum(_ values: [Double]) -> [Double] {
            let total = values.reduce(0, +)
            return total > 0 ? values.map { $0 / total } : values
        }
        return HubsAndAuthorities(
            hubs: NodeScores(name: "hubs", values: unitSum(hubs), nodes: nodeIndex),
            authorities: NodeScores(name: "authorities", values: unitSum(authorities), nodes: nodeIndex))
    }

    static func maximum(_ partials: UnsafeMutableBufferPointer<Double>, count: Int) -> Double {
        var largest = 0.0
        for block in 0..<count { largest = max(largest, partials[block]) }
        return largest > 0 ? largest : 1
    }
}
