import PartnerGraph
import Testing
@testable import PartnerExtract

/// One sentence of a probe catalogue of date expressions: what a page dated `page` (or undated) that says `text` drafts
/// as its meeting's dates; `start` nil when no meeting of it may be dated.
struct DateCase: PageProbe {
    var id: String
    var page: String?
    var text: String
    var start: String?
    var end: String?

    init(_ id: String, page: String?, _ text: String, _ start: String?, _ end: String?) {
        (self.id, self.page, self.text, self.start, self.end) = (id, page, text, start, end)
    }
}

/// A catalogue of our own sentences for the ways news, agencies, governments and the processes' sites state when a
/// meeting took place, in English and French (issue 19: dates on pages never seen): ordinals in every position,
/// dates in figures, ranges across months and years with every joiner, weekday-led dates with commas and times,
/// days counted from the page's date (or from a date line atop a page without one), months whose year the page gives,
/// deadlines, stamps, postponements, and pages that give several dates. Each is read as a whole page (its lines are
/// paragraphs), so the recognizer and the choice of the meeting's date are both tested.
@Suite("A catalogue of date expressions")
struct DateCatalogueTests {
    static let cases: [DateCase] = [
        DateCase(
            "o1", page: nil,
            "The ministerial conference on migration was held in Dakar on the 3rd of March 2019.",
            "2019-03-03", nil),
        DateCase(
            "o2", page: nil,
            "The ministerial conference on migration was held in Dakar on March 3rd, 2019.",
            "2019-03-03", nil),
        DateCase(
            "o3", page: nil,
            "The ministerial conference on migration was held in Dakar on 3rd-4th March 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "o4", page: nil,
            "The ministerial conference on migration was held in Dakar on March 3rd-4th, 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "o5", page: nil,
            "The ministerial conference on migration was held in Dakar on the 3rd and 4th of March 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "o6", page: nil,
            "The ministerial conference on migration was held in Dakar from the 3rd to the 5th of March, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "o7", page: nil,
            "The ministerial conference on migration was held in Dakar on 26-27th June 2019.",
            "2019-06-26", "2019-06-27"),
        DateCase(
            "o8", page: nil,
            "The ministerial conference on migration was held in Dakar on March 3 and 4, 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "o9", page: nil,
            "The ministerial conference on migration took place in Dakar on Tuesday 3rd March 2020.",
            "2020-03-03", nil),
        DateCase(
            "o10", page: nil,
            "The ministerial conference on migration took place in Dakar on Tuesday, March 3rd 2020.",
            "2020-03-03", nil),
        DateCase(
            "n1", page: nil,
            "The ministerial conference on migration was held in Dakar on 03/06/2019.",
            "2019-06-03", nil),
        DateCase(
            "n2", page: nil,
            "The ministerial conference on migration was held in Dakar on 3.6.2019.",
            "2019-06-03", nil),
        DateCase(
            "n3", page: nil,
            "The ministerial conference on migration was held in Dakar on 2019-06-03.",
            "2019-06-03", nil),
        DateCase(
            "n4", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 03/06/2019.",
            "2019-06-03", nil),
        DateCase(
            "n5", page: nil,
            "The ministerial conference on migration was held in Dakar on 3-4/06/2019.",
            "2019-06-03", "2019-06-04"),
        DateCase(
            "n6", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 3 et 4/06/2019.",
            "2019-06-03", "2019-06-04"),
        DateCase(
            "n7", page: nil,
            "The ministerial conference on migration was held in Dakar on 2019/06/03.",
            "2019-06-03", nil),
        DateCase(
            "n8", page: nil,
            "The ministerial conference on migration was held in Dakar on 03.06.19.",
            "2019-06-03", nil),
        DateCase(
            "r1", page: nil,
            "The ministerial conference on migration was held in Dakar from 30 May to 2 June 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "r2", page: nil,
            "The ministerial conference on migration was held in Dakar from May 30 to June 2, 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "r3", page: nil,
            "The ministerial conference on migration was held in Dakar from 30 December 2019 to 2 January 2020.",
            "2019-12-30", "2020-01-02"),
        DateCase(
            "r4", page: nil,
            "The ministerial conference on migration was held in Dakar on 30 May – 2 June 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "r5", page: nil,
            "The ministerial conference on migration was held in Dakar on 30 May—2 June 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "r6", page: nil,
            "The ministerial conference on migration was held in Dakar between 3 and 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r7", page: nil,
            "The ministerial conference on migration was held in Dakar between March 3 and March 5, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r8", page: nil,
            "The ministerial conference on migration ran in Dakar from 3 through 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r9", page: nil,
            "The ministerial conference on migration was held in Dakar from 3 till 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r10", page: nil,
            "The ministerial conference on migration was held in Dakar March 3–5, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r11", page: nil,
            "The ministerial conference on migration was held in Dakar 3–5 March, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "r12", page: nil,
            "The ministerial conference on migration was held in Dakar from March 30 – April 2, 2019.",
            "2019-03-30", "2019-04-02"),
        DateCase(
            "f1", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 3 au 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "f2", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 3 et 4 mars 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "f3", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 1er mars 2019.",
            "2019-03-01", nil),
        DateCase(
            "f4", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 30 mai au 2 juin 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "f5", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 28 décembre 2019 au 2 janvier 2020.",
            "2019-12-28", "2020-01-02"),
        DateCase(
            "f6", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 3 jusqu'au 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "f7", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le mardi 3 mars 2020.",
            "2020-03-03", nil),
        DateCase(
            "f8", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar, mardi 3 mars 2020, à 10h.",
            "2020-03-03", nil),
        DateCase(
            "f9", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar entre le 3 et le 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "f10", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 3 mars dernier.",
            nil, nil),
        DateCase(
            "f11", page: "2019-03-20",
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 3 mars dernier.",
            "2019-03-03", nil),
        DateCase(
            "f12", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du lundi 2 au mercredi 4 mars 2020.",
            "2020-03-02", "2020-03-04"),
        DateCase(
            "f13", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 1er et 2 mars 2019.",
            "2019-03-01", "2019-03-02"),
        DateCase(
            "f14", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 1er au 3 mars 2019.",
            "2019-03-01", "2019-03-03"),
        DateCase(
            "w1", page: nil,
            "The ministerial conference on migration was held in Dakar on Wednesday, 15 June 2016, 9:00 - 17:00.",
            "2016-06-15", nil),
        DateCase(
            "w2", page: nil,
            "The ministerial conference on migration was held in Dakar on Wednesday 15 June 2016 at 9 am.",
            "2016-06-15", nil),
        DateCase(
            "w3", page: nil,
            "The ministerial conference on migration was held in Dakar on Wednesday, June 15, 2016.",
            "2016-06-15", nil),
        DateCase(
            "w4", page: nil,
            "The ministerial conference on migration was held in Dakar from Wednesday, June 15, to Friday, June 17, 2016.",
            "2016-06-15", "2016-06-17"),
        DateCase(
            "w5", page: nil,
            "The ministerial conference on migration was held in Dakar on Wednesday, June 15 – Friday, June 17, 2016.",
            "2016-06-15", "2016-06-17"),
        DateCase(
            "w6", page: nil,
            "The ministerial conference on migration was held in Dakar Wed 15 June 2016.",
            "2016-06-15", nil),
        DateCase(
            "w7", page: nil,
            "The ministerial conference on migration was held in Dakar on Wednesday, 15 June, and Thursday, 16 June 2016.",
            "2016-06-15", "2016-06-16"),
        DateCase(
            "rel1", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar yesterday.",
            "2019-03-05", nil),
        DateCase(
            "rel2", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar last Tuesday.",
            "2019-03-05", nil),
        DateCase(
            "rel3", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar earlier this week.",
            "2019-03", nil),
        DateCase(
            "rel4", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue hier à Dakar.",
            "2019-03-05", nil),
        DateCase(
            "rel5", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue mardi dernier à Dakar.",
            "2019-03-05", nil),
        DateCase(
            "rel6", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue ce lundi à Dakar.",
            "2019-03-04", nil),
        DateCase(
            "rel7", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue la semaine dernière à Dakar.",
            "2019-02", nil),
        DateCase(
            "rel8", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar on Monday.",
            "2019-03-04", nil),
        DateCase(
            "rel9", page: "2019-03-06",
            "The ministerial conference on migration opened in Dakar today.",
            "2019-03-06", nil),
        DateCase(
            "rel10", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar last week.",
            "2019-02", nil),
        DateCase(
            "rel11", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar on 4 March.",
            "2019-03-04", nil),
        DateCase(
            "rel12", page: "2019-01-06",
            "The ministerial conference on migration was held in Dakar on 20 December.",
            "2018-12-20", nil),
        DateCase(
            "rel13", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar this week.",
            "2019-03", nil),
        DateCase(
            "rel14", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar on Monday and Tuesday.",
            "2019-03-04", "2019-03-05"),
        DateCase(
            "rel15", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue lundi et mardi à Dakar.",
            "2019-03-04", "2019-03-05"),
        DateCase(
            "rel16", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue en début de semaine à Dakar.",
            "2019-03", nil),
        DateCase(
            "rel17", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar on Monday, March 4.",
            "2019-03-04", nil),
        DateCase(
            "rel18", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue lundi 4 mars à Dakar.",
            "2019-03-04", nil),
        DateCase(
            "rel19", page: "2019-03-06",
            "The ministerial conference on migration will be held in Dakar next Monday.",
            "2019-03-11", nil),
        DateCase(
            "rel20", page: "2019-03-06",
            "The ministerial conference on migration was held in Dakar the day before yesterday.",
            "2019-03-04", nil),
        DateCase(
            "rel21", page: "2019-03-06",
            "La conférence ministérielle sur la migration s'est tenue avant-hier à Dakar.",
            "2019-03-04", nil),
        DateCase(
            "rel22", page: nil,
            "The ministerial conference on migration was held in Dakar yesterday.",
            nil, nil),
        DateCase(
            "y1", page: nil,
            "The ministerial conference on migration was held in Dakar on Friday, June 24.",
            nil, nil),
        DateCase(
            "y1b", page: "2022-06-27",
            "The ministerial conference on migration was held in Dakar on Friday, June 24.",
            "2022-06-24", nil),
        DateCase(
            "y2", page: nil,
            "The 2022 ministerial conference on migration. The ministerial conference on migration was held in Dakar on Friday, June 24.",
            "2022-06-24", nil),
        DateCase(
            "m1", page: nil,
            "The ministerial conference on migration was held in Dakar in early June 2019.",
            "2019-06", nil),
        DateCase(
            "m2", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar à la mi-juin 2019.",
            "2019-06", nil),
        DateCase(
            "m3", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar fin mars 2019.",
            "2019-03", nil),
        DateCase(
            "m4", page: nil,
            "The ministerial conference on migration was held in Dakar in mid-June 2019.",
            "2019-06", nil),
        DateCase(
            "m5", page: nil,
            "The ministerial conference on migration was held in Dakar in late March 2019.",
            "2019-03", nil),
        DateCase(
            "m6", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar en juin 2019.",
            "2019-06", nil),
        DateCase(
            "m7", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar début juin 2019.",
            "2019-06", nil),
        DateCase(
            "m8", page: nil,
            "The ministerial conference on migration was held in Dakar in spring 2019.",
            "2019", nil),
        DateCase(
            "m9", page: "2019-07-02",
            "The ministerial conference on migration was held in Dakar in June.",
            "2019-06", nil),
        DateCase(
            "m10", page: "2019-07-02",
            "La conférence ministérielle sur la migration s'est tenue à Dakar en juin.",
            "2019-06", nil),
        DateCase(
            "m11", page: nil,
            "The ministerial conference on migration was held in Dakar in June of 2019.",
            "2019-06", nil),
        DateCase(
            "m12", page: nil,
            "The ministerial conference on migration was held in Dakar in June, 2019.",
            "2019-06", nil),
        DateCase(
            "d1", page: "2019-03-01",
            "Registration for the ministerial conference on migration in Dakar is open until 3 March 2019.",
            nil, nil),
        DateCase(
            "d2", page: "2019-03-01",
            "The ministerial conference on migration will be held in Dakar on 20 March 2019. Registration closes on 3 March 2019.",
            "2019-03-20", nil),
        DateCase(
            "d3", page: "2019-03-01",
            "The ministerial conference on migration will be held in Dakar on 20 March 2019. Applications must be submitted by 3 March 2019.",
            "2019-03-20", nil),
        DateCase(
            "d4", page: "2019-03-01",
            "Les inscriptions à la conférence ministérielle sur la migration de Dakar sont ouvertes jusqu'au 3 mars 2019.",
            nil, nil),
        DateCase(
            "d5", page: "2019-03-25",
            "Published on 25 March 2019. The ministerial conference on migration was held in Dakar on 20 March 2019.",
            "2019-03-20", nil),
        DateCase(
            "d7", page: nil,
            "The ministerial conference on migration in Dakar, first scheduled for 20 March 2019, was postponed to 10 April 2019.",
            "2019-04-10", nil),
        DateCase(
            "d8", page: nil,
            "La conférence ministérielle sur la migration de Dakar, prévue le 20 mars 2019, a été reportée au 10 avril 2019.",
            "2019-04-10", nil),
        DateCase(
            "d9", page: nil,
            "The ministerial conference on migration was held in Dakar on 20 March 2019. A follow-up meeting will take place on 10 June 2019.",
            "2019-03-20", nil),
        DateCase(
            "d10", page: nil,
            "The ministerial conference on migration was held in Dakar on 20 March 2019, a year after the Rabat meeting of 12 March 2018.",
            "2019-03-20", nil),
        DateCase(
            "d11", page: nil,
            "The deadline for submissions is 3 March 2019. The ministerial conference on migration will be held in Dakar on 20 March 2019.",
            "2019-03-20", nil),
        DateCase(
            "d12", page: nil,
            "The ministerial conference on migration in Dakar, originally planned for 20 March 2019, was rescheduled to 10 April 2019.",
            "2019-04-10", nil),
        DateCase(
            "m13", page: "2019-03-02",
            "La conférence ministérielle sur la migration s'est tenue à Dakar en juin dernier.",
            "2018-06", nil),
        DateCase(
            "m14", page: "2019-03-02",
            "The ministerial conference on migration was held in Dakar last June.",
            "2018-06", nil),
        DateCase(
            "m15", page: "2019-03-02",
            "La conférence ministérielle sur la migration se tiendra à Dakar en décembre prochain.",
            "2019-12", nil),
        DateCase(
            "m16", page: "2019-03-02",
            "The ministerial conference on migration will be held in Dakar in June this year.",
            "2019-06", nil),
        DateCase(
            "m17", page: "2019-03-02",
            "La conférence ministérielle sur la migration se tiendra à Dakar fin juin prochain.",
            "2019-06", nil),
        DateCase(
            "m18", page: nil,
            "La conférence ministérielle sur la migration se tiendra à Dakar en décembre prochain.",
            nil, nil),
        DateCase(
            "p1", page: "2019-08-10",
            "The ministerial conference on migration was held in Dakar on the 3rd of March last.",
            "2019-03-03", nil),
        DateCase(
            "p2", page: "2019-02-10",
            "La conférence ministérielle sur la migration se tiendra à Dakar le 3 mars prochain.",
            "2019-03-03", nil),
        DateCase(
            "p3", page: "2019-04-10",
            "La conférence ministérielle sur la migration se tiendra à Dakar le 3 mars prochain.",
            "2020-03-03", nil),
        DateCase(
            "p4", page: "2019-02-10",
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 3 mars dernier.",
            "2018-03-03", nil),
        DateCase(
            "a1", page: "2019-03-06",
            "La conférence ministérielle sur la migration se tiendra après-demain à Dakar.",
            "2019-03-08", nil),
        DateCase(
            "d13", page: nil,
            "The ministerial conference on migration in Dakar, initially set for 20 March 2019, has been moved to 10 April 2019.",
            "2019-04-10", nil),
        DateCase(
            "d14", page: nil,
            "Held in Dakar on 20 March 2019, the ministerial conference on migration decided to postpone the next summit to 10 April 2020.",
            "2019-03-20", nil),
        DateCase(
            "x1", page: nil,
            "Dakar, 12 March 2019 – The ministerial conference on migration opened in Dakar today. It follows the Rabat meeting of 3 October 2018.",
            "2019-03-12", nil),
        DateCase(
            "x2", page: nil,
            "Posted 14 March 2019\nThe ministerial conference on migration was held in Dakar on 11 and 12 March 2019. The next conference will take place in 2020.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "x4", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar on Tuesday for the ministerial conference on migration. They agreed to meet again on 20 September 2019.",
            "2019-03-12", nil),
        DateCase(
            "x5", page: nil,
            "Ministers of the Sahel met in Dakar on Tuesday for the ministerial conference on migration.",
            nil, nil),
        DateCase(
            "x6", page: nil,
            "Wednesday, 13 March 2019\nMinisters of the Sahel met in Dakar yesterday for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "x7", page: nil,
            "13/03/2019\nLa conférence ministérielle sur la migration s'est tenue hier à Dakar.",
            "2019-03-12", nil),
        DateCase(
            "x8", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 11 et 12 mars 2019. Elle fait suite à la réunion de Rabat du 3 octobre 2018. La prochaine réunion aura lieu en 2020.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "x9", page: nil,
            "The ministerial conference on migration will be held in Dakar on 11-12 March 2019. Registration closes on 1 March 2019. The report will be published on 30 April 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "x10", page: nil,
            "Updated: 2 April 2019\nThe ministerial conference on migration, which took place in Dakar on 11-12 March, adopted an action plan.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "x11", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar this week for the ministerial conference on migration.",
            "2019-03", nil),
        DateCase(
            "x12", page: nil,
            "DAKAR, March 13 (Reuters) - Ministers of the Sahel met on Tuesday for the ministerial conference on migration.",
            nil, nil),
        DateCase(
            "x13", page: nil,
            "DAKAR, March 13, 2019 (Reuters) - Ministers of the Sahel met here on Tuesday for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "x14", page: nil,
            "Dakar, le 13 mars 2019 - Les ministres du Sahel se sont réunis mardi à Dakar pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "x15", page: nil,
            "The ministerial conference on migration was held in Dakar on 11 March 2019. The declaration adopted there will enter into force on 1 January 2020.",
            "2019-03-11", nil),
        DateCase(
            "x16", page: nil,
            "In 2018, ministers agreed in Accra to meet again. On 11 March 2019, the ministerial conference on migration was held in Dakar.",
            "2019-03-11", nil),
        DateCase(
            "x17", page: nil,
            "Monday 11 March 2019\nMinisters of the Sahel gather in Dakar today for the ministerial conference on migration.",
            "2019-03-11", nil),
        DateCase(
            "x18", page: nil,
            "Ministers of the Sahel gathered in Dakar on 11 March 2019 for the ministerial conference on migration, ahead of the summit on 25 June 2019.",
            "2019-03-11", nil),
        DateCase(
            "x19", page: nil,
            "Saturday, 23 November 2024\nThe global forum on migration is taking place in Geneva from 22 to 26 January 2024.",
            "2024-01-22", "2024-01-26"),
        DateCase(
            "q1", page: "2019-03-14",
            "DAKAR, March 13 (Reuters) - Ministers of the Sahel met on Tuesday for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "q2", page: "2019-03-14",
            "Last month, ministers of the Sahel met in Dakar for the ministerial conference on migration.",
            "2019-02", nil),
        DateCase(
            "q3", page: "2019-03-14",
            "Le mois dernier, les ministres du Sahel se sont réunis à Dakar pour la conférence ministérielle sur la migration.",
            "2019-02", nil),
        DateCase(
            "q4", page: "2019-03-14",
            "Earlier this month, ministers of the Sahel met in Dakar for the ministerial conference on migration.",
            "2019-03", nil),
        DateCase(
            "q5", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar on the 12th for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "q6", page: "2019-03-14",
            "Les ministres du Sahel se sont réunis à Dakar le 12 courant pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "q7", page: "2019-03-14",
            "The ministerial conference on migration will be held in Dakar next week.",
            "2019-03", nil),
        DateCase(
            "q8", page: "2019-03-14",
            "La conférence ministérielle sur la migration se tiendra à Dakar la semaine prochaine.",
            "2019-03", nil),
        DateCase(
            "q10", page: "2019-03-14",
            "The ministerial conference on migration opened in Dakar on Tuesday.",
            "2019-03-12", nil),
        DateCase(
            "q11", page: "2019-03-14",
            "The ministerial conference on migration ended in Dakar on Wednesday after two days of talks.",
            "2019-03-13", nil),
        DateCase(
            "q12", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar over the weekend for the ministerial conference on migration.",
            "2019-03", nil),
        DateCase(
            "q13", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar on March 12 for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "q14", page: "2019-03-14",
            "Les ministres du Sahel se sont réunis à Dakar ce mardi 12 mars pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "q15", page: "2019-03-14",
            "Les ministres du Sahel se sont réunis mardi dernier à Dakar pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "q16", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar on Tuesday, March 12, for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "q17", page: "2019-03-14",
            "The ministerial conference on migration, held in Dakar on Tuesday (12 March), adopted a plan.",
            "2019-03-12", nil),
        DateCase(
            "q18", page: "2019-03-20",
            "Ministers of the Sahel met in Dakar for the ministerial conference on migration on Tuesday 12 March.",
            "2019-03-12", nil),
        DateCase(
            "q19", page: "2019-03-14",
            "Ministers of the Sahel wrapped up the ministerial conference on migration in Dakar on Wednesday.",
            "2019-03-13", nil),
        DateCase(
            "q20", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar two days ago for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "q21", page: "2019-03-14",
            "Les ministres du Sahel se sont réunis il y a deux jours à Dakar pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "q22", page: "2019-03-14",
            "Ministers of the Sahel met in Dakar on 12 March, two days before the publication of this note.",
            "2019-03-12", nil),
        DateCase(
            "e0", page: nil,
            "The ministerial conference on migration was held in Dakar from 3 March until 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e1", page: nil,
            "The ministerial conference on migration was held in Dakar 3 to 5 March, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e2", page: nil,
            "The ministerial conference on migration was held in Dakar on March 3rd and 4th, 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "e3", page: nil,
            "The ministerial conference on migration was held in Dakar on the 3rd and 4th March 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "e4", page: nil,
            "The ministerial conference on migration was held in Dakar March 3 through 5, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e5", page: nil,
            "The ministerial conference on migration was held in Dakar 3rd – 5th March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e6", page: nil,
            "The ministerial conference on migration was held in Dakar on Mar. 3-5, 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e7", page: nil,
            "The ministerial conference on migration was held in Dakar from the 3rd to 5th of March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e8", page: nil,
            "The ministerial conference on migration was held in Dakar on 1-2 Dec. 2019.",
            "2019-12-01", "2019-12-02"),
        DateCase(
            "e9", page: nil,
            "The ministerial conference on migration was held in Dakar on Dec 1-2 2019.",
            "2019-12-01", "2019-12-02"),
        DateCase(
            "e10", page: nil,
            "The ministerial conference on migration was held in Dakar between 30 May and 2 June 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "e11", page: nil,
            "The ministerial conference on migration was held in Dakar on 30th May - 2nd June 2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "e12", page: nil,
            "The ministerial conference on migration was held in Dakar on 1st-2nd December, 2019.",
            "2019-12-01", "2019-12-02"),
        DateCase(
            "e13", page: nil,
            "The ministerial conference on migration was held in Dakar on Sept. 3-4, 2019.",
            "2019-09-03", "2019-09-04"),
        DateCase(
            "e14", page: nil,
            "The ministerial conference on migration was held in Dakar on 3–4 Sept 2019.",
            "2019-09-03", "2019-09-04"),
        DateCase(
            "e15", page: nil,
            "The ministerial conference on migration was held in Dakar on 3/4 March 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "e16", page: nil,
            "The ministerial conference on migration was held in Dakar on 3 & 4 March 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "e17", page: nil,
            "The ministerial conference on migration was held in Dakar from 3 to 5 March 2019 inclusive.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "e18", page: nil,
            "The ministerial conference on migration was held in Dakar on 28 February-1 March 2019.",
            "2019-02-28", "2019-03-01"),
        DateCase(
            "e19", page: nil,
            "The ministerial conference on migration was held in Dakar on February 28-March 1, 2019.",
            "2019-02-28", "2019-03-01"),
        DateCase(
            "e20", page: nil,
            "The ministerial conference on migration was held in Dakar on 3 March, 2019.",
            "2019-03-03", nil),
        DateCase(
            "e21", page: nil,
            "The ministerial conference on migration was held in Dakar on Sunday 3 March, 2019.",
            "2019-03-03", nil),
        DateCase(
            "e22", page: nil,
            "The ministerial conference on migration was held in Dakar on March 3, 2019 (Sunday).",
            "2019-03-03", nil),
        DateCase(
            "e23", page: nil,
            "The ministerial conference on migration was held in Dakar on 3 March 2019 (Sunday).",
            "2019-03-03", nil),
        DateCase(
            "g0", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 3, 4 et 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g1", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 3 mars au 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g2", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 3-5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g3", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 3 et le 4 mars 2019.",
            "2019-03-03", "2019-03-04"),
        DateCase(
            "g4", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar lundi 4 et mardi 5 mars 2019.",
            "2019-03-04", "2019-03-05"),
        DateCase(
            "g5", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 03 au 05 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g6", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 30/05 au 02/06/2019.",
            "2019-05-30", "2019-06-02"),
        DateCase(
            "g7", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 3 au 5/03/2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g8", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 3 mars 2019 à 9h30.",
            "2019-03-03", nil),
        DateCase(
            "g9", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du lundi 4 mars au mercredi 6 mars 2019.",
            "2019-03-04", "2019-03-06"),
        DateCase(
            "g10", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar entre le 3 et le 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "g11", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar le 1er et le 2 mars 2019.",
            "2019-03-01", "2019-03-02"),
        DateCase(
            "g12", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 28 février et 1er mars 2019.",
            "2019-02-28", "2019-03-01"),
        DateCase(
            "g13", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar du 28 février au 1er mars 2019.",
            "2019-02-28", "2019-03-01"),

        // Pages that give two or three dates, one of them the meeting's: a report or an act dated after the meeting, a
        // deadline, an arrival, a first plan, a last day said in a later clause, a December page announcing January days.
        DateCase(
            "w1", page: nil,
            "The ministerial conference on migration opened in Dakar on 3 March 2019. It closed on 5 March with the adoption of a declaration.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "w2", page: nil,
            "La conférence ministérielle sur la migration s'est ouverte à Dakar le 3 mars 2019. Elle s'est achevée le 5 mars par l'adoption d'une déclaration.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "w3", page: nil,
            "The ministerial conference on migration, which opened in Dakar on 3 March 2019, ended on 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "w4", page: nil,
            "La conférence ministérielle sur la migration, ouverte le 3 mars 2019 à Dakar, a pris fin le 5 mars.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "w5", page: "2019-03-14",
            "The ministerial conference on migration opened in Dakar on Monday. It closed on Wednesday with a joint declaration.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w6", page: "2019-03-13",
            "The ministerial conference on migration, which opened in Dakar on Monday 11 March, closes today.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w8", page: nil,
            "The report of the ministerial conference on migration, held in Dakar on 11-12 March 2019, was published on 2 April 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w9", page: nil,
            "On 2 April 2019, the secretariat published the report of the ministerial conference on migration held in Dakar on 11-12 March 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w10", page: nil,
            "Le rapport de la conférence ministérielle sur la migration, tenue à Dakar les 11 et 12 mars 2019, a été publié le 2 avril 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w11", page: nil,
            "Press release, 14 March 2019\nMinisters of the Sahel met in Dakar on 12 March 2019 for the ministerial conference on migration.",
            "2019-03-12", nil),
        DateCase(
            "w12", page: nil,
            "Communiqué de presse du 14 mars 2019\nLes ministres du Sahel se sont réunis à Dakar le 12 mars 2019 pour la conférence ministérielle sur la migration.",
            "2019-03-12", nil),
        DateCase(
            "w13", page: nil,
            "The ministerial conference on migration will be held in Dakar on 20-21 March 2019. Participants are kindly requested to confirm their attendance by 1 March 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w14", page: nil,
            "La conférence ministérielle sur la migration se tiendra à Dakar les 20 et 21 mars 2019. Les participants sont priés de confirmer leur présence avant le 1er mars 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w15", page: nil,
            "The ministerial conference on migration will be held in Dakar on 20-21 March 2019. Accreditation for journalists closes on 10 March 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w16", page: nil,
            "La date limite de dépôt des candidatures est fixée au 15 février 2019. La conférence ministérielle sur la migration se tiendra à Dakar les 20 et 21 mars 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w17", page: nil,
            "The ministerial conference on migration will be held in Dakar on 20-21 March 2019. Delegations are expected to arrive on 19 March 2019 and to leave on 22 March 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w19", page: nil,
            "The ministerial conference on migration will be held in Dakar on 20-21 March 2019. A welcome dinner will be offered to the delegations on the evening of 19 March 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w20", page: nil,
            "Abstracts must be submitted before 10 January 2019. The ministerial conference on migration will take place in Dakar on 20-21 March 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w21", page: nil,
            "The ministerial conference on migration will be held in Dakar in June 2019. Registration closes on 15 May 2019.",
            "2019-06", nil),
        DateCase(
            "w22", page: nil,
            "The ministerial conference on migration took place in Dakar in March 2019. Its action plan was published on 15 April 2019.",
            "2019-03", nil),
        DateCase(
            "w23", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar en mars 2019. Son plan d'action a été publié le 15 avril 2019.",
            "2019-03", nil),
        DateCase(
            "w24", page: nil,
            "In March 2019, ministers of the Sahel met in Dakar for the ministerial conference on migration. On 15 April 2019, the action plan they adopted was presented to the press.",
            "2019-03", nil),
        DateCase(
            "w25", page: "2018-12-10",
            "The ministerial conference on migration will be held in Dakar on 15-16 January.",
            "2019-01-15", "2019-01-16"),
        DateCase(
            "w26", page: "2018-11-20",
            "La conférence ministérielle sur la migration se tiendra à Dakar les 15 et 16 janvier.",
            "2019-01-15", "2019-01-16"),
        DateCase(
            "w27", page: "2018-10-01",
            "The ministerial conference on migration will take place in Dakar on 10 February.",
            "2019-02-10", nil),
        DateCase(
            "w28", page: "2019-01-08",
            "The ministerial conference on migration was held in Dakar on 18-19 December.",
            "2018-12-18", "2018-12-19"),
        DateCase(
            "w29", page: "2019-02-05",
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 28 et 29 novembre.",
            "2018-11-28", "2018-11-29"),
        DateCase(
            "w30", page: "2019-05-02",
            "The ministerial conference on migration was held in Dakar on 11-12 March.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w31", page: nil,
            "The ministerial conference on migration, held in Dakar on 11-12 March 2019, endorsed the declaration adopted in Rabat on 3 October 2018.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w32", page: nil,
            "The ministerial conference on migration was held in Dakar on 11-12 March 2019 to review the action plan adopted on 3 October 2018.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w33", page: nil,
            "La conférence ministérielle sur la migration s'est tenue à Dakar les 11 et 12 mars 2019 pour faire le point sur le plan d'action adopté le 3 octobre 2018.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w34", page: nil,
            "Ministerial conference on migration, Dakar, 11-12 March 2019\nMinisters of the Sahel gathered to review their action plan.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w35", page: nil,
            "Sahel ministers meet in Dakar\nThe ministerial conference on migration took place on 11 and 12 March 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w36", page: "2019-03-20",
            "Sahel ministers meet in Dakar\nThe ministerial conference on migration took place on 11 and 12 March.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w37", page: "2019-04-02",
            "The ministerial conference on migration was held in Dakar on 11-12 March 2019. The ministers will meet again in 2020.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w38", page: "2019-03-14",
            "Dakar hosted the ministerial conference on migration on 11-12 March 2019. The declaration was signed by the ministers today.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w39", page: nil,
            "The ministerial conference on migration, originally scheduled for 20 March 2019, took place in Dakar on 10 April 2019.",
            "2019-04-10", nil),
        DateCase(
            "w40", page: nil,
            "La conférence ministérielle sur la migration, initialement prévue le 20 mars 2019, s'est finalement tenue à Dakar le 10 avril 2019.",
            "2019-04-10", nil),
        DateCase(
            "w41", page: "2019-03-25",
            "The ministerial conference on migration was held in Dakar on 11-12 March. On 20 March, the ministers' declaration was sent to the African Union.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w42", page: nil,
            "The ministerial conference on migration was held in Dakar on 11-12 March 2019, two weeks after the senior officials had prepared it on 25 February 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w43", page: nil,
            "The ministerial conference on migration will be held in Dakar from 11 to 13 March 2019. The high-level segment is scheduled for 13 March 2019.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w44", page: nil,
            "La conférence ministérielle sur la migration se déroulera à Dakar du 11 au 13 mars 2019. Le segment ministériel est prévu le 13 mars 2019.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w45", page: nil,
            "The ministerial conference on migration took place in Dakar on 11-12 March 2019. Its conclusions were endorsed by the heads of state on 30 June 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w46", page: "2019-03-15",
            "The ministerial conference on migration opened in Dakar on 11 March. After three days of talks, it ended on 13 March with a declaration.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w47", page: nil,
            "La conférence ministérielle sur la migration a débuté le 11 mars 2019 à Dakar. Les travaux se sont clôturés le 13 mars 2019.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w48", page: "2019-03-12",
            "The ministerial conference on migration opened in Dakar yesterday and will close on Wednesday.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w49", page: "2019-03-12",
            "La conférence ministérielle sur la migration s'est ouverte hier à Dakar et se clôturera mercredi.",
            "2019-03-11", "2019-03-13"),
        DateCase(
            "w50", page: nil,
            "Posted on 2 April 2019\nThe ministerial conference on migration took place in Dakar in March 2019.",
            "2019-03", nil),
        DateCase(
            "w55", page: nil,
            "The ministerial conference on migration will be held in Dakar on 11-12 March 2019. The deadline for side-event proposals is 1 February 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w56", page: nil,
            "The ministerial conference on migration will be held in Dakar on 11-12 March 2019. Please register by 20 February 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w57", page: nil,
            "La conférence ministérielle sur la migration aura lieu à Dakar les 11 et 12 mars 2019. Inscription obligatoire avant le 20 février 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w58", page: "2019-03-14",
            "The ministerial conference on migration took place in Dakar on 11-12 March. It was followed on 13 March by a meeting of the donors.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w51", page: "2019-04-02",
            "The ministerial conference on migration took place in Dakar in March.",
            "2019-03", nil),
        DateCase(
            "w52", page: "2019-04-02",
            "La conférence ministérielle sur la migration s'est tenue à Dakar en mars.",
            "2019-03", nil),
        DateCase(
            "w59", page: "2019-04-02",
            "The ministerial conference on migration took place in Dakar in June.",
            "2018-06", nil),
        DateCase(
            "w60", page: nil,
            "The ministerial conference on migration took place in Dakar in March.",
            nil, nil),
        DateCase(
            "w61", page: "2019-03-02",
            "The ministerial conference on migration will be held in Dakar in June.",
            nil, nil),
        DateCase(
            "w62", page: "2019-03-02",
            "The talks of the ministerial conference on migration in Dakar were suspended in November.",
            nil, nil),
        DateCase(
            "v1", page: nil,
            "Lomé (le 2 mars 2019) – Le ministre de l'Intérieur ouvrira la conférence ministérielle sur la migration le 11 mars 2019 à Lomé.",
            "2019-03-11", nil),
        DateCase(
            "v2", page: nil,
            "Accra (March 2, 2019) – The Minister of the Interior will convene the ministerial conference on migration in Accra on 11 March 2019.",
            "2019-03-11", nil),
        DateCase(
            "v3", page: "2019-03-02",
            "Abo, 2 March 2019 [Coast News] --- The minister left the country on Saturday to attend the ministerial conference on migration, which is being held in Accra from 3 to 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "v4", page: "2019-03-02",
            "Tchaka, 2 mars 2019 [Agence Sahel] --- Le ministre a quitté le pays samedi pour prendre part à la conférence ministérielle sur la migration, qui se tient à Niamey du 3 au 5 mars 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "v5", page: nil,
            "ABUJA (3 May 2021) - Ministers of the region will meet in Abuja on 20 and 21 May 2021 for the ministerial conference on migration.",
            "2021-05-20", "2021-05-21"),
        DateCase(
            "v6", page: nil,
            "Bamako, le 3 mai 2021 / Agence — La réunion ministérielle sur la migration aura lieu les 20 et 21 mai 2021 à Bamako.",
            "2021-05-20", "2021-05-21"),
        DateCase(
            "v7", page: nil,
            "Accra, 11 March 2019: A meeting of senior officials has begun in Accra ahead of the ministerial conference on migration to be held on 13 and 14 March.",
            "2019-03-11", nil),
        DateCase(
            "v8", page: nil,
            "Dakar, 11 mars 2019 - La réunion des hauts fonctionnaires s'est ouverte aujourd'hui à Dakar, en prélude à la conférence ministérielle prévue les 13 et 14 mars.",
            "2019-03-11", nil),
        DateCase(
            "v9", page: nil,
            "The ministerial conference of the Senegalese Chairmanship was held in Dakar from March 11-12, 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v10", page: nil,
            "La conférence ministérielle de la présidence sénégalaise s'est tenue à Dakar les 11 et 12 mars 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v11", page: nil,
            "The first meeting of deputy ministers took place during the Senegalese presidency in Dakar on 11 March 2019.",
            "2019-03-11", nil),
        DateCase(
            "v12", page: nil,
            "The closing summit of the Moroccan Chairmanship was hosted in Rabat on 11-12 March 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v13", page: nil,
            "Le sommet de clôture de la présidence marocaine a été accueilli à Rabat les 11 et 12 mars 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v14", page: "2019-03-09",
            "The heads of state arrived in Dakar on Friday for the extraordinary summit, whose proceedings open this Saturday.",
            "2019-03-09", nil),
        DateCase(
            "v15", page: "2019-03-09",
            "Les chefs d'État sont arrivés vendredi à Dakar pour le sommet extraordinaire, dont les travaux s'ouvrent ce samedi.",
            "2019-03-09", nil),
        DateCase(
            "v16", page: nil,
            "The delegations arrived in Dakar on 10 March 2019 for the ministerial conference on migration, which opens on 11 March 2019.",
            "2019-03-11", nil),
        DateCase(
            "v17", page: nil,
            "Les délégations sont arrivées à Dakar le 10 mars 2019 pour la conférence ministérielle sur la migration, qui s'ouvre le 11 mars 2019.",
            "2019-03-11", nil),
        DateCase(
            "v18", page: "2019-03-09",
            "Six heads of state took part on Friday in the opening ceremony of the extraordinary summit in Dakar, whose work began on Saturday.",
            "2019-03-09", nil),
        DateCase(
            "v19", page: nil,
            "The Dakar summit reviewed the progress made since the previous summit, held in Abuja in 2017.",
            nil, nil),
        DateCase(
            "v20", page: nil,
            "Le sommet de Dakar a fait le point des progrès accomplis depuis le dernier sommet, tenu à Abuja en 2017.",
            nil, nil),
        DateCase(
            "v21", page: nil,
            "The Dakar summit of 11 March 2019 reviewed the progress made since the previous summit, held in Abuja in June 2017.",
            "2019-03-11", nil),
        DateCase(
            "v22", page: nil,
            "The ministerial conference of the Senegalese Chairmanship was held in Saly, on the coast south of Dakar, from 11 to 12 March 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v23", page: nil,
            "La réunion ministérielle de la présidence sénégalaise a été accueillie à Saly, sur la côte au sud de Dakar, les 11 et 12 mars 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "v25", page: "2019-03-09",
            "Les ministres sont arrivés vendredi après-midi à Dakar pour la conférence ministérielle sur la migration, dont les travaux débutaient ce samedi.",
            "2019-03-09", nil),
        DateCase(
            "v26", page: "2019-03-09",
            "The ministers arrived in Dakar on Friday afternoon for the ministerial conference on migration, which opened on Saturday morning.",
            "2019-03-09", nil),
    ]

