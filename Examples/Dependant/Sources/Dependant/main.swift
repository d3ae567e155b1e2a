// Compiled in CI, not run: the README's library examples, as a dependant writes them.
import PartnerGraph
import PartnerMetrics

// A network built in code; a bad date is an error, not a nil.
var builder = NetworkBuilder(name: "Example")
builder.add(Node(id: "NGA", name: "Nigeria", kind: .country, region: "Africa"))
builder.add(Node(id: "FRA", name: "France", kind: .country, region: "Europe"))
builder.add(Node(id: "SEN", name: "Senegal", kind: .country, region: "Africa"))
builder.add(Node(id: "abuja-2019", kind: .meeting, meeting: Meeting(start: try PartialDate(parsing: "2019-11-05"))))
builder.add(Edge(from: "NGA", to: "abuja-2019", relation: .hosts))
builder.add(Edge(from: "FRA", to: "abuja-2019", relation: .coChairs))
builder.add(Edge(from: "SEN", to: "abuja-2019", relation: .attends))
let network: Network
do {
    network = try builder.build()
} catch let error as NetworkError {
    for problem in error.problems {
        switch problem.code {
        case .unknownNode, .duplicateID: print("fix the ids:", problem.message)
        default: print(problem.subject, problem.message)
        }
    }
    throw error
}

// Centralities: ranked entries carry the node's id and name; look-ups by id are O(1).
let actors = network.twoModeGraph().actorProjection().graph
let betweenness = actors.betweennessCentrality()
for entry in betweenness.top(3) { print(entry.rank, entry.id, entry.name, entry.value) }
print(betweenness["NGA"] ?? 0, actors.index(of: "FRA") ?? -1)
let degrees: NodeCounts = actors.degreeCounts()
print(degrees.top(1).first?.value ?? 0)

// Co-occurrence and communities, with their top-k helpers.
let pairs = network.coOccurrence(of: [.country], measures: [.count, .jaccard])
for row in pairs.topPairs(5, by: .jaccard) { print(row.aName, row.bName, row.count) }
let partition = actors.louvainCommunities(seed: 1)
for community in partition.largest(2) { print(community.number, community.size, community.members) }

// A graph from Int indices.
let path = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2])
print(path.closenessCentrality().values)

// From Swift concurrency: off the cooperative pool, cancellable, with progress as an AsyncSequence.
func analyse(_ graph: Graph) async throws -> NodeScores {
    let control = RunControl(timeLimit: .seconds(60))
    let kernel = Task { try await graph.betweennessCentrality(control: control) }
    for await progress in control.progressReports {
        if let fraction = progress.fraction { print(progress.task, fraction) }
    }
    do {
        return try await kernel.value
    } catch is CancellationError {
        print("cancelled")
        throw CancellationError()
    } catch let stop as RunControl.Stop {
        print(stop.localizedDescription)
        throw stop
    }
}
_ = analyse
