// Builds a small partnership network in Swift code, validates it, looks at it through the library's views
// and writes it as a network file. Run: swift run BuildNetwork
import Foundation
import PartnerIO

var builder = NetworkBuilder(name: "Rabat Process, three meetings of 2019")
for (id, name, region) in [
    ("NGA", "Nigeria", "Africa"), ("FRA", "France", "Europe"), ("BEL", "Belgium", "Europe"),
    ("CIV", "Côte d'Ivoire", "Africa"), ("ESP", "Spain", "Europe"), ("MAR", "Morocco", "Africa"),
] {
    builder.add(Node(id: id, name: name, kind: .country, region: region))
}
builder.add(Node(id: "ICMPD", name: "International Centre for Migration Policy Development", kind: .organisation))
builder.add(Node(id: "RABAT", name: "Rabat Process", kind: "dialogue"))

func meeting(_ id: String, _ title: String, _ start: String, _ end: String?, city: String, country: String) -> Node {
    Node(
        id: id, kind: .meeting,
        meeting: Meeting(
            title: title, start: PartialDate(start), end: end.flatMap { PartialDate($0) }, city: city, country: country))
}
builder.add(meeting("madrid-2019", "Border management", "2019-07-01", "2019-07-02", city: "Madrid", country: "ESP"))
builder.add(meeting("abidjan-2019", "Fighting migrant smuggling", "2019-10-24", nil, city: "Abidjan", country: "CIV"))
builder.add(meeting("abuja-2019", "Diaspora remittances and sustainable development", "2019-11-05", "2019-11-06", city: "Abuja", country: "NGA"))

let participation: [(String, String, Relation)] = [
    ("ESP", "madrid-2019", .hosts), ("ESP", "madrid-2019", .coChairs), ("MAR", "madrid-2019", .coChairs),
    ("ICMPD", "madrid-2019", .attends),
    ("CIV", "abidjan-2019", .hosts), ("CIV", "abidjan-2019", .coChairs), ("FRA", "abidjan-2019", .coChairs),
    ("ICMPD", "abidjan-2019", .attends),
    ("NGA", "abuja-2019", .hosts), ("FRA", "abuja-2019", .coChairs), ("BEL", "abuja-2019", .coChairs),
]
for (actor, meeting, relation) in participation {
    builder.add(Edge(from: actor, to: meeting, relation: relation))
}
builder.add(Edge(from: "ICMPD", to: "RABAT", relation: .secretariat, source: "ICMPD, who ensures the Rabat Process Secretariat"))

let network: Network
do {
    network = try builder.build()
} catch let error as NetworkError {
    print("invalid network:\n\(error.localizedDescription)")
    exit(1)
}
print("\(network.name): \(network.actors.count) actors, \(network.meetings.count) meetings, \(network.edges.count) edges")

// Who co-chaired with whom: the projection of the co-chairing two-mode graph.
let coChairing = network.twoModeGraph(relations: [.coChairs]).actorProjection()
for a in 0..<coChairing.graph.nodeCount {
    for b in coChairing.graph.neighbors(of: a) where Int(b) > a {
        let meetings = coChairing.meetings(between: a, and: Int(b)).map { network.nodes[$0].id }
        print("  \(coChairing.graph.nodeIDs[a]) co-chaired with \(coChairing.graph.nodeIDs[Int(b)]) at \(meetings.joined(separator: ", "))")
    }
}

// The autumn only.
let autumn = network.slice(since: PartialDate("2019-09"), until: PartialDate("2019-12"), dropIsolatedActors: true)
print("autumn 2019: \(autumn.meetings.map(\.id).joined(separator: ", ")); actors: \(autumn.actors.map(\.id).joined(separator: " "))")

// The same network as a YAML network file.
let yaml = try NetworkFile.string(for: network, format: .yaml)
print("as YAML: \(yaml.split(separator: "\n").count) lines; reads back equal: \(try NetworkFile.read(text: yaml, file: "example.yaml") == network)")
