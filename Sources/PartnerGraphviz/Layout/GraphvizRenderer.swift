import CGraphviz
import CGraphvizText
import Dispatch
import Foundation

/// Lays out and renders DOT text in this process, through libgvc.
///
/// ```swift
/// let result = try GraphvizRenderer.render(dot: graph.render(), engine: .dot, format: .svg)
/// try result.data.write(to: url)
/// ```
/// Calls are serialised by ``GraphvizLock`` (Graphviz is not thread-safe) and share one long-lived context.
/// Graphviz's messages never reach stderr: warnings come back in ``RenderResult/messages`` and failures
/// as ``GraphvizError``. A layout cannot be interrupted; for untrusted or very large graphs use
/// ``IsolatedRenderer``, which runs in a child process with a time limit.
public enum GraphvizRenderer {
    /// The queue that runs asynchronous renders, so that long layouts never block Swift's cooperative pool.
    /// Serial: renders are serialised by the lock anyway, so more threads would only wait.
    private static let queue = DispatchQueue(label: "PartnerGraphviz.render", qos: .userInitiated)

    /// Lays out `dot` with `engine` and renders it to `format`.
    ///
    /// - Parameters:
    ///   - dot: a graph in the DOT language.
    ///   - engine: the layout engine; checked against ``availableEngines()``.
    ///   - format: the output format; checked against ``availableFormats()``.
    /// - Returns: the rendered bytes and Graphviz's warnings.
    /// - Throws: ``GraphvizError``: `unknownFormat` (checked first), `unknownEngine`, `syntaxError`, `layoutFailed`,
    ///   `renderFailed`.
    /// - Complexity: that of the layout engine: near-linear for `sfdp`, much worse for `dot` on large graphs.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws -> RenderResult {
        var counts = LabelMeasurement.Counts()
        return try render(engine: engine, format: format, counts: &counts) { agmemread(dot) }
    }

    /// Lays out the graph `read` makes (nil: a syntax error) and renders it; the one path of every render.
    /// `measuring`: a graph whose labels a second thread measures while `read` builds it and the layout starts;
    /// `counts` then says how many of them the layout took from that thread.
    private static func render(
        engine: LayoutEngine, format: RenderFormat, measuring: DOTGraph? = nil, counts: inout LabelMeasurement.Counts,
        read: () -> UnsafeMutablePointer<Agraph_t>?
    ) throws -> RenderResult {
        // Before the lock: the labels are measured while this render waits for it.
        var measures = measuring.map { LabelMeasurement.begin($0, format: format) } ?? false
        // A render that fails before its layout, under the lock or before it.
        defer { if measures { _ = LabelMeasurement.end() } }
        return try GraphvizSession.shared.withContext { context in
            let session = GraphvizSession.shared
            // The format first, as checkAvailable(engine:format:) and the isolated renderer check them.
            guard session.formats.contains(format.deviceName) else {
                throw GraphvizError.unknownFormat(format.rawValue, available: session.formats)
            }
            guard session.engines.contains(engine.rawValue) else {
                throw GraphvizError.unknownEngine(engine.rawValue, available: session.engines)
            }
            session.hasRendered = true
            if measures { LabelMeasurement.arm() }
            // The cache answers only this render's layout: it is given up before the lock is released.
            defer {
                if measures {
                    _ = LabelMeasurement.end()
                    measures = false
                }
            }
            guard let graph = read() else { throw GraphvizError.syntaxError(messages: session.takeMessages()) }
            let frees = !session.leavesGraphsToExit
            defer { if frees { agclose(graph) } }
            LayoutStart.signal()
            let laidOut = gvLayout(context, graph, engine.rawValue)
            // Every label is measured once the layout is done: the thread stops before the render.
            if measures {
                counts = LabelMeasurement.end()
                measures = false
            }
            defer { if frees { gvFreeLayout(context, graph) } }
            guard laidOut == 0 else {
                throw GraphvizError.layoutFailed(engine: engine.rawValue, messages: session.takeMessages())
            }
            var buffer: UnsafeMutablePointer<CChar>?
            // cairo's renderers draw the layouts pango's plugin made: not beside the warm-up's use of the plugin.
            cgraphviz_text_hold(1)
            let (status, length) = renderedLength { gvRenderData(context, graph, format.rawValue, &buffer, $0) }
            cgraphviz_text_hold(0)
            guard status == 0, let buffer else {
                // The buffer may be set even when rendering fails.
                gvFreeRenderData(buffer)
                throw GraphvizError.renderFailed(format: format.rawValue, messages: session.takeMessages())
            }
            // The data takes Graphviz's buffer as it is (a drawing of 200 KB is not copied once more) and frees it.
            let data = Data(
                bytesNoCopy: buffer, count: length,
                deallocator: .custom { bytes, _ in gvFreeRenderData(bytes.assumingMemoryBound(to: CChar.self)) })
            return RenderResult(data: data, messages: session.takeMessages())
        }
    }

    /// Renders on a dedicated queue and resumes when done, leaving the cooperative thread pool free.
    ///
    /// Cancelling the task does not stop a layout already running; see ``IsolatedRenderer`` for that.
    /// - Parameters: as the synchronous `render(dot:engine:format:)`.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) async throws -> RenderResult {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try render(dot: dot, engine: engine, format: format) })
            }
        }
    }

    /// Lays out and renders a ``DOTGraph``; see `render(dot:engine:format:)`.
    ///
    /// The graph is handed to Graphviz as its parser would build it from ``DOTGraph/render()``'s text, without the
    /// text (`CGraphBuilder`): the output is byte for byte that of `render(dot: graph.render(), ...)`, which the
    /// few graphs that could differ still go through.
    public static func render(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat) throws -> RenderResult {
        try renderCountingLabels(graph, engine: engine, format: format).result
    }

    /// `render(_:engine:format:)`, with how many labels the layout took from the thread that measured them
    /// beside it (``LabelMeasurement``). For tests.
    static func renderCountingLabels(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat) throws
        -> (result: RenderResult, counts: LabelMeasurement.Counts)
    {
        var counts = LabelMeasurement.Counts()
        let result = try render(engine: engine, format: format, measuring: graph, counts: &counts) {
            CGraphBuilder.build(graph) ?? agmemread(graph.render())
        }
        return (result, counts)
    }

    /// The layout engines the installed Graphviz offers (`circo`, `dot`, `fdp`, `neato`, ...), sorted.
    public static func availableEngines() throws -> [String] {
        try GraphvizSession.shared.pluginLists().engines
    }

    /// The output formats the installed Graphviz offers, without interactive devices (`x11`, `gtk`), sorted.
    public static func availableFormats() throws -> [String] {
        try GraphvizSession.shared.pluginLists().formats
    }

    /// The layout engines of the two layout plugins every Graphviz installation has (`dot_layout` and
    /// `neato_layout`), which ``checkAvailable(engine:format:)`` accepts without waiting for Graphviz.
    static let standardEngines: Set<String> = ["dot", "neato", "fdp", "sfdp", "twopi", "circo", "osage", "patchwork", "nop"]

    /// The output formats of Graphviz's core plugin, which every installation has (cairo's `png` and `pdf` are in a
    /// plugin of their own, which may be missing): ``checkAvailable(engine:format:)`` accepts them without waiting.
    static let standardFormats: Set<String> = [
        "svg", "dot", "canon", "plain", "plain-ext", "xdot", "json", "json0", "dot_json", "xdot_json", "ps", "eps",
    ]

    /// Checks that the installed Graphviz offers `format` and, when given, `engine`, as a render checks them, so
    /// that a command can refuse a misspelt name before it reads its input.
    ///
    /// Names that Graphviz's standard plugins always provide (`svg`, `dot`, `json`, `plain`, ...; the engines
    /// `dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`, ...) are accepted at once, without waiting for the
    /// context that ``prepare(engine:format:fontName:)`` is creating on another thread (loading Graphviz's
    /// plugins and their libraries, several milliseconds); the render checks them again against the context, with
    /// the same errors, in the unlikely case an installation lacks one. Any other name waits for the context and
    /// is checked against ``availableFormats()`` and ``availableEngines()``: a typo is refused at once, before the
    /// input is read, with the list of valid names.
    /// - Parameters:
    ///   - engine: the layout engine asked for; nil when the command picks it later.
    ///   - format: the output format (its device: `png` for `png:cairo`).
    /// - Throws: ``GraphvizError``: `unknownFormat` (checked first), `unknownEngine`, `contextUnavailable`.
    /// - Complexity: O(1) for standard names; otherwise the context's creation, when another thread has not
    ///   created it yet.
    public static func checkAvailable(engine: LayoutEngine?, format: RenderFormat) throws {
        let standardEngine = engine.map { standardEngines.contains($0.rawValue) } ?? true
        if standardEngine, standardFormats.contains(format.deviceName) { return }
        let lists = try GraphvizSession.shared.pluginLists()
        guard lists.formats.contains(format.deviceName) else {
            throw GraphvizError.unknownFormat(format.rawValue, available: lists.formats)
        }
        if let engine, !lists.engines.contains(engine.rawValue) {
            throw GraphvizError.unknownEngine(engine.rawValue, available: lists.engines)
        }
    }

    /// Makes every later render in this process leave its graph, laid out, to the process's exit instead of
    /// freeing it: for a command-line tool that exits once its output is written, where freeing is work the exit
    /// makes needless (a walk of every node, edge, attribute and layout record: about half a millisecond for a
    /// 100-node diagram). Never call it in a process that goes on rendering: each graph's memory stays taken.
    /// - Complexity: O(1).
    public static func leaveGraphsToExit() {
        GraphvizSession.shared.leavesGraphsToExit = true
    }

    /// Starts loading, on another thread, what the first render in this process needs, and returns at once.
    ///
    /// The first render of a process otherwise begins by reading Graphviz's plugin configuration, loading the
    /// layout engine's plugin and the renderer's, and starting the text layout (fontconfig's configuration and
    /// font files, pango): several milliseconds that a command can spend reading its input instead. Call it as
    /// early as possible; renders and ``availableEngines()`` wait for it where they need what it loads
    /// (``checkAvailable(engine:format:)`` does not, for the standard plugins' names). The
    /// output of later renders does not change. Before the process exits on a path that rendered nothing, call
    /// ``waitForPreparation()``: a library must not be unloaded while a thread runs in it.
    ///
    /// - Parameters:
    ///   - engine: the engine likely to be used; `neato` also loads `fdp`, `sfdp`, `twopi`, `circo` and `nop`
    ///     (one plugin), `dot` its own.
    ///   - format: the output format likely to be used.
    ///   - fontName: the labels' font (``Style/fontName``).
    /// - Complexity: O(1) on the calling thread; a layout and render of two nodes on the other.
    public static func prepare(engine: LayoutEngine = .neato, format: RenderFormat = .svg, fontName: String = "Helvetica") {
        GraphvizSession.shared.prepare(engine: engine.rawValue, format: format.rawValue, fontName: fontName)
    }

    /// Returns once the work started by ``prepare(engine:format:fontName:)`` has ended; at once if there is none.
    public static func waitForPreparation() {
        GraphvizSession.shared.waitForPreparation()
    }

    /// Parses DOT with Graphviz's own parser, without laying it out.
    ///
    /// Useful to check DOT text, or to see exactly what Graphviz reads from it (the value of every attribute).
    /// - Throws: ``GraphvizError/syntaxError(messages:)``.
    /// - Complexity: O(size of the text).
    public static func parse(dot: String) throws -> ParsedGraph {
        try GraphvizSession.shared.withContext { _ in
            guard let graph = agmemread(dot) else {
                throw GraphvizError.syntaxError(messages: GraphvizSession.shared.takeMessages())
            }
            defer { agclose(graph) }
            return ParsedGraph(reading: graph)
        }
    }

    /// The graph as `render(_:engine:format:)` hands it to Graphviz without text, read as ``parse(dot:)`` reads
    /// a text; nil when it goes through its text instead. For tests that compare the two.
    static func parseBuilt(_ graph: DOTGraph) throws -> ParsedGraph? {
        try GraphvizSession.shared.withContext { _ in
            guard let built = CGraphBuilder.build(graph) else { return nil }
            defer { agclose(built) }
            return ParsedGraph(reading: built)
        }
    }

    /// Calls `gvRenderData` with a length of whatever integer type this Graphviz declares (`unsigned int`
    /// in 2.42, `size_t` later) and returns the status and the length.
    static func renderedLength<Length: BinaryInteger>(_ call: (UnsafeMutablePointer<Length>) -> Int32)
        -> (Int32, Int)
    {
        var length: Length = 0
        let status = call(&length)
        return (status, Int(length))
    }
}

