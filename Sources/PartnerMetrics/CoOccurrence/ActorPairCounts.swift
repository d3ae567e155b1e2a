import Dispatch
import Foundation

/// The actor × actor co-occurrence counts of a two-mode graph, as an upper-triangular sparse matrix.
///
/// Row `a` lists the partners `b > a` that share at least one meeting with `a`, ascending, with the number
/// of meetings they share: the strict upper triangle of B·Bᵀ, where B is the actor × meeting incidence
/// matrix. Each unordered pair appears once.
/// ```swift
/// let counts = network.twoModeGraph().actorPairCounts()
/// counts.pairCount          // number of linked actor pairs
/// counts.count(between: 0, and: 3)
/// ```
public struct ActorPairCounts: Sendable, Equatable {
    /// Number of actors (rows).
    public let actorCount: Int
    /// Row starts in `partners` and `counts`; `actorCount + 1` entries.
    public let offsets: [Int]
    /// The partners `b > a` of each actor `a`, row after row, each row ascending.
    public let partners: [UInt32]
    /// The number of shared meetings, parallel to `partners`.
    public let counts: [UInt32]

    /// Number of linked pairs (each unordered pair once).
    public var pairCount: Int { partners.count }

    /// The sum of all counts: Σ over meetings of C(n_k, 2) for a simple two-mode graph.
    /// - Complexity: O(pairs).
    public var totalCount: Int { counts.reduce(0) { $0 + Int($1) } }

    /// The number of meetings actors `a` and `b` share (0 when they share none).
    /// - Complexity: O(log degree).
    public func count(between a: Int, and b: Int) -> Int {
        guard a != b else { return 0 }
        let (low, high) = a < b ? (a, b) : (b, a)
        var first = offsets[low]
        var last = offsets[low + 1]
        let key = UInt32(high)
        while first < last {
            let middle = (first + last) / 2
            if partners[middle] < key { first = middle + 1 } else { last = middle }
        }
        return first < offsets[low + 1] && partners[first] == key ? Int(counts[first]) : 0
    }

    /// The weighted degree (strength) of every actor: Σ_b count(a, b) over both triangles.
    /// - Complexity: O(actors + pairs).
    public func strengths() -> [Double] {
        var strength = [Double](repeating: 0, count: actorCount)
        for a in 0..<actorCount {
            for position in offsets[a]..<offsets[a + 1] {
                let weight = Double(counts[position])
                strength[a] += weight
                strength[Int(partners[position])] += weight
            }
        }
        return strength
    }
}

extension TwoModeGraph {
    /// Counts the meetings every pair of actors shares: the upper triangle of B·Bᵀ.
    ///
    /// Row-by-row sparse product (Gustavson 1978) over the compressed rows: for each actor `a`, each of its
    /// meetings `m` and each member `b > a` of `m` (found by binary search in the sorted meeting row),
    /// a dense per-thread counter adds one; the touched partners are then sorted and emitted. Rows are split
    /// into chunks of equal work handed out to `threads` workers, and the chunks are concatenated in row
    /// order, so the result never depends on the thread count. Memory is one counter array per thread plus
    /// the output; it never grows with actors².
    ///
    /// - Parameter threads: worker threads; nil uses every active core.
    /// - Complexity: O(Σ_k n_k² / 2 + P log(P / actors)) time for meeting sizes n_k and P output pairs,
    ///   O(threads · actors + P) memory.
    public func actorPairCounts(threads: Int? = nil) -> ActorPairCounts {
        let graph = self.graph
        let actors = actorCount
        guard actors > 0 else { return ActorPairCounts(actorCount: 0, offsets: [0], partners: [], counts: []) }
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)

        // Chunks of roughly equal work, estimated by the memberships each actor row walks.
        var work = [Int](repeating: 0, count: actors)
        var totalWork = 0
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                for a in 0..<actors {
                    var sum = 1
                    for position in offsets[a]..<offsets[a + 1] {
                        let m = Int(targets[position])
                        sum += offsets[m + 1] - offsets[m]
                    }
                    work[a] = sum / 2 + 1
                    totalWork += work[a]
                }
            }
        }
        let chunkCount = workers == 1 ? 1 : min(actors, workers * 32)
        var bounds = [0]
        let target = max(1, totalWork / chunkCount)
        var running = 0
        for a in 0..<actors {
            running += work[a]
            if running >= target && bounds.count < chunkCount {
                bounds.append(a + 1)
                running = 0
            }
        }
        if bounds.last! != actors { bounds.append(actors) }
        let chunks = bounds.count - 1
        let chunkBounds = bounds

        let store = ChunkStore<PairChunk>(count: chunks)
        let scheduler = ChunkScheduler(count: chunks)
        DispatchQueue.concurrentPerform(iterations: min(workers, chunks)) { _ in
            var counter = [UInt32](repeating: 0, count: actors)
            var touched: [UInt32] = []
            while let chunk = scheduler.next() {
                let result = PairChunk.compute(
                    graph: graph, rows: chunkBounds[chunk]..<chunkBounds[chunk + 1], counter: &counter, touched: &touched)
                store.set(chunk, result)
            }
        }

        // Deterministic merge: chunks in row order.
        let parts = store.values()
        var offsets = [Int](repeating: 0, count: actors + 1)
        var total = 0
        for (chunk, part) in parts.enumerated() {
            let start = bounds[chunk]
            for (row, length) in part.rowLengths.enumerated() {
                total += Int(length)
                offsets[start + row + 1] = total
            }
        }
        var partners = [UInt32]()
        var counts = [UInt32]()
        partners.reserveCapacity(total)
        counts.reserveCapacity(total)
        for part in parts {
            partners.append(contentsOf: part.partners)
            counts.append(contentsOf: part.counts)
        }
        return ActorPairCounts(actorCount: actors, offsets: offsets, partners: partners, counts: counts)
    }
}

/// The output of one chunk of actor rows.
struct PairChunk: Sendable {
    var rowLengths: [UInt32]
    var partners: [UInt32]
    var counts: [UInt32]

    static func compute(graph: Graph, rows: Range<Int>, counter: inout [UInt32], touched: inout [UInt32]) -> PairChunk {
        var rowLengths = [UInt32](repeating: 0, count: rows.count)
        var partners: [UInt32] = []
        var counts: [UInt32] = []
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                counter.withUnsafeMutableBufferPointer { counter in
                    for a in rows {
                        touched.removeAll(keepingCapacity: true)
                        let key = UInt32(truncatingIfNeeded: a)
                        for position in offsets[a]..<offsets[a + 1] {
                            let m = Int(targets[position])
                            var low = offsets[m]
                            var high = offsets[m + 1]
                            let end = high
                            while low < high {
                                let middle = (low + high) >> 1
                                if targets[middle] <= key { low = middle + 1 } else { high = middle }
                            }
                            while low < end {
                                let b = targets[low]
                                let index = Int(b)
                                if counter[index] == 0 { touched.append(b) }
                                counter[index] &+= 1
                                low += 1
                            }
                        }
                        touched.sort()
                        rowLengths[a - rows.lowerBound] = UInt32(touched.count)
                        for b in touched {
                            partners.append(b)
                            counts.append(counter[Int(b)])
                            counter[Int(b)] = 0
                        }
                    }
                }
            }
        }
        return PairChunk(rowLengths: rowLengths, partners: partners, counts: counts)
    }
}

/// Hands out chunk numbers to workers, each once, in increasing order.
final class ChunkScheduler: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < count else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }
}

/// Per-chunk results written by workers, read once all of them are done.
final class ChunkStore<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
