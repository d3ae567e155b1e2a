import ArgumentParser
import Foundation
import PartnerIO
import PartnerGraphviz
import PartnerMetrics

extension ExchangeFormat: ExpressibleByArgument {}

/// `partnet convert IN -o OUT`: writes a network in another format, atomically.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", _superCommandName: Partnet.name,
        abstract:
            "Convert a network to YAML, JSON, GraphML, GEXF (dynamic), node-link JSON, Pajek, a tab-separated edge list, Gephi's CSV tables or VOSviewer files.",
        discussion: """
            The format comes from OUT's extension (.yaml .json .graphml .gexf .node-link.json .net .tsv .csv) or --to. \
            Every format keeps the network's direction and weights; the edge list and Gephi's tables keep no modes. \
            Gephi's CSV writes the edge table OUT and the node table OUT-nodes.csv. \
            VOSviewer writes two files, OUT-map.txt and OUT-network.txt, from the actor projection. \
            Pajek with --with-metrics writes OUT-NAME.vec per score and OUT-community.clu beside OUT.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file.", completion: .file())
    var output: String

    @Option(name: [.customShort("f"), .customLong("format"), .customLong("to")], help: "Output format (default: OUT's extension).")
    var to: ExchangeFormat?

    @Option(
        name: .customLong("with-metrics"),
        help: ArgumentHelp(
            "Write these results as node attributes (GraphML, GEXF, node-link) or as .vec/.clu files beside a Pajek network: centrality measures on the graph of --on (\(CentralityMeasure.list)) and 'community' (the groups of `partnet communities`: Louvain on the actor projection, seed 1).",
            valueName: "list"))
    var withMetrics: String?

    @Option(help: "The graph the --with-metrics centralities run on: network, two-mode or projection (as centrality --on).")
    var on: FigureScope = .network

    func run() throws {
        guard let format = to ?? ExchangeFormat(extension: output) else {
            throw ValidationError(ExchangeFormat.unknownExtensionAdvice(output))
        }
        let (source, kind) = try input.open()
        if kind == .edges, withMetrics == nil, !input.directed, EdgeList.supports(format) {
            // A plain edge list carries only a graph: written from its dense indices, no `Network` is built.
            let edges = try EdgeList.parse(source, limits: input.limits)
            if let note = edges.repeatNote(in: source, limits: input.limits) { InputOptions.printNote(note) }
            do {
                return try writeOneFile { try EdgeList.write(edges, name: URL(fileURLWithPath: source.name).lastPathComponent, as: format, to: $0) }
            } catch let error as NetworkError {
                try EdgeListLines.throwPlaced(error, of: edges, in: source, limits: input.limits)
            }
        }
        var network = try kind.loadNetwork(source, limits: input.limits, note: InputOptions.printNote)
        if input.directed { network.isDirected = true }
        if format == .edgeList && network.edges.isEmpty {
            // The file would be empty, which no reader (partnet's included) takes for a network.
            throw CommandError("\(input.file) has no edges: an edge list of it would be an empty file; write yaml, graphml or node-link instead")
        }
        if let note = format.lossNote(for: network) { printError("note: " + note) }
        // Network files are written as they are produced, without the whole text in memory (with results,
        // `files` below refuses them).
        if let networkFormat = NetworkFile.Format(rawValue: format.rawValue), withMetrics == nil {
            return try writeOneFile { try NetworkFile.write(network, format: networkFormat, to: $0) }
        }
        // GraphML and GEXF stream too, with their results.
        if let document = format.streamedDocument {
            let results = try results(for: network)
            return try writeOneFile { try document.write(network, results: results, to: $0) }
        }
        // VOSviewer's two files appear together or not at all.
        var extras = VOSviewer.Extras()
        if format == .vosviewer || format == .vosviewerJSON {
            do { extras = try VOSviewer.Extras(mapOf: network, layout: GraphLayout.positions) } catch let error as MissingMeetingsError {
                throw CommandError("\(input.file): \(error.localizedDescription)")
            }
        }
        let files = try format.files(for: network, results: try results(for: network), vosviewer: extras)
        for path in try format.write(files, beside: output, protecting: [input.file]) { printError("wrote \(path)") }
    }

    /// Writes OUT, under the output rule, through `write`, and commits it.
    private func writeOneFile(_ write: (OutputFile) throws -> Void) throws {
        let target = try OutputFile(path: output, protecting: [input.file])
        try write(target)
        try target.commit()
        if target.target.path != nil { printError("wrote \(target.path)") }
    }

    /// The results `--with-metrics` asks for, by the library's one function per figure.
    private func results(for network: Network) throws -> NodeResults {
        guard let withMetrics else { return NodeResults() }
        if on != .network { try input.requireMeetings(network, for: "--on \(on.rawValue)") }
        let asked: [NodeFigure]
        do {
            asked = try NodeFigure.parse(withMetrics)
        } catch .unknownMeasure(let name) {
            throw ValidationError("unknown metric '\(name)' in --with-metrics; expected community or \(CentralityMeasure.list)")
        }
        let figures = try network.nodeFigures(asked, on: on)
        return NodeResults(scores: figures.scores, partition: figures.groups?.partition)
    }
}
