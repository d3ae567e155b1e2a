import Foundation
import PartnerMetrics
import Testing

/// A random affiliation network and its reference values, read from `Fixtures/collaboration-NAME.json`
/// (see `generate_collaboration.py`).
struct CollaborationFixture {
    static let names = ["small", "medium", "dense"]

    let twoMode: TwoModeGraph
    let groups: [String]
    let partition: [Int]
    let bipartition: [Int]
    /// `[a, b, values]` with a < b.
    let pairs: [(a: Int, b: Int, values: [String: Double])]
    let backboneAlpha: Double
    let backbone: [[Int]]
    let values: [String: Double]

    init(_ name: String) throws {
        let url = try #require(
            Bundle.module.url(forResource: "collaboration-\(name)", withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        twoMode = try SignificanceFixture.twoMode(root)
        groups = try #require(root["groups"] as? [String])
        partition = try #require(root["partition"] as? [Int])
        bipartition = try #require(root["bipartition"] as? [Int])
        pairs = try #require(root["pairs"] as? [[Any]]).map { row in
            let values = (row[2] as! [String: Any]).mapValues { ($0 as! NSNumber).doubleValue }
            return (row[0] as! Int, row[1] as! Int, values)
        }
        let backboneObject = try #require(root["backbone"] as? [String: Any])
        backboneAlpha = try #require((backboneObject["alpha"] as? NSNumber)?.doubleValue)
        backbone = try #require(backboneObject["kept"] as? [[Int]])
        values = try #require(root["values"] as? [String: Any]).mapValues { ($0 as! NSNumber).doubleValue }
    }
}

/// A small Rabat-like network built by hand: four countries, two organisations, four dated meetings.
///
///     m1 (2018): NGA hosts; FRA, BEL co-chair; ICMPD attends
///     m2 (2019): CIV hosts and co-chairs; FRA co-chairs; ICMPD, EU attend
///     m3 (2019): FRA hosts; BEL co-chairs; NGA attends; ICMPD organises
///     m4 (2020): NGA hosts; CIV attends
enum HandNetwork {
    static func make() throws -> Network {
        var builder = NetworkBuilder(name: "hand")
        for (id, kind, region) in [
            ("NGA", NodeKind.country, "Africa"), ("FRA", .country, "Europe"), ("BEL", .country, "Europe"),
            ("CIV", .country, "Africa"), ("ICMPD", .organisation, "Europe"), ("EU", .organisation, "Europe"),
        ] {
            builder.add(Node(id: id, kind: kind, region: region))
        }
        for (id, year) in [("m1", 2018), ("m2", 2019), ("m3", 2019), ("m4", 2020)] {
            builder.add(Node(id: id, kind: .meeting, meeting: Meeting(start: PartialDate(year: year))))
        }
        let edges: [(String, Relation, String)] = [
            ("NGA", .hosts, "m1"), ("FRA", .coChairs, "m1"), ("BEL", .coChairs, "m1"), ("ICMPD", .attends, "m1"),
            ("CIV", .hosts, "m2"), ("CIV", .coChairs, "m2"), ("FRA", .coChairs, "m2"), ("ICMPD", .attends, "m2"),
            ("EU", .attends, "m2"),
            ("FRA", .hosts, "m3"), ("BEL", .coChairs, "m3"), ("NGA", .attends, "m3"), ("ICMPD", .organises, "m3"),
            ("NGA", .hosts, "m4"), ("CIV", .attends, "m4"),
        ]
        for (from, relation, to) in edges { builder.add(Edge(from: from, to: to, relation: relation)) }
        return try builder.build()
    }
}
