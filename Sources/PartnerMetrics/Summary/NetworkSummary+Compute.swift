extension Network {
    /// The summary of this network: the whole network, the two-mode graph and the actor projection (see
    /// ``NetworkSummary`` for what each figure means).
    ///
    /// The projection's components come from the two-mode graph (actors sharing a meeting are in the same
    /// component), its pair count and clustering from the parallel pair kernel
    /// (``PartnerGraph/TwoModeGraph/actorPairCounts(threads:sortedRows:)``) and the degree-ordered triangle
    /// count (``ActorPairCounts/triangles(threads:)``): the projection graph itself is never built, except for
    /// mixing.
    /// - Parameters:
    ///   - actorKinds: the actors of the two-mode graph and the projection; nil for all. The whole network
    ///     always holds every node.
    ///   - detail: ``NetworkSummary/Detail/counts`` or ``NetworkSummary/Detail/full`` (adds clustering,
    ///     centralisation and mixing).
    ///   - attribute: with full detail, group actors by this attribute (`region`, `kind`, or a key of
    ///     `attributes`) for the E-I index and assortativity; nil, or no actor having it, skips mixing.
    ///   - threads: worker threads for the pair and triangle kernels; nil uses every active core. The result
    ///     does not depend on it.
    /// - Complexity: O(n + m + Σ_k n_k²) for counts (meeting sizes n_k); full adds the triangle count,
    ///   O(P √P) at worst for P pairs, and Opsahl's C* when it is small enough.
    public func summary(
        of actorKinds: Set<NodeKind>? = nil, detail: NetworkSummary.Detail = .full, mixingBy attribute: String? = "region",
        threads: Int? = nil
    ) -> NetworkSummary {
        var kinds: [NodeKind: Int] = [:]
        for node in nodes { kinds[node.kind, default: 0] += 1 }
        var relations: [Relation: Int] = [:]
        var participations = 0
        for edge in edges {
            relations[edge.relation, default: 0] += 1
            if let to = index(of: edge.to), nodes[to].isMeeting { participations += 1 }
        }
        let whole = graph()
        let wholeComponents = whole.connectedComponents()
        let network = NetworkSummary.Whole(
            nodes: nodes.count, edges: edges.count, links: whole.edgeCount, participations: participations,
            ties: edges.count - participations, isDirected: isDirected, isWeighted: edges.contains { $0.weight != nil },
            nodesByKind: kinds.keys.sorted().map { NetworkSummary.KindCount(kind: $0, count: kinds[$0]!) },
            edgesByRelation: relations.keys.sorted().map { NetworkSummary.RelationCount(relation: $0, count: relations[$0]!) },
            components: wholeComponents.count, largestComponent: wholeComponents.sizes.max() ?? 0, density: whole.density)

        // Without meetings there is no second mode: the two-mode and projection sections would be zeros.
        guard hasMeetings else {
            return NetworkSummary(name: name, timeSpan: timeSpan, network: network, twoMode: nil, projection: nil, detail: detail)
        }
        let twoModeGraph = twoModeGraph(actorKinds: actorKinds)
        let groups = attribute.map { attribute in
            (attribute, { (0..<twoModeGraph.actorCount).map { nodes[twoModeGraph.networkIndices[$0]].groupingValue(attribute) } })
        }
        let (twoMode, projection) = twoModeGraph.summarySections(detail: detail, mixing: groups, threads: threads)
        return NetworkSummary(
            name: name, timeSpan: timeSpan, network: network, twoMode: twoMode, projection: projection, detail: detail)
    }
}

