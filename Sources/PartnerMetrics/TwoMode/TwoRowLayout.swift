import PartnerGraph

/// A drawing of a two-mode graph in two rows, actors in one and meetings in the other, ordered so that few
/// actor-meeting lines cross.
///
/// Made by ``PartnerGraph/TwoModeGraph/twoRowLayout(maximumSweeps:)``. Positions are in `0...1` along each row
/// (``x``), the row is 0 for actors and 1 for meetings (``row(of:)``); a caller scales them to its drawing.
public struct TwoRowLayout: Sendable, Equatable {
    /// The actors from left to right, as nodes of the two-mode graph (`0..<actorCount`).
    public let actorOrder: [Int]
    /// The meetings from left to right, as nodes of the two-mode graph (`actorCount..<nodeCount`).
    public let meetingOrder: [Int]
    /// How many pairs of actor-meeting edges cross in this order.
    public let crossings: Int
    /// How many crossed in the order the layout started from (network order, both rows).
    public let initialCrossings: Int
    /// Barycentre sweeps run (each reorders both rows once).
    public let sweeps: Int
    /// Each node's place along its row, in `0...1` (a row of one node puts it at 0.5).
    public let x: [Double]
    private let actorCount: Int

    /// The row of graph node `node`: 0 for an actor, 1 for a meeting.
    public func row(of node: Int) -> Int { node < actorCount ? 0 : 1 }

    init(actorOrder: [Int], meetingOrder: [Int], crossings: Int, initialCrossings: Int, sweeps: Int) {
        self.actorOrder = actorOrder
        self.meetingOrder = meetingOrder
        self.crossings = crossings
        self.initialCrossings = initialCrossings
        self.sweeps = sweeps
        actorCount = actorOrder.count
        var x = [Double](repeating: 0.5, count: actorOrder.count + meetingOrder.count)
        for order in [actorOrder, meetingOrder] where order.count > 1 {
            for (place, node) in order.enumerated() { x[node] = Double(place) / Double(order.count - 1) }
        }
        self.x = x
    }

    /// The number of crossing edge pairs when `graph`'s actors and meetings are drawn in two rows in these orders.
    ///
    /// Two edges cross when their actors and their meetings come in opposite orders; edges sharing an end never
    /// cross. Counted as inversions over the edges sorted by actor, with a Fenwick tree over meeting places (Barth,
    /// Jünger and Mutzel 2004, "Simple and efficient bilayer cross counting", JGAA 8(2)).
    /// - Precondition: `actorOrder` lists `0..<actorCount` and `meetingOrder` lists the meetings, once each.
    /// - Complexity: O(m log n + n).
    public static func crossings(of graph: TwoModeGraph, actorOrder: [Int], meetingOrder: [Int]) -> Int {
        precondition(actorOrder.count == graph.actorCount && meetingOrder.count == graph.meetingCount, "an order misses nodes")
        var place = [Int](repeating: -1, count: graph.graph.nodeCount)
        for (index, node) in actorOrder.enumerated() { place[node] = index }
        for (index, node) in meetingOrder.enumerated() { place[node] = index }
        precondition(!place.contains(-1), "an order lists a node twice or one of the other row")
        return crossings(graph, place: place)
    }

    /// Crossings for `place`, each node's index in its row.
    static func crossings(_ graph: TwoModeGraph, place: [Int]) -> Int {
        // Edges by actor place, then meeting place: an inversion in meeting places is a crossing.
        var edges: [(actor: Int, meeting: Int)] = []
        edges.reserveCapacity(graph.graph.edgeCount)
        for actor in 0..<graph.actorCount {
            for meeting in graph.graph.neighbors(of: actor) where !graph.isActor(Int(meeting)) {
                edges.append((place[actor], place[Int(meeting)]))
            }
        }
        edges.sort { ($0.actor, $0.meeting) < ($1.actor, $1.meeting) }
        // Fenwick tree over meeting places: how many edges seen so far end right of this one's meeting.
        var tree = [Int](repeating: 0, count: graph.meetingCount + 1)
        var total = 0
        var seen = 0
        for edge in edges {
            var atOrBefore = 0
            var index = edge.meeting + 1
            while index > 0 {
                atOrBefore += tree[index]
                index -= index & -index
            }
            total += seen - atOrBefore
            index = edge.meeting + 1
            while index <= graph.meetingCount {
                tree[index] += 1
                index += index & -index
            }
            seen += 1
        }
        return total
    }
}

extension TwoModeGraph {
    /// Actors in one row and meetings in the other, each row ordered to reduce edge crossings: the two-row
    /// layout of a bipartite graph (as igraph's `layout_as_bipartite` draws one, here with crossing reduction).
    ///
    /// It starts from network order in both rows (meetings usually in time order) and runs barycentre sweeps
    /// (Sugiyama, Tagawa and Toda 1981, "Methods for visual understanding of hierarchical system structures",
    /// IEEE SMC 11(2)): each sweep puts every meeting at the mean place of its actors, then every actor at the
    /// mean place of its meetings, a node without neighbours keeping its place and ties kept in their current
    /// order. It keeps the order with the fewest crossings seen, and stops after `maximumSweeps` or once four
    /// sweeps in a row bring no improvement. The result is deterministic, and never has more crossings than
    /// the starting order.
    /// - Parameter maximumSweeps: the most sweeps to run.
    /// - Returns: the orders, their crossing count, and each node's place in `0...1` along its row.
    /// - Complexity: O(s (m log n + n log n)) for s sweeps.
    public func twoRowLayout(maximumSweeps: Int = 32) -> TwoRowLayout {
        var place = [Int](repeating: 0, count: graph.nodeCount)
        for node in 0..<graph.nodeCount { place[node] = isActor(node) ? node : node - actorCount }
        let initial = TwoRowLayout.crossings(self, place: place)
        var best = (place: place, crossings: initial)
        var sweeps = 0
        var sinceImprovement = 0
        while sweeps < maximumSweeps && best.crossings > 0 && sinceImprovement < 4 {
            reorder(nodes: actorCount..<graph.nodeCount, place: &place)
            reorder(nodes: 0..<actorCount, place: &place)
            sweeps += 1
            let crossings = TwoRowLayout.crossings(self, place: place)
            if crossings < best.crossings {
                best = (place, crossings)
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
            }
        }
        var actorOrder = [Int](repeating: 0, count: actorCount)
        var meetingOrder = [Int](repeating: 0, count: meetingCount)
        for node in 0..<graph.nodeCount {
            if isActor(node) { actorOrder[best.place[node]] = node } else { meetingOrder[best.place[node]] = node }
        }
        return TwoRowLayout(
            actorOrder: actorOrder, meetingOrder: meetingOrder, crossings: best.crossings, initialCrossings: initial,
            sweeps: sweeps)
    }

    /// Places `nodes` (one row) by the barycentre of their neighbours' places in the other row.
    private func reorder(nodes: Range<Int>, place: inout [Int]) {
        let keys = nodes.map { node -> (barycentre: Double, current: Int, node: Int) in
            let neighbours = graph.neighbors(of: node)
            guard !neighbours.isEmpty else { return (Double(place[node]), place[node], node) }
            let sum = neighbours.reduce(0) { $0 + place[Int($1)] }
            return (Double(sum) / Double(neighbours.count), place[node], node)
        }
        for (index, key) in keys.sorted(by: { ($0.barycentre, $0.current) < ($1.barycentre, $1.current) }).enumerated() {
            place[key.node] = index
        }
    }
}
