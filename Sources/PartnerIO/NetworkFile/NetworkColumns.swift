import Foundation
import PartnerGraph

/// A network file's network held in columns, as ``NetworkFileFastPath`` reads it: the nodes' ids, names and kinds
/// in arrays, the edges as three arrays of numbers (their ends as node indices, their relation as a code), and the
/// fields most files leave out (regions, attributes, sources, meeting details, dates, weights) only for the nodes and
/// edges that have them.
///
/// It is a validated network: the fast path only makes columns the network builder would take as they are, so
/// ``network()`` builds the very ``Network`` the general path reads, and the figures `partnet info` prints
/// (``summary(detail:)``) come from the columns without building it.
struct NetworkColumns {
    var name = ""
    var source: String?
    var notes: [String] = []
    var isDirected = false

    /// Node ids, in file order (node `i` of the network).
    var ids: [String] = []
    /// Node names, parallel to `ids` (a node without one is named by its id, a meeting by its title).
    var names: [String] = []
    /// Node kinds, as codes into `kindTable`.
    var kinds: [UInt16] = []
    var kindTable: [NodeKind] = []
    /// Whether each kind of `kindTable` is the meeting kind.
    var kindIsMeeting: [Bool] = []
    /// The further fields of the nodes that have some, by node index.
    var nodeDetails: [Int: NodeDetails] = [:]

    /// Edge ends as node indices, and relations as codes into `relationTable`, in the network's edge order.
    var from: [UInt32] = []
    var to: [UInt32] = []
    var relations: [UInt16] = []
    var relationTable: [Relation] = []
    var relationIsParticipation: [Bool] = []
    var relationIsTie: [Bool] = []
    /// The further fields of the edges that have some, by edge index.
    var edgeDetails: [Int: EdgeDetails] = [:]

    struct NodeDetails {
        var region: String?
        var attributes: [String: String] = [:]
        var source: String?
        /// A meeting's details; nil for an actor and for a meeting with none.
        var meeting: Meeting?

        var isEmpty: Bool { region == nil && attributes.isEmpty && source == nil && meeting == nil }
    }

    struct EdgeDetails {
        var start: PartialDate?
        var end: PartialDate?
        var source: String?
        var weight: Double?
        var attributes: [String: String] = [:]

        var isEmpty: Bool { start == nil && end == nil && source == nil && weight == nil && attributes.isEmpty }
    }

    @inline(__always)
    func isMeeting(_ node: Int) -> Bool { kindIsMeeting[Int(kinds[node])] }

    /// The network the columns hold.
    /// - Throws: the builder's ``NetworkError``, which the fast path's checks leave no room for.
    /// - Complexity: O(n + m).
    func network() throws -> Network {
        var builder = NetworkBuilder(name: name, source: source)
        builder.notes = notes
        builder.isDirected = isDirected
        builder.reserveCapacity(nodes: ids.count, edges: from.count)
        for node in ids.indices {
            let details = nodeDetails[node]
            let meeting = isMeeting(node) ? details?.meeting ?? Meeting() : nil
            builder.add(
                Node(
                    id: ids[node], name: names[node], kind: kindTable[Int(kinds[node])], region: details?.region,
                    attributes: details?.attributes ?? [:], meeting: meeting, source: details?.source))
        }
        for edge in from.indices {
            let details = edgeDetails[edge]
            builder.add(
                Edge(
                    from: ids[Int(from[edge])], to: ids[Int(to[edge])], relation: relationTable[Int(relations[edge])], start: details?.start,
                    end: details?.end, source: details?.source, weight: details?.weight, attributes: details?.attributes ?? [:]))
        }
        return try builder.build()
    }

    /// ``network()``, or nil should the builder refuse it (the general path then reads the file and places the
    /// problem).
    func networkIfValid() -> Network? { try? network() }
}
