/// The provenance sentence is called `provenance` here, since `source` names an edge's first end in these formats.
///
/// The flat, typed fields a node or edge carries in exchange formats (GraphML, GEXF, node-link JSON), and back.
///
/// Every field of the model has a fixed name; a node's free attributes keep their own names, prefixed with
/// `attribute.` only where one would clash with a fixed name. Reading maps the fields back, so a network
/// written and read again is equal to the original.
enum ExchangeFields {
    /// Gives each field its key id, `prefix` and its position (`d0`, `d1`...), and writes its declaration, in
    /// order, as `declaration(id, name, type)` spells it: GraphML's `<key>`s and GEXF's `<attribute>`s.
    /// - Returns: The key ids by field name.
    static func declareKeys(
        _ keys: [(String, FieldType)], prefix: String, into xml: inout TableBuffer, _ declaration: (String, String, FieldType) -> String
    ) -> [String: String] {
        var ids: [String: String] = [:]
        for (index, (name, type)) in keys.enumerated() {
            let id = "\(prefix)\(index)"
            ids[name] = id
            xml.write(declaration(id, name, type))
        }
        return ids
    }

    /// A field's type, as GraphML's `attr.type` names it.
    typealias FieldType = AttributeType

    /// Node fields, in the order files list them, with their types.
    static let nodeFields: [(String, FieldType)] = [
        ("label", .string), ("kind", .string), ("region", .string), ("title", .string), ("type", .string),
        ("start", .string), ("end", .string), ("city", .string), ("country", .string), ("virtual", .boolean),
        ("participants", .int), ("countries", .int), ("provenance", .string),
    ]
    static let edgeFields: [(String, FieldType)] = [("relation", .string), ("start", .string), ("end", .string), ("provenance", .string)]
    /// NetworkX's mark of a two-mode graph's node sets: 0 for actors, 1 for meetings (written for every network
    /// with meetings; read as the kind of a node whose `kind` is not given, and checked against it where it is).
    static let bipartite = "bipartite"
    static let reservedNodeNames = Set(nodeFields.map(\.0) + ["id", bipartite])
    /// Edge field names, with the names formats give an edge's ends and identity (kept out of its attributes).
    static let reservedEdgeNames = Set(edgeFields.map(\.0) + ["weight", "id", "source", "target", "key"])
    /// Meeting details: on a node that is not a meeting they are kept as attributes.
    static let meetingFields: Set<String> = ["title", "type", "start", "end", "city", "country", "virtual", "participants", "countries"]
    static let attributePrefix = "attribute."

    /// A field's value, typed.
    enum Value: Equatable {
        case string(String)
        case int(Int)
        case double(Double)
        case boolean(Bool)

        var text: String {
            switch self {
            case .string(let value): value
            case .int(let value): String(value)
            case .double(let value): String(value)
            case .boolean(let value): value ? "true" : "false"
            }
        }
    }

    /// How a network's fields are written: the types its free attributes keep, and whether it is two-mode.
    struct Layout {
        /// Each free attribute's type: the declared one (``Network/attributeTypes``) when every value of it is
        /// of that type, else string. Keyed by attribute name.
        var nodeTypes: [String: FieldType] = [:]
        var edgeTypes: [String: FieldType] = [:]
        /// Whether nodes carry `bipartite` (the network has meetings).
        var twoMode = false

        init() {}

        init(_ network: Network) {
            twoMode = network.nodes.contains(where: \.isMeeting)
            nodeTypes = Self.types(network.nodes.lazy.map(\.attributes), declared: network.attributeTypes.node)
            edgeTypes = Self.types(network.edges.lazy.map(\.attributes), declared: network.attributeTypes.edge)
        }

        private static func types(_ attributes: some Sequence<[String: String]>, declared: [String: FieldType]) -> [String: FieldType] {
            var types: [String: FieldType] = [:]
            for values in attributes {
                for (key, value) in values where types[key] != .string {
                    let type = types[key] ?? declared[key] ?? .string
                    types[key] = type.admits(value) ? type : .string
                }
            }
            return types
        }

