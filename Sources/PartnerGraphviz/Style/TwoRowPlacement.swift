import PartnerGraph

/// The node positions of a two-row drawing (``Style/Placement/twoRows(actors:meetings:)``): actors along the top
/// row and meetings along the row below, each row in the given order, both rows the same width.
///
/// Each node sits a gap clear of its neighbour, by the two labels' widths, so short names pack close and long ones
/// get room. Meetings, whose labels are wider and more numerous, are staggered over up to four rows (the i-th
/// meeting of the order in row i mod k) when one row of them would be wider than the actors' row: a meeting then
/// needs room only from the meeting k places back, and lines to a lower row pass between the nodes of the rows
/// above. The narrower row is spread to the width of the wider. Label sizes are estimated from the characters
/// (about Helvetica's widths), since Graphviz measures them only when it draws.
struct TwoRowPlacement {
    /// Each placed network node's centre in points, Graphviz's y growing upward; nil for nodes not drawn.
    private(set) var positions: [(x: Double, y: Double)?]
    /// How many rows the meetings are staggered over (1 when they fit in one).
    private(set) var meetingRows = 1

    /// The horizontal gap left between two labels, and the vertical gap between staggered meeting rows, in points.
    static let gap = 14.0
    /// The most rows the meetings are staggered over.
    static let maximumMeetingRows = 4

    /// Places `members` (the network indices the view draws) by the two orders.
    /// - Parameters:
    ///   - actors: the actors from left to right, network indices; nodes the view does not draw are skipped.
    ///   - meetings: the meetings from left to right.
    ///   - members: the nodes the view draws; each must be in its row's order.
    ///   - network: the network the indices point into.
    ///   - size: the estimated width and height in points of a drawn node.
    /// - Throws: ``GraphvizError/unsupportedPlacement(reason:)`` when an order lists a node of the other row, a
    ///   node twice or an index outside the network, or misses a drawn node.
    /// - Complexity: O(n).
    init(
        actors: [Int], meetings: [Int], members: [Int], network: Network, size: (Int) -> (width: Double, height: Double)
    ) throws(GraphvizError) {
        let nodeCount = network.nodes.count
        var listed = [Bool](repeating: false, count: nodeCount)
        for (order, meetingRow) in [(actors, false), (meetings, true)] {
            for index in order {
                guard index >= 0 && index < nodeCount else {
                    throw .unsupportedPlacement(reason: "index \(index) is outside the network's \(nodeCount) nodes")
                }
                let node = network.nodes[index]
                guard node.isMeeting == meetingRow else {
                    throw .unsupportedPlacement(
                        reason: "'\(node.id)' is \(meetingRow ? "an actor" : "a meeting") but is listed among the \(meetingRow ? "meetings" : "actors")")
                }
                guard !listed[index] else { throw .unsupportedPlacement(reason: "'\(node.id)' is listed twice") }
                listed[index] = true
            }
        }
        var drawn = [Bool](repeating: false, count: nodeCount)
        for index in members {
            guard listed[index] else {
                throw .unsupportedPlacement(reason: "'\(network.nodes[index].id)' is drawn but in neither order")
            }
            drawn[index] = true
        }
        let actorRow = actors.filter { drawn[$0] }
        let meetingRow = meetings.filter { drawn[$0] }
        let actorSizes = actorRow.map(size)
        let meetingSizes = meetingRow.map(size)
        var actorX = Self.packed(actorSizes.map(\.width), rows: 1)
        let actorSpan = actorX.last ?? 0
        // Stagger the meetings just enough for their row to be no wider than the actors' (within the limit).
        var meetingX = Self.packed(meetingSizes.map(\.width), rows: 1)
        while (meetingX.last ?? 0) > actorSpan && meetingRows < min(Self.maximumMeetingRows, meetingRow.count) {
            meetingRows += 1
            meetingX = Self.packed(meetingSizes.map(\.width), rows: meetingRows)
        }
        let meetingSpan = meetingX.last ?? 0
        let width = max(actorSpan, meetingSpan)
        // Both rows span the same width: the narrower one is spread out (which keeps its labels apart).
        func spread(_ x: [Double], span: Double) -> [Double] {
            x.count > 1 && span > 0 ? x.map { $0 * width / span } : x.map { _ in width / 2 }
        }
        actorX = spread(actorX, span: actorSpan)
        meetingX = spread(meetingX, span: meetingSpan)
        let actorHeight = actorSizes.map(\.height).max() ?? 0
        let meetingHeight = meetingSizes.map(\.height).max() ?? 0
        let rowStep = meetingHeight + Self.gap
        // Room between the rows grows with the width, so that lines are steep enough to follow (2 to 10 inches).
        let between = actorHeight / 2 + meetingHeight / 2 + min(max(144, width / 5), 720)
        let actorY = Double(meetingRows - 1) * rowStep + between
        positions = Array(repeating: nil, count: nodeCount)
        for (place, index) in actorRow.enumerated() { positions[index] = (actorX[place], actorY) }
        for (place, index) in meetingRow.enumerated() {
            positions[index] = (meetingX[place], Double(meetingRows - 1 - place % meetingRows) * rowStep)
        }
    }

    /// Centres along a row for nodes of these widths, in order from 0: each node at least ``gap`` clear of the
    /// previous node of its own staggered row (the node `rows` places back), and at least twice ``gap`` right of
    /// the node before it, so the order stays visible.
    /// - Complexity: O(n).
    static func packed(_ widths: [Double], rows: Int) -> [Double] {
        var x: [Double] = []
        x.reserveCapacity(widths.count)
        for (index, width) in widths.enumerated() {
            var place = index == 0 ? 0 : x[index - 1] + 2 * gap
            if index >= rows { place = max(place, x[index - rows] + (widths[index - rows] + width) / 2 + gap) }
            x.append(place)
        }
        return x
    }

    /// The estimated size in points of a node whose label is `label` at `fontSize`, with Graphviz's `margin`
    /// of `margin` inches around the text and at least `minimumWidth` × `minimumHeight` inches.
    /// - Complexity: O(label length).
    static func estimatedSize(
        label: String, fontSize: Double, margin: (x: Double, y: Double), minimumWidth: Double, minimumHeight: Double
    ) -> (width: Double, height: Double) {
        let lines = label.split(separator: "\n", omittingEmptySubsequences: false)
        // Helvetica averages about 0.55 em a character in mixed text; 0.6 leaves room for capitals and digits.
        let longest = lines.map { Double($0.count) }.max() ?? 0
        let width = longest * fontSize * 0.6 + 2 * margin.x * 72
        let height = Double(lines.count) * fontSize * 1.2 + 2 * margin.y * 72
        return (max(width, minimumWidth * 72), max(height, minimumHeight * 72))
    }
}
