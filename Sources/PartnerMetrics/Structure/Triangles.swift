import Dispatch
import Foundation

/// The triangles of a simple undirected graph, per node, and the clustering figures they give.
///
/// A triangle is three distinct nodes linked pairwise; `perNode[v]` counts the triangles through `v`, so
/// `Σ_v perNode[v] = 3 · total`. Self-loops and parallel edges are ignored: `neighbors[v]` is the number of
/// distinct neighbours other than `v`.
/// ```swift
/// let triangles = graph.triangles()
/// triangles.total              // number of triangles
/// triangles.transitivity       // 3 · triangles / connected triples
/// triangles.averageClustering  // mean local clustering, 0 for nodes of degree < 2
/// ```
public struct Triangles: Sendable, Equatable {
    /// Triangles through each node.
    public let perNode: [Int]
    /// Distinct neighbours of each node, itself excluded.
    public let neighbors: [Int]

    /// Builds the result from per-node counts and distinct degrees (parallel arrays).
    /// - Complexity: O(1).
    public init(perNode: [Int], neighbors: [Int]) {
        precondition(perNode.count == neighbors.count, "one count and one degree per node")
        self.perNode = perNode
        self.neighbors = neighbors
    }

    /// The number of triangles: `Σ_v perNode[v] / 3`.
    /// - Complexity: O(n).
    public var total: Int { perNode.reduce(0, +) / 3 }

    /// Connected triples (paths of length two, counted at their centre): `Σ_v k(v)(k(v) − 1) / 2`.
    /// - Complexity: O(n).
    public var connectedTriples: Int { neighbors.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }

    /// Transitivity (global clustering): `T = 3 · triangles / connected triples`, 0 without triples.
    ///
    /// Reference: Newman, Strogatz & Watts (2001); NetworkX `transitivity`; igraph `transitivity_undirected`.
    /// - Complexity: O(n).
    public var transitivity: Double {
        let triples = connectedTriples
        return triples == 0 ? 0 : Double(perNode.reduce(0, +)) / Double(triples)
    }

    /// Local clustering of each node: `c(v) = 2 T(v) / (k(v)(k(v) − 1))`, 0 when `k(v) < 2`.
    ///
    /// Reference: Watts & Strogatz (1998); NetworkX `clustering`.
    /// - Complexity: O(n).
    public var localClustering: [Double] {
        zip(perNode, neighbors).map { triangles, k in k < 2 ? 0 : 2 * Double(triangles) / Double(k * (k - 1)) }
    }

    /// Mean local clustering over every node, nodes of degree below two counting 0 (NetworkX
    /// `average_clustering`; igraph `transitivity_avglocal_undirected(mode="zero")`).
    /// - Complexity: O(n).
    public var averageClustering: Double {
        guard !perNode.isEmpty else { return 0 }
        return localClustering.reduce(0, +) / Double(perNode.count)
    }
}

extension Graph {
    /// Counts the triangles of an undirected graph, in parallel (see ``Triangles``).
    ///
    /// Each edge is oriented from the endpoint of lower (degree, index) rank to the higher, so every node keeps
    /// at most `√(2m)` out-neighbours; each triangle is then found once, from its lowest-ranked node, by marking
    /// that node's out-neighbours and walking theirs (Chiba & Nishizeki 1985; Schank & Wagner 2005, "Finding,
    /// counting and listing all triangles in large graphs"). Nodes are cut into chunks of equal work that do not
    /// depend on the thread count, and counts are integers, so the result never depends on `threads`.
    /// Self-loops and parallel edges are ignored; a directed graph is a precondition failure.
    /// - Parameter threads: worker threads; nil uses every active core.
    /// - Complexity: O(m · √m) time in the worst case (far less on sparse graphs), O(n + m) memory.
    public func triangles(threads: Int? = nil) -> Triangles {
        precondition(!isDirected, "triangles are counted here on undirected graphs")
        // Each undirected edge once, in the row of its lower endpoint, without loops or repeats.
        var upperOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var upper: [UInt32] = []
        upper.reserveCapacity(targets.count / 2)
        for v in 0..<nodeCount {
            var previous = -1
            for position in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[position])
                if u > v && u != previous { upper.append(UInt32(u)) }
                previous = u
            }
            upperOffsets[v + 1] = upper.count
        }
        return TriangleCounter.count(nodeCount: nodeCount, offsets: upperOffsets, partners: upper, threads: threads)
    }
}

extension ActorPairCounts {
    /// The triangles of the unweighted actor projection these counts describe (each linked pair an edge).
    ///
    /// The same kernel as ``PartnerGraph/Graph/triangles(threads:)``, straight from the pair rows, without
    /// building the symmetric projection.
    /// - Parameter threads: worker threads; nil uses every active core.
    /// - Complexity: O(P · √P) time in the worst case for P pairs, O(actors + P) memory.
    public func triangles(threads: Int? = nil) -> Triangles {
        TriangleCounter.count(nodeCount: actorCount, offsets: offsets, partners: partners, threads: threads)
    }
}

