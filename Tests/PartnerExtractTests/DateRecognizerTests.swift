import PartnerGraph
import Testing
@testable import PartnerExtract

@Suite("Dates and ranges")
struct DateRecognizerTests {
    static let cases: [(String, String, String?)] = [
        ("held on 12-13 February 2019 in Rabat", "2019-02-12", "2019-02-13"),
        ("from 5 to 6 November 2019", "2019-11-05", "2019-11-06"),
        ("On 31 January and 1 February 2024, delegates met", "2024-01-31", "2024-02-01"),
        ("on 20 October 2022", "2022-10-20", nil),
        ("le 5 novembre 2019 à Dakar", "2019-11-05", nil),
        ("les 12 et 13 février 2019", "2019-02-12", "2019-02-13"),
        ("on 2019-11-05", "2019-11-05", nil),
        ("between 1st and 2nd July 2019", "2019-07-01", "2019-07-02"),
        ("held on the 24th October 2019", "2019-10-24", nil),
        ("in October 2018", "2018-10", nil),
        ("the 2019 Senior Officials Meeting", "2019", nil),
        ("March 3-4, 2021", "2021-03-03", "2021-03-04"),
        ("30 June - 2 July 2019", "2019-06-30", "2019-07-02"),
        ("29 December 2019 to 2 January 2020", "2019-12-29", "2020-01-02"),
        ("du 1er au 3 mars 2023", "2023-03-01", "2023-03-03"),
        ("from 9–10 May 2017", "2017-05-09", "2017-05-10"),
        ("on 12/03/2019 in Lomé", "2019-03-12", nil),
        ("le 05.11.2021 à Dakar", "2021-11-05", nil),
        ("meeting of 28-02-2018", "2018-02-28", nil),
        ("on the 2 of December 2020", "2020-12-02", nil),
        ("from the 4 th to the 6 th of November 2012", "2012-11-04", "2012-11-06"),
        ("du mercredi 15 au vendredi 17 février 2023", "2023-02-15", "2023-02-17"),
        ("les 15, 16 et 17 juin 2017", "2017-06-15", "2017-06-17"),
        ("from Monday 30 September to Wednesday 2 October 2019", "2019-09-30", "2019-10-02"),
    ]

    @Test("each form gives its start and end", arguments: cases)
    func forms(_ text: String, _ start: String, _ end: String?) {
        let dates = DateRecognizer.dates(in: Tokenizer.tokens(text))
        #expect(dates.first?.start == PartialDate(start))
        #expect(dates.first?.end == end.flatMap { PartialDate($0) })
    }

    @Test("impossible days are not dates; a date without a year is marked year-less for the reader to resolve")
    func rejects() {
        for text in ["on 31 February 2019", "we may meet", "room 2019b", "on 30 February", "on 31/02/2019", "ratio 12/13/2019"] {
            let dates = DateRecognizer.dates(in: Tokenizer.tokens(text)).filter { !$0.isYearOnly }
            #expect(dates.isEmpty, "\(text)")
        }
        for text in ["on 12 March", "on the 6th March", "26-27th June", "April 9 (news)"] {
            let dates = DateRecognizer.dates(in: Tokenizer.tokens(text))
            #expect(dates.count == 1 && dates[0].isYearless, "\(text)")
        }
        // Across two months, both ends wait for the year; a period of several months is no meeting's range.
        let across = DateRecognizer.dates(in: Tokenizer.tokens("from 30 November to 2 December"))
        #expect(across.count == 1 && across[0].isYearless && across[0].start.month == 11 && across[0].end?.month == 12)
        let period = DateRecognizer.dates(in: Tokenizer.tokens("from 5 March to 20 June"))
        #expect(period.first?.end == nil)
    }

    @Test("headers with weekdays and times, ranges whose dash was lost, slashes, deadlines")
    func moreForms() {
        func first(_ text: String) -> DateMention? { DateRecognizer.dates(in: Tokenizer.tokens(text)).first }
        let header = first("Monday, 3 October 2022, 10:00 - Tuesday, 4 October 2022, 13:00")
        #expect(header?.start == PartialDate("2022-10-03") && header?.end == PartialDate("2022-10-04"))
        let hours = first("Friday, 7 April 2023, 9:30 - 16:00")
        #expect(hours?.start == PartialDate("2023-04-07") && hours?.end == nil)
        let lost = first("Date: 2324 May 2011")
        #expect(lost?.start == PartialDate("2011-05-23") && lost?.end == PartialDate("2011-05-24"))
        let slash = first("8/9 March 2021: conference")
        #expect(slash?.start == PartialDate("2021-03-08") && slash?.end == PartialDate("2021-03-09"))
        #expect(first("registration is open until 2 May 2024")?.isDeadline == true)
        #expect(first("the workshop opens on 2 May 2024")?.isDeadline == false)
        #expect(first("Publié le : 18 février 2023 par la rédaction")?.isStamp == true)
        #expect(first("Posted on 10 June 2019")?.isStamp == true)
        #expect(first("the forum was held on 10 June 2019")?.isStamp == false)
    }

    @Test("a partial date stays partial")
    func partial() {
        let dates = DateRecognizer.dates(in: Tokenizer.tokens("In May 2021 and in 2022"))
        #expect(dates.map(\.start.precision) == [.month, .year])
    }
}