/// A graph as Graphviz's parser read it: node names, edges and the attributes set on each.
public struct ParsedGraph: Equatable, Sendable {
    /// A node: its name and its non-empty attributes.
    public struct Node: Equatable, Sendable {
        /// The node's name (its id).
        public var name: String
        /// The attributes set on the node, with Graphviz's raw values (escStrings unexpanded).
        public var attributes: [String: String]
    }
    /// An edge: the names of its ends and its non-empty attributes.
    public struct Edge: Equatable, Sendable {
        /// The name of the edge's tail node.
        public var tail: String
        /// The name of the edge's head node.
        public var head: String
        /// The attributes set on the edge.
        public var attributes: [String: String]
    }

    /// The nodes in Graphviz's order.
    public var nodes: [Node]
    /// The edges, grouped by tail in Graphviz's order.
    public var edges: [Edge]

    /// Reads a parsed graph; call under the lock.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var result: [UnsafeMutablePointer<Agsym_t>] = []
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                result.append(current)
                symbol = agnxtattr(graph, kind, current)
            }
            return result
        }
        func attributes(_ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: String] {
            var result: [String: String] = [:]
            for symbol in symbols {
                guard let value = agxget(object, symbol), value.pointee != 0 else { continue }
                result[String(cString: symbol.pointee.name)] = String(cString: value)
            }
            return result
        }
        let nodeSymbols = symbols(Int32(AGNODE))
        let edgeSymbols = symbols(Int32(AGEDGE))
        nodes = []
        edges = []
        var node = agfstnode(graph)
        while let current = node {
            nodes.append(Node(name: String(cString: agnameof(current)), attributes: attributes(UnsafeMutableRawPointer(current), nodeSymbols)))
            var edge = agfstout(graph, current)
            while let out = edge {
                edges.append(
                    Edge(
                        tail: String(cString: cgraphviz_tail_name(out)), head: String(cString: cgraphviz_head_name(out)),
                        attributes: attributes(UnsafeMutableRawPointer(out), edgeSymbols)))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
    }
}
