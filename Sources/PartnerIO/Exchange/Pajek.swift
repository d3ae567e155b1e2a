import Foundation

/// Pajek `.net`: numbered vertices with their ids as labels, then arcs (actor -> meeting, tie from -> to).
///
/// Pajek keeps structure and labels only: kinds, dates and sources are not part of the format. Reading gives
/// actors of kind `organisation` and ties of relation `collaborates`, unless a vertex line carries PartnerGraph's
/// `kind` comment; use GraphML or GEXF to keep everything.
public enum Pajek {
    public static func string(for network: Network) -> String {
        var text = "*Vertices \(network.nodes.count)\n"
        for (index, node) in network.nodes.enumerated() {
            text += "\(index + 1) \(quoted(node.id))\n"
        }
        text += "*Arcs\n"
        for edge in network.edges {
            text += "\(network.index(of: edge.from)! + 1) \(network.index(of: edge.to)! + 1) 1\n"
        }
        return text
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ") + "\""
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
