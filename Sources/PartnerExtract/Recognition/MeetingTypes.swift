/// Recognises the type of a meeting from the words used: "Senior Officials' Meeting", "technical workshop"...
enum MeetingTypes {
    struct Match: Sendable, Hashable {
        /// The canonical type written to the network file.
        var type: String
        /// Whether the words alone say the meeting was held online.
        var isVirtual: Bool
        /// Whether the words are too common to introduce a meeting without a day or a place beside them
        /// ("meeting", "steering committee").
        var isWeak: Bool
    }

    /// The type of words that look like a meeting's and name none ("press conference"): recognised so that their
    /// "conference" is not read as a meeting, then left out of a sentence's meeting words.
    static let notAMeeting = "(not a meeting)"

    /// Types that name one kind of meeting: two different ones on the same day and place are two meetings.
    static let specific: Set<String> = [
        "senior officials meeting", "steering committee meeting", "ministerial conference", "thematic meeting", "side event", "training",
    ]

    static let matcher: PhraseMatcher<Match> = {
        var matcher = PhraseMatcher<Match>()
        let table: [(String, [String])] = [
            (
                "senior officials meeting",
                [
                    "senior officials meeting", "senior official meeting", "senior officials' meeting", "meeting of senior officials",
                    // "convened for Steering Committee and Senior Officials Meetings respectively"
                    "senior officials meetings", "senior officials' meetings",
                    "réunion des hauts fonctionnaires", "reunion de hauts fonctionnaires",
                ]
            ),
            ("steering committee meeting", ["steering committee meeting", "meeting of the steering committee", "réunion du comité de pilotage"]),
            (
                "ministerial conference",
                [
                    "ministerial conference", "ministerial meeting", "conférence ministérielle", "euro-african ministerial conference",
                    "ministerial consultation", "consultation ministérielle", "ministerial consultative meeting", "ministerial-level meeting",
                ]
            ),
            ("thematic meeting", ["thematic meeting", "thematic workshop", "réunion thématique"]),
            ("technical workshop", ["technical workshop", "atelier technique"]),
            ("regional workshop", ["regional workshop", "atelier régional"]),
            ("technical meeting", ["technical meeting", "réunion technique"]),
            (
                "expert meeting",
                [
                    "expert meeting", "experts meeting", "experts' meeting", "expert group meeting", "réunion d'experts", "experts' session",
                    "experts session", "expert session", "session des experts", "segment des experts",
                ]
            ),
            // The sessions of a standing body: "the 4th Ordinary Session of the Specialised Technical Committee".
            ("session", ["ordinary session", "extraordinary session", "session ordinaire", "session extraordinaire", "annual session"]),
            // The Council of the EU meets in configurations named after their ministers: "the Justice and Home Affairs
            // Council on 22 September 2015".
            (
                "council meeting",
                [
                    "justice and home affairs council", "jha council", "home affairs council", "foreign affairs council", "general affairs council",
                    "conseil justice et affaires intérieures", "conseil jai", "conseil affaires étrangères", "conseil affaires générales",
                    // Any council that meets as a body: "the Council of Ministers of the Indian Ocean Commission", "la
                    // session du Conseil de l'OIM".
                    "council of ministers", "conseil des ministres", "ministerial council", "conseil ministériel", "council session",
                    "session du conseil", "council meeting", "réunion du conseil",
                ]
            ),
            ("training", ["training", "training session", "training workshop", "training course", "formation"]),
            ("side event", ["side event", "side-event", "événement parallèle"]),
            ("workshop", ["workshop", "atelier"]),
            ("conference", ["conference", "conférence"]),
            ("seminar", ["seminar", "séminaire"]),
            ("symposium", ["symposium", "colloquium", "colloque"]),
            ("high-level meeting", ["high-level meeting", "high level meeting"]),
            ("summit", ["summit", "sommet"]),
            ("round table", ["round table", "roundtable", "table ronde"]),
            (
                "consultation",
                ["consultation meeting", "regional consultation", "journées de concertation", "journées de concertations"]
            ),
            ("study visit", ["study visit", "field visit"]),
            ("preparatory meeting", ["preparatory meeting", "réunion préparatoire", "preparatory session"]),
            // A plenary is the whole body meeting; a session of a standing body is one of its meetings.
            ("session", ["plenary session", "plenary meeting", "séance plénière", "session plénière", "special session", "session spéciale"]),
            // A dialogue held as one event, not the standing dialogue a gazetteer names ("the Abu Dhabi Dialogue").
            (
                "meeting",
                [
                    "high-level dialogue", "high level dialogue", "ministerial dialogue", "dialogue de haut niveau", "dialogue ministériel",
                    "consultative meeting", "réunion consultative",
                ]
            ),
            ("conference", ["congress", "congrès", "assises"]),

            ("retreat", ["retreat"]),
            // A standing body's numbered sitting: "will hold its 41st session", "a tenu sa 132e session", "la dixième édition
            // de la commission mixte" (kept by ``namesNumberedSitting(_:in:)`` only after an ordinal).
            ("session", ["session", "edition", "édition"]),
            ("regional review", ["regional review", "examen régional", "regional review meeting"]),
        ]
        for (type, phrases) in table {
            for phrase in phrases { matcher.add(phrase, value: Match(type: type, isVirtual: false, isWeak: false), caseSensitive: false) }
        }
        matcher.add("SOM", value: Match(type: "senior officials meeting", isVirtual: false, isWeak: false))
        for phrase in ["virtual meeting", "online meeting", "videoconference", "video conference", "webinar", "réunion virtuelle"] {
            matcher.add(phrase, value: Match(type: phrase == "webinar" ? "webinar" : "virtual meeting", isVirtual: true, isWeak: false), caseSensitive: false)
        }
        for phrase in ["meeting", "réunion", "steering committee", "event", "gathering", "forum", "rencontre", "consultations", "dialogue"] {
            let type =
                phrase == "steering committee"
                ? "steering committee meeting" : phrase == "forum" ? "forum" : phrase == "consultations" ? "consultation" : "meeting"
            matcher.add(phrase, value: Match(type: type, isVirtual: false, isWeak: true), caseSensitive: false)
        }
        // A press conference or briefing announces or reports a meeting; it is none.
        // Nor is a visit, a call or an audience between two governments a meeting of the dialogue ("paid a working visit
        // to Dakar on 4 March", "held a telephone conversation", "une visite officielle à Niamey").
        for phrase in [
            "press conference", "press briefing", "news conference", "conférence de presse", "point de presse", "working visit", "official visit",
            "state visit", "courtesy visit", "telephone conversation", "telephone call", "phone call", "phone conversation", "visite de travail",
            "visite officielle", "visite d'État", "visite de courtoisie", "visite d'amitié", "entretien téléphonique", "conversation téléphonique",
            "appel téléphonique", "courtesy call", "audience",
        ] {
            matcher.add(phrase, value: Match(type: notAMeeting, isVirtual: false, isWeak: true), caseSensitive: false)
        }
        return matcher
    }()

