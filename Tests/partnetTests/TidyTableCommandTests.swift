import Foundation
import Testing

/// Per-period tables are tidy: one row per period, summing to the whole span; leaders are their own table.
@Suite("stats --by year: tidy tables, shared ranks, windows inside the data")
struct TidyTableCommandTests {
    static let file = "graphs/rabat-process-2015-2025.yaml"

    @Test("summing the period rows gives the totals, for one-year and five-year windows")
    func sums() throws {
        let info = try partnet("info", Self.file, "-f", "json")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any])
        let twoMode = try #require(summary["twoMode"] as? [String: Any])
        let meetings = try #require(twoMode["meetings"] as? Int)
        let actors = try partnet("stats", Self.file, "--by", "actor", "-f", "csv")
        let active = csvRows(actors.standardOutput).filter { ($0["firstYear"] ?? "").isEmpty == false }.count
        for window in ["1y", "2y", "5y"] {
            let run = try partnet("stats", Self.file, "--by", "year", "--window", window, "-f", "csv")
            #expect(run.status == 0, "\(run.standardError)")
            let periods = csvRows(run.standardOutput)
            #expect(periods.compactMap { Int($0["meetings"]!) }.reduce(0, +) == meetings)
            #expect(periods.compactMap { Int($0["newActors"]!) }.reduce(0, +) == active)
            // One row per period, and the last window ends with the data (2025), not past it.
            #expect(Set(periods.map { $0["start"]! }).count == periods.count)
            #expect(periods.last?["end"] == "2025")
        }
    }

    @Test("the stored csv goldens of the per-year tables sum to the totals: meetings, new actors, one row per period")
    func goldenSums() throws {
        let info = try partnet("info", Self.file, "-f", "json")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any])
        let meetings = try #require((summary["twoMode"] as? [String: Any])?["meetings"] as? Int)
        let actors = csvRows(try partnet("stats", Self.file, "--by", "actor", "-f", "csv").standardOutput)
        let active = actors.filter { !($0["firstYear"] ?? "").isEmpty }.count
        for name in ["rabat11/stats-year-csv", "rabat11/stats-window-csv"] {
            let golden = try #require(GoldenCommand(name: name, arguments: []).stored("txt"), "missing golden \(name)")
            let periods = csvRows(String(decoding: golden, as: UTF8.self))
            #expect(periods.count >= 3, "\(name)")
            #expect(periods.map { Int($0["meetings"]!)! }.reduce(0, +) == meetings, "\(name)")
            #expect(periods.map { Int($0["newActors"]!)! }.reduce(0, +) == active, "\(name)")
            #expect(Set(periods.map { $0["start"]! }).count == periods.count, "\(name): one row per period")
        }
        // The leaders' golden is keyed by period and holds none of the periods' own figures.
        let leaders = try #require(GoldenCommand(name: "rabat11/stats-leaders-csv", arguments: []).stored("txt"))
        let header = String(decoding: leaders, as: UTF8.self).split(separator: "\n").first.map(String.init)
        #expect(header == "start,end,rank,id,value,previousRank,move")
    }

    @Test("leaders share competition ranks: tied values have one rank, and no move comes out of a tie")
    func sharedRanks() throws {
        let run = try partnet("stats", Self.file, "--by", "year", "--leaders", "--top", "3", "-f", "csv")
        #expect(run.status == 0, "\(run.standardError)")
        let leaders = csvRows(run.standardOutput)
        #expect(!leaders.isEmpty)
        for period in Dictionary(grouping: leaders, by: { $0["start"]! }).values {
            let values = period.map { Double($0["value"]!)! }
            let ranks = period.map { Int($0["rank"]!)! }
            for (i, value) in values.enumerated() {
                // Rank is 1 + the number of higher values among those listed (the listed are the highest).
                #expect(ranks[i] == 1 + values.filter { $0 > value }.count)
                #expect(ranks[i] <= 3)
            }
        }
        // 2015 is a nine-way tie at the top: all share rank 1, and 2016 moves are measured from it.
        #expect(leaders.filter { $0["start"] == "2015" && $0["rank"] == "1" }.count == 9)
        #expect(leaders.first { $0["start"] == "2016" && $0["id"] == "RABAT" }?["move"] == "0")
    }

    @Test("the static report's central actors share a rank when tied on meetings and betweenness")
    func reportRanks() throws {
        let page = URL(fileURLWithPath: try writeTemporary("placeholder", "")).deletingLastPathComponent()
            .appendingPathComponent("ranks.html").path
        let run = try partnet("report", "graphs/rabat-process.yaml", "-o", page, "--static", "--top", "30")
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let section = try #require(html.range(of: "Actors ranked by"))
        let end = try #require(html.range(of: "</table>", range: section.upperBound..<html.endIndex))
        let rowPattern = try NSRegularExpression(pattern: "<tr>((?:<td[^>]*>[^<]*</td>)+)</tr>")
        let cellPattern = try NSRegularExpression(pattern: "<td[^>]*>([^<]*)</td>")
        let body = String(html[section.upperBound..<end.lowerBound])
        let rows = rowPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)).map { row in
            let text = String(body[Range(row.range(at: 1), in: body)!])
            return cellPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
        }
        #expect(rows.count > 10)
        // Columns: rank, name, kind, meetings, hosted, coChaired, partners, betweenness, eigenvector.
        var shared = 0
        for (position, row) in rows.enumerated() {
            let rank = try #require(Int(row[0]))
            guard position > 0 else {
                #expect(rank == 1)
                continue
            }
            let previous = rows[position - 1]
            if rank == Int(previous[0]) {
                shared += 1
                #expect(row[3] == previous[3] && row[7] == previous[7], "\(row) shares a rank with \(previous)")
            } else {
                #expect(rank == position + 1, "\(row)")
                #expect(row[3] != previous[3] || row[7] != previous[7], "\(row) is tied with \(previous) but ranked apart")
            }
        }
        #expect(shared > 0, "the Rabat file has actors tied on both")
    }

    @Test("json holds the periods and the leaders as two sections")
    func json() throws {
        let run = try partnet("stats", Self.file, "--by", "year", "-f", "json")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let periods = try #require(object["periods"] as? [[String: Any]])
        let leaders = try #require(object["leaders"] as? [[String: Any]])
        #expect(periods.count == 11 && periods.allSatisfy { $0["rank"] == nil })
        #expect(leaders.allSatisfy { $0["meetings"] == nil && $0["start"] != nil })
    }
}

