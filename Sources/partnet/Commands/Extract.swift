import ArgumentParser
import Foundation
import PartnerExtract
import PartnerGraph
import PartnerIO

/// `partnet extract FILE|DIR... -o draft.yaml`: announcement texts -> a draft network file with sources.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", _superCommandName: Partnet.name,
        abstract: "Draft a network from announcement texts (text, Markdown, HTML, JSON lines), every fact with its source.",
        discussion: """
            Each FILE is a text (.txt), Markdown (.md, front matter url: kept as the source), HTML (.html) or JSON \
            lines (.jsonl, one {"url", "text"} object per line); a DIR is read recursively; - reads standard input \
            (its kind told by its first bytes: < for HTML, { for JSON lines, else text). The draft names each \
            fact's document and sentence in `source`, and a `review` note where a rule was unsure.
            """)

    @Argument(help: "Files or folders of texts; - for standard input.", completion: .file())
    var inputs: [String] = []

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

    @Option(
        help: ArgumentHelp(
            "With --score: score this draft, written earlier by `extract -o`, instead of texts (a draft of another build, scored the same way).",
            valueName: "draft.yaml"))
    var draft: String?

    @Flag(help: "With --score: one row per rule, how many of its facts the gold holds (the counts the confidences come from).")
    var byRule = false

    @Flag(help: "With --score: one row per fact that differs: drafted facts the gold lacks (extra) and gold facts the draft lacks (missed).")
    var differences = false

    @Option(help: ArgumentHelp("Leave out facts whose rule's precision on the development pages is below this (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(
        help: ArgumentHelp(
            "Write the facts to check to this CSV file: those below --review-below, and those a rule was unsure about, with their sentences.",
            valueName: "file.csv"))
    var review: String?

    @Option(help: ArgumentHelp("Facts below this confidence go to the --review file.", valueName: "x"))
    var reviewBelow: Double = DraftReview.threshold

    @Flag(help: "Skip documents that cannot be read (binary, not UTF-8, too large), with a note, instead of failing.")
    var skipBad = false

    @Option(help: ArgumentHelp("Refuse a document larger than this many bytes.", valueName: "bytes"))
    var maxInputBytes = DocumentLoader().maxBytes

    @Option(name: .shortAndLong, help: "How --score and --explain print: table, csv or json.")
    var format: OutputFormat = .table

    @Option(
        help: ArgumentHelp(
            "Stop with exit 1 when the command has run this long: reading (a pipe or FIFO included), extracting and writing.",
            valueName: "seconds"))
    var timeout: Double?

    /// Hidden: for fitting a choice among candidate meetings (`scripts/extract-candidates.py`, which documents it).
    @Option(
        help: ArgumentHelp(
            "Write each page's candidate meetings with their features to this JSON-lines file (and, with --score, the gold's meetings).",
            valueName: "file.jsonl", visibility: .hidden))
    var candidates: String?

    func validate() throws {
        if draft != nil {
            if score == nil { throw ValidationError("--draft needs --score gold.yaml") }
            if !inputs.isEmpty { throw ValidationError("--draft scores a draft already written: give no texts to read") }
            let extracting: [(option: String, given: Bool)] = [
                ("-o", output != nil), ("--into", into != nil), ("--url", url != nil), ("--organisations", !organisations.isEmpty),
                ("--explain", explain), ("--review", review != nil), ("--by-rule", byRule), ("--differences", differences),
                ("--min-confidence", minConfidence != 0), ("--skip-bad", skipBad),
            ]
            if let option = extracting.first(where: \.given)?.option {
                throw ValidationError("\(option) applies to texts being extracted, not to a --draft")
            }
        } else if inputs.isEmpty {
            throw ValidationError("give the files or folders of texts to read (or --draft draft.yaml with --score gold.yaml)")
        }
        if draft != nil && candidates != nil { throw ValidationError("--candidates applies to texts being extracted, not to a --draft") }
        if output == nil && score == nil && !explain && review == nil && candidates == nil {
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
        if differences && score == nil { throw ValidationError("--differences needs --score gold.yaml") }
        if differences && byRule { throw ValidationError("--differences and --by-rule each print one table: give one of them") }
        try refuseControlCharacters(url, in: "--url")
        // Checked before any work: otherwise the draft would be written and the review refused after it.
        if let review {
            let named: [(String, String?)] = [("-o", output), ("--into", into), ("--score", score)]
            let others = named + inputs.map { ("an input", $0) } + organisations.map { ("--organisations", $0) }
            for (option, other) in others {
                if let other, other != "-", review == other || OutputFile.isSameFile(review, other) {
                    throw ValidationError("--review \(review) is also \(option); give the review its own file")
                }
            }
        }
        if let timeout {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
            CommandDeadline.start(seconds: timeout)
        }
    }

    /// An output that prints the extraction's facts (each with its rule, sentence or score) rather than the draft built
    /// from them. The extractor keeps the facts only when one of these is asked for, so an option that prints facts
    /// must be a case here: `keepsFacts` is derived from this list and nowhere else, and the command's tests fail on an
    /// option that is neither a case here nor known to print no facts.
    enum FactOutput: String, CaseIterable {
        case explain = "--explain"
        case review = "--review"
        case byRule = "--by-rule"
        case differences = "--differences"
    }

    /// The outputs asked for that print facts (``FactOutput``).
    var factOutputs: [FactOutput] {
        FactOutput.allCases.filter {
            switch $0 {
            case .explain: explain
            case .review: review != nil
            case .byRule: byRule
            case .differences: differences
            }
        }
    }

    /// Opens a file the command reads whole: a regular file or a folder is read where it is; standard input, a
    /// pipe or a FIFO is copied first, waiting for its writer no longer than the --timeout (no FIFO blocks forever).
    static func opened(_ path: String, maxBytes: Int) throws -> InputSource? {
        var info = stat()
        if path != "-", stat(path, &info) == 0, [S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT) { return nil }
        if path != "-", stat(path, &info) != 0 { return nil }  // missing: the reader names the problem
        return try InputSource(path: path, limits: ReadLimits(maxFileBytes: maxBytes), timeout: CommandDeadline.remainingSeconds)
    }

    /// Reads a network file (`--into`, `--score`), a FIFO within the --timeout.
    static func readNetwork(_ path: String) throws -> Network {
        guard let source = try opened(path, maxBytes: ReadLimits.default.maxFileBytes) else { return try NetworkFile.read(path: path) }
        return try source.reading { try NetworkFile.read(path: $0) }
    }

    /// The library's message, with the option that changes the limit when the document is too large.
    static func describe(_ error: ExtractionError) -> String {
        guard case .tooLarge = error else { return error.localizedDescription }
        return "\(error.localizedDescription) (--max-input-bytes)"
    }

    /// A gold meeting as `--candidates` writes it, to label the candidates: its start, its city's key as the scorer
    /// compares places, its country, and the pages its facts were read from.
    struct GoldMeetingLine: Encodable {
        var kind = "gold"
        var id: String
        var start: String?
        var cityKey: String?
        var country: String?
        var type: String?
        var pages: [String]
    }

    /// The candidate meetings as JSON lines (each with its `origin`), then the gold's meetings (`"kind": "gold"`).
    static func candidateLines(_ candidates: [MeetingCandidate], gold: Network?) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = try candidates.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        if let gold {
            for node in gold.meetings {
                guard let meeting = node.meeting else { continue }
                let line = GoldMeetingLine(
                    id: node.id, start: meeting.start?.description, cityKey: meeting.city.map(MeetingCandidate.placeKey), country: meeting.country,
                    type: meeting.type, pages: MeetingCandidate.pages(ofMeeting: node.id, in: gold).sorted())
                lines.append(String(decoding: try encoder.encode(line), as: UTF8.self))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Prints a score as the table, CSV or JSON asked for.
    func printScore(_ result: ExtractionScore) {
        if format == .table { print(result.table) } else { print(ResultTable(score: result).rendered(as: format), terminator: "") }
    }

    func run() throws {
        if let draft, let score {
            printScore(ExtractionScore(draft: try Self.readNetwork(draft), gold: try Self.readNetwork(score)))
            return
        }
        let loader = DocumentLoader(maxBytes: maxInputBytes, url: url)
        var documents: [Document] = []
        var skipped: [String] = []
        for input in inputs {
            // Standard input, a pipe or a FIFO is copied to a private file first, within the same byte limit as any
            // document and the --timeout.
            let stream = try Self.opened(input, maxBytes: maxInputBytes)
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
            do {
                let source = try Self.opened(file, maxBytes: ReadLimits.default.maxFileBytes)
                text = try String(contentsOfFile: source?.path ?? file, encoding: .utf8)
            } catch let error as ReadError {
                throw error
            } catch {
                throw ExtractionError.unreadable(file, reason: error.localizedDescription)
            }
            try gazetteer.addOrganisations(tsv: text, file: file)
        }
        var extractor = Extractor(gazetteer: gazetteer)
        extractor.minimumConfidence = minConfidence
        // A draft alone does not hold the facts; the outputs that print them keep them.
        extractor.keepsFacts = !factOutputs.isEmpty
        extractor.collectsCandidates = candidates != nil
        let empty = documents.filter { $0.paragraphs.allSatisfy { $0.allSatisfy(\.isWhitespace) } }.map(\.source)
        let documentCount = documents.count
        // The texts are let go as they are read: the draft does not need them.
        let extraction = try extractor.extract(releasing: &documents)
        var network = extraction.network
        network.notes = skipped + network.notes
        if documentCount == empty.count {
            network.notes.append("no document with text was found in \(inputs.joined(separator: ", "))")
            printError("warning: no document with text was found in \(inputs.joined(separator: ", "))")
        } else if !empty.isEmpty {
            network.notes.append(
                "\(empty.count) document(s) without text: \(empty.prefix(5).joined(separator: ", "))\(empty.count > 5 ? "..." : "")")
        }
        if let into { network = try Self.readNetwork(into).merging(draft: network) }
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
            let fileFormat: NetworkFile.Format = output.lowercased().hasSuffix(".json") ? .json : .yaml
            try OutputFile.write(to: output, protecting: inputs + organisations + [into, score].compactMap { $0 }) {
                try NetworkFile.write(network, format: fileFormat, to: $0)
            }
            printError(
                "wrote \(output): \(network.meetings.count) meetings, \(network.actors.count) actors, \(network.edges.count) edges from \(documentCount) documents"
            )
        }
        if let review {
            let rows = ResultTable(reviewing: extraction.facts, below: reviewBelow)
            try OutputFile.write(rows.rendered(as: .csv), to: review, protecting: inputs + organisations + [into, score, output].compactMap { $0 })
            printError("wrote \(review): \(rows.rows.count) facts to check")
        }
        if let candidates {
            let gold = try score.map(Self.readNetwork)
            let lines = try Self.candidateLines(extraction.candidates, gold: gold)
            try OutputFile.write(lines, to: candidates, protecting: inputs + organisations + [into, score, output, review].compactMap { $0 })
            printError("wrote \(candidates): \(extraction.candidates.count) candidate meetings")
        }
        if let score {
            let gold = try Self.readNetwork(score)
            if differences {
                print(ResultTable(differences: extraction.facts, draft: extraction.network, gold: gold).rendered(as: format), terminator: "")
                return
            }
            if byRule {
                print(
                    ResultTable(ruleCounts: ExtractionScore.byRule(facts: extraction.facts, draft: extraction.network, gold: gold)).rendered(as: format),
                    terminator: "")
                return
            }
            printScore(ExtractionScore(draft: network, gold: gold))
        }
    }
}
