import PartnerGraph

/// A fact of a network drafted by `partnet extract` that a person should check, with why and where it was read.
public struct ReviewItem: Sendable, Hashable {
    /// What the fact is about: a meeting's label ("Dakar 2016") or an actor's name; "network" for a note of the draft.
    public var subject: String
    /// The precision measured on the development pages for the rule that drafted it, when the draft gives one.
    public var confidence: Double?
    /// Why it should be checked, as the extraction wrote it.
    public var reason: String
    /// The document and sentence it was read from (`source`), empty when the draft gives none.
    public var source: String
}

extension ReportModel {
    /// The prefix of a draft's notes that ask for a check.
    static let reviewNotePrefix = "review: "

    /// The review queue of a drafted network: every meeting or actor with a `review` attribute or a `confidence`
    /// attribute below `DraftReview.threshold` (the default of `partnet extract --review-below`), and every note that starts with "review: ", the least certain first (no
    /// confidence counts as 1), then in the network's order. A network not drafted by `partnet extract` has none.
    /// - Complexity: O(n log n) for n nodes and notes.
    static func reviewItems(of network: Network) -> [ReviewItem] {
        var items: [ReviewItem] = []
        for node in network.nodes {
            let confidence = node.attributes["confidence"].flatMap(Double.init)
            let review = node.attributes["review"]
            let uncertain = confidence.map { $0 < DraftReview.threshold } ?? false
            guard review != nil || uncertain else { continue }
            let subject = node.isMeeting ? PageText.meetingLabel(node, id: node.id) : node.name
            let reason = review ?? "drafted by a rule right for \(PageText.decimal(confidence ?? 0)) of its facts on the development pages"
            items.append(ReviewItem(subject: subject, confidence: confidence, reason: reason, source: node.source ?? ""))
        }
        for note in network.notes where note.hasPrefix(reviewNotePrefix) {
            items.append(ReviewItem(subject: "network", confidence: nil, reason: String(note.dropFirst(reviewNotePrefix.count)), source: ""))
        }
        return items.enumerated().sorted { ($0.element.confidence ?? 1, $0.offset) < ($1.element.confidence ?? 1, $1.offset) }.map(\.element)
    }
}
