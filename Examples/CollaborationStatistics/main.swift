// Collaboration statistics on the Rabat Process: who is central, who meets whom, which groups form.
// Run from the repository root: swift run CollaborationStatistics
import Foundation
import PartnerIO
import PartnerMetrics

let path = CommandLine.arguments.dropFirst().first ?? "graphs/rabat-process.yaml"
let network = try NetworkFile.read(path: path)

// Actors linked through shared meetings, any role.
let twoMode = network.twoModeGraph()
let projection = twoMode.actorProjection()
let actors = projection.graph

print("Most central actors (betweenness on the co-participation graph):")
let betweenness = actors.betweennessCentrality(normalized: true)
for entry in betweenness.ranked().prefix(5) {
    print("  \(entry.rank). \(network[entry.id]!.name): \(String(format: "%.3f", entry.value)), \(actors.degree(of: entry.index)) partners")
}

print("Two-mode degree (share of all meetings attended, Borgatti-Everett):")
let twoModeDegree = twoMode.degreeCentrality()
for entry in twoModeDegree.subset(0..<twoMode.actorCount).ranked().prefix(3) {
    print("  \(network[entry.id]!.name): \(String(format: "%.2f", entry.value))")
}

print("Pairs that met most, with Jaccard overlap and lift:")
let cooccurrence = network.coOccurrence(of: [.country], measures: [.count, .jaccard, .lift])
let strongest = (0..<cooccurrence.pairCount).map(cooccurrence.row).sorted { ($0.count, $0.a) > ($1.count, $1.a) }
for row in strongest.prefix(5) {
    print(
        "  \(row.a)-\(row.b): \(row.count) shared, jaccard \(String(format: "%.2f", row[.jaccard]!)), lift \(String(format: "%.2f", row[.lift]!)) (\(row.meetings.joined(separator: ", ")))"
    )
}

let partition = actors.louvainCommunities(resolution: 1, seed: 7)
print("Louvain groups (modularity \(String(format: "%.3f", partition.modularity))):")
for community in 0..<(partition.communities.max() ?? -1) + 1 {
    let members = partition.members(of: community).filter { actors.degree(of: actors.nodeIDs.firstIndex(of: $0)!) > 0 }
    if !members.isEmpty { print("  \(community + 1): \(members.joined(separator: " "))") }
}
