import PartnerGraph

/// Where a fact comes from: the document and the sentence.
///
/// Both are held in one string, the `source` text of the draft's nodes and edges (`document: sentence`): every edge a
/// sentence gives shares it, and a long text's sentences are not held a second time as sources.
public struct Provenance: Sendable, Hashable {
    /// The text written as a node's or edge's `source`: `document: sentence`.
    public private(set) var sourceText: String
    /// The length of `document` in UTF-8 bytes, where `sourceText` divides.
    private var documentLength: Int

    public init(document: String, sentence: String) {
        sourceText = "\(document): \(sentence)"
        documentLength = document.utf8.count
    }

    /// The document: its URL when known, else its file name.
    public var document: String {
        get { String(decoding: sourceText.utf8.prefix(documentLength), as: UTF8.self) }
        set { self = Provenance(document: newValue, sentence: sentence) }
    }

    /// The sentence, as the text gives it.
    public var sentence: String {
        get { String(decoding: sourceText.utf8.dropFirst(documentLength + 2), as: UTF8.self) }
        set { self = Provenance(document: document, sentence: newValue) }
    }
}

/// One fact the extractor established, with the rule that produced it; `partnet extract --explain` lists them.
public struct ExtractedFact: Sendable, Hashable {
    /// What the fact is about: an actor id, or a meeting id once meetings are named.
    public var subject: String
    /// `hosts`, `coChairs`, `attends`, `organises`, `presidency`, `meeting`, `learned`...
    public var relation: String
    public var object: String
    /// The rule that produced it, e.g. `hosted-by`, `handover-to`, `header-line`.
    public var rule: String
    public var provenance: Provenance
    /// Why a person should check it, when a rule was unsure or a fact was set aside.
    public var review: String?
    /// The precision of its rule on the development pages (``RuleConfidence``); nil for facts that draft nothing
    /// (names learned, facts set aside).
    public var confidence: Double?
}

/// The facts a document reader found, in reading order; or, when they are not kept, only their count and where the
/// last meeting set aside was: what reading a sentence asks of them.
///
/// A draft needs none of the facts: `partnet extract -o draft.yaml` alone does not keep them (a long text gives
/// about three times its size in facts), `--explain`, `--review`, `--by-rule` and `--differences` do.
struct FactList: Sendable, CustomStringConvertible {
    /// Whether the facts themselves are kept, or only counted.
    let keepsFacts: Bool
    /// The facts, in reading order (empty when they are not kept).
    var kept: [ExtractedFact] = []
    /// How many facts were appended, kept or not.
    private(set) var count = 0
    /// The position of the last fact that set a meeting aside (its subject a note in brackets: "(no meeting)").
    private var lastMeetingSetAside: Int?

    init(keepsFacts: Bool = true) {
        self.keepsFacts = keepsFacts
    }

    mutating func append(_ fact: ExtractedFact) {
        if fact.relation == "meeting" && fact.subject.hasPrefix("(") { lastMeetingSetAside = count }
        if keepsFacts { kept.append(fact) }
        count += 1
    }

    /// Whether a fact appended at `position` or later set a meeting aside.
    func setsMeetingAside(since position: Int) -> Bool {
        lastMeetingSetAside.map { $0 >= position } ?? false
    }

    var description: String { keepsFacts ? String(describing: kept) : "\(count) facts, not kept" }
}

/// An actor's role in a meeting, as found.
struct RoleFact: Sendable, Hashable {
    var actor: String
    var relation: Relation
    var rule: String
    var provenance: Provenance
    var review: String?
}

/// A meeting as found in one or more sentences, before meetings are merged and named.
struct MeetingDraft: Sendable {
    var type: String?
    var title: String?
    var start: PartialDate?
    var end: PartialDate?
    var city: String?
    var country: String?
    var isVirtual = false
    var participants: Int?
    var countries: Int?
    /// Opened by a header line ("Abuja, 5-6 November 2019, hosted by ..."), waiting for its body.
    var isHeader = false
    /// Announced in the future tense ("will take place"): a later announcement in the same text is no passing mention.
    var isPlanned = false
    /// The meeting's number in its series ("the 5th Ministerial Conference", "la cinquième conférence").
    var ordinal: Int?
    /// Dated from the page's own date ("starts Saturday"), not by a date written in the text.
    var isRelativeDate = false
    /// Its day is given ("on Wednesday", "yesterday") but neither the page nor the text pins it: the date is the page's
    /// month or year, or none. Such a draft is the meeting like it that its text or another page dates.
    var isUnpinnedDate = false
    /// The month and day an undated draft's text gives without a year ("ce vendredi 11 juillet"), to join it to the
    /// meeting another page dates on that day in its city (``MeetingMerger/joinUnpinnedDays(_:)``).
    var unpinnedDay: UnpinnedDay?
    /// Named by the page beside its own meeting without reporting evidence of its own (``DocumentReader/setAsidePassingMeetings()``):
    /// left out of the draft.
    var isPassing = false
    var roles: [RoleFact] = []
    var reviews: [String] = []
    var provenance: Provenance
    var rule: String
    /// Document and paragraph where the draft was opened.
    var document: Int
    var paragraph: Int
}

/// A statement about who held a dialogue's chairmanship (presidency), and when.
struct ChairFact: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case starts, ends, holds }
    var holder: String
    var dialogue: String?
    var kind: Kind
    var date: PartialDate?
    var rule: String
    var provenance: Provenance
    /// Said outright ("The current Chair is Eritrea"): recorded even when no date is known.
    var isStated = false
}
