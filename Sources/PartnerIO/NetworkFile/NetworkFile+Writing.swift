import Foundation

/// Writing: networks in the network-file schema, as YAML or JSON; reading the output back gives an equal network.
///
/// Keys come in the schema's order; participation edges are written under their meeting (an edge with its own
/// source or weight as `{id, source, weight}`), ties under `ties` with their weights and attributes, custom
/// participation relations under the meeting's `roles`; a directed network says `directed: true`.
///
/// The text is written as it is produced, through one buffered byte writer into an ``/PartnerFiles/OutputFile``: no document
/// tree and no whole-file `String` is built, so writing takes memory for one buffer (and an index of the
/// participation edges by meeting), whatever the size of the network.
/// ```swift
/// try OutputFile.write(to: "rabat.yaml") { try NetworkFile.write(network, format: .yaml, to: $0) }
/// ```
extension NetworkFile {
    /// Writes `network` to `file` (not committed: the caller commits, so that a failure leaves nothing behind).
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    /// - Complexity: O(n + m) time; memory for the buffer and the participation index.
    public static func write(_ network: Network, format: Format, to file: OutputFile) throws {
        let sink = ByteSink(file: file)
        try write(NetworkDocument(network: network), format: format, to: sink)
        try sink.flush()
    }

    /// Writes the network file of `edges.makeNetwork(name:)` (organisations linked by `collaborates` ties, with
    /// their weights) to `file`, byte for byte, without building the network: ids and edges are emitted from the
    /// list's own arrays. ``EdgeList/write(_:name:as:to:)`` calls it, after refusing what the network
    /// would refuse.
    /// - Complexity: O(n + m) time; memory for one buffer beside the list.
    static func write(_ edges: ParsedEdgeList, name: String, format: Format, to file: OutputFile) throws {
        let sink = ByteSink(file: file)
        try write(EdgeListDocument(edges: edges, name: name), format: format, to: sink)
        try sink.flush()
    }

    /// The network as network-file text (for small networks and tests; files are better written with
    /// ``write(_:format:to:)``).
    public static func string(for network: Network, format: Format) throws -> String {
        let sink = ByteSink(file: nil)
        try write(NetworkDocument(network: network), format: format, to: sink)
        return String(decoding: sink.buffer.bytes, as: UTF8.self)
    }

    /// Emits `document` through the emitter of `format` into `sink`, and ends it.
    private static func write<Document: EmittedDocument>(_ document: Document, format: Format, to sink: ByteSink) throws {
        switch format {
        case .json:
            var emitter = JSONTreeEmitter(sink: sink)
            try document.emit(into: &emitter)
            sink.buffer.append(UInt8(ascii: "\n"))
        case .yaml:
            var emitter = try YAMLTreeEmitter(sink: sink)
            try document.emit(into: &emitter)
            try emitter.finish()
        }
    }

    /// Emits the document: the same keys in the same order for both formats.
    static func document<Emitter: TreeEmitter>(for network: Network, into out: inout Emitter) throws {
        // Participation edges by meeting, then by relation in first-seen order, as edge positions.
        var participation: [String: [(relation: Relation, edges: [Int])]] = [:]
        var ties: [Int] = []
        for (position, edge) in network.edges.enumerated() {
            if network[edge.to]?.isMeeting == true {
                var lists = participation[edge.to, default: []]
                if let index = lists.firstIndex(where: { $0.relation == edge.relation }) {
                    lists[index].edges.append(position)
                } else {
                    lists.append((edge.relation, [position]))
                }
                participation[edge.to] = lists
            } else {
                ties.append(position)
            }
        }

        try head(name: network.name, source: network.source, notes: network.notes, isDirected: network.isDirected, into: &out)
        try out.key("actors")
        try out.beginSequence()
        for node in network.nodes where node.meeting == nil {
            try actor(id: node.id, name: node.name, kind: node.kind, region: node.region, attributes: node.attributes, source: node.source, into: &out)
        }
        try out.end()

        try out.key("meetings")
        try out.beginSequence()
        for node in network.nodes {
            guard let meeting = node.meeting else { continue }
            try out.beginMapping()
            try out.field("id", node.id)
            if node.name != (meeting.title ?? node.id) { try out.field("name", node.name) }
            if let title = meeting.title { try out.field("title", title) }
            if let type = meeting.type { try out.field("type", type) }
            if let start = meeting.start { try out.key("start"); try out.date(start.description) }
            if let end = meeting.end { try out.key("end"); try out.date(end.description) }
            if let city = meeting.city { try out.field("city", city) }
            if let country = meeting.country { try out.field("country", country) }
            if meeting.isVirtual { try out.key("virtual"); try out.boolean(true) }
            if let count = meeting.participantCount { try out.key("participants"); try out.integer(count) }
            if let count = meeting.countryCount { try out.key("countries"); try out.integer(count) }
            let lists = (participation[node.id] ?? []).sorted { a, b in
                let ia = Relation.participation.firstIndex(of: a.relation) ?? Int.max
                let ib = Relation.participation.firstIndex(of: b.relation) ?? Int.max
                return ia != ib ? ia < ib : a.relation < b.relation
            }
            // The schema's relations are keys of the meeting; custom ones sit under `roles`.
            var inRoles = false
            for list in lists {
                if !list.relation.isParticipation && !inRoles {
                    try out.key("roles")
                    try out.beginMapping()
                    inRoles = true
                }
                try out.key(list.relation.rawValue)
                try out.beginSequence()
                for position in list.edges {
                    let edge = network.edges[position]
                    if edge.source != nil || edge.weight != nil {
                        try out.beginMapping()
                        try out.field("id", edge.from)
                        if let source = edge.source { try out.field("source", source) }
                        if let weight = edge.weight { try out.key("weight"); try out.number(weight) }
                        try out.end()
                    } else {
                        try out.text(edge.from)
                    }
                }
                try out.end()
            }
            if inRoles { try out.end() }
            try attributes(node.attributes, into: &out)
            if let source = node.source { try out.field("source", source) }
            try out.end()
        }
        try out.end()

        try out.key("ties")
        try out.beginSequence()
        for position in ties { try tie(network.edges[position], into: &out) }
        try out.end()
        try out.end()
    }

