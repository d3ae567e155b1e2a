import PartnerGraph
import Testing
@testable import PartnerExtract

/// The countries and organisations drafted as taking part: lists after a noun of participants, the page's own meeting
/// for the participants named before it is dated, and a withdrawn invitation over weak evidence.
@Suite("Participants named in lists, before the meeting, and kept away")
struct ParticipantTests {
    @Test("a plural noun of participants takes the list after it: from, of, that includes, such as, brackets, apposition")
    func listsAfterANoun() throws {
        let network = try extract(
            """
            The regional consultation on border management was held in Suva on 9 May 2023. \
            Heads of immigration services, along with senior officials that include Samoa, Tonga and Vanuatu, reviewed the work plan. \
            Des envoyés des agences onusiennes (HCR, OIT) ont assisté aux débats. \
            The European agencies Frontex and Europol gave a briefing. \
            Representatives at ministerial level from Kenya and Uganda spoke on the second day.
            """)
        let present = actors(network, .attends, of: "suva-2023-05-09")
        #expect(present.isSuperset(of: ["WSM", "TON", "VUT", "UNHCR", "ILO", "FRONTEX", "EUROPOL", "KEN", "UGA"]))
    }

    @Test("countries spoken of, members, funders and invited guests are no participants")
    func listsThatNameNoParticipants() throws {
        let network = try extract(
            """
            The regional consultation on border management was held in Suva on 9 May 2023. \
            Delegates discussed the situation in countries such as Libya and Niger. \
            The sub-region includes five member countries including Laos and Cambodia. \
            The project is financed by the governments of Japan and Norway. \
            Other countries such as Chile and Peru were invited to share their experience.
            """)
        let present = actors(network, .attends, of: "suva-2023-05-09")
        #expect(present.isDisjoint(with: ["LBY", "NER", "LAO", "KHM", "JPN", "NOR", "CHL", "PER"]))
    }

    @Test("participants named above the sentence that dates the page's one meeting belong to it; not on a page of several")
    func participantsBeforeTheMeeting() throws {
        let network = try extract(
            """
            Ministers from Ecuador and Bolivia met their counterparts in Lima

            Officials of Colombia and Paraguay joined them. The ministerial meeting on human mobility took place in Lima on 12 June 2024.
            """)
        #expect(actors(network, .attends, of: "lima-2024-06-12").isSuperset(of: ["ECU", "BOL", "COL", "PRY"]))
        let several = try extract(
            """
            Ministers from Ecuador and Bolivia took part. The first ministerial meeting took place in Lima on 12 June 2024. \
            The second ministerial meeting took place in Quito on 3 October 2024.
            """)
        #expect(!several.edges.contains { $0.relation == .attends && ["ECU", "BOL"].contains($0.from) })
    }

    @Test("a country the page says was kept away is not drafted present from a person's office or a list; a boycott too")
    func withdrawnInvitation() throws {
        let network = try extract(
            """
            The interior ministers' meeting on Channel crossings was held in Lille on 3 March 2022. \
            France withdrew its invitation to the British Home Secretary after a dispute over a letter. \
            The British Prime Minister has called for joint patrols. Ministers from Belgium and the Netherlands took part.
            """)
        let present = actors(network, .attends, of: "lille-2022-03-03")
        #expect(!present.contains("GBR"))
        #expect(present.isSuperset(of: ["BEL", "NLD"]))
        let boycott = try extract(
            """
            The summit on migration was held in Riga on 4 April 2023. Hungary boycotted the summit. \
            The Hungarian Foreign Minister said the talks were useless. Ministers from Estonia and Latvia spoke on security.
            """)
        #expect(!actors(boycott, .attends, of: "riga-2023-04-04").contains("HUN"))
        #expect(actors(boycott, .attends, of: "riga-2023-04-04").contains("EST"))
    }

    @Test("an epithet between the article and a country's name keeps the office-holder's country: the sisterly State of Kuwait")
    func epithetBeforeTheName() throws {
        let network = try extract(
            """
            The meeting of interior undersecretaries was held in Doha on 2 November 2024. \
            The Undersecretary of the Ministry of Interior of the sisterly State of Kuwait noted the importance of the meeting.
            """)
        #expect(actors(network, .attends, of: "doha-2024-11-02").contains("KWT"))
    }
}
