import Foundation
import Yams

/// Reads network files: YAML or JSON in one schema (see the README's "Network file" section).
///
/// ```yaml
/// name: Rabat Process activities 2018-2020
/// actors:
///   - {id: NGA, name: Nigeria, kind: country, region: Africa}
/// meetings:
///   - {id: abuja-2019, title: Diaspora remittances, start: 2019-11-05, hosts: [NGA], coChairs: [FRA, BEL]}
/// ties:
///   - {from: ICMPD, to: RABAT, relation: secretariat}
/// ```
/// The reader is strict: an unknown key, a wrong type, a malformed date, an unknown or duplicate id is an error
/// naming file, line, column and field. It reports every problem it finds, not only the first.
public enum NetworkFileReader {
    /// Reads the network file at `path` (YAML or JSON, by content).
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: try InputFile.text(at: path, limits: limits), file: path, limits: limits)
    }

    /// Parses network-file text; `file` names it in errors.
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        let root = try DocumentNode.parse(text: text, file: file, limits: limits)
        var decoder = NetworkFileDecoder(file: file)
        let network = decoder.decode(root)
        if !decoder.errors.isEmpty { throw ReadErrors(decoder.errors) }
        let nodes = network.nodePlaces.count
        let edges = network.edgePlaces.count
        if nodes > limits.maxNodes || edges > limits.maxEdges {
            let place = nodes > limits.maxNodes ? network.nodePlaces[limits.maxNodes] : network.edgePlaces[limits.maxEdges]
            try limits.check(nodes: nodes, edges: edges, file: file, line: place.line, column: place.column)
        }
        do {
            return try network.builder.build()
        } catch let error as NetworkError {
            throw ReadErrors(
                error.problems.map { problem in
                    let place: DocumentNode?
                    switch problem.subject {
                    case .node(let index): place = network.nodePlaces[index]
                    case .edge(let index): place = network.edgePlaces[index]
                    case .network: place = nil
                    }
                    let fieldNode = problem.field.flatMap { place?.child($0) } ?? place
                    return ReadError(
                        file: file, line: fieldNode?.line, column: fieldNode?.column,
                        field: fieldNode?.path, message: problem.message)
                })
        }
    }
}

/// A YAML/JSON value with its position and its path from the root (`meetings[3].start`).
struct DocumentNode {
    enum Value {
        case scalar(String, quoted: Bool)
        case mapping([(key: String, keyNode: DocumentNode?, value: DocumentNode)])
        case sequence([DocumentNode])
        case null
    }

    var value: Value
    var line: Int?
    var column: Int?
    var path: String

    func child(_ key: String) -> DocumentNode? {
        if case .mapping(let pairs) = value { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// Parses YAML (JSON is read as YAML's flow style) into positioned nodes, expanding aliases up to a bound.
    static func parse(text: String, file: String, limits: ReadLimits) throws -> DocumentNode {
        // Depth, alias expansion and collection keys are checked first: Yams' composer recurses per level and
        // hashes keys, so those hazards must be refused before it runs (see YAMLPrescan).
        try YAMLPrescan.check(text: text, file: file, limits: limits)
        let root: Yams.Node?
        do {
            // Every scalar is read as text, so no implicit-type rules (regular expressions run on every scalar) are needed.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw readError(error, file: file, text: text)
        }
        guard let root else {
            throw ReadError(file: file, line: 1, column: 1, message: "is empty; expected a network (a mapping with name, actors, meetings, ties)")
        }
        // A backstop only, since the prescan has bounded the expansion exactly (a text holds at most 4 values per byte).
        var budget = 4 * text.utf8.count + limits.maxAliasExpansion + 16
        return try convert(root, path: "", depth: 0, budget: &budget, file: file, limits: limits)
    }

    private static func convert(_ node: Yams.Node, path: String, depth: Int, budget: inout Int, file: String, limits: ReadLimits) throws -> DocumentNode {
        budget -= 1
        let line = node.mark?.line
        let column = node.mark?.column
        if budget < 0 {
            throw ReadError(
                file: file, line: line, column: column,
                message: "aliases expand to more than \(limits.maxAliasExpansion) values (the alias-expansion limit); an alias bomb?")
        }
        if depth > limits.maxDepth {
            throw ReadError(file: file, line: line, column: column, message: "nesting deeper than \(limits.maxDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return DocumentNode(value: .null, line: line, column: column, path: path)
            }
            return DocumentNode(value: .scalar(scalar.string, quoted: quoted), line: line, column: column, path: path)
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, path: "\(path)[\(index)]", depth: depth + 1, budget: &budget, file: file, limits: limits))
            }
            return DocumentNode(value: .sequence(items), line: line, column: column, path: path)
        case .mapping(let mapping):
            var pairs: [(key: String, keyNode: DocumentNode?, value: DocumentNode)] = []
            var seen: [String: Int] = [:]
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let key) = keyNode else {
                    throw ReadError(
                        file: file, line: keyNode.mark?.line, column: keyNode.mark?.column, field: path.isEmpty ? nil : path,
                        message: "a key must be a plain text, not a list or mapping")
                }
                if let first = seen[key.string] {
                    throw ReadError(
                        file: file, line: keyNode.mark?.line, column: keyNode.mark?.column, field: path.isEmpty ? nil : path,
                        message: "duplicate key '\(key.string)' (first on line \(first))")
                }
                seen[key.string] = keyNode.mark?.line ?? 0
                let childPath = path.isEmpty ? key.string : "\(path).\(key.string)"
                let keyDocument = DocumentNode(
                    value: .scalar(key.string, quoted: false), line: keyNode.mark?.line, column: keyNode.mark?.column, path: childPath)
                pairs.append((key.string, keyDocument, try convert(valueNode, path: childPath, depth: depth + 1, budget: &budget, file: file, limits: limits)))
            }
            return DocumentNode(value: .mapping(pairs), line: line, column: column, path: path)
        case .alias(let alias):
            throw ReadError(file: file, line: alias.mark?.line, column: alias.mark?.column, message: "unresolved alias")
        }
    }

    static func readError(_ error: YamlError, file: String, text: String) -> ReadError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return ReadError(file: file, line: mark.line, column: mark.column, message: "not valid YAML or JSON: \(detail)")
        case .reader(let problem, _, _, _):
            return ReadError(file: file, message: "cannot be read as text: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The error carries the mapping's place; point at the key's second appearance instead.
            var place = (context.mark.line, context.mark.column)
            if let key = duplicates.first {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                var seen = 0
                for (index, line) in lines.enumerated().dropFirst(max(0, context.mark.line - 1)) {
                    let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "{" }
                    if trimmed.hasPrefix("\(key):") || trimmed.hasPrefix("\"\(key)\":") {
                        seen += 1
                        if seen == 2 { place = (index + 1, line.count - trimmed.count + 1); break }
                    }
                }
            }
            return ReadError(
                file: file, line: place.0, column: place.1, message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping")
        default:
            return ReadError(file: file, message: "not valid YAML or JSON: \(error)")
        }
    }
}
