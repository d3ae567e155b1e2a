import Foundation
import Testing

/// A one-mode graph asked a question about meetings: every command ends in an error naming the file and
/// saying what to do, or prints only what has a meaning, and the report says so in a note; never zeros or an
/// empty table with exit 0.
@Suite("two-mode questions on one-mode data")
struct WrongShapeCommandTests {
    /// Five countries linked by ties only: a network file without a single meeting.
    static let oneMode = """
        name: ties only
        actors:
          - {id: A, name: Aland, kind: country, region: Europe}
          - {id: B, name: Borduria, kind: country, region: Europe}
          - {id: C, name: Carpania, kind: country, region: Africa}
          - {id: D, name: Dorne, kind: country, region: Africa}
          - {id: E, name: Elbonia, kind: country}
        ties:
          - {from: A, to: B, relation: memorandum}
          - {from: B, to: C, relation: memorandum}
          - {from: C, to: D, relation: collaborates}
          - {from: D, to: E, relation: collaborates}

        """

    /// Every question that needs meetings, as a user would ask it.
    static let questions: [[String]] = [
        ["centrality", "FILE", "--on", "two-mode"],
        ["centrality", "FILE", "--on", "projection", "--measure", "degree,betweenness"],
        ["cooccurrence", "FILE"],
        ["cooccurrence", "FILE", "--top", "2", "--meetings"],
        ["cooccurrence", "FILE", "-f", "csv"],
        ["cooccurrence", "FILE", "--significance", "sdsm", "-f", "json"],
        ["centrality", "FILE", "--on", "two-mode", "--relation-weights", "attends=1"],
        ["stats", "FILE", "--by", "period"],
        ["stats", "FILE", "--by", "year", "--leaders", "-f", "csv"],
        ["stats", "FILE", "--by", "actor"],
        ["stats", "FILE", "--by", "pair"],
        ["stats", "FILE", "--by", "year"],
        ["communities", "FILE", "--graph", "two-mode"],
        ["render", "FILE", "-o", "OUT.svg", "--view", "projection"],
        ["render", "FILE", "-o", "OUT.svg", "--view", "two-mode"],
        ["convert", "FILE", "-o", "OUT.txt", "--to", "vosviewer"],
        ["convert", "FILE", "-o", "OUT.graphml", "--with-metrics", "degree", "--on", "projection"],
        ["convert", "FILE", "-o", "OUT.net", "--with-metrics", "degree,community", "--on", "two-mode"],
        ["convert", "FILE", "-o", "OUT.json", "--to", "vosviewer-json"],
    ]

    @Test("every command asking about meetings fails with the file's name and what to do", arguments: questions)
    func refused(question: [String]) throws {
        for (name, text) in [("ties.yaml", Self.oneMode), ("edges.tsv", "A\tB\nB\tC\nC\tD\n")] {
            let file = try writeTemporary(name, text)
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
            let arguments = question.map { $0 == "FILE" ? file : $0.replacingOccurrences(of: "OUT", with: folder + "/out") }
            let run = try partnet(arguments: arguments)
            #expect(run.status == 1, "\(arguments): \(run.standardOutput)")
            #expect(run.standardOutput.isEmpty, "\(arguments)")
            #expect(run.standardError.contains(name), "\(arguments): \(run.standardError)")
            #expect(
                run.standardError.contains("--input affiliation") || run.standardError.contains("affiliation list"),
                "\(arguments): \(run.standardError)")
            let written = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("out") }
            #expect(written.isEmpty, "\(arguments) wrote \(written)")
        }
    }

    @Test("the summary of a one-mode network has no two-mode or projection figures, rather than zeros")
    func summary() throws {
        let file = try writeTemporary("ties.yaml", Self.oneMode)
        for arguments in [["info", file], ["info", file, "-f", "json"], ["stats", file, "--by", "network", "-f", "csv"]] {
            let run = try partnet(arguments: arguments)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.contains("nodes"))
            #expect(!run.standardOutput.contains("twoMode") && !run.standardOutput.contains("projection"))
        }
    }

    @Test("the groups of a one-mode network partition it as it is; the report says what needs meetings")
    func groupsAndReport() throws {
        let file = try writeTemporary("ties.yaml", Self.oneMode)
        let groups = try partnet("communities", file, "-f", "csv")
        #expect(groups.status == 0, "\(groups.standardError)")
        #expect(groups.standardOutput.split(separator: "\n").count == 6)
        let page = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("r.html").path
        for presentation in [["--static"], []] {
            let report = try partnet(arguments: ["report", file, "-o", page] + presentation)
            #expect(report.status == 0, "\(report.standardError)")
            let html = try String(contentsOfFile: page, encoding: .utf8)
            #expect(html.contains("needs meetings") && html.contains("affiliation list"), "\(presentation)")
            #expect(!html.contains(">0 meetings<"), "\(presentation)")
        }
    }
}