    /// Whether the not-a-meeting words at `range` name a visit, a call or an audience (not a press conference).
    /// - Complexity: O(r) in the range.
    static func namesVisitOrCall(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        tokens[range].contains { visitOrCallWords.contains($0.key) }
    }

    private static let visitOrCallWords: Set<String> = ["visit", "visite", "call", "conversation", "audience", "appel", "entretien"]

    /// Whether the meeting words at `range` name no meeting of their own: a possessive ("the dialogue's member states",
    /// "the forum's chair"), or "dialogue" alone unless an indefinite article or an ordinal makes it one event ("a
    /// Constructive Dialogue on ...", "the third Constructive Dialogue", "un dialogue régional"): "the dialogue", "in
    /// dialogue with", "le Dialogue sur les migrations" name the process or the practice.
    /// - Complexity: O(1).
    static func isModifier(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let last = tokens[range.upperBound - 1]
        if last.length > last.text.utf8.count { return true }
        guard range.count == 1, last.key == "dialogue" else { return false }
        return !tokens[max(0, range.lowerBound - 3)..<range.lowerBound].contains {
            ["an", "un", "une"].contains($0.key) || $0.text == "a" || $0.text == "A" || DocumentReader.ordinalWords[$0.key] != nil
                || DocumentReader.isOrdinal($0)
        }
    }

