/// One actor-to-actor tie on a timeline: who, to whom, what, when, and where it was read.
public struct TimelineTie: Sendable, Equatable {
    /// The id of the actor the tie comes from (the chair, for a presidency).
    public var from: String
    /// The id of the actor it goes to (the dialogue chaired).
    public var to: String
    /// The tie's relation.
    public var relation: Relation
    /// Its dates, either end open.
    public var span: DateSpan
    /// The source of the tie, when known.
    public var source: String?
}

extension Network {
    /// The actor-to-actor ties in time order: "who chaired when" for `relation: .presidency`.
    ///
    /// A tie sorts by its start, or by its end when it has only an end; on the same date a tie known only to
    /// end then comes first (it started before); undated ties come last; other ties on the same date keep the
    /// file's order.
    /// ```swift
    /// for tie in network.tieTimeline(relation: "presidency") { print(tie.from, tie.span) }
    /// ```
    /// - Parameter relation: keep ties of this relation; nil for every tie.
    /// - Returns: the ties, earliest first.
    /// - Complexity: O(m log m).
    public func tieTimeline(relation: Relation? = nil) -> [TimelineTie] {
        let ties = self.ties.filter { relation == nil || $0.relation == relation }
        // A tie known only by its end started before that date: on the same date it comes first.
        func endsOnly(_ index: Int) -> Bool { ties[index].start == nil && ties[index].end != nil }
        let order = ties.indices.sorted { a, b in
            switch (ties[a].start ?? ties[a].end, ties[b].start ?? ties[b].end) {
            case (let x?, let y?):
                if x < y || y < x { return x < y }
                if endsOnly(a) != endsOnly(b) { return endsOnly(a) }
                return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        return order.map { index in
            let tie = ties[index]
            return TimelineTie(from: tie.from, to: tie.to, relation: tie.relation, span: tie.span, source: tie.source)
        }
    }
}
