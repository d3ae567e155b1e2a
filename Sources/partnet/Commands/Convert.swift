import ArgumentParser
import Foundation
import PartnerIO

extension ExchangeFormat: ExpressibleByArgument {}

/// `partnet convert IN -o OUT`: writes a network in another format, atomically.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a network to YAML, JSON, GraphML, GEXF (dynamic), node-link JSON, Pajek or VOSviewer files.",
        discussion: """
            The format comes from OUT's extension (.yaml .json .graphml .gexf .node-link.json .net) or --to. \
            VOSviewer writes two files, OUT-map.txt and OUT-network.txt, from the actor projection.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file.")
    var output: String

    @Option(help: "Output format: \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: ExchangeFormat?

    func run() throws {
        guard let format = to ?? ExchangeFormat(extension: output) else {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; give --to \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        let network = try input.loadNetwork()
        // VOSviewer's two files appear together or not at all.
        let files = try format.files(for: network)
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
}
