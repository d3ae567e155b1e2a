import PartnerGraph
import PartnerMetrics

extension NetworkColumns {
    /// The summary of ``network()``, computed from the columns without building the network: the figures are
    /// those of `Network.summary(of:detail:mixingBy:threads:)` (PartnerMetrics) on it, one for one.
    ///
    /// The whole graph is built from the edge columns over every node, the two-mode graph from the edges that end
    /// at a meeting, with actors renumbered first and meetings after, as the network's views number them. Full
    /// detail (clustering, centralisation, mixing by region) is computed on the network itself.
    /// - Parameters:
    ///   - detail: how much to compute.
    ///   - threads: worker threads for the pair kernels; nil uses every active core.
    /// - Complexity: O(n + m + Σ_k n_k²) time for meeting sizes n_k; memory the columns and two graphs.
    func summary(detail: NetworkSummary.Detail, threads: Int?) throws -> NetworkSummary {
        if detail == .full { return try network().summary(detail: detail, threads: threads) }
        var nodesPerKind = [Int](repeating: 0, count: kindTable.count)
        for kind in kinds { nodesPerKind[Int(kind)] += 1 }
        var edgesPerRelation = [Int](repeating: 0, count: relationTable.count)
        var participations = 0
        for edge in from.indices {
            edgesPerRelation[Int(relations[edge])] += 1
            if isMeeting(Int(to[edge])) { participations += 1 }
        }
        let isWeighted = edgeDetails.values.contains { $0.weight != nil }
        // The whole graph is let go before the two-mode graph is built: the two are never held together.
        let (links, components, largestComponent, density) = wholeGraphFigures(weighted: isWeighted)
        let kindCounts = kindTable.indices.filter { nodesPerKind[$0] > 0 }.map { (kindTable[$0], nodesPerKind[$0]) }
        let relationCounts = relationTable.indices.filter { edgesPerRelation[$0] > 0 }.map { (relationTable[$0], edgesPerRelation[$0]) }
        let network = NetworkSummary.Whole(
            nodes: ids.count, edges: from.count, links: links, participations: participations,
            ties: from.count - participations, isDirected: isDirected, isWeighted: isWeighted,
            nodesByKind: kindCounts.sorted { $0.0 < $1.0 }.map { NetworkSummary.KindCount(kind: $0.0, count: $0.1) },
            edgesByRelation: relationCounts.sorted { $0.0 < $1.0 }.map { NetworkSummary.RelationCount(relation: $0.0, count: $0.1) },
            components: components, largestComponent: largestComponent, density: density)
        guard kindIsMeeting.indices.contains(where: { kindIsMeeting[$0] && nodesPerKind[$0] > 0 }) else {
            return NetworkSummary(name: name, timeSpan: timeSpan, network: network, twoMode: nil, projection: nil, detail: detail)
        }
        let twoModeGraph = self.twoModeGraph()
        let (twoMode, projection) = twoModeGraph.summarySections(detail: detail, mixing: nil, threads: threads)
        return NetworkSummary(name: name, timeSpan: timeSpan, network: network, twoMode: twoMode, projection: projection, detail: detail)
    }

    /// The whole graph's figures: links, components, the largest component's size, density.
    private func wholeGraphFigures(weighted: Bool) -> (links: Int, components: Int, largest: Int, density: Double) {
        let weights = weighted ? from.indices.map { edgeDetails[$0]?.weight ?? 1 } : nil
        let whole = Graph(nodeCount: ids.count, sources: from, targets: to, weights: weights, nodeIDs: ids).simplified()
        let components = whole.connectedComponents()
        return (whole.edgeCount, components.count, components.sizes.max() ?? 0, whole.density)
    }

    /// The first and last dates of the meetings and dated edges, as `Network.timeSpan` gives them.
    var timeSpan: ClosedRange<PartialDate>? {
        var first: PartialDate?
        var last: PartialDate?
        func note(_ date: PartialDate?) {
            guard let date else { return }
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ $0 < date }) ?? true { last = date }
        }
        for details in nodeDetails.values {
            note(details.meeting?.start)
            note(details.meeting?.end)
        }
        for details in edgeDetails.values {
            note(details.start)
            note(details.end)
        }
        guard let first, let last else { return nil }
        return first...last
    }

    /// The two-mode graph of every actor and meeting, as `Network.twoModeGraph()` builds it.
    func twoModeGraph() -> TwoModeGraph {
        var order: [Int] = []
        order.reserveCapacity(ids.count)
        for node in ids.indices where !isMeeting(node) { order.append(node) }
        let actorCount = order.count
        for node in ids.indices where isMeeting(node) { order.append(node) }
        var graphIndex = [UInt32](repeating: 0, count: ids.count)
        for (position, node) in order.enumerated() { graphIndex[node] = UInt32(position) }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for edge in from.indices where isMeeting(Int(to[edge])) {
            sources.append(graphIndex[Int(from[edge])])
            targets.append(graphIndex[Int(to[edge])])
        }
        let graph = Graph(
            nodeCount: order.count, sources: sources, targets: targets, nodeIDs: order.map { ids[$0] }, nodeNames: order.map { names[$0] }
        ).simplified()
        return TwoModeGraph(graph: graph, actorCount: actorCount, networkIndices: order)
    }
}
