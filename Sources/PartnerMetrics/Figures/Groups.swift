/// A community detection method: the one vocabulary of `partnet communities --method`, the report's groups
/// and every export that writes a `community`.
public enum CommunityMethod: String, CaseIterable, Sendable {
    /// Blondel et al.'s Louvain method (``PartnerGraph/Graph/louvainCommunities(resolution:seed:)``).
    case louvain
    /// Traag et al.'s Leiden method, whose communities are connected
    /// (``PartnerGraph/Graph/leidenCommunities(resolution:seed:randomness:iterations:)``).
    case leiden
}

extension Graph {
    /// Communities of this graph by `method`: the one dispatch over the community methods.
    /// - Parameters:
    ///   - method: Louvain or Leiden.
    ///   - resolution: γ in the modularity (1: Newman-Girvan).
    ///   - seed: the seed of the random node order; the same seed gives the same partition.
    /// - Complexity: that of the method, O(m) per pass.
    public func communities(method: CommunityMethod, resolution: Double = 1, seed: UInt64 = GroupOptions.defaultSeed)
        -> Partition
    {
        switch method {
        case .louvain: louvainCommunities(resolution: resolution, seed: seed)
        case .leiden: leidenCommunities(resolution: resolution, seed: seed)
        }
    }
    /// The groups of a bare graph (an edge list, no meetings), partitioned as it is by the options' method,
    /// resolution, weights and seed; its scope is ignored, since the graph is its own projection.
    /// - Complexity: that of the method, O(m) per pass.
    public func groups(_ options: GroupOptions = GroupOptions()) -> Groups {
        let partition = (options.weighted ? self : withoutWeights())
            .communities(method: options.method, resolution: options.resolution, seed: options.seed)
        return Groups(partition: partition, networkIndices: Array(0..<nodeCount), options: options)
    }
}

/// What "the groups" of a network are: the parameters of ``PartnerGraph/Network/groups(_:)``, each with the
/// one default every command, export and page uses.
///
/// The defaults and why:
/// - scope ``/PartnerGraph/FigureScope/projection``: groups are of actors who meet together; a meeting is not a member, and
///   on the whole network the meetings' own links would decide the groups. A network without meetings (a
///   one-mode graph) links its actors directly and is partitioned as it is;
/// - weighted by shared meetings: two actors meeting ten times are closer than two meeting once (NetworkX's
///   `louvain_communities` also reads weights by default);
/// - Louvain, resolution 1 (Newman-Girvan modularity);
/// - seed 1: Louvain and Leiden depend on the order they visit nodes in; a fixed seed makes the groups
///   reproducible and the same in the tool, the report, `render`, `convert --with-metrics` and VOSviewer.
public struct GroupOptions: Sendable, Equatable {
    /// The seed every path uses unless told otherwise.
    public static let defaultSeed: UInt64 = 1

    /// Louvain or Leiden.
    public var method: CommunityMethod = .louvain
    /// The graph partitioned: the actor projection, the two-mode graph or the whole network.
    public var scope: FigureScope = .projection
    /// γ in the modularity.
    public var resolution: Double = 1
    /// The seed of the method's random node order.
    public var seed: UInt64 = GroupOptions.defaultSeed
    /// Use the scope's weights (the projection's shared meetings); the two-mode graph and the whole network
    /// have none.
    public var weighted: Bool = true
    /// The actors of the projection and the two-mode graph; nil for all.
    public var actorKinds: Set<NodeKind>? = nil
    /// The relations through which actors meet, for the projection and the two-mode graph.
    public var relations: CoOccurrenceRelations = .coAttendance

    /// The defaults.
    public init() {}

    /// The defaults with another method, scope or seed.
    public init(method: CommunityMethod = .louvain, scope: FigureScope = .projection, seed: UInt64 = GroupOptions.defaultSeed) {
        self.method = method
        self.scope = scope
        self.seed = seed
    }
}

/// The groups of a network: a partition of the nodes of one scope, with the network node of each.
public struct Groups: Sendable, Equatable {
    /// The partition, over the nodes of the scope's graph (its `nodeIDs` are network ids).
    public var partition: Partition
    /// The network node of each partitioned node.
    public var networkIndices: [Int]
    /// Barber's bipartite modularity, for a partition of the two-mode graph; nil otherwise.
    public var bipartiteModularity: Double?
    /// What made it.
    public var options: GroupOptions

    /// Groups from a partition already made (of a bare graph, for instance).
    public init(partition: Partition, networkIndices: [Int], bipartiteModularity: Double? = nil, options: GroupOptions) {
        self.partition = partition
        self.networkIndices = networkIndices
        self.bipartiteModularity = bipartiteModularity
        self.options = options
    }
}

extension Network {
    /// The groups of this network: the one definition of "group" (`partnet communities`, the report, `render
    /// --color-by community`, `convert --with-metrics` and VOSviewer's clusters all call it).
    ///
    /// ```swift
    /// let groups = network.groups()                 // Louvain on the weighted actor projection, seed 1
    /// groups.partition.communityCount
    /// ```
    /// - Parameter options: scope, method, resolution, weights and seed; see ``GroupOptions`` for the defaults.
    /// - Complexity: building the scope's graph (O(Σ_k n_k²) for the projection) plus the method, O(m) per pass.
    public func groups(_ options: GroupOptions = GroupOptions()) -> Groups {
        let graph: Graph
        let indices: [Int]
        var twoMode: TwoModeGraph?
        // A network without meetings (a one-mode graph read from an edge list) links its actors directly:
        // it is its own projection.
        let scope = options.scope == .projection && !nodes.contains(where: \.isMeeting) ? .network : options.scope
        switch scope {
        case .network:
            graph = self.graph()
            indices = Array(nodes.indices)
        case .twoMode:
            let built = twoModeGraph(relations: options.relations.union, actorKinds: options.actorKinds)
            twoMode = built
            graph = built.graph
            indices = built.networkIndices
        case .projection:
            let pairs = coOccurrence(of: options.actorKinds, via: options.relations)
            graph = pairs.graph()
            indices = pairs.actorIDs.map { index(of: $0)! }
        }
        let partition = (options.weighted ? graph : graph.withoutWeights())
            .communities(method: options.method, resolution: options.resolution, seed: options.seed)
        return Groups(
            partition: partition, networkIndices: indices,
            bipartiteModularity: twoMode.map { $0.barberModularity(of: partition.communities) }, options: options)
    }
}
