import Foundation
import PartnerGraph
import Testing

@Suite("partnet extract")
struct ExtractCommandTests {
    @Test("writes a draft network that validates, every edge with its source")
    func draft() throws {
        let text = try writeTemporary("news.txt", "Praia, 7-8 June 2023, hosted by Cabo Verde and co-chaired by Portugal and Senegal.\n")
        let output = (text as NSString).deletingLastPathComponent + "/draft.yaml"
        let run = try partnet("extract", text, "-o", output, "--url", "https://example.org/praia")
        #expect(run.status == 0, "\(run.standardError)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("hosts:\n  - id: CPV\n    source: 'https://example.org/praia: Praia, 7-8 June 2023"))
        #expect(try partnet("validate", output).status == 0)
    }

    /// A one-meeting text and a gold file that has one co-chair more than the text names.
    static func praiaWithGold() throws -> (text: String, gold: String) {
        let text = try writeTemporary("news.txt", "Praia, 7 June 2023, hosted by Cabo Verde and co-chaired by Portugal.\n")
        let gold = (text as NSString).deletingLastPathComponent + "/gold.yaml"
        try """
        name: gold
        actors: [{id: CPV, kind: country}, {id: PRT, kind: country}, {id: SEN, kind: country}]
        meetings:
          - {id: praia, start: 2023-06-07, city: Praia, hosts: [CPV], coChairs: [PRT, SEN]}
        """.write(toFile: gold, atomically: true, encoding: .utf8)
        return (text, gold)
    }