extension TwoModeGraph {
    /// The two-mode and projection sections of ``NetworkSummary`` for this graph: what
    /// ``PartnerGraph/Network/summary(of:detail:mixingBy:threads:)`` computes once it has the two-mode graph, for
    /// a reader that builds that graph without a `Network` (an affiliation list).
    ///
    /// With ``NetworkSummary/Detail/counts`` the projection's pairs are only counted
    /// (``actorPairCount(threads:)``), never stored; full detail stores them once for clustering and mixing.
    /// - Parameters:
    ///   - detail: how much to compute.
    ///   - mixing: with full detail, the attribute actors are grouped by and a function giving each actor's
    ///     value (actors in graph order); nil, or no actor having a value, skips mixing.
    ///   - threads: worker threads for the pair and triangle kernels; nil uses every active core.
    /// - Complexity: as ``PartnerGraph/Network/summary(of:detail:mixingBy:threads:)`` without the whole-network
    ///   section; O(threads · actors + memberships) memory for counts.
    package func summarySections(
        detail: NetworkSummary.Detail, mixing: (attribute: String, groups: () -> [String?])?, threads: Int?
    ) -> (twoMode: NetworkSummary.TwoMode, projection: NetworkSummary.ActorProjection) {
        let g = graph
        let actors = actorCount
        let meetings = meetingCount
        var twoMode = NetworkSummary.TwoMode(
            actors: actors, meetings: meetings, links: g.edgeCount,
            density: actors > 0 && meetings > 0 ? Double(g.edgeCount) / (Double(actors) * Double(meetings)) : 0)

        // Actors sharing a meeting are connected in the two-mode graph, and only then.
        let twoModeComponents = g.connectedComponents()
        var actorsPerComponent = [Int](repeating: 0, count: twoModeComponents.count)
        var isolated = 0
        for a in 0..<actors {
            actorsPerComponent[Int(twoModeComponents.labels[a])] += 1
            if !g.neighbors(of: a).contains(where: { g.degree(of: Int($0)) > 1 }) { isolated += 1 }
        }
        let counts = detail == .full ? actorPairCounts(threads: threads, sortedRows: false) : nil
        let pairCount = counts?.pairCount ?? actorPairCount(threads: threads)
        let n = Double(actors)
        var projection = NetworkSummary.ActorProjection(
            actors: actors, pairs: pairCount, density: actors > 1 ? 2 * Double(pairCount) / (n * (n - 1)) : 0,
            components: actorsPerComponent.count(where: { $0 > 0 }), largestComponent: actorsPerComponent.max() ?? 0,
            isolatedActors: isolated)

        if let counts {
            twoMode.robinsAlexanderClustering = robinsAlexanderClustering(counts: counts)
            twoMode.opsahlClustering = opsahlClustering()
            let triangles = counts.triangles(threads: threads)
            let actorIDs = Array(g.nodeIDs[0..<actors])
            let scale = actors > 1 ? 1 / (n - 1) : 1
            projection.degreeCentralization = NodeScores(
                name: "degree centrality", values: triangles.neighbors.map { Double($0) * scale }, nodeIDs: actorIDs
            ).freemanCentralization(measure: .degree)
            projection.triangles = triangles.total
            projection.transitivity = triangles.transitivity
            projection.averageClustering = triangles.averageClustering
            if let mixing {
                let groups = mixing.groups()
                if groups.contains(where: { $0 != nil }) {
                    var sources = [UInt32](repeating: 0, count: counts.pairCount)
                    for a in 0..<actors { for slot in counts.offsets[a]..<counts.offsets[a + 1] { sources[slot] = UInt32(a) } }
                    let weighted = Graph(
                        nodeCount: actors, sources: sources, targets: counts.partners, weights: counts.counts.map(Double.init),
                        nodeIDs: actorIDs)
                    projection.mixingAttribute = mixing.attribute
                    projection.mixing = weighted.mixing(by: groups)
                }
            }
        }
        return (twoMode, projection)
    }
}

extension Graph {
    /// The summary of a bare graph (an edge list): only the whole-network section, with no participations or
    /// ties, since a bare graph has no meetings.
    /// - Parameter name: what to call it (the file name).
    /// - Complexity: O(n + m).
    public func summary(name: String) -> NetworkSummary {
        let simple = simplified()
        let components = simple.connectedComponents()
        let network = NetworkSummary.Whole(
            nodes: nodeCount, edges: edgeCount, links: simple.edgeCount, participations: nil, ties: nil,
            isDirected: isDirected, isWeighted: isWeighted, nodesByKind: [], edgesByRelation: [],
            components: components.count, largestComponent: components.sizes.max() ?? 0, density: simple.density)
        return NetworkSummary(name: name, timeSpan: nil, network: network, twoMode: nil, projection: nil, detail: .counts)
    }
}
