/// Turns a positioned document into a network builder, collecting every schema problem with its place.
struct NetworkFileDecoder {
    let file: String
    var errors: [ReadError] = []

    struct Result {
        var builder: NetworkBuilder
        /// The document node each added node / edge came from, by builder position.
        var nodePlaces: [DocumentNode]
        var edgePlaces: [DocumentNode]
    }

    init(file: String) { self.file = file }

    mutating func fail(_ node: DocumentNode?, _ message: String) {
        errors.append(ReadError(file: file, line: node?.line, column: node?.column, field: node?.path.isEmpty == false ? node?.path : nil, message: message))
    }

    // MARK: Typed accessors

    mutating func mapping(_ node: DocumentNode, allowed: Set<String>, what: String) -> [String: DocumentNode]? {
        guard case .mapping(let pairs) = node.value else {
            fail(node, "expected \(what) (a mapping of keys to values)")
            return nil
        }
        var result: [String: DocumentNode] = [:]
        for pair in pairs {
            if !allowed.contains(pair.key) {
                fail(pair.keyNode, "unknown key '\(pair.key)'; expected one of \(allowed.sorted().joined(separator: ", "))")
                continue
            }
            result[pair.key] = pair.value
        }
        return result
    }

    mutating func string(_ node: DocumentNode?, required: Bool = false, what: String = "a text", parent: DocumentNode? = nil, key: String = "") -> String? {
        guard let node else {
            if required { fail(parent, "missing required key '\(key)'") }
            return nil
        }
        switch node.value {
        case .scalar(let text, _): return text
        case .null:
            if required { fail(node, "expected \(what), found nothing") }
            return nil
        default:
            fail(node, "expected \(what), found a \(node.kindName)")
            return nil
        }
    }

    mutating func integer(_ node: DocumentNode?) -> Int? {
        guard let text = string(node, what: "a whole number") else { return nil }
        guard let value = Int(text), value >= 0 else {
            fail(node, "expected a whole number >= 0, found '\(text.prefix(40))'")
            return nil
        }
        return value
    }

    mutating func boolean(_ node: DocumentNode?) -> Bool? {
        guard let text = string(node, what: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(node, "expected true or false, found '\(text.prefix(40))'")
            return nil
        }
    }

    mutating func date(_ node: DocumentNode?) -> PartialDate? {
        guard let text = string(node, what: "a date") else { return nil }
        guard let date = PartialDate(text) else {
            fail(node, "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'")
            return nil
        }
        return date
    }

    mutating func sequence(_ node: DocumentNode?, what: String) -> [DocumentNode] {
        guard let node else { return [] }
        switch node.value {
        case .sequence(let items): return items
        case .null: return []
        default:
            fail(node, "expected a list of \(what), found a \(node.kindName)")
            return []
        }
    }

