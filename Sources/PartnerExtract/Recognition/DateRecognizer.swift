import Foundation
import PartnerGraph

/// A date or a range of dates found in a sentence: "12-13 February 2019", "5 to 6 November 2019",
/// "On 31 January and 1 February 2024", "5 novembre 2019", "2019-11-05", "October 2018", "2019".
struct DateMention: Sendable, Hashable {
    var range: Range<Int>
    var start: PartialDate
    var end: PartialDate?
    /// Written without a year ("on the 6th March", "26-27th June", "April 9"): the year of `start` and `end` is a
    /// placeholder (``DateRecognizer/placeholderYear``) until the reader gives the one of the page or the text.
    var isYearless = false
    /// After "until", "deadline", "by": a time limit, not when something meets.
    var isDeadline = false
    /// After "published", "posted", "updated", "publié le", "mis à jour": when the page was written, not when anyone met.
    var isStamp = false
    /// Read from the page's date ("today", "on Friday"), not written in the text.
    var isRelative = false
    /// A day the text gives that the page does not pin ("on Wednesday", "yesterday" on a page dated only to its month or
    /// year): `start` is what the page's date tells of it, its month or its year.
    var isUnpinned = false
    /// A month without a year after a verb of meeting in the past ("took place in Dakar in March", "s'est tenue en
    /// mars"): the last such month on or before the page's date, and nothing on a page without one.
    var isPastMonth = false
    /// A bare year ("the 2019 Senior Officials Meeting"): weaker evidence than a day or a month.
    var isYearOnly: Bool { start.precision == .year }
}

/// What a text says of a day that nothing dates: its day and month ("ce vendredi 11 juillet" on a page with no date and
/// no year near it), or only its weekday ("the Summit, which was held on Tuesday"), with the weekday written beside it,
/// if any: enough to recognise, or to rule out, the meeting another page dates.
struct UnpinnedDay: Sendable, Hashable {
    var month: Int?
    var day: Int?
    /// The day of the week written with the day, as `Calendar` numbers them (Sunday 1 ... Saturday 7).
    var weekday: Int?

    /// Whether `date`, a day, may be this day: the same month and day where they are known, and, when a weekday was
    /// written, a day of that weekday.
    func fits(_ date: PartialDate) -> Bool {
        if let month, date.month != month { return false }
        if let day, date.day != day { return false }
        guard let weekday, let month = date.month, let day = date.day else { return true }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: month, day: day)).map { calendar.component(.weekday, from: $0) } == weekday
    }
}

