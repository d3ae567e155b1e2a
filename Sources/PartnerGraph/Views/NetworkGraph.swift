extension Network {
    /// The whole network as one simple graph over every node: actors, meetings and all edges.
    ///
    /// Parallel edges (an actor that both hosts and co-chairs a meeting) become one edge; when `directed` is
    /// false, direction is dropped. When any edge has a weight, the graph is weighted (see ``Edge/weight``). Graph node `i` is network node `i`.
    /// - Complexity: O(n + m).
    public func graph(directed: Bool = false, relations: Set<Relation>? = nil) -> Graph {
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        // Edges with a weight (imported edge lists, GraphML or GEXF) make a weighted graph; an edge without one
        // weighs 1, and parallel edges add up.
        let weighted = edges.contains { $0.weight != nil }
        var weights: [Double] = []
        for edge in edges {
            if let relations, !relations.contains(edge.relation) { continue }
            guard let from = index(of: edge.from), let to = index(of: edge.to) else { continue }
            sources.append(UInt32(from))
            targets.append(UInt32(to))
            if weighted { weights.append(edge.weight ?? 1) }
        }
        return Graph(
            nodeCount: nodes.count, sources: sources, targets: targets, weights: weighted ? weights : nil, directed: directed,
            nodeIDs: nodes.map(\.id), nodeNames: nodes.map(\.name)
        ).simplified()
    }
}