        /// The fixed node fields, `bipartite` for a two-mode network, then one field per free attribute name, sorted.
        func nodeKeys() -> [(String, FieldType)] {
            nodeFields + (twoMode ? [(bipartite, .int)] : [])
                + nodeTypes.map { (attributeName($0.key), $0.value) }.sorted { $0.0 < $1.0 }
        }

        /// The fixed edge fields, `weight` when an edge has one, then one field per free edge attribute name.
        func edgeKeys(weighted: Bool) -> [(String, FieldType)] {
            edgeFields + (weighted ? [("weight", .double)] : []) + edgeTypes.map { (edgeAttributeName($0.key), $0.value) }.sorted { $0.0 < $1.0 }
        }

        /// A free attribute's value, typed as its key is.
        func value(_ text: String, _ type: FieldType?) -> Value {
            switch type ?? .string {
            case .string: .string(text)
            case .int: Int(text).map(Value.int) ?? .string(text)
            case .double: Double(text).map(Value.double) ?? .string(text)
            case .boolean: .boolean(["true", "1"].contains(text.lowercased()))
            }
        }
    }

    /// Throws unless `text` reads as a value of `type` (the type a GraphML key or a GEXF attribute declares): an
    /// integer for `.int`, a decimal number (not hexadecimal) for `.double`, `true`, `false`, `1` or `0` for
    /// `.boolean`. A value kept as text where its key promised a number would be written back under that type.
    static func checkValue(_ text: String, of type: FieldType, field: String, file: String, at place: (line: Int, column: Int)) throws {
        let fits: Bool
        switch type {
        case .string: fits = true
        case .int: fits = Int(text) != nil
        case .double: fits = Double(text) != nil && !text.contains(where: { $0 == "x" || $0 == "X" })
        case .boolean: fits = ["true", "false", "1", "0"].contains(text.lowercased())
        }
        guard !fits else { return }
        throw ReadError(
            .invalidValue, file: file, line: place.line, column: place.column, field: field,
            message: "'\(text.prefix(40))' is not a value of type \(type.rawValue), the type its key declares")
    }

    /// The type a GraphML `attr.type` or a GEXF attribute `type` names: integers (`int`, `long`, `integer`,
    /// `short`, `byte`), decimals (`float`, `double`, `bigdecimal`), `boolean`; anything else is a string.
    static func fieldType(named name: String) -> FieldType {
        switch name.lowercased() {
        case "int", "long", "integer", "short", "byte", "biginteger": .int
        case "float", "double", "bigdecimal": .double
        case "boolean": .boolean
        default: .string
        }
    }

    /// The fixed node fields, then one field per free attribute name found in the network, sorted.
    static func nodeKeys(of network: Network) -> [(String, FieldType)] { Layout(network).nodeKeys() }

    static func fields(of node: Node, layout: Layout = Layout()) -> [(String, Value)] {
        var fields: [(String, Value)] = [("label", .string(node.name)), ("kind", .string(node.kind.rawValue))]
        if let region = node.region { fields.append(("region", .string(region))) }
        if let meeting = node.meeting {
            if let title = meeting.title { fields.append(("title", .string(title))) }
            if let type = meeting.type { fields.append(("type", .string(type))) }
            if let start = meeting.start { fields.append(("start", .string(start.description))) }
            if let end = meeting.end { fields.append(("end", .string(end.description))) }
            if let city = meeting.city { fields.append(("city", .string(city))) }
            if let country = meeting.country { fields.append(("country", .string(country))) }
            fields.append(("virtual", .boolean(meeting.isVirtual)))
            if let count = meeting.participantCount { fields.append(("participants", .int(count))) }
            if let count = meeting.countryCount { fields.append(("countries", .int(count))) }
        }
        if let source = node.source { fields.append(("provenance", .string(source))) }
        if layout.twoMode { fields.append((bipartite, .int(node.isMeeting ? 1 : 0))) }
        for key in node.attributes.keys.sorted() {
            fields.append((attributeName(key), layout.value(node.attributes[key]!, layout.nodeTypes[key])))
        }
        return fields
    }

