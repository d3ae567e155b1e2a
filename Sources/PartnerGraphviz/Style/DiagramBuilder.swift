import Foundation
import PartnerGraph

/// Turns a network into a styled ``DOTGraph``: one view of it, drawn with a ``Style``.
///
/// ```swift
/// let builder = DiagramBuilder(network: network, style: Style(), view: .twoMode)
/// let graph = try builder.build()
/// let svg = try GraphvizRenderer.render(graph, engine: builder.recommendedEngine(for: graph), format: .svg)
/// ```
/// Node ids in the DOT text are the network's ids, so an SVG can be scripted by id.
public struct DiagramBuilder: Sendable {
    /// The network to draw.
    public var network: Network
    /// How it looks.
    public var style: Style
    /// Which part of it is drawn.
    public var view: DiagramView

    /// Creates a builder; ``build()`` makes the graph.
    public init(network: Network, style: Style = Style(), view: DiagramView = .full) {
        self.network = network
        self.style = style
        self.view = view
    }

    /// The engine for a graph built here: ``LayoutEngine/pinned`` for a two-row placement (its positions are in
    /// the graph), otherwise as ``DiagramView/recommendedEngine(nodeCount:)``.
    public func recommendedEngine(for graph: DOTGraph) -> LayoutEngine {
        recommendedEngine(nodeCount: graph.nodeCount)
    }

    private func recommendedEngine(nodeCount: Int) -> LayoutEngine {
        if case .twoRows = style.placement { return .pinned }
        return view.recommendedEngine(nodeCount: nodeCount)
    }

    /// An edge of the diagram, between network node indices.
    struct Line {
        var from: Int
        var to: Int
        /// The relation, or nil for a projection edge.
        var relation: Relation?
        var weight: Double
        var source: String?
        /// How many edges of the network this line stands for (repeated edges are drawn once).
        var count = 1
        /// The dates of the dated edges it stands for ("2017-03-21 to 2018-05-02", "from 2025-01-30"...).
        var spans: [DateSpan] = []
    }

    /// The lines with repeats merged: one line per (from, to, relation), in first-appearance order, counting
    /// how many it stands for. Graphviz lays out every parallel edge apart, and hundreds of thousands of them
    /// between two nodes exhaust its memory or crash it.
    /// - Complexity: O(m) expected.
    static func mergingRepeats(_ lines: [Line]) -> [Line] {
        struct Key: Hashable {
            var from: Int
            var to: Int
            var relation: Relation?
        }
        var merged: [Line] = []
        var positions: [Key: Int] = [:]
        merged.reserveCapacity(lines.count)
        for line in lines {
            let key = Key(from: line.from, to: line.to, relation: line.relation)
            if let position = positions[key] {
                merged[position].count += 1
                merged[position].spans += line.spans
            } else {
                positions[key] = merged.count
                merged.append(line)
            }
        }
        return merged
    }

    /// Custom relations between actors, sorted: their place picks their colour.
    var customTies: [Relation] {
        Set(network.ties.map(\.relation)).filter { style.relationAppearances[$0] == nil }.sorted()
    }

