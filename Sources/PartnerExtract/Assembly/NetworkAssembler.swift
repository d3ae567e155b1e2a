import PartnerGraph

/// Turns drafts and chairmanship facts into a validated ``Network``: merges meetings, names them, keeps one edge
/// per actor, meeting and relation (the first source found), and dates the presidency ties.
struct NetworkAssembler {
    var gazetteer: Gazetteer
    var name: String
    var source: String?
    var notes: [String] = []
    /// Facts whose rule's confidence (``RuleConfidence``) is below this are left out, each with a note.
    var minimumConfidence = 0.0

    /// Merges the drafts into meetings and builds the network; `drafts` is emptied once merged, and each meeting's
    /// roles are let go once they are edges, so that the draft's texts and roles are not held beside its edges.
    mutating func assemble(
        drafts: inout [MeetingDraft], chairs: [ChairFact], ties: [(from: String, to: String, relation: Relation, provenance: Provenance, rule: String)],
        learned: [String: Provenance], facts: inout [ExtractedFact]
    ) throws -> Network {
        // Merge across documents, in reading order.
        var meetings: [MeetingDraft] = []
        var index = MeetingIndex()
        var target: [String: Int] = [:]
        var localIndex: [Int: Int] = [:]
        for position in drafts.indices {
            let draft = drafts[position]
            // The list lets go of the draft's roles: the meeting it opens or joins then holds the only reference,
            // so that joining appends in place rather than copying the roles a draft had.
            drafts[position].roles = []
            let local = localIndex[draft.document, default: 0]
            localIndex[draft.document] = local + 1
            let key = "#\(draft.document).\(local)"
            let confidence = RuleConfidence.of(relation: "meeting", rule: draft.rule)
            if confidence < minimumConfidence {
                notes.append(
                    "review: a meeting below the minimum confidence (\(draft.rule), \(NetworkAssembler.format(confidence))) was left out (\(draft.provenance.sourceText.prefix(160)))"
                )
                continue
            }
            if draft.isPassing {
                notes.append("review: a \(draft.type ?? "meeting") named in passing was left out (\(draft.provenance.sourceText.prefix(160)))")
                continue
            }
            if draft.start == nil && draft.city == nil && draft.country == nil && !draft.isVirtual {
                notes.append("review: a \(draft.type ?? "meeting") without date or place was left out (\(draft.provenance.sourceText.prefix(160)))")
                continue
            }
            // Only meetings of the same year and city (or without one) can merge: look those up, not all.
            let candidates: [Int]
            let year = draft.start?.year ?? -1
            if draft.start == nil {
                // "gathered in Livingstone on Thursday", on an undated page: a dated meeting of its city read later would take
                // it (``MeetingMerger/mayMerge(_:_:sameDocument:)``), so one read earlier is looked at too, and the merge does
                // not depend on which page is read first.
                let dayGiven = draft.isUnpinnedDate && draft.unpinnedDay?.day != nil
                candidates =
                    (index.byDocument[draft.document] ?? []) + (draft.ordinal != nil ? index.byOrdinal[draft.ordinal!] ?? [] : [])
                    + (dayGiven ? (draft.city.map { index.byCity[Tokenizer.fold($0)] ?? [] } ?? []).filter { meetings[$0].start != nil } : [])
            } else if let city = draft.city.map(Tokenizer.fold) {
                candidates =
                    (index.byYearCity[YearCity(year: year, city: city)] ?? []) + (index.byYearCity[YearCity(year: year, city: "")] ?? [])
                    + (index.byYearCity[YearCity(year: -1, city: city)] ?? [])
                    + (draft.ordinal != nil ? index.byOrdinal[draft.ordinal!] ?? [] : [])
            } else {
                candidates = (index.byYear[year] ?? []) + (index.byYear[-1] ?? [])
            }
            // A plain loop, not a closure over `meetings`: the closure made a copy of each candidate draft.
            var match: Int?
            for candidate in candidates.sorted()
            where MeetingMerger.mayMerge(meetings[candidate], draft, sameDocument: meetings[candidate].document == draft.document) {
                match = candidate
                break
            }
            if let found = match {
                MeetingMerger.merge(draft, into: &meetings[found])
                target[key] = found
                index.register(found, meetings[found])
            } else {
                meetings.append(draft)
                target[key] = meetings.count - 1
                index.register(meetings.count - 1, draft)
            }
        }
        // An undated meeting of one page that the same page dates: one meeting (``MeetingMerger/joinUndatedOfOnePage(_:documents:)``).
        var documents = [Set<Int>](repeating: [], count: meetings.count)
        for (key, position) in target { documents[position].insert(Int(key.dropFirst().prefix { $0 != "." })!) }
        let ofOnePage = MeetingMerger.joinUndatedOfOnePage(&meetings, documents: documents)
        if NetworkAssembler.dropJoined(ofOnePage, from: &meetings, target: &target) {
            documents = [Set<Int>](repeating: [], count: meetings.count)
            for (key, position) in target { documents[position].insert(Int(key.dropFirst().prefix { $0 != "." })!) }
        }
        // An undated mention of a meeting that its day and month tie to a dated one; two consecutive days of one meeting,
        // told by two pages.
        let undated = MeetingMerger.joinUnpinnedDays(&meetings)
        let consecutive = MeetingMerger.joinAcrossPages(&meetings, documents: documents)
        let joined = undated.indices.map { position in undated[position].map { consecutive[$0] ?? $0 } ?? consecutive[position] }
        NetworkAssembler.dropJoined(joined, from: &meetings, target: &target)
        drafts = []
        // The drafts merged into others are gone; their memory is given back before the edges are allocated.
        if meetings.count > 10_000 { FreeMemory.release() }
        var builder = NetworkBuilder(name: name, source: source)
        var usedActors: [String: Provenance] = [:]
        var actorOrder: [String] = []
        func use(_ id: String, _ provenance: Provenance) {
            if usedActors[id] == nil {
                usedActors[id] = provenance
                actorOrder.append(id)
            }
        }
        // A sentence that gives a meeting and its roles is one `source` text shared by their node and edges (its
        // provenance holds it), and edges of one confidence share one attribute table: a draft of many edges holds
        // each text once.
        var confidenceAttributes: [String: [String: String]] = [:]
        func confidenceAttribute(_ confidence: Double) -> [String: String] {
            let text = NetworkAssembler.format(confidence)
            if let attributes = confidenceAttributes[text] { return attributes }
            let attributes = ["confidence": text]
            confidenceAttributes[text] = attributes
            return attributes
        }
        var meetingIDs: [String] = []
        var taken: Set<String> = []
        // Edges go straight into the builder (its nodes and edges are separate lists: the actors, known only at the
        // end, still come first among the nodes), so that no second list of every edge is held.
        builder.reserveCapacity(nodes: 0, edges: meetings.reduce(meetings.count + chairs.count + ties.count) { $0 + $1.roles.count })
        var meetingNodes: [Node] = []
        meetingNodes.reserveCapacity(meetings.count)
        for position in meetings.indices {
            var meeting = meetings[position]
            // "The Ministry of Interior of Slovenia hosted the ministerial meeting at the congress centre": a meeting with
            // no place that one country hosts is held in that country (a country hosting abroad names the place).
            if meeting.city == nil, meeting.country == nil, !meeting.isVirtual {
                let hosts = Set(meeting.roles.filter { $0.relation == .hosts && gazetteer.actors[$0.actor]?.kind == .country }.map(\.actor))
                if hosts.count == 1, let host = hosts.first {
                    // ("Djibouti will host the conference": a country that is one city is that city too.)
                    meeting.city = DocumentReader.cityStates[host]
                    meeting.country = host
                    meeting.reviews.append("no place given: placed in the country that hosted it")
                }
            }
            // Its roles become edges below: the meeting's copy is let go as soon as this one is, and the memory of
            // many meetings' roles goes back to the system as the edges grow (a long text's roles are as large as its edges).
            meetings[position].roles = []
            if position % 8192 == 8191 { FreeMemory.release() }
            var id = MeetingNaming.id(for: meeting, countryName: meeting.country.flatMap { gazetteer.actors[$0]?.name })
            if taken.contains(id) {
                var suffix = 2
                while taken.contains("\(id)-\(suffix)") { suffix += 1 }
                id = "\(id)-\(suffix)"
            }
            taken.insert(id)
            meetingIDs.append(id)
            var attributes: [String: String] = ["confidence": NetworkAssembler.format(RuleConfidence.of(relation: "meeting", rule: meeting.rule))]
            var reviews = meeting.reviews
            var seen: Set<String> = []
            var roles = meeting.roles
            // "Co-organised by the Government of Morocco", "organisée par les Seychelles", for a meeting in that country:
            // a country that organises a meeting on its own soil hosts it, whichever sentence placed the meeting there.
            if let country = meeting.country, gazetteer.actors[country]?.kind == .country,
                let organiser = roles.first(where: { $0.actor == country && $0.relation == .organises }),
                !roles.contains(where: { $0.actor == country && $0.relation == .hosts })
            {
                let rule = "organiser-in-own-country"
                roles.append(RoleFact(actor: country, relation: .hosts, rule: rule, provenance: organiser.provenance, review: nil))
                facts.append(ExtractedFact(subject: country, relation: "hosts", object: id, rule: rule, provenance: organiser.provenance, review: nil))
            }
            // Hosts and chairs take part by their role: they are not repeated among the participants.
            let leading = Set(roles.filter { $0.relation == .hosts || $0.relation == .coChairs }.map(\.actor))
            roles.removeAll { ($0.relation == .attends || $0.relation == .observes) && leading.contains($0.actor) }
            for role in roles {
                let key = "\(role.actor)|\(role.relation.rawValue)"
                let confidence = RuleConfidence.of(relation: role.relation.rawValue, rule: role.rule)
                guard confidence >= minimumConfidence else { continue }
                guard seen.insert(key).inserted, gazetteer.actors[role.actor] != nil else { continue }
                use(role.actor, role.provenance)
                builder.add(
                    Edge(
                        from: role.actor, to: id, relation: role.relation, source: role.provenance.sourceText,
                        attributes: confidenceAttribute(confidence)))
                if let review = role.review { reviews.append("\(role.actor) \(role.relation): \(review)") }
            }
            if meeting.start == nil { reviews.append("no date found") }
            if meeting.city == nil && meeting.country == nil && !meeting.isVirtual { reviews.append("no place found") }
            if meeting.type == nil { reviews.append("type of meeting not stated") }
            if !reviews.isEmpty { attributes["review"] = Array(NSOrderedStrings(reviews)).joined(separator: "; ") }
            var country = meeting.country
            if let code = country, gazetteer.actors[code] != nil { use(code, meeting.provenance) } else { country = meeting.country }
            meetingNodes.append(
                Node(
                    id: id, name: meeting.title ?? id, kind: .meeting, attributes: attributes,
                    meeting: Meeting(
                        title: meeting.title, type: meeting.type, start: meeting.start, end: meeting.end, city: meeting.city, country: country,
                        isVirtual: meeting.isVirtual, participantCount: meeting.participants, countryCount: meeting.countries),
                    source: meeting.provenance.sourceText))
        }
        // Presidency ties: one per holder and dialogue, dated from handovers (or, lacking them, from a holder's mention).
        var chairOrder: [String] = []
        var byHolder: [String: [ChairFact]] = [:]
        for fact in chairs where RuleConfidence.of(relation: "presidency", rule: fact.rule) >= minimumConfidence {
            guard let dialogue = fact.dialogue, dialogue != fact.holder else {
                notes.append("review: chairmanship of \(fact.holder) without a dialogue to attach it to (\(fact.provenance.sourceText.prefix(160)))")
                continue
            }
            let key = "\(fact.holder)|\(dialogue)"
            if byHolder[key] == nil { chairOrder.append(key) }
            byHolder[key, default: []].append(fact)
        }
        for key in chairOrder {
            let facts = byHolder[key]!
            let holder = facts[0].holder
            let dialogue = facts[0].dialogue!
            let starts = facts.filter { $0.kind == .starts }.compactMap(\.date)
            let ends = facts.filter { $0.kind == .ends }.compactMap(\.date)
            let holds = facts.filter { $0.kind == .holds }.compactMap(\.date)
            // "The Swiss chairmanship will focus on ...": a holder named in passing, with no date anywhere, cannot be
            // placed in the sequence of chairs; a holder said outright ("The current Chair is Eritrea") or a change of
            // chair reported ("Burkina Faso takes the rotating presidency of the Council") is kept undated.
            if starts.isEmpty && ends.isEmpty && holds.isEmpty && !facts.contains(where: { $0.isStated || $0.kind != .holds }) {
                notes.append(
                    "review: \(holder) named as holding the chairmanship of \(dialogue) without any date; not recorded (\(facts[0].provenance.sourceText.prefix(160)))"
                )
                continue
            }
            var start = starts.min()
            let end = ends.max()
            if start == nil, let firstHeld = holds.min(), end.map({ firstHeld < $0 }) ?? true, ends.isEmpty { start = firstHeld }
            let evidence = facts.first { $0.kind != .holds } ?? facts[0]
            use(holder, evidence.provenance)
            use(dialogue, evidence.provenance)
            builder.add(
                Edge(
                    from: holder, to: dialogue, relation: .presidency, start: start, end: end.flatMap { e in start.map { $0.mayPrecede(e) } ?? true ? e : nil },
                    source: evidence.provenance.sourceText,
                    attributes: [
                        "confidence": NetworkAssembler.format(facts.map { RuleConfidence.of(relation: "presidency", rule: $0.rule) }.max()!)
                    ]))
            if start == nil && end == nil { notes.append("review: \(holder) presidency of \(dialogue): no date found") }
        }
        for tie in ties where gazetteer.actors[tie.from] != nil && gazetteer.actors[tie.to] != nil && tie.from != tie.to {
            use(tie.from, tie.provenance)
            use(tie.to, tie.provenance)
            builder.add(Edge(from: tie.from, to: tie.to, relation: tie.relation, source: tie.provenance.sourceText))
        }
        builder.reserveCapacity(nodes: actorOrder.count + meetingNodes.count, edges: builder.edges.count)
        for id in actorOrder {
            guard let actor = gazetteer.actors[id] else { continue }
            var attributes = actor.attributes
            if let provenance = learned[id], !gazetteer.isBuiltIn(id) {
                attributes["review"] = "learned from the text (\(provenance.document)): check its name and kind"
            }
            builder.add(Node(id: id, name: actor.name, kind: actor.kind, region: actor.region, attributes: attributes, source: usedActors[id]!.sourceText))
        }
        for node in meetingNodes { builder.add(node) }
        meetingNodes = []
        builder.notes = notes
        // Facts named meetings by reading position; name them by id now.
        for index in facts.indices {
            if let number = target[facts[index].object] { facts[index].object = meetingIDs[number] }
            if let number = target[facts[index].subject] { facts[index].subject = meetingIDs[number] }
        }
        return try builder.build()
    }
}

