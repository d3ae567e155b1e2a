import PartnerGraph

/// How a draft compares with a gold network: precision and recall per kind of fact, and the chair sequence.
///
/// Meetings are matched one to one: a draft meeting may match a gold meeting with the same start date and the same
/// place (the same city, its names and exonyms counted as one through the built-in gazetteer, else the same country;
/// a gold meeting without a place takes any). A gold meeting without a start date that names the pages it was read from
/// (`source` on the meeting or its edges) takes only a draft meeting read from one of those pages: date and place alone
/// would pair any two undated meetings in one city, whatever text they came from. Of all one-to-one
/// matchings the scorer takes one with the most pairs, then the most pairs of compatible types, then the most
/// role edges in common, so the score does not depend on the order of the meetings in either file. Edges are compared as
/// (actor, relation, matched meeting) triples, so an edge to an unmatched meeting counts against precision. Chair
/// edges are the `presidency` ties as (holder, dialogue) pairs; the chair sequence is the holders ordered by date.
/// Scores of several documents add up (``+(_:_:)``): micro-averaged precision and recall.
public struct ExtractionScore: Sendable, Hashable {
    /// Counts for one kind of fact.
    public struct Counts: Sendable, Hashable {
        public var matched = 0
        public var predicted = 0
        public var gold = 0

        public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
            self.matched = matched
            self.predicted = predicted
            self.gold = gold
        }

