import ArgumentParser
import Foundation
import PartnerGraphviz
import PartnerIO
import PartnerMetrics

/// `partnet render FILE -o OUT`: draws a network with Graphviz, in this process or in an isolated worker.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", _superCommandName: Partnet.name,
        abstract: "Draw a network as SVG, PNG, PDF (or any Graphviz format) with a legend and domain styles.",
        discussion: """
            The format comes from OUT's extension unless --format is given. Without --engine, dot draws \
            full and two-mode diagrams of up to \(LayoutEngine.dotNodeLimit) nodes, neato small projections \
            and tie graphs, sfdp anything larger. Large dot layouts (over \(IsolatedRenderer.dotNodeThreshold) nodes) \
            --isolated renders and any render with --timeout run in a child process that the deadline stops.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var progress: ProgressOptions

    @Option(name: .shortAndLong, help: "The file to write (written atomically; never the input).", completion: .file())
    var output: String

    @Option(name: .shortAndLong, help: "Output format: svg, png, pdf, dot, json, plain, ... (any Graphviz device; default: OUT's extension).")
    var format: String?

    @Option(help: "Layout engine: \(LayoutEngine.common.map(\.rawValue).joined(separator: ", ")) (default: by view and size).")
    var engine: String?

    @Option(
        help: ArgumentHelp(
            "Edges: automatic (around nodes in dot and in small spring drawings, straight lines beyond), "
                + "around-nodes (minutes in neato and sfdp for a few hundred edges), straight."))
    var edges: EdgeRouting = .automatic

    @Option(help: "What to draw: \(DiagramView.allCases.map(\.rawValue).joined(separator: ", ")) (default: full; two-mode with --layout bipartite).")
    var view: DiagramView?

    @Option(
        help: ArgumentHelp(
            "Node placement: engine (by the layout engine), or bipartite (actors in one row, meetings in the row "
                + "below, ordered to reduce crossing lines; the two-mode view)."))
    var layout: Placement = .engine

    @Option(help: "Node colour from: kind, region, community (the groups of `partnet communities`; meetings have none).")
    var colorBy: ColorChoice = .kind

    @Option(
        help: ArgumentHelp(
            "Node size from: uniform, or a centrality (\(CentralityMeasure.list)) of the graph the view shows (as centrality --on network, two-mode or projection).",
            valueName: "measure"))
    var sizeBy: String = "degree"

    @Option(help: "Group in boxes by: none, year (meetings), region (actors). Drawn by dot and fdp.")
    var clusterBy: Style.Clustering = .none

    @Option(help: "Keep meetings and ties from this date on (YYYY, YYYY-MM or YYYY-MM-DD).", transform: Render.date)
    var since: PartialDate?

    @Option(help: "Keep meetings and ties up to this date (YYYY, YYYY-MM or YYYY-MM-DD).", transform: Render.date)
    var until: PartialDate?

    @Flag(help: "Label each line with its relation (or weight in the projection).")
    var edgeLabels = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "Title above the legend (default: the network's name; \"\" for none).")
    var title: String?

    @Option(help: "Largest drawing size in inches, W,H (e.g. 14,14): larger drawings are scaled down to fit.", transform: Render.size)
    var size: [Double]?

    @Flag(help: "Lay out in a child process, stopped after --timeout seconds (default \(Int(DiagramRendering.defaultTimeLimit))).")
    var isolated = false

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case kind, region, community }

    /// Where the nodes go: `--layout`.
    enum Placement: String, ExpressibleByArgument, CaseIterable { case engine, bipartite }

    /// The view drawn: the one asked for, or the two-mode view that a bipartite layout draws.
    var shownView: DiagramView { view ?? (layout == .bipartite ? .twoMode : .full) }

    static func size(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, parts.allSatisfy({ $0 > 0 }) else { throw ValidationError("'\(text)' is not a size: use W,H in inches, e.g. 14,14") }
        return parts
    }

    static func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else { throw ValidationError("'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") }
        return date
    }

    func validate() throws {
        if format == nil, RenderFormat(pathExtensionOf: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)': give it an extension (.svg, .png, .pdf) or --format")
        }
        if layout == .bipartite {
            if engine != nil {
                throw ValidationError("--layout bipartite places every node itself: leave out --engine")
            }
            if let view, view != .twoMode {
                throw ValidationError(
                    "--layout bipartite draws the two-mode view (actors and meetings linked by participations), not --view \(view.rawValue)")
            }
            if clusterBy != .none { throw ValidationError("--layout bipartite draws rows, not boxes: leave out --cluster-by") }
        }
        if OutputFile.isSameFile(output, input.file) {
            throw ValidationError("refusing to overwrite the input file \(input.file): choose another -o")
        }
        try refuseControlCharacters(title, in: "--title")
        if let since, let until, until.lastDay.lexicographicallyPrecedes(since.firstDay) {
            throw ValidationError("--until \(until) ends before --since \(since) begins: nothing would be drawn")
        }
    }

    func run() throws {
        let format = RenderFormat(format ?? RenderFormat(pathExtensionOf: output)!.rawValue)
        // Before the input is read, without waiting for Graphviz's plugins to load (the warm-up's thread loads them
        // meanwhile) unless a name is not a standard one: the render checks both again against what Graphviz offers.
        try GraphvizRenderer.checkAvailable(engine: engine.map { LayoutEngine($0) }, format: format)

        let display = progress.display("render")
        defer { display.finish() }
        display.begin("reading \(input.file)")
        var network = try input.loadNetwork()
        let view = shownView
        if layout == .bipartite {
            try input.requireMeetings(network, for: "--layout bipartite")
        } else if view == .twoMode || view == .projection {
            try input.requireMeetings(network, for: "--view \(view.rawValue)")
        }
        if view == .projection { try input.checkProjectionSize(network) }
        // Opened before the layout: an output that cannot be written is said at once, not after a long layout.
        let file = try OutputFile(path: output, protecting: [input.file])
        if since != nil || until != nil { network = network.slice(since: since, until: until) }
        var style = Style()
        let control = display.control()
        style.colorBy =
            switch colorBy {
            case .kind: .kind
            case .region: .region
            case .community:
                try control.run("communities") {
                    let groups = network.groups()
                    return .community(groups.partition, networkIndices: groups.networkIndices)
                }
            }
        style.sizeBy = try control.run(sizeBy) { try sizeScheme(network: network) }
        if layout == .bipartite {
            style.placement = try control.run("two-row order") {
                let twoMode = network.twoModeGraph()
                let rows = twoMode.twoRowLayout()
                return .twoRows(
                    actors: rows.actorOrder.map { twoMode.networkIndices[$0] },
                    meetings: rows.meetingOrder.map { twoMode.networkIndices[$0] })
            }
        }
        display.begin("layout (\(engine ?? "by size"))")
        style.clusterBy = clusterBy
        style.edgeRouting = edges
        style.showsEdgeLabels = edgeLabels
        style.showsLegend = !noLegend
        style.title = title
        if let size { style.maximumSize = Style.DrawingSize(width: size[0], height: size[1]) }
        let builder = DiagramBuilder(network: network, style: style, view: view)
        var graph = try builder.build()
        let engine = engine.map { LayoutEngine($0) } ?? builder.recommendedEngine(for: graph)
        graph.routeEdges(style.edgeRouting, engine: engine)

        let result = try DiagramRendering.render(graph, engine: engine, format: format, isolated: isolated)
        display.finish()
        for message in result.messages { printError("graphviz: " + message) }
        try file.write(result.data)
        try file.commit()
    }

    /// Node sizes: none, or one centrality of the graph the view shows (its scope).
    private func sizeScheme(network: Network) throws -> Style.SizeScheme {
        if sizeBy == "uniform" { return .uniform }
        let measures = try NodeFigure.parse(sizeBy).map { figure in
            guard case .centrality(let measure) = figure else {
                throw ValidationError("--size-by takes uniform or one centrality, not '\(sizeBy)'")
            }
            return measure
        }
        guard measures.count == 1, measures[0] != .hits else {
            throw ValidationError("--size-by takes uniform or one centrality of one column, not '\(sizeBy)'")
        }
        let measured = network.measuredGraph(shownView.figureScope)
        return .values(try measured.centralities(measures)[0], networkIndices: measured.networkIndices)
    }
}

extension DiagramView: ExpressibleByArgument {}
extension EdgeRouting: ExpressibleByArgument {}
extension Style.Clustering: ExpressibleByArgument {}