    static func fields(of edge: Edge, layout: Layout = Layout()) -> [(String, Value)] {
        var fields: [(String, Value)] = [("relation", .string(edge.relation.rawValue))]
        if let start = edge.start { fields.append(("start", .string(start.description))) }
        if let end = edge.end { fields.append(("end", .string(end.description))) }
        if let source = edge.source { fields.append(("provenance", .string(source))) }
        if let weight = edge.weight { fields.append(("weight", .double(weight))) }
        for key in edge.attributes.keys.sorted() {
            fields.append((edgeAttributeName(key), layout.value(edge.attributes[key]!, layout.edgeTypes[key])))
        }
        return fields
    }

    /// The fixed edge fields, `weight` when an edge has one, then one field per free edge attribute name.
    static func edgeKeys(of network: Network) -> [(String, FieldType)] {
        Layout(network).edgeKeys(weighted: network.edges.contains { $0.weight != nil })
    }

    static func attributeName(_ key: String) -> String {
        reservedNodeNames.contains(key) || key.hasPrefix(attributePrefix) ? attributePrefix + key : key
    }

    static func edgeAttributeName(_ key: String) -> String {
        reservedEdgeNames.contains(key) || key.hasPrefix(attributePrefix) ? attributePrefix + key : key
    }

    /// A free attribute's own name, from its name in a file.
    static func attributeKey(_ name: String) -> String {
        name.hasPrefix(attributePrefix) ? String(name.dropFirst(attributePrefix.count)) : name
    }

    /// Rebuilds a node from its id and text fields; problems are returned as messages naming the field.
    static func node(id: String, fields: [String: String]) throws(FieldError) -> Node {
        try checkControls(fields)
        var kind = NodeKind(rawValue: fields["kind"] ?? "organisation")
        if let mark = fields[bipartite] {
            // NetworkX writes the integer; GraphML and GEXF readers may see it as 1.0 or true where typed otherwise.
            let side: Bool
            switch mark.lowercased() {
            case "0", "0.0", "false": side = false
            case "1", "1.0", "true": side = true
            default: throw FieldError(code: .invalidValue, field: bipartite, message: "expected 0 (an actor) or 1 (a meeting), found '\(mark.prefix(40))'")
            }
            if fields["kind"] == nil {
                kind = side ? .meeting : .organisation
            } else if side != kind.isMeeting {
                throw FieldError(
                    code: .wrongKind, field: bipartite,
                    message: "bipartite \(side ? 1 : 0) marks \(side ? "a meeting" : "an actor"), but the node's kind is '\(kind.rawValue)'")
            }
        }
        var attributes: [String: String] = [:]
        for (key, value) in fields where !reservedNodeNames.contains(key) || (!kind.isMeeting && meetingFields.contains(key)) {
            attributes[attributeKey(key)] = value
        }
        var meeting: Meeting? = nil
        if kind.isMeeting {
            meeting = Meeting(
                title: fields["title"], type: fields["type"], start: try date(fields, "start"), end: try date(fields, "end"),
                city: fields["city"], country: fields["country"], isVirtual: try boolean(fields, "virtual"),
                participantCount: try count(fields, "participants"), countryCount: try count(fields, "countries"))
        }
        return Node(
            id: id, name: fields["label"] ?? id, kind: kind, region: fields["region"], attributes: attributes, meeting: meeting, source: fields["provenance"])
    }

    /// Rebuilds an edge: `weight` becomes its weight (checked), other fields not of the model its attributes.
    static func edge(from: String, to: String, fields: [String: String]) throws(FieldError) -> Edge {
        try checkControls(fields)
        var weight: Double? = nil
        if let text = fields["weight"], !text.isEmpty {
            do { weight = try ValueCheck.weight(text) } catch { throw FieldError(code: error.code, field: "weight", message: error.message) }
        }
        var attributes: [String: String] = [:]
        for (key, value) in fields where !reservedEdgeNames.contains(key) { attributes[attributeKey(key)] = value }
        return Edge(
            from: from, to: to, relation: Relation(rawValue: fields["relation"] ?? "collaborates"),
            start: try date(fields, "start"), end: try date(fields, "end"), source: fields["provenance"], weight: weight,
            attributes: attributes)
    }