/// Removes repeated strings, keeping the first of each in order.
private func NSOrderedStrings(_ strings: [String]) -> [String] {
    var seen: Set<String> = []
    return strings.filter { seen.insert($0).inserted }
}

/// Meeting ids a person can read: place, date, type ("abuja-2019-11-05-technical-workshop").
enum MeetingNaming {
    static func id(for meeting: MeetingDraft, countryName: String?) -> String {
        let place = meeting.city ?? countryName ?? (meeting.isVirtual ? "virtual" : "unplaced")
        let date = meeting.start?.description ?? "undated"
        return [slug(place), date, slug(meeting.type ?? "meeting")].joined(separator: "-")
    }

    static func slug(_ text: String) -> String {
        var result = ""
        for character in Tokenizer.fold(text) {
            if character.isLetter || character.isNumber {
                if character.isASCII { result.append(character) }
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }
}

extension NetworkAssembler {
    /// Removes the meetings joined to others (`joined[position]` is where each went, `nil` for those that stay) and points
    /// the drafts' keys at the kept meetings' new positions. Returns whether any meeting was removed.
    @discardableResult
    static func dropJoined(_ joined: [Int?], from meetings: inout [MeetingDraft], target: inout [String: Int]) -> Bool {
        guard joined.contains(where: { $0 != nil }) else { return false }
        var kept: [Int] = []
        var newPosition = [Int](repeating: 0, count: meetings.count)
        for position in meetings.indices where joined[position] == nil {
            newPosition[position] = kept.count
            kept.append(position)
        }
        for (key, position) in target { target[key] = newPosition[joined[position] ?? position] }
        meetings = kept.map { meetings[$0] }
        return true
    }

    /// A confidence as written in the draft: two decimals.
    static func format(_ confidence: Double) -> String {
        let hundredths = Int((confidence * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

struct YearCity: Hashable {
    var year: Int
    var city: String
}

/// Merged meetings by year and city, by year, and by document: where a new draft looks for its meeting.
struct MeetingIndex {
    var byYearCity: [YearCity: [Int]] = [:]
    var byYear: [Int: [Int]] = [:]
    var byDocument: [Int: [Int]] = [:]
    var byOrdinal: [Int: [Int]] = [:]
    /// Every meeting of a city, dated or not.
    var byCity: [String: [Int]] = [:]

    mutating func register(_ position: Int, _ meeting: MeetingDraft) {
        if let city = meeting.city.map(Tokenizer.fold), byCity[city]?.last != position { byCity[city, default: []].append(position) }
        let year = meeting.start?.year ?? -1
        let key = YearCity(year: year, city: meeting.city.map(Tokenizer.fold) ?? "")
        if byYearCity[key]?.last != position { byYearCity[key, default: []].append(position) }
        if byYear[year]?.last != position { byYear[year, default: []].append(position) }
        if byDocument[meeting.document]?.last != position { byDocument[meeting.document, default: []].append(position) }
        if let ordinal = meeting.ordinal, byOrdinal[ordinal]?.last != position { byOrdinal[ordinal, default: []].append(position) }
    }

}