    @Test("--score prints precision and recall against a gold file")
    func score() throws {
        let (text, gold) = try ExtractCommandTests.praiaWithGold()
        let run = try partnet("extract", text, "--score", gold)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("meetings                       1         1         1     1.000     1.000     1.000"))
        #expect(run.standardOutput.contains("coChairs                       1         1         2     1.000     0.500     0.667"))
    }

    @Test("--format csv and json print the score as a table of one row per kind of fact, like the other commands")
    func scoreFormats() throws {
        let (text, gold) = try ExtractCommandTests.praiaWithGold()
        let csv = try partnet("extract", text, "--score", gold, "-f", "csv")
        #expect(csv.status == 0, "\(csv.standardError)")
        let lines = csv.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "fact,matched,predicted,gold,precision,recall,f1")
        #expect(lines.contains("coChairs,1,1,2,1,0.5,0.6666666666666666"))
        #expect(lines.last == "chairSequences,1,,1,,,")
        let json = try partnet("extract", text, "--score", gold, "--format", "json")
        #expect(json.status == 0, "\(json.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        let coChairs = rows?.first { $0["fact"] as? String == "coChairs" }
        #expect(coChairs?["gold"] as? Int == 2 && coChairs?["recall"] as? Double == 0.5)
        // meetings, hosts, coChairs, attends, chairs, coChairsAndChairs, organisationsPresent, countriesPresent,
        // absentDraftedPresent, chairSequences.
        #expect(rows?.count == 10)
        #expect(rows?.last?["fact"] as? String == "chairSequences")
    }

    @Test("--review writes the uncertain facts with their sentences, least confident first; --min-confidence leaves facts out")
    func reviewAndMinimumConfidence() throws {
        let (text, _) = try ExtractCommandTests.praiaWithGold()
        let review = try writeTemporary("review.csv", "")
        let run = try partnet("extract", text, "--review", review, "--review-below", "1")
        #expect(run.status == 0, "\(run.standardError)")
        let lines = try String(contentsOfFile: review, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "confidence,rule,subject,relation,object,review,document,sentence")
        let confidences = lines.dropFirst().compactMap { Double($0.prefix { $0 != "," }) }
        #expect(!confidences.isEmpty && confidences == confidences.sorted())
        #expect(lines.dropFirst().allSatisfy { $0.contains("Praia") || $0.contains("Cabo Verde") || $0.contains("co-chaired") })
        let all = try partnet("extract", text, "-o", try writeTemporary("all.yaml", ""))
        #expect(all.status == 0)
        let none = try partnet("extract", text, "--min-confidence", "1", "-o", try writeTemporary("none.yaml", ""))
        #expect(none.status == 0 && none.standardError.contains("0 edges"), "\(none.standardError)")
        #expect(!all.standardError.contains("0 edges"))
        let bad = try partnet("extract", text, "--min-confidence", "1.5", "-o", try writeTemporary("bad.yaml", ""))
        #expect(bad.status != 0)
    }

    @Test("--review-below defaults to DraftReview.threshold, as --help says: the default queue is the facts under it or with a note")
    func reviewThresholdDefault() throws {
        let help = try partnet("extract", "--help")
        let option = help.standardOutput.components(separatedBy: "--review-below <x>").dropFirst().first ?? ""
        #expect(option.prefix(200).contains("(default: \(DraftReview.threshold))"), "\(help.standardOutput)")
        let text = try writeTemporary(
            "news.txt",
            "Praia, 7 June 2023, hosted by Cabo Verde and co-chaired by Portugal, with delegations from Senegal and Mali.\n"
                + "The Minister of Cabo Verde opened the meeting, which the QWZX secretariat attended.\n")
        let everything = try writeTemporary("all.csv", "")
        let byDefault = try writeTemporary("default.csv", "")
        #expect(try partnet("extract", text, "--review", everything, "--review-below", "1").status == 0)
        #expect(try partnet("extract", text, "--review", byDefault).status == 0)
        func rows(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
        }
        let all = try rows(everything)
        // Columns: confidence, rule, subject, relation, object, review, document, sentence; a field with a comma is quoted.
        func fields(_ row: String) -> [String] {
            var fields = [""]
            var quoted = false
            for character in row {
                if character == "\"" {
                    quoted.toggle()
                } else if character == ",", !quoted {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(character)
                }
            }
            return fields
        }
        let expected = all.filter { row in
            let fields = fields(row)
            return (Double(fields[0]) ?? 1) < DraftReview.threshold || !fields[5].isEmpty
        }
        #expect(all.count > expected.count && !expected.isEmpty, "\(all)")
        #expect(try rows(byDefault) == expected)
    }

    /// The options of `extract` whose output is built from the extraction's facts (the command's `FactOutput`), each
    /// with the arguments that ask for it and a test that its output holds a drafted fact's rule.
    static var factOptions: [String: (arguments: (_ text: String, _ gold: String) throws -> [String], printed: (ToolRun, String) throws -> String)] {
        [
            "--explain": ({ text, _ in [text, "--explain"] }, { run, _ in run.standardOutput }),
            "--review": (
                { text, _ in [text, "--review", (text as NSString).deletingLastPathComponent + "/review.csv", "--review-below", "1"] },
                { _, text in try String(contentsOfFile: (text as NSString).deletingLastPathComponent + "/review.csv", encoding: .utf8) }
            ),
            "--by-rule": ({ text, gold in [text, "--score", gold, "--by-rule"] }, { run, _ in run.standardOutput }),
            "--differences": ({ text, gold in [text, "--score", gold, "--differences"] }, { run, _ in run.standardOutput }),
        ]
    }
    /// The options of `extract` that print no fact: the draft, its inputs, and how the command runs.
    static let draftOptions: Set<String> = [
        "--output", "--url", "--into", "--organisations", "--score", "--draft", "--min-confidence", "--review-below", "--skip-bad",
        "--max-input-bytes", "--format", "--timeout", "--version", "--help", "--candidates",
    ]

    @Test("--draft scores a draft written earlier exactly as scoring the extraction does; it needs --score and takes no texts")
    func scoresAWrittenDraft() throws {
        let (text, gold) = try ExtractCommandTests.praiaWithGold()
        let draft = (text as NSString).deletingLastPathComponent + "/draft.yaml"
        let direct = try partnet("extract", text, "-o", draft, "--score", gold, "-f", "json")
        #expect(direct.status == 0, "\(direct.standardError)")
        let scored = try partnet("extract", "--draft", draft, "--score", gold, "-f", "json")
        #expect(scored.status == 0, "\(scored.standardError)")
        #expect(scored.standardOutput == direct.standardOutput)
        #expect(scored.standardOutput.contains("\"meetings\""))
        let refusals: [([String], String)] = [
            (["--draft", draft], "--draft needs --score"),
            ([text, "--draft", draft, "--score", gold], "give no texts"),
            (["--draft", draft, "--score", gold, "--explain"], "--explain applies to texts"),
            (["--draft", draft, "--score", gold, "-o", draft + ".out.yaml"], "-o applies to texts"),
            (["--score", gold], "give the files or folders of texts"),
        ]
        for (arguments, message) in refusals {
            let run = try partnet(arguments: ["extract"] + arguments)
            #expect(run.status != 0 && run.standardError.contains(message), "\(arguments): \(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: draft + ".out.yaml"))
        let missing = try partnet("extract", "--draft", draft + ".missing.yaml", "--score", gold)
        #expect(missing.status == 1 && missing.standardError.contains("missing.yaml"), "\(missing.standardError)")
    }

    @Test("every option of extract either prints facts, and then the facts are kept for it, or is known to print none")
    func everyFactOptionKeepsTheFacts() throws {
        let dump = try partnet("extract", "--experimental-dump-help")
        #expect(dump.status == 0, "\(dump.standardError)")
        let help = try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any]
        let arguments = (help?["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
        let options = Set(
            arguments.compactMap { argument in
                (argument["names"] as? [[String: String]])?.first { $0["kind"] == "long" }.map { "--" + ($0["name"] ?? "") }
            })
        #expect(options.count > 10)
        // A new option must be classified here: if it prints facts, it must be a FactOutput case of the command too.
        for option in options.sorted() {
            #expect(ExtractCommandTests.factOptions[option] != nil || ExtractCommandTests.draftOptions.contains(option), "\(option) is not classified")
        }
        // The Praia text drafts a host the gold lacks, so that every output that prints facts has one to print.
        let (text, gold) = try ExtractCommandTests.praiaWithGold()
        try """
        name: gold
        actors: [{id: PRT, kind: country}]
        meetings:
          - {id: praia, start: 2023-06-07, city: Praia, coChairs: [PRT]}
        """.write(toFile: gold, atomically: true, encoding: .utf8)
        for (option, use) in ExtractCommandTests.factOptions.sorted(by: { $0.key < $1.key }) {
            let run = try partnet(arguments: ["extract"] + use.arguments(text, gold))
            #expect(run.status == 0, "\(option): \(run.standardError)")
            #expect(try use.printed(run, text).contains("hosted-by"), "\(option) printed no drafted fact")
        }
    }

    @Test("--explain --format json prints every fact with its rule and source; --format without a table to print is refused")
    func explainFormats() throws {
        let text = try writeTemporary("news.txt", "Praia, 7 June 2023, hosted by Cabo Verde. Mali was not able to attend.\n")
        let run = try partnet("extract", text, "--explain", "-f", "json", "--url", "https://example.org/praia")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]] ?? []
        let host = rows.first { $0["rule"] as? String == "hosted-by" }
        #expect(host?["subject"] as? String == "CPV" && host?["relation"] as? String == "hosts")
        #expect(host?["document"] as? String == "https://example.org/praia")
        #expect(host?["review"] is NSNull)
        #expect(rows.contains { $0["rule"] as? String == "subject-attended+negation" && $0["review"] is String })
        let output = (text as NSString).deletingLastPathComponent + "/draft.yaml"
        let refused = try partnet("extract", text, "-o", output, "-f", "csv")
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("--format csv applies to --score or --explain"))
        let both = try partnet("extract", text, "--explain", "--score", "graphs/rabat-process.yaml", "-f", "json")
        #expect(both.status != 0)
        #expect(both.standardError.contains("give --score or --explain, not both"))
    }

    @Test("--differences lists the drafted facts the gold lacks (extra) and the gold's facts the draft lacks (missed)")
    func differences() throws {
        let text = try writeTemporary("news.txt", "Praia, 7 June 2023, hosted by Cabo Verde and co-chaired by Portugal.\n")
        // The gold has Senegal, not Portugal, as co-chair, and an attendance the text does not give.
        let gold = try writeTemporary(
            "gold.yaml",
            """
            name: gold
            actors:
              - {id: CPV, name: Cabo Verde, kind: country}
              - {id: SEN, name: Senegal, kind: country}
              - {id: MLI, name: Mali, kind: country}
            meetings:
              - id: praia
                start: 2023-06-07
                city: Praia
                country: CPV
                hosts: [CPV]
                coChairs: [SEN]
                attends: [MLI]

            """)
        let run = try partnet("extract", text, "--score", gold, "--differences", "-f", "json")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]] ?? []
        func row(_ status: String, _ relation: String, _ actor: String) -> [String: Any]? {
            rows.first { $0["status"] as? String == status && $0["relation"] as? String == relation && $0["actor"] as? String == actor }
        }
        #expect(row("extra", "coChairs", "PRT")?["rule"] as? String == "chaired-by")
        #expect(row("missed", "coChairs", "SEN")?["meeting"] as? String == "praia")
        #expect(row("missed", "attends", "MLI") != nil)
        #expect(row("extra", "hosts", "CPV") == nil && row("missed", "hosts", "CPV") == nil)
        #expect(rows.count == 3)
        let alone = try partnet("extract", text, "--differences", "-o", (text as NSString).deletingLastPathComponent + "/draft.yaml")
        #expect(alone.status != 0 && alone.standardError.contains("--differences needs --score"))
    }

    @Test("- reads the text from standard input: the same draft as from the file, errors named stdin")
    func standardInput() throws {
        let body = "Praia, 7-8 June 2023, hosted by Cabo Verde and co-chaired by Portugal and Senegal.\n"
        let text = try writeTemporary("news.txt", body)
        let directory = (text as NSString).deletingLastPathComponent
        let fromFile = try partnet("extract", text, "--url", "https://example.org/praia", "-o", directory + "/file.yaml")
        #expect(fromFile.status == 0, "\(fromFile.standardError)")
        let pipes = PipeCommandTests()
        let piped = try pipes.run(
            ["extract", "-", "--url", "https://example.org/praia", "-o", directory + "/stdin.yaml"], stdin: { try? $0.write(contentsOf: Data(body.utf8)) }
        ).run
        #expect(piped.status == 0, "\(piped.standardError)")
        let expected = try String(contentsOfFile: directory + "/file.yaml", encoding: .utf8)
        #expect(try String(contentsOfFile: directory + "/stdin.yaml", encoding: .utf8) == expected)
        #expect(expected.contains("- id: CPV"))
        // JSON lines told by the first byte; a bad record is named by stdin and its line.
        let records = "{\"url\": \"https://example.org/a\", \"text\": \"\(body.dropLast())\"}\n{\"url\": 3}\n"
        let bad = try pipes.run(["extract", "-", "--explain"], stdin: { try? $0.write(contentsOf: Data(records.utf8)) }).run
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("stdin:2"), "\(bad.standardError)")
        let twice = try partnet("extract", "-", "-", "--explain")
        #expect(twice.status != 0 && twice.standardError.contains("standard input (-) can be read only once"))
    }

    @Test("a binary file is an error naming it, exit 1; with --skip-bad a note in an empty draft")
    func binary() throws {
        let path = try writeTemporary("scan.txt", "x")
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]).write(to: URL(fileURLWithPath: path))
        let output = (path as NSString).deletingLastPathComponent + "/draft.yaml"
        let run = try partnet("extract", path, "-o", output)
        #expect(run.status == 1)
        #expect(run.standardError.contains("\(path):1:5: contains a NUL byte"))
        let skipping = try partnet("extract", path, "-o", output, "--skip-bad")
        #expect(skipping.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("skipped \(path):1:5"))
    }
}

