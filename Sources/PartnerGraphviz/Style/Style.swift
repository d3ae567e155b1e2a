import PartnerGraph

/// How a diagram looks: shapes and colours per node kind, line styles per relation, what sets node
/// colour and size, clusters, labels and legend.
///
/// The defaults give a diagram fit for a report; change what you need:
/// ```swift
/// var style = Style()
/// style.colorBy = .region
/// style.sizeBy = .values(network.graph().betweennessCentrality())
/// style.clusterBy = .year
/// ```
public struct Style: Sendable, Equatable {
    /// The look of the nodes of one kind (or one colour class).
    public struct NodeAppearance: Sendable, Hashable {
        /// A Graphviz shape name: `ellipse`, `box`, `note`, `hexagon`...
        public var shape: String
        /// Fill colour, `#RRGGBB`.
        public var fillColor: String
        /// Outline colour, `#RRGGBB`.
        public var borderColor: String
        /// Graphviz style flags: `filled`, `filled,rounded`.
        public var style: String

        /// Creates a node appearance.
        public init(shape: String, fillColor: String, borderColor: String, style: String = "filled") {
            self.shape = shape
            self.fillColor = fillColor
            self.borderColor = borderColor
            self.style = style
        }
    }

    /// The look of the edges of one relation.
    public struct EdgeAppearance: Sendable, Hashable {
        /// Graphviz line style: `solid`, `bold`, `dashed`, `dotted`.
        public var lineStyle: String
        /// Line colour, `#RRGGBB`.
        public var color: String
        /// Line width in points (Graphviz's `penwidth`; 1 is the default line).
        public var width: Double
        /// The words shown in labels and the legend: `hosts`, `co-chairs`...
        public var caption: String

        /// Creates an edge appearance.
        public init(lineStyle: String, color: String, width: Double, caption: String) {
            self.lineStyle = lineStyle
            self.color = color
            self.width = width
            self.caption = caption
        }
    }

    /// What sets a node's fill colour.
    public enum ColorScheme: Sendable, Equatable {
        /// Its kind's colour (country, organisation, meeting...).
        case kind
        /// Its region (`Africa`, `Europe`...); nodes without one are grey.
        case region
        /// The community of each node, from a community detection.
        ///
        /// When `networkIndices` is nil the partition's nodes are placed on the network by id (a partition
        /// carries the nodes of the graph it was computed on: any view of the network will do). Otherwise its
        /// node `k` is network node `networkIndices[k]`, as a view (`TwoModeGraph`, `Projection`, `TieGraph`)
        /// maps its nodes. Nodes the partition does not cover are grey. A node the network does not have makes
        /// ``DiagramBuilder/build()`` throw.
        case community(Partition, networkIndices: [Int]? = nil)
    }

    /// What sets a node's size.
    public enum SizeScheme: Sendable, Equatable {
        /// Every node of a kind has the same size.
        case uniform
        /// The number of edges the node has in the diagram.
        case degree
        /// A score per node, such as a centrality, named in the legend by the scores' name.
        ///
        /// `networkIndices` places the scores as in ``ColorScheme/community(_:networkIndices:)``; nodes the
        /// scores do not cover count as 0.
        case values(NodeScores, networkIndices: [Int]? = nil)
    }

    /// Where a diagram's nodes go: wherever the layout engine puts them, or in rows given by the caller.
    public enum Placement: Sendable, Equatable {
        /// The layout engine places the nodes (`dot`'s layers, `neato`'s springs...).
        case engine
        /// A two-row drawing of the two-mode view: actors in the top row and meetings in the row below, each
        /// row left to right in the order given (network node indices), as
        /// PartnerMetrics' `TwoRowLayout` orders them to reduce crossing lines. Positions are fixed in the
        /// DOT (`pos`) and drawn by ``LayoutEngine/pinned`` (Graphviz's `neato -n`), which moves no node.
        /// Meeting labels are staggered over up to four rows when they are wider than the actors' spacing.
        ///
        /// Only the two-mode view has such a drawing: ``DiagramBuilder/build()`` throws
        /// ``GraphvizError/unsupportedPlacement(reason:)`` for other views, for an order that lists a node of
        /// the wrong row, a node twice or outside the network, or misses a node the view shows.
        case twoRows(actors: [Int], meetings: [Int])
    }

