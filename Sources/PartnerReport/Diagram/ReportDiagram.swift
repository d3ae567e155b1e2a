import Foundation
import PartnerGraph
import PartnerGraphviz
import PartnerMetrics

/// The report's drawing of the whole network: SVG through Graphviz for a small network, or, for a large one in
/// the interactive page, node positions and communities that the page draws on a canvas (``CanvasLayout``).
///
/// Why two drawings: an SVG keeps Graphviz's shapes, routed edges, arrowheads and its own labels, and the page
/// styles it with CSS; but every shape and line is a DOM element, and past about a thousand nodes the page
/// spends seconds building and restyling them (a 2,000-node SVG page took 2.7 s to become usable). A canvas
/// costs one draw call per visible line and shape, and only what is in view is drawn.
///
/// In the interactive page's SVG every node is an SVG group `<g id="n12" data-node="12">` and every edge
/// `<g id="e5" data-edge="5" class="edge rel-2">`, numbered by the network's node and edge order, so the
/// page's script finds them without reading any user text; `rel-k` is the edge's line style (see
/// ``LineStyle``).
public struct ReportDiagram: Sendable {
    /// The SVG element, or nil when the layout failed.
    public var svg: String?
    /// The layout engine used.
    public var engine: LayoutEngine
    /// Why there is no diagram, when there is none.
    public var failure: String?
    /// The line style of every relation present, in the order of their `rel-k` classes.
    public var lineStyles: [LineStyle]
    /// The positions and communities of a network drawn on the page's canvas; nil when ``svg`` is the drawing.
    public var canvas: CanvasLayout?

    /// The interactive page draws on a canvas from this many nodes or ``canvasEdgeLimit`` edges on.
    public static let canvasNodeLimit = 1_000
    /// The interactive page draws on a canvas from this many edges on.
    public static let canvasEdgeLimit = 4_000

    /// Whether the interactive page draws `network` on a canvas rather than as SVG.
    /// - Complexity: O(1).
    public static func drawsOnCanvas(_ network: Network) -> Bool {
        network.nodes.count >= canvasNodeLimit || network.edges.count >= canvasEdgeLimit
    }

    /// How one relation is drawn in the interactive page: a dash pattern of its own, so that relations
    /// differ by more than colour.
    public struct LineStyle: Sendable, Equatable {
        /// The relation.
        public var relation: Relation
        /// What the legend calls it.
        public var caption: String
        /// Stroke colour.
        public var color: String
        /// Stroke width in points.
        public var width: Double
        /// SVG `stroke-dasharray`; empty for a solid line.
        public var dashes: String
        /// Whether it links two actors (a tie) rather than an actor and a meeting.
        public var isTie: Bool
    }

    /// Dash patterns for the relations other than hosting and attending (solid, and told apart by width),
    /// given in order; each has its own rhythm (dashes, one dotted line, dash-dot, dash-dot-dot, long dashes,
    /// pairs of dashes, pairs of dots, long-short, triplets of dashes, a long dash and three dots), so colour is
    /// never the only difference. Past ten relations the patterns repeat and the colour tells them apart.
    static let dashPatterns = [
        "9 4", "2 4", "12 4 2 4", "12 3 2 3 2 3", "22 6", "5 2 5 9", "1 3 1 10", "16 3 6 3", "7 3 7 3 7 12",
        "24 4 2 4 2 4 2 4",
    ]

    /// The drawing before its layout: the graph Graphviz lays out (or that the network is drawn on a canvas, or why
    /// it cannot be drawn), made by ``prepare(network:presentation:)``.
    ///
    /// The report builds it on the thread that asks for the report, and lays it out on a thread of its own: making
    /// a thread waits while the tool's warm-up loads Graphviz's libraries, and the graph is built meanwhile.
    struct Preparation: Sendable {
        /// What is left to do.
        enum Stage: Sendable {
            /// A large network for the interactive page: placed by sfdp, drawn on the page's canvas.
            case canvas
            /// The graph to lay out, with its engine.
            case graph(DOTGraph, LayoutEngine)
            /// No drawing: the engine it would have used, and why.
            case failed(LayoutEngine, String)
        }
        var network: Network
        var isInteractive: Bool
        var lineStyles: [LineStyle]
        var stage: Stage
    }