@Suite("partnet extract: merging, explaining, hostile input")
struct ExtractCommandMoreTests {
    @Test("--into keeps everything of the curated file and adds the draft's new facts to its meetings")
    func into() throws {
        let text = try writeTemporary("news.txt", "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco and Senegal.\n")
        let directory = (text as NSString).deletingLastPathComponent
        let output = directory + "/merged.yaml"
        let run = try partnet("extract", text, "--into", "graphs/rabat-process.yaml", "-o", output)
        #expect(run.status == 0, "\(run.standardError)")
        let info = try partnet("info", output, "--format", "json")
        let before = try partnet("info", "graphs/rabat-process.yaml", "--format", "json")
        #expect(info.status == 0 && before.status == 0)
        let merged = try String(contentsOfFile: output, encoding: .utf8)
        // The Madrid meeting is the curated one (same date and city): its id is kept and Senegal is added to it.
        #expect(!merged.contains("madrid-2019-07-01-meeting"))
        #expect(merged.contains("- id: SEN"))
        #expect(try partnet("validate", output).status == 0)
        for kept in ["madrid-2019-border-management", "virtual-2020-09-16-anti-trafficking", "Conflict (Abidjan, 24 October 2019"] {
            #expect(merged.contains(kept))
        }
        let madrid = merged.components(separatedBy: "id: madrid-2019-border-management\n")
        #expect(madrid.count == 2)
        #expect(madrid.last?.components(separatedBy: "\n- id: ").first?.contains("- id: SEN") == true)
    }

