import Foundation
import PartnerGraph
import PartnerIO
import Testing

@testable import PartnerReport
import PartnerTestSupport

/// The review queue of a network drafted by `partnet extract`: what the report lists under "Facts to check".
@Suite("The report's review queue")
struct ReviewQueueTests {
    static let draft = """
        name: A draft
        notes:
          - "review: chairmanship of GHA without a dialogue to attach it to (a.txt: Ghana holds the chair)"
          - "Dates completed from the page date."
        actors:
          - {id: GHA, name: Ghana, kind: country}
          - {id: QWZX, name: QWZX, kind: organisation, attributes: {review: "learned from the text: check its name and kind"}, source: "a.txt: the QWZX secretariat"}
        meetings:
          - {id: accra, city: Accra, start: 2021-05-04, attends: [GHA], attributes: {confidence: "0.62"}, source: "a.txt: met in Accra on 4 May 2021"}
          - {id: lome, city: Lomé, attends: [QWZX], attributes: {confidence: "0.85", review: "no date found"}, source: "a.txt: a workshop in Lomé"}
          - {id: tema, city: Tema, start: 2020-01-10, attends: [GHA], attributes: {confidence: "0.90"}, source: "a.txt: met in Tema"}
        """

    @Test("uncertain meetings, actors to check and review notes are listed, least certain first; other notes stay notes")
    func queue() throws {
        let network = try NetworkFile.read(text: ReviewQueueTests.draft, file: "draft.yaml")
        let model = ReportModel(network: network, options: ReportOptions())
        let items = model.reviewItems
        // Accra: confidence 0.62 < 0.85 and no review; Lomé: a review at 0.85; QWZX: a review; the note. Tema (0.90, no
        // review) is not listed.
        #expect(items.map(\.subject) == ["Accra 2021", "Lomé", "QWZX", "network"])
        #expect(items.map(\.confidence) == [0.62, 0.85, nil, nil])
        #expect(items[0].reason.contains("0.62"))
        #expect(items[1].reason == "no date found" && items[1].source == "a.txt: a workshop in Lomé")
        #expect(items[3].reason.hasPrefix("chairmanship of GHA"))
        #expect(model.dataNotes == ["Dates completed from the page date."])
        let page = try StaticPage(model: model).html()
        #expect(page.contains("<section id=\"review\">") && page.contains("<q>a.txt: a workshop in Lomé</q>"))
    }

    @Test("a meeting just under DraftReview.threshold is listed; one at it, without a review note, is not")
    func threshold() throws {
        let below = DraftReview.threshold - 0.01
        let draft = """
            name: A draft
            actors:
              - {id: GHA, name: Ghana, kind: country}
            meetings:
              - {id: accra, city: Accra, start: 2021-05-04, attends: [GHA], attributes: {confidence: "\(below)"}}
              - {id: tema, city: Tema, start: 2020-01-10, attends: [GHA], attributes: {confidence: "\(DraftReview.threshold)"}}
            """
        let model = ReportModel(network: try NetworkFile.read(text: draft, file: "draft.yaml"), options: ReportOptions())
        #expect(model.reviewItems.map(\.subject) == ["Accra 2021"])
        #expect(model.reviewItems.first?.confidence == below)
    }

    @Test("a network that is no draft has no review queue and no review section")
    func none() throws {
        let network = try NetworkFile.read(path: repositoryRoot.appendingPathComponent("graphs/rabat-process.yaml").path)
        let model = ReportModel(network: network, options: ReportOptions())
        #expect(model.reviewItems.isEmpty)
        #expect(!(try StaticPage(model: model).html()).contains("id=\"review\""))
    }
}
