import PartnerGraph

// The `async` forms of the long kernels. Each runs its synchronous form under `control` through
// `RunControl.run(_:_:)`'s `async` form: on a thread of its own with its parallel work on PartnerMetrics'
// worker threads, stopped when the calling task is cancelled, with progress in `control.progressReports`.
// Results are those of the synchronous forms, bit for bit.

extension Graph {
    /// Exact betweenness centrality, off Swift's cooperative pool and cancellable: the `async` form of
    /// ``betweennessCentrality(normalized:endpoints:weighted:distance:threads:)``, with the same result.
    ///
    /// ```swift
    /// let control = RunControl()
    /// let scores = try await graph.betweennessCentrality(control: control)
    /// ```
    /// - Parameters:
    ///   - normalized: scale as the synchronous form does.
    ///   - endpoints: count a path's end nodes as lying on it.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: reports progress (a chunk of 16 sources at a time) and stops the kernel at its deadline or when
    ///     cancelled; cancelling the calling task cancels it.
    /// - Throws: `CancellationError` when the calling task is cancelled, ``RunControl/Stop`` when the control
    ///   stops the run.
    /// - Complexity: as for the synchronous form.
    public func betweennessCentrality(
        normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil, control: RunControl
    ) async throws -> NodeScores {
        try await control.run("betweenness") {
            self.betweennessCentrality(
                normalized: normalized, endpoints: endpoints, weighted: weighted, distance: distance, threads: threads)
        }
    }

    /// Betweenness estimated from the given sources, off the cooperative pool and cancellable: the `async`
    /// form of ``betweennessCentrality(sources:normalized:endpoints:weighted:distance:threads:)``.
    /// - Parameters:
    ///   - sources: node indices to search from.
    ///   - normalized: scale as the synchronous form does.
    ///   - endpoints: count a path's end nodes as lying on it.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: as for ``betweennessCentrality(normalized:endpoints:weighted:distance:threads:control:)``.
    /// - Complexity: as for the synchronous form.
    public func betweennessCentrality(
        sources: [Int], normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil, control: RunControl
    ) async throws -> NodeScores {
        try await control.run("betweenness") {
            self.betweennessCentrality(
                sources: sources, normalized: normalized, endpoints: endpoints, weighted: weighted,
                distance: distance, threads: threads)
        }
    }

    /// Betweenness estimated from `sampleSize` seeded sources, off the cooperative pool and cancellable: the
    /// `async` form of ``betweennessCentrality(sampleSize:seed:normalized:endpoints:weighted:distance:threads:)``.
    /// - Parameters:
    ///   - sampleSize: how many sources to draw.
    ///   - seed: seeds the random choices; the same seed gives the same result.
    ///   - normalized: scale as the synchronous form does.
    ///   - endpoints: count a path's end nodes as lying on it.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: as for ``betweennessCentrality(normalized:endpoints:weighted:distance:threads:control:)``.
    /// - Complexity: as for the synchronous form.
    public func betweennessCentrality(
        sampleSize: Int, seed: UInt64, normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        distance: EdgeDistance = .inverseWeight, threads: Int? = nil, control: RunControl
    ) async throws -> NodeScores {
        try await control.run("betweenness") {
            self.betweennessCentrality(
                sampleSize: sampleSize, seed: seed, normalized: normalized, endpoints: endpoints, weighted: weighted,
                distance: distance, threads: threads)
        }
    }

    /// Edge betweenness, off the cooperative pool and cancellable: the `async` form of
    /// ``edgeBetweennessCentrality(normalized:weighted:distance:threads:)``.
    /// - Parameters:
    ///   - normalized: scale as the synchronous form does.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: as for ``betweennessCentrality(normalized:endpoints:weighted:distance:threads:control:)``.
    /// - Complexity: as for the synchronous form.
    public func edgeBetweennessCentrality(
        normalized: Bool = true, weighted: Bool = false, distance: EdgeDistance = .inverseWeight,
        threads: Int? = nil, control: RunControl
    ) async throws -> EdgeScores {
        try await control.run("edge betweenness") {
            self.edgeBetweennessCentrality(
                normalized: normalized, weighted: weighted, distance: distance, threads: threads)
        }
    }

