import ArgumentParser
import Foundation
import PartnerGraphviz
import PartnerIO

/// `partnet report FILE -o report.html`: one self-contained page a person can read.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a one-page HTML report: the diagram, a summary, central actors, strongest pairs, a heat map, activity per year, groups.",
        discussion: "The page needs no network access: the diagram and charts are inline SVG and there are no scripts.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The HTML file to write (written atomically; never the input).")
    var output: String

    @Option(help: "How many actors and pairs the tables show.")
    var top: Int = 15

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        if OutputFile.isSameFile(input.file, output) { throw CommandError("\(output) is the input file; refusing to write over it") }
        let network = try input.loadNetwork()
        let builder = ReportBuilder(network: network, file: URL(fileURLWithPath: input.file).lastPathComponent, top: top) { graph, engine in
            try DiagramRendering.render(graph, engine: engine, format: "svg").data
        }
        try OutputFile.write(Data(try builder.html().utf8), to: output, protecting: [input.file])
        printError("wrote \(output)")
    }
}
