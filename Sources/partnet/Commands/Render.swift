import ArgumentParser
import Foundation
import PartnerGraphviz

/// `partnet render FILE -o OUT`: draws a network with Graphviz, in this process or in an isolated worker.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a network as SVG, PNG, PDF (or any Graphviz format) with a legend and domain styles.",
        discussion: """
            The format comes from OUT's extension unless --format is given. Without --engine, dot draws \
            full and two-mode diagrams of up to \(LayoutEngine.dotNodeLimit) nodes, neato small projections \
            and tie graphs, sfdp anything larger. Large dot layouts (over \(Render.isolationThreshold) nodes) \
            and --isolated renders run in a child process stopped after --timeout seconds.
            """)

    /// Above this many nodes a `dot` layout runs isolated: it can take minutes and cannot be interrupted in-process.
    static let isolationThreshold = 500

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The file to write (written atomically; never the input).")
    var output: String

    @Option(help: "Output format: svg, png, pdf, dot, json, plain, ... (default: OUT's extension).")
    var format: String?

    @Option(help: "Layout engine: \(LayoutEngine.common.map(\.rawValue).joined(separator: ", ")) (default: by view and size).")
    var engine: String?

    @Option(help: "What to draw: \(DiagramView.allCases.map(\.rawValue).joined(separator: ", ")).")
    var view: DiagramView = .full

    @Option(help: "Node colour from: kind, region.")
    var colorBy: ColorChoice = .kind

    @Option(help: "Node size from: degree, uniform.")
    var sizeBy: SizeChoice = .degree

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

    @Flag(help: "Lay out in a child process that is stopped after --timeout seconds.")
    var isolated = false

    @Option(help: "Seconds an isolated layout may take.")
    var timeout: Double = 120

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case kind, region }
    enum SizeChoice: String, ExpressibleByArgument, CaseIterable { case degree, uniform }

    static func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else { throw ValidationError("'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") }
        return date
    }

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        if format == nil, RenderFormat(pathExtensionOf: output) == nil {
            throw ValidationError("cannot tell the format from '\(output)': give it an extension (.svg, .png, .pdf) or --format")
        }
        if try Render.isSameFile(output, input.file) {
            throw ValidationError("refusing to overwrite the input file \(input.file): choose another -o")
        }
    }

    func run() throws {
        let format = RenderFormat(format ?? RenderFormat(pathExtensionOf: output)!.rawValue)
        let formats = try GraphvizRenderer.availableFormats()
        guard formats.contains(format.deviceName) else { throw GraphvizError.unknownFormat(format.rawValue, available: formats) }
        if let engine {
            let engines = try GraphvizRenderer.availableEngines()
            guard engines.contains(engine) else { throw GraphvizError.unknownEngine(engine, available: engines) }
        }

        var network = try input.loadNetwork()
        if since != nil || until != nil { network = network.slice(since: since, until: until) }
        var style = Style()
        style.colorBy = colorBy == .region ? .region : .kind
        style.sizeBy = sizeBy == .uniform ? .uniform : .degree
        style.clusterBy = clusterBy
        style.showsEdgeLabels = edgeLabels
        style.showsLegend = !noLegend
        style.title = title
        let builder = DiagramBuilder(network: network, style: style, view: view)
        let graph = builder.build()
        let engine = engine.map { LayoutEngine($0) } ?? builder.recommendedEngine(for: graph)

        let result: RenderResult
        if isolated || (engine == .dot && graph.nodeCount > Render.isolationThreshold) {
            let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
            let renderer = IsolatedRenderer(executableURL: executable, timeLimit: timeout)
            result = try renderer.render(dot: graph.render(), engine: engine, format: format, nodeCount: graph.nodeCount)
        } else {
            result = try GraphvizRenderer.render(graph, engine: engine, format: format)
        }
        for message in result.messages { printError("graphviz: " + message) }
        try Render.writeAtomically(result.data, to: output)
    }

    /// Whether two paths name the same file (after resolving links), or the same inode.
    static func isSameFile(_ first: String, _ second: String) throws -> Bool {
        let a = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath()
        let b = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath()
        if a.path == b.path { return true }
        var statA = stat()
        var statB = stat()
        guard stat(a.path, &statA) == 0, stat(b.path, &statB) == 0 else { return false }
        return statA.st_dev == statB.st_dev && statA.st_ino == statB.st_ino
    }

    /// Writes to a temporary file in the destination's directory, then renames it over the destination, so
    /// that a failure never leaves a partial file.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(destination.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ValidationError("cannot write in \(directory.path): \(String(cString: strerror(errno)))")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            // mkstemp creates the file 0600; give it the mode a new file would have.
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            try handle.close()
            guard rename(temporary, destination.path) == 0 else {
                throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}

extension DiagramView: ExpressibleByArgument {}
extension Style.Clustering: ExpressibleByArgument {}
