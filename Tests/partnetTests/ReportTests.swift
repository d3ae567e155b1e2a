import Foundation
import Testing
import PartnerTestSupport

@Suite("partnet report and convert")
struct ReportTests {
    @Test("the static report is one self-contained page with every section and no script")
    func staticReport() throws {
        let path = try writeTemporary("placeholder.txt", "").replacingOccurrences(of: "placeholder.txt", with: "report.html")
        let run = try partnet("report", "graphs/rabat-process.yaml", "-o", path, "--static")
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        for section in ["summary", "diagram", "actors", "pairs", "heatmap", "activity", "communities", "notes"] {
            #expect(html.contains("<section id=\"\(section)\">"), "section \(section)")
        }
        #expect(html.contains("<svg"))  // the inline diagram
        #expect(html.contains("Nigeria") && html.contains("France") && html.contains("Côte d&#39;Ivoire"))
        // Nothing is fetched from elsewhere: no scripts, no linked files, no remote images.
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\"http"))
        // Every year with a meeting has a bar.
        for year in ["2018", "2019", "2020"] { #expect(html.contains(">\(year)</text>")) }
    }

    @Test("the default report is interactive: every section, the diagram, inline script and data, nothing fetched")
    func interactiveReport() throws {
        let path = try writeTemporary("placeholder.txt", "").replacingOccurrences(of: "placeholder.txt", with: "interactive.html")
        let run = try partnet("report", "graphs/rabat-process.yaml", "-o", path)
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        for section in ["summary", "explore", "actors", "pairs", "heatmap", "timeline", "groups", "notes"] {
            #expect(html.contains("<section id=\"\(section)\""), "section \(section)")
        }
        #expect(html.contains("data-node=\"0\"") && html.contains("id=\"report-data\""))
        #expect(html.contains("Nigeria") && html.contains("Côte d&#39;Ivoire"))
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("<script src"))
        for year in ["2018", "2019", "2020"] { #expect(html.contains("data-year=\"\(year)\"")) }
    }

    @Test("the footer names the input file by its last path component, however the path is spelt")
    func footerFileName() throws {
        let path = try writeTemporary("placeholder.txt", "").replacingOccurrences(of: "placeholder.txt", with: "named.html")
        let absolute = FileManager.default.currentDirectoryPath + "/graphs/rabat-process.yaml"
        for input in ["graphs/rabat-process.yaml", "./graphs//rabat-process.yaml", "graphs/../graphs/rabat-process.yaml", absolute] {
            let run = try partnet("report", input, "-o", path, "--static")
            #expect(run.status == 0, "\(input): \(run.standardError)")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains(" from rabat-process.yaml."), "\(input)")
        }
    }

    @Test("--method picks the groups' community method; a method it does not know is an error")
    func communityMethod() throws {
        let path = try writeTemporary("placeholder.txt", "").replacingOccurrences(of: "placeholder.txt", with: "leiden.html")
        let run = try partnet("report", "graphs/rabat-process.yaml", "-o", path, "--static", "--method", "leiden", "--seed", "3")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("(Leiden method, modularity"))
        let bad = try partnet("report", "graphs/rabat-process.yaml", "-o", path, "--method", "walktrap")
        #expect(bad.status != 0 && bad.standardError.contains("method"))
    }

    @Test("report and convert refuse to write over their input")
    func refusesInput() throws {
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml"), encoding: .utf8)
        let path = try writeTemporary("copy.yaml", source)
        let report = try partnet("report", path, "-o", path)
        #expect(report.status == 1 && report.standardError.contains("input"))
        let convert = try partnet("convert", path, "-o", path)
        #expect(convert.status == 1 && convert.standardError.contains("input"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == source)
    }

    @Test("convert writes every format, and a bad format name is a clear error")
    func convert() throws {
        let directory = URL(fileURLWithPath: try writeTemporary("x.txt", "")).deletingLastPathComponent()
        for name in ["n.graphml", "n.gexf", "n.node-link.json", "n.net", "n.json", "n.yaml"] {
            let run = try partnet("convert", "graphs/rabat-process.yaml", "-o", directory.appendingPathComponent(name).path)
            #expect(run.status == 0, "\(name): \(run.standardError)")
        }
        let vos = try partnet("convert", "graphs/rabat-process.yaml", "-o", directory.appendingPathComponent("v.txt").path, "--to", "vosviewer")
        #expect(vos.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("v-map.txt").path))
        let back = try partnet("info", directory.appendingPathComponent("n.graphml").path, "--format", "json")
        let original = try partnet("info", "graphs/rabat-process.yaml", "--format", "json")
        #expect(back.standardOutput == original.standardOutput)
        let bad = try partnet("convert", "graphs/rabat-process.yaml", "-o", directory.appendingPathComponent("n.xyz").path)
        #expect(bad.status == 1 && bad.standardError.contains("--to"))
    }
}
