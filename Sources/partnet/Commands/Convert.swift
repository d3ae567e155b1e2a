import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

extension ExchangeFormat: ExpressibleByArgument {}

/// `partnet convert IN -o OUT`: writes a network in another format, atomically.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a network to YAML, JSON, GraphML, GEXF (dynamic), node-link JSON, Pajek or VOSviewer files.",
        discussion: """
            The format comes from OUT's extension (.yaml .json .graphml .gexf .node-link.json .net) or --to. \
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
            "Write these results as node attributes (GraphML, GEXF, node-link) or as .vec/.clu files beside a Pajek network: centrality measures computed on the whole network (\(CentralityMeasure.list)) and 'community' (Louvain, seed 1).",
            valueName: "list"))
    var withMetrics: String?

    func run() throws {
        guard let format = to ?? ExchangeFormat(extension: output) else {
            throw ValidationError(
                "cannot tell the format of '\(output)' from its extension; give -f/--format (or --to) \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: "|"))"
            )
        }
        let network = try input.loadNetwork()
        // VOSviewer's two files appear together or not at all.
        let files = try format.files(for: network, results: try results(for: network))
        if files.count > 1, output == "-" {
            throw ValidationError("\(format.rawValue) writes \(files.count) files; give a file name instead of -")
        }
        var outputs: [OutputFile] = []
        for file in files {
            let path: String
            if file.suffix.isEmpty {
                path = output
            } else {
                let url = URL(fileURLWithPath: output)
                let stem = url.pathExtension.isEmpty ? url.path : url.deletingPathExtension().path
                path = stem + file.suffix
            }
            let target = try OutputFile(path: path, protecting: [input.file])
            outputs.append(target)
            try target.write(file.text)
        }
        try OutputFile.commit(together: outputs)
        for file in outputs where file.target.path != nil { printError("wrote \(file.path)") }
    }

    /// The results `--with-metrics` asks for, computed on the whole network (every node, edges undirected).
    private func results(for network: Network) throws -> NodeResults {
        guard let withMetrics else { return NodeResults() }
        var names = withMetrics.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var results = NodeResults()
        if let index = names.firstIndex(where: { $0 == "community" || $0 == "communities" }) {
            names.remove(at: index)
            results.partition = network.graph().louvainCommunities(seed: 1)
        }
        guard !names.isEmpty else { return results }
        var measures: [CentralityMeasure] = []
        for name in names {
            guard let measure = CentralityMeasure(rawValue: name) else {
                throw ValidationError("unknown metric '\(name)' in --with-metrics; expected community or \(CentralityMeasure.list)")
            }
            measures.append(measure)
        }
        results.scores = try network.measuredGraph(.network, weighted: true).centralities(measures)
        return results
    }
}