    /// Closeness centrality, off the cooperative pool and cancellable: the `async` form of
    /// ``closenessCentrality(wassermanFaust:weighted:distance:threads:)``.
    /// - Parameters:
    ///   - wassermanFaust: apply the Wasserman-Faust correction for graphs that are not connected.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: reports progress per chunk of sources and stops the kernel at its deadline or when cancelled;
    ///     cancelling the calling task cancels it.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func closenessCentrality(
        wassermanFaust: Bool = true, weighted: Bool = false, distance: EdgeDistance = .inverseWeight,
        threads: Int? = nil, control: RunControl
    ) async throws -> NodeScores {
        try await control.run("closeness") {
            self.closenessCentrality(
                wassermanFaust: wassermanFaust, weighted: weighted, distance: distance, threads: threads)
        }
    }

    /// Harmonic centrality, off the cooperative pool and cancellable: the `async` form of
    /// ``harmonicCentrality(weighted:distance:threads:)``.
    /// - Parameters:
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - distance: how a weight becomes a length; by default 1/weight.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: as for ``closenessCentrality(wassermanFaust:weighted:distance:threads:control:)``.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func harmonicCentrality(
        weighted: Bool = false, distance: EdgeDistance = .inverseWeight, threads: Int? = nil, control: RunControl
    ) async throws -> NodeScores {
        try await control.run("harmonic") {
            self.harmonicCentrality(weighted: weighted, distance: distance, threads: threads)
        }
    }

    /// PageRank, off the cooperative pool and cancellable: the `async` form of
    /// ``pageRank(damping:personalization:dangling:weighted:tolerance:maxIterations:threads:)``.
    /// - Parameters:
    ///   - damping: the probability of following an edge, in [0, 1].
    ///   - personalization: one non-negative value per node, not all zero; nil for uniform.
    ///   - dangling: where the walk goes from a node without out-edges; nil to use `personalization`.
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - tolerance: nil for a relative L1 change of 1e-12; a number for NetworkX's rule with it.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: stops the iteration at its deadline or when cancelled (checked between blocks of rows);
    ///     cancelling the calling task cancels it.
    /// - Throws: as the synchronous form, and `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func pageRank(
        damping: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil,
        control: RunControl
    ) async throws -> NodeScores {
        try await control.run("pagerank") {
            try self.pageRank(
                damping: damping, personalization: personalization, dangling: dangling, weighted: weighted,
                tolerance: tolerance, maxIterations: maxIterations, threads: threads)
        }
    }

    /// Eigenvector centrality, off the cooperative pool and cancellable: the `async` form of
    /// ``eigenvectorCentrality(weighted:tolerance:maxIterations:threads:)``.
    /// - Parameters:
    ///   - weighted: use edge weights; ignored when the graph has none.
    ///   - tolerance: nil for a relative L1 change of 1e-12; a number for NetworkX's rule with it.
    ///   - maxIterations: the iteration limit; reaching it throws ``IterationError/notConverged(measure:iterations:)``.
    ///   - threads: worker threads; nil for every core. The result does not depend on it.
    ///   - control: as for
    ///     ``pageRank(damping:personalization:dangling:weighted:tolerance:maxIterations:threads:control:)``.
    /// - Throws: as the synchronous form, and `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func eigenvectorCentrality(
        weighted: Bool = false, tolerance: Double? = nil, maxIterations: Int = 1000, threads: Int? = nil,
        control: RunControl
    ) async throws -> NodeScores {
        try await control.run("eigenvector") {
            try self.eigenvectorCentrality(
                weighted: weighted, tolerance: tolerance, maxIterations: maxIterations, threads: threads)
        }
    }

    /// Louvain communities, off the cooperative pool and cancellable: the `async` form of
    /// ``louvainCommunities(resolution:seed:)``.
    /// - Parameters:
    ///   - resolution: γ in the modularity (1: Newman-Girvan).
    ///   - seed: seeds a random node order per level; nil keeps index order.
    ///   - control: reports each pass (no total) and stops the search at its deadline or when cancelled;
    ///     cancelling the calling task cancels it.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func louvainCommunities(
        resolution: Double = 1, seed: UInt64? = nil, control: RunControl
    ) async throws -> Partition {
        try await control.run("louvain") { self.louvainCommunities(resolution: resolution, seed: seed) }
    }

    /// Leiden communities, off the cooperative pool and cancellable: the `async` form of
    /// ``leidenCommunities(resolution:seed:randomness:iterations:)``.
    /// - Parameters:
    ///   - resolution: γ in the modularity (1: Newman-Girvan).
    ///   - seed: seeds the random choices; the same seed gives the same result.
    ///   - randomness: θ, the refinement's temperature.
    ///   - iterations: how many times to run the algorithm, each from the previous partition.
    ///   - control: as for ``louvainCommunities(resolution:seed:control:)``.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func leidenCommunities(
        resolution: Double = 1, seed: UInt64 = 0, randomness: Double = 0.01, iterations: Int = 2,
        control: RunControl
    ) async throws -> Partition {
        try await control.run("leiden") {
            self.leidenCommunities(resolution: resolution, seed: seed, randomness: randomness, iterations: iterations)
        }
    }
}