    /// Builds the diagram.
    ///
    /// Scores and partitions in the style are placed on the network's nodes by id (each result carries the
    /// nodes it was computed on), or by the `networkIndices` given with them.
    /// - Throws: ``GraphvizError/resultNotOnNetwork(result:id:)`` when a result in the style names a node the
    ///   network does not have, ``GraphvizError/invalidNetworkIndices(result:reason:)`` when its
    ///   `networkIndices` do not fit it, ``GraphvizError/unsupportedPlacement(reason:)`` for a two-row placement
    ///   of another view than ``DiagramView/twoMode`` or with orders that do not fit the view's nodes,
    ///   ``GraphvizError/reservedNodeID(_:)`` when a shown node's id begins with `%` (Graphviz would write it
    ///   under another id).
    /// - Complexity: O(n + m) plus the projection's cost for ``DiagramView/projection``.
    public func build() throws(GraphvizError) -> DOTGraph {
        if case .twoRows = style.placement, view != .twoMode {
            throw .unsupportedPlacement(
                reason: "only the two-mode view (actors and meetings linked by participations) is drawn in two rows, not the \(view.rawValue) view")
        }
        var (members, lines) = selection()
        if let reserved = members.first(where: { network.nodes[$0].id.hasPrefix("%") }) {
            throw .reservedNodeID(network.nodes[reserved].id)
        }
        var degree = [Int](repeating: 0, count: network.nodes.count)
        for line in lines {
            degree[line.from] += 1
            degree[line.to] += 1
        }
        var unlinked: [Int] = []
        if style.listsUnlinkedNodesInLegend, !lines.isEmpty {
            unlinked = members.filter { degree[$0] == 0 }
            members = members.filter { degree[$0] > 0 }
        }
        let customKinds = network.kinds.filter { style.kindAppearances[$0] == nil }
        let colors = try NodeColoring(style: style, network: network, members: members)
        let sizes = try sizeFractions(members: members, degree: degree)
        lines = DiagramBuilder.mergingRepeats(lines)

        var graph = DOTGraph(id: network.name, isDirected: view != .projection)
        graph.attributes = graphAttributes(nodeCount: members.count, edgeCount: lines.count)
        graph.nodeDefaults = [
            "fontname": .string(style.fontName), "fontsize": .number(style.fontSize), "penwidth": .number(1.2),
            "margin": .string(DOTEscaping.number(Self.nodeMargin.x) + "," + DOTEscaping.number(Self.nodeMargin.y)),
        ]
        graph.edgeDefaults = ["fontname": .string(style.fontName), "fontsize": .number(style.fontSize - 2), "arrowhead": "none"]

        var placement: TwoRowPlacement?
        if case .twoRows(let actors, let meetings) = style.placement {
            placement = try TwoRowPlacement(actors: actors, meetings: meetings, members: members, network: network) { index in
                let node = network.nodes[index]
                let geometry = geometry(of: node, size: sizes[index])
                return TwoRowPlacement.estimatedSize(
                    label: label(of: node), fontSize: geometry.fontSize ?? style.fontSize, margin: Self.nodeMargin,
                    minimumWidth: geometry.width ?? 0.75, minimumHeight: geometry.height ?? 0.5)
            }
            // Keep every node where it was put: no overlap removal, no translation of the rows.
            graph.attributes["overlap"] = "true"
            graph.attributes["sep"] = nil
        }
        var clusters: [String: [DOTNode]] = [:]
        for index in members {
            let node = network.nodes[index]
            let appearance = style.appearance(of: node.kind, customKinds: customKinds)
            var dotNode = makeNode(node, appearance: appearance, fill: colors.fill(of: index, node: node) ?? appearance.fillColor, size: sizes[index])
            if let position = placement?.positions[index] {
                dotNode.attributes["pos"] = .string(DOTEscaping.number(position.x) + "," + DOTEscaping.number(position.y))
            }
            if let cluster = clusterKey(of: node) {
                clusters[cluster, default: []].append(dotNode)
            } else {
                graph.nodes.append(dotNode)
            }
        }
        graph.subgraphs = clusters.keys.sorted().map { key in
            DOTSubgraph(
                id: "cluster_" + clusterPrefix + key,
                attributes: [
                    "label": .text(key), "style": "rounded,dashed", "color": "#9A9A9A", "fontcolor": "#555555",
                    "fontname": .string(style.fontName), "fontsize": .number(style.fontSize + 3), "labeljust": "l",
                ],
                nodes: clusters[key]!)
        }
        let maximumWeight = lines.map(\.weight).max() ?? 1
        let customTies = customTies
        graph.edges = lines.map { makeEdge($0, maximumWeight: maximumWeight, customTies: customTies) }
        if style.showsLegend || style.title != "" {
            graph.attributes["label"] = .html(
                Legend(
                    builder: self, coloring: colors, members: members, lines: lines, customKinds: customKinds, unlinked: unlinked
                ).label())
            graph.attributes["labelloc"] = "b"
            graph.attributes["labeljust"] = "l"
        }
        return graph
    }

    // MARK: - Selection

