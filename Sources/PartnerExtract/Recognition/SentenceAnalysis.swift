import PartnerGraph

/// One sentence with everything the recognisers found in it: actors and cities, dates, meeting words and role words.
struct SentenceAnalysis: Sendable {
    var text: String
    var tokens: [Token]
    var mentions: [Mention]
    var dates: [DateMention]
    var meetingWords: [(range: Range<Int>, match: MeetingTypes.Match)]
    var triggers: [(range: Range<Int>, trigger: RoleTrigger)]
    /// Where a dialogue's name starts a meeting's title: "the Khartoum Process Senior Officials' Meeting".
    var titleModifiers: Set<Int> = []
    /// A day the sentence gives that nothing dates ("on Wednesday", "yesterday", "du 5 au 7 décembre" on a page with no
    /// date of its own and no year near it): set by the reader, for a meeting drafted without its date.
    var unpinnedDay: Range<Int>?
    /// What ``unpinnedDay`` says: its month and day when the text writes them ("ce vendredi 11 juillet"), its weekday
    /// ("on Tuesday").
    var unpinnedMonthDay: UnpinnedDay?
    /// Every meeting word of the sentence sits in a clause that situates a meeting by another one ("Having considered the
    /// recommendations of the Meetings of the Committee held on 15-16 October, ..."): set by
    /// ``setAsideSituatingClauses()``.
    var situatesOnly = false

