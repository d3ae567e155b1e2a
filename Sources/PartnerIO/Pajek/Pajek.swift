import Foundation

/// Pajek `.net`: numbered vertices labelled with their names, then arcs labelled with their relation.
///
/// A network whose every edge links an actor and a meeting is written two-mode (`*Vertices N M`, actors first);
/// any other network one-mode, in the network's node order. A name shared by two nodes is written
/// `name (id)` for the second, so that labels stay distinct. A directed network's edges are written under
/// `*Arcs`, an undirected one's under `*Edges`. Parallel edges of one relation between the same nodes (the
/// same way round, for arcs) become one line whose value is their summed weight (an unweighted edge counts 1;
/// in a network without weights, a line that stands for one edge has no value);
/// each line carries its relation as its label (`l "hosts"`), which igraph, NetworkX and Pajek read. Kinds, dates and
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
        text += network.isDirected ? "*Arcs\n" : "*Edges\n"
        struct Arc: Hashable {
            var from: Int
            var to: Int
            var relation: String
        }
        var arcs: [Arc] = []
        var values: [Arc: Double] = [:]
        for edge in network.edges {
            var arc = Arc(from: vertex[network.index(of: edge.from)!], to: vertex[network.index(of: edge.to)!], relation: edge.relation.rawValue)
            if !network.isDirected, values[arc] == nil, values[Arc(from: arc.to, to: arc.from, relation: arc.relation)] != nil {
                arc = Arc(from: arc.to, to: arc.from, relation: arc.relation)
            }
            if values[arc] == nil { arcs.append(arc) }
            values[arc, default: 0] += edge.weight ?? 1
        }
        // An unweighted network's single edges are written without a value (Pajek's 1), so that they read back
        // unweighted; a merged line's value is its count.
        let weighted = network.edges.contains { $0.weight != nil }
        for arc in arcs {
            let value = values[arc]!
            text += "\(arc.from) \(arc.to)\(weighted || value != 1 ? " " + number(value) : "") l \(quoted(arc.relation))\n"
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
        var buffer = TableBuffer()
        appendNumber(value, to: &buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// An arc's value: an integral value below 10¹⁵ as an integer, any other in its shortest round-trip form.
    @inline(__always)
    static func appendNumber(_ value: Double, to buffer: inout TableBuffer) {
        if value == value.rounded() && abs(value) < 1e15 { buffer.appendInteger(Int(value)) } else { value.write(to: &buffer) }
    }

    /// A label between double quotes: Pajek has no escape, so a double quote becomes `'` and a tab, a line break
    /// or another control or separator character (which would end the line or be refused on reading) a space.
    static func quoted(_ text: String) -> String { "\"" + label(text) + "\"" }

    /// `text` as ``quoted(_:)`` writes it, without the quotes; the same text when Pajek can hold it.
    /// - Complexity: O(n).
    static func label(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar == "\"" ? "'" : isReplaced(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
