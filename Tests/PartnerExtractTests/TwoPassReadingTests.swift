import Foundation
import PartnerGraph
import Testing

@testable import PartnerExtract

@Suite("Reading a document in two passes")
struct TwoPassReadingTests {
    /// Everything a reader produced, as text: drafts, chairmanships, ties, facts, what it learned, notes and the
    /// gazetteer's actors after reading.
    private func outcome(_ document: Document, keptAnalysisBytes: Int) -> [String] {
        var reader = DocumentReader(gazetteer: .builtIn, documentIndex: 0, source: document.source)
        reader.keptAnalysisBytes = keptAnalysisBytes
        reader.read(document)
        let actors = reader.gazetteer.actors.keys.sorted().map { "\($0): \(String(describing: reader.gazetteer.actors[$0]!))" }
        return [
            String(describing: reader.drafts), String(describing: reader.chairs), String(describing: reader.ties), String(describing: reader.facts),
            reader.learned.keys.sorted().map { "\($0) \(reader.learned[$0]!)" }.joined(separator: "\n"), reader.notes.joined(separator: "\n"),
            String(describing: reader.mainDialogue), actors.joined(separator: "\n"),
        ]
    }

    // Every document-wide pass at work in one text: a year given once and dates without one around it, a city
    // whose country comes from another sentence (Cádiz in Spain), a dialogue named more often than another, and an
    // organisation learned from a participant list and named again afterwards.
    private let sample = """
        The Rabat Process held a thematic meeting in Cadiz, Spain, on 12-13 March 2019, co-chaired by Morocco and Spain.
        It brought together Senegal, Mali, the IOM and the OFPRA. The meeting, hosted by Spain, was the Rabat Process's first of the year.

        A training followed in Cadiz on 4 April, attended by OFPRA and the Khartoum Process secretariat.
        The Rabat Process will meet again in Dakar on 20 June.
        """

    @Test("analysing every sentence again gives what keeping every analysis gives, on the sample and the corpus")
    func sameOutcome() throws {
        // A page that only its frame (its first lines) gives a meeting is read again with that meeting open, in both ways.
        let framed = "The Chair of the Eastern Mobility Forum (EMF) opened its annual review in Nairobi on 3 March 2020."
        var documents = [Document(source: "sample.txt", plainText: sample), Document(source: "framed.txt", plainText: framed)]
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).sorted().filter { !$0.hasSuffix(".gold.yaml") }
        for file in files { documents += try DocumentLoader().documents(at: corpusDirectory.appendingPathComponent(file).path) }
        #expect(documents.count >= 15)
        for document in documents {
            let kept = outcome(document, keptAnalysisBytes: .max)
            let again = outcome(document, keptAnalysisBytes: 0)
            #expect(kept == again, "\(document.source)")
        }
        // The sample exercises what the passes are for.
        var reader = DocumentReader(gazetteer: .builtIn, documentIndex: 0, source: "sample.txt")
        reader.keptAnalysisBytes = 0
        reader.read(Document(source: "sample.txt", plainText: sample))
        #expect(reader.mainDialogue == "RABAT")
        #expect(reader.drafts.count >= 3)
        #expect(reader.drafts.contains { $0.start == PartialDate(year: 2019, month: 4, day: 4) })
        #expect(reader.drafts.contains { $0.start == PartialDate(year: 2019, month: 6, day: 20) })
        // Cadiz is also a larger city of the Philippines: the April training is in Spain because the text names Spain.
        #expect(Gazetteer.builtIn.otherCountries["Cadiz"]?.contains("ESP") == true)
        #expect(reader.drafts.contains { $0.city == "Cadiz" && $0.country == "ESP" && $0.start == PartialDate(year: 2019, month: 4, day: 4) })
    }
}

@Suite("Extraction lets the texts go")
struct ReleasingExtractionTests {
    @Test("extract(releasing:) empties each document's paragraphs and drafts what extract(_:) drafts")
    func releasing() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).sorted().filter { !$0.hasSuffix(".gold.yaml") }
        var documents: [Document] = []
        for file in files.prefix(8) { documents += try DocumentLoader().documents(at: corpusDirectory.appendingPathComponent(file).path) }
        documents.insert(Document(source: "empty.txt", paragraphs: []), at: 1)
        let kept = try Extractor().extract(documents)
        #expect(documents.allSatisfy { $0.source == "empty.txt" || !$0.paragraphs.isEmpty })
        var released = documents
        let extraction = try Extractor().extract(releasing: &released)
        #expect(released.count == documents.count)
        #expect(released.map(\.source) == documents.map(\.source))
        #expect(released.allSatisfy { $0.paragraphs.isEmpty })
        #expect(extraction.network == kept.network)
        #expect(extraction.facts == kept.facts)
        #expect(kept.network.notes.contains("empty.txt: no text found"))
    }

    @Test("an extractor that keeps no facts drafts what one that keeps them drafts, and a reader still counts them")
    func withoutFacts() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).sorted().filter { !$0.hasSuffix(".gold.yaml") }
        var documents: [Document] = []
        for file in files { documents += try DocumentLoader().documents(at: corpusDirectory.appendingPathComponent(file).path) }
        let kept = try Extractor().extract(documents)
        var extractor = Extractor()
        extractor.keepsFacts = false
        let draftOnly = try extractor.extract(documents)
        #expect(draftOnly.network == kept.network)
        #expect(draftOnly.facts.isEmpty && kept.facts.count > 100)
        // A fact that sets a meeting aside is still seen by the sentence that gave it ("a decision taken by the Summit
        // held in Maputo" does not place the current meeting).
        for document in documents {
            var counting = DocumentReader(gazetteer: .builtIn, documentIndex: 0, source: document.source, keepsFacts: false)
            counting.read(document)
            var keeping = DocumentReader(gazetteer: .builtIn, documentIndex: 0, source: document.source)
            keeping.read(document)
            #expect(counting.facts.kept.isEmpty && counting.facts.count == keeping.facts.kept.count, "\(document.source)")
            #expect(String(describing: counting.drafts) == String(describing: keeping.drafts), "\(document.source)")
        }
        var list = FactList(keepsFacts: false)
        let provenance = Provenance(document: "d", sentence: "s")
        list.append(ExtractedFact(subject: "SEN", relation: "hosts", object: "#0.0", rule: "hosted-by", provenance: provenance))
        #expect(!list.setsMeetingAside(since: 0))
        list.append(ExtractedFact(subject: "(no meeting)", relation: "meeting", object: "summit", rule: "reference", provenance: provenance))
        #expect(list.setsMeetingAside(since: 1) && !list.setsMeetingAside(since: 2) && list.count == 2 && list.kept.isEmpty)
    }

    @Test("arrays trimmed to size keep their elements; appending by taking keeps the order and empties the source")
    func arrays() {
        var grown: [Int] = []
        grown.reserveCapacity(4000)
        for value in 0..<1000 { grown.append(value) }
        let trimmed = grown.trimmedToSize()
        #expect(trimmed == grown)
        #expect(grown.capacity >= 4000)
        #expect(trimmed.capacity >= 1000 && trimmed.capacity <= 1000 + 1000 / 8)
        // Room within an eighth is kept: the same buffer.
        #expect(trimmed.trimmedToSize().withUnsafeBufferPointer(\.baseAddress) == trimmed.withUnsafeBufferPointer(\.baseAddress))
        var target: [Int] = []
        var first = [1, 2]
        target.appendTaking(&first)
        var second = [3]
        target.appendTaking(&second)
        #expect(target == [1, 2, 3])
        #expect(first.isEmpty && second.isEmpty)
    }
}
