import PartnerGraph

/// Which part of a network a diagram shows.
public enum DiagramView: String, Sendable, CaseIterable {
    /// Every node and every edge: participations and ties.
    case full
    /// Actors and meetings linked by participations (`hosts`, `coChairs`, `attends`, ...), without ties.
    case twoMode = "two-mode"
    /// Actors linked by the meetings they share; line width grows with the count.
    case projection
    /// Actors linked by actor-to-actor ties only.
    case ties

    /// The engine that draws this view best at this size: `dot` for small full and two-mode diagrams (actors
    /// in one column, meetings in the next), `neato` for small projections and tie graphs, `sfdp` beyond
    /// ``LayoutEngine/dotNodeLimit`` nodes.
    public func recommendedEngine(nodeCount: Int) -> LayoutEngine {
        guard nodeCount <= LayoutEngine.dotNodeLimit else { return .sfdp }
        switch self {
        case .full, .twoMode: return .dot
        case .projection, .ties: return .neato
        }
    }
}
