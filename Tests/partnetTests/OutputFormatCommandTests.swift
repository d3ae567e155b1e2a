import Foundation
import Testing

/// Every command that prints results takes the same `-f table|csv|json`, and a figure keeps its name in each.
@Suite("one output-format vocabulary")
struct OutputFormatCommandTests {
    static let file = "graphs/rabat-process.yaml"

    @Test("every printing command lists table, csv and json as its formats")
    func everyCommand() throws {
        for command in ["info", "validate", "centrality", "cooccurrence", "stats", "communities", "ties", "extract"] {
            let help = try partnet(arguments: [command, "--help"], environment: ["COLUMNS": "200"])
            #expect(help.standardOutput.contains("(values: table, csv, json; default: table)"), "\(command)")
        }
    }

    @Test("info -f csv is one row of the dotted names stats --by network prints, with the same values")
    func infoCSV() throws {
        let info = csvRows(try partnet("info", Self.file, "-f", "csv").standardOutput)
        let stats = csvRows(try partnet("stats", Self.file, "--by", "network", "-f", "csv").standardOutput)
        #expect(info.count == 1 && stats.count == 1)
        let row = try #require(info.first)
        #expect(row["network.nodes"] == "34" && row["twoMode.meetings"] == "10")
        for (name, value) in row { #expect(stats[0][name] == value, "\(name)") }
    }

    @Test("validate -f csv lists each problem with its line and column, and exits 1; a valid file gives the header only")
    func validateCSV() throws {
        let bad = try writeTemporary("bad.tsv", "a\tb\t2\nb\tc\tzero\nc\td\t-1\n")
        let run = try partnet("validate", bad, "-f", "csv")
        #expect(run.status == 1)
        let rows = csvRows(run.standardOutput)
        #expect(!rows.isEmpty && rows.allSatisfy { $0["file"] == bad && !($0["message"] ?? "").isEmpty })
        #expect(rows.first?["line"] == "2")
        let good = try partnet("validate", Self.file, "-f", "csv")
        #expect(good.status == 0 && good.standardOutput == "file,line,column,field,message\n")
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(try partnet("validate", bad, "-f", "json").standardOutput.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false && (json["problems"] as? [[String: Any]])?.count == rows.count)
    }
}
