import PartnerMetrics

/// How `info` and `stats --by network` print a `NetworkSummary`: both from its `entries`,
/// so a name means the same figure in both.
public enum SummaryOutput {
    /// The summary as `info` prints it: indented sections (table), one row of dotted names (csv), or nested
    /// objects (json).
    /// - Complexity: O(number of entries).
    public static func rendered(_ summary: NetworkSummary, as format: OutputFormat) -> String {
        switch format {
        case .table: text(summary)
        case .csv: table(summary, format: .csv).rendered(as: .csv)
        case .json: json(summary).serialized(indent: 2) + "\n"
        }
    }

    /// Nested JSON: one object per section (`{"network": {"density": ...}}`).
    public static func json(_ summary: NetworkSummary) -> JSONValue {
        var root = Node()
        for entry in summary.entries { root.insert(entry.path[...], cell(entry.value).json) }
        return root.json
    }

    /// Indented `name: value` lines, one block per section.
    public static func text(_ summary: NetworkSummary) -> String {
        var output = ""
        var open: [String] = []
        for entry in summary.entries {
            let sections = Array(entry.path.dropLast())
            var shared = 0
            while shared < min(open.count, sections.count) && open[shared] == sections[shared] { shared += 1 }
            for level in shared..<sections.count {
                output += String(repeating: "  ", count: level) + sections[level] + ":\n"
            }
            open = sections
            let value = cell(entry.value)
            output +=
                String(repeating: "  ", count: sections.count) + entry.path.last! + ": "
                + (entry.value == .unavailable ? "-" : value.plain) + "\n"
        }
        return output
    }

    /// One row of dotted names (CSV, JSON), or one `statistic value` line per figure (table).
    public static func table(_ summary: NetworkSummary, format: OutputFormat) -> ResultTable {
        let entries = summary.entries
        if format == .table {
            var table = ResultTable(columns: ["statistic", "value"])
            for entry in entries { table.append([.text(entry.name), .text(cell(entry.value).plain)]) }
            return table
        }
        var table = ResultTable(columns: entries.map(\.name))
        table.append(entries.map { cell($0.value) })
        return table
    }

    /// The summary's value as a table cell (unavailable: empty).
    public static func cell(_ value: NetworkSummary.Value) -> ResultTable.Cell {
        switch value {
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .text(let text): .text(text)
        case .flag(let flag): .boolean(flag)
        case .unavailable: .empty
        }
    }

    /// A section under construction, keeping the order names first appear in.
    private struct Node {
        var children: [(String, Child)] = []
        enum Child {
            case leaf(JSONValue)
            case section(Node)
        }

        mutating func insert(_ path: ArraySlice<String>, _ value: JSONValue) {
            let key = path.first!
            if path.count == 1 {
                children.append((key, .leaf(value)))
                return
            }
            if let index = children.firstIndex(where: { $0.0 == key }), case .section(var node) = children[index].1 {
                node.insert(path.dropFirst(), value)
                children[index].1 = .section(node)
            } else {
                var node = Node()
                node.insert(path.dropFirst(), value)
                children.append((key, .section(node)))
            }
        }

        var json: JSONValue {
            .object(
                children.map { key, child in
                    switch child {
                    case .leaf(let value): (key, value)
                    case .section(let node): (key, node.json)
                    }
                })
        }
    }
}
