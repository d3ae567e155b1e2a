import Testing

@testable import PartnerGraph

@Suite("Graph invariants: the check catches corrupted rows")
struct GraphInvariantTests {
    /// The path 0 - 1 - 2, its rows written by hand: node 0 [1], node 1 [0, 2], node 2 [1].
    static let pathRows = CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 0, 2, 1], values: nil)

    @Test("graphs built by the initialisers and views pass the check")
    func soundGraphs() {
        let undirected = Graph(nodeCount: 4, sources: [0, 1, 2, 3, 0], targets: [1, 2, 3, 0, 0], weights: [1, 2, 3, 4, 5])
        let directed = Graph(nodeCount: 3, sources: [0, 1, 2, 2], targets: [1, 2, 0, 1], directed: true)
        #expect(undirected.invariantViolation() == nil)
        #expect(directed.invariantViolation() == nil)
        #expect(undirected.simplified().invariantViolation() == nil)
        #expect(Graph(uncheckedNodeCount: 3, directed: false, rows: Self.pathRows, incoming: nil).invariantViolation() == nil)
    }

    @Test(
        "each kind of corruption is named",
        arguments: [
            (CompressedRows(offsets: [0, 3, 1, 4], columns: [1, 0, 2, 1], values: nil), "outgoing offsets decrease at node 1"),
            (CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 0, 7, 1], values: nil), "outgoing row 1 holds node 7, out of range"),
            (CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 2, 0, 1], values: nil), "outgoing row 1 is not sorted"),
            (CompressedRows(offsets: [0, 1, 3], columns: [1, 0, 2, 1], values: nil), "outgoing offsets have 3 entries for 3 nodes"),
            (CompressedRows(offsets: [0, 1, 3, 3], columns: [1, 0, 2, 1], values: nil), "outgoing offsets do not span the 4 entries"),
            (CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 0, 2, 0], values: nil), "the rows are not symmetric"),
            (CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 0, 2, 1], values: [1, 1, 2, 3]), "the weights are not symmetric"),
        ])
    func corrupted(rows: CompressedRows, problem: String) {
        let graph = Graph(uncheckedNodeCount: 3, directed: false, rows: rows, incoming: nil)
        #expect(graph.invariantViolation() == problem)
    }

    @Test("a directed graph whose incoming rows are not the transpose of its outgoing rows is caught")
    func notTransposed() {
        // Arcs 0 -> 1 and 1 -> 2; the incoming rows claim 2 -> 1 instead of 1 -> 2.
        let outgoing = CompressedRows(offsets: [0, 1, 2, 2], columns: [1, 2], values: nil)
        let incoming = CompressedRows(offsets: [0, 0, 2, 2], columns: [0, 2], values: nil)
        let graph = Graph(uncheckedNodeCount: 3, directed: true, rows: outgoing, incoming: incoming)
        #expect(graph.invariantViolation() == "the incoming rows are not the transpose of the outgoing rows")
        let sound = Graph(
            uncheckedNodeCount: 3, directed: true, rows: outgoing,
            incoming: CompressedRows(offsets: [0, 0, 1, 2], columns: [0, 1], values: nil))
        #expect(sound.invariantViolation() == nil)
    }

    #if DEBUG
        @Test("in a debug build, assembling a corrupted graph stops the process with the broken invariant")
        func debugCheckStops() async {
            // The assembly views and transforms use: it runs the check. Row 1 holds node 7 of 3.
            let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
                let rows = CompressedRows(offsets: [0, 1, 3, 4], columns: [1, 0, 7, 1], values: nil)
                _ = Graph(nodeCount: 3, directed: false, rows: rows, incoming: nil, nodeIndex: NodeIndex(count: 3))
            }
            let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
            #expect(message.contains("Graph invariant broken: outgoing row 1 holds node 7, out of range"), "\(message)")
        }
    #endif
}
