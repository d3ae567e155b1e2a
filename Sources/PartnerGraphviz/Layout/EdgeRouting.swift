/// How a diagram's edges are drawn between its laid-out nodes: Graphviz's `splines` attribute, set by one rule.
///
/// Routing edges around nodes (`splines=true`) is cheap in `dot`, which routes inside its layers. In the
/// force-directed engines (`neato`, `fdp`, `sfdp`) Graphviz builds a visibility graph over every node's outline
/// and finds each edge's shortest path through it, at a cost that grows with the edges times the square of the
/// nodes. On the 108-node, 216-edge Rabat Process 2015-2025 diagram that routing was 95% of neato's time
/// (profiled: `wind` and `intersect` in libpathplan), and a 40-node clique took 12 s. Graphviz's `curved` is no
/// way out: a 30-node clique drawn with it ran for minutes. So spring drawings route around nodes only while that
/// work is small (``routingBudget``) and draw straight lines beyond, which cost nothing; the diagrams draw edges
/// beneath nodes (`outputorder=edgesfirst`), so a line that passes a node is hidden under it.
///
/// ```swift
/// var graph = try DiagramBuilder(network: network).build()
/// graph.routeEdges(.automatic, engine: .neato)   // what the builder sets for the engine it recommends
/// ```
public enum EdgeRouting: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Around nodes in `dot`, and in force-directed drawings whose edges times squared nodes stay within
    /// ``routingBudget``; straight lines otherwise.
    case automatic
    /// Always around nodes (`splines=true`), whatever it costs: minutes for a few hundred edges in `neato`.
    case aroundNodes = "around-nodes"
    /// Straight lines (`splines=line`), beneath the nodes.
    case straight

    /// The largest edges × nodes² for which ``automatic`` routes a force-directed drawing's edges around its
    /// nodes: about a tenth of a second of routing here (a 20-node clique, or 50 nodes with 40 edges).
    public static let routingBudget = 100_000

    public var description: String { rawValue }

    /// The value of Graphviz's `splines` attribute for a drawing of `nodeCount` nodes and `edgeCount` edges laid
    /// out by `engine`.
    /// - Complexity: O(1).
    public func splines(engine: LayoutEngine, nodeCount: Int, edgeCount: Int) -> String {
        switch self {
        case .aroundNodes: return "true"
        case .straight: return "line"
        case .automatic:
            if engine == .dot { return "true" }
            let work = Double(edgeCount) * Double(nodeCount) * Double(nodeCount)
            return work <= Double(Self.routingBudget) ? "true" : "line"
        }
    }
}

extension DOTGraph {
    /// Sets the graph's `splines` attribute by `routing` for the engine that will lay it out.
    /// - Complexity: O(number of subgraphs).
    public mutating func routeEdges(_ routing: EdgeRouting, engine: LayoutEngine) {
        attributes["splines"] = .string(routing.splines(engine: engine, nodeCount: nodeCount, edgeCount: edgeCount))
    }
}
