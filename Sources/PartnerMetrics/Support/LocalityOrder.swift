import PartnerGraph

/// A renumbering of a graph's nodes for cache locality, used inside the all-sources searches.
///
/// Nodes are numbered in breadth-first order, starting from the highest-degree node of each component
/// (Cuthill-McKee without the neighbour sort). Neighbours then sit near each other in the per-node arrays,
/// the hubs that nearly every search touches share a few cache lines, and 64 consecutive sources of a
/// bit-parallel pass are close together, so their searches overlap early. Input files usually number
/// nodes in an arbitrary order; this makes the searches faster, never different beyond float summation order.
struct LocalityOrder {
    /// The new number of each original node.
    let newIndex: [UInt32]
    /// The original node of each new number.
    let oldIndex: [UInt32]

    /// - Complexity: O(n + m).
    init(offsets: [Int], targets: [UInt32]) {
        let n = offsets.count - 1
        // Counting sort by degree, highest first; ties by index.
        var maxDegree = 0
        for v in 0..<n { maxDegree = max(maxDegree, offsets[v + 1] - offsets[v]) }
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0..<n { bucketStart[maxDegree - (offsets[v + 1] - offsets[v]) + 1] += 1 }
        for d in 0..<(maxDegree + 1) { bucketStart[d + 1] += bucketStart[d] }
        var byDegree = [UInt32](repeating: 0, count: n)
        for v in 0..<n {
            let bucket = maxDegree - (offsets[v + 1] - offsets[v])
            byDegree[bucketStart[bucket]] = UInt32(truncatingIfNeeded: v)
            bucketStart[bucket] += 1
        }
        var newIndex = [UInt32](repeating: .max, count: n)
        var oldIndex = [UInt32](repeating: 0, count: n)
        var tail = 0
        for start in byDegree where newIndex[Int(start)] == .max {
            newIndex[Int(start)] = UInt32(truncatingIfNeeded: tail)
            oldIndex[tail] = start
            var head = tail
            tail += 1
            while head < tail {
                let v = Int(oldIndex[head])
                head += 1
                for arc in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[arc])
                    if newIndex[w] == .max {
                        newIndex[w] = UInt32(truncatingIfNeeded: tail)
                        oldIndex[tail] = UInt32(truncatingIfNeeded: w)
                        tail += 1
                    }
                }
            }
        }
        self.newIndex = newIndex
        self.oldIndex = oldIndex
    }

    /// Rows renumbered: row i is the row of `oldIndex[i]` with targets renumbered, sorted ascending;
    /// `arcOrigin[a]` is the original position of new arc `a`.
    /// - Complexity: O(n + m log(max degree)).
    func rows(offsets: [Int], targets: [UInt32]) -> (offsets: [Int], targets: [UInt32], arcOrigin: [Int]) {
        let n = newIndex.count
        var newOffsets = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            let v = Int(oldIndex[i])
            newOffsets[i + 1] = newOffsets[i] + offsets[v + 1] - offsets[v]
        }
        var newTargets = [UInt32](repeating: 0, count: targets.count)
        var arcOrigin = [Int](repeating: 0, count: targets.count)
        var row: [(UInt32, Int)] = []
        for i in 0..<n {
            let v = Int(oldIndex[i])
            row.removeAll(keepingCapacity: true)
            for arc in offsets[v]..<offsets[v + 1] { row.append((newIndex[Int(targets[arc])], arc)) }
            row.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for (position, entry) in row.enumerated() {
                newTargets[newOffsets[i] + position] = entry.0
                arcOrigin[newOffsets[i] + position] = entry.1
            }
        }
        return (newOffsets, newTargets, arcOrigin)
    }

    /// Values indexed by new numbers, returned in the original order.
    func original(_ values: [Double]) -> [Double] {
        newIndex.map { values[Int($0)] }
    }
}

/// A graph's rows renumbered by a ``LocalityOrder``, with arc lengths when asked for.
struct LocalGraph {
    let order: LocalityOrder
    let offsets: [Int]
    let targets: [UInt32]
    let lengths: [Double]
    let arcOrigin: [Int]
    let inOffsets: [Int]
    let inSources: [UInt32]
    let inLengths: [Double]

    /// - Parameters:
    ///   - lengths: whether to carry arc lengths (weighted searches).
    ///   - incoming: whether the incoming rows are needed (directed closeness and harmonic).
    init(_ graph: Graph, lengths distance: EdgeDistance?, incoming: Bool) {
        let order = LocalityOrder(offsets: graph.offsets, targets: graph.targets)
        self.order = order
        let out = order.rows(offsets: graph.offsets, targets: graph.targets)
        (offsets, targets, arcOrigin) = (out.offsets, out.targets, out.arcOrigin)
        let arcLengths = distance.map { graph.arcLengths($0) }
        lengths = arcLengths.map { lengths in out.arcOrigin.map { lengths.out[$0] } } ?? []
        if incoming && graph.isDirected {
            let inRows = order.rows(offsets: graph.inOffsets, targets: graph.inSources)
            (inOffsets, inSources) = (inRows.offsets, inRows.targets)
            inLengths = arcLengths.map { lengths in inRows.arcOrigin.map { lengths.in[$0] } } ?? []
        } else {
            (inOffsets, inSources, inLengths) = (offsets, targets, lengths)
        }
    }
}
