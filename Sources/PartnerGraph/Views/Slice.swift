extension Network {
    /// A sub-network: the meetings in a time window, the nodes of some kinds, the edges of some relations.
    ///
    /// - Parameters:
    ///   - since: keep meetings that may end on or after this date (nil: no lower bound).
    ///   - until: keep meetings that may start on or before this date (nil: no upper bound).
    ///   - kinds: node kinds to keep; meetings are kept only when `.meeting` is listed. Nil keeps every kind.
    ///   - relations: edge relations to keep; nil keeps every relation.
    ///   - dropIsolatedActors: remove actors left without any edge.
    ///
    /// A meeting without a date is kept only when no window is given. A tie is kept when its own dates
    /// overlap the window, or when it has none. Notes and provenance are kept.
    /// - Complexity: O(n + m).
    public func slice(
        since: PartialDate? = nil, until: PartialDate? = nil, kinds: Set<NodeKind>? = nil,
        relations: Set<Relation>? = nil, dropIsolatedActors: Bool = false
    ) -> Network {
        func overlaps(start: PartialDate?, end: PartialDate?, undatedKept: Bool) -> Bool {
            guard start != nil || end != nil else { return undatedKept || (since == nil && until == nil) }
            let first = start ?? end!
            let last = end ?? start!
            if let since, !since.mayPrecede(last) { return false }
            if let until, !first.mayPrecede(until) { return false }
            return true
        }
        var keep = nodes.map { node -> Bool in
            if let kinds, !kinds.contains(node.kind) { return false }
            if node.isMeeting { return overlaps(start: node.meeting?.start, end: node.meeting?.end, undatedKept: false) }
            return true
        }
        var keptEdges: [Edge] = []
        var hasEdge = [Bool](repeating: false, count: nodes.count)
        for edge in edges {
            guard let from = index(of: edge.from), let to = index(of: edge.to), keep[from], keep[to] else { continue }
            if let relations, !relations.contains(edge.relation) { continue }
            if !nodes[to].isMeeting, !overlaps(start: edge.start, end: edge.end, undatedKept: true) { continue }
            keptEdges.append(edge)
            hasEdge[from] = true
            hasEdge[to] = true
        }
        if dropIsolatedActors {
            for index in nodes.indices where !nodes[index].isMeeting && !hasEdge[index] { keep[index] = false }
        }
        var keptNodes: [Node] = []
        var keptIndex: [String: Int] = [:]
        for (index, node) in nodes.enumerated() where keep[index] {
            keptIndex[node.id] = keptNodes.count
            keptNodes.append(node)
        }
        return Network(
            validatedName: name, source: source, notes: notes, nodes: keptNodes, edges: keptEdges, index: keptIndex, isDirected: isDirected,
            attributeTypes: attributeTypes)
    }
}