    /// Which nodes are drawn together in a box (by `dot` and `fdp`; other engines ignore clusters).
    public enum Clustering: String, Sendable, Equatable, CaseIterable {
        case none
        /// Meetings grouped by the year they started.
        case year
        /// Actors grouped by region.
        case region
    }

    /// The appearance of each known kind; other kinds take ``customKindAppearance`` with a palette colour.
    public var kindAppearances: [NodeKind: NodeAppearance] = [
        .country: NodeAppearance(shape: "ellipse", fillColor: "#D6E6F8", borderColor: "#2F6DB5"),
        .organisation: NodeAppearance(shape: "box", fillColor: "#FBE2C4", borderColor: "#C06A12", style: "filled,rounded"),
        .meeting: NodeAppearance(shape: "note", fillColor: "#F3F3F3", borderColor: "#6E6E6E"),
        "dialogue": NodeAppearance(shape: "hexagon", fillColor: "#D9F0DA", borderColor: "#2E7D46"),
    ]
    /// The shape and outline of kinds without their own appearance; the fill comes from ``palette``.
    public var customKindAppearance = NodeAppearance(shape: "octagon", fillColor: "#EDE3F5", borderColor: "#6B4A8A")

    /// The appearance of each known relation.
    public var relationAppearances: [Relation: EdgeAppearance] = [
        .hosts: EdgeAppearance(lineStyle: "bold", color: "#B03A2E", width: 2.6, caption: "hosts"),
        .coChairs: EdgeAppearance(lineStyle: "dashed", color: "#1F5FA8", width: 1.8, caption: "co-chairs"),
        .attends: EdgeAppearance(lineStyle: "solid", color: "#A0A0A0", width: 0.8, caption: "attends"),
        .organises: EdgeAppearance(lineStyle: "solid", color: "#2E7D46", width: 1.4, caption: "organises"),
        .secretariat: EdgeAppearance(lineStyle: "dotted", color: "#7B3F99", width: 2, caption: "secretariat"),
        .memorandum: EdgeAppearance(lineStyle: "dotted", color: "#C06A12", width: 2, caption: "memorandum"),
        .presidency: EdgeAppearance(lineStyle: "dotted", color: "#A07800", width: 2, caption: "presidency"),
        .memberOf: EdgeAppearance(lineStyle: "dotted", color: "#4A4A4A", width: 2, caption: "member of"),
        .collaborates: EdgeAppearance(lineStyle: "dotted", color: "#2E7D46", width: 2, caption: "collaborates"),
    ]
    /// The appearance of custom relations between an actor and a meeting.
    public var customParticipationAppearance = EdgeAppearance(lineStyle: "solid", color: "#6E6E6E", width: 1, caption: "")
    /// The appearance of custom ties between actors; each custom relation takes its colour from ``tieColors``.
    public var customTieAppearance = EdgeAppearance(lineStyle: "dotted", color: "#6E6E6E", width: 2, caption: "")
    /// Line colours for custom tie relations, in the alphabetical order of their names.
    public var tieColors = ["#D62728", "#17A2B8", "#8C564B", "#E377C2", "#7F7F00", "#6E6E6E"]
    /// The appearance of actor projection edges; their width grows with the weight.
    public var projectionAppearance = EdgeAppearance(lineStyle: "solid", color: "#5B7FA6", width: 1, caption: "shared meetings")

