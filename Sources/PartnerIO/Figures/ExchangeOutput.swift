import Foundation
import PartnerFiles

extension ExchangeFormat {
    /// What writing `network` in this format leaves behind, said for the user (one note per line), or nil when
    /// nothing is lost: the network file (YAML, JSON) has no place for a participation's attributes; the edge list
    /// keeps no modes, direction or nodes without edges; Gephi's edge table no modes.
    /// - Complexity: O(m).
    public func lossNote(for network: Network) -> String? {
        var notes: [String] = []
        if self == .yaml || self == .json {
            // A participant entry has no place for attributes.
            let attributed = network.edges.filter { !$0.attributes.isEmpty && network[$0.to]?.isMeeting == true }.count
            if attributed > 0 {
                notes.append(
                    "the \(rawValue) network file keeps no attributes on participations: \(attributed) attributed participation edges "
                        + "are written without them; convert to graphml, gexf or node-link to keep them")
            }
        }
        if self == .edgeList || self == .gephiCSV, !network.meetings.isEmpty {
            notes.append(
                "\(self == .edgeList ? "an edge list" : "Gephi's edge table") keeps no modes: its \(network.meetings.count) meetings read back "
                    + "as plain nodes; graphml, gexf, node-link, pajek and network files keep them")
        }
        if self == .edgeList {
            if network.isDirected { notes.append("an edge list keeps no direction: read it back with --directed") }
            var linked = Set<String>()
            for edge in network.edges { linked.formUnion([edge.from, edge.to]) }
            if linked.count < network.nodes.count {
                notes.append(
                    "an edge list holds only nodes with edges: \(network.nodes.count - linked.count) nodes without one are left out; "
                        + "graphml, gexf, node-link, pajek and Gephi's csv keep them")
            }
        }
        if self == .pajek {
            // Pajek's labels have no escape: a double quote, a tab or a line break inside one would end it.
            let unquotable: (String) -> Bool = { Pajek.label($0) != $0 }
            let names = network.nodes.filter { unquotable($0.name) }.count
            let relations = Set(network.edges.map(\.relation.rawValue)).filter(unquotable).count
            if names + relations > 0 {
                notes.append(
                    "Pajek labels cannot hold a double quote, a tab or a line break: \(names) names and \(relations) relations are "
                        + "written with ' and spaces instead; graphml, gexf and node-link keep them")
            }
        }
        return notes.isEmpty ? nil : notes.joined(separator: "\nnote: ")
    }

    /// Writes the files of ``files(for:results:vosviewer:)`` under the output rule, all of them or none: the file
    /// with no suffix to `path`, the others beside it (`out.net` -> `out-community.clu`).
    /// - Parameters:
    ///   - files: the suffixes and texts.
    ///   - path: the output named by the user; `-` (standard output) takes one file only.
    ///   - protected: files never written over (the inputs).
    /// - Returns: the paths of the regular files written.
    /// - Throws: ``/PartnerFiles/OutputError`` when a file cannot be written, or when several go to standard output.
    public func write(_ files: [(suffix: String, text: String)], beside path: String, protecting protected: [String]) throws -> [String] {
        if files.count > 1, path == "-" {
            throw OutputError(path: path, message: "\(rawValue) writes \(files.count) files; give a file name instead of -")
        }
        var outputs: [OutputFile] = []
        for file in files {
            let url = URL(fileURLWithPath: path)
            let stem = url.pathExtension.isEmpty ? url.path : url.deletingPathExtension().path
            let target = try OutputFile(path: file.suffix.isEmpty ? path : stem + file.suffix, protecting: protected)
            outputs.append(target)
            try target.write(file.text)
        }
        try OutputFile.commit(together: outputs)
        return outputs.filter { $0.target.path != nil }.map(\.path)
    }
}

extension VOSviewer.Extras {
    /// VOSviewer's map of the actor projection: the groups of `Network.groups(_:)` (default options, the same
    /// groups as `partnet communities` and the report) as clusters, positions from `layout` of the projection,
    /// and each actor's mean year.
    /// - Parameters:
    ///   - network: a network with meetings.
    ///   - layout: positions by node id for a graph (a Graphviz layout, `GraphLayout.positions(of:)`).
    /// - Throws: `MissingMeetingsError` without meetings, or what `layout` throws.
    /// - Complexity: that of the groups and the layout.
    public init(mapOf network: Network, layout: (Graph) throws -> [String: [Double]]) throws {
        try network.requireMeetings(for: "VOSviewer's map of the actor projection")
        let projection = network.twoModeGraph().actorProjection()
        self.init(clusters: network.groups().partition, positions: try layout(projection.graph), averageYear: true)
    }
}
