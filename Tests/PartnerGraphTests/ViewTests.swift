import Testing
@testable import PartnerGraph

@Suite("Network views")
struct ViewTests {
    @Test("the two-mode graph links actors to meetings once per pair")
    func twoMode() throws {
        let twoMode = try smallNetwork().twoModeGraph()
        #expect(twoMode.actorCount == 4 && twoMode.meetingCount == 3)
        #expect(twoMode.graph.nodeIDs == ["A", "B", "C", "D", "m1", "m2", "m3"])
        // A hosts and co-chairs m2: one edge. 8 participations, 7 distinct pairs.
        #expect(twoMode.graph.edgeCount == 7)
        #expect(Array(twoMode.graph.neighbors(of: 0)) == [4, 5])
        #expect(Array(twoMode.graph.neighbors(of: 6)) == [2, 3])
    }

    @Test("relation weights add up on merged pairs")
    func weightedTwoMode() throws {
        let twoMode = try smallNetwork().twoModeGraph(weights: [.hosts: 3, .coChairs: 2, .attends: 1])
        #expect(twoMode.graph.edgeWeights(of: 0) == [3, 5])  // A: m1 hosts; m2 hosts + co-chairs
    }

    @Test("restricting relations drops the other edges")
    func relationFilter() throws {
        let twoMode = try smallNetwork().twoModeGraph(relations: [.hosts, .coChairs])
        #expect(twoMode.graph.edgeCount == 3)  // A-m1, B-m1, A-m2
    }

    @Test("the projection counts shared meetings and keeps them, by hand")
    func projection() throws {
        let network = try smallNetwork()
        let projection = network.twoModeGraph().actorProjection()
        let graph = projection.graph
        // A-B share m1 and m2; A-C m1; B-C m1; C-D m3.
        #expect(graph.edgeCount == 4)
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(graph.edgeWeights(of: 0) == [2, 1])
        #expect(graph.edgeWeights(of: 2) == [1, 1, 1])
        #expect(projection.meetings(between: 0, and: 1).map { network.nodes[$0].id } == ["m1", "m2"])
        #expect(projection.meetings(between: 3, and: 2).map { network.nodes[$0].id } == ["m3"])
        #expect(projection.meetings(between: 0, and: 3).isEmpty)
        // Symmetric.
        for a in 0..<4 { for b in 0..<4 { #expect(graph.hasEdge(from: a, to: b) == graph.hasEdge(from: b, to: a)) } }
    }

    @Test("slices by time window keep meetings that overlap it")
    func timeSlice() throws {
        let network = try smallNetwork()
        let in2019 = network.slice(since: PartialDate("2019"), until: PartialDate("2019"))
        #expect(in2019.meetings.map(\.id) == ["m1", "m2"])
        #expect(in2019.participations.count == 6)
        // The 2021 tie is outside the window.
        #expect(in2019.ties.isEmpty)
        let dropped = network.slice(since: PartialDate("2020"), dropIsolatedActors: true)
        #expect(dropped.nodes.map(\.id) == ["A", "C", "D", "m3"])
        #expect(dropped.index(of: "m3") == 3)
    }

    @Test("slices by kind and relation")
    func kindSlice() throws {
        let network = try smallNetwork()
        let hosts = network.slice(relations: [.hosts])
        #expect(hosts.edges.count == 2 && hosts.nodes.count == 7)
        let actorsOnly = network.slice(kinds: [.country])
        #expect(actorsOnly.nodes.count == 4 && actorsOnly.edges.map(\.relation) == [.memorandum])
    }

    @Test("tie graph and whole-network graph")
    func tiesAndWhole() throws {
        let network = try smallNetwork()
        let ties = network.tieGraph()
        #expect(ties.graph.edgeCount == 1 && ties.graph.hasEdge(from: 3, to: 0))
        let whole = network.graph()
        #expect(whole.nodeCount == 7 && whole.edgeCount == 8)  // 7 distinct participations + 1 tie
    }
}