    init(_ text: String, gazetteer: Gazetteer) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        let allMeetingWords = MeetingTypes.matcher.matches(in: tokens)
        // "La Réunion des hauts fonctionnaires": a meeting's name longer than the place it starts with (the island of
        // Réunion) is the meeting.
        let found = gazetteer.mentions(in: tokens).filter { mention in
            !allMeetingWords.contains { $0.range.lowerBound == mention.range.lowerBound && $0.range.count > mention.range.count }
        }
        mentions = SentenceAnalysis.placesInContext(found, tokens: tokens, gazetteer: gazetteer)
        dates = DateRecognizer.dates(in: tokens)
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.range { covered[index] = true } }
        for date in dates { for index in date.range { covered[index] = true } }
        let words = tokens
        let wordStarts = Set(allMeetingWords.map(\.range.lowerBound))
        meetingWords = allMeetingWords.filter {
            !covered[$0.range.lowerBound] && $0.value.type != MeetingTypes.notAMeeting && !MeetingTypes.isModifier($0.range, in: words)
                && MeetingTypes.namesNumberedSitting($0.range, in: words, otherWordStarts: wordStarts)
        }
        .map { ($0.range, $0.value) }
        triggers = RoleTrigger.matcher.matches(in: tokens).filter { !covered[$0.range.lowerBound] }.map { ($0.range, $0.value) }
        let starts = Set(mentions.map(\.range.lowerBound))
        let meetingStarts = Set(meetingWords.map(\.range.lowerBound))
        titleModifiers = Set(
            mentions.compactMap { mention in
                guard let id = mention.actorID, gazetteer.actors[id]?.kind == "dialogue", mention.range.upperBound < tokens.count else { return nil }
                let next = mention.range.upperBound
                let named = meetingStarts.contains(next) || (tokens[next].kind == .word && tokens[next].isCapitalized && !starts.contains(next))
                return named ? mention.range.lowerBound : nil
            })
        // "the Community of Portuguese Speaking Countries", "French-speaking states", "les pays de langue portugaise": a
        // demonym that names a language names no country taking a role.
        for mention in mentions {
            guard let id = mention.actorID, gazetteer.actors[id]?.kind == .country else { continue }
            var after = mention.range.upperBound
            if after < tokens.count, tokens[after].key == "-" { after += 1 }
            let start = mention.range.lowerBound
            if after < tokens.count && SentenceAnalysis.languageWordsAfter.contains(tokens[after].key)
                || start > 0 && SentenceAnalysis.languageWordsBefore.contains(tokens[start - 1].key)
            {
                titleModifiers.insert(start)
            }
        }
    }

    /// Words after a demonym that make it a language's name: "Portuguese Speaking", "French-speaking", "Spanish language".
    static let languageWordsAfter: Set<String> = ["speaking", "language", "languages", "speakers"]
    /// Words before a demonym that make it a language's name: "de langue portugaise", "d'expression française".
    static let languageWordsBefore: Set<String> = ["langue", "langues", "expression"]

    /// Titles and honorifics before a person's name: "Ambassador Santiago Ruiz" names a person, not a city.
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "professor", "ambassador", "minister", "president", "h.e", "excellency", "sir", "madame", "monsieur",
        "m", "mme", "dame", "lord", "general", "gen", "colonel", "col", "captain", "judge", "senator", "deputy", "secretary", "commissioner",
        "ambassadeur", "ambassadrice", "ministre", "president", "presidente", "director", "directeur", "directrice", "chairman", "chairwoman",
    ]
    /// Capitalised nouns after which a city's name is part of a name: "the San José Declaration", "the Central American
    /// States", "the Khartoum Process".
    static let institutionWords: Set<String> = [
        "process", "declaration", "states", "agreement", "plan", "group", "dialogue", "initiative", "compact", "charter", "protocol",
        "convention", "commission", "committee", "union", "community", "pact", "consensus", "programme", "program", "action", "roadmap",
        "processus", "declaracion", "proceso", "strategy", "framework",
    ]
    /// Verbs of saying that follow a person's name.
    static let speechVerbs: Set<String> = [
        "said", "says", "stated", "noted", "explained", "added", "declared", "stressed", "underlined", "recalled", "told", "affirmed",
        "souligne", "declare", "explique", "ajoute", "rappele", "indique", "affirme",
    ]
    /// Capitalised words that make a demonym after them part of a region's name: "South American", "Latin American".
    /// Words that may begin a place's name written apart from it: "Greater Accra", "Metro Manila", "Old Delhi".
    static let placePrefixes: Set<String> = [
        "greater", "metro", "metropolitan", "old", "new", "upper", "lower", "saint", "st", "san", "santa", "sao", "port", "fort", "grand",
        "downtown", "city", "province", "region", "state", "district",
    ]
    static let regionWords: Set<String> = ["south", "north", "central", "latin", "ibero", "pan", "sub-saharan", "west", "east", "southern", "northern"]
    /// Words after which a name is where something is: "in Cracow", "at Laxenburg", "à Niamey", "au Caire".
    static let placeWords: Set<String> = ["in", "at", "a", "au", "en", "to", "from", "near", "location", "venue", "lieu", "place", "city", "town", "ville"]

    /// The city mentions a reader may trust: not a person's name ("Ambassador Santiago Ruiz", "Santiago Ruiz said"), and a
    /// small city only where the text puts a place: after "in", "at", "à", "au"..., opening the sentence, or before
    /// ", COUNTRY" or ", en COUNTRY".
    static func placesInContext(_ mentions: [Mention], tokens: [Token], gazetteer: Gazetteer) -> [Mention] {
        mentions.enumerated().compactMap { index, mention in
            // "the South American Conference", "Latin American countries", "the Indian Ocean": a demonym inside a
            // region's name names no country.
            if mention.city == nil, mention.range.count == 1, let id = mention.actorID, gazetteer.actors[id]?.kind == .country {
                let start = mention.range.lowerBound
                let end = mention.range.upperBound
                if start > 0, tokens[start - 1].isCapitalized, regionWords.contains(tokens[start - 1].key) { return nil }
                // "the Ibero-American leaders", "Latin-American states": the same joined by a hyphen.
                if start > 1, tokens[start - 1].key == "-", tokens[start - 2].isCapitalized, regionWords.contains(tokens[start - 2].key) { return nil }
                if end < tokens.count, ["ocean", "continent", "hemisphere"].contains(tokens[end].key) { return nil }
            }
            guard let city = mention.city else { return mention }
            let start = mention.range.lowerBound
            let end = mention.range.upperBound
            // "au Caire", "au Cap", "aux Cayes": a French city name without its article is that city only after the article
            // contracted with "à", and not as the start of a longer name ("au Cap Skirring", "au Cap Bon").
            if gazetteer.contractedForms.contains(tokens[mention.range].map(\.key).joined(separator: " ")) {
                let contracted = start > 0 && ["au", "aux"].contains(tokens[start - 1].key)
                let longer = end < tokens.count && (tokens[end].key == "-" || tokens[end].kind == .word && tokens[end].isCapitalized)
                return contracted && !longer ? mention : nil
            }
            // "à la Havane", "à la Haye": a city's French name with its article in lower case only after "à" ("Fernández de
            // la Vega" is a surname, "Río de la Plata" a river).
            if ["la", "le", "les"].contains(tokens[start].key), !tokens[start].isCapitalized,
                start == 0 || !["a", "depuis", "vers"].contains(tokens[start - 1].key)
            {
                return nil
            }
            if start > 0, personTitles.contains(tokens[start - 1].key) { return nil }
            // "Attorney General Merrick Garland, and other officials": a city's name after a first name (a capitalised word
            // no gazetteer knows, inside the sentence, not a word that begins a place's name) and before no capitalised word
            // is a surname.
            if start >= 2, mention.range.count == 1, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                !tokens[start - 1].isAcronym, !placeWords.contains(tokens[start - 1].key), !placePrefixes.contains(tokens[start - 1].key),
                !regionWords.contains(tokens[start - 1].key),
                // (A first name may itself be a town's: "Merrick".)
                !mentions.contains(where: { $0.range.contains(start - 1) && ($0.city == nil || $0.range.count > 1) }),
                MeetingTypes.matcher.longestMatch(in: tokens, at: start - 1) == nil,
                end == tokens.count || !tokens[end].isCapitalized
            {
                return nil
            }
            // "José Eduardo dos Santos", "Ursula von der Leyen": a city's name after a surname's lower-case particle that
            // follows a capitalised name is a surname. (Not "da", "de", "do": "Cidade da Praia", "l'accord de Paris".)
            if start >= 2, ["dos", "das", "van", "von", "der", "den", "ter"].contains(tokens[start - 1].key), !tokens[start - 1].isCapitalized,
                tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized
            {
                return nil
            }
            // "Merrick Garland": two names of towns one after the other, each one word, are a person's names.
            if mention.range.count == 1, index + 1 < mentions.count, mentions[index + 1].range == end..<end + 1, mentions[index + 1].city != nil,
                tokens[end].isCapitalized, start > 0, !placeWords.contains(tokens[start - 1].key)
            {
                return nil
            }
            // "at Buckingham Palace", "Lancaster House": a town's name that begins the name of a palace or a house names the
            // building, which is seldom in that town (a venue named after its own city is a centre or a hotel there).
            if end < tokens.count, tokens[end].isCapitalized, ["palace", "house", "manor", "abbey"].contains(tokens[end].key) { return nil }
            // "Timezone: Europe/Berlin": a time zone's city is no place of the text.
            if start >= 2, tokens[start - 1].key == "/",
                ["europe", "africa", "america", "asia", "australia", "pacific", "atlantic", "indian"].contains(
                    tokens[start - 2].key)
            {
                return nil
            }
            // "la Commission de l'Union africaine (CUA)": a word in capitals within a sentence, not after "in" or "à", is an
            // acronym, not the city of that name (Cúa); a dateline ("ACCRA, 12 May") opens the sentence.
            if start > 0, mention.range.count == 1, tokens[start].isAcronym, !placeWords.contains(tokens[start - 1].key) { return nil }
            // "Santiago Ruiz said": a capitalised word that is no place or actor right after the name, then a verb of saying.
            if end + 1 < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAcronym,
                !mentions.contains(where: { $0.range.lowerBound == end }), speechVerbs.contains(tokens[end + 1].key)
            {
                return nil
            }
            // "représentant le ministre de l'Emploi, Adama Kamara, a fait savoir": a city's name as a first name, between
            // a comma or a lower-case word and a capitalised word no gazetteer knows, itself before a comma, a full stop or
            // a lower-case word (a headline in title case has capitals on both sides).
            if start > 0, end + 1 < tokens.count, mention.range.count == 1, !placeWords.contains(tokens[start - 1].key),
                tokens[start - 1].key == "," || tokens[start - 1].kind == .word && !tokens[start - 1].isCapitalized,
                tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAcronym, !mentions.contains(where: { $0.range.lowerBound == end }),
                MeetingTypes.matcher.longestMatch(in: tokens, at: end) == nil,
                [",", "."].contains(tokens[end + 1].key) || tokens[end + 1].kind == .word && !tokens[end + 1].isCapitalized
            {
                return nil
            }
            // "the Central American States", "the Bratislava Declaration", "the Puebla Process": a city's name inside an
            // institution's or a document's name is no place.
            if end < tokens.count, tokens[end].isCapitalized, institutionWords.contains(tokens[end].key) { return nil }
            guard gazetteer.smallCities.contains(city.name) else { return mention }
            if start > 0 && placeWords.contains(tokens[start - 1].key) { return mention }
            // Opening a line as a place does: "Laxenburg, 25 June", "Cracow - ", not "To date, ...".
            if start == 0, end < tokens.count, [",", "-", ":", "("].contains(tokens[end].key) { return mention }
            // "Grand-Bassam, en Côte d'Ivoire", "Kilifi, in Kenya", "Mahé, aux Seychelles": the country confirms the place.
            var next = end
            if next < tokens.count, tokens[next].key == "," { next += 1 }
            if next < tokens.count, ["en", "in", "au", "aux"].contains(tokens[next].key) { next += 1 }
            if index + 1 < mentions.count, mentions[index + 1].range.lowerBound == next,
                let id = mentions[index + 1].actorID, gazetteer.actors[id]?.kind == .country
            {
                return mention
            }
            return nil
        }
    }

    /// The mentions that may take a role: all but a dialogue's name used as part of a meeting's title ("the Prague
    /// Process Core Group meeting", "the Budapest Process Ministerial Conference").
    var roleMentions: [Mention] { mentions.filter { !titleModifiers.contains($0.range.lowerBound) } }

    /// Whether `mention` is the forum a chair title names, right after it ("Chairperson of SADC", "Chair-in-Office of the
    /// OSCE", "président en exercice de la CEDEAO"): whoever holds that title hosts or chairs for a member, not for the
    /// forum. Not a body's executive ("Chair of the AU Commission" names the Commission's head, who speaks for it).
    /// - Complexity: O(1).
    func namesChairedBody(_ mention: Mention) -> Bool {
        var index = mention.range.lowerBound - 1
        if index >= 0, ["the", "la", "le", "l'"].contains(tokens[index].key) { index -= 1 }
        guard index >= 1, ["of", "de", "du", "d'"].contains(tokens[index].key) else { return false }
        let title = tokens[index - 1].key
        let chair =
            ["chair", "chairperson", "chairman", "chairwoman", "chair-in-office", "chairperson-in-office"].contains(title)
            || (["exercice", "office"].contains(title) && index >= 3 && ["president", "presidente", "chair", "chairperson"].contains(tokens[index - 3].key))
        guard chair else { return false }
        return !tokens[mention.range].contains { ["commission", "secretariat"].contains($0.key) }
            && !(mention.range.upperBound < tokens.count && ["commission", "secretariat", "'s"].contains(tokens[mention.range.upperBound].key))
    }

    /// Whether any of the tokens just before `position` (at most `window`) has one of these keys.
    func precededBy(_ position: Int, within window: Int, anyOf keys: Set<String>) -> Bool {
        for index in max(0, position - window)..<position where keys.contains(tokens[index].key) { return true }
        return false
    }

    /// The same for a few keys written where they are asked about (`anyOf: ["in", "at"]`): a short list is compared
    /// key by key, where a set would be built and hashed at each call.
    /// - Complexity: O(w·k) for a window of w tokens and k keys.
    func precededBy(_ position: Int, within window: Int, anyOf keys: [String]) -> Bool {
        for index in max(0, position - window)..<position where keys.contains(tokens[index].key) { return true }
        return false
    }

    /// The text of a token range, as written.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = Array(self.text.utf8)
        let start = tokens[range.lowerBound].offset
        let last = tokens[range.upperBound - 1]
        let end = min(utf8.count, last.offset + last.length)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// Words before a meeting word that make it a reference to another meeting ("in the margins of the workshop").
    static let referenceWords: Set<String> = [
        "margins", "sidelines", "following", "ahead", "preparation", "preparing", "after", "before", "since", "previous", "last", "next", "upcoming",
        "forthcoming", "recent", "recente", "precedent", "precedente",
        // "the conclusions of the Valletta Senior Officials' Meeting": a meeting discussed, not the one held.
        "conclusions", "outcome", "outcomes", "results", "recommendations", "follow-up",
        // "à la suite du Forum ... qui a eu lieu en mai 2022", "à la veille de", "à l'issue de".
        "suite", "veille", "issue",
    ]

    /// Words that open a clause situating the reported meeting by another one: "After the preparatory meeting held in
    /// Dakar, the ministers met in Banjul", "one year after the first conference held in Accra", "à la suite du sommet tenu
    /// à Abuja", "en prévision de la conférence", "followed the meeting of senior officials organised in Cadiz", "the
    /// recommendations of the meeting of experts held in Kigali".
    static let situatingWords: Set<String> = [
        "after", "following", "since", "ahead", "before", "preceded", "followed", "outcome", "outcomes", "conclusions", "recommendations",
        "results", "apres", "suite", "depuis", "prevision", "avant", "recommandations", "resultats",
    ]
    /// Words that name the meeting before the reported one without a meeting word: "after the previous one", "après la
    /// précédente".
    static let previousOneWords: Set<String> = ["previous", "precedente", "precedent"]
    /// Meetings named in the plural, which the meeting words (one meeting each) leave out.
    static let pluralMeetingWords: Set<String> = [
        "meetings", "sessions", "conferences", "summits", "workshops", "reunions", "sommets", "ateliers", "rencontres",
    ]
    /// Acts whose occasion a meeting is, named after "at", "during" or "lors de": "announced at the cabinet meeting of 6
    /// December", "annoncé lors du Conseil des ministres".
    static let occasionActs: Set<String> = [
        "announced", "launched", "proposed", "decided", "agreed", "annonce", "annoncee", "lance", "lancee", "propose", "proposee", "decide",
        "decidee",
    ]
    /// The words after an act of ``occasionActs`` that make the meeting its occasion.
    static let occasionWords: Set<String> = ["at", "during", "lors", "durant", "pendant"]
    /// The words and marks that end a situating clause (a comma too, unless a date, a place or a meeting follows it).
    static let situatingClauseEnds: Set<String> = [";", ".", "that", "que", "qu'", "—", "–"]

    /// Words of a time that "since" or "depuis" may open: "depuis hier", "since this morning", "depuis ce jeudi".
    static let timeWords: Set<String> = [
        "hier", "yesterday", "today", "aujourd'hui", "avant-hier", "lors", "matin", "morning", "soir", "evening", "afternoon", "apres-midi",
        "week", "semaine",
    ]
    /// Past participles that describe the meeting just named: "the last Summit, held in Veracruz".
    static let participlesOfHolding: Set<String> = [
        "held", "convened", "hosted", "organised", "organized", "tenu", "tenue", "tenus", "tenues", "organise", "organisee", "accueilli",
        "accueillie",
    ]
    /// The clauses that situate a meeting by another one: from a situating word (not "since" or "depuis" before a time:
    /// "depuis hier"), or an act and "at", "during", "lors de" (``occasionActs``), that a meeting word, meetings in the
    /// plural or "the previous one" follow within five words, to the next comma, semicolon, "that" or "que" (not a comma
    /// before a country, a date, the next meeting of a list or the situating meeting's participle: "in Dakar, Senegal, on
    /// 13 May", "since the last Summit, held in Veracruz").
    /// - Complexity: O(t) in the tokens.
    func situatingClauses() -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            let key = tokens[index].key
            // ("vendredi après-midi" is an afternoon, not "après".)
            var opens = SentenceAnalysis.situatingWords.contains(key) && !(key == "apres" && index + 2 < tokens.count && tokens[index + 2].key == "midi")
            // ("réunis depuis hier à Nouakchott pour un atelier", "since this morning": a time, not another meeting.)
            if opens, ["since", "depuis"].contains(key), index + 1 < tokens.count {
                var time = index + 1
                if ["ce", "cette", "this"].contains(tokens[time].key), time + 1 < tokens.count { time += 1 }
                if dates.contains(where: { $0.range.lowerBound == index + 1 }) || SentenceAnalysis.timeWords.contains(tokens[time].key)
                    || DateRecognizer.weekdays.contains(tokens[time].key)
                {
                    opens = false
                }
            }
            if !opens, SentenceAnalysis.occasionActs.contains(key), index + 1 < tokens.count {
                opens = SentenceAnalysis.occasionWords.contains(tokens[index + 1].key)
            }
            // (Meetings named in the plural open one too: "the recommendations of the Meetings of the Committee".)
            // (And a meeting named by "the previous one": "un an après la précédente, tenue à Alger".)
            guard opens,
                meetingWords.contains(where: { $0.range.lowerBound > index && $0.range.lowerBound <= index + 6 })
                    || tokens[(index + 1)..<min(tokens.count, index + 7)].contains(where: { SentenceAnalysis.pluralMeetingWords.contains($0.key) })
                    || tokens[(index + 1)..<min(tokens.count, index + 4)].contains(where: { SentenceAnalysis.previousOneWords.contains($0.key) })
            else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                let next = tokens[end].key
                if SentenceAnalysis.situatingClauseEnds.contains(next) { break }
                // (A comma inside a date, "on 11th June, 2016", closes nothing.)
                if next == ",", end + 1 < tokens.count, !dates.contains(where: { $0.range.contains(end) }) {
                    let follows = end + 1
                    // (Nor a comma before the next meeting of a list: "the recommendations of the Meetings of the
                    // Committee held on 15 October, Meetings of the Ministers on 11 October and ...".)
                    // (Nor a comma before the situating meeting's own participle: "since the last Summit, held in
                    // Veracruz in 2014", "depuis le dernier sommet, tenu à Luanda".)
                    let continues =
                        SentenceAnalysis.participlesOfHolding.contains(tokens[follows].key)
                        || mentions.contains { $0.range.lowerBound == follows && $0.city == nil }
                        || dates.contains { $0.range.lowerBound == follows || $0.range.lowerBound == follows + 1 }
                        || meetingWords.contains { $0.range.lowerBound == follows } || SentenceAnalysis.pluralMeetingWords.contains(tokens[follows].key)
                    if !continues { break }
                }
                end += 1
            }
            clauses.append(index..<end)
            index = end
        }
        return clauses
    }

    /// Sets aside the cities, days and meeting words of the clauses that situate a meeting by another one
    /// (``situatingClauses()``) when the rest of the sentence gives a city or a day of its own: "After the preparatory
    /// meeting held yesterday in Dakar, the ministers met in Banjul on 15 September" reports the Banjul meeting, and "one
    /// year after the first conference held in Accra on 5 March 2018" names another in passing. A sentence whose places
    /// and days all sit in such a clause keeps them ("après le 1er sommet conjoint tenu à Lomé le 30 juillet" may date
    /// the page's meeting).
    ///
    /// When the rest names a meeting of its own but no day ("a annoncé lors du Conseil des ministres du 6 décembre, la
    /// tenue de la 8e session"), the clause's days are set aside too. When every meeting word, city and day of the
    /// sentence sits in such a clause, nothing is set aside and ``situatesOnly`` says so.
    /// - Complexity: O(t + m + d) in the tokens, mentions and dates.
    mutating func setAsideSituatingClauses() {
        guard !meetingWords.isEmpty else { return }
        let clauses = situatingClauses()
        guard !clauses.isEmpty else { return }
        func inside(_ range: Range<Int>) -> Bool { clauses.contains { $0.contains(range.lowerBound) } }
        let cities = mentions.filter { $0.city != nil }
        let days = dates.filter { !$0.isYearOnly }
        let ownMeeting = meetingWords.contains { !inside($0.range) }
        // (A meeting of the rest named without a city is not where the situating one was either: "Cette réunion intervient un an
        // après la précédente, tenue à Alger".)
        let cityApart = cities.contains { inside($0.range) } && (cities.contains { !inside($0.range) } || ownMeeting)
        // "après le 1er sommet conjoint tenu le lundi 30 juillet ..., la nuit du même lundi a vu se tenir la session": the
        // rest of the sentence dates its meeting by the situating one.
        let sameDay = tokens.indices.contains { (tokens[$0].key == "same" || tokens[$0].key == "meme") && !inside($0..<$0 + 1) }
        let ownDay = days.contains { !inside($0.range) }
        let dayApart = !sameDay && days.contains { inside($0.range) } && (ownDay || ownMeeting)
        guard cityApart || dayApart else {
            // ("Quelques jours avant le sommet, la commission se réunira à Libreville du 28 février au 1er mars": the rest
            // gives a gathering its own place and days, whatever it is called.)
            situatesOnly = !ownMeeting && !cities.contains { !inside($0.range) } && !days.contains { !inside($0.range) }
            return
        }
        // (A meeting of the rest with no day of its own is not where the situating one was: "La rencontre a réuni 16 pays, à
        // la suite du Forum qui a eu lieu en mai 2022 à New York".)
        if cityApart || dayApart && !ownDay { mentions.removeAll { $0.city != nil && inside($0.range) } }
        // ("since the last Summit, held in Veracruz in 2014": the year of the clause's venue is that meeting's too.)
        if cityApart { dates.removeAll { $0.isYearOnly && inside($0.range) } }
        if dayApart { dates.removeAll { inside($0.range) } }
        meetingWords.removeAll { inside($0.range) }
    }

    /// Words that make the meeting named after them, further along the clause, the one being prepared: "met in Madrid to
    /// prepare the 6th Ministerial Conference", "paved the way for the Ministerial Conference", "en vue de la conférence".
    static let preparationWords: Set<String> = [
        "prepare", "prepares", "preparing", "preparation", "paved", "pave", "paving", "preparer", "preparant", "preparatifs", "ahead", "towards",
        "marge", "sidelines", "margins",
    ]

    /// Whether the meeting word at `position` is named as a reference to another meeting: after a reference word
    /// (within four words), or after a word of preparation in the same clause (within nine).
    func isReferenceWord(at position: Int) -> Bool {
        if precededBy(position, within: 4, anyOf: SentenceAnalysis.referenceWords) { return true }
        var index = position - 1
        while index >= max(0, position - 9) {
            let key = tokens[index].key
            if [";", ".", ","].contains(key) && index < position - 1 { return false }
            if SentenceAnalysis.preparationWords.contains(key) { return true }
            index -= 1
        }
        return false
    }

    /// The first meeting word that is not a reference to another meeting ("in the margins of the workshop").
    var meetingWord: (range: Range<Int>, match: MeetingTypes.Match)? {
        meetingWords.first { !isReferenceWord(at: $0.range.lowerBound) }
    }

    /// The first quoted text: a meeting's title ("entitled “...”", "on “...”").
    var quotedTitle: String? {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("“", "”"), ("\"", "\""), ("«", "»"), ("‘", "’")]
        // Quote marks are single scalars: searching scalars skips the cost of grapheme breaking.
        let scalars = text.unicodeScalars
        for (open, close) in pairs {
            guard let start = scalars.firstIndex(of: open) else { continue }
            let after = scalars.index(after: start)
            guard let end = scalars[after...].firstIndex(of: close) else { continue }
            let title = text[after..<end].trimmingWhitespace()
            if title.count >= 4 && title.count <= 200 { return title }
        }
        return nil
    }
}
