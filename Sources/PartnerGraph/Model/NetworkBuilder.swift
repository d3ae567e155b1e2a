/// Collects nodes and edges, then validates them into a ``Network``.
///
/// ```swift
/// var builder = NetworkBuilder(name: "Rabat Process")
/// builder.add(Node(id: "NGA", name: "Nigeria", kind: .country, region: "Africa"))
/// builder.add(Node(id: "abuja-2019", kind: .meeting, meeting: Meeting(start: PartialDate("2019-11-05"))))
/// builder.add(Edge(from: "NGA", to: "abuja-2019", relation: .hosts))
/// let network = try builder.build()
/// ```
/// `build()` reports every problem at once: an empty or duplicate id, an edge naming an unknown node,
/// an end before a start, a meeting at the origin of an edge, a participation relation that does not end at
/// a meeting or a tie relation that does, and a tie from an actor to itself.
public struct NetworkBuilder: Sendable {
    public var name: String
    public var source: String?
    public var notes: [String] = []
    /// Whether the network's edges are arcs (see ``Network/isDirected``).
    public var isDirected = false
    /// The declared types of free attributes (see ``Network/attributeTypes``).
    public var attributeTypes = AttributeTypes()
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []

    public init(name: String, source: String? = nil) {
        self.name = name
        self.source = source
    }

    /// Makes room for this many nodes and edges in all, so that adding them never copies what was added.
    /// - Complexity: O(nodes + edges) when the room grows.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        self.nodes.reserveCapacity(nodes)
        self.edges.reserveCapacity(edges)
    }

    /// Adds a node; returns its position, which problems about it will name.
    @discardableResult
    public mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// Adds an edge; returns its position, which problems about it will name.
    @discardableResult
    public mutating func add(_ edge: Edge) -> Int {
        edges.append(edge)
        return edges.count - 1
    }

    /// Validates what was added and returns the network.
    /// - Throws: ``NetworkError`` listing every problem.
    ///
    /// Ids are compared as Swift compares texts, after Unicode canonical equivalence: "Côte" with a precomposed ô
    /// (NFC) and with o and a combining circumflex (NFD) are one id. A node keeps the spelling it was given, and an
    /// edge that names it in the other spelling is given the node's, so that every writer's ends match its ids.
    /// - Complexity: O(n + m) on average.
    public func build() throws -> Network {
        var edges = self.edges
        var problems: [NetworkProblem] = []
        // Ids are quoted in messages up to a length, so that a hostile 100 MB id makes a short message.
        func shown(_ id: String) -> String { id.count <= 80 ? id : String(id.prefix(77)) + "..." }
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() {
            if node.id.isEmpty || node.id.allSatisfy(\.isWhitespace) {
                problems.append(.init(.emptyID, subject: .nodeNumber(position + 1), field: "id", message: "node \(position + 1) has an empty id"))
                continue
            }
            if let (scalar, offset) = Node.controlCharacter(in: node.id) {
                problems.append(
                    .init(
                        .invalidValue, subject: .nodeNumber(position + 1), field: "id",
                        message:
                            "node \(position + 1): an id may not hold a control character (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))) at character \(offset + 1)"
                    ))
                continue
            }
            if let first = index[node.id] {
                problems.append(
                    .init(
                        .duplicateID, subject: .nodeNumber(position + 1), field: "id",
                        message: "duplicate id '\(shown(node.id))': node \(position + 1) repeats node \(first + 1)"))
                continue
            }
            index[node.id] = position
            if let meeting = node.meeting, let start = meeting.start, let end = meeting.end, !start.mayPrecede(end) {
                problems.append(
                    .init(
                        .endBeforeStart, subject: .nodeNumber(position + 1), field: "end",
                        message: "meeting '\(shown(node.id))' ends (\(end)) before it starts (\(start))"))
            }
            if node.meeting != nil && !node.isMeeting {
                problems.append(
                    .init(
                        .wrongKind, subject: .nodeNumber(position + 1), field: "kind",
                        message: "node '\(shown(node.id))' has meeting details but kind '\(node.kind)'"))
            }
            for (field, count) in [("participants", node.meeting?.participantCount), ("countries", node.meeting?.countryCount)] {
                if let count, count < 0 {
                    problems.append(
                        .init(
                            .invalidValue, subject: .nodeNumber(position + 1), field: field,
                            message: "meeting '\(shown(node.id))' has a negative \(field) count (\(count))"))
                }
            }
        }
        for (position, edge) in edges.enumerated() {
            let label = "edge \(position + 1) (\(shown(edge.from)) -\(shown(edge.relation.rawValue))-> \(shown(edge.to)))"
            let from = index[edge.from]
            let to = index[edge.to]
            if from == nil {
                problems.append(
                    .init(.unknownNode, subject: .edgeNumber(position + 1), field: "from", message: "\(label): unknown node id '\(shown(edge.from))'"))
            }
            if to == nil {
                problems.append(
                    .init(.unknownNode, subject: .edgeNumber(position + 1), field: "to", message: "\(label): unknown node id '\(shown(edge.to))'"))
            }
            if let start = edge.start, let end = edge.end, !start.mayPrecede(end) {
                problems.append(
                    .init(.endBeforeStart, subject: .edgeNumber(position + 1), field: "end", message: "\(label) ends (\(end)) before it starts (\(start))"))
            }
            if let weight = edge.weight, !(weight.isFinite && weight > 0 && weight.isNormal) {
                problems.append(
                    .init(
                        .invalidValue, subject: .edgeNumber(position + 1), field: "weight",
                        message: "\(label): a weight must be a finite number > 0 (not subnormal), found \(weight)")
                )
            }
            guard let from, let to else { continue }
            let source = nodes[from]
            let target = nodes[to]
            if !edge.from.utf8.elementsEqual(source.id.utf8) { edges[position].from = source.id }
            if !edge.to.utf8.elementsEqual(target.id.utf8) { edges[position].to = target.id }
            if source.isMeeting {
                problems.append(
                    .init(
                        .wrongKind, subject: .edgeNumber(position + 1), field: "from",
                        message: "\(label): a meeting cannot \(edge.relation) anything; edges start at an actor"))
            } else if edge.relation.isParticipation && !target.isMeeting {
                problems.append(
                    .init(
                        .wrongKind, subject: .edgeNumber(position + 1), field: "to",
                        message: "\(label): '\(edge.relation)' links an actor to a meeting, but '\(shown(edge.to))' is a \(target.kind)"))
            } else if edge.relation.isTie && target.isMeeting {
                problems.append(
                    .init(
                        .wrongKind, subject: .edgeNumber(position + 1), field: "to",
                        message: "\(label): '\(edge.relation)' links two actors, but '\(shown(edge.to))' is a meeting"))
            } else if from == to {
                problems.append(
                    .init(.selfTie, subject: .edgeNumber(position + 1), field: "to", message: "\(label): an actor cannot be tied to itself"))
            }
        }
        if !problems.isEmpty { throw NetworkError(problems: problems) }
        return Network(
            validatedName: name, source: source, notes: notes, nodes: nodes, edges: edges, index: index, isDirected: isDirected,
            attributeTypes: attributeTypes)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
