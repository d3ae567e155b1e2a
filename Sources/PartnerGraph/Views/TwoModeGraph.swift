/// The two-mode (bipartite) graph of a network: actors on one side, meetings on the other.
///
/// Graph nodes `0..<actorCount` are actors and `actorCount..<graph.nodeCount` are meetings, each side in
/// network order. An actor and a meeting are linked when the actor has one of the chosen relations to the
/// meeting; several relations between the same pair make one edge, whose weight (when weights are asked
/// for) is the sum of the relations' weights.
public struct TwoModeGraph: Sendable, Equatable {
    /// The undirected bipartite graph.
    public let graph: Graph
    /// Number of actor nodes; they come first.
    public let actorCount: Int
    /// For each graph node, the index of its node in the network.
    public let networkIndices: [Int]

    /// Number of meeting nodes; they come after the actors.
    public var meetingCount: Int { graph.nodeCount - actorCount }
    /// Whether graph node `node` is an actor.
    @inlinable public func isActor(_ node: Int) -> Bool { node < actorCount }

    public init(graph: Graph, actorCount: Int, networkIndices: [Int]) {
        precondition(actorCount <= graph.nodeCount && networkIndices.count == graph.nodeCount)
        self.graph = graph
        self.actorCount = actorCount
        self.networkIndices = networkIndices
    }
}

extension Network {
    /// The two-mode graph of actors × meetings.
    ///
    /// - Parameters:
    ///   - relations: the participation relations that link an actor to a meeting; nil for all of them.
    ///   - actorKinds: the kinds of actor to keep; nil for every actor.
    ///   - weights: a weight per relation; when given, the graph is weighted and an actor-meeting edge
    ///     weighs the sum of its relations' weights (a relation missing from the table weighs 1).
    /// - Complexity: O(n + m).
    public func twoModeGraph(
        relations: Set<Relation>? = nil, actorKinds: Set<NodeKind>? = nil, weights: [Relation: Double]? = nil
    ) -> TwoModeGraph {
        var actorIndices: [Int] = []
        var meetingIndices: [Int] = []
        for (index, node) in nodes.enumerated() {
            if node.isMeeting {
                meetingIndices.append(index)
            } else if actorKinds?.contains(node.kind) ?? true {
                actorIndices.append(index)
            }
        }
        var graphIndex = [Int](repeating: -1, count: nodes.count)
        for (position, index) in actorIndices.enumerated() { graphIndex[index] = position }
        for (position, index) in meetingIndices.enumerated() { graphIndex[index] = actorIndices.count + position }

        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var edgeWeights: [Double] = []
        for edge in edges {
            if let relations, !relations.contains(edge.relation) { continue }
            guard let from = index(of: edge.from), let to = index(of: edge.to), nodes[to].isMeeting,
                graphIndex[from] >= 0
            else { continue }
            sources.append(UInt32(graphIndex[from]))
            targets.append(UInt32(graphIndex[to]))
            if let weights { edgeWeights.append(weights[edge.relation] ?? 1) }
        }
        let order = actorIndices + meetingIndices
        let graph = Graph(
            nodeCount: order.count, sources: sources, targets: targets, weights: weights == nil ? nil : edgeWeights,
            nodeIDs: order.map { nodes[$0].id }, nodeNames: order.map { nodes[$0].name }
        ).simplified()
        return TwoModeGraph(graph: graph, actorCount: actorIndices.count, networkIndices: order)
    }

    /// The graph of actor <-> actor ties (undirected, parallel ties merged), over every actor.
    ///
    /// - Parameter relations: the tie relations to keep; nil for every edge between two actors.
    /// - Complexity: O(n + m).
    public func tieGraph(relations: Set<Relation>? = nil) -> (TieGraph) {
        let actorIndices = nodes.indices.filter { !nodes[$0].isMeeting }
        var graphIndex = [Int](repeating: -1, count: nodes.count)
        for (position, index) in actorIndices.enumerated() { graphIndex[index] = position }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for edge in edges {
            if let relations, !relations.contains(edge.relation) { continue }
            guard let from = index(of: edge.from), let to = index(of: edge.to), graphIndex[to] >= 0, graphIndex[from] >= 0
            else { continue }
            sources.append(UInt32(graphIndex[from]))
            targets.append(UInt32(graphIndex[to]))
        }
        let graph = Graph(
            nodeCount: actorIndices.count, sources: sources, targets: targets,
            nodeIDs: actorIndices.map { nodes[$0].id }, nodeNames: actorIndices.map { nodes[$0].name }
        ).simplified()
        return TieGraph(graph: graph, networkIndices: actorIndices)
    }
}

/// The actor <-> actor ties of a network as a graph over its actors.
public struct TieGraph: Sendable, Equatable {
    public let graph: Graph
    /// For each graph node, the index of its node in the network.
    public let networkIndices: [Int]
}