/// The degree-ordered triangle count over an edge list given as rows (each undirected edge once, no loops,
/// no repeats; rows need not be sorted).
enum TriangleCounter {
    static func count(nodeCount n: Int, offsets: [Int], partners: [UInt32], threads: Int?) -> Triangles {
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            degree[v] += offsets[v + 1] - offsets[v]
            for position in offsets[v]..<offsets[v + 1] { degree[Int(partners[position])] += 1 }
        }
        guard n > 2, !partners.isEmpty else { return Triangles(perNode: [Int](repeating: 0, count: n), neighbors: degree) }

        // Rank nodes by (degree, index); orient every edge towards the higher rank, in rank space.
        let order = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] < degree[$1] : $0 < $1 }
        var rank = [UInt32](repeating: 0, count: n)
        for (position, v) in order.enumerated() { rank[v] = UInt32(position) }
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n {
            for position in offsets[v]..<offsets[v + 1] {
                let (x, y) = (rank[v], rank[Int(partners[position])])
                forwardOffsets[Int(min(x, y)) + 1] += 1
            }
        }
        for r in 0..<n { forwardOffsets[r + 1] += forwardOffsets[r] }
        var forward = [UInt32](repeating: 0, count: partners.count)
        var cursor = forwardOffsets
        for v in 0..<n {
            for position in offsets[v]..<offsets[v + 1] {
                let (x, y) = (rank[v], rank[Int(partners[position])])
                let low = Int(min(x, y))
                forward[cursor[low]] = max(x, y)
                cursor[low] += 1
            }
        }

        // Sorted out-rows walk the slot array in order, which the cache likes.
        withMutableBuffers(&forward) { forward in
            for r in 0..<n where forwardOffsets[r + 1] - forwardOffsets[r] > 1 {
                var row = UnsafeMutableBufferPointer(rebasing: forward[forwardOffsets[r]..<forwardOffsets[r + 1]])
                row.sort()
            }
        }

        // Chunks of about equal work: a row costs the out-rows it walks.
        var work = [Int](repeating: 0, count: n + 1)
        var widest = 0
        for r in 0..<n {
            widest = max(widest, forwardOffsets[r + 1] - forwardOffsets[r])
            var cost = forwardOffsets[r + 1] - forwardOffsets[r] + 1
            for position in forwardOffsets[r]..<forwardOffsets[r + 1] {
                let s = Int(forward[position])
                cost += forwardOffsets[s + 1] - forwardOffsets[s]
            }
            work[r + 1] = work[r] + cost
        }
        let chunkCount = min(n, 64)
        var bounds = [0]
        for chunk in 1..<chunkCount {
            let goal = work[n] / chunkCount * chunk
            var low = bounds.last!
            var high = n
            while low < high {
                let middle = (low + high) / 2
                if work[middle] < goal { low = middle + 1 } else { high = middle }
            }
            if low > bounds.last! { bounds.append(low) }
        }
        if bounds.last! != n { bounds.append(n) }
        let chunkBounds = bounds
        let rows = forwardOffsets
        let columns = forward
        let rowWidth = widest

        // For row r: slot[t] = 1 + the position of t among r's out-neighbours (0 elsewhere), so a triangle
        // r < s < t adds one to a small per-row tally instead of a random place of the whole count array;
        // the tallies go to the counts once per row.
        let counts = ParallelScheduler.sum(
            length: n, chunkCount: chunkBounds.count - 1, threads: threads,
            makeWorkspace: { TriangleWorkspace(nodeCount: n, rowWidth: rowWidth) }
        ) { chunk, workspace, partial in
            withBuffers(rows, columns) { rows, columns in
                withMutableBuffers(&workspace.slot, &workspace.tally) { slot, tally in
                    for r in chunkBounds[chunk]..<chunkBounds[chunk + 1] {
                        let start = rows[r]
                        let end = rows[r + 1]
                        guard end - start >= 2 else { continue }
                        for position in start..<end {
                            slot[Int(columns[position])] = UInt32(truncatingIfNeeded: position - start + 1)
                            tally[position - start] = 0
                        }
                        var found = 0
                        for position in start..<end {
                            let s = Int(columns[position])
                            var here = 0
                            for inner in rows[s]..<rows[s + 1] {
                                let place = Int(slot[Int(columns[inner])])
                                if place != 0 {
                                    tally[place - 1] &+= 1
                                    here += 1
                                }
                            }
                            partial[s] += Double(here)
                            found += here
                        }
                        partial[r] += Double(found)
                        for position in start..<end {
                            let t = Int(columns[position])
                            slot[t] = 0
                            partial[t] += Double(tally[position - start])
                        }
                    }
                }
            }
        }
        var perNode = [Int](repeating: 0, count: n)
        for v in 0..<n { perNode[v] = Int(counts[Int(rank[v])]) }
        return Triangles(perNode: perNode, neighbors: degree)
    }
}

/// One worker's scratch memory for the triangle count.
struct TriangleWorkspace {
    /// Per node: 1 + its position among the current row's out-neighbours, 0 when it is not one.
    var slot: [UInt32]
    /// Per position of the current row: the triangles found through that out-neighbour as third node.
    var tally: [UInt32]

    init(nodeCount: Int, rowWidth: Int) {
        slot = [UInt32](repeating: 0, count: nodeCount)
        tally = [UInt32](repeating: 0, count: max(1, rowWidth))
    }
}