@Suite("partnet ties: who chaired when")
struct TiesCommandTests {
    @Test("the presidency timeline lists each term in order with what its dates mean")
    func presidency() throws {
        let run = try partnet("ties", "graphs/rabat-process-2015-2025.yaml", "--relation", "presidency", "-f", "json")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try jsonRows(run)
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0["relation"] as? String == "presidency" && $0["to"] as? String == "RABAT" })
        let mali = try #require(rows.first { $0["from"] as? String == "MLI" })
        let nigeria = try #require(rows.first { $0["from"] as? String == "NGA" })
        #expect(mali["span"] as? String == "until 2017-03-21" && mali["start"] is NSNull)
        #expect(nigeria["span"] as? String == "from 2025-01-30" && nigeria["end"] is NSNull)
        #expect(rows.map { $0["from"] as! String }.prefix(4) == ["MAR", "PRT", "MLI", "BEL"])
    }

    @Test("a relation the file has no ties of is an error listing the ones it has")
    func unknownRelation() throws {
        let run = try partnet("ties", "graphs/rabat-process-2015-2025.yaml", "--relation", "chair")
        #expect(run.status == 1 && run.standardOutput.isEmpty)
        #expect(run.standardError.contains("no 'chair' ties") && run.standardError.contains("presidency"))
    }
}