/// Finds dates in tokens. English and French month names, day-first and month-first orders, ordinals
/// ("24th", "1er"), ISO dates; a date without a year is left out, and a partial date stays partial.
enum DateRecognizer {
    /// The year given to dates written without one, until it is resolved (a leap year, so that 29 February is valid).
    static let placeholderYear = 2000

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let french = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
        for (index, name) in english.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        for (index, name) in french.enumerated() { table[name] = index + 1 }
        table["sept"] = 9
        return table
    }()

    /// Words that join the two ends of a range ("?" is a dash lost in a page's encoding: "20 ? 22 June 2017").
    /// "depuis le 30 novembre jusqu'au 2 décembre": "jusqu'au" ends a range as "au" does.
    private static let rangeWords: Set<String> = ["-", "to", "and", "until", "till", "au", "et", "/", "through", "?", "jusqu'au", "jusqu'a", "&"]

    /// Every date in the tokens, left to right, without overlaps.
    /// - Complexity: O(n).
    static func dates(in tokens: [Token]) -> [DateMention] {
        var found: [DateMention] = []
        var position = 0
        while position < tokens.count {
            if var mention = date(in: tokens, at: position) {
                mention.isDeadline = isDeadline(before: mention.range.lowerBound, in: tokens)
                mention.isStamp = isStamp(before: mention.range.lowerBound, in: tokens)
                // "the week of 9 September 2019": the month is known, not the day.
                if mention.end == nil, mention.start.day != nil, mention.range.lowerBound >= 2, tokens[mention.range.lowerBound - 1].key == "of",
                    tokens[mention.range.lowerBound - 2].key == "week", let month = mention.start.month,
                    let coarse = PartialDate(year: mention.start.year, month: month)
                {
                    mention.start = coarse
                }
                found.append(mention)
                position = mention.range.upperBound
            } else if day(tokens[position]) != nil, position + 2 < tokens.count, month(tokens[position + 1]) != nil, year(tokens[position + 2]) != nil {
                // "31 February 2019": an impossible day spoils the whole date, not only the day.
                position += 3
            } else {
                position += 1
            }
        }
        return found
    }

    private static let isDeadlineLimits: Set<String> = ["until", "till", "deadline", "jusqu'au", "jusqu'a", "before", "avant", "by", "no later than"]
    private static let isDeadlineSubjects: Set<String> = [
        "registration", "registrations", "deadline", "applications", "application", "apply", "submit", "submission",
        "submissions", "inscription", "inscriptions", "candidatures", "extended", "prolonge", "prolongee", "open", "closes", "due",
        "ouvert", "ouverte", "ouvertes", "ouverts", "limite", "cloture", "cloturees",
    ]
    /// "registration extended until 29 November", "applications by 3 May", "deadline: 1 June", "jusqu'au 5 mai",
    /// "les inscriptions sont ouvertes jusqu'au 3 mars", "date limite : 3 mars":
    /// a date that limits something rather than dates it.
    static func isDeadline(before position: Int, in tokens: [Token]) -> Bool {
        let limits = Self.isDeadlineLimits
        let subjects = Self.isDeadlineSubjects
        let window = max(0, position - 3)..<position
        guard
            window.contains(where: {
                limits.contains(tokens[$0].key) || (tokens[$0].key == ":" && $0 > 0 && ["deadline", "limite"].contains(tokens[$0 - 1].key))
            })
        else {
            return false
        }
        return tokens[max(0, position - 8)..<position].contains { subjects.contains($0.key) }
    }

    private static let isStampStamps: Set<String> = [
        "published", "posted", "updated", "publie", "publiee", "publication", "modified", "modifie", "created", "founded", "established",
        "appointed", "elected", "nominated", "born", "cree", "creee", "fonde", "fondee", "nomme", "nommee", "elu", "elue",
    ]
    /// "Published on 18 February 2023", "Posted: 3 May 2019", "Publié le : 18 février 2023", "Last updated 2 May 2024":
    /// a date that stamps the page.
    /// The same for a date that says when something other than a meeting began: "Created in: March 2020", "Créé en :
    /// mars 2020", "appointed on 9 March", "nommée le 9 mars", "elected on", "founded in", "established in".
    static func isStamp(before position: Int, in tokens: [Token]) -> Bool {
        let stamps = Self.isStampStamps
        return tokens[max(0, position - 4)..<position].contains { stamps.contains($0.key) }
            && !tokens[max(0, position - 4)..<position].contains { ["held", "tenu", "tenue", "meet", "met"].contains($0.key) }
    }

    /// The weekdays, English and French, that may stand before a date or between the ends of a range.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche",
    ]

    /// The position after a time of day and a weekday that may follow a date: ", 9:00", " 14h00", " - Thursday,".
    private static func skipTime(_ tokens: [Token], from start: Int) -> Int {
        var index = start
        if index < tokens.count, tokens[index].key == "," { index += 1 }
        if index + 2 < tokens.count, tokens[index].kind == .number, tokens[index + 1].key == ":" || tokens[index + 1].key == "h",
            tokens[index + 2].kind == .number
        {
            return index + 3
        }
        if index < tokens.count, tokens[index].kind == .number, tokens[index].key.hasSuffix("h") || tokens[index].key.contains("h") {
            return index + 1
        }
        return start
    }

    /// The position after a day token and an ordinal suffix written apart from it ("4 th", "1 er").
    private static func skipSuffix(_ tokens: [Token], after position: Int) -> Int {
        let next = position + 1
        guard next < tokens.count, tokens[position].key.allSatisfy(\.isNumber), ["th", "st", "nd", "rd", "er", "eme"].contains(tokens[next].key)
        else { return next }
        return next + 1
    }

    /// The second day of a range, after its joiner: "17", "the 6th", "le 17", "vendredi 17", "Friday the 17th", "6 th";
    /// the day and the position after it.
    private static func laterDay(_ tokens: [Token], at start: Int) -> (day: Int, next: Int)? {
        // "and Thursday, 16 June": a weekday, with or without its comma.
        var index = skipWeekday(tokens, at: start)
        if index < tokens.count, ["the", "le"].contains(tokens[index].key) { index += 1 }
        guard index < tokens.count, let value = day(tokens[index]) else { return nil }
        return (value, skipSuffix(tokens, after: index))
    }

    /// Verbs of meeting in the past ("took" with "place", "eu" with "lieu"), as ``heldInThePast(before:in:)`` reads them.
    private static let pastHeldWords: Set<String> = [
        "held", "met", "took", "convened", "gathered", "tenue", "tenu", "tenues", "tenus", "deroulee", "deroule", "deroulees", "deroules",
        "reunis", "reunies", "eu",
    ]
    private static let plannedWords: Set<String> = [
        "will", "shall", "be", "expected", "scheduled", "planned", "due", "to", "prevue", "prevu", "doit", "devrait", "sera",
    ]
    /// The marks that end the clause ``heldInThePast(before:in:)`` looks back over.
    private static let heldClauseEnds: Set<String> = [".", ";", ","]
    /// Endings of a French verb in the future ("se tiendra", "se réunira"), as ``heldInThePast(before:in:)`` reads them.
    private static let frenchFutureEndings = ["era", "ira", "dra"]

    /// Whether a verb of meeting in the past stands within the six words before `position`, in the clause ("was held in
    /// Dakar", "took place", "met", "s'est tenue à Dakar", "a eu lieu"), with no word of a plan ("will be held", "to be
    /// held", "scheduled to meet").
    static func heldInThePast(before position: Int, in tokens: [Token]) -> Bool {
        var held = false
        var index = position - 1
        while index >= max(0, position - 6), !heldClauseEnds.contains(tokens[index].key) {
            let key = tokens[index].key
            if plannedWords.contains(key) || tokens[index].kind == .word && key.count >= 5 && frenchFutureEndings.contains(where: key.hasSuffix) {
                return false
            }
            if pastHeldWords.contains(key), key != "took" || index + 1 < tokens.count && tokens[index + 1].key == "place",
                key != "eu" || index + 1 < tokens.count && tokens[index + 1].key == "lieu"
            {
                held = true
            }
            index -= 1
        }
        return held
    }

    /// The words after a day or month without its year that say it is the last one before the page ("le 3 mars dernier",
    /// "June last") or the next one after it ("le 3 mars prochain", "in June next"); "last June", "next June" before it.
    static let lastWords: Set<String> = ["dernier", "derniere", "last"]
    static let nextWords: Set<String> = ["prochain", "prochaine", "next"]

    /// The words that may lead a month written without its year, when a word after it says which year: "in June next",
    /// "en juin dernier", "début mars prochain", "late March this year".
    private static let yearlessMonthLeads: Set<String> = ["in", "en", "during", "durant", "early", "late", "mid", "debut", "fin", "courant"]

    /// The position of the word joining the two ends of a range at `index`, past a comma before it ("15 June, and
    /// Thursday, 16 June", "June 15, to Friday, June 17"); `nil` when none stands there.
    private static func joiner(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        if rangeWords.contains(tokens[index].key) { return index }
        if tokens[index].key == ",", index + 1 < tokens.count, tokens[index + 1].key != ",", rangeWords.contains(tokens[index + 1].key),
            tokens[index + 1].key != "/"
        {
            return index + 1
        }
        return nil
    }

    /// The position after a weekday and its comma at `index` ("Friday, June 17"), else `index`.
    private static func skipWeekday(_ tokens: [Token], at index: Int) -> Int {
        guard index < tokens.count, weekdays.contains(tokens[index].key) else { return index }
        return index + 1 < tokens.count && tokens[index + 1].key == "," ? index + 2 : index + 1
    }

    static func month(_ token: Token) -> Int? {
        guard token.kind == .word, let month = months[token.key] else { return nil }
        // "may" and "mar" are also ordinary words: only capitalised they are months.
        if (token.key == "may" || token.key == "mar") && !token.isCapitalized { return nil }
        return month
    }

    static func day(_ token: Token) -> Int? {
        guard token.kind == .number, let value = token.leadingNumber, (1...31).contains(value) else { return nil }
        let suffix = token.key.drop { $0.isNumber }
        guard ["", "st", "nd", "rd", "th", "er", "eme", "e"].contains(String(suffix)), token.key.count <= 4 else { return nil }
        return value
    }

    static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), (1900...2099).contains(value) else { return nil }
        return value
    }

    /// "12/03/2019", "12.03.2019" or "12-03-2019", day first, as one token or as day, separator, month, separator, year.
    static func numericDate(in tokens: [Token], at position: Int) -> DateMention? {
        func parts(_ text: Substring, separator: Character) -> (Int, Int, Int)? {
            let pieces = text.split(separator: separator, omittingEmptySubsequences: false)
            guard pieces.count == 3, pieces[0].count <= 2, pieces[1].count <= 2, pieces[2].count == 4,
                let day = Int(pieces[0]), let month = Int(pieces[1]), let year = Int(pieces[2])
            else { return nil }
            return (day, month, year)
        }
        let token = tokens[position]
        guard token.kind == .number, let first = token.text.first, first.isNumber else { return nil }
        var found: (day: Int, month: Int, year: Int, length: Int)?
        for separator: Character in ["/", ".", "-"] where token.text.contains(separator) {
            if let (day, month, year) = parts(Substring(token.text), separator: separator) { found = (day, month, year, 1) }
        }
        if found == nil, position + 4 < tokens.count, token.text.count <= 2, let day = Int(token.text),
            ["/", ".", "-"].contains(tokens[position + 1].key), tokens[position + 3].key == tokens[position + 1].key,
            tokens[position + 2].kind == .number, tokens[position + 2].text.count <= 2, let month = Int(tokens[position + 2].text)
        {
            let yearToken = tokens[position + 4]
            if let year = DateRecognizer.year(yearToken) {
                found = (day, month, year, 5)
            } else if token.text.count == 2, tokens[position + 2].text.count == 2, yearToken.kind == .number, yearToken.text.count == 2,
                yearToken.text.allSatisfy(\.isNumber), let short = Int(yearToken.text),
                position + 5 >= tokens.count || ![".", "/", "-"].contains(tokens[position + 5].key) || position + 6 >= tokens.count
                    || tokens[position + 6].kind != .number
            {
                // "03.06.19", "12/03/19": two figures each, the year of this century (not "1.2.10", a section's number).
                found = (day, month, 2000 + short, 5)
            }
        }
        guard let found, (1...12).contains(found.month), (1900...2099).contains(found.year),
            let start = PartialDate(year: found.year, month: found.month, day: found.day)
        else { return nil }
        return DateMention(range: position..<position + found.length, start: start)
    }

    /// A range of two days in consecutive months written without a year ("30 November to 2 December"): placed in
    /// ``placeholderYear`` (the end in the next year when its month comes first: "28 December to 3 January") until the
    /// reader gives the year; `nil` when the days do not exist or the end would not follow the start.
    static func yearlessRange(_ firstDay: Int, _ firstMonth: Int, _ secondDay: Int, _ secondMonth: Int, range: Range<Int>) -> DateMention? {
        // Consecutive months only: "5 March to 20 June" is a period (a programme, a campaign), not a meeting's days.
        guard secondMonth == firstMonth % 12 + 1 else { return nil }
        let endYear = secondMonth < firstMonth ? placeholderYear + 1 : placeholderYear
        guard let start = PartialDate(year: placeholderYear, month: firstMonth, day: firstDay),
            let end = PartialDate(year: endYear, month: secondMonth, day: secondDay), start < end, start.mayPrecede(end)
        else { return nil }
        var mention = DateMention(range: range, start: start, end: end)
        mention.isYearless = true
        return mention
    }

    /// The date starting at `position`, if one does.
    static func date(in tokens: [Token], at position: Int) -> DateMention? {
        let count = tokens.count
        func token(_ index: Int) -> Token? { index < count ? tokens[index] : nil }
        func skipOf(_ index: Int) -> Int { token(index)?.key == "of" ? index + 1 : index }
        func skipComma(_ index: Int) -> Int { token(index)?.key == "," ? index + 1 : index }
        // "Oct. 3, 2024", "3 Sept. 2024": the full stop of a month's abbreviation, after the month at `index - 1`.
        func skipDot(_ index: Int) -> Int {
            guard token(index)?.key == ".", index > 0, tokens[index - 1].text.count <= 4, DateRecognizer.month(tokens[index - 1]) != nil else { return index }
            return index + 1
        }

        // ISO: 2019-11-05, or 2019-11.
        // "2019/06/03" and "2019.06.03" too, year first with the same mark twice.
        if let year = token(position).flatMap(DateRecognizer.year), let mark = token(position + 1)?.key, ["-", "/", "."].contains(mark),
            let monthToken = token(position + 2), monthToken.kind == .number, monthToken.text.count == 2, let month = Int(monthToken.text),
            (1...12).contains(month), mark == "-" || token(position + 3)?.key == mark
        {
            if token(position + 3)?.key == mark, let dayToken = token(position + 4), dayToken.kind == .number, dayToken.text.count == 2,
                let day = Int(dayToken.text), let date = PartialDate(year: year, month: month, day: day)
            {
                return DateMention(range: position..<position + 5, start: date)
            }
            if let date = PartialDate(year: year, month: month) { return DateMention(range: position..<position + 3, start: date) }
        }

        // Day first in figures: "12/03/2019", "12.03.2019", "12-03-2019" (one token or five).
        if let numeric = numericDate(in: tokens, at: position) { return numeric }

        // "du 30/05 au 02/06/2019": a day and month in figures, then a range word and a whole date in figures.
        if let first = token(position), first.kind == .number, first.text.count <= 2, let day = Int(first.text), let mark = token(position + 1)?.key,
            ["/", "."].contains(mark), let monthToken = token(position + 2), monthToken.kind == .number, monthToken.text.count <= 2,
            let month = Int(monthToken.text), let joiner = token(position + 3), rangeWords.contains(joiner.key), joiner.key != mark,
            let second = numericDate(in: tokens, at: position + 4),
            let start = PartialDate(year: month > second.start.month! ? second.start.year - 1 : second.start.year, month: month, day: day),
            start < second.start
        {
            return DateMention(range: position..<second.range.upperBound, start: start, end: second.start)
        }

        // "1112 December 2014": a range whose dash was lost, two days written as one number.
        if let run = token(position), run.kind == .number, run.text.count == 3 || run.text.count == 4, run.text.allSatisfy(\.isNumber),
            let monthIndex = Optional(skipOf(position + 1)), let month = token(monthIndex).flatMap(DateRecognizer.month),
            let year = token(monthIndex + 1).flatMap(DateRecognizer.year)
        {
            let digits = Array(run.text)
            for cut in 1..<digits.count where digits[cut] != "0" {
                if let first = Int(String(digits[..<cut])), let second = Int(String(digits[cut...])), first < second, second <= 31,
                    let start = PartialDate(year: year, month: month, day: first), let end = PartialDate(year: year, month: month, day: second)
                {
                    return DateMention(range: position..<monthIndex + 2, start: start, end: end)
                }
            }
        }

        // Day first: D [-|to|and D] Month [-|to|and D Month] Year, with "D Month Year - D Month Year" too.
        if let firstDay = token(position).flatMap(DateRecognizer.day) {
            var index = skipSuffix(tokens, after: position)
            var days = [firstDay]
            // "12, 13 and 14 March", "du mercredi 15 au vendredi 17 février", "the 4 th to the 6 th of November": further
            // days before the month.
            var lastDay = position
            while numericDate(in: tokens, at: lastDay) == nil, let joiner = token(index), rangeWords.contains(joiner.key) || joiner.key == ",",
                let next = laterDay(tokens, at: index + 1)
            {
                days.append(next.day)
                index = next.next
                lastDay = next.next - 1
            }
            // "3-4/06/2019", "les 3 et 4/06/2019": the last day opens a date in figures that gives the month and year.
            if days.count > 1, let numeric = numericDate(in: tokens, at: index - 1), let month = numeric.start.month,
                let start = PartialDate(year: numeric.start.year, month: month, day: days[0]), start < numeric.start
            {
                return DateMention(range: position..<numeric.range.upperBound, start: start, end: numeric.start)
            }
            index = skipOf(index)
            guard let firstMonth = token(index).flatMap(DateRecognizer.month) else { return nil }
            index = skipDot(index + 1)
            var firstYear: Int?
            if let year = token(index).flatMap(DateRecognizer.year) {
                firstYear = year
                index += 1
            } else if token(index)?.key == ",", let year = token(index + 1).flatMap(DateRecognizer.year) {
                // "on 19th November, 2017": a comma before the year.
                firstYear = year
                index += 2
            }
            // A second full date after a range word: "31 January and 1 February 2024", "30 June - 2 July 2019", and in
            // a header with weekdays and times: "Wednesday, 15 June 2016, 9:00 - Thursday, 16 June 2016, 14:00".
            if firstYear != nil {
                let afterTime = skipTime(tokens, from: index)
                if afterTime > index, let joiner = token(afterTime), rangeWords.contains(joiner.key), var weekday = Optional(afterTime + 1) {
                    if let name = token(weekday), weekdays.contains(name.key) { weekday = skipComma(weekday + 1) }
                    if let second = date(in: tokens, at: weekday), !second.isYearless, second.end == nil,
                        let start = PartialDate(year: firstYear!, month: firstMonth, day: firstDay),
                        start.mayPrecede(second.start), start < second.start
                    {
                        return DateMention(range: position..<skipTime(tokens, from: second.range.upperBound), start: start, end: second.start)
                    }
                    if let start = PartialDate(year: firstYear!, month: firstMonth, day: firstDay), days.count == 1 {
                        // "15 June 2016, 9:00 - 17:00": one day with its hours.
                        let end = skipTime(tokens, from: afterTime + 1)
                        if end > afterTime + 1 { return DateMention(range: position..<end, start: start) }
                    }
                }
            }
            if days.count == 1, let joiner = joiner(tokens, at: index), let second = laterDay(tokens, at: joiner + 1),
                let secondMonth = token(skipOf(second.next)).flatMap(DateRecognizer.month)
            {
                let secondDay = second.day
                let afterMonth = skipDot(skipOf(second.next) + 1)
                if let secondYear = token(afterMonth).flatMap(DateRecognizer.year) {
                    let startYear = firstYear ?? (secondMonth < firstMonth ? secondYear - 1 : secondYear)
                    if let start = PartialDate(year: startYear, month: firstMonth, day: firstDay),
                        let end = PartialDate(year: secondYear, month: secondMonth, day: secondDay), start.mayPrecede(end)
                    {
                        return DateMention(range: position..<afterMonth + 1, start: start, end: end)
                    }
                } else if firstYear == nil, secondMonth != firstMonth,
                    let mention = yearlessRange(firstDay, firstMonth, secondDay, secondMonth, range: position..<afterMonth)
                {
                    // "from 30 November to 2 December", "du 31 mars au 1er avril": both ends without a year, the page or
                    // the text gives it.
                    return mention
                }
            }
            let year = firstYear ?? placeholderYear
            guard let start = PartialDate(year: year, month: firstMonth, day: days[0]) else { return nil }
            var end: PartialDate?
            if days.count > 1, let last = PartialDate(year: year, month: firstMonth, day: days[days.count - 1]), start < last { end = last }
            var mention = DateMention(range: position..<index, start: start, end: end)
            mention.isYearless = firstYear == nil
            return mention
        }

        // Month first: Month D[-D], Year; Month D - Month D, Year; Month, D Year; Month Year.
        if let firstMonth = token(position).flatMap(DateRecognizer.month) {
            var index = skipDot(position + 1)
            // "November, 04 2019" (a dateline): a comma between the month and a day that a year follows.
            if token(index)?.key == ",", token(index + 1).flatMap(DateRecognizer.day) != nil, token(index + 2).flatMap(DateRecognizer.year) != nil {
                index += 1
            }
            if let firstDay = token(index).flatMap(DateRecognizer.day) {
                index += 1
                var endDay: Int?
                var endMonth = firstMonth
                // "June 15 – Friday, June 17, 2016", "June 15, to Friday, June 17": a comma and a weekday may stand around
                // the joiner.
                if let joiner = joiner(tokens, at: index) {
                    let other = skipWeekday(tokens, at: joiner + 1)
                    if let otherMonth = token(other).flatMap(DateRecognizer.month), let otherDay = token(skipDot(other + 1)).flatMap(DateRecognizer.day) {
                        endMonth = otherMonth
                        endDay = otherDay
                        index = skipDot(other + 1) + 1
                    } else if let otherDay = token(other).flatMap(DateRecognizer.day), tokens[index].key != "," || other > joiner + 1 {
                        endDay = otherDay
                        index = other + 1
                    }
                }
                let beforeComma = index
                index = skipComma(index)
                let stated = token(index).flatMap(DateRecognizer.year)
                let year = stated ?? placeholderYear
                guard let start = PartialDate(year: year, month: firstMonth, day: firstDay) else { return nil }
                // "December 28 to January 3": a year-less end in an earlier month falls in the next year.
                let endYear = stated == nil && endMonth < firstMonth ? year + 1 : year
                let end = endDay.flatMap { PartialDate(year: endYear, month: endMonth, day: $0) }.flatMap { start < $0 && start.mayPrecede($0) ? $0 : nil }
                var mention = DateMention(range: position..<(stated == nil ? beforeComma : index + 1), start: start, end: end)
                mention.isYearless = stated == nil
                return mention
            }
            if let year = token(index).flatMap(DateRecognizer.year), let start = PartialDate(year: year, month: firstMonth) {
                return DateMention(range: position..<index + 1, start: start)
            }
            // "in June, 2019": a comma between the month and its year.
            if token(index)?.key == ",", let year = token(index + 1).flatMap(DateRecognizer.year), let start = PartialDate(year: year, month: firstMonth) {
                return DateMention(range: position..<index + 2, start: start)
            }
            // "last June", "this June", "en juin dernier", "in December next", "fin mars prochain", "in June this year": a
            // month whose year the page's date gives. A bare "in June" says no year (it may be any June: "suspended in
            // November" in a page of March), so it dates nothing.
            let next = token(index)?.key ?? ""
            let saysWhichYear =
                Self.lastWords.contains(next) || Self.nextWords.contains(next)
                || (next == "this" && token(index + 1)?.key == "year") || (next == "cette" && token(index + 1)?.key == "annee")
            if position > 0,
                ["last", "next", "this"].contains(tokens[position - 1].key)
                    || saysWhichYear
                        && (Self.yearlessMonthLeads.contains(tokens[position - 1].key)
                            || (tokens[position - 1].key == "-" && position > 1 && ["mi", "mid"].contains(tokens[position - 2].key))),
                let start = PartialDate(year: placeholderYear, month: firstMonth)
            {
                var mention = DateMention(range: position..<index, start: start)
                mention.isYearless = true
                return mention
            }
            // "In December of 2016": a month and its year joined by "of".
            if position > 0, ["in", "since", "during", "until", "by"].contains(tokens[position - 1].key), token(index)?.key == "of",
                let year = token(index + 1).flatMap(DateRecognizer.year), let start = PartialDate(year: year, month: firstMonth)
            {
                return DateMention(range: position..<index + 2, start: start)
            }
            // "took place in Dakar in March", "s'est tenue à Dakar en mars": a bare month after a verb of meeting in the past.
            if position > 0, ["in", "en"].contains(tokens[position - 1].key), DateRecognizer.heldInThePast(before: position - 1, in: tokens),
                let start = PartialDate(year: placeholderYear, month: firstMonth)
            {
                var mention = DateMention(range: position..<index, start: start)
                mention.isYearless = true
                mention.isPastMonth = true
                return mention
            }
            return nil
        }

        // A bare year, or a range of years: "2019", "2019-2020".
        if let year = token(position).flatMap(DateRecognizer.year), let start = PartialDate(year: year) {
            if let joiner = token(position + 1), joiner.key == "-" || joiner.key == "to", let second = token(position + 2).flatMap(DateRecognizer.year),
                second > year, let end = PartialDate(year: second)
            {
                return DateMention(range: position..<position + 3, start: start, end: end)
            }
            return DateMention(range: position..<position + 1, start: start)
        }
        return nil
    }
}