    /// Everything of the drawing that comes before its layout.
    /// - Complexity: O(n + m) for the graph's n nodes and m edges.
    static func prepare(network: Network, presentation: ReportOptions.Presentation) -> Preparation {
        var style = Style()
        // A dialogue with a secretariat is a hub with spokes: a spring layout shows it on one screen, where
        // dot's layered columns would stretch it into a tall strip.
        let interactive = presentation == .interactive
        if interactive {
            // The page draws its own legend, readable at any zoom, and lists every node in the drawing.
            style.showsLegend = false
            style.listsUnlinkedNodesInLegend = false
        }
        let relations = Self.relationsInOrder(network)
        var preparation = Preparation(
            network: network, isInteractive: interactive, lineStyles: Self.lineStyles(of: network, style: style), stage: .canvas)
        if interactive && Self.drawsOnCanvas(network) { return preparation }
        let builder = DiagramBuilder(network: network, style: style, view: .full)
        // The style places no scores, but a node id Graphviz cannot keep (`%x`) fails the build: the page says
        // the diagram is missing, and why.
        var graph: DOTGraph
        do {
            graph = try builder.build()
        } catch {
            preparation.stage = .failed(
                LayoutEngine.recommended(nodeCount: network.nodes.count, shape: .spring),
                "The diagram could not be drawn: \(error.localizedDescription)")
            return preparation
        }
        let engine = LayoutEngine.recommended(nodeCount: graph.nodeCount, shape: .spring)
        graph.routeEdges(style.edgeRouting, engine: engine)
        if interactive { Self.addIdentifiers(to: &graph, network: network, relations: relations) }
        preparation.stage = .graph(graph, engine)
        return preparation
    }

    /// The drawing of a prepared graph: its layout (or the canvas's placement) and the SVG.
    init(
        preparation: Preparation, render: ReportOptions.Renderer, place: ReportOptions.Placer, communities: GroupOptions,
        progress: ReportOptions.ProgressReporter? = nil
    ) {
        lineStyles = preparation.lineStyles
        let network = preparation.network
        switch preparation.stage {
        case .canvas:
            svg = nil
            engine = .sfdp
            do {
                progress?("laying out \(network.nodes.count) nodes and \(network.edges.count) edges with sfdp")
                canvas = try CanvasLayout(network: network, place: place, communities: communities)
                failure = nil
            } catch {
                canvas = nil
                failure = "The diagram could not be drawn: \(error.localizedDescription)"
            }
        case .failed(let engine, let failure):
            svg = nil
            canvas = nil
            self.engine = engine
            self.failure = failure
        case .graph(let graph, let engine):
            canvas = nil
            self.engine = engine
            progress?("laying out \(graph.nodeCount) nodes with \(engine)")
            do {
                let rendered = try render(graph, engine)
                svg = preparation.isInteractive ? Self.scriptableElement(rendered) : Self.svgElement(rendered)
                failure = nil
            } catch {
                svg = nil
                failure = "The diagram could not be drawn: \(error.localizedDescription)"
            }
        }
    }

    /// The line style of every relation of `network`, in the order of ``relationsInOrder(_:)`` (the `rel-k`
    /// classes): the colour and width of `style`, and a dash pattern of its own for each relation but hosting
    /// and attending.
    /// - Complexity: O(m) per relation.
    static func lineStyles(of network: Network, style: Style) -> [LineStyle] {
        let customTies = Set(network.ties.map(\.relation)).filter { style.relationAppearances[$0] == nil }.sorted()
        var nextPattern = 0
        return relationsInOrder(network).map { relation in
            let isTie =
                !relation.isParticipation
                && network.edges.contains { $0.relation == relation && !(network[$0.to]?.isMeeting ?? false) }
            let appearance = style.appearance(of: relation, isTie: isTie, customTies: customTies)
            var dashes = ""
            if relation != .attends && relation != .hosts {
                dashes = Self.dashPatterns[nextPattern % Self.dashPatterns.count]
                nextPattern += 1
            }
            return LineStyle(
                relation: relation, caption: appearance.caption.isEmpty ? relation.rawValue : appearance.caption,
                color: appearance.color, width: max(appearance.width, 1), dashes: dashes, isTie: isTie)
        }
    }

    /// Relations present, participation relations first (in their usual order), then the others by name.
    static func relationsInOrder(_ network: Network) -> [Relation] {
        let present = Set(network.edges.map(\.relation))
        return Relation.participation.filter(present.contains) + present.subtracting(Relation.participation).sorted()
    }

