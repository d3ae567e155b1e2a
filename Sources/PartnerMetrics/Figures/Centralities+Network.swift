extension Network {
    /// Centralities of this network on one scope: the one function behind `partnet centrality`, the report's
    /// actor figures, `render --size-by`, `convert --with-metrics` and the per-period rankings.
    ///
    /// The weight rule is the same for every measure and every scope: weights are used only when `weighted`
    /// is true (NetworkX's default for all of them but PageRank); the measures defined only on weights
    /// (``CentralityMeasure/needsWeights``) need it. So `eigenvector` on the projection is the unweighted
    /// eigenvector whether the tool, the report or an export asks for it, and `weighted: true` gives the
    /// weighted one everywhere.
    /// ```swift
    /// let columns = try network.centralities([.degree, .betweenness, .eigenvector], on: .projection)
    /// ```
    /// - Parameters:
    ///   - measures: the measures, in column order.
    ///   - scope: the graph they run on (default: the whole network).
    ///   - weighted: use the scope's weights (default false).
    ///   - relationWeights: for the two-mode graph, a weight per relation (implies weights).
    ///   - directed: for the whole network, keep the direction of edges even when the network is undirected (a
    ///     directed network, ``/PartnerGraph/Network/isDirected``, is always measured directed).
    ///   - options: the parameters of the measures (their own defaults).
    ///   - control: progress and deadline, as in ``MeasuredGraph/centralities(_:options:control:)-(_,_,RunControl?)``.
    /// - Returns: one column per measure (two for `hits`), over the scope's nodes; their `nodeIDs` are
    ///   network ids.
    /// - Throws: as ``MeasuredGraph/centralities(_:options:control:)-(_,_,RunControl?)``.
    /// - Complexity: building the scope's graph plus the measures.
    public func centralities(
        _ measures: [CentralityMeasure], on scope: FigureScope = .network, weighted: Bool = false,
        relationWeights: [Relation: Double]? = nil, directed: Bool = false,
        options: CentralityOptions = CentralityOptions(), control: RunControl? = nil
    ) throws -> [NodeScores] {
        try measuredGraph(scope, weighted: weighted, relationWeights: relationWeights, directed: directed)
            .centralities(measures, options: options, control: control)
    }
}
