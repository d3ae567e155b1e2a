/// Burt's two structural-hole measures, computed together because they share their two-step walk.
public struct StructuralHoles: Sendable, Equatable {
    /// Burt's constraint: how much a node's ties lead to one another (high = few structural holes).
    public var constraint: NodeScores
    /// Burt's effective size: the number of a node's contacts minus their redundancy.
    public var effectiveSize: NodeScores
}

extension Graph {
    /// Burt's constraint and effective size of every node, as NetworkX's `constraint` and `effective_size`.
    ///
    /// With mutual weights m(i,j) = a(i,j) + a(j,i) (undirected: the edge weight; unweighted: 1),
    /// p(i,j) = m(i,j) / Σ_k m(i,k) the share of i's ties that go to j, and m̂(j,q) = m(j,q) / max_k m(j,k):
    ///
    ///     constraint(i)     = Σ_{j ∈ N(i)} ( p(i,j) + Σ_{q} p(i,q) p(q,j) )²
    ///     effective size(i) = Σ_{j ∈ N(i)} ( 1 − Σ_{q} p(i,q) m̂(j,q) )
    ///
    /// N(i) is every neighbour along either direction. Both are NaN for a node without neighbours
    /// (undefined, as in NetworkX). Self-loops are ignored; parallel edges add their weights.
    /// On an unweighted undirected graph the effective size equals Borgatti's n − 2t/n of the ego network.
    /// References: Burt (1992), "Structural Holes: The Social Structure of Competition"; Borgatti (1997),
    /// "Structural holes: unpacking Burt's redundancy measures"; NetworkX `constraint`, `effective_size`.
    /// - Parameter weighted: use the edge weights (when the graph has them).
    /// - Complexity: O(Σ_i Σ_{q ∈ N(i)} k(q)) time (the two-step walks), O(n + m) extra memory.
    public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
        let n = nodeCount
        let mutual = mutualRows(weighted: weighted)
        var rowSum = [Double](repeating: 0, count: n)
        var rowMax = [Double](repeating: 0, count: n)
        for node in 0..<n {
            for position in mutual.offsets[node]..<mutual.offsets[node + 1] {
                rowSum[node] += mutual.weights[position]
                rowMax[node] = max(rowMax[node], mutual.weights[position])
            }
        }
        var constraint = [Double](repeating: .nan, count: n)
        var effectiveSize = [Double](repeating: .nan, count: n)
        var mark = [Int](repeating: -1, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var redundancy = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let row = mutual.offsets[i]..<mutual.offsets[i + 1]
            guard !row.isEmpty, rowSum[i] > 0 else { continue }
            for position in row {
                let j = Int(mutual.neighbors[position])
                mark[j] = i
                indirect[j] = 0
                redundancy[j] = 0
            }
            for position in row {
                let q = Int(mutual.neighbors[position])
                let share = mutual.weights[position] / rowSum[i]
                guard rowSum[q] > 0 else { continue }
                for second in mutual.offsets[q]..<mutual.offsets[q + 1] {
                    let j = Int(mutual.neighbors[second])
                    guard mark[j] == i else { continue }
                    let weight = mutual.weights[second]
                    indirect[j] += share * weight / rowSum[q]
                    redundancy[j] += share * weight / rowMax[j]
                }
            }
            var c = 0.0
            var size = 0.0
            for position in row {
                let j = Int(mutual.neighbors[position])
                let direct = mutual.weights[position] / rowSum[i]
                guard direct > 0 else { continue }
                c += (direct + indirect[j]) * (direct + indirect[j])
                size += 1 - redundancy[j]
            }
            constraint[i] = c
            effectiveSize[i] = size
        }
        return StructuralHoles(
            constraint: NodeScores(name: "constraint", values: constraint, nodes: nodeIndex),
            effectiveSize: NodeScores(name: "effective size", values: effectiveSize, nodes: nodeIndex))
    }

    /// Rows of distinct neighbours along either direction, without self-loops, with summed weights.
    private func mutualRows(weighted: Bool) -> (offsets: [Int], neighbors: [UInt32], weights: [Double]) {
        let useWeights = weighted && weights != nil
        var newOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var neighbors: [UInt32] = []
        var values: [Double] = []
        neighbors.reserveCapacity(isDirected ? targets.count * 2 : targets.count)
        values.reserveCapacity(neighbors.capacity)
        func append(_ node: Int, _ neighbor: UInt32, _ weight: Double) {
            guard Int(neighbor) != node else { return }
            if neighbors.count > newOffsets[node], neighbors[neighbors.count - 1] == neighbor {
                values[values.count - 1] += weight
            } else {
                neighbors.append(neighbor)
                values.append(weight)
            }
        }
        for node in 0..<nodeCount {
            var out = offsets[node]
            let outEnd = offsets[node + 1]
            var inPosition = isDirected ? inOffsets[node] : 0
            let inEnd = isDirected ? inOffsets[node + 1] : 0
            // Merge the two sorted rows (undirected graphs have only one).
            while out < outEnd || inPosition < inEnd {
                if inPosition >= inEnd || (out < outEnd && targets[out] <= inSources[inPosition]) {
                    append(node, targets[out], useWeights ? weights![out] : 1)
                    out += 1
                } else {
                    append(node, inSources[inPosition], useWeights ? inWeights![inPosition] : 1)
                    inPosition += 1
                }
            }
            newOffsets[node + 1] = neighbors.count
        }
        return (newOffsets, neighbors, values)
    }
}