    /// Gives each node and edge an SVG id made of its network index, and each edge its line-style class.
    static func addIdentifiers(to graph: inout DOTGraph, network: Network, relations: [Relation]) {
        func mark(_ nodes: inout [DOTNode]) {
            for position in nodes.indices {
                guard let index = network.index(of: nodes[position].id) else { continue }
                nodes[position].attributes["id"] = .string("n\(index)")
                nodes[position].attributes["tooltip"] = nil
            }
        }
        mark(&graph.nodes)
        for cluster in graph.subgraphs.indices { mark(&graph.subgraphs[cluster].nodes) }
        // The builder draws the full view's edges in network order, a repeated (from, to, relation) edge once
        // (a country that chairs twice): each line takes the id of the first edge it stands for.
        struct Key: Hashable {
            var from: String
            var to: String
            var relation: Relation
        }
        var seen: Set<Key> = []
        let drawn = network.edges.indices.filter { index in
            let edge = network.edges[index]
            return seen.insert(Key(from: edge.from, to: edge.to, relation: edge.relation)).inserted
        }
        precondition(graph.edges.count == drawn.count, "the full view draws every distinct edge")
        for (line, index) in drawn.enumerated() {
            let style = relations.firstIndex(of: network.edges[index].relation) ?? 0
            graph.edges[line].attributes["id"] = .string("e\(index)")
            graph.edges[line].attributes["class"] = .string("rel-\(style)")
            graph.edges[line].attributes["tooltip"] = nil
        }
    }

    /// The SVG element of Graphviz's output (what follows its XML declaration and doctype), as text; all of it
    /// when it holds no `<svg`.
    /// - Complexity: O(n) in the bytes.
    static func svgElement(_ output: Data) -> String {
        output.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let start = PageText.firstOffset(of: Array("<svg".utf8), in: bytes) ?? 0
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
    }

    /// ``scriptable(_:)`` of Graphviz's SVG element, read from its output: on the bytes, with no text made before
    /// the result (the step runs after the layout, while the user waits).
    /// - Complexity: O(n) in the bytes.
    static func scriptableElement(_ output: Data) -> String {
        output.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let start = PageText.firstOffset(of: Array("<svg".utf8), in: bytes) ?? 0
            return String(decoding: scriptable(UnsafeBufferPointer(rebasing: bytes[start...])), as: UTF8.self)
        }
    }

    /// The SVG with `data-node`/`data-edge` beside our ids and without comments (which repeat user text): every
    /// `<!-- ... -->` (with the line break after it) goes, then `<g id="n12" class="` becomes
    /// `<g id="n12" data-node="12" tabindex="-1" class="` and `<g id="e5" class="` becomes
    /// `<g id="e5" data-edge="5" class="`.
    /// - Complexity: O(n), two passes over the UTF-8 bytes (the markers are ASCII, which UTF-8 never uses inside
    ///   another character).
    static func scriptable(_ svg: String) -> String {
        var svg = svg
        return svg.withUTF8 { String(decoding: scriptable($0), as: UTF8.self) }
    }

    /// ``scriptable(_:)`` on UTF-8 bytes: the runs between the markers are copied whole.
    static func scriptable(_ svg: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(svg.count)
        var index = 0
        // A comment without its end is text, as the regular expression `<!--[\s\S]*?-->\n?` leaves it.
        while let start = PageText.firstOffset(of: open, in: svg, from: index),
            let end = PageText.firstOffset(of: close, in: svg, from: start + open.count)
        {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: svg[index..<start]))
            index = end + close.count
            if index < svg.count && svg[index] == UInt8(ascii: "\n") { index += 1 }
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: svg[index...]))
        return text.withUnsafeBufferPointer { text in
            let group = Array(#"<g id=""#.utf8), classAttribute = Array(#"" class=""#.utf8)
            var result: [UInt8] = []
            result.reserveCapacity(text.count + text.count / 8)
            var index = 0
            while let found = PageText.firstOffset(of: group, in: text, from: index) {
                let kind = found + group.count
                var end = kind + 1
                while end < text.count && text[end] >= UInt8(ascii: "0") && text[end] <= UInt8(ascii: "9") { end += 1 }
                guard kind < text.count, text[kind] == UInt8(ascii: "n") || text[kind] == UInt8(ascii: "e"), end > kind + 1,
                    UnsafeBufferPointer(rebasing: text[end...]).starts(with: classAttribute)
                else {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<kind]))
                    index = kind
                    continue
                }
                let number = UnsafeBufferPointer(rebasing: text[(kind + 1)..<end])
                let isNode = text[kind] == UInt8(ascii: "n")
                result.append(contentsOf: UnsafeBufferPointer(rebasing: text[index...kind]))
                result.append(contentsOf: number)
                result.append(contentsOf: (isNode ? #"" data-node=""# : #"" data-edge=""#).utf8)
                result.append(contentsOf: number)
                result.append(contentsOf: (isNode ? #"" tabindex="-1""# : #"""#).utf8)
                result.append(contentsOf: classAttribute.dropFirst())
                index = end + classAttribute.count
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[index...]))
            return result
        }
    }
}

