/// Turns a network file's events into a network builder, collecting every schema problem with its place.
struct NetworkFileDecoder {
    let file: String
    var errors: [ReadError] = []

    struct Result {
        var builder: NetworkBuilder
        /// Where each added node / edge came from, by builder position.
        var nodePlaces: [ItemPlace]
        var edgePlaces: [ItemPlace]
    }

    init(file: String) { self.file = file }

    mutating func fail(_ node: DocumentNode?, _ message: String, code: ReadError.Code) {
        errors.append(
            ReadError(code, file: file, line: node?.line, column: node?.column, field: node?.path.isEmpty == false ? node?.path : nil, message: message))
    }

    // MARK: Typed accessors

    /// The fields of an item: its pairs, which the event reader has checked for repeated keys. Items have a
    /// handful of keys, so a lookup walks them (no hashing, no dictionary per item).
    struct Fields {
        var pairs: [(key: String, keyNode: DocumentNode?, value: DocumentNode)]

        subscript(key: String) -> DocumentNode? {
            for pair in pairs where pair.key == key { return pair.value }
            return nil
        }
    }

    mutating func mapping(_ node: DocumentNode, allowed: [String], what: String) -> Fields? {
        guard case .mapping(let pairs) = node.value else {
            fail(node, "expected \(what) (a mapping of keys to values)", code: .invalidValue)
            return nil
        }
        guard pairs.allSatisfy({ allowed.contains($0.key) }) else {
            for pair in pairs where !allowed.contains(pair.key) {
                fail(pair.keyNode, "unknown key '\(pair.key)'; expected one of \(allowed.sorted().joined(separator: ", "))", code: .unknownField)
            }
            return Fields(pairs: pairs.filter { allowed.contains($0.key) })
        }
        return Fields(pairs: pairs)
    }

    mutating func string(_ node: DocumentNode?, required: Bool = false, what: String = "a text", parent: DocumentNode? = nil, key: String = "") -> String? {
        guard let node else {
            if required { fail(parent, "missing required key '\(key)'", code: .missingField) }
            return nil
        }
        switch node.value {
        case .scalar(let text, _): return text
        case .null:
            if required { fail(node, "expected \(what), found nothing", code: .missingField) }
            return nil
        default:
            fail(node, "expected \(what), found a \(node.kindName)", code: .invalidValue)
            return nil
        }
    }

    mutating func integer(_ node: DocumentNode?) -> Int? {
        guard let text = string(node, what: "a whole number") else { return nil }
        guard let value = Int(text), value >= 0 else {
            fail(node, "expected a whole number >= 0, found '\(text.prefix(40))'", code: .invalidValue)
            return nil
        }
        return value
    }

    /// An edge's weight: a finite decimal number > 0.
    mutating func weight(_ node: DocumentNode?) -> Double? {
        guard let text = string(node, what: "a weight") else { return nil }
        do { return try ValueCheck.weight(text) } catch {
            fail(node, error.message, code: error.code)
            return nil
        }
    }

    mutating func boolean(_ node: DocumentNode?) -> Bool? {
        guard let text = string(node, what: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(node, "expected true or false, found '\(text.prefix(40))'", code: .invalidValue)
            return nil
        }
    }

    mutating func date(_ node: DocumentNode?) -> PartialDate? {
        guard let text = string(node, what: "a date") else { return nil }
        guard let date = PartialDate(text) else {
            fail(node, "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'", code: .invalidDate)
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
            fail(node, "expected a list of \(what), found a \(node.kindName)", code: .invalidValue)
            return []
        }
    }