    /// Emits the document of `edges.makeNetwork(name:)` from the list's arrays: organisations with their id as
    /// name, no meetings, one `collaborates` tie per edge with its weight.
    static func document<Emitter: TreeEmitter>(for edges: ParsedEdgeList, name: String, into out: inout Emitter) throws {
        try head(name: name, source: nil, notes: [], isDirected: false, into: &out)
        try out.key("actors")
        try out.beginSequence()
        for id in edges.nodeIDs {
            try actor(id: id, name: id, kind: .organisation, region: nil, attributes: [:], source: nil, into: &out)
        }
        try out.end()
        try out.key("meetings")
        try out.beginSequence()
        try out.end()
        try out.key("ties")
        try out.beginSequence()
        // One reused edge, its ends and weight replaced: the ids are shared with the list, never copied.
        var edge = Edge(from: "", to: "", relation: .collaborates)
        for index in edges.sources.indices {
            edge.from = edges.nodeIDs[Int(edges.sources[index])]
            edge.to = edges.nodeIDs[Int(edges.targets[index])]
            edge.weight = edges.weights?[index]
            try tie(edge, into: &out)
        }
        try out.end()
        try out.end()
    }

    /// Opens the document's mapping and emits its name, source, notes and direction.
    private static func head<Emitter: TreeEmitter>(
        name: String, source: String?, notes: [String], isDirected: Bool, into out: inout Emitter
    ) throws {
        try out.beginMapping()
        try out.key("name")
        try out.text(name)
        if let source { try out.field("source", source) }
        if !notes.isEmpty {
            try out.key("notes")
            try out.beginSequence()
            for note in notes { try out.text(note) }
            try out.end()
        }
        if isDirected {
            try out.key("directed")
            try out.boolean(true)
        }
    }

    /// Emits one item of `actors`.
    private static func actor<Emitter: TreeEmitter>(
        id: String, name: String, kind: NodeKind, region: String?, attributes values: [String: String], source: String?,
        into out: inout Emitter
    ) throws {
        try out.beginMapping()
        try out.field("id", id)
        try out.field("name", name)
        try out.field("kind", kind.rawValue)
        if let region { try out.field("region", region) }
        try attributes(values, into: &out)
        if let source { try out.field("source", source) }
        try out.end()
    }

    /// Emits one item of `ties`.
    private static func tie<Emitter: TreeEmitter>(_ edge: Edge, into out: inout Emitter) throws {
        try out.beginMapping()
        try out.field("from", edge.from)
        try out.field("to", edge.to)
        try out.field("relation", edge.relation.rawValue)
        if let start = edge.start { try out.key("start"); try out.date(start.description) }
        if let end = edge.end { try out.key("end"); try out.date(end.description) }
        if let source = edge.source { try out.field("source", source) }
        if let weight = edge.weight { try out.key("weight"); try out.number(weight) }
        try attributes(edge.attributes, into: &out)
        try out.end()
    }

    private static func attributes<Emitter: TreeEmitter>(_ values: [String: String], into out: inout Emitter) throws {
        guard !values.isEmpty else { return }
        try out.key("attributes")
        try out.beginMapping()
        for name in values.keys.sorted() { try out.field(name, values[name]!) }
        try out.end()
    }
}

