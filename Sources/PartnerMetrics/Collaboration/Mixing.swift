/// How the edges of a graph fall within and between groups of an attribute (e.g. Europe and Africa).
public struct Mixing: Sendable, Equatable {
    /// The groups found, sorted.
    public var groups: [String]
    /// Edges between two nodes of the same group.
    public var internalEdges: Int
    /// Edges between nodes of different groups.
    public var externalEdges: Int
    /// Every edge of the graph, those touching a node without a group included: the E-I index and the
    /// assortativity cover `internalEdges + externalEdges` of them.
    public var edges: Int
    /// Krackhardt & Stern's E-I index `(E − I) / (E + I)` over edges: −1 all internal, +1 all external.
    /// D. Krackhardt & R. N. Stern, "Informal networks and organizational crises", Soc. Psychol. Q. 51 (1988).
    public var eiIndex: Double
    /// The E-I index with each edge counted by its weight.
    public var weightedEIIndex: Double
    /// Newman's attribute assortativity `r = (Σ_g e_gg − Σ_g a_g²) / (1 − Σ_g a_g²)`, `e` the share of edge
    /// ends joining group g to group h (each edge both ways); M. E. J. Newman, "Mixing patterns in
    /// networks", Phys. Rev. E 67, 026126 (2003); NetworkX `attribute_assortativity_coefficient`.
    public var assortativity: Double
}

extension Graph {
    /// The mixing of an undirected graph's edges by a categorical attribute.
    ///
    /// Edges touching a node without a group (nil) are left out. Self-loops count as internal.
    /// - Parameter groups: the group of each node, or nil.
    /// - Complexity: O(n + m + g²) for g groups.
    public func mixing(by groups: [String?]) -> Mixing {
        precondition(groups.count == nodeCount, "one group per node")
        let names = Array(Set(groups.compactMap { $0 })).sorted()
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        let code = groups.map { $0.flatMap { index[$0] } }
        let g = names.count
        var matrix = [Double](repeating: 0, count: g * g)
        var internalEdges = 0
        var externalEdges = 0
        var allEdges = 0
        var internalWeight = 0.0
        var externalWeight = 0.0
        for u in 0..<nodeCount {
            for position in offsets[u]..<offsets[u + 1] where Int(targets[position]) >= u { allEdges += 1 }
            guard let cu = code[u] else { continue }
            for position in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[position])
                guard let cv = code[v] else { continue }
                matrix[cu * g + cv] += 1
                guard u <= v else { continue }
                let w = weights?[position] ?? 1
                if cu == cv {
                    internalEdges += 1
                    internalWeight += w
                } else {
                    externalEdges += 1
                    externalWeight += w
                }
            }
        }
        let total = matrix.reduce(0, +)
        var assortativity = 0.0
        if total > 0 {
            var trace = 0.0
            var expected = 0.0
            for x in 0..<g {
                trace += matrix[x * g + x] / total
                var rowSum = 0.0
                var columnSum = 0.0
                for y in 0..<g {
                    rowSum += matrix[x * g + y] / total
                    columnSum += matrix[y * g + x] / total
                }
                expected += rowSum * columnSum
            }
            assortativity = expected < 1 ? (trace - expected) / (1 - expected) : 1
        }
        func ei(_ e: Double, _ i: Double) -> Double { e + i > 0 ? (e - i) / (e + i) : 0 }
        return Mixing(
            groups: names, internalEdges: internalEdges, externalEdges: externalEdges, edges: allEdges,
            eiIndex: ei(Double(externalEdges), Double(internalEdges)), weightedEIIndex: ei(externalWeight, internalWeight),
            assortativity: assortativity)
    }
}

extension Mixing {
    /// What the figures cover, in words: "44 of 264 pairs have both region values".
    /// - Parameter attribute: the attribute the groups are values of.
    public func coverage(attribute: String) -> String {
        "\(internalEdges + externalEdges) of \(edges) pairs have both \(attribute) values"
    }
}

extension Node {
    /// The value of an attribute by name: `kind`, `region`, `name`, `id`, or any entry of `attributes`.
    func groupingValue(_ name: String) -> String? {
        switch name {
        case "kind": kind.rawValue
        case "region": region
        case "name": self.name
        case "id": id
        default: attributes[name]
        }
    }
}