    mutating func attributes(_ node: DocumentNode?) -> [String: String] {
        guard let node else { return [:] }
        guard case .mapping(let pairs) = node.value else {
            if case .null = node.value { return [:] }
            fail(node, "expected a mapping of attribute names to texts", code: .invalidValue)
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs { if let text = string(pair.value, what: "a text value") { result[pair.key] = text } }
        return result
    }

    // MARK: Schema

    static let topKeys: Set<String> = ["name", "source", "notes", "directed", "actors", "meetings", "ties"]
    static let actorKeys: [String] = ["id", "name", "kind", "region", "attributes", "source"]
    static let meetingKeys: [String] = [
        "id", "name", "title", "type", "start", "end", "city", "country", "virtual", "participants", "countries",
        "hosts", "coChairs", "attends", "organises", "roles", "attributes", "source",
    ]
    static let tieKeys: [String] = ["from", "to", "relation", "start", "end", "source", "weight", "attributes"]
    static let participantKeys: [String] = ["id", "source", "weight"]

    /// Reads the document from `events` item by item: each actor, meeting or tie becomes a small positioned
    /// tree, is decoded and dropped, so memory holds the network being built and one item at a time.
    /// - Throws: ``ReadError`` for what the event reader refuses (syntax, depth, aliases, duplicate keys);
    ///   schema problems are collected in ``errors``.
    mutating func decode(_ events: some DocumentEvents) throws -> Result {
        var result = Result(builder: NetworkBuilder(name: ""), nodePlaces: [], edgePlaces: [])
        let first = try events.peek()
        if first.kind == .documentEnd {
            throw ReadError(
                .unknownFormat, file: file, line: 1, column: 1, message: "is empty; expected a network (a mapping with name, actors, meetings, ties)")
        }
        guard first.kind == .mappingStart else {
            fail(
                DocumentNode(value: .null, line: first.line, column: first.column, path: ""), "expected a network (a mapping of keys to values)",
                code: .unknownFormat)
            try events.skipValue()
            try events.finish()
            return result
        }
        let root = DocumentNode(value: .null, line: first.line, column: first.column, path: "")
        var top: [String: DocumentNode] = [:]
        // Sections in the order the file has them; each appears once (a repeated key is refused).
        var sections: [String] = []
        _ = try events.next()
        while try events.peek().kind != .end {
            let key = try events.next()
            let keyNode = DocumentNode(value: .scalar(key.text, quoted: key.quoted), line: key.line, column: key.column, path: key.text)
            switch key.text {
            case "actors", "meetings", "ties":
                sections.append(key.text)
                let what = key.text
                try list(events, path: key.text, what: key.text) { decoder, item, index in
                    switch what {
                    case "actors": decoder.actor(item, index: index, into: &result)
                    case "meetings": decoder.meeting(item, index: index, into: &result)
                    default: decoder.tie(item, index: index, into: &result)
                    }
                }
            case _ where Self.topKeys.contains(key.text):
                top[key.text] = try events.readNode(path: key.text)
            default:
                fail(keyNode, "unknown key '\(key.text)'; expected one of \(Self.topKeys.sorted().joined(separator: ", "))", code: .unknownField)
                try events.skipValue()
            }
        }
        _ = try events.next()
        try events.finish()
        result.builder.name = string(top["name"], required: true, parent: root, key: "name") ?? ""
        result.builder.source = string(top["source"])
        result.builder.notes = sequence(top["notes"], what: "notes").compactMap { string($0, what: "a note") }
        result.builder.isDirected = boolean(top["directed"]) ?? false
        // Actors before meetings, participation before ties, whatever the order of the sections.
        if sections != Self.sectionOrder.filter(sections.contains) { result = Self.reordered(result) }
        return result
    }

    private static let sectionOrder = ["actors", "meetings", "ties"]

    /// `result` with actors before meetings and participation edges before ties, each in file order.
    private static func reordered(_ result: Result) -> Result {
        var ordered = Result(builder: NetworkBuilder(name: result.builder.name, source: result.builder.source), nodePlaces: [], edgePlaces: [])
        ordered.builder.notes = result.builder.notes
        ordered.builder.isDirected = result.builder.isDirected
        for wanted in [ItemPlace.Section.actors, .meetings] {
            for (node, place) in zip(result.builder.nodes, result.nodePlaces) where place.section == wanted {
                ordered.builder.add(node)
                ordered.nodePlaces.append(place)
            }
        }
        for wantsTies in [false, true] {
            for (edge, place) in zip(result.builder.edges, result.edgePlaces) where (place.section == .ties) == wantsTies {
                ordered.builder.add(edge)
                ordered.edgePlaces.append(place)
            }
        }
        return ordered
    }

    /// Streams a list of items, each read as a small tree; a missing list (null) is empty.
    private mutating func list(
        _ events: some DocumentEvents, path: String, what: String, _ item: (inout NetworkFileDecoder, DocumentNode, Int) -> Void
    ) throws {
        let first = try events.peek()
        if first.isNull { return _ = try events.next() }
        guard first.kind == .sequenceStart else {
            fail(
                DocumentNode(value: .null, line: first.line, column: first.column, path: path), "expected a list of \(what), found a \(first.kindName)",
                code: .invalidValue)
            return try events.skipValue()
        }
        _ = try events.next()
        var index = 0
        while try events.peek().kind != .end {
            item(&self, try events.readNode(parentPath: path, step: .index(index)), index)
            index += 1
        }
        _ = try events.next()
    }

    mutating func actor(_ item: DocumentNode, index: Int, into result: inout Result) {
        guard let fields = mapping(item, allowed: Self.actorKeys, what: "an actor") else { return }
        let id = string(fields["id"], required: true, parent: item, key: "id") ?? ""
        let kind = string(fields["kind"]).map(NodeKind.init(rawValue:)) ?? .organisation
        if kind == .meeting { fail(fields["kind"], "an actor cannot have kind 'meeting'; list meetings under 'meetings'", code: .wrongKind) }
        let node = Node(
            id: id, name: string(fields["name"]), kind: kind, region: string(fields["region"]),
            attributes: attributes(fields["attributes"]), source: string(fields["source"]))
        result.builder.add(node)
        result.nodePlaces.append(ItemPlace(.actors, index: index, item: item, fields: fields, slots: ItemPlace.nodeFields))
    }

    mutating func meeting(_ item: DocumentNode, index: Int, into result: inout Result) {
        guard let fields = mapping(item, allowed: Self.meetingKeys, what: "a meeting") else { return }
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
        result.nodePlaces.append(ItemPlace(.meetings, index: index, item: item, fields: fields, slots: ItemPlace.nodeFields))
        var roleLists: [(Relation, DocumentNode, inRoles: Bool)] = []
        for relation in Relation.participation { if let list = fields[relation.rawValue] { roleLists.append((relation, list, false)) } }
        if let roles = fields["roles"] {
            if case .mapping(let pairs) = roles.value {
                for pair in pairs { roleLists.append((Relation(rawValue: pair.key), pair.value, true)) }
            } else {
                fail(roles, "expected a mapping of custom relation names to lists of actor ids", code: .invalidValue)
            }
        }
        for (relation, list, inRoles) in roleLists {
            for (position, entry) in sequence(list, what: "actor ids").enumerated() {
                var actor: String?
                var source: String?
                var weight: Double?
                if case .mapping = entry.value {
                    if let entryFields = mapping(entry, allowed: Self.participantKeys, what: "a participant") {
                        actor = string(entryFields["id"], required: true, parent: entry, key: "id")
                        source = string(entryFields["source"])
                        weight = self.weight(entryFields["weight"])
                    }
                } else {
                    actor = string(entry, what: "an actor id")
                }
                if let actor {
                    result.builder.add(Edge(from: actor, to: id, relation: relation, source: source, weight: weight))
                    // Every field of a participation edge is the list entry itself.
                    result.edgePlaces.append(
                        ItemPlace(inRoles ? .roleEntry : .entry, index: index, entry: position, item: entry, fields: nil, slots: ItemPlace.edgeFields))
                }
            }
        }
    }

    mutating func tie(_ item: DocumentNode, index: Int, into result: inout Result) {
        guard let fields = mapping(item, allowed: Self.tieKeys, what: "a tie") else { return }
        let edge = Edge(
            from: string(fields["from"], required: true, parent: item, key: "from") ?? "",
            to: string(fields["to"], required: true, parent: item, key: "to") ?? "",
            relation: Relation(rawValue: string(fields["relation"], required: true, parent: item, key: "relation") ?? ""),
            start: date(fields["start"]), end: date(fields["end"]), source: string(fields["source"]), weight: weight(fields["weight"]),
            attributes: attributes(fields["attributes"]))
        result.builder.add(edge)
        result.edgePlaces.append(ItemPlace(.ties, index: index, item: item, fields: fields, slots: ItemPlace.edgeFields))
    }
}

/// Where a node or edge of a network file was, kept compactly for the builder's problems (which name a node or
/// edge and a field): the item's place, the places of the fields a problem can name, and what it takes to
/// spell the item's path (`meetings[3].hosts[0]`) when a problem needs it.
struct ItemPlace {
    enum Section: UInt8 {
        case actors, meetings, ties
        /// A participant of meeting `index`, in the list of its relation (`roleEntry`: under `roles`).
        case entry, roleEntry
    }

