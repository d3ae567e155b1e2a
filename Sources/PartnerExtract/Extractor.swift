import PartnerGraph

/// What an extraction produced: the draft network and the facts behind it.
public struct Extraction: Sendable {
    /// The draft: every node and edge with its `source` (document and sentence); meetings a rule was unsure about
    /// carry a `review` attribute, and the network's notes list what else needs a person's eye.
    public var network: Network
    /// Every fact found, in reading order, with the rule that produced it; empty when the extractor was told not to
    /// keep them (``Extractor/keepsFacts``).
    public var facts: [ExtractedFact]
    /// Every page's candidate meetings with their features (``MeetingCandidate``), when the extractor was asked for them
    /// (``Extractor/collectsCandidates``); empty otherwise.
    public var candidates: [MeetingCandidate] = []
}

/// Turns announcement texts into a draft partnership network.
///
/// ```swift
/// let documents = try DocumentLoader().documents(at: "announcements/abuja.html")
/// let extraction = try Extractor().extract(documents)
/// print(extraction.network.meetings.count)
/// ```
/// Each document is read sentence by sentence (see the PartnerExtract catalog for the rules); meetings found in
/// several documents are merged by date, place and type; actors by id.
/// - Complexity: linear in the length of the texts, plus O(m²) in the number of meetings for merging.
public struct Extractor: Sendable {
    public var gazetteer: Gazetteer
    /// The name of the draft network.
    public var name: String
    /// Facts whose rule is less precise than this on the development pages (``RuleConfidence``) are left out of the
    /// draft; 0 keeps every fact.
    public var minimumConfidence: Double = 0
    /// Whether the facts behind the draft are kept for ``Extraction/facts`` (to explain, review or score them by
    /// rule). The draft does not depend on it; a caller that needs only the draft sets it to false, and a long text
    /// no longer holds its facts (about three times its size) beside the draft.
    public var keepsFacts = true
    /// Whether each page's candidate meetings are listed with their features (``Extraction/candidates``), for fitting a
    /// choice among them (`scripts/extract-candidates.py`). Costs a second reading of every page; the draft does not
    /// depend on it.
    public var collectsCandidates = false

    public init(gazetteer: Gazetteer = .builtIn, name: String = "Draft network extracted from texts") {
        self.gazetteer = gazetteer
        self.name = name
    }

    /// Extracts a draft network from documents, in order.
    /// - Throws: ``/PartnerGraph/NetworkError`` only if the draft is inconsistent, which would be a bug of the extractor.
    public func extract(_ documents: [Document]) throws -> Extraction {
        var documents = documents
        return try extract(releasing: &documents)
    }

