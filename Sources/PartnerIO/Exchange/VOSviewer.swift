import Foundation

/// VOSviewer map and network files, and VOSviewer's JSON, for the actor projection: the map lists items
/// (label, position, cluster, weights, scores), the network `id1 id2 strength` lines.
///
/// Map files are tab-separated; a label holding a comma, a semicolon or a quote is put in double quotes
/// (inner quotes doubled), as VOSviewer asks. Clusters are numbered from 1.
public enum VOSviewer {
    /// One item of the map.
    public struct Item: Sendable {
        public var id: String
        public var label: String
        public var cluster: Int?
        public var occurrences: Double
        /// Position from a layout, when given.
        public var x: Double?
        public var y: Double?
        /// Scores by name (`Avg. year`), written as `score<NAME>` columns.
        public var scores: [String: Double]

        public init(id: String, label: String, cluster: Int? = nil, occurrences: Double, x: Double? = nil, y: Double? = nil, scores: [String: Double] = [:]) {
            self.id = id
            self.label = label
            self.cluster = cluster
            self.occurrences = occurrences
            self.x = x
            self.y = y
            self.scores = scores
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

    /// What to add to the projection's items: clusters (a partition of actors), positions by node id, and
    /// the `Avg. year` score (the mean start year of an actor's meetings).
    public struct Extras: Sendable {
        public var clusters: Partition?
        public var positions: [String: [Double]]
        public var averageYear: Bool
        public init(clusters: Partition? = nil, positions: [String: [Double]] = [:], averageYear: Bool = false) {
            self.clusters = clusters
            self.positions = positions
            self.averageYear = averageYear
        }
    }

    /// The map file (tab-separated, with VOSviewer's column names) and the network file.
    public static func files(items: [Item], links: [Link]) -> (map: String, network: String) {
        let (linkCount, strength) = totals(items: items, links: links)
        let hasClusters = items.contains { $0.cluster != nil }
        let hasPositions = items.contains { $0.x != nil && $0.y != nil }
        let scoreNames = Set(items.flatMap(\.scores.keys)).sorted()
        var map =
            "id\tlabel" + (hasPositions ? "\tx\ty" : "") + (hasClusters ? "\tcluster" : "")
            + "\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>" + scoreNames.map { "\tscore<\($0)>" }.joined() + "\n"
        for (index, item) in items.enumerated() {
            map += "\(index + 1)\t\(quoted(item.label))"
            if hasPositions { map += "\t\(item.x.map { String($0) } ?? "0")\t\(item.y.map { String($0) } ?? "0")" }
            if hasClusters { map += "\t\((item.cluster ?? 0) + 1)" }
            map += "\t\(linkCount[index])\t\(format(strength[index]))\t\(format(item.occurrences))"
            for name in scoreNames { map += "\t" + (item.scores[name].map { String($0) } ?? "") }
            map += "\n"
        }
        var network = ""
        for link in links { network += "\(link.a + 1)\t\(link.b + 1)\t\(format(link.strength))\n" }
        return (map, network)
    }

    /// VOSviewer's JSON (`{"network": {"items": [...], "links": [...]}}`), as VOSviewer Online opens it.
    public static func json(items: [Item], links: [Link]) -> String {
        let (linkCount, strength) = totals(items: items, links: links)
        let itemValues: [JSONValue] = items.enumerated().map { index, item in
            var fields: [(String, JSONValue)] = [("id", .int(index + 1)), ("label", .string(item.label))]
            if let x = item.x, let y = item.y { fields += [("x", .double(x)), ("y", .double(y))] }
            if let cluster = item.cluster { fields.append(("cluster", .int(cluster + 1))) }
            fields.append(
                (
                    "weights",
                    .object([
                        ("Links", .int(linkCount[index])), ("Total link strength", .double(strength[index])), ("Occurrences", .double(item.occurrences)),
                    ])
                ))
            if !item.scores.isEmpty { fields.append(("scores", .object(item.scores.keys.sorted().map { ($0, .double(item.scores[$0]!)) }))) }
            return .object(fields)
        }
        let linkValues: [JSONValue] = links.map {
            .object([("source_id", .int($0.a + 1)), ("target_id", .int($0.b + 1)), ("strength", .double($0.strength))])
        }
        return JSONValue.object([("network", .object([("items", .array(itemValues)), ("links", .array(linkValues))]))]).serialized(indent: 2) + "\n"
    }

    private static func totals(items: [Item], links: [Link]) -> (links: [Int], strength: [Double]) {
        var linkCount = [Int](repeating: 0, count: items.count)
        var strength = [Double](repeating: 0, count: items.count)
        for link in links {
            linkCount[link.a] += 1
            linkCount[link.b] += 1
            strength[link.a] += link.strength
            strength[link.b] += link.strength
        }
        return (linkCount, strength)
    }

    /// A label as VOSviewer reads it: quoted when it holds a comma, a semicolon or a quote; tabs and line
    /// breaks (which would split the row) become spaces.
    static func quoted(_ label: String) -> String {
        let flat = label.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        guard flat.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" }) else { return flat }
        return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The actor projection of a network (weight = shared meetings) as items and links.
    public static func itemsAndLinks(for network: Network, extras: Extras = Extras()) -> (items: [Item], links: [Link]) {
        let twoMode = network.twoModeGraph()
        let projection = twoMode.actorProjection()
        let graph = projection.graph
        let cluster = extras.clusters.map { Dictionary(zip($0.nodeIDs, $0.communities), uniquingKeysWith: { a, _ in a }) }
        var items: [Item] = []
        for index in 0..<graph.nodeCount {
            let node = network.nodes[projection.networkIndices[index]]
            var item = Item(id: node.id, label: node.name, cluster: cluster?[node.id], occurrences: Double(twoMode.graph.degree(of: index)))
            if let position = extras.positions[node.id], position.count >= 2 { (item.x, item.y) = (position[0], position[1]) }
            if extras.averageYear {
                let years = twoMode.graph.neighbors(of: index).compactMap { network.nodes[twoMode.networkIndices[Int($0)]].meeting?.year }
                if !years.isEmpty { item.scores["Avg. year"] = Double(years.reduce(0, +)) / Double(years.count) }
            }
            items.append(item)
        }
        var links: [Link] = []
        for a in 0..<graph.nodeCount {
            for position in graph.offsets[a]..<graph.offsets[a + 1] where Int(graph.targets[position]) > a {
                links.append(Link(a: a, b: Int(graph.targets[position]), strength: graph.weights?[position] ?? 1))
            }
        }
        return (items, links)
    }

    /// The actor projection of a network as VOSviewer's map and network files.
    public static func files(for network: Network, extras: Extras = Extras()) -> (map: String, network: String) {
        let (items, links) = itemsAndLinks(for: network, extras: extras)
        return files(items: items, links: links)
    }
}