    struct Mark {
        var line: Int32 = 0
        var column: Int32 = 0
        init(_ node: DocumentNode?) {
            line = Int32(clamping: node?.line ?? 0)
            column = Int32(clamping: node?.column ?? 0)
        }
        var isKnown: Bool { line > 0 }
    }

    /// The fields a builder problem can name, by slot.
    static let nodeFields = ["id", "kind", "end", "participants", "countries"]
    static let edgeFields = ["from", "to", "end", "weight", "relation"]

    var section: Section
    var index: Int32
    var entry: Int32
    var item: Mark
    var fields: (Mark, Mark, Mark, Mark, Mark)

    init(
        _ section: Section, index: Int, entry: Int = 0, item: DocumentNode, fields: NetworkFileDecoder.Fields?, slots: [String]
    ) {
        self.section = section
        self.index = Int32(clamping: index)
        self.entry = Int32(clamping: entry)
        self.item = Mark(item)
        self.fields = (
            Mark(fields?[slots[0]]), Mark(fields?[slots[1]]), Mark(fields?[slots[2]]), Mark(fields?[slots[3]]), Mark(fields?[slots[4]])
        )
    }

    var line: Int? { item.isKnown ? Int(item.line) : nil }
    var column: Int? { item.isKnown ? Int(item.column) : nil }

    /// The item's path; a participation entry's relation comes from its edge.
    func path(relation: Relation?) -> String {
        switch section {
        case .actors: "actors[\(index)]"
        case .meetings: "meetings[\(index)]"
        case .ties: "ties[\(index)]"
        case .entry: "meetings[\(index)].\(relation?.rawValue ?? "")[\(entry)]"
        case .roleEntry: "meetings[\(index)].roles.\(relation?.rawValue ?? "")[\(entry)]"
        }
    }

    /// Line, column and path of `field` of this item, or of the item where the file has no such field.
    func place(of field: String?, relation: Relation?) -> (line: Int?, column: Int?, path: String) {
        let itemPath = path(relation: relation)
        guard section != .entry && section != .roleEntry, let field else { return (line, column, itemPath) }
        let slots = section == .ties ? Self.edgeFields : Self.nodeFields
        let marks = [fields.0, fields.1, fields.2, fields.3, fields.4]
        guard let slot = slots.firstIndex(of: field), marks[slot].isKnown else { return (line, column, itemPath) }
        return (Int(marks[slot].line), Int(marks[slot].column), "\(itemPath).\(field)")
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
