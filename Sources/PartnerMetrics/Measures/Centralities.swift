import Foundation

/// The parameters of ``MeasuredGraph/centralities(_:options:control:)-(_,_,RunControl?)``; each has the default of its metric.
public struct CentralityOptions: Sendable, Equatable {
    /// How a weight becomes a length for closeness, harmonic and betweenness.
    public var distance: EdgeDistance = .inverseWeight
    /// Opsahl's α for alpha-degree (0: degree, 1: strength).
    public var alpha: Double = 0.5
    /// PageRank's damping factor.
    public var damping: Double = 0.85
    /// Katz's attenuation factor.
    public var katzAlpha: Double = 0.1
    /// The stop of PageRank, eigenvector, Katz and HITS: nil for a relative change below 1e-12, a number for
    /// NetworkX's rule with that tolerance.
    public var tolerance: Double?
    /// Worker threads; nil for every core. Results do not depend on it.
    public var threads: Int?
    /// Betweenness from this many sources drawn with ``betweennessSeed`` (Brandes and Pich's estimator);
    /// nil for exact betweenness.
    public var betweennessSamples: Int?
    /// The seed of the sampled sources.
    public var betweennessSeed: UInt64 = 0

    /// The defaults.
    public init() {}
}

/// Why a centrality could not be computed.
public enum CentralityError: Error, Equatable, LocalizedError {
    /// No measure was named.
    case emptyMeasureList
    /// A name that is not a ``CentralityMeasure``.
    case unknownMeasure(String)
    /// The measure is defined only on weighted graphs.
    case needsWeights(CentralityMeasure)
    /// The measure is defined here only for undirected graphs.
    case needsUndirected(CentralityMeasure)
    /// Katz's iteration diverged: α is too large for the graph.
    case katzDiverged(alpha: Double)
    /// Sampled betweenness was asked for with fewer than one source.
    case invalidSampleCount(Int)
    /// Sampled betweenness was asked for on a two-mode graph, whose betweenness is Borgatti and Everett's
    /// exact two-mode form.
    case samplesOnTwoMode
    /// An edge's weight cannot serve: weights are finite normal numbers > 0, and the measures of distance
    /// (closeness, harmonic, betweenness) also need its length (1/weight or the weight, by `distance`) to
    /// stay finite over a path through every node.
    /// `usable` is the range of weights that work on this graph.
    case unusableWeight(source: String, target: String, weight: Double, distance: EdgeDistance, usable: ClosedRange<Double>)

    public var errorDescription: String? {
        switch self {
        case .emptyMeasureList:
            "the list of measures is empty; known measures: \(CentralityMeasure.list)"
        case .unknownMeasure(let name):
            "unknown measure '\(name)'; known measures: \(CentralityMeasure.list), or all"
        case .needsWeights(let measure):
            "\(measure.rawValue) needs a weighted graph: edge weights, or the actor projection (weighted by shared meetings)"
        case .needsUndirected(let measure):
            "\(measure.rawValue) is defined here for undirected graphs; give it an undirected graph"
        case .katzDiverged(let alpha):
            "katz did not converge: alpha \(alpha) is too large for this graph (it must be below 1 / its largest eigenvalue)"
        case .invalidSampleCount(let count):
            "sampled betweenness needs at least one source, not \(count)"
        case .samplesOnTwoMode:
            "sampled betweenness runs on one-mode graphs; the two-mode betweenness is exact (compute it exactly, or sample on the actor projection)"
        case .unusableWeight(let source, let target, let weight, let distance, let usable):
            weight.isFinite && weight > 0
                ? "the edge \(source) - \(target) has weight \(weight), which the measures cannot use on this graph: with "
                    + "\(distance == .inverseWeight ? "1/weight" : "the weight") as an edge's length, weights from \(usable.lowerBound) to "
                    + "\(usable.upperBound) keep every length a normal number and a path's length finite; divide or multiply "
                    + "the weights by one factor to bring them into that range"
                : "the edge \(source) - \(target) has weight \(weight); a weight must be a finite number > 0"
        }
    }
}

