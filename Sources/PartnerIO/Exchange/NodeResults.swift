/// Results computed on a network, written with it: in GraphML, GEXF and node-link JSON as node attributes
/// (typed: a score is a double, a community an integer), and beside a Pajek network as `.vec` and `.clu` files.
///
/// ```swift
/// let scores = try network.measuredGraph(.network).centralities([.degree, .betweenness])
/// let results = NodeResults(scores: scores, partition: network.graph().louvainCommunities(seed: 1))
/// let files = try ExchangeFormat.graphml.files(for: network, results: results)
/// ```
public struct NodeResults: Sendable {
    /// Score columns, each written under its name (`degree`, `betweenness`).
    public var scores: [NodeScores]
    /// A partition, written as `community` (numbered from 0 as attributes, from 1 in a Pajek `.clu`).
    public var partition: Partition?

    public init(scores: [NodeScores] = [], partition: Partition? = nil) {
        self.scores = scores
        self.partition = partition
    }

    public var isEmpty: Bool { scores.isEmpty && partition == nil }

    /// One column per result: its attribute name (prefixed `result.` where a node field or attribute has the
    /// name already), its type, and its value by node id.
    func columns(for network: Network) -> [(name: String, type: ExchangeFields.FieldType, values: [String: ExchangeFields.Value])] {
        var taken = ExchangeFields.reservedNodeNames
        for node in network.nodes { for key in node.attributes.keys { taken.insert(ExchangeFields.attributeName(key)) } }
        func name(_ wanted: String) -> String {
            let chosen = taken.contains(wanted) ? "result." + wanted : wanted
            taken.insert(chosen)
            return chosen
        }
        var columns: [(String, ExchangeFields.FieldType, [String: ExchangeFields.Value])] = []
        for score in scores {
            columns.append(
                (name(score.name), .double, Dictionary(zip(score.nodeIDs, score.values.map(ExchangeFields.Value.double)), uniquingKeysWith: { a, _ in a })))
        }
        if let partition {
            columns.append(
                (
                    name("community"), .int,
                    Dictionary(zip(partition.nodeIDs, partition.communities.map(ExchangeFields.Value.int)), uniquingKeysWith: { a, _ in a })
                ))
        }
        return columns
    }
}