    /// The network node indices shown and the lines between them, in network order.
    func selection() -> ([Int], [Line]) {
        switch view {
        case .full:
            let lines = network.edges.map { line($0) }
            return (Array(network.nodes.indices), lines)
        case .twoMode:
            let lines = network.participations.map { line($0) }
            var shown = network.nodes.map(\.isMeeting)
            for line in lines { shown[line.from] = true }
            return (network.nodes.indices.filter { shown[$0] }, lines)
        case .ties:
            let lines = network.ties.map { line($0) }
            var shown = [Bool](repeating: false, count: network.nodes.count)
            for line in lines {
                shown[line.from] = true
                shown[line.to] = true
            }
            return (network.nodes.indices.filter { shown[$0] }, lines)
        case .projection:
            let projection = network.twoModeGraph().actorProjection()
            let graph = projection.graph
            var lines: [Line] = []
            var shown = [Bool](repeating: false, count: network.nodes.count)
            for u in 0..<graph.nodeCount {
                let weights = graph.edgeWeights(of: u)
                for (position, v) in graph.neighbors(of: u).enumerated() where Int(v) > u {
                    let from = projection.networkIndices[u]
                    let to = projection.networkIndices[Int(v)]
                    shown[from] = true
                    shown[to] = true
                    lines.append(Line(from: from, to: to, relation: nil, weight: weights.isEmpty ? 1 : weights[position], source: nil))
                }
            }
            return (network.nodes.indices.filter { shown[$0] }, lines)
        }
    }

    private func line(_ edge: Edge) -> Line {
        Line(
            from: network.index(of: edge.from)!, to: network.index(of: edge.to)!, relation: edge.relation, weight: 1,
            source: edge.source, spans: edge.span.isDated ? [edge.span] : [])
    }

    // MARK: - Nodes

    /// For each network index, the node's place between the smallest (0) and largest (1) size; nil when uniform.
    private func sizeFractions(members: [Int], degree: [Int]) throws(GraphvizError) -> [Double?] {
        let values: [Double]
        switch style.sizeBy {
        case .uniform: return [Double?](repeating: nil, count: network.nodes.count)
        case .degree: values = degree.map(Double.init)
        case .values(let scores, let networkIndices):
            values = try Style.perNetworkNode(
                scores.values, of: scores.nodes, result: scores.name, networkIndices: networkIndices, network: network
            ).map { $0 ?? 0 }
        }
        let shown = members.map { values[$0] }
        let low = shown.min() ?? 0
        let high = shown.max() ?? 0
        return values.map { value in high > low ? ((value - low) / (high - low)).squareRoot() : 0 }
    }

    /// The space around a node's label, in inches across and down (Graphviz's `margin`).
    static let nodeMargin = (x: 0.12, y: 0.06)

    /// A sized node's font size and smallest width and height in inches; nil where Graphviz's default applies.
    private func geometry(of node: Node, size: Double?) -> (fontSize: Double?, width: Double?, height: Double?) {
        guard let size else { return (nil, nil, nil) }
        let fontSize = style.fontSize + (style.maximumFontSize - style.fontSize) * size
        return node.isMeeting ? (fontSize, nil, nil) : (fontSize, 0.6 + 0.9 * size, 0.36 + 0.36 * size)
    }

    private func makeNode(_ node: Node, appearance: Style.NodeAppearance, fill: String, size: Double?) -> DOTNode {
        var attributes: DOTAttributes = [
            "label": .text(label(of: node)), "shape": .string(appearance.shape), "style": .string(appearance.style),
            "fillcolor": .string(fill), "color": .string(appearance.borderColor), "tooltip": .text(tooltip(of: node)),
        ]
        let geometry = geometry(of: node, size: size)
        if let fontSize = geometry.fontSize { attributes["fontsize"] = .number(fontSize) }
        if let width = geometry.width { attributes["width"] = .number(width) }
        if let height = geometry.height { attributes["height"] = .number(height) }
        return DOTNode(node.id, attributes: attributes)
    }