    /// Fill colours for regions, communities and custom kinds, in order; light enough for black text.
    public var palette: [String] = [
        "#FBE3B5", "#CFE0F7", "#E6D5F2", "#D4EFD4", "#F9D0CC", "#FFF3B0", "#D0F0EE", "#F2D7E6", "#E4E4C9", "#DCDCDC",
    ]
    /// Fixed region colours; other regions take palette colours in alphabetical order.
    public var regionColors: [String: String] = ["Africa": "#FBE3B5", "Europe": "#CFE0F7", "Middle East": "#E6D5F2"]
    /// The fill of nodes that have no region or community.
    public var missingColor = "#F3F3F3"

    /// What sets a node's fill colour; by kind unless changed.
    public var colorBy: ColorScheme = .kind
    /// What sets a node's size; by degree unless changed.
    public var sizeBy: SizeScheme = .degree
    /// Which nodes are boxed together; none unless changed.
    public var clusterBy: Clustering = .none
    /// Whether edges carry their relation (or, in the projection, their weight) as a label.
    public var showsEdgeLabels = false
    /// Whether nodes without a link in the view are left out of the drawing and named in the legend
    /// instead, where they cannot land on someone else's line. Ignored when the view has no links at all.
    public var listsUnlinkedNodesInLegend = true
    /// Whether the diagram carries a legend of node colours, shapes and line styles.
    public var showsLegend = true
    /// The title shown above the legend; nil for the network's name, "" for none.
    public var title: String?
    /// Labels are wrapped at word boundaries to lines of about this many characters.
    public var wrapWidth = 22
    /// Actor names longer than this are replaced by their id (`ICMPD`), the full name going to the tooltip.
    public var abbreviationLength = 34
    /// The font of every label.
    public var fontName = "Helvetica"
    /// The font size of labels, in points; sized nodes scale it up to ``maximumFontSize``.
    public var fontSize = 13.0
    /// The font size of the largest node under ``sizeBy``.
    public var maximumFontSize = 20.0
    /// The font size of the legend's title (bold), in points: seven above ``fontSize``.
    public var titleFontSize: Double { fontSize + 7 }
    /// The largest drawing size (Graphviz's `size`): larger drawings are scaled down to fit, fonts
    /// included. Nil leaves the drawing at its natural size, best for large graphs viewed as SVG.
    public var maximumSize: DrawingSize?
    /// Where the nodes go; ``Placement/engine`` (the layout engine's choice) unless changed.
    public var placement: Placement = .engine
    /// How edges are drawn between the laid-out nodes; ``EdgeRouting/automatic`` unless changed.
    public var edgeRouting: EdgeRouting = .automatic

    /// A drawing size in inches.
    public struct DrawingSize: Sendable, Hashable {
        public var width: Double
        /// Height in inches.
        public var height: Double
        /// Creates a size in inches.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// The default style: colour by kind, size by degree, no clusters, a legend.
    public init() {}

    /// The appearance of nodes of `kind`, a custom kind taking a palette colour by its place among `customKinds`.
    public func appearance(of kind: NodeKind, customKinds: [NodeKind]) -> NodeAppearance {
        if let known = kindAppearances[kind] { return known }
        var appearance = customKindAppearance
        if let position = customKinds.firstIndex(of: kind), !palette.isEmpty {
            appearance.fillColor = palette[(position + 7) % palette.count]
        }
        return appearance
    }

    /// The appearance of edges of `relation`; a custom tie takes a colour by its place among `customTies`.
    public func appearance(of relation: Relation, isTie: Bool, customTies: [Relation] = []) -> EdgeAppearance {
        if let known = relationAppearances[relation] { return known }
        var appearance = isTie ? customTieAppearance : customParticipationAppearance
        appearance.caption = Style.caption(of: relation)
        if isTie, let position = customTies.firstIndex(of: relation), !tieColors.isEmpty {
            appearance.color = tieColors[position % tieColors.count]
        }
        return appearance
    }

    /// Words for a relation name: `coChairs` -> `co chairs`, `partOf` -> `part of`.
    static func caption(of relation: Relation) -> String {
        var words = ""
        for character in relation.rawValue {
            if character.isUppercase, !words.isEmpty { words += " " }
            words += character.lowercased()
        }
        return words
    }
}
