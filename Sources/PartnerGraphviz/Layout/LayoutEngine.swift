/// A Graphviz layout engine, named as Graphviz names it (`dot`, `neato`, `sfdp`...).
///
/// The six common engines have names; any other name is checked against the engines the installed
/// Graphviz offers when a graph is rendered (``GraphvizRenderer/availableEngines()``).
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Layered drawing for directed graphs; the clearest for small graphs, too slow beyond a few hundred nodes.
    public static let dot: LayoutEngine = "dot"
    /// Spring model (stress majorization).
    public static let neato: LayoutEngine = "neato"
    /// Force-directed placement; draws clusters.
    public static let fdp: LayoutEngine = "fdp"
    /// Multiscale force-directed placement, meant for large graphs.
    public static let sfdp: LayoutEngine = "sfdp"
    /// Circular layout.
    public static let circo: LayoutEngine = "circo"
    /// Radial layout.
    public static let twopi: LayoutEngine = "twopi"

    /// No layout: every node stays at the position its `pos` attribute gives, in points, and only the edges are
    /// drawn (Graphviz's `nop`, the library form of `neato -n`). For drawings placed by the caller, such as
    /// ``Style/Placement/twoRows(actors:meetings:)``.
    public static let pinned: LayoutEngine = "nop"

    /// The engines documented here, in the order help texts list them.
    public static let common: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// The node count up to which ``recommended(nodeCount:shape:)`` picks `dot`.
    public static let dotNodeLimit = 150

    /// The kind of drawing a small graph is best shown as.
    public enum Shape: Sendable {
        /// Layers (actors in one column, meetings in the next): `dot`.
        case layered
        /// A spring model, for hubs with spokes and graphs of one kind of node: `neato`.
        case spring
    }

    /// The one rule for the engine of a drawing: for graphs of up to ``dotNodeLimit`` nodes, `dot` when
    /// layered and `neato` when a spring model; `sfdp` beyond (where both can take minutes).
    /// - Complexity: O(1).
    public static func recommended(nodeCount: Int, shape: Shape = .layered) -> LayoutEngine {
        guard nodeCount <= dotNodeLimit else { return .sfdp }
        return shape == .layered ? .dot : .neato
    }

    public var description: String { rawValue }
}

/// An output format of Graphviz's renderers (`svg`, `png`, `pdf`, laid-out `dot`, `json`, `plain`...).
///
/// A name may carry a renderer after a colon (`png:cairo`); the part before the colon is checked against
/// ``GraphvizRenderer/availableFormats()``.
public struct RenderFormat: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Scalable vector graphics, text.
    public static let svg: RenderFormat = "svg"
    /// A bitmap, through cairo.
    public static let png: RenderFormat = "png"
    /// A PDF page, through cairo.
    public static let pdf: RenderFormat = "pdf"
    /// DOT with the layout's positions.
    public static let dot: RenderFormat = "dot"
    /// JSON with the layout's positions and drawing operations.
    public static let json: RenderFormat = "json"
    /// Graphviz's simple line-based text format.
    public static let plain: RenderFormat = "plain"

    /// The formats documented here, in the order help texts list them.
    public static let common: [RenderFormat] = [.svg, .png, .pdf, .dot, .json, .plain]

    /// The format named by a file extension (`diagram.SVG` -> `svg`; `gv` -> `dot`), or nil without one.
    public init?(pathExtensionOf path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return nil }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        self.rawValue = fileExtension == "gv" ? "dot" : fileExtension
    }

    /// The device name without a renderer suffix: `png` for `png:cairo`.
    public var deviceName: String { String(rawValue.prefix { $0 != ":" }) }

    public var description: String { rawValue }
}
