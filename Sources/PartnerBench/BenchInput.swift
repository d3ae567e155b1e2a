import Foundation
import PartnerIO
import PartnerMetrics

/// A benchmark input file read into a graph, with the time each stage took.
struct BenchInput {
    let graph: Graph
    /// Nodes: for an affiliation list, actors plus meetings.
    let nodeCount: Int
    /// Edges: lines of an edge list, rows of an affiliation list.
    let edgeCount: Int
    let parseSeconds: Double
    let buildSeconds: Double

    /// Reads `path` as an affiliation list when its first line is `actor<TAB>meeting<TAB>role`, else as an
    /// edge list; an affiliation list becomes the bipartite graph over actors then meetings.
    static func load(path: String) throws -> BenchInput {
        let kind = try InputKind.detect(path: path)
        let parseStart = DispatchTime.now().uptimeNanoseconds
        if kind == .affiliation {
            let parsed = try AffiliationReader.parse(path: path)
            let buildStart = DispatchTime.now().uptimeNanoseconds
            let graph = parsed.makeTwoModeGraph().graph
            let end = DispatchTime.now().uptimeNanoseconds
            return BenchInput(
                graph: graph, nodeCount: graph.nodeCount, edgeCount: parsed.actors.count,
                parseSeconds: Double(buildStart - parseStart) / 1e9, buildSeconds: Double(end - buildStart) / 1e9)
        }
        let parsed = try EdgeList.parse(path: path)
        let buildStart = DispatchTime.now().uptimeNanoseconds
        let graph = parsed.makeGraph(directed: false)
        let end = DispatchTime.now().uptimeNanoseconds
        return BenchInput(
            graph: graph, nodeCount: graph.nodeCount, edgeCount: parsed.sources.count,
            parseSeconds: Double(buildStart - parseStart) / 1e9, buildSeconds: Double(end - buildStart) / 1e9)
    }
}