extension MeasuredGraph {
    /// Computes centralities, each underlying computation once, in the order asked; `hits` gives two
    /// columns (hubs, authorities).
    ///
    /// Every measure is checked before any runs, so a measure that cannot run is an error, never a silent
    /// substitute. Run it inside ``RunControl/run(_:_:)->Result`` to see progress and to stop it at a deadline;
    /// each measure is then reported under its own name.
    /// ```swift
    /// let measured = network.measuredGraph(.projection, weighted: true)
    /// let columns = try measured.centralities([.degree, .betweenness, .hits])
    /// columns.map(\.name)   // ["degree", "betweenness", "hubs", "authorities"]
    /// ```
    /// - Parameters:
    ///   - measures: the measures, in column order.
    ///   - options: the parameters of the measures.
    ///   - control: reports progress per measure (and per chunk inside the long ones) and stops at its
    ///     deadline; nil runs unwatched.
    /// - Returns: one column per measure (two for `hits`), named as the measure.
    /// - Throws: ``CentralityError`` when a measure does not apply, ``IterationError`` when an iterative
    ///   method does not converge, ``RunControl/Stop`` when `control` stops the run.
    public func centralities(
        _ measures: [CentralityMeasure], options: CentralityOptions = CentralityOptions(), control: RunControl? = nil
    ) throws -> [NodeScores] {
        for measure in measures {
            if measure.needsWeights && !graph.isWeighted { throw CentralityError.needsWeights(measure) }
            if measure.needsUndirected && graph.isDirected { throw CentralityError.needsUndirected(measure) }
        }
        if graph.isWeighted {
            let distanceMeasures: Set<CentralityMeasure> = [.closeness, .harmonic, .betweenness]
            let distance = measures.contains(where: distanceMeasures.contains) ? options.distance : .weight
            if let problem = graph.lengthProblem(distance) { throw problem }
        }
        if let samples = options.betweennessSamples {
            if samples < 1 { throw CentralityError.invalidSampleCount(samples) }
            if twoMode != nil && !graph.isWeighted && measures.contains(.betweenness) {
                throw CentralityError.samplesOnTwoMode
            }
        }
        var cache = SharedComputations()
        var columns: [NodeScores] = []
        for measure in measures {
            let compute = { try self.scores(of: measure, options: options, cache: &cache) }
            let scores = try control.map { try $0.run(measure.rawValue, compute) } ?? compute()
            columns += scores
        }
        return columns
    }

    /// Results that several measures read, computed on first use.
    private struct SharedComputations {
        var hits: HubsAndAuthorities?
        var structuralHoles: StructuralHoles?
    }

    private func scores(
        of measure: CentralityMeasure, options: CentralityOptions, cache: inout SharedComputations
    ) throws -> [NodeScores] {
        let g = graph
        let weighted = g.isWeighted
        let threads = options.threads
        let distance = options.distance
        // Borgatti and Everett's forms are unweighted: a weighted two-mode graph takes the plain weighted
        // closeness and betweenness (the help says so), its degree stays the two-mode one.
        let twoMode = weighted ? nil : self.twoMode
        func named(_ scores: NodeScores) -> [NodeScores] {
            var scores = scores
            scores.name = measure.rawValue
            return [scores]
        }
        func hits() throws -> HubsAndAuthorities {
            if let known = cache.hits { return known }
            let computed = try g.hubsAndAuthorities(
                weighted: weighted, tolerance: options.tolerance, maxIterations: 1000, threads: threads)
            cache.hits = computed
            return computed
        }
        func holes() -> StructuralHoles {
            if let known = cache.structuralHoles { return known }
            let computed = g.structuralHoles(weighted: weighted)
            cache.structuralHoles = computed
            return computed
        }
        switch measure {
        case .degree: return named(self.twoMode?.degreeCentrality() ?? g.degree())
        case .inDegree: return named(g.degree(direction: .incoming))
        case .outDegree: return named(g.degree(direction: .outgoing))
        case .degreeCentrality: return named(g.degreeCentrality())
        case .strength: return named(g.strength())
        case .alphaDegree: return named(g.alphaWeightedDegree(alpha: options.alpha))
        case .closeness:
            if let twoMode { return named(twoMode.closenessCentrality()) }
            return named(g.closenessCentrality(weighted: weighted, distance: distance, threads: threads))
        case .harmonic:
            return named(g.harmonicCentrality(weighted: weighted, distance: distance, threads: threads))
        case .betweenness:
            if let samples = options.betweennessSamples {
                return named(
                    g.betweennessCentrality(
                        sampleSize: samples, seed: options.betweennessSeed, weighted: weighted, distance: distance,
                        threads: threads))
            }
            if let twoMode { return named(twoMode.betweennessCentrality()) }
            return named(g.betweennessCentrality(weighted: weighted, distance: distance, threads: threads))
        case .eigenvector:
            return named(
                try g.eigenvectorCentrality(
                    weighted: weighted, tolerance: options.tolerance, maxIterations: 1000, threads: threads))
        case .pagerank:
            return named(
                try g.pageRank(
                    damping: options.damping, weighted: weighted, tolerance: options.tolerance, threads: threads))
        case .katz:
            do {
                return named(
                    try g.katzCentrality(
                        alpha: options.katzAlpha, weighted: weighted, tolerance: options.tolerance, threads: threads))
            } catch IterationError.notConverged {
                throw CentralityError.katzDiverged(alpha: options.katzAlpha)
            }
        case .hits:
            let result = try hits()
            var hubs = result.hubs
            var authorities = result.authorities
            hubs.name = "hubs"
            authorities.name = "authorities"
            return [hubs, authorities]
        case .hubs: return named(try hits().hubs)
        case .authorities: return named(try hits().authorities)
        case .clustering: return named(g.clustering(weighted: weighted))
        case .constraint: return named(holes().constraint)
        case .effectiveSize: return named(holes().effectiveSize)
        case .core: return named(g.coreNumbers())
        case .component:
            return named((g.isDirected ? g.stronglyConnectedComponents() : g.connectedComponents()).scores)
        }
    }
}
