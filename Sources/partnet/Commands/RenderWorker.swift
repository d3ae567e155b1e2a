import ArgumentParser
import Foundation
import PartnerGraphviz

/// `partnet _render-worker --engine E --format F`: the child process of isolated rendering (hidden).
///
/// Reads DOT on stdin, writes the rendered bytes on stdout and Graphviz's messages on stderr; the exit
/// status tells the parent which error happened (see `RenderWorker.ExitCode`).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_render-worker", _superCommandName: Partnet.name, abstract: "Render DOT from stdin to stdout (used by render --isolated).",
        shouldDisplay: false)

    @Option(help: "Layout engine.")
    var engine: String

    @Option(help: "Output format.")
    var format: String

    @Option(help: "Render this many times, writing the last result (to measure memory across renders).")
    var `repeat` = 1

    func run() throws {
        let status = PartnerGraphviz.RenderWorker.run(engine: engine, format: format, repetitions: `repeat`)
        if status != 0 { Foundation.exit(status) }
    }
}
