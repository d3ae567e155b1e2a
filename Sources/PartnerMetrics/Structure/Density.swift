extension Graph {
    /// The share of possible edges present.
    ///
    ///     undirected: D = 2m / (n (n − 1)),    directed: D = m / (n (n − 1))
    ///
    /// m counts every stored edge, self-loops and parallel edges included, as NetworkX's `density`; a graph
    /// with fewer than two nodes has density 0.
    /// Reference: Wasserman & Faust (1994), "Social Network Analysis", §4.2; NetworkX `density`.
    /// - Complexity: O(1).
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }
}
