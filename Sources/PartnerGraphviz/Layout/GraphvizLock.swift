import CGraphviz
import CGraphvizText
import Foundation

/// The one process-wide lock that serialises every call into libgvc and libcgraph.
///
/// Graphviz keeps global state (its parser, its error channel, plugin tables): two threads inside it at
/// once crash even with separate contexts. Everything in this module takes this lock; code that calls the C
/// library directly in the same process must call it inside ``withLock(_:)`` too.
public enum GraphvizLock {
    /// Runs `body` while holding the lock. The lock is not recursive: do not call this module's
    /// rendering functions from `body`.
    public static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try GraphvizSession.shared.lock.withLock(body)
    }
}

/// The state shared by every in-process render: the lock, the long-lived context and the message buffer.
///
/// Every stored property is read and written only while `lock` is held (the published lists and the exit flag: their
/// own locks), hence `@unchecked Sendable`.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    let lock = NSLock()
    private var context: OpaquePointer?
    private var pendingMessages = ""
    private(set) var engines: [String] = []
    private(set) var formats: [String] = []
    /// Whether a render has run: the preparation's warm-up, coming later, would only repeat what it loaded.
    var hasRendered = false
    /// Whether renders leave their graphs to the process's exit (``GraphvizRenderer/leaveGraphsToExit()``);
    /// under its own lock, so that setting it never waits for a render.
    var leavesGraphsToExit: Bool {
        get { exitLock.withLock { leavingGraphs } }
        set { exitLock.withLock { leavingGraphs = newValue } }
    }
    private var leavingGraphs = false
    private let exitLock = NSLock()
    /// The engines and formats once the context exists, readable without waiting for a render (under `listsLock`).
    private var publishedLists: (engines: [String], formats: [String])?
    private let listsLock = NSLock()
    /// The background preparation started by `prepare(engine:format:fontName:)`, if any.
    private let preparation = DispatchGroup()

    /// Devices that open windows instead of producing bytes.
    private static let interactiveDevices: Set<String> = ["x11", "xlib", "gtk", "gv"]

    private init() {}

    /// Runs `body` under the lock with the context, created on first use; messages start empty.
    func withContext<Result>(_ body: (OpaquePointer) throws -> Result) throws -> Result {
        try lock.withLock {
            installErrorChannel()
            if context == nil {
                // Graphviz's context, its text layout behind the cache that measures labels beside the layout.
                guard let created = cgraphviz_text_context().map(OpaquePointer.init) ?? gvContext() else {
                    throw GraphvizError.contextUnavailable
                }
                context = created
                engines = Self.pluginNames(created, kind: "layout")
                formats = Self.pluginNames(created, kind: "device").filter { !Self.interactiveDevices.contains($0) }
                listsLock.withLock { publishedLists = (engines, formats) }
            }
            pendingMessages = ""
            return try body(context!)
        }
    }

    /// The engines and formats the installed Graphviz offers; waits for a render in progress only when the
    /// context does not exist yet.
    func pluginLists() throws -> (engines: [String], formats: [String]) {
        if let lists = listsLock.withLock({ publishedLists }) { return lists }
        return try withContext { _ in (engines, formats) }
    }

    /// Starts, on another thread, what the first render would otherwise do first: creating the context (reading
    /// Graphviz's plugin configuration), loading `engine`'s layout plugin and `format`'s renderer (a layout and render
    /// of a two-node graph), and starting the text layout with its fonts (fontconfig, pango, `fontName` loaded).
    /// The text layout starts outside the lock when the context measures through the cache
    /// (`cgraphviz_text_warm`): a render that takes the lock meanwhile builds its graph while pango starts, and waits
    /// for it only at its first label. Otherwise the two-node graph has labels in `fontName`, measured under the lock.
    /// Failures are ignored: the render that follows meets and reports them.
    func prepare(engine: String, format: String, fontName: String) {
        let font = DOTEscaping.quoted(fontName)
        // In the labels' size as well (the default style's): most labels, and the legend, are measured in it.
        let fontSize = Style().fontSize
        // The bold face at the legend title's size: the first label every drawing's layout measures.
        let titleSize = Style().titleFontSize
        let size = DOTEscaping.number(fontSize)
        let labelled = "graph { node [fontname=\(font), fontsize=\(size)]; a [label=\"Ag\"]; b [label=<<B>Ag</B>>]; a -- b }"
        let unlabelled = "graph { node [label=\"\"]; a -- b }"
        // fontconfig's configuration on a thread of its own from the start, beside the plugins' loading: pango's
        // first font map would start it only once they are loaded, and the warm-up's text layout would wait for it.
        cgraphviz_text_start_fontconfig()
        // pango's start on the early start's thread as soon as it has loaded pango, whoever takes the lock first:
        // the font resolved now (a table lookup), under the lock, which nobody holds this early in the tool.
        if lock.try() {
            _ = cgraphviz_text_warm_early(fontName, fontSize, titleSize)
            lock.unlock()
        }
        let warmUp: @Sendable () -> Void = {
            // The libraries first, outside the lock (a few milliseconds of the loader's work): a render that takes
            // the lock meanwhile loads what it needs itself.
            cgraphviz_text_preload(engine == "dot" ? "dot_layout" : "neato_layout")
            // The context, alone: the caller may be waiting for the list of engines and formats.
            guard (try? self.withContext { _ in }) != nil else { return }
            var warmsOutside = false
            _ = try? self.withContext { context in
                // A render that took the lock first has loaded all this already.
                guard !self.hasRendered, self.engines.contains(engine) else { return }
                warmsOutside = cgraphviz_text_warm_font(UnsafeMutableRawPointer(context), fontName, fontSize) != 0
                guard let parsed = agmemread(warmsOutside ? unlabelled : labelled) else { return }
                defer { agclose(parsed) }
                guard gvLayout(context, parsed, engine) == 0 else { return }
                defer { gvFreeLayout(context, parsed) }
                let device = String(format.prefix { $0 != ":" })
                guard self.formats.contains(device) else { return }
                var buffer: UnsafeMutablePointer<CChar>?
                _ = GraphvizRenderer.renderedLength { gvRenderData(context, parsed, format, &buffer, $0) }
                gvFreeRenderData(buffer)
            }
            // Outside the lock: pango's start, then the context that measures labels beside the layout.
            if warmsOutside { cgraphviz_text_warm(titleSize) }
            LabelMeasurement.prepare()
        }
        // On the thread the tool's early start made before its main (its libraries loaded already), else on one of
        // Dispatch's: making a thread waits for the loader while another thread loads a library.
        let work = Unmanaged.passRetained(EarlyWarmUp(warmUp)).toOpaque()
        let taken = cgraphviz_text_run_early({ Unmanaged<EarlyWarmUp>.fromOpaque($0!).takeRetainedValue().body() }, work)
        if taken == 0 {
            Unmanaged<EarlyWarmUp>.fromOpaque(work).release()
            DispatchQueue.global(qos: .userInitiated).async(group: preparation, execute: warmUp)
        }
    }

    /// Returns once the preparation started by `prepare(engine:format:fontName:)` has ended (at once if none).
    func waitForPreparation() {
        preparation.wait()
        cgraphviz_text_wait_early()
        cgraphviz_text_wait_fontconfig()
    }

    /// Graphviz's messages since the last call, one per line, and clears them. Call under the lock.
    func takeMessages() -> [String] {
        defer { pendingMessages = "" }
        return pendingMessages.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Sends Graphviz's warnings and errors to `pendingMessages` instead of stderr.
    private func installErrorChannel() {
        _ = agseterr(AGWARN)
        // A C function pointer cannot capture: it reaches the buffer through the shared instance. Graphviz
        // calls it only from inside a libgvc call, that is while this thread holds the lock.
        _ = agseterrf { fragment in
            if let fragment { GraphvizSession.shared.pendingMessages += String(cString: fragment) }
            return 0
        }
    }

    private static func pluginNames(_ context: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names
    }
}

/// The warm-up handed to the early start's thread (`cgraphviz_text_run_early`), through its C argument.
private final class EarlyWarmUp: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
