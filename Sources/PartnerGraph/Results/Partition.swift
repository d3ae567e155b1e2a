/// A partition of a graph's nodes into communities, with its modularity.
///
/// Communities are numbered `0..<communityCount` in the order their first node appears in the graph, so
/// two runs that find the same grouping give equal values.
/// ```swift
/// let partition = graph.louvainCommunities(seed: 7)
/// partition.communityCount
/// partition["NGA"]            // community of node NGA
/// partition.members(of: 0)    // ids in community 0
/// partition.largest(3)        // the three largest communities, with their members
/// ```
public struct Partition: Sendable, Equatable {
    /// The algorithm that produced it, e.g. "louvain".
    public var method: String
    /// The community of each node, indexed like the graph.
    public var communities: [Int]
    /// The nodes of the graph the partition was computed on.
    public var nodes: NodeIndex
    /// One id per node, parallel to `communities` (the ids of ``nodes``).
    public var nodeIDs: [String] {
        get { nodes.ids }
        set { nodes = NodeIndex(ids: newValue) }
    }
    /// Newman-Girvan modularity of the partition at `resolution` (PartnerMetrics computes it with `Graph.modularity(of:resolution:)`).
    public var modularity: Double
    /// The resolution γ used.
    public var resolution: Double

    /// Creates a partition; labels are renumbered by first appearance.
    /// - Complexity: O(n) (labels hashed once each).
    public init(method: String, communities: [Int], nodeIDs: [String], modularity: Double, resolution: Double = 1) {
        self.init(
            method: method, communities: communities, nodes: NodeIndex(ids: nodeIDs), modularity: modularity,
            resolution: resolution)
    }

    /// Creates a partition of the nodes of an index (usually a graph's ``Graph/nodeIndex``); labels are
    /// renumbered by first appearance.
    /// - Complexity: O(n) (labels hashed once each).
    public init(method: String, communities: [Int], nodes: NodeIndex, modularity: Double, resolution: Double = 1) {
        precondition(communities.count == nodes.count, "one community per node id")
        self.method = method
        self.communities = Partition.renumbered(communities)
        self.nodes = nodes
        self.modularity = modularity
        self.resolution = resolution
    }

    /// Number of communities.
    /// - Complexity: O(n).
    public var communityCount: Int { (communities.max() ?? -1) + 1 }

    /// The community of the node with this id, or nil.
    /// - Complexity: O(1) expected (see ``NodeIndex/index(of:)``).
    public subscript(id: String) -> Int? { nodes.index(of: id).map { communities[$0] } }

    /// The size of every community, indexed by community.
    /// - Complexity: O(n).
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: communityCount)
        for community in communities { sizes[community] += 1 }
        return sizes
    }

    /// The ids of a community's members, in node order.
    /// - Complexity: O(n).
    public func members(of community: Int) -> [String] {
        communities.indices.filter { communities[$0] == community }.map { nodes[$0] }
    }

    /// One community: its number, size and members.
    public struct Community: Sendable, Equatable {
        /// The community's number, as in ``Partition/communities``.
        public var number: Int
        /// The ids of its members, in node order.
        public var members: [String]
        /// The number of members.
        public var size: Int { members.count }
    }

    /// Every community from the largest to the smallest; equal sizes in community order.
    /// - Complexity: O(n + c log c) for c communities.
    public func bySize() -> [Community] { largest(communityCount) }

    /// The `k` largest communities with their members; equal sizes in community order (so in the order of
    /// their first node).
    /// - Complexity: O(n + c log k) for c communities.
    public func largest(_ k: Int) -> [Community] {
        let sizes = sizes
        let chosen = TopK.select(k, from: sizes.indices) { a, b in sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b }
        var members = [[String]](repeating: [], count: communityCount)
        var position = [Int](repeating: -1, count: communityCount)
        for (rank, community) in chosen.enumerated() { position[community] = rank }
        for (node, community) in communities.enumerated() where position[community] >= 0 {
            members[community].append(nodes[node])
        }
        return chosen.map { Community(number: $0, members: members[$0]) }
    }

    /// Labels renumbered 0, 1, 2... by first appearance.
    package static func renumbered(_ labels: [Int]) -> [Int] {
        var map: [Int: Int] = [:]
        return labels.map { label in
            if let known = map[label] { return known }
            map[label] = map.count
            return map.count - 1
        }
    }
}
