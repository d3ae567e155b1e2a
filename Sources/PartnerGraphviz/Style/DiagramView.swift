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
        LayoutEngine.recommended(nodeCount: nodeCount, shape: self == .full || self == .twoMode ? .layered : .spring)
    }
}

extension DiagramView {
    /// The graph whose figures a drawing of this view is styled by: the whole network for the full and ties
    /// views, the two-mode graph and the projection for theirs.
    public var figureScope: FigureScope {
        switch self {
        case .full, .ties: .network
        case .twoMode: .twoMode
        case .projection: .projection
        }
    }
}
