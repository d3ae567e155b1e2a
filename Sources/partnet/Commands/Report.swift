import ArgumentParser
import Foundation
import PartnerGraphviz
import PartnerIO
import PartnerMetrics
import PartnerReport

/// `partnet report FILE -o report.html`: one self-contained page a person can read and explore.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", _superCommandName: Partnet.name,
        abstract: "Write a one-page HTML report: the diagram, a summary, central actors, strongest pairs, a heat map, activity per year, groups.",
        discussion: """
            The page needs no network access: its script, style and drawings are inline. By default it is \
            interactive (zoom and pan, search, a year slider, colours by kind, region or group, sortable tables); \
            --static writes a page without scripts for print and PDF. From 1,000 nodes or 4,000 links the \
            interactive page draws on a canvas from Graphviz's sfdp positions, one circle per community where the \
            view holds more than 1,500 nodes (click one to see its nodes).
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The HTML file to write (written atomically; never the input).", completion: .file())
    var output: String

    @Flag(name: .customLong("static"), help: "Write a page without scripts, for print and PDF.")
    var isStatic = false

    @Option(help: "How many actors and pairs the static page's tables show.")
    var top: Int = 15

    @Option(help: "The community method for the groups and the colours by group: louvain or leiden.")
    var method: CommunityMethod = .louvain

    @Option(help: "Seed of the community method (the same seed gives the same groups as `partnet communities`).")
    var seed: UInt64 = GroupOptions.defaultSeed

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        // The tool exits once the page is committed: the report's memory is left to the exit.
        PartnerReport.Report.leaveMemoryToExit()
        let display = progress.display("report")
        defer { display.finish() }
        // The output is opened first: an output that is the input, or a path that cannot be written, is refused
        // before the input is read (OutputFile compares the two paths once). The page goes to it part by part as
        // it is made, never copied whole into one text; a report that fails leaves nothing at the path.
        try OutputFile.write(to: output, protecting: [input.file]) { file in
            let network = try input.loadNetwork()
            try input.checkProjectionSize(network)
            let options = ReportOptions(
                presentation: isStatic ? .static : .interactive, top: top, communityMethod: method, seed: seed,
                fileName: Self.lastPathComponent(input.file), generator: "PartnerGraph \(PartnerGraphVersion.current)",
                renderSVG: { graph, engine in try DiagramRendering.render(graph, engine: engine, format: .svg).data },
                placeNodes: { graph, engine in try DiagramRendering.render(graph, engine: engine, format: .plain).data },
                progress: { phase in display.begin(phase) })
            let report = PartnerReport.Report(network, options: options)
            try CommandDeadline.run("the report") {
                var writing = false
                try report.writeHTML { part in
                    if !writing { display.begin("writing \(output)") }
                    writing = true
                    var part = part
                    try part.withUTF8 { try file.write(UnsafeRawBufferPointer($0)) }
                }
            }
        }
        display.finish()
        printError("wrote \(output)")
    }

    /// The last component of `path`, as `URL(fileURLWithPath:).lastPathComponent` gives it ("b.yaml" for
    /// "a/b.yaml", "a" for "a/"), found in the text alone: Foundation's URL would look the path up on disk and pay
    /// its first use (type lookups, ~0.2 ms) on the main thread before the drawing's layout starts.
    /// - Complexity: O(n) in the path's length.
    static func lastPathComponent(_ path: String) -> String {
        let trimmed = path.utf8.lastIndex { $0 != UInt8(ascii: "/") }.map { path[...$0] } ?? path.prefix(0)
        if trimmed.isEmpty { return path.isEmpty ? "" : "/" }
        let start = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")).map { trimmed.utf8.index(after: $0) } ?? trimmed.startIndex
        return String(trimmed[start...])
    }
}
