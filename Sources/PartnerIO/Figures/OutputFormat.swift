/// How a result is printed: the one output-format vocabulary of every `partnet` command (`-f table|csv|json`).
///
/// `table` is for a person (aligned columns, or indented sections for a summary); `csv` (RFC 4180) and
/// `json` are for programs, and hold the same figures under the same names.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json

    /// The streaming format this output format writes, nil for the aligned table.
    public var tableFormat: TableFormat? {
        switch self {
        case .table: nil
        case .csv: .csv
        case .json: .json
        }
    }
}

extension ResultTable {
    /// The table as `format` asks: aligned, CSV or JSON.
    public func rendered(as format: OutputFormat) -> String { rendered(as: format.tableFormat) }
}
