/// A partition of a graph's nodes into communities, with its modularity.
///
/// Communities are numbered `0..<communityCount` in the order their first node appears in the graph, so
/// two runs that find the same grouping give equal values.
/// ```swift
/// let partition = graph.louvainCommunities(seed: 7)
/// partition.communityCount
/// partition["NGA"]            // community of node NGA
/// partition.members(of: 0)    // ids in community 0
/// ```
public struct Partition: Sendable, Equatable {
    /// The algorithm that produced it, e.g. "louvain".
    public var method: String
    /// The community of each node, indexed like the graph.
    public var communities: [Int]
    /// One id per node, parallel to `communities`.
    public var nodeIDs: [String]
    /// Newman-Girvan modularity of the partition at `resolution` (PartnerMetrics computes it with `Graph.modularity(of:resolution:)`).
    public var modularity: Double
    /// The resolution γ used.
    public var resolution: Double

    /// Creates a partition; labels are renumbered by first appearance.
    /// - Complexity: O(n) (labels hashed once each).
    public init(method: String, communities: [Int], nodeIDs: [String], modularity: Double, resolution: Double = 1) {
        precondition(communities.count == nodeIDs.count, "one community per node id")
        self.method = method
        self.communities = Partition.renumbered(communities)
        self.nodeIDs = nodeIDs
        self.modularity = modularity
        self.resolution = resolution
    }

    /// Number of communities.
    /// - Complexity: O(n).
    public var communityCount: Int { (communities.max() ?? -1) + 1 }

    /// The community of the node with this id, or nil.
    /// - Complexity: O(n).
    public subscript(id: String) -> Int? { nodeIDs.firstIndex(of: id).map { communities[$0] } }

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
        communities.indices.filter { communities[$0] == community }.map { nodeIDs[$0] }
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
