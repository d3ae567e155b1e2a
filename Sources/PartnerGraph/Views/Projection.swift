/// The one-mode projection of a two-mode graph onto its actors.
///
/// Two actors are linked when they share at least one meeting; the edge weight is the number of shared
/// meetings (the weighted projection of NetworkX's `bipartite.weighted_projected_graph`), and the meetings
/// behind each pair are kept.
/// ```swift
/// let projection = network.twoModeGraph().actorProjection()
/// projection.graph.weights        // shared-meeting counts
/// projection.meetings(between: 0, and: 3)   // graph indices of the meetings 0 and 3 share
/// ```
public struct Projection: Sendable, Equatable {
    /// The undirected actor graph, weighted by shared meetings, rows sorted.
    public let graph: Graph
    /// For each projected node, the index of its node in the network.
    public let networkIndices: [Int]
    /// Start of each adjacency entry's meeting list in `meetingList`; `graph.arcCount + 1` entries.
    public let meetingOffsets: [Int]
    /// Two-mode graph indices of the meetings behind each adjacency entry.
    public let meetingList: [UInt32]
    /// Two-mode graph indices of the meetings, so that `meetingList` maps back to the network.
    public let twoModeNetworkIndices: [Int]

    /// The meetings actors `a` and `b` (projected indices) share, as indices into the network's nodes.
    /// - Complexity: O(log degree(a) + shared meetings).
    public func meetings(between a: Int, and b: Int) -> [Int] {
        let row = graph.neighbors(of: a)
        guard let position = row.firstIndex(of: UInt32(b)) else { return [] }
        return meetingList[meetingOffsets[position]..<meetingOffsets[position + 1]].map { twoModeNetworkIndices[Int($0)] }
    }
}

extension TwoModeGraph {
    /// Projects onto the actors: actors sharing a meeting are linked, weighted by the count of shared meetings.
    ///
    /// Gustavson's row-by-row sparse product B·Bᵀ with a dense marker over actors: memory grows with the
    /// output, never with actors².
    /// - Complexity: O(Σ over meetings of size²) time, O(actors + output) memory.
    public func actorProjection() -> Projection {
        let g = graph
        let actors = actorCount
        var offsets = [Int](repeating: 0, count: actors + 1)
        var columns: [UInt32] = []
        var values: [Double] = []
        var meetingOffsets: [Int] = [0]
        var meetingList: [UInt32] = []
        var seen = [Int](repeating: -1, count: actors)  // position in `touched` per partner, for this row
        var touched: [UInt32] = []
        var partnerMeetings: [[UInt32]] = []
        for a in 0..<actors {
            touched.removeAll(keepingCapacity: true)
            var used = 0
            for meeting in g.neighbors(of: a) {
                for b in g.neighbors(of: Int(meeting)) where Int(b) != a {
                    var slot = seen[Int(b)]
                    if slot < 0 {
                        slot = touched.count
                        seen[Int(b)] = slot
                        touched.append(b)
                        if used == partnerMeetings.count { partnerMeetings.append([]) }
                        partnerMeetings[used].removeAll(keepingCapacity: true)
                        used += 1
                    }
                    partnerMeetings[slot].append(meeting)
                }
            }
            let order = touched.indices.sorted { touched[$0] < touched[$1] }
            for slot in order {
                let b = touched[slot]
                columns.append(b)
                values.append(Double(partnerMeetings[slot].count))
                meetingList.append(contentsOf: partnerMeetings[slot])
                meetingOffsets.append(meetingList.count)
                seen[Int(b)] = -1
            }
            offsets[a + 1] = columns.count
        }
        let rows = CompressedRows(offsets: offsets, columns: columns, values: values)
        let projected = Graph(
            nodeCount: actors, directed: false, rows: rows, incoming: nil, nodeIndex: g.nodeIndex.subset(0..<actors))
        return Projection(
            graph: projected, networkIndices: Array(networkIndices[0..<actors]), meetingOffsets: meetingOffsets,
            meetingList: meetingList, twoModeNetworkIndices: networkIndices)
    }
}
