import Foundation
import PartnerGraphviz

/// Where a diagram is laid out: in this process, or in a child process that a time limit can stop and a
/// Graphviz crash cannot take down.
enum DiagramRendering {
    /// Seconds a child layout may take when the command has no `--timeout`.
    static let defaultTimeLimit = 120.0

    /// Renders `graph`, in a child process when `isolated` is asked, when the command has a deadline (an
    /// in-process layout cannot be stopped), or when the graph is large enough to be slow or to crash Graphviz.
    static func render(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat, isolated: Bool = false) throws -> RenderResult {
        guard isolated || IsolatedRenderer.needsIsolation(graph, engine: engine) || CommandDeadline.instant != nil else {
            return try GraphvizRenderer.render(graph, engine: engine, format: format)
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let renderer = IsolatedRenderer(executableURL: executable, timeLimit: CommandDeadline.remainingSeconds ?? defaultTimeLimit)
        do {
            return try renderer.render(dot: graph.render(), engine: engine, format: format, nodeCount: graph.nodeCount)
        } catch GraphvizError.timedOut(_, let engine, let nodeCount) where CommandDeadline.instant != nil {
            // The worker only had what was left of the command's deadline: name the user's --timeout, not that rest.
            let size = nodeCount.map { ", \($0) nodes" } ?? ""
            throw CommandError("\(CommandDeadline.message) while laying out (engine \(engine)\(size)); try --engine sfdp or a longer --timeout")
        }
    }
}
