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

    /// Whether a day falls within a meeting's days.
    static func within(_ day: PartialDate, _ meeting: MeetingDraft) -> Bool {
        guard day.precision == .day, let start = meeting.start, let end = meeting.end, start.precision == .day else { return false }
        return start <= day && day <= end
    }

    static func placesAgree(_ first: MeetingDraft, _ second: MeetingDraft) -> Bool {
        if let a = first.city, let b = second.city { return Tokenizer.fold(a) == Tokenizer.fold(b) }
        if let a = first.country, let b = second.country { return a == b }
        return true
    }

    /// Whether `second` may be the same meeting as `first`. Across documents the dates must both be known;
    /// a year alone merges only with the same place and type.
    static func mayMerge(_ first: MeetingDraft, _ second: MeetingDraft, sameDocument: Bool) -> Bool {
        // Dates first: they are the cheapest test and the one that fails most often.
        if let a = first.start, let b = second.start, !(datesAgree(a, b) || within(b, first) || within(a, second)) { return false }
        guard MeetingTypes.compatible(first.type, second.type), placesAgree(first, second) else { return false }
        if first.start == nil || second.start == nil {
            // A headline ("Workshop on diaspora investment in Praia") and the dated meeting of its page; across
            // documents, "the fifth Ministerial Conference in Marrakesh" and the dated 5th Ministerial Conference there.
            guard let city = first.city, let other = second.city, Tokenizer.fold(city) == Tokenizer.fold(other) else { return false }
            // "The G7 interior ministers gathered in Mirabella Eclano on Thursday", on a page without a date: the meeting
            // another page dates there.
            let unpinned = first.start == nil && first.isUnpinnedDate || second.start == nil && second.isUnpinnedDate
            return sameDocument || unpinned || (first.ordinal != nil && first.ordinal == second.ordinal)
        }
        // "Brussels, 14 December 2023" and "held in Brussels on 13-14 December 2023" are one meeting.
        guard datesAgree(first.start, second.start) || within(second.start!, first) || within(first.start!, second) else { return false }
        if first.start!.precision == .year || second.start!.precision == .year {
            return first.city != nil && second.city != nil && first.type != nil && first.type == second.type
        }
        if first.isVirtual != second.isVirtual && (first.city == nil || second.city == nil) && !sameDocument { return false }
        return true
    }

    /// Adds what `other` knows to `draft`: the more precise date (a report's days over another page's announcement), the
    /// known place, the more specific type, roles.
    static func merge(_ other: MeetingDraft, into draft: inout MeetingDraft) {
        // An announcement ("will take place from 24 to 28 June") and a later page's report of the meeting held ("met from
        // 25 to 27 June"): the days it was held are the report's (a report of one day may be one day of several).
        if draft.isPlanned, !other.isPlanned, draft.document != other.document, let start = other.start, start.precision == .day, other.end != nil {
            draft.start = start
            draft.end = other.end
            draft.isPlanned = false
        }
        if let start = other.start, draft.start.map({ start.precision > $0.precision }) ?? true {
            draft.start = start
            if other.end != nil { draft.end = other.end }
        }
        // A day within the other's range ("Brussels, 14 December 2023" and "13-14 December 2023") takes the range.
        if draft.end == nil, other.end != nil, let start = draft.start, within(start, other) {
            draft.start = other.start
            draft.end = other.end
        }
        if draft.end == nil, let end = other.end, draft.start.map({ $0 < end }) ?? true { draft.end = end }
        if let start = draft.start, let end = draft.end, !(start < end) { draft.end = nil }
        draft.city = draft.city ?? other.city
        draft.country = draft.country ?? other.country
        draft.type = MeetingTypes.preferred(draft.type, other.type)
        draft.title = draft.title ?? other.title
        draft.ordinal = draft.ordinal ?? other.ordinal
        draft.isVirtual = draft.isVirtual || other.isVirtual
        draft.isUnpinnedDate = draft.isUnpinnedDate && other.isUnpinnedDate
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
