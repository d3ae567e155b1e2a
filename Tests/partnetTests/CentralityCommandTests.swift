import Foundation
import Testing

@Suite("partnet centrality")
struct CentralityCommandTests {
    static let triangleWithTail = "a\tb\t2\nb\tc\t1\nc\ta\t3\nc\td\t1\n"

    @Test("JSON: one object per node with id, name, kind and one field per measure")
    func json() throws {
        let file = try writeTemporary("graph.tsv", Self.triangleWithTail)
        let run = try partnet("centrality", file, "--measure", "degree,pagerank,hits", "--format", "json")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows.first?["id"] as? String == "c")
        #expect(Set(rows[0].keys) == ["id", "name", "kind", "degree", "pagerank", "hubs", "authorities"])
        let total = rows.compactMap { $0["pagerank"] as? Double }.reduce(0, +)
        #expect(abs(total - 1) < 1e-6)
    }

    @Test("--top and --kind select rows; two-mode degree is normalised by the other mode")
    func twoMode() throws {
        let run = try partnet(
            "centrality", "graphs/rabat-process.yaml", "--on", "two-mode", "--measure", "degree,closeness,betweenness",
            "--kind", "country", "--top", "3", "--format", "csv")
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "id,name,kind,degree,closeness,betweenness")
        for line in lines.dropFirst() {
            #expect(line.contains(",country,"))
            let degree = Double(line.split(separator: ",")[3])!
            #expect(degree > 0 && degree <= 1)
        }
    }

    @Test("an unknown measure or a weight-needing measure on an unweighted graph exits 1 with a clear message")
    func errors() throws {
        let unknown = try partnet("centrality", "graphs/rabat-process.yaml", "--measure", "degree,fame")
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("unknown measure 'fame'"))
        let strength = try partnet("centrality", "graphs/rabat-process.yaml", "--measure", "strength")
        #expect(strength.status == 1)
        #expect(strength.standardError.contains("strength needs a weighted graph"))
        let weighted = try partnet("centrality", "graphs/rabat-process.yaml", "--on", "projection", "--weighted", "--measure", "strength")
        #expect(weighted.status == 0, "\(weighted.standardError)")
    }

    @Test("all measures on a directed edge list; results do not depend on --threads")
    func allDirected() throws {
        let file = try writeTemporary("graph.tsv", Self.triangleWithTail)
        let one = try partnet("centrality", file, "--directed", "--measure", "all", "--threads", "1", "--format", "csv")
        let two = try partnet("centrality", file, "--directed", "--measure", "all", "--threads", "2", "--format", "csv")
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardOutput == two.standardOutput)
        #expect(one.standardOutput.hasPrefix("id,name,kind,degree,in-degree,out-degree,"))
    }
}
