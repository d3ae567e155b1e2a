import Testing
@testable import PartnerExtract

@Suite("Sentences: abbreviations and initials keep a sentence whole; a full stop without its space still ends one")
struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] { SentenceSplitter.sentences(text) }

    @Test("a title before a name does not end the sentence", arguments: ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Amb.", "H.E.", "Hon."])
    func titles(_ title: String) {
        #expect(
            split("The session was opened by \(title) Nadia Ferhat. Ten states attended.") == [
                "The session was opened by \(title) Nadia Ferhat.", "Ten states attended.",
            ])
    }

    @Test("ranks and stacked titles before a name", arguments: ["the Rt. Hon.", "Lt. Gen.", "Maj. Gen.", "Capt.", "H.E. Mr."])
    func ranks(_ title: String) {
        #expect(
            split("Welcome remarks came from \(title) Tomas Varga. Lunch followed.") == [
                "Welcome remarks came from \(title) Tomas Varga.", "Lunch followed.",
            ])
    }

    @Test("French titles: M., Mme., MM., S.E., Pr.", arguments: ["M.", "Mme.", "MM.", "S.E.", "S.E.M.", "Pr."])
    func frenchTitles(_ title: String) {
        #expect(
            split("La séance a été ouverte par \(title) Diallo. Dix pays étaient présents.") == [
                "La séance a été ouverte par \(title) Diallo.", "Dix pays étaient présents.",
            ])
    }

    @Test("a country name cut short and a saint's name stay in their sentence")
    func shortenedNames() {
        #expect(
            split("Delegates of the Dem. Rep. of the Congo and St. Lucia met in Kigali. They agreed.") == [
                "Delegates of the Dem. Rep. of the Congo and St. Lucia met in Kigali.", "They agreed.",
            ])
        #expect(split("See Decision No. 12 of the Council. It was kept.") == ["See Decision No. 12 of the Council.", "It was kept."])
    }

    @Test("an initial or a run of initials does not end the sentence")
    func initials() {
        #expect(split("Opening words by Dr. A.K. Rahman, Minister. Then a break.") == ["Opening words by Dr. A.K. Rahman, Minister.", "Then a break."])
        #expect(split("Chaired by Jana K. Novak of Slovakia. Then a break.") == ["Chaired by Jana K. Novak of Slovakia.", "Then a break."])
    }

    @Test("an ordinary word, a name or a place before a full stop still ends the sentence")
    func ordinaryEnds() {
        #expect(split("The forum met in Lima. Peru chaired it.") == ["The forum met in Lima.", "Peru chaired it."])
        #expect(split("The talks ended on 3 May. Mali hosts next.") == ["The talks ended on 3 May.", "Mali hosts next."])
    }

    @Test("a full stop without its space after a word, an acronym, a year or a bracket ends the sentence")
    func missingSpace() {
        #expect(
            split("Apologies came from the Secretariat.The EC could not attend.") == [
                "Apologies came from the Secretariat.", "The EC could not attend.",
            ])
        #expect(split("Elle est organisée par la CEDEAO.La Guinée accueille.") == ["Elle est organisée par la CEDEAO.", "La Guinée accueille."])
        #expect(split("The plan ran until 2019.Before the end, Chad joined.") == ["The plan ran until 2019.", "Before the end, Chad joined."])
        #expect(split("It met with the partner bodies (RECs).Partners paid.") == ["It met with the partner bodies (RECs).", "Partners paid."])
    }

    @Test("an ellipsis ends a sentence before a capitalised word, glued or spaced, and is left out of the next one")
    func ellipses() {
        #expect(
            split("Each delegation presented its needs, etc\u{2026} Ghana spoke first.") == [
                "Each delegation presented its needs, etc\u{2026}", "Ghana spoke first.",
            ])
        #expect(split("They met to review the plan...Read the statement.") == ["They met to review the plan...", "Read the statement."])
        #expect(split("They met to review the plan.  ...The ministers agreed.") == ["They met to review the plan.", "The ministers agreed."])
        #expect(split("The talks went on\u{2026} and ended late.").count == 1)
    }

    @Test("no split inside web addresses, e.g., or a title glued to a name")
    func missingSpaceKept() {
        #expect(split("Read more at www.example.org.Nothing else.").count == 1)
        #expect(split("Opened by Prof.Amadou Sow and e.g.The others.").count == 1)
    }
}