/// A large network's drawing for the interactive page's canvas: where every node sits, and the communities the
/// page draws one shape each when the view holds too many nodes to read (at Fit), to drill down into.
///
/// Positions come from Graphviz's `sfdp` (a multilevel spring layout, Hu 2005) run on the network's undirected
/// skeleton: every node a point, every linked pair one line, overlaps kept (removing them is the slow part of
/// sfdp and a canvas of points does not need it), scaled to 12 points a node along the longer side (sfdp draws
/// points about an inch across, and the page keeps whole points). Communities are the network's groups over the
/// whole network (actors and meetings together, ``/PartnerMetrics/PartnerGraph/Network/groups(_:)`` with scope
/// ``/PartnerGraph/FigureScope/network``), so every drawn node belongs to one.
public struct CanvasLayout: Sendable, Equatable {
    /// Each node's horizontal position in points, by network node index.
    public var x: [Double]
    /// Each node's vertical position in points, growing downwards (the screen's direction), by node index.
    public var y: [Double]
    /// Each node's community, numbered from 0 by size (largest first), by node index.
    public var community: [Int]
    /// How many communities there are.
    public var communityCount: Int { (community.max() ?? -1) + 1 }

    /// Lays `network` out through `place` and partitions it for the aggregated view.
    /// - Throws: what `place` throws, or ``/PartnerGraphviz/GraphvizError`` when its output misses a node.
    /// - Complexity: sfdp's, O(n log n + m) per iteration, plus the community method's O(m) per pass.
    init(network: Network, place: ReportOptions.Placer, communities options: GroupOptions) throws {
        let graph = Self.skeleton(network)
        // The communities are found while sfdp runs (it runs in its own process).
        let partition = BackgroundResult { network.groups(options) }
        let plain = String(decoding: try place(graph, .sfdp), as: UTF8.self)
        let count = network.nodes.count
        var x = [Double](repeating: .nan, count: count)
        var y = [Double](repeating: .nan, count: count)
        // `plain` gives inches with y growing upwards: points, flipped for the screen.
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count >= 4, fields[1].first == "n", let index = Int(fields[1].dropFirst()), index >= 0, index < count,
                let px = Double(fields[2]), let py = Double(fields[3])
            else { continue }
            x[index] = px * 72
            y[index] = -py * 72
        }
        if let missing = x.firstIndex(where: \.isNaN) {
            throw GraphvizError.layoutFailed(
                engine: "sfdp", messages: ["the layout gave no position for node \(network.nodes[missing].id)"])
        }
        // sfdp draws points about an inch across whatever their number (20,000 nodes in 70 points), and the page
        // keeps whole points: the drawing is scaled to `spacing` points a node along its side (sqrt(n) x spacing).
        let scale = Self.side(count: count, x: x, y: y)
        self.x = x.map { ($0 * scale * 10).rounded() / 10 }
        self.y = y.map { ($0 * scale * 10).rounded() / 10 }
        let groups = partition.value
        var sizes: [Int: Int] = [:]
        for label in groups.partition.communities { sizes[label, default: 0] += 1 }
        let order = sizes.keys.sorted { sizes[$0]! != sizes[$1]! ? sizes[$0]! > sizes[$1]! : $0 < $1 }
        let number = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var community = [Int](repeating: 0, count: count)
        for (position, index) in groups.networkIndices.enumerated() {
            community[index] = number[groups.partition.communities[position]]!
        }
        self.community = community
    }

    /// Points per node along the side of the drawing: `spacing` x sqrt(n) is its longer side.
    static let spacing = 12.0

    /// The factor that makes the longer side of the box around (`x`, `y`) `spacing` x sqrt(`count`) points
    /// long; 1 when the box is a point.
    /// - Complexity: O(n).
    static func side(count: Int, x: [Double], y: [Double]) -> Double {
        guard let x0 = x.min(), let x1 = x.max(), let y0 = y.min(), let y1 = y.max() else { return 1 }
        let longer = max(x1 - x0, y1 - y0)
        return longer > 0 && longer.isFinite ? spacing * Double(count).squareRoot() / longer : 1
    }

    /// The network as sfdp places it: node `n<i>` for network node i, one undirected line per linked pair.
    static func skeleton(_ network: Network) -> DOTGraph {
        var graph = DOTGraph(
            id: "layout", isDirected: false, isStrict: false,
            attributes: ["overlap": "true", "splines": "false", "quadtree": "fast"],
            nodeDefaults: ["shape": "point", "width": "0.05", "label": ""])
        graph.nodes = network.nodes.indices.map { DOTNode("n\($0)") }
        var seen: Set<Int64> = []
        for edge in network.edges {
            guard let a = network.index(of: edge.from), let b = network.index(of: edge.to), a != b else { continue }
            let key = Int64(min(a, b)) << 32 | Int64(max(a, b))
            if seen.insert(key).inserted { graph.edges.append(DOTEdge(from: "n\(min(a, b))", to: "n\(max(a, b))")) }
        }
        return graph
    }
}
