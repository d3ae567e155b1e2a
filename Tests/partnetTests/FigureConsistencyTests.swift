import Foundation
import PartnerIO
import PartnerMetrics
import PartnerReport
import Testing
import PartnerTestSupport

/// The rows of a csv text without quoted fields, as dictionaries by column name.
func csvRows(_ text: String) -> [[String: String]] {
    let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// Same question, same answer: degree, betweenness, eigenvector, the groups, the E-I index and a per-year
/// figure are the library's values in every path (the tool's table, csv and json; the report's data block;
/// what render styles by; convert --with-metrics and VOSviewer).
@Suite("one figure, one value, through every path")
struct FigureConsistencyTests {
    static let file = "graphs/rabat-process.yaml"
    static let measures: [CentralityMeasure] = [.degree, .betweenness, .eigenvector]

    static func network() throws -> Network {
        try NetworkFile.read(path: repositoryRoot.appendingPathComponent(file).path)
    }

    /// The library's figures: the reference every path is checked against.
    struct Reference {
        var columns: [NodeScores]
        var groups: Groups
        var eiIndex: Double
        var periods: [PeriodStatistics]

        init() throws {
            let network = try FigureConsistencyTests.network()
            columns = try network.centralities(FigureConsistencyTests.measures, on: .projection)
            groups = network.groups()
            eiIndex = try #require(network.summary().projection?.mixing?.eiIndex)
            periods = network.periodStatistics()
        }

        /// The value of measure `column` for node `id`.
        func value(_ column: Int, _ id: String) -> Double? { columns[column][id] }

        /// The groups as sets of ids (numbers differ between paths; the grouping must not).
        var grouping: Set<Set<String>> { Self.grouping(Dictionary(uniqueKeysWithValues: zip(groups.partition.nodeIDs, groups.partition.communities))) }

        static func grouping(_ labels: [String: Int]) -> Set<Set<String>> {
            Set(Dictionary(grouping: labels.keys, by: { labels[$0]! }).values.map(Set.init))
        }
    }

    @Test("centrality --on projection prints the library's values in csv and json, and them rounded in the table")
    func tool() throws {
        let reference = try Reference()
        let names = Self.measures.map(\.rawValue)
        let base = ["centrality", Self.file, "--on", "projection", "--measure", names.joined(separator: ",")]
        let csv = csvRows(try partnet(arguments: base + ["-f", "csv"]).standardOutput)
        let jsonRun = try partnet(arguments: base + ["-f", "json"])
        let json = try jsonRows(jsonRun)
        let jsonText = jsonRun.standardOutput
        let table = try partnet(arguments: base).standardOutput.split(separator: "\n").dropFirst(2)
        #expect(csv.count == reference.columns[0].values.count && json.count == csv.count && table.count == csv.count)
        for (column, name) in names.enumerated() {
            for row in csv { #expect(Double(row[name]!) == reference.value(column, row["id"]!), "\(name) \(row["id"]!)") }
            let numbers = try Self.exactNumbers(named: name, in: jsonText)
            #expect(numbers.count == json.count)
            for (row, number) in zip(json, numbers) { #expect(number == reference.value(column, row["id"] as! String)) }
        }
        for line in table {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let id = cells[0]
            for (column, text) in cells.suffix(names.count).enumerated() {
                let value = try #require(reference.value(column, id))
                let expected = value == value.rounded() ? String(Int(value)) : String(format: "%.6g", value)
                #expect(text == expected, "\(names[column]) \(id)")
            }
        }
    }

    @Test("the groups, the E-I index and the per-year figures are the library's in the tool's table, csv and json")
    func toolFormats() throws {
        let reference = try Reference()
        // Groups: communities in every format.
        let groupCSV = csvRows(try partnet("communities", Self.file, "-f", "csv").standardOutput)
        let groupJSON = try jsonRows(try partnet("communities", Self.file, "-f", "json"))
        let groupTable = try partnet("communities", Self.file).standardOutput.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        for labels in [
            Dictionary(uniqueKeysWithValues: groupCSV.map { ($0["id"]!, Int($0["community"]!)!) }),
            Dictionary(uniqueKeysWithValues: groupJSON.map { ($0["id"] as! String, $0["community"] as! Int) }),
            Dictionary(uniqueKeysWithValues: groupTable.map { ($0[0], Int($0[1])!) }),
        ] {
            #expect(Reference.grouping(labels) == reference.grouping)
        }
        // E-I: stats --by network in every format, always beside what it covers.
        let base = ["stats", Self.file, "--by", "network"]
        let eiCSV = csvRows(try partnet(arguments: base + ["-f", "csv"]).standardOutput)[0]
        let eiJSONText = try partnet(arguments: base + ["-f", "json"]).standardOutput
        let eiTable = try partnet(arguments: base).standardOutput
        #expect(Double(eiCSV["projection.mixing.eiIndex"]!) == reference.eiIndex)
        #expect(try Self.exactNumbers(named: "projection.mixing.eiIndex", in: eiJSONText) == [reference.eiIndex])
        let tableLine = try #require(eiTable.split(separator: "\n").first { $0.hasPrefix("projection.mixing.eiIndex ") })
        #expect(tableLine.split(separator: " ").last.map(String.init) == String(format: "%.6g", reference.eiIndex))
        for text in [eiCSV["projection.mixing.coverage"] ?? "", eiJSONText, eiTable] {
            #expect(text.contains("pairs have both region values"))
        }
        // Per-year: stats --by year in every format.
        let yearBase = ["stats", Self.file, "--by", "year"]
        let yearCSV = csvRows(try partnet(arguments: yearBase + ["-f", "csv"]).standardOutput)
        let yearJSONText = try partnet(arguments: yearBase + ["-f", "json"]).standardOutput
        let yearObject = try #require(JSONSerialization.jsonObject(with: Data(yearJSONText.utf8)) as? [String: Any])
        let yearJSON = try #require(yearObject["periods"] as? [[String: Any]])
        let yearTable = try partnet(arguments: yearBase).standardOutput.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let meetings = reference.periods.map(\.meetings)
        #expect(yearCSV.map { Int($0["meetings"]!) } == meetings)
        #expect(yearJSON.map { $0["meetings"] as? Int } == meetings)
        #expect(yearTable.map { Int($0[2]) } == meetings)
        #expect(yearCSV.map { Int($0["activeActors"]!) } == reference.periods.map(\.activeActors))
        #expect(yearCSV.map { Double($0["density"]!) } == reference.periods.map(\.density))
        #expect(try Self.exactNumbers(named: "density", in: yearJSONText) == reference.periods.map(\.density))
        #expect(
            yearTable.map { $0[6] }
                == reference.periods.map { $0.density == $0.density.rounded() ? String(Int($0.density)) : String(format: "%.6g", $0.density) })
    }

    @Test("communities, convert --with-metrics, VOSviewer and the report hold the library's groups and scores")
    func exports() throws {
        let reference = try Reference()
        let communities = csvRows(try partnet("communities", Self.file, "-f", "csv").standardOutput)
        #expect(
            Reference.grouping(Dictionary(uniqueKeysWithValues: communities.map { ($0["id"]!, Int($0["community"]!)!) }))
                == reference.grouping)

        let folder = URL(fileURLWithPath: try writeTemporary("placeholder", "")).deletingLastPathComponent()
        let graphml = folder.appendingPathComponent("m.graphml").path
        let convert = try partnet(
            "convert", Self.file, "-o", graphml, "--with-metrics", "degree,betweenness,eigenvector,community", "--on",
            "projection")
        #expect(convert.status == 0, "\(convert.standardError)")
        let attributes = try Self.graphMLAttributes(String(contentsOfFile: graphml, encoding: .utf8))
        for (column, measure) in Self.measures.enumerated() {
            for id in reference.columns[column].nodeIDs {
                #expect(attributes[id]?[measure.rawValue].flatMap(Double.init) == reference.value(column, id), "\(measure) \(id)")
            }
        }
        let written = attributes.compactMapValues { $0["community"].flatMap { Int($0) } }
        #expect(Reference.grouping(written) == reference.grouping)

        let vos = folder.appendingPathComponent("v.txt").path
        let vosRun = try partnet(
            "convert", Self.file, "-o", vos, "--to", "vosviewer", "--with-metrics", "degree,betweenness,eigenvector", "--on", "projection")
        #expect(vosRun.status == 0, "\(vosRun.standardError)")
        let map = try String(contentsOfFile: folder.appendingPathComponent("v-map.txt").path, encoding: .utf8)
        let rows = map.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let network = try Self.network()
        let idByName = Dictionary(network.actors.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        let cluster = try #require(header.firstIndex(of: "cluster"))
        let scores = try Self.measures.map { try #require(header.firstIndex(of: "score<\($0.rawValue)>")) }
        let label = try #require(header.firstIndex(of: "label"))
        var clusters: [String: Int] = [:]
        for row in rows.dropFirst() {
            let id = try #require(idByName[row[label].trimmingCharacters(in: CharacterSet(charactersIn: "\""))])
            clusters[id] = Int(row[cluster])
            for (column, score) in scores.enumerated() {
                #expect(Double(row[score]) == reference.value(column, id), "VOSviewer \(Self.measures[column]) \(id)")
            }
        }
        #expect(Reference.grouping(clusters) == reference.grouping)
    }

    @Test("the report's data block, its figures and the per-year rows are the library's")
    func report() throws {
        let reference = try Reference()
        let page = URL(fileURLWithPath: try writeTemporary("placeholder", "")).deletingLastPathComponent()
            .appendingPathComponent("r.html").path
        let run = try partnet("report", Self.file, "-o", page)
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let start = try #require(html.range(of: "id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(
            JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        // The nodes are columns; the actors' figures too, `at` stepping from one actor's node index to the next.
        let nodes = try #require(data["nodes"] as? [String: Any])
        let ids = try #require(nodes["id"] as? [String])
        let figures = try #require(nodes["figures"] as? [String: Any])
        let steps = try #require(figures["at"] as? [Int])
        let partners = try #require(figures["partners"] as? [Int])
        let groupColumn = try #require(figures["group"] as? [Any])
        var groups: [String: Int] = [:]
        var checked = 0
        let block = String(html[start.upperBound..<end.lowerBound])
        let betweenness = try Self.exactColumn(named: "betweenness", in: block)
        let eigenvector = try Self.exactColumn(named: "eigenvector", in: block)
        var index = 0
        for step in steps {
            index += step
            let id = ids[index]
            #expect(betweenness[checked] == reference.value(1, id), "report betweenness \(id)")
            #expect(eigenvector[checked] == reference.value(2, id), "report eigenvector \(id)")
            // The report's partners are the actor's degree in the projection (its number of partners).
            #expect(Double(partners[checked]) == reference.value(0, id), "report degree \(id)")
            if let group = groupColumn[checked] as? Int { groups[id] = group }
            checked += 1
        }
        #expect(checked == reference.columns[0].values.count)
        // The report numbers the groups of actors with partners; the grouping is the library's on them.
        let withPartners = Set(groups.keys)
        #expect(Reference.grouping(groups) == Set(reference.grouping.map { $0.intersection(withPartners) }.filter { !$0.isEmpty }))
        let years = try #require(data["years"] as? [[String: Any]])
        #expect(years.map { $0["meetings"] as? Int } == reference.periods.map(\.meetings))
        #expect(try Self.exactNumbers(named: "density", in: block) == reference.periods.map(\.density))
        #expect(html.contains(String(format: "%.4g", reference.eiIndex)))
        // The page gives the E-I index with what it covers, as the tool does.
        #expect(html.contains("pairs have both region values"))

        // The tool's per-year table and the E-I index are the same numbers.
        let periods = csvRows(try partnet("stats", Self.file, "--by", "year", "-f", "csv").standardOutput)
        #expect(periods.map { Int($0["meetings"]!) } == reference.periods.map(\.meetings))
        #expect(periods.map { Double($0["density"]!) } == reference.periods.map(\.density))
        let network = try jsonRows(try partnet("stats", Self.file, "--by", "network", "-f", "json"))[0]
        #expect(network["projection.mixing.eiIndex"] as? Double == reference.eiIndex)
    }

    @Test("render sizes nodes by the library's values and colours them by the library's groups", arguments: [0, 1, 2])
    func render(column: Int) throws {
        let reference = try Reference()
        let folder = URL(fileURLWithPath: try writeTemporary("placeholder", "")).deletingLastPathComponent()
        // Graphviz's canon output keeps the attributes the diagram set, before the layout changes any size.
        let dot = folder.appendingPathComponent("p\(column).gv").path
        let run = try partnet(
            "render", Self.file, "-o", dot, "-f", "canon", "--view", "projection", "--size-by", Self.measures[column].rawValue, "--color-by",
            "community", "--no-legend")
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        var widths: [String: Double] = [:]
        var shapes: [String: String] = [:]
        var colors: [String: String] = [:]
        for id in reference.columns[column].nodeIDs {
            guard let start = text.range(of: "\n\t\"\(id)\"\t[") ?? text.range(of: "\n\t\(id)\t[") else { continue }
            let end = try #require(text.range(of: "];", range: start.upperBound..<text.endIndex))
            let attributes = String(text[start.upperBound..<end.lowerBound])
            if let height = Self.attribute("height", in: attributes).flatMap(Double.init) { widths[id] = height }
            shapes[id] = Self.attribute("shape", in: attributes)
            if let color = Self.attribute("fillcolor", in: attributes) { colors[id] = color }
        }
        #expect(widths.count >= reference.columns[column].values.count / 2, "\(text.prefix(400))")
        // Within a shape, size is a non-decreasing function of the library's values: equal values, equal sizes.
        for (a, wa) in widths {
            for (b, wb) in widths where shapes[a] == shapes[b] {
                let (va, vb) = (reference.value(column, a)!, reference.value(column, b)!)
                if va < vb { #expect(wa <= wb, "\(a) \(b)") }
                if va == vb { #expect(wa == wb, "\(a) \(b)") }
            }
        }
        // Nodes of one group share a colour, and (with fewer groups than colours) two groups never do.
        var colourOfGroup: [Int: String] = [:]
        for (id, color) in colors {
            let group = try #require(reference.groups.partition[id])
            if let known = colourOfGroup[group] { #expect(known == color, "\(id)") } else { colourOfGroup[group] = color }
        }
        #expect(Set(colourOfGroup.values).count == colourOfGroup.count)
    }

    /// Every number given for `name` in a JSON text, in order, read exactly (Foundation's JSON parser on Linux
    /// can round the last digit of a double, which is not what is being tested).
    /// The numbers of the JSON array named `name` as written (nil for null): JSONSerialization may round the last digit.
    static func exactColumn(named name: String, in json: String) throws -> [Double?] {
        let pattern = try NSRegularExpression(pattern: "\"\(name)\"\\s*:\\s*\\[([^\\]]*)\\]")
        let match = try #require(pattern.firstMatch(in: json, range: NSRange(json.startIndex..., in: json)))
        return json[Range(match.range(at: 1), in: json)!].split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    static func exactNumbers(named name: String, in json: String) throws -> [Double?] {
        let pattern = try NSRegularExpression(pattern: "\"\(name)\"\\s*:\\s*(null|-?[0-9][0-9.eE+-]*)")
        return pattern.matches(in: json, range: NSRange(json.startIndex..., in: json)).map { match in
            Double(String(json[Range(match.range(at: 1), in: json)!]))
        }
    }

    /// The value of a DOT attribute in an attribute list.
    static func attribute(_ name: String, in list: String) -> String? {
        guard let range = list.range(of: "\(name)=") else { return nil }
        var value = list[range.upperBound...].prefix { $0 != "," && $0 != "\n" && $0 != "]" }
        value = value.drop { $0 == "\"" }
        return String(value.prefix { $0 != "\"" })
    }

    /// Each node's attributes by name, from GraphML.
    static func graphMLAttributes(_ text: String) throws -> [String: [String: String]] {
        var names: [String: String] = [:]
        let keyPattern = try NSRegularExpression(pattern: "<key id=\"([^\"]+)\" for=\"node\" attr.name=\"([^\"]+)\"")
        let whole = NSRange(text.startIndex..., in: text)
        for match in keyPattern.matches(in: text, range: whole) {
            names[String(text[Range(match.range(at: 1), in: text)!])] = String(text[Range(match.range(at: 2), in: text)!])
        }
        var nodes: [String: [String: String]] = [:]
        let nodePattern = try NSRegularExpression(pattern: "<node id=\"([^\"]+)\">(.*?)</node>", options: .dotMatchesLineSeparators)
        let dataPattern = try NSRegularExpression(pattern: "<data key=\"([^\"]+)\">([^<]*)</data>")
        for match in nodePattern.matches(in: text, range: whole) {
            let id = String(text[Range(match.range(at: 1), in: text)!])
            let body = String(text[Range(match.range(at: 2), in: text)!])
            var values: [String: String] = [:]
            for data in dataPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                let key = String(body[Range(data.range(at: 1), in: body)!])
                values[names[key] ?? key] = String(body[Range(data.range(at: 2), in: body)!])
            }
            nodes[id] = values
        }
        return nodes
    }
}