    /// Extracts a draft network from documents, in order, emptying each document's `paragraphs` once it is read:
    /// a caller that needs the texts no more (and holds no other copy of the array) does not keep every text
    /// until the draft is assembled.
    /// - Throws: ``/PartnerGraph/NetworkError`` only if the draft is inconsistent, which would be a bug of the extractor.
    public func extract(releasing documents: inout [Document]) throws -> Extraction {
        var gazetteer = self.gazetteer
        var drafts: [MeetingDraft] = []
        var chairs: [ChairFact] = []
        var facts: [ExtractedFact] = []
        var learned: [String: Provenance] = [:]
        var ties: [(from: String, to: String, relation: Relation, provenance: Provenance, rule: String)] = []
        var notes: [String] = []
        var candidates: [MeetingCandidate] = []
        // The names a page teaches (an acronym, a dialogue missing from the curated list) are learned from every page
        // before any is read: a page then reads the same whichever pages come before it ("FJI chairs the PDD" on a page
        // read before the one that names the Platform on Disaster Displacement).
        for index in documents.indices where !documents[index].paragraphs.isEmpty {
            var teacher = DocumentReader(gazetteer: gazetteer, documentIndex: index, source: documents[index].source, keepsFacts: keepsFacts)
            gazetteer = Gazetteer()
            let paragraphs = documents[index].paragraphs
            teacher.learnNames(paragraphs) { SentenceSplitter.sentences(paragraphs[$0]) }
            gazetteer = teacher.gazetteer
            facts.appendTaking(&teacher.facts.kept)
            for (id, provenance) in teacher.learned where learned[id] == nil { learned[id] = provenance }
        }
        for index in documents.indices {
            if documents[index].paragraphs.isEmpty {
                notes.append("\(documents[index].source): no text found")
                continue
            }
            var reader = DocumentReader(gazetteer: gazetteer, documentIndex: index, source: documents[index].source, keepsFacts: keepsFacts)
            reader.learnsNames = false
            // The reader holds the only reference while it reads, so what it learns is added in place rather
            // than to a copy of the whole gazetteer per document.
            gazetteer = Gazetteer()
            // Loading a long text freed more than the text holds (the file's bytes, the JSON decoded), and reading it
            // frees its sentences: that memory goes back to the system before and after it is read.
            let isLong = documents[index].paragraphs.reduce(0) { $0 + $1.utf8.count } > reader.keptAnalysisBytes
            if isLong { FreeMemory.release() }
            let unread = collectsCandidates ? documents[index] : nil
            reader.read(releasing: &documents[index])
            if isLong { FreeMemory.release() }
            if let unread { candidates += MeetingCandidates.collect(unread, drafts: reader.drafts, gazetteer: reader.gazetteer) }
            gazetteer = reader.gazetteer
            // A draft's roles and the facts grew by appending (up to twice the room they need); they are kept to the end.
            for draft in reader.drafts.indices { reader.drafts[draft].roles = reader.drafts[draft].roles.trimmedToSize() }
            reader.facts.kept = reader.facts.kept.trimmedToSize()
            // The first document's lists are taken as they are rather than copied.
            drafts.appendTaking(&reader.drafts)
            chairs.appendTaking(&reader.chairs)
            facts.appendTaking(&reader.facts.kept)
            ties.appendTaking(&reader.ties)
            notes.appendTaking(&reader.notes)
            for (id, provenance) in reader.learned where learned[id] == nil { learned[id] = provenance }
        }
        var assembler = NetworkAssembler(gazetteer: gazetteer, name: name, source: documents.count == 1 ? documents[0].source : nil)
        assembler.notes = notes
        assembler.minimumConfidence = minimumConfidence
        let network = try assembler.assemble(drafts: &drafts, chairs: chairs, ties: ties, learned: learned, facts: &facts)
        // The assembler adds the facts of roles it infers; they are not kept either.
        if !keepsFacts { facts = [] }
        for index in facts.indices where Extractor.drafts(facts[index]) {
            facts[index].confidence = RuleConfidence.of(relation: facts[index].relation, rule: facts[index].rule)
        }
        return Extraction(network: network, facts: facts, candidates: candidates)
    }

    /// Whether a fact put something into the draft (a meeting, a role, a chairmanship), rather than being set aside.
    static func drafts(_ fact: ExtractedFact) -> Bool {
        let relations: Set<String> = ["meeting", "hosts", "coChairs", "attends", "organises", "observes", "presidency", "absent"]
        return relations.contains(fact.relation) && !fact.rule.contains("+negation") && !fact.rule.contains("+overruled")
            && !fact.rule.contains("+represented") && !fact.rule.contains("+planned") && !fact.rule.contains("+intended")
            && !fact.rule.contains("+weak") && !fact.rule.contains("+low") && !fact.subject.hasPrefix("(")
            && !fact.object.hasPrefix("(no meeting") && !fact.object.hasPrefix("(dialogue?)")
    }
}

extension Array {
    /// The same elements in a buffer of their size: appending leaves up to twice the room they need.
    /// - Complexity: O(n) when there is room to give back, O(1) otherwise.
    func trimmedToSize() -> [Element] {
        guard capacity > count + count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }

    /// Appends `other`'s elements and empties it; when this array is empty it takes `other`'s buffer instead of
    /// copying it.
    mutating func appendTaking(_ other: inout [Element]) {
        if isEmpty {
            swap(&self, &other)
        } else {
            append(contentsOf: other)
            other = []
        }
    }
}
