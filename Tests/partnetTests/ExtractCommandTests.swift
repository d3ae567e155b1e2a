import Foundation
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

    @Test("--score prints precision and recall against a gold file")
    func score() throws {
        let text = try writeTemporary("news.txt", "Praia, 7 June 2023, hosted by Cabo Verde and co-chaired by Portugal.\n")
        let gold = (text as NSString).deletingLastPathComponent + "/gold.yaml"
        try """
            name: gold
            actors: [{id: CPV, kind: country}, {id: PRT, kind: country}, {id: SEN, kind: country}]
            meetings:
              - {id: praia, start: 2023-06-07, city: Praia, hosts: [CPV], coChairs: [PRT, SEN]}
            """.write(toFile: gold, atomically: true, encoding: .utf8)
        let run = try partnet("extract", text, "--score", gold)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("meetings             1         1         1     1.000     1.000     1.000"))
        #expect(run.standardOutput.contains("coChairs             1         1         2     1.000     0.500     0.667"))
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
