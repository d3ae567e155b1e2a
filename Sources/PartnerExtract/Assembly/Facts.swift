import PartnerGraph

/// Where a fact comes from: the document and the sentence.
public struct Provenance: Sendable, Hashable {
    public var document: String
    public var sentence: String

    public init(document: String, sentence: String) {
        self.document = document
        self.sentence = sentence
    }

    /// The text written as a node's or edge's `source`: `document: sentence`.
    public var sourceText: String { "\(document): \(sentence)" }
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
