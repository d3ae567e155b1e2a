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
            lines (.jsonl, one {"url", "text"} object per line); a DIR is read recursively; - reads standard input \
            (its kind told by its first bytes: < for HTML, { for JSON lines, else text). The draft names each \
            fact's document and sentence in `source`, and a `review` note where a rule was unsure.
            """)

    @Argument(help: "Files or folders of texts; - for standard input.", completion: .file())
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

    @Flag(help: "With --score: one row per rule, how many of its facts the gold holds (the counts the confidences come from).")
    var byRule = false

    @Option(help: ArgumentHelp("Leave out facts whose rule's precision on the development pages is below this (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(
        help: ArgumentHelp(
            "Write the facts to check to this CSV file: those below --review-below, and those a rule was unsure about, with their sentences.",
            valueName: "file.csv"))
    var review: String?

    @Option(help: ArgumentHelp("Facts below this confidence go to the --review file.", valueName: "x"))
    var reviewBelow: Double = 0.8

    @Flag(help: "Skip documents that cannot be read (binary, not UTF-8, too large), with a note, instead of failing.")
    var skipBad = false

    @Option(help: ArgumentHelp("Refuse a document larger than this many bytes.", valueName: "bytes"))
    var maxInputBytes = DocumentLoader().maxBytes

    @Option(name: .shortAndLong, help: "How --score and --explain print: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if output == nil && score == nil && !explain && review == nil {
            throw ValidationError("give -o draft.yaml, --score gold.yaml, --explain or --review file.csv")
        }
        if maxInputBytes < 1 { throw ValidationError("--max-input-bytes must be at least 1") }
        if format != .table {
            if score == nil && !explain { throw ValidationError("--format \(format.rawValue) applies to --score or --explain; give one of them") }
            if score != nil && explain {
                throw ValidationError("--format \(format.rawValue) prints one table: give --score or --explain, not both")
            }
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
        if !(0...1).contains(reviewBelow) { throw ValidationError("--review-below must be between 0 and 1") }
        if byRule && score == nil { throw ValidationError("--by-rule needs --score gold.yaml") }
    }

    /// The library's message, with the option that changes the limit when the document is too large.
    static func describe(_ error: ExtractionError) -> String {
        guard case .tooLarge = error else { return error.localizedDescription }
        return "\(error.localizedDescription) (--max-input-bytes)"
    }

    func run() throws {
        let loader = DocumentLoader(maxBytes: maxInputBytes, url: url)
        var documents: [Document] = []
        var skipped: [String] = []
        for input in inputs {
            // Standard input is copied to a private file first, within the same byte limit as any document.
            let stream = input == "-" ? try InputSource(path: "-", limits: ReadLimits(maxFileBytes: maxInputBytes)) : nil
            for file in try stream.map({ [$0.path] }) ?? loader.files(at: input) {
                do {
                    documents += try loader.documents(at: file, name: stream?.name)
                } catch let error as ExtractionError where skipBad {
                    skipped.append("skipped \(Self.describe(error))")
                    printError("warning: skipped \(Self.describe(error))")
                } catch let error as ExtractionError {
                    throw CommandError(Self.describe(error))
                }
            }
        }
        var gazetteer = Gazetteer.builtIn
        for file in organisations {
            let text: String
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch { throw ExtractionError.unreadable(file, reason: error.localizedDescription) }
            try gazetteer.addOrganisations(tsv: text, file: file)
        }
        var extractor = Extractor(gazetteer: gazetteer)
        extractor.minimumConfidence = minConfidence
        let extraction = try extractor.extract(documents)
        var network = extraction.network
        network.notes = skipped + network.notes
        if documents.isEmpty { network.notes.append("no document with text was found in \(inputs.joined(separator: ", "))") }
        if let into { network = try NetworkFileReader.read(path: into).merging(draft: network) }
        if explain {
            if format == .table {
                for fact in extraction.facts {
                    print("\(fact.rule): \(fact.subject) \(fact.relation) \(fact.object)\(fact.review.map { " [review: \($0)]" } ?? "")")
                    print("    \(fact.provenance.document): \(fact.provenance.sentence)")
                }
            } else {
                print(ResultTable(facts: extraction.facts).rendered(as: format), terminator: "")
            }
        }
        if let output {
            let fileFormat: NetworkFileWriter.Format = output.lowercased().hasSuffix(".json") ? .json : .yaml
            try OutputFile.write(to: output, protecting: inputs + organisations + [into, score].compactMap { $0 }) {
                try NetworkFileWriter.write(network, format: fileFormat, to: $0)
            }
            printError(
                "wrote \(output): \(network.meetings.count) meetings, \(network.actors.count) actors, \(network.edges.count) edges from \(documents.count) documents"
            )
        }
        if let review {
            let rows = ResultTable(reviewing: extraction.facts, below: reviewBelow)
            try OutputFile.write(rows.rendered(as: .csv), to: review, protecting: inputs + organisations + [into, score, output].compactMap { $0 })
            printError("wrote \(review): \(rows.rows.count) facts to check")
        }
        if let score {
            let gold = try NetworkFileReader.read(path: score)
            if byRule {
                print(
                    ResultTable(ruleCounts: ExtractionScore.byRule(facts: extraction.facts, draft: extraction.network, gold: gold)).rendered(as: format),
                    terminator: "")
                return
            }
            let result = ExtractionScore(draft: network, gold: gold)
            if format == .table { print(result.table) } else { print(ResultTable(score: result).rendered(as: format), terminator: "") }
        }
    }
}