    /// Forms still read wrongly, kept so that a fix shows: the day a chairmanship began, said in a clause after the
    /// meeting named as its closing event (v24), a last day given by a "closing session", an arrival the day
    /// before a conference named with "à la veille de", an earlier meeting in the pluperfect,
    /// and "présenté les conclusions de la conférence tenue ... les 11 et 12 mars" (a clause after "conclusions" situates
    /// another meeting, so its days are set aside and the day of the presentation is left).
    static let open: [DateCase] = [
        DateCase(
            "v24", page: nil,
            "The ministerial conference on migration, the closing event of the Senegalese Chairmanship which began on 1 January 2019, was held in Dakar.",
            nil, nil),
        DateCase(
            "w54", page: nil,
            "Le 2 avril 2019, le secrétariat a présenté les conclusions de la conférence ministérielle sur la migration tenue à Dakar les 11 et 12 mars 2019.",
            "2019-03-11", "2019-03-12"),
        DateCase(
            "w7", page: nil,
            "The ministerial conference on migration began in Dakar on 3 March 2019. The closing session took place on 5 March 2019.",
            "2019-03-03", "2019-03-05"),
        DateCase(
            "w18", page: nil,
            "Les délégations sont attendues à Dakar le 19 mars 2019, à la veille de la conférence ministérielle sur la migration prévue les 20 et 21 mars 2019.",
            "2019-03-20", "2019-03-21"),
        DateCase(
            "w53", page: nil,
            "The ministerial conference on migration was held in Dakar on 11-12 March 2019. A year earlier, on 6 March 2018, the ministers had met in Rabat.",
            "2019-03-11", "2019-03-12"),
    ]

    @Test("each sentence drafts its meeting's dates, or none", arguments: cases)
    func catalogue(_ probe: DateCase) throws {
        try Self.check(probe)
    }

    @Test("forms still read wrongly", arguments: open)
    func stillOpen(_ probe: DateCase) throws {
        try ProbeCatalogue.check(knownIssue: ProbeCatalogue.notYetRead) { try Self.check(probe) }
    }

    static func check(_ probe: DateCase) throws {
        let meetings = try probe.draft().nodes.compactMap(\.meeting)
        let dated = meetings.filter { $0.start != nil }
        guard let start = probe.start else {
            #expect(dated.isEmpty, "\(dated.map { $0.start!.description })")
            return
        }
        #expect(dated.count == 1, "\(dated.map { $0.start!.description })")
        #expect(dated.first?.start == PartialDate(start))
        #expect(dated.first?.end == probe.end.flatMap { PartialDate($0) })
    }
}