extension Network {
    /// Actor × actor co-occurrence, off the cooperative pool and cancellable: the `async` form of
    /// ``PartnerGraph/Network/coOccurrence(of:via:measures:minimumCount:topPerActor:backbone:backboneWeight:)``.
    /// - Parameters:
    ///   - actorKinds: the kinds of actor to pair; nil for every actor.
    ///   - relations: which relations make a co-occurrence.
    ///   - measures: the measures to compute, in output order.
    ///   - minimumCount: drop pairs sharing fewer meetings.
    ///   - topPerActor: keep a pair only when it is among the `k` strongest of one of its actors; nil keeps all.
    ///   - backbone: keep only the pairs significant at this level under the disparity filter; nil keeps all.
    ///   - backboneWeight: the weight the disparity filter uses.
    ///   - control: stops the computation at its deadline or when cancelled; cancelling the calling task cancels it.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func coOccurrence(
        of actorKinds: Set<NodeKind>? = nil, via relations: CoOccurrenceRelations = .coAttendance,
        measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1, topPerActor: Int? = nil,
        backbone: Double? = nil, backboneWeight: CoOccurrenceMeasure = .count, control: RunControl
    ) async throws -> CoOccurrence {
        try await control.run("co-occurrence") {
            self.coOccurrence(
                of: actorKinds, via: relations, measures: measures, minimumCount: minimumCount,
                topPerActor: topPerActor, backbone: backbone, backboneWeight: backboneWeight)
        }
    }
}

extension TwoModeGraph {
    /// Co-occurrence through this graph's meetings, off the cooperative pool and cancellable: the `async`
    /// form of ``PartnerGraph/TwoModeGraph/coOccurrence(measures:minimumCount:topPerActor:backbone:backboneWeight:)``.
    /// - Parameters:
    ///   - measures: the measures to compute, in output order.
    ///   - minimumCount: drop pairs sharing fewer meetings.
    ///   - topPerActor: keep a pair only when it is among the `k` strongest of one of its actors; nil keeps all.
    ///   - backbone: keep only the pairs significant at this level under the disparity filter; nil keeps all.
    ///   - backboneWeight: the weight the disparity filter uses.
    ///   - control: stops the computation at its deadline or when cancelled; cancelling the calling task
    ///     cancels it.
    /// - Throws: `CancellationError` or ``RunControl/Stop``.
    /// - Complexity: as for the synchronous form.
    public func coOccurrence(
        measures: [CoOccurrenceMeasure] = [.count], minimumCount: Int = 1, topPerActor: Int? = nil,
        backbone: Double? = nil, backboneWeight: CoOccurrenceMeasure = .count, control: RunControl
    ) async throws -> CoOccurrence {
        try await control.run("co-occurrence") {
            self.coOccurrence(
                measures: measures, minimumCount: minimumCount, topPerActor: topPerActor, backbone: backbone,
                backboneWeight: backboneWeight)
        }
    }
}

extension MeasuredGraph {
    /// Centralities off the cooperative pool and cancellable: the `async` form of
    /// ``centralities(_:options:control:)-(_,_,RunControl?)``, each measure reported under its own name.
    /// - Throws: as the synchronous form, and `CancellationError` when the calling task is cancelled.
    /// - Complexity: as for the synchronous form.
    public func centralities(
        _ measures: [CentralityMeasure], options: CentralityOptions = CentralityOptions(), control: RunControl
    ) async throws -> [NodeScores] {
        try await control.run("centralities") {
            try self.centralities(measures, options: options, control: control)
        }
    }
}
