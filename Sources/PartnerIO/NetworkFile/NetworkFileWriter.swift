import Foundation
import Yams

/// Writes networks in the network-file schema, as YAML or JSON; reading the output back gives an equal network.
///
/// Keys come in the schema's order; participation edges are written under their meeting (an edge with its own
/// source as `{id, source}`), ties under `ties`, custom participation relations under the meeting's `roles`.
public enum NetworkFileWriter {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    /// The network as network-file text.
    public static func string(for network: Network, format: Format) throws -> String {
        let value = document(for: network)
        switch format {
        case .json: return value.serialized(indent: 2) + "\n"
        case .yaml:
            return try Yams.serialize(node: yamlNode(value), width: -1, allowUnicode: true, sortKeys: false)
        }
    }

    static func document(for network: Network) -> JSONValue {
        var top: [(String, JSONValue)] = [("name", .string(network.name))]
        if let source = network.source { top.append(("source", .string(source))) }
        if !network.notes.isEmpty { top.append(("notes", .array(network.notes.map(JSONValue.string)))) }
        var actors: [JSONValue] = []
        var meetings: [JSONValue] = []
        var participation: [String: [Relation: [Edge]]] = [:]
        var relationOrder: [String: [Relation]] = [:]
        var ties: [JSONValue] = []
        for edge in network.edges {
            if network[edge.to]?.isMeeting == true {
                if participation[edge.to, default: [:]][edge.relation] == nil { relationOrder[edge.to, default: []].append(edge.relation) }
                participation[edge.to, default: [:]][edge.relation, default: []].append(edge)
            } else {
                var fields: [(String, JSONValue)] = [("from", .string(edge.from)), ("to", .string(edge.to)), ("relation", .string(edge.relation.rawValue))]
                if let start = edge.start { fields.append(("start", .string(start.description))) }
                if let end = edge.end { fields.append(("end", .string(end.description))) }
                if let source = edge.source { fields.append(("source", .string(source))) }
                ties.append(.object(fields))
            }
        }
        for node in network.nodes {
            var fields: [(String, JSONValue)] = [("id", .string(node.id))]
            if let meeting = node.meeting {
                if node.name != (meeting.title ?? node.id) { fields.append(("name", .string(node.name))) }
                if let title = meeting.title { fields.append(("title", .string(title))) }
                if let type = meeting.type { fields.append(("type", .string(type))) }
                if let start = meeting.start { fields.append(("start", .string(start.description))) }
                if let end = meeting.end { fields.append(("end", .string(end.description))) }
                if let city = meeting.city { fields.append(("city", .string(city))) }
                if let country = meeting.country { fields.append(("country", .string(country))) }
                if meeting.isVirtual { fields.append(("virtual", .bool(true))) }
                if let count = meeting.participantCount { fields.append(("participants", .int(count))) }
                if let count = meeting.countryCount { fields.append(("countries", .int(count))) }
                var roles: [(String, JSONValue)] = []
                let byRelation = participation[node.id] ?? [:]
                let order = (relationOrder[node.id] ?? []).sorted { a, b in
                    let ia = Relation.participation.firstIndex(of: a) ?? Int.max
                    let ib = Relation.participation.firstIndex(of: b) ?? Int.max
                    return ia != ib ? ia < ib : a < b
                }
                for relation in order {
                    let list = JSONValue.array(
                        byRelation[relation]!.map { edge in
                            edge.source.map { .object([("id", .string(edge.from)), ("source", .string($0))]) } ?? .string(edge.from)
                        })
                    if relation.isParticipation { fields.append((relation.rawValue, list)) } else { roles.append((relation.rawValue, list)) }
                }
                if !roles.isEmpty { fields.append(("roles", .object(roles))) }
                if !node.attributes.isEmpty { fields.append(("attributes", attributes(node.attributes))) }
                if let source = node.source { fields.append(("source", .string(source))) }
                meetings.append(.object(fields))
            } else {
                fields.append(("name", .string(node.name)))
                fields.append(("kind", .string(node.kind.rawValue)))
                if let region = node.region { fields.append(("region", .string(region))) }
                if !node.attributes.isEmpty { fields.append(("attributes", attributes(node.attributes))) }
                if let source = node.source { fields.append(("source", .string(source))) }
                actors.append(.object(fields))
            }
        }
        top.append(("actors", .array(actors)))
        top.append(("meetings", .array(meetings)))
        top.append(("ties", .array(ties)))
        return .object(top)
    }

    private static func attributes(_ values: [String: String]) -> JSONValue {
        .object(values.keys.sorted().map { ($0, .string(values[$0]!)) })
    }

    /// YAML nodes for a value; every text is quoted when a plain scalar would read back as another type.
    static func yamlNode(_ value: JSONValue) -> Yams.Node {
        switch value {
        case .null: return Yams.Node.scalar(.init("null"))
        case .bool(let flag): return Yams.Node.scalar(.init(flag ? "true" : "false"))
        case .int(let number): return Yams.Node.scalar(.init(String(number)))
        case .double(let number): return Yams.Node.scalar(.init("\(number)"))
        case .string(let text):
            // Our reader takes every scalar as text except the null words, so only those (and empty text) need quotes.
            let needsQuotes = ["", "~", "null", "Null", "NULL"].contains(text)
            return Yams.Node.scalar(.init(text, Tag(.str), needsQuotes ? .doubleQuoted : .any))
        case .array(let items): return Yams.Node.sequence(.init(items.map(yamlNode)))
        case .object(let pairs):
            return Yams.Node.mapping(.init(pairs.map { (Yams.Node.scalar(.init($0.0)), yamlNode($0.1)) }))
        }
    }
}
