import PartnerGraph

extension Network {
    /// This network with a draft merged in, losing nothing already here (`partnet extract --into`).
    ///
    /// Actors are matched by id. A draft meeting is the same as one here when their dates agree (equal, or one
    /// contains the other), their places agree and their types may name one meeting; it then takes this network's
    /// id, and fills only fields this network leaves empty. Edges are added when no edge here has the same ends and
    /// relation. Notes are appended.
    /// - Throws: ``/PartnerGraph/NetworkError`` if the result is invalid (it cannot be when both inputs are valid networks).
    public func merging(draft: Network) throws -> Network {
        var nodes = self.nodes
        var position: [String: Int] = [:]
        for (index, node) in nodes.enumerated() { position[node.id] = index }
        var rename: [String: String] = [:]
        for node in draft.nodes {
            if let meeting = node.meeting {
                let match = nodes.indices.first { index in
                    guard let existing = nodes[index].meeting, rename.values.contains(nodes[index].id) == false else { return false }
                    return Network.sameMeeting(existing, meeting)
                }
                if let match {
                    rename[node.id] = nodes[match].id
                    var filled = nodes[match].meeting!
                    filled.title = filled.title ?? meeting.title
                    filled.type = filled.type ?? meeting.type
                    filled.end = filled.end ?? meeting.end.flatMap { end in filled.start.map { $0 < end } ?? true ? end : nil }
                    filled.city = filled.city ?? meeting.city
                    filled.country = filled.country ?? meeting.country
                    filled.participantCount = filled.participantCount ?? meeting.participantCount
                    filled.countryCount = filled.countryCount ?? meeting.countryCount
                    nodes[match].meeting = filled
                    nodes[match].source = nodes[match].source ?? node.source
                    continue
                }
                var id = node.id
                var suffix = 2
                while position[id] != nil { id = "\(node.id)-\(suffix)"; suffix += 1 }
                rename[node.id] = id
                var added = node
                added.id = id
                position[id] = nodes.count
                nodes.append(added)
            } else if position[node.id] == nil {
                position[node.id] = nodes.count
                nodes.append(node)
            }
        }
        var edges = self.edges
        var present = Set(edges.map { "\($0.from)\u{1}\($0.to)\u{1}\($0.relation.rawValue)" })
        for edge in draft.edges {
            var mapped = edge
            mapped.to = rename[edge.to] ?? edge.to
            let key = "\(mapped.from)\u{1}\(mapped.to)\u{1}\(mapped.relation.rawValue)"
            if present.insert(key).inserted { edges.append(mapped) }
        }
        return try Network(name: name, source: source, nodes: nodes, edges: edges, notes: notes + draft.notes.filter { !notes.contains($0) })
    }

    /// Whether two meetings are one: dates agree, places agree, types may name one meeting.
    static func sameMeeting(_ first: Meeting, _ second: Meeting) -> Bool {
        guard first.start != nil, second.start != nil, MeetingMerger.datesAgree(first.start, second.start),
            MeetingTypes.compatible(first.type.map(MeetingTypes.normalised), second.type.map(MeetingTypes.normalised))
        else { return false }
        if let a = first.city, let b = second.city { return Tokenizer.fold(a) == Tokenizer.fold(b) }
        if let a = first.country, let b = second.country { return a == b }
        return true
    }
}
