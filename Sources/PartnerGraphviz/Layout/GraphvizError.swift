import Foundation

/// What went wrong when Graphviz parsed, laid out or rendered a graph.
///
/// Messages are Graphviz's own, captured instead of printed (`Error: syntax error in line 1 near ';'`).
public enum GraphvizError: Error, Equatable, Sendable, LocalizedError {
    /// The engine is not among those the installed Graphviz offers.
    case unknownEngine(String, available: [String])
    /// The output format is not among those the installed Graphviz offers.
    case unknownFormat(String, available: [String])
    /// The DOT text could not be parsed.
    case syntaxError(messages: [String])
    /// The layout engine failed.
    case layoutFailed(engine: String, messages: [String])
    /// The renderer failed.
    case renderFailed(format: String, messages: [String])
    /// Graphviz could not create its context (no plugins installed).
    case contextUnavailable
    /// An isolated layout did not finish within its time limit and was stopped.
    case timedOut(seconds: Double, engine: String, nodeCount: Int?)
    /// An isolated worker could not be started or ended without a result.
    case workerFailed(reason: String, messages: [String])
    /// A result given to a ``Style`` (scores or a partition) has a node the network does not have: it was
    /// computed on another network, or on a graph built without the network's ids.
    case resultNotOnNetwork(result: String, id: String)
    /// The `networkIndices` given with a result do not fit it: another length, or an index outside the network.
    case invalidNetworkIndices(result: String, reason: String)
    /// A ``Style/Placement`` that cannot place this diagram's nodes: a two-row placement for a view other than
    /// the two-mode one, or orders that do not fit the nodes the view shows.
    case unsupportedPlacement(reason: String)
    /// A node id begins with `%`, which Graphviz keeps for its own names: drawn, the node would be written
    /// under another id (`%7`) in the DOT output and the SVG titles.
    case reservedNodeID(String)

    public var errorDescription: String? {
        func details(_ messages: [String]) -> String { messages.isEmpty ? "" : ": " + messages.joined(separator: "; ") }
        switch self {
        case .unknownEngine(let name, let available):
            return "unknown layout engine '\(name)'; valid engines: \(available.joined(separator: ", "))"
        case .unknownFormat(let name, let available):
            return "unknown output format '\(name)'; valid formats: \(available.joined(separator: ", "))"
        case .syntaxError(let messages):
            return "the DOT text could not be parsed" + details(messages)
        case .layoutFailed(let engine, let messages):
            return "layout with \(engine) failed" + details(messages)
        case .renderFailed(let format, let messages):
            return "rendering to \(format) failed" + details(messages)
        case .contextUnavailable:
            return "Graphviz could not be initialised (are its plugins installed? try `dot -c` as root)"
        case .timedOut(let seconds, let engine, let nodeCount):
            let size = nodeCount.map { ", \($0) nodes" } ?? ""
            let limit = DOTEscaping.number(seconds)
            let hint = engine == LayoutEngine.sfdp.rawValue ? "try a smaller graph or a longer time limit" : "try the sfdp engine"
            return "layout did not finish within \(limit) s (engine \(engine)\(size)); \(hint)"
        case .workerFailed(let reason, let messages):
            return "the render worker failed (\(reason))" + details(messages)
        case .resultNotOnNetwork(let result, let id):
            return "\(result) has a node '\(id)' the network does not have; give the network indices of the view it was computed on"
        case .invalidNetworkIndices(let result, let reason):
            return "the network indices given with \(result) do not fit it: \(reason)"
        case .unsupportedPlacement(let reason):
            return "cannot place the nodes in two rows: \(reason)"
        case .reservedNodeID(let id):
            return "cannot draw node '\(id)': Graphviz keeps ids beginning with '%' for its own names and would write it under another id; rename the node"
        }
    }
}

/// The bytes Graphviz rendered and the warnings it gave on the way.
public struct RenderResult: Equatable, Sendable {
    /// The rendered file: SVG text, PNG or PDF bytes, laid-out DOT...
    public var data: Data
    /// Graphviz's warnings, one per line (`Warning: using box for unknown shape foo`).
    public var messages: [String]

    /// Creates a result.
    public init(data: Data, messages: [String] = []) {
        self.data = data
        self.messages = messages
    }
}