    /// Whether the lone word "session" or "edition" at `range` names one sitting of a standing body: an ordinal just before
    /// it ("its 41st session", "sa 132e session", "la dixième édition"), no other meeting word in the six words after it
    /// ("the 5th session of the Conference" is the conference), and for an edition a body that sits after it ("la dixième
    /// édition de la Grande Commission mixte", not "the third edition of the report"). True for any other meeting word: the
    /// filter of ``SentenceAnalysis``'s meeting words, which drops only a lone "session" or "edition" that is no such sitting.
    /// - Complexity: O(1) (a window of a few words).
    static func namesNumberedSitting(_ range: Range<Int>, in tokens: [Token], otherWordStarts: Set<Int>) -> Bool {
        guard isSittingWord(range, in: tokens) else { return true }
        let before = tokens[max(0, range.lowerBound - 2)..<range.lowerBound]
        guard before.contains(where: { DocumentReader.ordinalWords[$0.key] != nil || DocumentReader.isOrdinal($0) }) else { return false }
        let after = range.upperBound..<min(tokens.count, range.upperBound + 6)
        if after.contains(where: { otherWordStarts.contains($0) }) { return false }
        return tokens[range.lowerBound].key == "session" || tokens[after].contains { sittingBodies.contains($0.key) }
    }

    /// Whether the meeting words at `range` are the lone "session" or "edition" of a numbered sitting.
    static func isSittingWord(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        range.count == 1 && sittingWords.contains(tokens[range.lowerBound].key)
    }

    private static let sittingWords: Set<String> = ["session", "edition"]
    private static let sittingBodies: Set<String> = [
        "commission", "committee", "comite", "council", "conseil", "assembly", "assemblee", "parliament", "parlement", "board",
    ]

    /// Whether two types may describe one meeting: equal, one unknown or generic, or the same head word
    /// ("workshop" and "regional workshop"), but never two different specific types.
    static func compatible(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second, first != second else { return true }
        if first == "meeting" || second == "meeting" { return true }
        // "forum" names the dialogue as often as the meeting ("the Global Forum ... will be held in October"): any
        // meeting of a forum but a specific one.
        if (first == "forum" || second == "forum") && !(specific.contains(first) || specific.contains(second)) { return true }
        if specific.contains(first) && specific.contains(second) { return false }
        if first == "side event" || second == "side event" || first == "training" || second == "training" { return false }
        return headWord(first) == headWord(second)
    }

    /// The last word of a type: "workshop" of "regional workshop".
    private static func headWord(_ type: String) -> Substring {
        type.utf8.lastIndex(of: UInt8(ascii: " ")).map { type[type.index(after: $0)...] } ?? type[...]
    }

    /// The more informative of two compatible types.
    static func preferred(_ first: String?, _ second: String?) -> String? {
        guard let first else { return second }
        guard let second else { return first }
        if first == "meeting" || first == "forum" { return second }
        if second == "meeting" || second == "forum" { return first }
        if specific.contains(first) != specific.contains(second) { return specific.contains(first) ? first : second }
        return second.split(separator: " ").count > first.split(separator: " ").count ? second : first
    }
}

extension MeetingTypes {
    /// The one of two incompatible types that a meeting both name keeps, whichever is read first: a specific type ("senior
    /// officials meeting" over "summit"), else the one of more words, else the first in alphabetical order.
    static func preferredInAnyOrder(_ first: String, _ second: String) -> String {
        func rank(_ type: String) -> (Int, Int) { (specific.contains(type) ? 0 : 1, -type.split(separator: " ").count) }
        let (a, b) = (rank(first), rank(second))
        return a < b || (a == b && first <= second) ? first : second
    }

    /// A type written by a person ("Senior Officials' Meeting", "SOM") in the form the extractor writes.
    static func normalised(_ type: String) -> String {
        let tokens = Tokenizer.tokens(type)
        if let match = matcher.longestMatch(in: tokens, at: 0), match.length == tokens.count { return match.value.type }
        return tokens.map(\.key).joined(separator: " ")
    }
}
