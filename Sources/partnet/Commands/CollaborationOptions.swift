import ArgumentParser
import PartnerMetrics

/// The actor kinds and relations a collaboration command works on, checked against what the file holds.
struct ActorSelection: ParsableArguments {
    @Option(name: .customLong("of"), help: "Actor kinds to include, comma-separated (e.g. country). Default: every actor.")
    var kinds: String?

    @Option(help: "Relations through which actors meet, comma-separated (e.g. attends,coChairs). Default: any.")
    var via: String?

    @Option(name: .customLong("with"), help: "Relations of the other actor, when they differ from --via (e.g. --via hosts --with coChairs).")
    var other: String?

    /// The chosen kinds, or nil for all; unknown names are an error listing the file's kinds.
    func actorKinds(in network: Network) throws -> Set<NodeKind>? {
        try actorKinds(known: Set(network.kinds.filter { !$0.isMeeting }))
    }

    /// The chosen kinds among `known`, or nil for all; unknown names are an error listing the known ones.
    func actorKinds(known: Set<NodeKind>) throws -> Set<NodeKind>? {
        guard let kinds else { return nil }
        return try ActorSelection.chosen(kinds, among: known, naming: "actor kind")
    }

    /// The relations of both sides; unknown names are an error listing the file's participation relations.
    func relations(in network: Network) throws -> CoOccurrenceRelations {
        try relations(known: Set(network.participations.map(\.relation)))
    }

    /// The relations of both sides among `known`; unknown names are an error listing the known ones.
    func relations(known: Set<Relation>) throws -> CoOccurrenceRelations {
        func parse(_ text: String?) throws -> Set<Relation>? {
            try text.map { try ActorSelection.chosen($0, among: known, naming: "relation") }
        }
        let first = try parse(via)
        let second = try other.map { try parse($0) } ?? first
        return CoOccurrenceRelations(first: first, second: second)
    }

    /// The names of a comma-separated `list`, each one of `known`; an unknown name is an error listing the known.
    static func chosen<Name: RawRepresentable<String> & Comparable>(_ list: String, among known: Set<Name>, naming what: String)
        throws -> Set<Name>
    {
        let asked = names(list).compactMap { Name(rawValue: $0) }
        let unknown = asked.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw ValidationError(
                "unknown \(what) \(unknown.map { "'\($0.rawValue)'" }.joined(separator: ", ")); the file has: \(known.sorted().map(\.rawValue).joined(separator: ", "))"
            )
        }
        return Set(asked)
    }

    static func names(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