        /// matched / predicted; 1 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        /// matched / gold; 1 when the gold has none.
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(matched: lhs.matched + rhs.matched, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold)
        }
    }

    public var meetings = Counts()
    public var hosts = Counts()
    public var coChairs = Counts()
    public var attends = Counts()
    public var chairs = Counts()
    /// Organisations (any actor kind but country) present at a meeting, as (actor, meeting) pairs: present is any of
    /// hosts, coChairs, attends, organises or the custom `observes`.
    public var organisationsPresent = Counts()
    /// Countries present at a meeting, as (actor, meeting) pairs, present as for ``organisationsPresent``.
    public var countriesPresent = Counts()
    /// Pairs the gold marks with the custom relation `absent` (a participant the text denies) that the draft gives a
    /// presence relation: `matched` (and `predicted`) count those drafted as present (0 is right), `gold` the
    /// absences in the gold.
    public var absentDraftedPresent = Counts()
    /// Documents (or document sets) whose chair sequence equals the gold's, of those compared.
    public var chairSequencesExact = 0
    public var chairSequencesCompared = 0
    /// The holders in order, draft and gold, of the last comparison (for reports).
    public var draftChairSequence: [String] = []
    public var goldChairSequence: [String] = []

    public init() {}

    /// Whether every chair sequence compared is exact.
    public var chairSequenceExact: Bool { chairSequencesExact == chairSequencesCompared }

    /// Scores a draft against the gold network.
    /// - Complexity: O(k³) per start date shared by k meetings (an optimal assignment, the Hungarian method), plus O(e)
    ///   for e edges.
    public init(draft: Network, gold: Network) {
        let matchedGold = ExtractionScore.matchMeetings(draft: draft, gold: gold)
        let usedGold = Set(matchedGold.values)
        meetings = Counts(matched: usedGold.count, predicted: draft.meetings.count, gold: gold.meetings.count)
        func triples(_ network: Network, _ relation: Relation, mapping: [String: String]?) -> Set<String> {
            Set(
                network.edges.filter { $0.relation == relation && network[$0.to]?.isMeeting == true }.map { edge in
                    let meeting = mapping.map { $0[edge.to] ?? "unmatched:\(edge.to)" } ?? edge.to
                    return "\(edge.from)\u{1}\(meeting)"
                })
        }
        func counts(_ relation: Relation) -> Counts {
            let predicted = triples(draft, relation, mapping: matchedGold)
            let expected = triples(gold, relation, mapping: nil)
            return Counts(matched: predicted.intersection(expected).count, predicted: predicted.count, gold: expected.count)
        }
        hosts = counts(.hosts)
        coChairs = counts(.coChairs)
        attends = counts(.attends)
        // Presence pairs: (actor, meeting) with any presence relation, the actor's kind taken from the gold first.
        func presence(_ network: Network, mapping: [String: String]?) -> Set<String> {
            Set(
                network.edges.filter { ExtractionScore.presenceRelations.contains($0.relation) && network[$0.to]?.isMeeting == true }.map { edge in
                    let meeting = mapping.map { $0[edge.to] ?? "unmatched:\(edge.to)" } ?? edge.to
                    return "\(edge.from)\u{1}\(meeting)"
                })
        }
        func isCountry(_ pair: String) -> Bool {
            let actor = String(pair.prefix { $0 != "\u{1}" })
            return (gold[actor] ?? draft[actor])?.kind == .country
        }
        let draftPresent = presence(draft, mapping: matchedGold)
        let goldPresent = presence(gold, mapping: nil)
        func presentCounts(countries: Bool) -> Counts {
            let predicted = draftPresent.filter { isCountry($0) == countries }
            let expected = goldPresent.filter { isCountry($0) == countries }
            return Counts(matched: predicted.intersection(expected).count, predicted: predicted.count, gold: expected.count)
        }
        organisationsPresent = presentCounts(countries: false)
        countriesPresent = presentCounts(countries: true)
        let absent = triples(gold, ExtractionScore.absent, mapping: nil)
        let deniedButPresent = absent.intersection(draftPresent).count
        absentDraftedPresent = Counts(matched: deniedButPresent, predicted: deniedButPresent, gold: absent.count)
        let draftChairs = Set(draft.edges.filter { $0.relation == .presidency }.map { "\($0.from)\u{1}\($0.to)" })
        let goldChairs = Set(gold.edges.filter { $0.relation == .presidency }.map { "\($0.from)\u{1}\($0.to)" })
        chairs = Counts(matched: draftChairs.intersection(goldChairs).count, predicted: draftChairs.count, gold: goldChairs.count)
        draftChairSequence = ExtractionScore.chairSequence(draft)
        goldChairSequence = ExtractionScore.chairSequence(gold)
        chairSequencesCompared = 1
        chairSequencesExact = draftChairSequence == goldChairSequence ? 1 : 0
    }

    /// The relations that say an actor took part in a meeting.
    public static let presenceRelations: Set<Relation> = [.hosts, .coChairs, .attends, .organises, "observes"]
    /// The custom relation a gold file gives a participant the text says was not there.
    public static let absent: Relation = "absent"

    /// Co-chairs of meetings and chairs of the dialogue together (the issue's "co-chairs and chairs").
    public var coChairsAndChairs: Counts { coChairs + chairs }

    /// Draft meeting id -> gold meeting id: an optimal one-to-one matching, computed per start date.
    static func matchMeetings(draft: Network, gold: Network) -> [String: String] {
        let draftMeetings = draft.meetings.filter { $0.meeting != nil }
        let goldMeetings = gold.meetings.filter { $0.meeting != nil }
        func roles(_ network: Network) -> [String: Set<String>] {
            var roles: [String: Set<String>] = [:]
            for edge in network.edges where [.hosts, .coChairs, .attends].contains(edge.relation) {
                roles[edge.to, default: []].insert("\(edge.from)\u{1}\(edge.relation.rawValue)")
            }
            return roles
        }
        let draftRoles = roles(draft)
        let goldRoles = roles(gold)
        // The pages of undated gold meetings, and of the draft meetings that may pair with them.
        let goldPages = Dictionary(
            uniqueKeysWithValues: goldMeetings.filter { $0.meeting!.start == nil }.map { ($0.id, pages(ofMeeting: $0.id, in: gold)) })
        let draftPages =
            goldPages.values.contains { !$0.isEmpty }
            ? Dictionary(uniqueKeysWithValues: draftMeetings.filter { $0.meeting!.start == nil }.map { ($0.id, pages(ofMeeting: $0.id, in: draft)) })
            : [:]
        let goldByStart = Dictionary(grouping: goldMeetings.indices) { goldMeetings[$0].meeting!.start }
        let draftByStart = Dictionary(grouping: draftMeetings.indices) { draftMeetings[$0].meeting!.start }
        var matched: [String: String] = [:]
        for (start, goldIndices) in goldByStart {
            guard let draftIndices = draftByStart[start] else { continue }
            // A pair counts first (a million), then compatible types (ten thousand), then shared roles.
            let weights = goldIndices.map { goldIndex -> [Int] in
                let goldNode = goldMeetings[goldIndex]
                let goldMeeting = goldNode.meeting!
                return draftIndices.map { draftIndex in
                    let node = draftMeetings[draftIndex]
                    guard ExtractionScore.sameDateAndPlace(node.meeting!, goldMeeting, draft: draft, gold: gold) else { return 0 }
                    if let pages = goldPages[goldNode.id], !pages.isEmpty, pages.isDisjoint(with: draftPages[node.id] ?? []) { return 0 }
                    let compatible = MeetingTypes.compatible(node.meeting!.type.map(MeetingTypes.normalised), goldMeeting.type.map(MeetingTypes.normalised))
                    let shared = (draftRoles[node.id] ?? []).intersection(goldRoles[goldNode.id] ?? []).count
                    return 1_000_000 + (compatible ? 10_000 : 0) + min(shared, 9_999)
                }
            }
            for (row, column) in Assignment.maximumWeight(weights).enumerated() {
                if let column { matched[draftMeetings[draftIndices[column]].id] = goldMeetings[goldIndices[row]].id }
            }
        }
        return matched
    }

    /// How many of each rule's facts the gold holds, keyed by ``RuleConfidence/key(relation:rule:)``: a meeting fact
    /// is right when its meeting is matched, a role fact when the gold has the same actor and relation at the matched
    /// meeting, a chairmanship when the gold has a presidency tie of the same holder and dialogue. Facts that put
    /// nothing into the draft (denied, planned, set aside) are not counted, except roles inferred by a rule trusted too
    /// little to draft them (rule suffix `+low`), judged as if drafted. `gold` of each count is 0.
    /// - Complexity: as ``init(draft:gold:)``, plus O(f) for f facts.
    public static func byRule(facts: [ExtractedFact], draft: Network, gold: Network) -> [String: Counts] {
        var counts: [String: Counts] = [:]
        for (fact, right) in zip(facts, judge(facts: facts, draft: draft, gold: gold)) {
            guard let right else { continue }
            let key = RuleConfidence.key(relation: fact.relation, rule: fact.rule)
            counts[key, default: Counts()].predicted += 1
            if right { counts[key, default: Counts()].matched += 1 }
        }
        return counts
    }

    /// For each fact, whether the gold holds it (as ``byRule(facts:draft:gold:)`` counts it), or nil for a fact that put
    /// nothing into the draft.
    /// - Complexity: as ``init(draft:gold:)``, plus O(f) for f facts.
    public static func judge(facts: [ExtractedFact], draft: Network, gold: Network) -> [Bool?] {
        let matched = matchMeetings(draft: draft, gold: gold)
        var goldRoles: Set<String> = []
        for edge in gold.edges where gold[edge.to]?.isMeeting == true { goldRoles.insert("\(edge.from)\u{1}\(edge.relation.rawValue)\u{1}\(edge.to)") }
        let goldChairs = Set(gold.edges.filter { $0.relation == .presidency }.map { "\($0.from)\u{1}\($0.to)" })
        return facts.map { fact -> Bool? in
            // An inferred role set aside as low-confidence ("+low") is judged as if drafted: its rule stays measured.
            guard Extractor.drafts(fact) || fact.rule.contains("+low") else { return nil }
            switch fact.relation {
            case "meeting":
                guard draft[fact.subject]?.isMeeting == true else { return nil }
                return matched[fact.subject] != nil
            case "presidency":
                let dialogue = String(fact.object.prefix { $0 != " " })
                return goldChairs.contains("\(fact.subject)\u{1}\(dialogue)")
            default:
                guard draft[fact.object]?.isMeeting == true else { return nil }
                return matched[fact.object].map { goldRoles.contains("\(fact.subject)\u{1}\(fact.relation)\u{1}\($0)") } ?? false
            }
        }
    }

    /// The gold's facts the draft lacks: meetings no drafted meeting matches, roles (actor, relation, meeting) and
    /// chairmanships (holder, dialogue) the draft does not give, each with the gold's source.
    /// - Complexity: as ``init(draft:gold:)``.
    public static func missed(draft: Network, gold: Network) -> [(relation: String, actor: String, meeting: String, source: String?)] {
        let matched = matchMeetings(draft: draft, gold: gold)
        let usedGold = Set(matched.values)
        var drafted: Set<String> = []
        for edge in draft.edges where draft[edge.to]?.isMeeting == true {
            if let meeting = matched[edge.to] { drafted.insert("\(edge.from)\u{1}\(edge.relation.rawValue)\u{1}\(meeting)") }
        }
        let draftChairs = Set(draft.edges.filter { $0.relation == .presidency }.map { "\($0.from)\u{1}\($0.to)" })
        var rows: [(relation: String, actor: String, meeting: String, source: String?)] = []
        for node in gold.meetings where !usedGold.contains(node.id) { rows.append(("meeting", "", node.id, node.source)) }
        for edge in gold.edges {
            if edge.relation == .presidency {
                if !draftChairs.contains("\(edge.from)\u{1}\(edge.to)") { rows.append(("presidency", edge.from, edge.to, edge.source)) }
            } else if gold[edge.to]?.isMeeting == true, edge.relation != ExtractionScore.absent,
                !drafted.contains("\(edge.from)\u{1}\(edge.relation.rawValue)\u{1}\(edge.to)")
            {
                rows.append((edge.relation.rawValue, edge.from, edge.to, edge.source))
            }
        }
        return rows
    }

    /// The presidency holders in order: by start date, a tie that ends on a date before one that starts on it.
    public static func chairSequence(_ network: Network) -> [String] {
        let ties = network.edges.enumerated().filter { $0.element.relation == .presidency }
        let ordered = ties.sorted { a, b in
            let keyA = a.element.start ?? a.element.end
            let keyB = b.element.start ?? b.element.end
            switch (keyA, keyB) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, .some): return false
            case (.some, nil): return true
            default:
                let endsA = a.element.start == nil ? 0 : 1
                let endsB = b.element.start == nil ? 0 : 1
                return endsA != endsB ? endsA < endsB : a.offset < b.offset
            }
        }
        var sequence: [String] = []
        for tie in ordered where sequence.last != tie.element.from { sequence.append(tie.element.from) }
        return sequence
    }

    /// The pages a meeting was read from: the page of its own `source` and of its edges' (a draft writes a source as
    /// "page: the sentence", a gold file as the page alone), and the further pages a gold file names in the meeting's
    /// attribute `pages` (space-separated addresses: pages that report the meeting without a fact of their own).
    /// - Complexity: O(e) for e edges.
    static func pages(ofMeeting id: String, in network: Network) -> Set<String> {
        var sources = network.edges.filter { $0.to == id || $0.from == id }.compactMap(\.source)
        let node = network.nodes.first { $0.id == id }
        if let source = node?.source { sources.append(source) }
        sources += (node?.attributes["pages"] ?? "").split(separator: " ").map(String.init)
        return Set(sources.map(page(of:)))
    }

    /// The page of a source: the text before the first ": " (a URL keeps its "://"), or the whole source.
    static func page(of source: String) -> String {
        source.range(of: ": ").map { String(source[..<$0.lowerBound]) } ?? source
    }

    static func sameDateAndPlace(_ draft: Meeting, _ gold: Meeting, draft draftNetwork: Network, gold goldNetwork: Network) -> Bool {
        guard draft.start == gold.start else { return false }
        if let city = gold.city {
            return draft.city.map { canonicalCity($0) == canonicalCity(city) } ?? false
        }
        if let country = gold.country { return draft.country == country }
        return true
    }

    /// A city's folded name as the built-in gazetteer knows it, so that "Cracow", "Cracovie" and "Kraków" are one place
    /// (and, for a town it does not know, with hyphens as spaces).
    static func canonicalCity(_ name: String) -> String {
        let tokens = Tokenizer.tokens(name)
        if !tokens.isEmpty, let match = Gazetteer.builtIn.matcher.longestMatch(in: tokens, at: 0), match.length == tokens.count,
            case .city(let canonical, _) = match.value
        {
            return Tokenizer.fold(canonical)
        }
        // "Bogis-Bossey" and "Bogis Bossey": a town the gazetteer does not know, written with or without its hyphens.
        return Tokenizer.fold(name).replacingOccurrences(of: "-", with: " ")
    }

    /// Adds the counts of two scores (micro-averaging); the sequences shown are the right-hand side's.
    public static func + (lhs: ExtractionScore, rhs: ExtractionScore) -> ExtractionScore {
        var sum = ExtractionScore()
        sum.meetings = lhs.meetings + rhs.meetings
        sum.hosts = lhs.hosts + rhs.hosts
        sum.coChairs = lhs.coChairs + rhs.coChairs
        sum.attends = lhs.attends + rhs.attends
        sum.chairs = lhs.chairs + rhs.chairs
        sum.organisationsPresent = lhs.organisationsPresent + rhs.organisationsPresent
        sum.countriesPresent = lhs.countriesPresent + rhs.countriesPresent
        sum.absentDraftedPresent = lhs.absentDraftedPresent + rhs.absentDraftedPresent
        sum.chairSequencesExact = lhs.chairSequencesExact + rhs.chairSequencesExact
        sum.chairSequencesCompared = lhs.chairSequencesCompared + rhs.chairSequencesCompared
        sum.draftChairSequence = rhs.draftChairSequence
        sum.goldChairSequence = rhs.goldChairSequence
        return sum
    }

    /// A table a person can read: one line per kind of fact.
    public var table: String {
        func line(_ name: String, _ counts: Counts) -> String {
            let cells = [
                name, "\(counts.matched)", "\(counts.predicted)", "\(counts.gold)", format(counts.precision), format(counts.recall), format(counts.f1),
            ]
            return cells.enumerated().map {
                $0.offset == 0
                    ? $0.element.padding(toLength: 22, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, 10 - $0.element.count)) + $0.element
            }.joined()
        }
        var lines = [
            "fact".padding(toLength: 22, withPad: " ", startingAt: 0)
                + ["matched", "predicted", "gold", "precision", "recall", "F1"].map { String(repeating: " ", count: 10 - $0.count) + $0 }.joined()
        ]
        lines.append(line("meetings", meetings))
        lines.append(line("hosts", hosts))
        lines.append(line("coChairs", coChairs))
        lines.append(line("attends", attends))
        lines.append(line("chairs", chairs))
        lines.append(line("coChairs+chairs", coChairsAndChairs))
        lines.append(line("organisationsPresent", organisationsPresent))
        lines.append(line("countriesPresent", countriesPresent))
        lines.append("negated participants drafted as present: \(absentDraftedPresent.matched) of \(absentDraftedPresent.gold) absences")
        lines.append(
            "chair sequence: \(chairSequencesExact) of \(chairSequencesCompared) exact"
                + (chairSequencesCompared == 1
                    ? " (draft \(draftChairSequence.joined(separator: " > ")); gold \(goldChairSequence.joined(separator: " > ")))" : ""))
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        var text = String(rounded)
        while text.split(separator: ".").last.map({ $0.count < 3 }) ?? false { text += "0" }
        return text
    }
}
