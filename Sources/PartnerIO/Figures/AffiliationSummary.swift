import Foundation
import PartnerGraph
import PartnerMetrics

extension ParsedAffiliation {
    /// The summary of `makeNetwork(name:)`, computed from the rows' indices without building the network:
    /// the figures are those of `Network.summary(of:detail:mixingBy:threads:)` (PartnerMetrics) on it, one for one.
    ///
    /// The network of an affiliation list holds its actors, then its meetings, and one participation per row;
    /// so its whole graph and its two-mode graph are the same simple graph, built once from the rows
    /// (``makeTwoModeGraph(relations:)``). With ``/PartnerMetrics/NetworkSummary/Detail/counts`` the actor
    /// pairs are counted, not stored: on 1 million rows the summary takes a few times the file's size, where
    /// the network and its stored pairs took thirty.
    ///
    /// Ids the network would refuse (white space or control characters, two spellings of one text) are
    /// refused the same way: a list whose ids are not all printable ASCII is checked by building its network.
    /// - Parameters:
    ///   - name: the network's name, as `makeNetwork(name:)` would give it.
    ///   - detail: how much to compute; full detail adds clustering and centralisation (an affiliation list has
    ///     no attribute to mix by).
    ///   - threads: worker threads for the pair kernels; nil uses every active core.
    /// - Throws: the network's ``/PartnerGraph/NetworkError`` for an id it refuses.
    /// - Complexity: O(rows + Σ_k n_k²) time for meeting sizes n_k; O(threads · actors + rows) memory for counts.
    public func summary(name: String, detail: NetworkSummary.Detail = .counts, threads: Int? = nil) throws -> NetworkSummary {
        let printable = [actorIDs, meetingIDs].joined().allSatisfy { id in id.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } }
        if !printable { _ = try makeNetwork(name: name) }

        var rowsByRole = [Int](repeating: 0, count: Role.allCases.count)
        for role in roles { rowsByRole[Int(role.rawValue)] += 1 }
        let relations = Role.allCases.filter { rowsByRole[Int($0.rawValue)] > 0 }.map { ($0.relation, rowsByRole[Int($0.rawValue)]) }
        var kinds: [(NodeKind, Int)] = []
        if !actorIDs.isEmpty { kinds.append(("actor", actorIDs.count)) }
        if !meetingIDs.isEmpty { kinds.append((.meeting, meetingIDs.count)) }

        let twoModeGraph = makeTwoModeGraph(relations: nil)
        let whole = twoModeGraph.graph
        let components = whole.connectedComponents()
        let network = NetworkSummary.Whole(
            nodes: actorIDs.count + meetingIDs.count, edges: actors.count, links: whole.edgeCount, participations: actors.count, ties: 0,
            isDirected: false, isWeighted: false,
            nodesByKind: kinds.sorted { $0.0 < $1.0 }.map { NetworkSummary.KindCount(kind: $0.0, count: $0.1) },
            edgesByRelation: relations.sorted { $0.0 < $1.0 }.map { NetworkSummary.RelationCount(relation: $0.0, count: $0.1) },
            components: components.count, largestComponent: components.sizes.max() ?? 0, density: whole.density)
        guard !meetingIDs.isEmpty else {
            return NetworkSummary(name: name, timeSpan: nil, network: network, twoMode: nil, projection: nil, detail: detail)
        }
        let (twoMode, projection) = twoModeGraph.summarySections(detail: detail, mixing: nil, threads: threads)
        return NetworkSummary(name: name, timeSpan: nil, network: network, twoMode: twoMode, projection: projection, detail: detail)
    }
}
