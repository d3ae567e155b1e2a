@testable import PartnerGraph

/// A small network whose two-mode graph and projection are worked out by hand in the tests.
///
/// Meetings: m1 (A hosts, B co-chairs, C attends), m2 (A hosts and co-chairs, B attends), m3 (C attends, D attends).
/// Tie: A -memorandum- D.
func smallNetwork() throws -> Network {
    var builder = NetworkBuilder(name: "small")
    for (id, region) in [("A", "Europe"), ("B", "Africa"), ("C", "Africa"), ("D", "Europe")] {
        builder.add(Node(id: id, kind: .country, region: region))
    }
    builder.add(Node(id: "m1", kind: .meeting, meeting: Meeting(start: PartialDate("2019-01-10"))))
    builder.add(Node(id: "m2", kind: .meeting, meeting: Meeting(start: PartialDate("2019-06"))))
    builder.add(Node(id: "m3", kind: .meeting, meeting: Meeting(start: PartialDate("2020-03-01"), end: PartialDate("2020-03-02"))))
    for (from, to, relation) in [
        ("A", "m1", Relation.hosts), ("B", "m1", .coChairs), ("C", "m1", .attends),
        ("A", "m2", .hosts), ("A", "m2", .coChairs), ("B", "m2", .attends),
        ("C", "m3", .attends), ("D", "m3", .attends),
    ] {
        builder.add(Edge(from: from, to: to, relation: relation))
    }
    builder.add(Edge(from: "A", to: "D", relation: .memorandum, start: PartialDate("2021")))
    return try builder.build()
}
