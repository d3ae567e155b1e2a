extension Network {
    /// The whole network as one simple graph over every node: actors, meetings and all edges.
    ///
    /// Parallel edges (an actor that both hosts and co-chairs a meeting) become one edge; when `directed` is
    /// false, direction is dropped. Graph node `i` is network node `i`.
    /// - Complexity: O(n + m).
    public func graph(directed: Bool = false, relations: Set<Relation>? = nil) -> Graph {
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        for edge in edges {
            if let relations, !relations.contains(edge.relation) { continue }
            guard let from = index(of: edge.from), let to = index(of: edge.to) else { continue }
            sources.append(UInt32(from))
            targets.append(UInt32(to))
        }
        return Graph(nodeCount: nodes.count, sources: sources, targets: targets, directed: directed, nodeIDs: nodes.map(\.id))
            .simplified()
    }
}
