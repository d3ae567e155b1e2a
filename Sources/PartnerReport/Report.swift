import Foundation
import Mustache
import PartnerGraph
import PartnerGraphviz
import PartnerMetrics

/// The HTML report of a network: one self-contained page, interactive by default.
///
/// ```swift
/// let network = try NetworkFile.read(path: "graphs/rabat-process.yaml")
/// let html = try Report(network).html()                                   // interactive
/// let page = try Report(network, options: ReportOptions(presentation: .static)).html()
/// ```
/// Every figure comes from PartnerMetrics (see ``ReportModel``); the page only lays them out.
public struct Report: Sendable {
    /// The network reported on.
    public var network: Network
    /// What the page shows and how.
    public var options: ReportOptions

    /// Creates a report; nothing is computed until ``model()`` or ``html()``.
    public init(_ network: Network, options: ReportOptions = ReportOptions()) {
        self.network = network
        self.options = options
    }

    /// The figures, tables and diagram of the report.
    /// - Complexity: dominated by betweenness on the actor projection, O(n·m), and the diagram's layout.
    public func model() -> ReportModel {
        ReportModel(network: network, options: options)
    }

    /// The page as HTML text: every script, style and drawing inline, nothing fetched from elsewhere.
    /// - Throws: when the template cannot be read (a programming error caught by the tests).
    public func html() throws -> String {
        var page = ""
        try writeHTML { page += $0 }
        return page
    }

    /// The page of ``html()``, handed to `write` in consecutive parts, so that it reaches a file without being
    /// copied into one text first: the interactive page's drawing as its own part, between the parts filled
    /// while it was laid out.
    ///
    /// ```swift
    /// try Report(network).writeHTML { part in print(part, terminator: "") }
    /// ```
    /// - Parameter write: called with each part in order; what it throws ends the page there.
    /// - Throws: what `write` throws; when the template cannot be read (a programming error caught by the tests).
    public func writeHTML(_ write: (Substring) throws -> Void) throws {
        let model = model()
        defer { ExitKeeping.keep(model) }
        switch options.presentation {
        case .interactive:
            let page = InteractivePage(model: model, network: network)
            defer { ExitKeeping.keep(page) }
            try page.write(write)
        case .static:
            let html = try StaticPage(model: model).html()
            defer { ExitKeeping.keep(html) }
            try write(Substring(html))
        }
    }

    /// Makes every later report in this process leave its figures, drawing, network and page text to the
    /// process's exit instead of freeing them once the page is written: for `partnet report`, which exits as soon
    /// as its page is committed, where freeing them first (half a megabyte of text, every figure's arrays and
    /// strings: about 0.2 ms for a 100-node network) only delays the exit. Package scope: a program that embeds
    /// PartnerReport goes on making reports, and each report's memory would stay taken.
    /// - Complexity: O(1).
    package static func leaveMemoryToExit() {
        ExitKeeping.enable()
    }
}

/// What a report shows and how it is drawn.
public struct ReportOptions: Sendable {
    /// The kind of page.
    public enum Presentation: String, Sendable, CaseIterable {
        /// Zoom, pan, search, a year slider, switchable colours, sortable tables (needs a browser with scripts).
        case interactive
        /// Today's page without scripts, for print and PDF.
        case `static`
    }

    /// The community method used for the groups and the "community" colouring (PartnerMetrics' one type).
    public typealias CommunityMethod = PartnerMetrics.CommunityMethod

    /// Renders a diagram to SVG. The default renders in-process through libgvc.
    public typealias Renderer = @Sendable (DOTGraph, LayoutEngine) throws -> Data
    /// Lays a graph out and returns Graphviz's `plain` text (node positions), for the canvas drawing of a large
    /// network. The default lays out in-process through libgvc.
    public typealias Placer = @Sendable (DOTGraph, LayoutEngine) throws -> Data
    /// Told what the report is doing, at the start of each long step ("laying out 20000 nodes with sfdp").
    public typealias ProgressReporter = @Sendable (String) -> Void

