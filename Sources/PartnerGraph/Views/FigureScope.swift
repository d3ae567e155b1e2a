/// The graph of a network a figure is computed on.
///
/// Every figure that depends on it (a centrality, the groups, the mixing of the projection) takes it as an
/// explicit parameter, so the same name means the same graph in every command, export and page.
public enum FigureScope: String, CaseIterable, Sendable {
    /// Every node and edge (actors, meetings and ties), parallel edges merged.
    case network
    /// Actors × meetings, with Borgatti-Everett normalisation where it exists.
    case twoMode = "two-mode"
    /// Actors linked by shared meetings, weighted by their number.
    case projection
}

/// The earlier name of ``FigureScope``.
public typealias CentralityGraphChoice = FigureScope
