import ArgumentParser

/// How a summary (not a table) is printed: `info` and `validate` print text or JSON, never CSV, so their
/// `--format` lists only these.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