    /// An actor's name, or its id when the name is too long; a meeting's wrapped title above its place and date.
    func label(of node: Node) -> String {
        guard let meeting = node.meeting else {
            let name = node.name.count > style.abbreviationLength ? node.id : node.name
            return LabelWrapping.wrap(name, width: style.wrapWidth)
        }
        let title = LabelWrapping.wrap(meeting.title ?? node.name, width: style.wrapWidth)
        let place = meeting.isVirtual ? "online" : meeting.city
        let when = meeting.start?.description
        let details = [place, when].compactMap { $0 }.joined(separator: ", ")
        return details.isEmpty ? title : title + "\n" + details
    }

    private func tooltip(of node: Node) -> String {
        var parts = [node.name]
        if let meeting = node.meeting {
            parts.append([meeting.type, meeting.city, meeting.start.map { "\($0)" }].compactMap { $0 }.joined(separator: ", "))
        } else {
            parts.append([node.kind.rawValue, node.region].compactMap { $0 }.joined(separator: ", "))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private var clusterPrefix: String { style.clusterBy == .year ? "year_" : "region_" }

    private func clusterKey(of node: Node) -> String? {
        // Rows placed by the caller have no room for boxes.
        if case .twoRows = style.placement { return nil }
        return switch style.clusterBy {
        case .none: nil
        case .year: node.meeting?.year.map(String.init)
        case .region: node.isMeeting ? nil : node.region
        }
    }

    // MARK: - Edges

    private func makeEdge(_ line: Line, maximumWeight: Double, customTies: [Relation]) -> DOTEdge {
        let from = network.nodes[line.from]
        let to = network.nodes[line.to]
        var attributes = DOTAttributes()
        if let relation = line.relation {
            let isTie = !to.isMeeting
            let appearance = style.appearance(of: relation, isTie: isTie, customTies: customTies)
            attributes["style"] = .string(appearance.lineStyle)
            attributes["color"] = .string(appearance.color)
            attributes["penwidth"] = .number(appearance.width)
            if style.showsEdgeLabels {
                attributes["label"] = .text(appearance.caption)
                attributes["fontcolor"] = .string(appearance.color)
            }
            let repeats = line.count > 1 ? " (\(line.count) times)" : ""
            let dates = line.spans.map(\.description).joined(separator: "; ")
            attributes["tooltip"] = .text(
                "\(from.name) \(appearance.caption) \(to.name)\(repeats)" + (dates.isEmpty ? "" : ", \(dates)")
                    + (line.source.map { "\n" + $0 } ?? ""))
            if line.count > 1 {
                // One line for many edges: wider by the logarithm of their number, and labelled with it.
                attributes["penwidth"] = .number(appearance.width * (1 + min(4, log2(Double(line.count)) / 2)))
                attributes["label"] = .text(style.showsEdgeLabels ? "\(appearance.caption) ×\(line.count)" : "×\(line.count)")
                attributes["fontcolor"] = .string(appearance.color)
            }
            // In the ties view a dated tie says what its dates mean (from, until, from-until) on the line.
            if view == .ties, !dates.isEmpty {
                let caption = style.showsEdgeLabels ? "\(appearance.caption) " : ""
                attributes["label"] = .text(caption + dates)
                attributes["fontcolor"] = .string(appearance.color)
            }
            // Ties must not pull actors into different ranks of a layered drawing.
            if isTie, view == .full { attributes["constraint"] = "false" }
        } else {
            let appearance = style.projectionAppearance
            let scale = maximumWeight > 1 ? (line.weight - 1) / (maximumWeight - 1) : 0
            attributes["color"] = .string(appearance.color)
            attributes["penwidth"] = .number(appearance.width * (1 + 4 * scale))
            attributes["weight"] = .number(line.weight)
            if style.showsEdgeLabels { attributes["label"] = .number(line.weight) }
            attributes["tooltip"] = .text("\(from.name) and \(to.name): \(DOTEscaping.number(line.weight)) shared meetings")
        }
        return DOTEdge(from: from.id, to: to.id, attributes: attributes)
    }

    // MARK: - Graph

    private func graphAttributes(nodeCount: Int, edgeCount: Int) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .string(style.fontName), "fontsize": .number(style.fontSize), "bgcolor": "white", "pad": "0.3",
            // For layered layouts (dot): actors in one column, meetings in the next.
            "rankdir": "LR", "nodesep": "0.18", "ranksep": "1.6",
            // For force-directed layouts: remove node overlaps, draw edges beneath nodes.
            "overlap": "prism", "sep": "+10", "outputorder": "edgesfirst",
        ]
        let engine = recommendedEngine(nodeCount: nodeCount)
        attributes["splines"] = .string(style.edgeRouting.splines(engine: engine, nodeCount: nodeCount, edgeCount: edgeCount))
        if let size = style.maximumSize {
            attributes["size"] = .string(DOTEscaping.number(size.width) + "," + DOTEscaping.number(size.height))
        }
        return attributes
    }
}