/// A document the network-file writer emits, in either format.
protocol EmittedDocument {
    func emit<Emitter: TreeEmitter>(into out: inout Emitter) throws
}

/// A network, as ``NetworkFile`` writes it.
private struct NetworkDocument: EmittedDocument {
    let network: Network
    func emit<Emitter: TreeEmitter>(into out: inout Emitter) throws { try NetworkFile.document(for: network, into: &out) }
}

/// The network of an edge list, written from the list's arrays.
private struct EdgeListDocument: EmittedDocument {
    let edges: ParsedEdgeList
    let name: String
    func emit<Emitter: TreeEmitter>(into out: inout Emitter) throws { try NetworkFile.document(for: edges, name: name, into: &out) }
}

/// The output buffer of a writer: bytes collect in a ``TableBuffer`` and go to the file in blocks of about
/// 64 KB; without a file they all stay in the buffer (for ``NetworkFile/string(for:format:)``).
final class ByteSink {
    var buffer = TableBuffer(capacity: 1 << 16)
    let file: OutputFile?
    /// A failure inside a C callback, rethrown by the caller.
    var failure: (any Error)?

    init(file: OutputFile?) { self.file = file }

    /// Passes the buffer on once it holds a block.
    @inline(__always)
    func flushIfFull() throws {
        if file != nil && buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        guard let file, !buffer.bytes.isEmpty else { return }
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}

/// What a network-file document is made of; one implementation per format.
protocol TreeEmitter {
    mutating func beginMapping() throws
    mutating func beginSequence() throws
    /// Ends the innermost mapping or sequence.
    mutating func end() throws
    mutating func key(_ name: String) throws
    /// A text value: always read back as that text.
    mutating func text(_ value: String) throws
    /// A date of the schema (`2019`, `2019-11`, `2019-11-05`): plain in YAML, a string in JSON.
    mutating func date(_ value: String) throws
    mutating func integer(_ value: Int) throws
    /// A finite number, in its shortest form that reads back as the same `Double`.
    mutating func number(_ value: Double) throws
    mutating func boolean(_ value: Bool) throws
}

extension TreeEmitter {
    mutating func field(_ name: String, _ value: String) throws {
        try key(name)
        try text(value)
    }
}

/// JSON as ``JSONValue/serialized(indent:)`` writes it: two-space indentation, `[]` and `{}` when empty.
struct JSONTreeEmitter: TreeEmitter {
    let sink: ByteSink
    /// Each open collection: its closing bracket and the items written in it so far.
    private var open: [(closer: UInt8, count: Int)] = []
    private var afterKey = false

    init(sink: ByteSink) { self.sink = sink }

    /// Starts a value: a separator and indentation in a sequence, nothing after a key.
    private mutating func beginValue() throws {
        if afterKey {
            afterKey = false
            return
        }
        try newItem()
    }

    private mutating func newItem() throws {
        guard let last = open.last else { return }
        try sink.flushIfFull()
        if last.count > 0 { sink.buffer.append(UInt8(ascii: ",")) }
        sink.buffer.append(UInt8(ascii: "\n"))
        open[open.count - 1].count += 1
        indent(open.count)
    }

    private func indent(_ level: Int) {
        for _ in 0..<(2 * level) { sink.buffer.append(UInt8(ascii: " ")) }
    }

    mutating func beginMapping() throws {
        try beginValue()
        sink.buffer.append(UInt8(ascii: "{"))
        open.append((UInt8(ascii: "}"), 0))
    }

    mutating func beginSequence() throws {
        try beginValue()
        sink.buffer.append(UInt8(ascii: "["))
        open.append((UInt8(ascii: "]"), 0))
    }

    mutating func end() throws {
        guard let last = open.popLast() else { return }
        if last.count > 0 {
            sink.buffer.append(UInt8(ascii: "\n"))
            indent(open.count)
        }
        sink.buffer.append(last.closer)
    }

    mutating func key(_ name: String) throws {
        try newItem()
        TableEncoder.appendJSONString(name, to: &sink.buffer)
        sink.buffer.append(contentsOf: ": ")
        afterKey = true
    }

    mutating func text(_ value: String) throws {
        try beginValue()
        TableEncoder.appendJSONString(value, to: &sink.buffer)
    }

    mutating func date(_ value: String) throws { try text(value) }

    mutating func integer(_ value: Int) throws {
        try beginValue()
        sink.buffer.appendInteger(value)
    }

    mutating func boolean(_ value: Bool) throws {
        try beginValue()
        sink.buffer.append(contentsOf: value ? "true" : "false")
    }

    mutating func number(_ value: Double) throws {
        try beginValue()
        sink.buffer.appendJSONNumber(value)
    }
}
