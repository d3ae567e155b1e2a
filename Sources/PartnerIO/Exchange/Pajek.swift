import Foundation

/// Pajek `.net`: numbered vertices labelled with their names, then arcs labelled with their relation.
///
/// A network whose every edge links an actor and a meeting is written two-mode (`*Vertices N M`, actors first);
/// any other network one-mode, in the network's node order. A name shared by two nodes is written
/// `name (id)` for the second, so that labels stay distinct. Parallel edges of one relation between the
/// same nodes become one arc whose value is their summed weight (an unweighted edge counts 1); each arc
/// carries its relation as its label (`l "hosts"`), which igraph, NetworkX and Pajek read. Kinds, dates and
/// sources are not part of the format: use GraphML or GEXF to keep everything.
public enum Pajek {
    /// Network node indices in the order vertices are written (vertex `k` is `order[k - 1]`).
    public static func vertexOrder(of network: Network) -> (order: [Int], firstMode: Int?) {
        let isTwoMode =
            !network.meetings.isEmpty && !network.actors.isEmpty
            && network.edges.allSatisfy { network[$0.from]?.isMeeting != network[$0.to]?.isMeeting }
        guard isTwoMode else { return (Array(network.nodes.indices), nil) }
        let actors = network.nodes.indices.filter { !network.nodes[$0].isMeeting }
        return (actors + network.nodes.indices.filter { network.nodes[$0].isMeeting }, actors.count)
    }

    public static func string(for network: Network) -> String {
        let (order, firstMode) = vertexOrder(of: network)
        var vertex = [Int](repeating: 0, count: network.nodes.count)
        var text = "*Vertices \(network.nodes.count)\(firstMode.map { " \($0)" } ?? "")\n"
        var labels = Set<String>()
        for (position, index) in order.enumerated() {
            vertex[index] = position + 1
            let node = network.nodes[index]
            let label = labels.insert(node.name).inserted ? node.name : "\(node.name) (\(node.id))"
            labels.insert(label)
            text += "\(position + 1) \(quoted(label))\n"
        }
        text += "*Arcs\n"
        struct Arc: Hashable {
            var from: Int
            var to: Int
            var relation: String
        }
        var arcs: [Arc] = []
        var values: [Arc: Double] = [:]
        for edge in network.edges {
            let arc = Arc(from: vertex[network.index(of: edge.from)!], to: vertex[network.index(of: edge.to)!], relation: edge.relation.rawValue)
            if values[arc] == nil { arcs.append(arc) }
            values[arc, default: 0] += edge.weight ?? 1
        }
        for arc in arcs {
            text += "\(arc.from) \(arc.to) \(number(values[arc]!)) l \(quoted(arc.relation))\n"
        }
        return text
    }

    /// A Pajek partition (`.clu`): each vertex's community, numbered from 1, in the `.net` file's vertex order
    /// (0 for a node the partition does not cover).
    public static func partition(_ partition: Partition, for network: Network) -> String {
        let community = Dictionary(zip(partition.nodeIDs, partition.communities), uniquingKeysWith: { first, _ in first })
        return column(for: network) { community[$0].map { String($0 + 1) } ?? "0" }
    }

    /// A Pajek vector (`.vec`): each vertex's score, in the `.net` file's vertex order (0 for a node without one).
    public static func vector(_ scores: NodeScores, for network: Network) -> String {
        let value = Dictionary(zip(scores.nodeIDs, scores.values), uniquingKeysWith: { first, _ in first })
        return column(for: network) { value[$0].map { String($0) } ?? "0" }
    }

    private static func column(for network: Network, _ value: (String) -> String) -> String {
        let (order, _) = vertexOrder(of: network)
        var text = "*Vertices \(order.count)\n"
        for index in order { text += value(network.nodes[index].id) + "\n" }
        return text
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") + "\""
    }
}

/// VOSviewer map and network files for co-occurrence results: the map lists items with their weights (and a
/// cluster when given), the network lists `id1 id2 strength` lines.
public enum VOSviewer {
    /// One item of the map.
    public struct Item: Sendable {
        public var id: String
        public var label: String
        public var cluster: Int?
        public var occurrences: Double
        public init(id: String, label: String, cluster: Int? = nil, occurrences: Double) {
            self.id = id
            self.label = label
            self.cluster = cluster
            self.occurrences = occurrences
        }
    }

    /// One link of the network.
    public struct Link: Sendable {
        public var a: Int
        public var b: Int
        public var strength: Double
        public init(a: Int, b: Int, strength: Double) {
            self.a = a
            self.b = b
            self.strength = strength
        }
    }

    /// The map file (tab-separated, with VOSviewer's column names) and the network file.
    public static func files(items: [Item], links: [Link]) -> (map: String, network: String) {
        var linkCount = [Int](repeating: 0, count: items.count)
        var strength = [Double](repeating: 0, count: items.count)
        for link in links {
            linkCount[link.a] += 1
            linkCount[link.b] += 1
            strength[link.a] += link.strength
            strength[link.b] += link.strength
        }
        let hasClusters = items.contains { $0.cluster != nil }
        var map = "id\tlabel" + (hasClusters ? "\tcluster" : "") + "\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\n"
        for (index, item) in items.enumerated() {
            let label = item.label.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            map += "\(index + 1)\t\(label)"
            if hasClusters { map += "\t\((item.cluster ?? 0) + 1)" }
            map += "\t\(linkCount[index])\t\(format(strength[index]))\t\(format(item.occurrences))\n"
        }
        var network = ""
        for link in links { network += "\(link.a + 1)\t\(link.b + 1)\t\(format(link.strength))\n" }
        return (map, network)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The actor projection of a network (weight = shared meetings) as VOSviewer files.
    public static func files(for network: Network) -> (map: String, network: String) {
        let projection = network.twoModeGraph().actorProjection()
        let graph = projection.graph
        let twoMode = network.twoModeGraph()
        var items: [Item] = []
        for index in 0..<graph.nodeCount {
            let node = network.nodes[projection.networkIndices[index]]
            items.append(Item(id: node.id, label: node.name, occurrences: Double(twoMode.graph.degree(of: index))))
        }
        var links: [Link] = []
        for a in 0..<graph.nodeCount {
            for position in graph.offsets[a]..<graph.offsets[a + 1] where Int(graph.targets[position]) > a {
                links.append(Link(a: a, b: Int(graph.targets[position]), strength: graph.weights?[position] ?? 1))
            }
        }
        return files(items: items, links: links)
    }
}
