import Foundation
import Testing
@testable import PartnerIO

/// What we write for Pajek and VOSviewer keeps names, relations, clusters, positions and scores.
@Suite("Exchange formats: faithful Pajek and VOSviewer")
struct ExchangeExportTests {
    static func affiliation() throws -> Network {
        try Network(
            name: "two-mode",
            nodes: [
                Node(id: "m1", name: "Abuja", kind: .meeting, meeting: Meeting(start: PartialDate("2019-11-05"))),
                Node(id: "CIV", name: "Côte d'Ivoire, Republic", kind: .country),
                Node(id: "m2", name: "Dakar", kind: .meeting, meeting: Meeting(start: PartialDate("2021"))),
                Node(id: "SEN", name: "Senegal; \"RS\"", kind: .country),
            ],
            edges: [
                Edge(from: "CIV", to: "m1", relation: .hosts), Edge(from: "CIV", to: "m1", relation: .coChairs),
                Edge(from: "CIV", to: "m1", relation: .coChairs, weight: 2.5), Edge(from: "SEN", to: "m1", relation: .attends),
                Edge(from: "SEN", to: "m2", relation: .hosts), Edge(from: "CIV", to: "m2", relation: .attends),
            ])
    }

    @Test("Pajek: names, two-mode header with actors first, relations as labels, parallel arcs merged")
    func pajek() throws {
        let network = try Self.affiliation()
        let text = Pajek.string(for: network)
        #expect(
            text == """
                *Vertices 4 2
                1 "Côte d'Ivoire, Republic"
                2 "Senegal; 'RS'"
                3 "Abuja"
                4 "Dakar"
                *Edges
                1 3 1 l "hosts"
                1 3 3.5 l "coChairs"
                2 3 1 l "attends"
                2 4 1 l "hosts"
                1 4 1 l "attends"

                """)
        let back = try Pajek.read(text: text, file: "x.net")
        #expect(back.actors.map(\.name) == ["Côte d'Ivoire, Republic", "Senegal; 'RS'"] && back.meetings.map(\.name) == ["Abuja", "Dakar"])
        #expect(back.edges.map(\.relation) == [.hosts, .coChairs, .attends, .hosts, .attends])
        let scores = NodeScores(name: "degree", values: [2, 3, 1, 2], nodeIDs: ["m1", "CIV", "m2", "SEN"])
        #expect(Pajek.vector(scores, for: network) == "*Vertices 4\n3.0\n2.0\n2.0\n1.0\n", "in the .net file's vertex order")
        let partition = Partition(method: "test", communities: [0, 1, 0, 1], nodeIDs: ["m1", "CIV", "m2", "SEN"], modularity: 0)
        #expect(Pajek.partition(partition, for: network) == "*Vertices 4\n2\n2\n1\n1\n")
    }

    @Test("VOSviewer map: positions, clusters, weights, Avg. year; labels with commas or semicolons quoted")
    func vosviewerMap() throws {
        let network = try Self.affiliation()
        let clusters = Partition(method: "test", communities: [0, 1], nodeIDs: ["CIV", "SEN"], modularity: 0)
        let extras = VOSviewer.Extras(clusters: clusters, positions: ["CIV": [1.5, -2], "SEN": [0, 3.25]], averageYear: true)
        let files = VOSviewer.files(for: network, extras: extras)
        #expect(
            files.map == """
                id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\tscore<Avg. year>
                1\t"Côte d'Ivoire, Republic"\t1.5\t-2.0\t1\t1\t2\t2\t2020.0
                2\t"Senegal; \"\"RS\"\"\"\t0.0\t3.25\t2\t1\t2\t2\t2020.0

                """)
        #expect(files.network == "1\t2\t2\n")
    }

    @Test("VOSviewer JSON holds the same items and links")
    func vosviewerJSON() throws {
        let network = try Self.affiliation()
        let degree = NodeScores(name: "degree", values: [2, 3, 1, 2], nodeIDs: ["m1", "CIV", "m2", "SEN"])
        let text = try ExchangeFormat.vosviewerJSON.files(for: network, results: NodeResults(scores: [degree]), vosviewer: VOSviewer.Extras(averageYear: true))[
            0
        ].text
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let graph = try #require(root["network"] as? [String: Any])
        let items = try #require(graph["items"] as? [[String: Any]])
        #expect(items.map { $0["label"] as? String } == ["Côte d'Ivoire, Republic", "Senegal; \"RS\""])
        #expect((items[0]["scores"] as? [String: Double]) == ["Avg. year": 2020, "degree": 3])
        #expect((items[1]["weights"] as? [String: Double])?["Occurrences"] == 2)
        let links = try #require(graph["links"] as? [[String: Any]])
        #expect(links.count == 1 && links[0]["source_id"] as? Int == 1 && links[0]["target_id"] as? Int == 2 && links[0]["strength"] as? Double == 2)
    }
}