    @Test("--explain prints each fact with its rule and sentence")
    func explain() throws {
        let text = try writeTemporary("news.txt", "Praia, 7 June 2023, hosted by Cabo Verde. Mali was not able to attend.\n")
        let run = try partnet("extract", text, "--explain")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("hosted-by: CPV hosts praia-2023-06-07-meeting"))
        #expect(run.standardOutput.contains("subject-attended+negation: MLI attends praia-2023-06-07-meeting [review:"))
    }

    @Test("a 100 MB file is refused at once, naming it; an empty one gives an empty draft with a note")
    func hostile() throws {
        let path = try writeTemporary("huge.txt", "")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let output = (path as NSString).deletingLastPathComponent + "/draft.yaml"
        let run = try partnet("extract", path, "-o", output)
        #expect(run.status == 1)
        #expect(run.standardError.contains("\(path): is 104857600 bytes, over the extraction limit"))
        let empty = try writeTemporary("empty.md", "")
        let emptyRun = try partnet("extract", empty, "-o", output)
        #expect(emptyRun.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("no text found"))
    }
}

@Suite("partnet extract --candidates")
struct ExtractCandidatesCommandTests {
    @Test("--candidates writes one JSON object a line per candidate meeting, then the gold's meetings with --score; the draft does not change")
    func candidateLines() throws {
        let (text, gold) = try ExtractCommandTests.praiaWithGold()
        let folder = (text as NSString).deletingLastPathComponent
        let lines = folder + "/candidates.jsonl"
        let run = try partnet("extract", text, "--score", gold, "--candidates", lines, "-o", folder + "/with.yaml")
        #expect(run.status == 0, "\(run.standardError)")
        let records = try String(contentsOfFile: lines, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        // The sentence's date with its city, and the meeting the rules drafted from it.
        let sentence = records.first { $0["origin"] as? String == "sentence" && $0["start"] as? String == "2023-06-07" }
        #expect(sentence?["cityKey"] as? String == "praia" && sentence?["country"] as? String == "CPV")
        #expect((sentence?["features"] as? [String: Double])?["day"] == 1)
        let drafted = records.first { $0["origin"] as? String == "draft" }
        #expect(drafted?["rule"] as? String == "header-line" && drafted?["setAside"] as? Bool == false)
        let goldLine = records.last
        #expect(goldLine?["kind"] as? String == "gold" && goldLine?["id"] as? String == "praia" && goldLine?["cityKey"] as? String == "praia")
        // The draft is the same with or without the candidates.
        #expect(try partnet("extract", text, "-o", folder + "/without.yaml").status == 0)
        #expect(try String(contentsOfFile: folder + "/with.yaml", encoding: .utf8) == String(contentsOfFile: folder + "/without.yaml", encoding: .utf8))
        let refused = try partnet("extract", "--draft", folder + "/with.yaml", "--score", gold, "--candidates", lines)
        #expect(refused.status != 0 && refused.standardError.contains("--candidates"), "\(refused.standardError)")
    }
}
