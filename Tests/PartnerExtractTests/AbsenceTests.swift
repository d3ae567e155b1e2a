import PartnerGraph
import Testing

@testable import PartnerExtract

@Suite("Stated absences")
struct AbsenceTests {
    @Test("a withdrawn invitation drafts an absence and overrules an office-holder's presence elsewhere on the page")
    func withdrawnInvitationOverrulesWeakPresence() throws {
        let network = try extract(
            """
            The border ministers met in Ghent on 9 May 2023 to discuss small-boat crossings. \
            Belgium had withdrawn its invitation to the Norwegian Justice Minister after a quarrel over fishing rights. \
            The Norwegian Prime Minister has asked for joint sea patrols. The Danish Minister of Justice spoke about returns.
            """)
        #expect(actors(network, "absent", of: "gent") == ["NOR"])
        #expect(!actors(network, .attends, of: "gent").contains("NOR"))
        #expect(actors(network, .attends, of: "gent").contains("DNK"))
    }

    @Test("without the withdrawal, the same office-holder makes a participant")
    func officeHolderWithoutAbsence() throws {
        let network = try extract(
            """
            The border ministers met in Ghent on 9 May 2023 to discuss small-boat crossings. \
            The Norwegian Prime Minister has asked for joint sea patrols. The Danish Minister of Justice spoke about returns.
            """)
        #expect(actors(network, "absent", of: "gent").isEmpty)
        #expect(actors(network, .attends, of: "gent") == ["NOR", "DNK"])
    }

    @Test("a denied attendance, an excuse and 'in the absence of' draft absences, never presences")
    func deniedAttendance() throws {
        let network = try extract(
            """
            The regional consultation took place in Accra on 2 June 2022. Delegates from Ghana, Togo and Benin took part. \
            Niger could not attend. Chad sent its apologies. The session on returns went ahead in the absence of Libya.
            """)
        #expect(actors(network, "absent", of: "accra") == ["NER", "TCD", "LBY"])
        #expect(actors(network, .attends, of: "accra") == ["GHA", "TGO", "BEN"])
    }

    @Test("an absence stated before the meeting is opened goes to the page's meeting; a country that took part is not absent")
    func absenceBeforeTheMeetingAndRepresentation() throws {
        let network = try extract(
            """
            Paris withdrew the invitation of Hungary. \
            The interior ministers' meeting was held in Paris on 4 October 2021. Hungary was represented by its ambassador, and Austria attended.
            """)
        #expect(actors(network, "absent", of: "paris").isEmpty)
        #expect(actors(network, .attends, of: "paris") == ["HUN", "AUT"])
        let meeting = try #require(network.meetings.first)
        #expect(meeting.attributes["review"]?.contains("'HUN' is said not to have taken part") == true)
        let early = try extract(
            """
            The invitation to Hungary was cancelled last week. \
            The interior ministers' meeting was held in Paris on 4 October 2021, and Austria attended.
            """)
        #expect(actors(early, "absent", of: "paris") == ["HUN"])
    }
}