    mutating func attributes(_ node: DocumentNode?) -> [String: String] {
        guard let node else { return [:] }
        guard case .mapping(let pairs) = node.value else {
            if case .null = node.value { return [:] }
            fail(node, "expected a mapping of attribute names to texts")
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs { if let text = string(pair.value, what: "a text value") { result[pair.key] = text } }
        return result
    }

    // MARK: Schema

    static let topKeys: Set<String> = ["name", "source", "notes", "actors", "meetings", "ties"]
    static let actorKeys: Set<String> = ["id", "name", "kind", "region", "attributes", "source"]
    static let meetingKeys: Set<String> = [
        "id", "name", "title", "type", "start", "end", "city", "country", "virtual", "participants", "countries",
        "hosts", "coChairs", "attends", "organises", "roles", "attributes", "source",
    ]
    static let tieKeys: Set<String> = ["from", "to", "relation", "start", "end", "source"]
    static let participantKeys: Set<String> = ["id", "source"]

    mutating func decode(_ root: DocumentNode) -> Result {
        var result = Result(builder: NetworkBuilder(name: ""), nodePlaces: [], edgePlaces: [])
        guard let top = mapping(root, allowed: Self.topKeys, what: "a network") else { return result }
        result.builder.name = string(top["name"], required: true, parent: root, key: "name") ?? ""
        result.builder.source = string(top["source"])
        result.builder.notes = sequence(top["notes"], what: "notes").compactMap { string($0, what: "a note") }

        for item in sequence(top["actors"], what: "actors") {
            guard let fields = mapping(item, allowed: Self.actorKeys, what: "an actor") else { continue }
            let id = string(fields["id"], required: true, parent: item, key: "id") ?? ""
            let kind = string(fields["kind"]).map(NodeKind.init(rawValue:)) ?? .organisation
            if kind == .meeting { fail(fields["kind"], "an actor cannot have kind 'meeting'; list meetings under 'meetings'") }
            let node = Node(
                id: id, name: string(fields["name"]), kind: kind, region: string(fields["region"]),
                attributes: attributes(fields["attributes"]), source: string(fields["source"]))
            result.builder.add(node)
            result.nodePlaces.append(item)
        }

        var pendingEdges: [(Edge, DocumentNode)] = []
        for item in sequence(top["meetings"], what: "meetings") {
            guard let fields = mapping(item, allowed: Self.meetingKeys, what: "a meeting") else { continue }
            let id = string(fields["id"], required: true, parent: item, key: "id") ?? ""
            let details = Meeting(
                title: string(fields["title"]), type: string(fields["type"]), start: date(fields["start"]),
                end: date(fields["end"]), city: string(fields["city"]), country: string(fields["country"]),
                isVirtual: boolean(fields["virtual"]) ?? false, participantCount: integer(fields["participants"]),
                countryCount: integer(fields["countries"]))
            let node = Node(
                id: id, name: string(fields["name"]) ?? details.title ?? id, kind: .meeting,
                attributes: attributes(fields["attributes"]), meeting: details, source: string(fields["source"]))
            result.builder.add(node)
            result.nodePlaces.append(item)
            var roleLists: [(Relation, DocumentNode)] = []
            for relation in Relation.participation { if let list = fields[relation.rawValue] { roleLists.append((relation, list)) } }
            if let roles = fields["roles"] {
                if case .mapping(let pairs) = roles.value {
                    for pair in pairs { roleLists.append((Relation(rawValue: pair.key), pair.value)) }
                } else {
                    fail(roles, "expected a mapping of custom relation names to lists of actor ids")
                }
            }
            for (relation, list) in roleLists {
                for entry in sequence(list, what: "actor ids") {
                    var actor: String?
                    var source: String?
                    if case .mapping = entry.value {
                        if let entryFields = mapping(entry, allowed: Self.participantKeys, what: "a participant") {
                            actor = string(entryFields["id"], required: true, parent: entry, key: "id")
                            source = string(entryFields["source"])
                        }
                    } else {
                        actor = string(entry, what: "an actor id")
                    }
                    if let actor {
                        pendingEdges.append((Edge(from: actor, to: id, relation: relation, source: source), entry))
                    }
                }
            }
        }
        for (edge, place) in pendingEdges {
            result.builder.add(edge)
            // An edge's 'from' field is the list entry itself.
            result.edgePlaces.append(
                DocumentNode(value: .mapping([("from", nil, place), ("to", nil, place)]), line: place.line, column: place.column, path: place.path))
        }
        for item in sequence(top["ties"], what: "ties") {
            guard let fields = mapping(item, allowed: Self.tieKeys, what: "a tie") else { continue }
            let edge = Edge(
                from: string(fields["from"], required: true, parent: item, key: "from") ?? "",
                to: string(fields["to"], required: true, parent: item, key: "to") ?? "",
                relation: Relation(rawValue: string(fields["relation"], required: true, parent: item, key: "relation") ?? ""),
                start: date(fields["start"]), end: date(fields["end"]), source: string(fields["source"]))
            result.builder.add(edge)
            result.edgePlaces.append(item)
        }
        return result
    }
}

extension DocumentNode {
    var kindName: String {
        switch value {
        case .scalar: "text"
        case .mapping: "mapping"
        case .sequence: "list"
        case .null: "nothing"
        }
    }
}