/// The fill colour of each node under a ``Style/ColorScheme``, and the classes for the legend.
struct NodeColoring {
    enum Source: Equatable { case kind, region, community }
    let source: Source
    /// Each class shown in the legend with its colour, in legend order.
    private(set) var classes: [(name: String, color: String)] = []
    private var colorByClass: [String: String] = [:]
    private let style: Style
    /// The community of each network node, or nil when the partition does not cover it.
    private let communities: [Int?]

    init(style: Style, network: Network, members: [Int]) throws(GraphvizError) {
        self.style = style
        switch style.colorBy {
        case .kind:
            source = .kind
            communities = []
        case .region:
            source = .region
            communities = []
            let regions = Set(members.compactMap { network.nodes[$0].region }).sorted()
            var free = style.palette.filter { !style.regionColors.values.contains($0) }.makeIterator()
            for region in regions {
                let color = style.regionColors[region] ?? free.next() ?? style.missingColor
                colorByClass[region] = color
                classes.append((region, color))
            }
            if members.contains(where: { network.nodes[$0].region == nil }) { classes.append(("no region", style.missingColor)) }
        case .community(let partition, let networkIndices):
            source = .community
            let communities = try Style.perNetworkNode(
                partition.communities, of: partition.nodes, result: partition.method, networkIndices: networkIndices,
                network: network)
            self.communities = communities
            let numbers = Set(members.compactMap { communities[$0] }).sorted()
            for number in numbers {
                let color = style.palette.isEmpty ? style.missingColor : style.palette[number % style.palette.count]
                colorByClass[String(number)] = color
                classes.append(("community \(number)", color))
            }
            if members.contains(where: { communities[$0] == nil }) { classes.append(("no community", style.missingColor)) }
        }
    }

    /// The fill colour of network node `index`.
    func fill(of index: Int, node: Node) -> String? {
        switch source {
        case .kind: nil
        case .region: node.region.flatMap { colorByClass[$0] } ?? style.missingColor
        case .community: communities[index].flatMap { colorByClass[String($0)] } ?? style.missingColor
        }
    }
}

extension Style {
    /// Values of a result placed on the network's nodes: by `networkIndices` when given (`values[k]` belongs
    /// to network node `networkIndices[k]`), otherwise by the ids of the result's nodes. Nodes nothing is given
    /// for are nil.
    /// - Complexity: O(n) expected.
    static func perNetworkNode<Value>(
        _ values: [Value], of nodes: NodeIndex, result: String, networkIndices: [Int]?, network: Network
    ) throws(GraphvizError) -> [Value?] {
        let nodeCount = network.nodes.count
        var placed = [Value?](repeating: nil, count: nodeCount)
        if let networkIndices {
            guard networkIndices.count == values.count else {
                throw .invalidNetworkIndices(
                    result: result, reason: "\(networkIndices.count) indices for \(values.count) values")
            }
            for (position, index) in networkIndices.enumerated() {
                guard index >= 0 && index < nodeCount else {
                    throw .invalidNetworkIndices(
                        result: result, reason: "index \(index) is outside the network's \(nodeCount) nodes")
                }
                placed[index] = values[position]
            }
            return placed
        }
        for (position, id) in nodes.enumerated() {
            guard let index = network.index(of: id) else { throw .resultNotOnNetwork(result: result, id: id) }
            placed[index] = values[position]
        }
        return placed
    }
}
