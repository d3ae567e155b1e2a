import PartnerGraph

/// Decides when two drafts describe one meeting, and joins them: the same date (or one date containing the other),
/// the same place (or one unknown), and types that may name one meeting.
enum MeetingMerger {
    /// Whether one date may stand for the other: equal, or the less precise one contains the more precise one.
    static func datesAgree(_ first: PartialDate?, _ second: PartialDate?) -> Bool {
        guard let first, let second else { return first == nil && second == nil }
        if first == second { return true }
        let (coarse, fine) = first.precision <= second.precision ? (first, second) : (second, first)
        guard coarse.year == fine.year else { return false }
        if let month = coarse.month { return fine.month == month && coarse.day == nil }
        return true
    }

    static func placesAgree(_ first: MeetingDraft, _ second: MeetingDraft) -> Bool {
        if let a = first.city, let b = second.city { return Tokenizer.fold(a) == Tokenizer.fold(b) }
        if let a = first.country, let b = second.country { return a == b }
        return true
    }

    /// Whether `second` may be the same meeting as `first`. Across documents the dates must both be known;
    /// a year alone merges only with the same place and type.
    static func mayMerge(_ first: MeetingDraft, _ second: MeetingDraft, sameDocument: Bool) -> Bool {
        guard MeetingTypes.compatible(first.type, second.type), placesAgree(first, second) else { return false }
        if first.start == nil || second.start == nil {
            // A headline ("Workshop on diaspora investment in Praia") and the dated meeting of its page.
            return sameDocument && first.city != nil && first.city == second.city
        }
        guard datesAgree(first.start, second.start) else { return false }
        if first.start!.precision == .year || second.start!.precision == .year {
            return first.city != nil && second.city != nil && first.type != nil && first.type == second.type
        }
        if first.isVirtual != second.isVirtual && (first.city == nil || second.city == nil) && !sameDocument { return false }
        return true
    }

    /// Adds what `other` knows to `draft`: the more precise date, the known place, the more specific type, roles.
    static func merge(_ other: MeetingDraft, into draft: inout MeetingDraft) {
        if let start = other.start, draft.start.map({ start.precision > $0.precision }) ?? true {
            draft.start = start
            if other.end != nil { draft.end = other.end }
        }
        if draft.end == nil, let end = other.end, draft.start.map({ $0 < end }) ?? true { draft.end = end }
        if let start = draft.start, let end = draft.end, !(start < end) { draft.end = nil }
        draft.city = draft.city ?? other.city
        draft.country = draft.country ?? other.country
        draft.type = MeetingTypes.preferred(draft.type, other.type)
        draft.title = draft.title ?? other.title
        draft.isVirtual = draft.isVirtual || other.isVirtual
        draft.participants = draft.participants ?? other.participants
        draft.countries = draft.countries ?? other.countries
        draft.roles += other.roles
        draft.reviews += other.reviews
        if draft.isHeader && !other.isHeader { draft.provenance = other.provenance }
    }

    /// A short description for `--explain`: type, date, place.
    static func describe(_ draft: MeetingDraft) -> String {
        [
            draft.type ?? "meeting", draft.start.map { "\($0)" + (draft.end.map { " to \($0)" } ?? "") }, draft.city ?? draft.country,
            draft.isVirtual ? "virtual" : nil,
        ]
        .compactMap { $0 }.joined(separator: ", ")
    }
}
