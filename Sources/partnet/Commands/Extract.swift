import ArgumentParser
import Foundation
import PartnerExtract
import PartnerGraph
import PartnerIO

/// `partnet extract FILE|DIR... -o draft.yaml`: announcement texts -> a draft network file with sources.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft a network from announcement texts (text, Markdown, HTML, JSON lines), every fact with its source.",
        discussion: """
            Each FILE is a text (.txt), Markdown (.md, front matter url: kept as the source), HTML (.html) or JSON \
            lines (.jsonl, one {"url", "text"} object per line); a DIR is read recursively. The draft names each \
            fact's document and sentence in `source`, and a `review` note where a rule was unsure.
            """)

    @Argument(help: "Files or folders of texts.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The draft network file to write (.yaml or .json).")
    var output: String?

    @Option(help: "The source (URL) of the documents, instead of their file names.")
    var url: String?

    @Option(help: ArgumentHelp("Merge the draft into this curated network file, losing nothing in it.", valueName: "existing.yaml"))
    var into: String?

    @Option(help: ArgumentHelp("More organisations: tab-separated lines id, kind, name, aliases (separated by |).", valueName: "file.tsv"))
    var organisations: [String] = []

    @Flag(help: "Print each fact with the rule that produced it.")
    var explain = false

    @Option(help: ArgumentHelp("Compare the draft with a gold network file and print precision and recall.", valueName: "gold.yaml"))
    var score: String?

    @Flag(help: "Skip documents that cannot be read (binary, not UTF-8, too large), with a note, instead of failing.")
    var skipBad = false

    @Option(help: ArgumentHelp("Refuse a document larger than this many bytes.", valueName: "bytes"))
    var maxInputBytes = DocumentLoader().maxBytes

    func validate() throws {
        if output == nil && score == nil && !explain {
            throw ValidationError("give -o draft.yaml, --score gold.yaml or --explain")
        }
        if maxInputBytes < 1 { throw ValidationError("--max-input-bytes must be at least 1") }
    }

    func run() throws {
        let loader = DocumentLoader(maxBytes: maxInputBytes, url: url)
        var documents: [Document] = []
        var skipped: [String] = []
        for input in inputs {
            for file in try loader.files(at: input) {
                do {
                    documents += try loader.documents(at: file)
                } catch let error as ExtractionError where skipBad {
                    skipped.append("skipped \(error.localizedDescription)")
                    printError("warning: skipped \(error.localizedDescription)")
                }
            }
        }
        var gazetteer = Gazetteer.builtIn
        for file in organisations {
            let text: String
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch { throw ExtractionError.unreadable(file, reason: error.localizedDescription) }
            try gazetteer.addOrganisations(tsv: text, file: file)
        }
        let extraction = try Extractor(gazetteer: gazetteer).extract(documents)
        var network = extraction.network
        network.notes = skipped + network.notes
        if documents.isEmpty { network.notes.append("no document with text was found in \(inputs.joined(separator: ", "))") }
        if let into { network = try NetworkFileReader.read(path: into).merging(draft: network) }
        if explain {
            for fact in extraction.facts {
                print("\(fact.rule): \(fact.subject) \(fact.relation) \(fact.object)\(fact.review.map { " [review: \($0)]" } ?? "")")
                print("    \(fact.provenance.document): \(fact.provenance.sentence)")
            }
        }
        if let output {
            let format: NetworkFileWriter.Format = output.lowercased().hasSuffix(".json") ? .json : .yaml
            try OutputFile.write(to: output, protecting: inputs + [into, score].compactMap { $0 }) {
                try NetworkFileWriter.write(network, format: format, to: $0)
            }
            printError(
                "wrote \(output): \(network.meetings.count) meetings, \(network.actors.count) actors, \(network.edges.count) edges from \(documents.count) documents"
            )
        }
        if let score {
            let gold = try NetworkFileReader.read(path: score)
            print(ExtractionScore(draft: network, gold: gold).table)
        }
    }
}
