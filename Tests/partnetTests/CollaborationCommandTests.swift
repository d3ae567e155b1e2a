import Foundation
import PartnerTestSupport
import Testing

/// Every co-occurrence measure, comma-separated.
enum CoOccurrenceMeasureNames {
    static let all = "count,newman,jaccard,cosine,inclusion,association,lift,pmi,npmi"
}

/// Parses the tool's JSON output: an array of objects.
func jsonRows(_ run: ToolRun) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
}

/// One section of a json object of tables (`stats --by year`: periods and leaders).
func jsonSection(_ run: ToolRun, _ name: String) throws -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    return try #require(object[name] as? [[String: Any]])
}

@Suite("partnet cooccurrence, stats and communities")
struct CollaborationCommandTests {
    @Test("cooccurrence --format json gives a, b and one field per measure")
    func coOccurrenceJSON() throws {
        let run = try partnet(
            "cooccurrence", "graphs/rabat-process.yaml", "--of", "country", "--via", "coChairs,hosts", "--measure",
            "count,newman,jaccard,npmi", "--format", "json")
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try jsonRows(run)
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(Set(row.keys) == ["a", "b", "count", "newman", "jaccard", "npmi"])
            #expect((row["count"] as? Int ?? 0) >= 1)
        }
    }

    @Test("an unknown relation or kind is an error naming the ones the file has")
    func unknownNames() throws {
        let relation = try partnet("cooccurrence", "graphs/rabat-process.yaml", "--via", "chairs")
        #expect(relation.status == 1)
        #expect(relation.standardError.contains("unknown relation 'chairs'"))
        #expect(relation.standardError.contains("coChairs"))
        let kind = try partnet("stats", "graphs/rabat-process.yaml", "--of", "planet")
        #expect(kind.status == 1)
        #expect(kind.standardError.contains("country"))
        let measure = try partnet("cooccurrence", "graphs/rabat-process.yaml", "--measure", "dice")
        #expect(measure.status == 1)
        #expect(measure.standardError.contains("npmi"))
    }

    @Test("an affiliation list works without --of and --via")
    func affiliationList() throws {
        let path = try writeTemporary(
            "small.tsv", "a1\tm1\thost\na2\tm1\tattend\na3\tm1\tcochair\na1\tm2\thost\na2\tm2\tattend\n")
        let run = try partnet("cooccurrence", path, "--measure", "count,jaccard", "--format", "csv")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "a,b,count,jaccard\na1,a2,2,1\na1,a3,1,0.5\na2,a3,1,0.5\n")
        let hostCoChair = try partnet("cooccurrence", path, "--via", "hosts", "--with", "coChairs", "--format", "csv")
        #expect(hostCoChair.standardOutput == "a,b,count\na1,a3,1\n")
    }

    @Test("streamed pairs equal the pairs computed whole, from an affiliation list and a network file")
    func streamedEqualsWhole() throws {
        // A deterministic affiliation list: 60 actors over 25 meetings of 2 to 9 members, roles mixed, one
        // repeated row (which must count once).
        var generator = SeededGenerator(seed: 7)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        var lines: [String] = []
        for m in 0..<25 {
            var members = Set<Int>()
            let size = 2 + next(8)
            while members.count < size { members.insert(next(60)) }
            for (index, a) in members.sorted().enumerated() {
                lines.append("a\(a)\tm\(m)\t\(index == 0 ? "host" : (index == 1 ? "cochair" : "attend"))")
            }
        }
        lines.append(lines[3])
        let path = try writeTemporary("stream.tsv", lines.joined(separator: "\n") + "\n")
        let all = CoOccurrenceMeasureNames.all
        for extra in [[], ["--min-count", "2"], ["--via", "attends"], ["--via", "hosts,coChairs"]] {
            for format in ["csv", "json", "table"] {
                let streamed = try partnet(arguments: ["cooccurrence", path, "--measure", all, "--format", format] + extra)
                let whole = try partnet(arguments: ["cooccurrence", path, "--measure", all, "--format", format, "--top", "1000"] + extra)
                #expect(streamed.status == 0, "\(streamed.standardError)")
                #expect(streamed.standardOutput == whole.standardOutput, "\(extra) \(format)")
                #expect(streamed.standardOutput.split(separator: "\n").count > 3)
            }
        }
        let file = try partnet("cooccurrence", "graphs/rabat-process.yaml", "--of", "country", "--measure", all, "--format", "csv")
        let fileWhole = try partnet(
            "cooccurrence", "graphs/rabat-process.yaml", "--of", "country", "--measure", all, "--format", "csv", "--top", "1000")
        #expect(file.standardOutput == fileWhole.standardOutput && file.standardOutput.contains("FRA,BEL,1,"))
        // CSV keeps every digit: 1/3 as Swift writes it, not rounded to six.
        let third = try partnet("cooccurrence", path, "--measure", "jaccard", "--format", "csv")
        let values = third.standardOutput.split(separator: "\n").dropFirst().map { String($0.split(separator: ",").last!) }
        #expect(values.contains { $0.count > 8 })
        for text in values {
            let value = try #require(Double(text))
            #expect(text == (value == value.rounded() ? String(Int(value)) : value.description))
        }
    }

    @Test("stats by actor, pair, year and network")
    func stats() throws {
        let actors = try jsonRows(try partnet("stats", "graphs/rabat-process.yaml", "--by", "actor", "--format", "json"))
        #expect(actors.allSatisfy { $0["id"] is String && $0["meetings"] is Int })
        let pairs = try partnet("stats", "graphs/rabat-process.yaml", "--by", "pair", "--format", "csv")
        #expect(pairs.status == 0 && pairs.standardOutput.hasPrefix("a,b,shared,"))
        let years = try jsonSection(
            try partnet("stats", "graphs/rabat-process.yaml", "--by", "year", "--window", "2y", "--format", "json"), "periods")
        // 2018-2019, then 2020 alone: the last window ends with the data.
        #expect(years.map { "\($0["start"]!)-\($0["end"]!)" } == ["2018-2019", "2020-2020"])
        let network = try jsonRows(try partnet("stats", "graphs/rabat-process.yaml", "--by", "network", "--format", "json"))
        #expect(network.count == 1)
        #expect(network[0]["projection.mixing.eiIndex"] is Double)
        // An attribute no actor has leaves the mixing figures out, and says so.
        let unknown = try partnet("stats", "graphs/rabat-process.yaml", "--by", "network", "--mixing", "nope", "--format", "json")
        #expect(unknown.status == 0)
        #expect(!unknown.standardOutput.contains("projection.mixing"))
        #expect(unknown.standardError.contains("no actor has a value for 'nope'"))
        let badWindow = try partnet("stats", "graphs/rabat-process.yaml", "--by", "year", "--window", "month")
        #expect(badWindow.status == 1)
    }

    @Test("stats --by period --changes lines up with --by year and adds up from window to window", arguments: [1, 3])
    func tieChanges(window: Int) throws {
        let file = "graphs/rabat-process-2015-2025.yaml"
        let changes = try jsonSection(
            try partnet("stats", file, "--by", "period", "--changes", "--window", "\(window)y", "--format", "json"), "windows")
        let years = try jsonSection(
            try partnet("stats", file, "--by", "year", "--window", "\(window)y", "--format", "json"), "periods")
        // The same windows, the same active and new actors, and the window's ties are its projection's pairs.
        #expect(changes.map { "\($0["start"]!)-\($0["end"]!)" } == years.map { "\($0["start"]!)-\($0["end"]!)" })
        #expect(changes.map { $0["actors"] as? Int } == years.map { $0["activeActors"] as? Int })
        #expect(changes.map { $0["newcomers"] as? Int } == years.map { $0["newActors"] as? Int })
        #expect(changes.map { $0["ties"] as? Int } == years.map { $0["pairs"] as? Int })
        var ties = 0
        for row in changes {
            let (formed, persisting, dissolved) = (row["formed"] as! Int, row["persisting"] as! Int, row["dissolved"] as! Int)
            #expect(persisting + dissolved == ties)
            ties = ties - dissolved + formed
            #expect(ties == row["ties"] as? Int)
            if let persistence = row["persistence"] as? Double {
                #expect(abs(persistence - Double(persisting) / Double(persisting + formed + dissolved)) < 1e-12)
            }
        }
        // Every tie's periods are counted once per window it is present in.
        let lifetimes = try jsonSection(
            try partnet("stats", file, "--by", "period", "--changes", "--window", "\(window)y", "--format", "json"), "ties")
        #expect(lifetimes.reduce(0) { $0 + ($1["periods"] as! Int) } == changes.reduce(0) { $0 + ($1["ties"] as! Int) })
    }

    @Test("stats --changes refuses options it does not use, and unknown relations")
    func tieChangesErrors() throws {
        for arguments in [
            ["--by", "actor", "--changes"], ["--by", "period", "--ties"], ["--by", "period", "--via", "coChairs"],
            ["--by", "year", "--changes", "--leaders"],
        ] {
            let run = try partnet(arguments: ["stats", "graphs/rabat-process.yaml"] + arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.standardError.contains("--changes"), "\(run.standardError)")
        }
        let relation = try partnet("stats", "graphs/rabat-process.yaml", "--by", "period", "--changes", "--via", "chairs")
        #expect(relation.status == 1)
        #expect(relation.standardError.contains("unknown relation 'chairs'") && relation.standardError.contains("coChairs"))
    }

    @Test("info and stats --by network print the same figure under the same name")
    func oneSummary() throws {
        let info = try partnet("info", "graphs/rabat-process.yaml", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any])
        var figures: [String: Any] = [:]
        func flatten(_ value: [String: Any], _ prefix: String) {
            for (key, child) in value {
                if let section = child as? [String: Any] { flatten(section, prefix + key + ".") } else { figures[prefix + key] = child }
            }
        }
        flatten(object, "")
        let stats = try jsonRows(try partnet("stats", "graphs/rabat-process.yaml", "--by", "network", "--format", "json"))[0]
        let shared = Set(figures.keys).intersection(stats.keys)
        #expect(shared.isSuperset(of: ["network.density", "network.components", "projection.density", "twoMode.links"]))
        for name in shared { #expect("\(figures[name]!)" == "\(stats[name]!)", "\(name)") }
        #expect(figures["network.components"] as? Int == 6 && stats["projection.components"] as? Int == 8)
        #expect(figures["network.participations"] as? Int == 29 && stats["twoMode.links"] as? Int == 27)
        let table = try partnet("stats", "graphs/rabat-process.yaml", "--by", "network")
        #expect(table.standardOutput.contains("projection.density"))
        #expect(try partnet("info", "graphs/rabat-process.yaml").standardOutput.contains("projection:\n  actors: 24\n"))
    }

    @Test("stats --by year --centrality pagerank ranks by PageRank, with no fallback")
    func pageRankWindows() throws {
        let years = try jsonSection(
            try partnet("stats", "graphs/rabat-process.yaml", "--by", "year", "--centrality", "pagerank", "--format", "json"),
            "leaders")
        let ranked = years.filter { $0["value"] is Double }
        #expect(!ranked.isEmpty)
        // PageRank sums to 1 over a window's active actors; degree would give whole partner counts.
        #expect(
            ranked.contains {
                let v = $0["value"] as! Double; return v > 0 && v < 1
            })
    }

    @Test("communities with a seed repeat exactly, and report modularity on stderr")
    func communities() throws {
        let first = try partnet("communities", "graphs/rabat-process.yaml", "--method", "leiden", "--seed", "3", "--format", "csv")
        let second = try partnet("communities", "graphs/rabat-process.yaml", "--method", "leiden", "--seed", "3", "--format", "csv")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardError.contains("modularity"))
        let twoMode = try partnet("communities", "graphs/rabat-process.yaml", "--graph", "two-mode")
        #expect(twoMode.standardError.contains("Barber"))
    }
}
