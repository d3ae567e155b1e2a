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

    /// Whether two drafts open on the same day in the same place (the same city, or the same country when neither names a
    /// city): one meeting whatever the words that name it ("the conference of the heads of state" and "its ordinary
    /// session" in Libreville on 6 May; "the summit" of one page and "the senior officials' meeting" of another, in one
    /// city on one day). Not two drafts numbered differently ("the 12th session" and "the 3rd meeting of experts"), nor a
    /// side event or a training beside the meeting of its day.
    static func onOneDayAndPlace(_ first: MeetingDraft, _ second: MeetingDraft) -> Bool {
        guard let start = first.start, start.precision == .day, start == second.start, first.isVirtual == second.isVirtual else { return false }
        if let a = first.ordinal, let b = second.ordinal, a != b { return false }
        for type in [first.type, second.type] where type == "side event" || type == "training" { return false }
        switch (first.city, second.city) {
        case (let a?, let b?): return Tokenizer.fold(a) == Tokenizer.fold(b)
        case (nil, nil): return first.country != nil && first.country == second.country
        default: return false
        }
    }

    /// Whether `second` may be the same meeting as `first`. Across documents the dates must both be known;
    /// a year alone merges only with the same place and type.
    static func mayMerge(_ first: MeetingDraft, _ second: MeetingDraft, sameDocument: Bool) -> Bool {
        // Dates first: they are the cheapest test and the one that fails most often.
        if let a = first.start, let b = second.start, !(datesAgree(a, b) || within(b, first) || within(a, second)) { return false }
        // "the 33rd Summit" and "the 41st Summit" are two meetings, whatever else they share (but "the 2nd Preparatory
        // Meeting for the 5th Ministerial Conference" numbers two series).
        if let a = first.ordinal, let b = second.ordinal, a != b, first.type != nil, first.type == second.type { return false }
        guard MeetingTypes.compatible(first.type, second.type) || onOneDayAndPlace(first, second), placesAgree(first, second) else { return false }
        if first.start == nil || second.start == nil {
            // A headline ("Workshop on diaspora investment in Praia") and the dated meeting of its page; across
            // documents, "the fifth Ministerial Conference in Marrakesh" and the dated 5th Ministerial Conference there.
            guard let city = first.city, let other = second.city, Tokenizer.fold(city) == Tokenizer.fold(other) else { return false }
            // "The G7 interior ministers gathered in Mirabella Eclano on Thursday": within a page, the meeting the page
            // dates there. Across documents the day and month must be given ("tenue ce mardi 14 mai à Cotonou"): a weekday
            // alone ("jeudi et vendredi à Rabat", on an undated page) fits a meeting of the city in any year, and joining on
            // it made the draft depend on which page was read first; a day that says nothing of its date ("met in Doha
            // yesterday") does not make two meetings of a city one either.
            // Nor does a day and month pin a meeting another page dates only to its year ("the Vienna Migration Conference
            // 2017" is not the one that "opened on 10 November" on an undated page).
            func pins(_ undated: MeetingDraft, _ other: MeetingDraft) -> Bool {
                undated.start == nil && undated.isUnpinnedDate
                    && (sameDocument || undated.unpinnedDay?.day != nil && other.start.map { $0.precision != .year } ?? true)
            }
            let unpinned = pins(first, second) || pins(second, first)
            // Two undated drafts of two pages ("On 10 November the conference opened" and "this year's conference", both in
            // Vienna): one meeting only when both give that day and month, or the same number; that one of them gives a
            // day says nothing of the other.
            if !sameDocument, first.start == nil, second.start == nil, !(first.ordinal != nil && first.ordinal == second.ordinal) {
                guard let a = first.unpinnedDay, let b = second.unpinnedDay, a.day != nil, a.month == b.month, a.day == b.day else { return false }
            }
            // "the Summit, which was held on Tuesday": not the meeting another page dates to a Saturday.
            if let day = first.unpinnedDay, first.start == nil, !dayFits(day, second) { return false }
            if let day = second.unpinnedDay, second.start == nil, !dayFits(day, first) { return false }
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
        // "du 22 au 26 janvier" on one page, "from 23 to 25 January" on another (both announcements, or both reports): the
        // days both give, the narrower range, whichever page is read first.
        if draft.isPlanned == other.isPlanned, let start = draft.start, let end = draft.end, let otherStart = other.start, let otherEnd = other.end,
            [start, end, otherStart, otherEnd].allSatisfy({ $0.precision == .day }), start <= otherStart, otherEnd <= end,
            start != otherStart || end != otherEnd, otherStart < otherEnd
        {
            draft.start = otherStart
            draft.end = otherEnd
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
        // Types that name different meetings meet here only on one day and place (``onOneDayAndPlace(_:_:)``): the choice
        // must not depend on which page is read first.
        draft.type =
            MeetingTypes.compatible(draft.type, other.type)
            ? MeetingTypes.preferred(draft.type, other.type) : MeetingTypes.preferredInAnyOrder(draft.type!, other.type!)
        draft.title = draft.title ?? other.title
        draft.ordinal = draft.ordinal ?? other.ordinal
        draft.isVirtual = draft.isVirtual || other.isVirtual
        draft.isUnpinnedDate = draft.isUnpinnedDate && other.isUnpinnedDate
        draft.unpinnedDay = draft.start == nil ? draft.unpinnedDay ?? other.unpinnedDay : nil
        draft.participants = draft.participants ?? other.participants
        draft.countries = draft.countries ?? other.countries
        draft.roles += other.roles
        draft.reviews += other.reviews
        if draft.isHeader && !other.isHeader { draft.provenance = other.provenance }
    }

    /// Joins meetings that the merge in reading order leaves apart though the pages tell they are one: two meetings of
    /// one city on consecutive single days, from different pages, with types that may name one meeting ("gathered on
    /// Thursday (Oct. 03)" on one page, "October 4, 2024" in another page's photo caption) are one meeting over those
    /// two days. Not when a page drafted both (that page tells them apart: "after yesterday's meeting, a new meeting
    /// took place today"), nor when another meeting of the city falls on either day. Each join is noted in the
    /// meeting's review. Returns, for each meeting, the position it was joined to (`nil` when it stays).
    ///
    /// Undated drafts are not joined to the meeting another page dates in their city: measured on the development
    /// pages, an undated mention there is as often another meeting (a visit, a partners' meeting in the same capital)
    /// as the dated one, and joining lost more meetings than it removed duplicates.
    /// - Parameters:
    ///   - meetings: the merged drafts, changed in place (a joined meeting's roles move to the one it joins).
    ///   - documents: for each meeting, the documents whose drafts it holds.
    /// - Complexity: O(m²) in the meetings of one city, O(m) to group them.
    static func joinAcrossPages(_ meetings: inout [MeetingDraft], documents: [Set<Int>]) -> [Int?] {
        var into = [Int?](repeating: nil, count: meetings.count)
        var byCity: [String: [Int]] = [:]
        for position in meetings.indices where !meetings[position].isVirtual && meetings[position].end == nil {
            if meetings[position].start?.precision == .day, let city = meetings[position].city { byCity[Tokenizer.fold(city), default: []].append(position) }
        }
        for days in byCity.values where days.count > 1 {
            for later in days where into[later] == nil {
                guard let before = dayBefore(meetings[later].start!) else { continue }
                let earlier = days.filter { meetings[$0].start == before }
                guard earlier.count == 1, let first = earlier.first, into[first] == nil,
                    !days.contains(where: { $0 != later && meetings[$0].start == meetings[later].start }),
                    documents[first].isDisjoint(with: documents[later]), MeetingTypes.compatible(meetings[first].type, meetings[later].type)
                else { continue }
                let end = meetings[later].start!
                merge(meetings[later], into: &meetings[first])
                meetings[first].end = end
                meetings[first].reviews.append("meetings on consecutive days on different pages were joined as one meeting of two days")
                meetings[later].roles = []
                into[later] = first
            }
        }
        return into
    }

    /// Joins an undated meeting that one page alone drafts to the one dated meeting that the same page also drafts, when
    /// the two may name one meeting: types that may name one meeting, and the same city (or the same number in their
    /// series, "the ongoing 11th AMMTC" under a dateline and "the opening of the 11th AMMTC held in Pasay City
    /// Wednesday"). A page reports one meeting unless it clearly reports more: its undated mention ("a workshop is being
    /// held in Abidjan") is the meeting it dates elsewhere ("organised from 7 to 9 December 2022 in Abidjan"), even when
    /// that dated mention joined another page's meeting first. Not when two dated meetings of the page fit. Each join is
    /// noted in the meeting's review.
    /// - Parameters:
    ///   - meetings: the merged drafts, changed in place (a joined meeting's roles move to the one it joins).
    ///   - documents: for each meeting, the documents whose drafts it holds.
    /// - Returns: for each meeting, the position it was joined to (`nil` when it stays).
    /// - Complexity: O(m · k) in the meetings and the meetings of one document.
    static func joinUndatedOfOnePage(_ meetings: inout [MeetingDraft], documents: [Set<Int>]) -> [Int?] {
        var into = [Int?](repeating: nil, count: meetings.count)
        var byDocument: [Int: [Int]] = [:]
        for position in meetings.indices where meetings[position].start != nil {
            for document in documents[position] { byDocument[document, default: []].append(position) }
        }
        for undated in meetings.indices where meetings[undated].start == nil && documents[undated].count == 1 {
            guard let document = documents[undated].first, let dated = byDocument[document] else { continue }
            let meeting = meetings[undated]
            let fitting = dated.filter { other in
                let candidate = meetings[other]
                guard MeetingTypes.compatible(meeting.type, candidate.type), meeting.isVirtual == candidate.isVirtual else { return false }
                if let a = meeting.ordinal, let b = candidate.ordinal { return a == b }
                guard let city = meeting.city, let other = candidate.city else { return false }
                return Tokenizer.fold(city) == Tokenizer.fold(other)
            }
            guard fitting.count == 1, let target = fitting.first else { continue }
            join(undated, into: target, &meetings, &into, review: "on a page that dates it")
        }
        return into
    }

    /// Merges the meeting at `position` into the one at `target`, notes it in the target's review (the mention's
    /// sentence, then `review`), moves its roles, and records the join in `into`.
    private static func join(_ position: Int, into target: Int, _ meetings: inout [MeetingDraft], _ into: inout [Int?], review: String) {
        let joined = meetings[position]
        merge(joined, into: &meetings[target])
        meetings[target].reviews.append("an undated mention of this meeting '\(joined.provenance.sentence.prefix(80))' was joined to it: \(review)")
        meetings[position].roles = []
        into[position] = target
    }

    /// Joins an undated meeting whose text gives its day and month without a year ("la session ..., tenue ce vendredi 11
    /// juillet à Lomé", on a page without a date) to the one meeting of its city that falls on that day ("à Lomé ce 11
    /// juillet 2025", on another page or the same one), or to the one undated meeting of the city that gives the same day
    /// and month: the place, the day and the month agree, and the weekday when one is written (11 July 2025 was a
    /// Friday). Types must be compatible, a session of a standing body being compatible with any meeting of it. Not
    /// when two meetings of the city fit: which one is meant is not known. Each join is noted in the meeting's review.
    ///
    /// An undated draft with a city alone is never joined (measured on the development pages, it is as often another
    /// meeting of the capital as the dated one): the day and month are what make the two one meeting.
    /// - Parameter meetings: the merged drafts, changed in place (a joined meeting's roles move to the one it joins).
    /// - Returns: for each meeting, the position it was joined to (`nil` when it stays).
    /// - Complexity: O(m²) in the meetings of one city, O(m) to group them.
    static func joinUnpinnedDays(_ meetings: inout [MeetingDraft]) -> [Int?] {
        var into = [Int?](repeating: nil, count: meetings.count)
        var byCity: [String: [Int]] = [:]
        for position in meetings.indices where !meetings[position].isVirtual {
            if let city = meetings[position].city { byCity[Tokenizer.fold(city), default: []].append(position) }
        }
        for positions in byCity.values where positions.count > 1 {
            for undated in positions where meetings[undated].start == nil && into[undated] == nil {
                guard let day = meetings[undated].unpinnedDay, let month = day.month, let dayOfMonth = day.day else { continue }
                let type = meetings[undated].type
                let fitting = positions.filter { other in
                    guard other != undated, into[other] == nil else { return false }
                    let otherType = meetings[other].type
                    guard MeetingTypes.compatible(type, otherType) || type == "session" || otherType == "session" else { return false }
                    guard let start = meetings[other].start else {
                        return meetings[other].unpinnedDay.map { $0.month == month && $0.day == dayOfMonth } ?? false
                    }
                    return start.precision == .day && dayFits(day, meetings[other])
                }
                guard fitting.count == 1, let target = fitting.first else { continue }
                join(undated, into: target, &meetings, &into, review: "same city, day and month")
            }
        }
        return into
    }

    /// Whether an unpinned day may be one of a meeting's days: any day from its start to its end (its start alone when
    /// it has no end) that ``UnpinnedDay/fits(_:)``. A meeting dated to its month only rules out a day of another month
    /// ("du 12 au 14 septembre" is not the meeting of May); one dated to its year or not at all rules out nothing.
    /// - Complexity: O(d) in the meeting's days, at most 31.
    static func dayFits(_ day: UnpinnedDay, _ meeting: MeetingDraft) -> Bool {
        guard var current = meeting.start else { return true }
        guard current.precision == .day else {
            guard let month = day.month, let first = current.month else { return true }
            let last = meeting.end.flatMap { $0.year == current.year ? $0.month : nil } ?? first
            return (first...max(first, last)).contains(month)
        }
        let last = meeting.end.flatMap { $0.precision == .day ? $0 : nil } ?? current
        for _ in 0..<31 {
            if day.fits(current) { return true }
            guard current < last, let next = dayAfter(current) else { return false }
            current = next
        }
        return false
    }

    /// The day after a day (a date of day precision; `nil` for a month or a year).
    static func dayAfter(_ date: PartialDate) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        if day < PartialDate.daysIn(month: month, year: date.year) { return PartialDate(year: date.year, month: month, day: day + 1) }
        return month == 12 ? PartialDate(year: date.year + 1, month: 1, day: 1) : PartialDate(year: date.year, month: month + 1, day: 1)
    }

    /// The day before a day (a date of day precision; `nil` for a month or a year).
    static func dayBefore(_ date: PartialDate) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        if day > 1 { return PartialDate(year: date.year, month: month, day: day - 1) }
        let (year, previous) = month == 1 ? (date.year - 1, 12) : (date.year, month - 1)
        return PartialDate(year: year, month: previous, day: PartialDate.daysIn(month: previous, year: year))
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
