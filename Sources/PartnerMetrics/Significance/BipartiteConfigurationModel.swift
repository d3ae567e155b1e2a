import Foundation

/// The bipartite configuration model (BiCM) of a two-mode graph: the maximum-entropy ensemble of actor ×
/// meeting graphs whose expected degrees are the observed ones (Saracco et al. 2015).
///
/// An actor `a` joins a meeting `m` independently with probability `p_am = x_a y_m / (1 + x_a y_m)`, where the
/// fitnesses `x` and `y` solve `Σ_m p_am = d_a` for every actor and `Σ_a p_am = e_m` for every meeting. The
/// fitnesses depend only on degrees, so they are solved per *degree class* (the distinct degrees of each side,
/// weighted by how many nodes have them): a few hundred unknowns even for millions of nodes.
///
/// The solver is the fixed-point iteration of Vallarano et al. (2021), `x_i ← d_i / Σ_c n_c y_c / (1 + x_i y_c)`
/// and `y_c ← e_c / Σ_i n_i x_i / (1 + x_i y_c)` over classes, run until the largest error of an expected
/// degree is below `1e-12 · max(1, degree)` (``residual`` reports what was reached). A node whose degree is
/// the size of the other side (an actor at every meeting) joins with probability 1 and is taken out of the
/// iteration; a node of degree 0 joins with probability 0.
/// ```swift
/// let model = BipartiteConfigurationModel(twoMode)
/// model.probability(actorClass: model.actorClass[a], meetingClass: 0)
/// ```
///
/// References: F. Saracco, R. Di Clemente, A. Gabrielli, T. Squartini, "Randomizing bipartite networks: the
/// case of the World Trade Web", Sci. Rep. 5, 10595 (2015); N. Vallarano et al., "Fast and scalable
/// likelihood maximization for exponential random graph models with local constraints", Sci. Rep. 11, 15227
/// (2021).
public struct BipartiteConfigurationModel: Sendable, Equatable {
    /// The distinct actor degrees, ascending: actor class `i` holds the actors of degree `actorDegrees[i]`.
    public let actorDegrees: [Int]
    /// The number of actors in each actor class.
    public let actorClassSizes: [Int]
    /// The distinct meeting degrees, ascending.
    public let meetingDegrees: [Int]
    /// The number of meetings in each meeting class.
    public let meetingClassSizes: [Int]
    /// The fitness `x_i` of each actor class (0 for degree 0, infinity for an actor at every meeting).
    public let actorFitness: [Double]
    /// The fitness `y_c` of each meeting class.
    public let meetingFitness: [Double]
    /// The class of each actor, indexed like the two-mode graph's actors.
    public let actorClass: [Int]
    /// The class of each meeting, indexed from 0 (the graph's node `actorCount + m` is meeting `m`).
    public let meetingClass: [Int]
    /// The largest `|expected − observed|` degree over all nodes after solving.
    public let residual: Double
    /// The fixed-point iterations run.
    public let iterations: Int

    /// Solves the model of a two-mode graph.
    /// - Parameters:
    ///   - twoMode: the actor × meeting graph (simple: one edge per actor and meeting).
    ///   - maximumIterations: a bound on the fixed-point iterations.
    /// - Complexity: O(n + m) to class the degrees, then O(I · K_a · K_m) for I iterations over K_a actor and
    ///   K_m meeting degree classes.
    public init(_ twoMode: TwoModeGraph, maximumIterations: Int = 200_000) {
        let graph = twoMode.graph
        let actors = twoMode.actorCount
        (actorDegrees, actorClassSizes, actorClass) = Self.classes((0..<actors).map { graph.degree(of: $0) })
        (meetingDegrees, meetingClassSizes, meetingClass) = Self.classes(
            (actors..<graph.nodeCount).map { graph.degree(of: $0) })
        let solution = Self.solve(
            actorDegrees: actorDegrees, actorSizes: actorClassSizes, meetingDegrees: meetingDegrees,
            meetingSizes: meetingClassSizes, maximumIterations: maximumIterations)
        actorFitness = solution.x
        meetingFitness = solution.y
        residual = solution.residual
        iterations = solution.iterations
    }

    /// The probability that an actor of class `actorClass` joins a given meeting of class `meetingClass`:
    /// `x y / (1 + x y)`.
    /// - Complexity: O(1).
    @inlinable public func probability(actorClass: Int, meetingClass: Int) -> Double {
        Self.link(actorFitness[actorClass], meetingFitness[meetingClass])
    }

