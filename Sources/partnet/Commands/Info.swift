import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet info FILE`: what a file holds, in counts.
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a network: nodes per kind, edges per relation, time span, components, density.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if format == .csv { throw ValidationError("info prints a summary, not a table: use --format table or json") }
    }

    func run() throws {
        let summary: JSONValue
        switch try input.load() {
        case .network(let network): summary = Info.summary(of: network)
        case .graph(let graph): summary = Info.summary(of: graph, file: input.file)
        }
        if format == .json {
            print(summary.serialized(indent: 2))
        } else {
            print(Info.text(summary), terminator: "")
        }
    }

    static func summary(of network: Network) -> JSONValue {
        var kinds: [NodeKind: Int] = [:]
        for node in network.nodes { kinds[node.kind, default: 0] += 1 }
        var relations: [Relation: Int] = [:]
        for edge in network.edges { relations[edge.relation, default: 0] += 1 }
        let full = network.graph()
        let components = full.connectedComponents()
        let twoMode = network.twoModeGraph()
        let pairs = twoMode.graph.edgeCount
        let possible = twoMode.actorCount * twoMode.meetingCount
        let actors = network.actors.count
        let meetings = network.meetings.count
        var fields: [(String, JSONValue)] = [
            ("name", .string(network.name)),
            ("nodes", .object(kinds.keys.sorted().map { ($0.rawValue, .int(kinds[$0]!)) })),
            ("edges", .object(relations.keys.sorted().map { ($0.rawValue, .int(relations[$0]!)) })),
            ("nodeCount", .int(network.nodes.count)),
            ("edgeCount", .int(network.edges.count)),
            ("actors", .int(actors)),
            ("meetings", .int(meetings)),
            ("participations", .int(network.participations.count)),
            ("ties", .int(network.ties.count)),
        ]
        if let span = network.timeSpan {
            fields.append(("timeSpan", .object([("start", .string(span.lowerBound.description)), ("end", .string(span.upperBound.description))])))
        } else {
            fields.append(("timeSpan", .null))
        }
        fields += [
            ("components", .int(components.count)),
            ("largestComponent", .int(components.sizes.max() ?? 0)),
            ("density", .double(full.density)),
            ("twoModeDensity", .double(possible == 0 ? 0 : Double(pairs) / Double(possible))),
        ]
        return .object(fields)
    }

    static func summary(of graph: Graph, file: String) -> JSONValue {
        let components = graph.connectedComponents()
        return .object([
            ("name", .string(URL(fileURLWithPath: file).lastPathComponent)),
            ("nodeCount", .int(graph.nodeCount)),
            ("edgeCount", .int(graph.edgeCount)),
            ("directed", .bool(graph.isDirected)),
            ("weighted", .bool(graph.isWeighted)),
            ("components", .int(components.count)),
            ("largestComponent", .int(components.sizes.max() ?? 0)),
            ("density", .double(graph.density)),
        ])
    }

    /// The summary as indented "key: value" lines.
    static func text(_ value: JSONValue, level: Int = 0) -> String {
        guard case .object(let pairs) = value else { return "" }
        var output = ""
        let pad = String(repeating: "  ", count: level)
        for (key, child) in pairs {
            switch child {
            case .object: output += "\(pad)\(key):\n" + text(child, level: level + 1)
            case .string(let text): output += "\(pad)\(key): \(text)\n"
            case .int(let number): output += "\(pad)\(key): \(number)\n"
            case .double(let number): output += "\(pad)\(key): \(ResultTable.format(number))\n"
            case .bool(let flag): output += "\(pad)\(key): \(flag)\n"
            case .null: output += "\(pad)\(key): -\n"
            case .array(let items): output += "\(pad)\(key): \(items.count) items\n"
            }
        }
        return output
    }
}

