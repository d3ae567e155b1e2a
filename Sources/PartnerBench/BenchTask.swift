import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// The benchmark tasks, by their names in the peer harness.
///
/// To add a task: add a case (its raw value is the harness's task name) and one line to ``run(_:)`` calling
/// a function `(BenchContext) throws -> BenchOutput`, kept in its own file under `Bench/`.
enum BenchTask: String, CaseIterable, ExpressibleByArgument {
    case load
    case degree
    case pagerank
    case pageRankPower = "pagerank-power"
    case eigenvector
    case betweenness
    case betweennessK = "betweenness-k"
    case betweennessWeighted = "betweenness-weighted"
    case closeness
    case harmonic
    case components
    case project
    case louvain

    /// Runs the task; only this call is timed as `run_s`.
    func run(_ context: BenchContext) throws -> BenchOutput {
        switch self {
        case .load: .none
        case .degree: degreeTask(context)
        case .pagerank: try pageRankTask(context)
        case .pageRankPower: try pageRankTask(context, solver: .powerIteration)
        case .eigenvector: try eigenvectorTask(context)
        case .betweenness: betweennessTask(context)
        case .betweennessK: try sampledBetweennessTask(context)
        case .betweennessWeighted: try weightedBetweennessTask(context)
        case .closeness: closenessTask(context)
        case .harmonic: harmonicTask(context)
        case .components: componentsTask(context)
        case .project: try projectTask(context)
        case .louvain: louvainTask(context)
        }
    }
}

/// What a task gets: the graph and the options of the command line.
struct BenchContext {
    let input: BenchInput
    let threads: Int?
    let sourcesFile: String?

    var graph: Graph { input.graph }
}

/// A task's result, written with `--values`.
enum BenchOutput {
    /// Nothing to write (load).
    case none
    /// One number per node, written in its shortest exact form.
    case nodeValues([Double], note: String? = nil)
    /// One integer per node (degree, a component label).
    case nodeIntegers([Int])
    /// A result that writes itself to the given path (a projection too large to convert first).
    case custom(note: String?, write: (OutputFile) throws -> Void)
    /// Weighted pairs, `a<TAB>b<TAB>weight` (a projection).
    case pairs(sources: [Int], targets: [Int], weights: [Double])

    var note: String? {
        if case .nodeValues(_, let note) = self { return note }
        if case .custom(let note, _) = self { return note }
        return nil
    }

    /// Writes the result to `path` under the output rule.
    func write(to path: String, nodeIDs: [String], protecting input: String) throws {
        try OutputFile.write(to: path, protecting: [input]) { file in try write(to: file, nodeIDs: nodeIDs) }
    }

    private func write(to file: OutputFile, nodeIDs: [String]) throws {
        func append(_ string: String) throws { try file.write(string) }
        if case .custom(_, let write) = self { return try write(file) }
        switch self {
        case .none, .custom:
            break
        case .nodeValues(let values, _):
            for (id, value) in zip(nodeIDs, values) { try append("\(id)\t\(value)\n") }
        case .nodeIntegers(let values):
            for (id, value) in zip(nodeIDs, values) { try append("\(id)\t\(value)\n") }
        case .pairs(let sources, let targets, let weights):
            for index in sources.indices {
                try append("\(nodeIDs[sources[index]])\t\(nodeIDs[targets[index]])\t\(weights[index])\n")
            }
        }
    }
}

// MARK: - The tasks, by the canonical definitions of shared/bench/README.md

func degreeTask(_ context: BenchContext) -> BenchOutput {
    let graph = context.graph
    return .nodeIntegers((0..<graph.nodeCount).map { graph.degree(of: $0) })
}

/// Damping 0.85, uniform teleport, to the default precision (about twelve digits); the note names the
/// solver and its number of steps. `pagerank-power` forces power iteration, the solver to measure against.
func pageRankTask(_ context: BenchContext, solver: PageRankSolver = .automatic) throws -> BenchOutput {
    let solution = try context.graph.pageRankSolution(
        damping: 0.85, weighted: false, maxIterations: 10_000, threads: context.threads, solver: solver)
    let method = solution.method == .conjugateGradients ? "conjugate gradients" : "power iteration"
    return .nodeValues(solution.scores.values, note: "\(method), \(solution.steps) steps")
}

/// The leading eigenvector of A, non-negative, unit L2 norm.
func eigenvectorTask(_ context: BenchContext) throws -> BenchOutput {
    let scores = try context.graph.eigenvectorCentrality(
        weighted: false, maxIterations: 10_000, threads: context.threads)
    return .nodeValues(scores.values)
}

/// Exact, unweighted, endpoints excluded, normalised by 2/((n-1)(n-2)) over unordered pairs.
func betweennessTask(_ context: BenchContext) -> BenchOutput {
    .nodeValues(context.graph.betweennessCentrality(normalized: true, threads: context.threads).values)
}

/// As `betweenness`, along shortest paths whose lengths are the edge weights (igraph's `weights=`,
/// NetworkX's `weight=`): for an edge list with a weight column; not a task of the peer harness. With
/// `--sources`, estimated from those sources as `betweenness-k` is.
func weightedBetweennessTask(_ context: BenchContext) throws -> BenchOutput {
    let graph = context.graph
    guard let sources = try context.sources() else {
        return .nodeValues(
            graph.betweennessCentrality(normalized: true, weighted: true, distance: .weight, threads: context.threads)
                .values)
    }
    return .nodeValues(
        graph.betweennessCentrality(
            sources: sources, normalized: true, weighted: true, distance: .weight, threads: context.threads
        ).values)
}

/// (n/k) · Σ_{s∈S} δ_s(v) / ((n-1)(n-2)) over the sources listed in `--sources`.
func sampledBetweennessTask(_ context: BenchContext) throws -> BenchOutput {
    let sources = try context.sources() ?? []
    return .nodeValues(
        context.graph.betweennessCentrality(sources: sources, normalized: true, threads: context.threads).values)
}

extension BenchContext {
    /// The node indices listed in `--sources`, one id per line; nil without the option.
    func sources() throws -> [Int]? {
        guard let path = sourcesFile else { return nil }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var index: [String: Int] = [:]
        index.reserveCapacity(graph.nodeCount)
        for (position, id) in graph.nodeIDs.enumerated() { index[id] = position }
        return try text.split(whereSeparator: \.isNewline).enumerated().map { line, id -> Int in
            guard let node = index[String(id)] else {
                throw ValidationError("\(path):\(line + 1): unknown node id \(id)")
            }
            return node
        }
    }
}

/// Wasserman-Faust closeness, as NetworkX's default.
func closenessTask(_ context: BenchContext) -> BenchOutput {
    .nodeValues(context.graph.closenessCentrality(wassermanFaust: true, threads: context.threads).values)
}

/// Σ 1/d, unnormalised.
func harmonicTask(_ context: BenchContext) -> BenchOutput {
    .nodeValues(context.graph.harmonicCentrality(threads: context.threads).values)
}

/// Connected components; the value is a component label.
func componentsTask(_ context: BenchContext) -> BenchOutput {
    .nodeIntegers(context.graph.connectedComponents().labels.map { Int($0) })
}