    /// `x y / (1 + x y)`, with infinity (a node joined to everything) meaning 1 unless the other side is 0.
    @inlinable static func link(_ x: Double, _ y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        if x.isInfinite || y.isInfinite { return 1 }
        let product = x * y
        return product / (1 + product)
    }

    /// Distinct values ascending, their multiplicities, and each item's class.
    static func classes(_ degrees: [Int]) -> (values: [Int], sizes: [Int], classOf: [Int]) {
        let values = Array(Set(degrees)).sorted()
        var index: [Int: Int] = [:]
        for (position, value) in values.enumerated() { index[value] = position }
        var sizes = [Int](repeating: 0, count: values.count)
        let classOf = degrees.map { degree -> Int in
            let position = index[degree]!
            sizes[position] += 1
            return position
        }
        return (values, sizes, classOf)
    }

    /// The fixed-point iteration over classes, with nodes joined to the whole other side taken out.
    static func solve(
        actorDegrees: [Int], actorSizes: [Int], meetingDegrees: [Int], meetingSizes: [Int], maximumIterations: Int
    ) -> (x: [Double], y: [Double], residual: Double, iterations: Int) {
        let activeMeetings = zip(meetingDegrees, meetingSizes).reduce(0) { $0 + ($1.0 > 0 ? $1.1 : 0) }
        let activeActors = zip(actorDegrees, actorSizes).reduce(0) { $0 + ($1.0 > 0 ? $1.1 : 0) }
        let fullActors = zip(actorDegrees, actorSizes).reduce(0) { $0 + ($1.0 == activeMeetings && $1.0 > 0 ? $1.1 : 0) }
        let fullMeetings = zip(meetingDegrees, meetingSizes).reduce(0) { $0 + ($1.0 == activeActors && $1.0 > 0 ? $1.1 : 0) }
        // Targets once the full nodes' certain links are taken out.
        let actorTargets = actorDegrees.map { $0 == activeMeetings && $0 > 0 ? -1.0 : Double($0 - fullMeetings) }
        let meetingTargets = meetingDegrees.map { $0 == activeActors && $0 > 0 ? -1.0 : Double($0 - fullActors) }
        let totalLinks = Double(zip(actorDegrees, actorSizes).reduce(0) { $0 + $1.0 * $1.1 })
        let scale = 1 / max(1, totalLinks).squareRoot()
        var x = actorTargets.map { $0 > 0 ? $0 * scale : ($0 < 0 ? Double.infinity : 0) }
        var y = meetingTargets.map { $0 > 0 ? $0 * scale : ($0 < 0 ? Double.infinity : 0) }
        let sizesX = actorSizes.map(Double.init)
        let sizesY = meetingSizes.map(Double.init)

        // Sums over the finite, non-zero fitnesses of the other side.
        func actorSum(_ i: Int) -> Double {
            var sum = 0.0
            for c in y.indices where y[c] > 0 && y[c].isFinite { sum += sizesY[c] * y[c] / (1 + x[i] * y[c]) }
            return sum
        }
        func meetingSum(_ c: Int) -> Double {
            var sum = 0.0
            for i in x.indices where x[i] > 0 && x[i].isFinite { sum += sizesX[i] * x[i] / (1 + x[i] * y[c]) }
            return sum
        }
        func residual() -> Double {
            var worst = 0.0
            for i in x.indices where x[i] > 0 && x[i].isFinite {
                worst = max(worst, abs(x[i] * actorSum(i) - actorTargets[i]) / max(1, actorTargets[i]))
            }
            for c in y.indices where y[c] > 0 && y[c].isFinite {
                worst = max(worst, abs(y[c] * meetingSum(c) - meetingTargets[c]) / max(1, meetingTargets[c]))
            }
            return worst
        }
        var iterations = 0
        var error = residual()
        while error > 1e-12 && iterations < maximumIterations {
            for i in x.indices where x[i] > 0 && x[i].isFinite { x[i] = actorTargets[i] / actorSum(i) }
            for c in y.indices where y[c] > 0 && y[c].isFinite { y[c] = meetingTargets[c] / meetingSum(c) }
            iterations += 1
            if iterations % 16 == 0 { error = residual() }
        }
        error = residual()
        // The residual in degrees (not relative), as reported.
        var worst = 0.0
        for i in x.indices where x[i] > 0 && x[i].isFinite { worst = max(worst, abs(x[i] * actorSum(i) - actorTargets[i])) }
        for c in y.indices where y[c] > 0 && y[c].isFinite { worst = max(worst, abs(y[c] * meetingSum(c) - meetingTargets[c])) }
        return (x, y, worst, iterations)
    }
}
