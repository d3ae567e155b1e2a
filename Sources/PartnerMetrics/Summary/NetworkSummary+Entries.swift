extension NetworkSummary {
    /// One figure of a summary, ready to print.
    public enum Value: Sendable, Equatable {
        /// A count.
        case integer(Int)
        /// A measure.
        case number(Double)
        /// A name, a date, a list.
        case text(String)
        /// Yes or no.
        case flag(Bool)
        /// Asked for but not available (Opsahl's C* on a graph too large for it).
        case unavailable
    }

    /// A named figure: `path` is its section and name, e.g. `["projection", "density"]`.
    public struct Entry: Sendable, Equatable {
        /// The section, sub-section and name.
        public var path: [String]
        /// The figure.
        public var value: Value

        /// The dotted name, e.g. `projection.density`: the name every command prints it under.
        /// - Complexity: O(path length).
        public var name: String { path.joined(separator: ".") }

        /// - Complexity: O(1).
        public init(path: [String], value: Value) {
            self.path = path
            self.value = value
        }
    }

    /// Every figure of the summary with its name, in a fixed order: the title and time span, then the
    /// `network`, `twoMode` and `projection` sections. Figures that were not computed (less detail, a bare
    /// graph, no mixing attribute) are left out; Opsahl's C* past its size limit is ``Value/unavailable``.
    /// - Complexity: O(kinds + relations).
    public var entries: [Entry] {
        var entries: [Entry] = [Entry(path: ["name"], value: .text(name))]
        func add(_ path: String..., value: Value?) {
            if let value { entries.append(Entry(path: path, value: value)) }
        }
        if let timeSpan {
            add("timeSpan", "start", value: .text(timeSpan.lowerBound.description))
            add("timeSpan", "end", value: .text(timeSpan.upperBound.description))
        }
        add("network", "nodes", value: .integer(network.nodes))
        add("network", "edges", value: .integer(network.edges))
        add("network", "links", value: .integer(network.links))
        add("network", "participations", value: network.participations.map { .integer($0) })
        add("network", "ties", value: network.ties.map { .integer($0) })
        add("network", "directed", value: .flag(network.isDirected))
        add("network", "weighted", value: .flag(network.isWeighted))
        add("network", "components", value: .integer(network.components))
        add("network", "largestComponent", value: .integer(network.largestComponent))
        add("network", "density", value: .number(network.density))
        for entry in network.nodesByKind { add("network", "nodesByKind", entry.kind.rawValue, value: .integer(entry.count)) }
        for entry in network.edgesByRelation {
            add("network", "edgesByRelation", entry.relation.rawValue, value: .integer(entry.count))
        }
        if let twoMode {
            add("twoMode", "actors", value: .integer(twoMode.actors))
            add("twoMode", "meetings", value: .integer(twoMode.meetings))
            add("twoMode", "links", value: .integer(twoMode.links))
            add("twoMode", "density", value: .number(twoMode.density))
            if detail == .full {
                add("twoMode", "robinsAlexanderClustering", value: twoMode.robinsAlexanderClustering.map { .number($0) })
                add("twoMode", "opsahlClustering", value: twoMode.opsahlClustering.map { .number($0) } ?? .unavailable)
            }
        }
        if let projection {
            add("projection", "actors", value: .integer(projection.actors))
            add("projection", "pairs", value: .integer(projection.pairs))
            add("projection", "density", value: .number(projection.density))
            add("projection", "components", value: .integer(projection.components))
            add("projection", "largestComponent", value: .integer(projection.largestComponent))
            add("projection", "isolatedActors", value: .integer(projection.isolatedActors))
            add("projection", "degreeCentralization", value: projection.degreeCentralization.map { .number($0) })
            add("projection", "triangles", value: projection.triangles.map { .integer($0) })
            add("projection", "transitivity", value: projection.transitivity.map { .number($0) })
            add("projection", "averageClustering", value: projection.averageClustering.map { .number($0) })
            if let mixing = projection.mixing, let attribute = projection.mixingAttribute {
                add("projection", "mixing", "attribute", value: .text(attribute))
                add("projection", "mixing", "groups", value: .text(mixing.groups.joined(separator: ";")))
                add("projection", "mixing", "internalPairs", value: .integer(mixing.internalEdges))
                add("projection", "mixing", "externalPairs", value: .integer(mixing.externalEdges))
                add("projection", "mixing", "coverage", value: .text(mixing.coverage(attribute: attribute)))
                add("projection", "mixing", "eiIndex", value: .number(mixing.eiIndex))
                add("projection", "mixing", "weightedEIIndex", value: .number(mixing.weightedEIIndex))
                add("projection", "mixing", "assortativity", value: .number(mixing.assortativity))
            }
        }
        return entries
    }
}