    /// Interactive (default) or static.
    public var presentation: Presentation
    /// How many actors and pairs the static page's tables show (the interactive page lists them all, up to
    /// ``tableLimit``).
    public var top: Int
    /// How many of the most active actors the heat map shows.
    public var heatMapSize: Int
    /// The most rows an interactive table holds; a longer table says how many it leaves out.
    public var tableLimit: Int
    /// The community method and its seed.
    public var communityMethod: CommunityMethod
    /// The seed of the community method (the same seed gives the same groups; default
    /// ``/PartnerMetrics/GroupOptions/defaultSeed``, as every command uses).
    public var seed: UInt64
    /// The name of the file the network came from, shown in the footer; nil to leave it out.
    public var fileName: String?
    /// The program and version named in the footer.
    public var generator: String
    /// Draws the diagram; replace it to render in a child process with a time limit.
    ///
    /// The report computes its figures while the layout runs, from the moment it begins, which PartnerGraphviz's
    /// renderers tell (``/PartnerGraphviz/GraphvizRenderer/reportingLayoutStart(to:_:)``; ``/PartnerGraphviz/IsolatedRenderer``
    /// once its child starts); with a renderer that lays out by other means, the figures wait for it to return.
    public var renderSVG: Renderer
    /// Places a large network's nodes for the page's canvas (see ``ReportDiagram``); replace it to lay out in a
    /// child process with a time limit.
    public var placeNodes: Placer
    /// Told the report's long steps as they start; nil to be told nothing.
    public var progress: ProgressReporter?
    /// The test that marks the pairs meeting more often than chance (and gives each pair its p-value); nil
    /// leaves p-values out. Default: the SDSM with Benjamini-Hochberg at 0.05.
    public var pairSignificance: PairSignificance?

    /// A null model for the pairs, a multiple-test correction and a level: as `partnet cooccurrence --significance`.
    public struct PairSignificance: Sendable, Equatable {
        /// The null model.
        public var model: ProjectionNullModel
        /// The correction over all the pairs.
        public var correction: MultipleTestCorrection
        /// The level before correction, in (0, 1].
        public var alpha: Double

        /// A test of every pair's upper tail (more shared meetings than chance).
        /// - Complexity: O(1).
        public init(
            model: ProjectionNullModel = .stochasticDegreeSequence, correction: MultipleTestCorrection = .benjaminiHochberg,
            alpha: Double = 0.05
        ) {
            precondition(alpha > 0 && alpha <= 1, "alpha in (0, 1]")
            self.model = model
            self.correction = correction
            self.alpha = alpha
        }
    }

    /// The default options: interactive, Louvain with seed 1, in-process rendering.
    public init(
        presentation: Presentation = .interactive, top: Int = 15, heatMapSize: Int = 12, tableLimit: Int = 2_000,
        communityMethod: CommunityMethod = .louvain, seed: UInt64 = GroupOptions.defaultSeed, fileName: String? = nil,
        generator: String = "PartnerGraph", pairSignificance: PairSignificance? = PairSignificance(),
        renderSVG: @escaping Renderer = { graph, engine in try GraphvizRenderer.render(graph, engine: engine, format: .svg).data },
        placeNodes: @escaping Placer = { graph, engine in try GraphvizRenderer.render(graph, engine: engine, format: .plain).data },
        progress: ProgressReporter? = nil
    ) {
        precondition(top > 0 && heatMapSize > 0 && tableLimit > 0, "a report shows at least one row")
        self.presentation = presentation
        self.top = top
        self.heatMapSize = heatMapSize
        self.tableLimit = tableLimit
        self.communityMethod = communityMethod
        self.seed = seed
        self.fileName = fileName
        self.generator = generator
        self.renderSVG = renderSVG
        self.placeNodes = placeNodes
        self.progress = progress
        self.pairSignificance = pairSignificance
    }
}