    /// Refuses a value holding a control character (``ValueCheck/controlCharacter(inText:)``), naming its field.
    private static func checkControls(_ fields: [String: String]) throws(FieldError) {
        for (key, value) in fields {
            if let control = ValueCheck.controlCharacter(inText: value) {
                throw FieldError(code: .encoding, field: key, message: ValueCheck.textControlMessage(control))
            }
        }
    }

    struct FieldError: Error {
        var code: ReadError.Code
        var field: String
        var message: String
    }

    private static func date(_ fields: [String: String], _ key: String) throws(FieldError) -> PartialDate? {
        guard let text = fields[key], !text.isEmpty else { return nil }
        do { return try ValueCheck.date(text) } catch { throw FieldError(code: error.code, field: key, message: error.message) }
    }

    private static func boolean(_ fields: [String: String], _ key: String) throws(FieldError) -> Bool {
        guard let text = fields[key] else { return false }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0", "": return false
        default: throw FieldError(code: .invalidValue, field: key, message: "expected true or false, found '\(text.prefix(40))'")
        }
    }

    private static func count(_ fields: [String: String], _ key: String) throws(FieldError) -> Int? {
        guard let text = fields[key], !text.isEmpty else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw FieldError(code: .invalidValue, field: key, message: "expected a whole number >= 0, found '\(text.prefix(40))'")
        }
        return value
    }

    /// The network-level fields: name, source and notes (notes as one JSON array, since formats keep one value per key).
    static func graphFields(of network: Network) -> [(String, String)] {
        var fields = [("name", network.name)]
        if let source = network.source { fields.append(("source", source)) }
        if !network.notes.isEmpty { fields.append(("notes", JSONValue.array(network.notes.map(JSONValue.string)).serialized(indent: nil))) }
        return fields
    }

    /// Graph-level values other than name, source and notes, kept as notes (`year: 2020`), in key order: a
    /// network has no graph attributes, and dropping them would lose them silently.
    static func graphAttributeNotes(_ fields: [String: String]) -> [String] {
        fields.filter { !["name", "source", "notes"].contains($0.key) }.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    }

    static func notes(fromJSON text: String?) -> [String] {
        guard let text, let root = try? DocumentNode.parse(text: text, file: "", syntax: .json, limits: .default),
            case .sequence(let items) = root.value
        else { return [] }
        return items.compactMap { if case .scalar(let note, _) = $0.value { return note } else { return nil } }
    }
}

/// XML text for attribute values and element content, through the one markup escaper (``MarkupText``, in its
/// XML mode: `& < > " '` become entities, line ends and tabs character references so that attribute values
/// keep them, and the characters XML 1.0 cannot hold become U+FFFD).
enum XMLText {
    static func escaped(_ text: String) -> String { MarkupText.escape(text, lineBreaks: .xml) }

    /// Appends `text` escaped.
    /// - Complexity: O(length).
    @inline(__always)
    static func append(escaping text: String, to buffer: inout TableBuffer) {
        MarkupText.append(escaping: text, lineBreaks: .xml, to: &buffer.bytes)
    }

    /// One keyed value: `opening`, the key id (an XML name, written as it is), `middle`, the value escaped, `closing`.
    @inline(__always)
    static func append(
        _ opening: StaticString, key: String, _ middle: StaticString, value: String, _ closing: StaticString, to buffer: inout TableBuffer
    ) {
        buffer.append(contentsOf: opening)
        buffer.append(contentsOf: key.utf8)
        buffer.append(contentsOf: middle)
        append(escaping: value, to: &buffer)
        buffer.append(contentsOf: closing)
    }

}
