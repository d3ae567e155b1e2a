import Foundation
import PartnerGraph

/// A figure every node of a scope can carry: a centrality, or its group.
///
/// The vocabulary of `convert --with-metrics`: the names of ``CentralityMeasure`` and `community`.
public enum NodeFigure: Hashable, Sendable {
    /// A centrality measure.
    case centrality(CentralityMeasure)
    /// The node's group (``PartnerGraph/Network/groups(_:)``), written as `community`.
    case community

    /// The figures a comma-separated list names (`community`, or a ``CentralityMeasure`` name), each once.
    /// - Throws: ``CentralityError/emptyMeasureList`` or ``CentralityError/unknownMeasure(_:)``.
    /// - Complexity: O(length of the list).
    public static func parse(_ list: String) throws(CentralityError) -> [NodeFigure] {
        let names = list.split(separator: ",").map { $0.trimmingSpacesAndTabs() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw .emptyMeasureList }
        var figures: [NodeFigure] = []
        for name in names {
            let figure: NodeFigure
            if name == "community" || name == "communities" {
                figure = .community
            } else if let measure = CentralityMeasure(rawValue: name) {
                figure = .centrality(measure)
            } else {
                throw .unknownMeasure(name)
            }
            if !figures.contains(figure) { figures.append(figure) }
        }
        return figures
    }
}

/// The figures of ``PartnerGraph/Network/nodeFigures(_:on:groups:)``: centrality columns and the groups.
public struct NodeFigures: Sendable {
    /// One column per centrality asked (two for `hits`), over the scope's nodes, by network id.
    public var scores: [NodeScores]
    /// The groups, when `community` was asked.
    public var groups: Groups?
}

extension Network {
    /// The centralities and groups a list of figures names, each by its one library function
    /// (``centralities(_:on:weighted:relationWeights:directed:options:control:)`` and ``groups(_:)``), with
    /// their defaults: what `convert --with-metrics` writes.
    /// - Parameters:
    ///   - figures: the figures, as ``NodeFigure/parse(_:)`` reads them.
    ///   - scope: the graph the centralities run on (default: the whole network).
    ///   - groups: the groups' options (default: ``GroupOptions``'s defaults, whatever `scope` is).
    /// - Throws: as ``centralities(_:on:weighted:relationWeights:directed:options:control:)``.
    /// - Complexity: that of the figures asked.
    public func nodeFigures(
        _ figures: [NodeFigure], on scope: FigureScope = .network, groups: GroupOptions = GroupOptions()
    ) throws -> NodeFigures {
        let measures = figures.compactMap { figure -> CentralityMeasure? in
            if case .centrality(let measure) = figure { return measure }
            return nil
        }
        return NodeFigures(
            scores: measures.isEmpty ? [] : try centralities(measures, on: scope),
            groups: figures.contains(.community) ? self.groups(groups) : nil)
    }
}
