/// Reads event tables: CSV with a header row and one row per actor-meeting-relation.
///
/// Required columns: `actor`, `meeting`, `relation` (`hosts`, `coChairs`, `attends`, `organises`, a custom
/// relation, or the affiliation words `host`, `cochair`, `attend`). Optional columns describe the actor
/// (`actor_name`, `actor_kind`, `actor_region`) and the meeting (`meeting_title`, `meeting_type`, `start`, `end`,
/// `city`, `country`, `virtual`, `participants`, `countries`), and `source` gives the row's source sentence.
/// A meeting's details may be repeated on each of its rows; rows that disagree about them are an error. Values
/// are trimmed of spaces, except the actor and meeting ids: those are read as written, as in every other
/// format, and an id with spaces around it is an error (trimmed, ` a ` would merge with `a` unseen).
/// ```csv
/// actor,actor_kind,actor_region,meeting,meeting_title,start,relation
/// NGA,country,Africa,abuja-2019,Diaspora remittances,2019-11-05,hosts
/// FRA,country,Europe,abuja-2019,Diaspora remittances,2019-11-05,coChairs
/// ```
public enum EventTableReader: TextNetworkReader {
    static let knownColumns = [
        "actor", "meeting", "relation", "actor_name", "actor_kind", "actor_region", "meeting_title", "meeting_type",
        "start", "end", "city", "country", "virtual", "participants", "countries", "source",
    ]

    /// Parses event-table text; `file` names it in errors. Reports every problem found.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits = .default) throws -> Network {
        try read(text: text, file: file, limits: limits, note: { _ in })
    }

    /// Parses event-table text as ``read(text:file:limits:)`` does, handing `note` how many rows repeat an earlier
    /// row exactly (each is kept as a parallel edge) and where the first is.
    /// - Complexity: O(text size + n + m).
    public static func read(text: String, file: String, limits: ReadLimits, note: (String) -> Void) throws -> Network {
        let (header, rows) = try CSVScanner.table(in: text, file: file, expected: "actor,meeting,relation")
        let headerColumns = CSVScanner.columns(
            of: header, file: file, key: { $0 }, required: [("actor", "actor"), ("meeting", "meeting"), ("relation", "relation")]
        ) { name, field in
            guard !knownColumns.contains(name) else { return nil }
            // A header is any text: a 100 MB "column name" must not become a 100 MB message.
            let shown = name.count > 40 ? name.prefix(40) + "…" : name
            return ReadError(
                .unknownField, file: file, line: field.line, column: field.column, field: shown,
                message: "unknown column '\(shown)'; expected \(knownColumns.joined(separator: ", "))")
        }
        let columns = headerColumns.indices
        var errors = headerColumns.errors
        if !errors.isEmpty { throw ReadError(combining: errors) }

        var builder = NetworkBuilder(name: file.split(separator: "/").last.map(String.init) ?? file)
        /// Each actor's description as its first row gives it, and that row's line.
        var actorRow: [String: (name: String?, kind: String?, region: String?, line: Int)] = [:]
        var meetingRow: [String: (node: Int, details: Meeting, line: Int)] = [:]
        var edgeLines: [Int] = []
        var nodeLines: [Int] = []
        var repeats = RepeatedRows()
        for record in rows {
            if let problem = CSVScanner.widthProblem(of: record, header: header, file: file) {
                errors.append(problem)
                continue
            }
            func value(_ name: String) -> String? {
                guard let index = columns[name] else { return nil }
                let text = record.fields[index].text.trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            func fail(_ code: ReadError.Code, _ name: String, _ message: String) {
                let field = columns[name].map { record.fields[$0] }
                errors.append(ReadError(code, file: file, line: field?.line ?? record.line, column: field?.column, field: name, message: message))
            }
            func date(_ name: String) -> PartialDate? {
                guard let text = value(name) else { return nil }
                guard let date = PartialDate(text) else {
                    fail(.invalidDate, name, "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.prefix(40))'")
                    return nil
                }
                return date
            }
            func count(_ name: String) -> Int? {
                guard let text = value(name) else { return nil }
                guard let number = Int(text), number >= 0 else {
                    fail(.invalidValue, name, "expected a whole number >= 0, found '\(text.prefix(40))'")
                    return nil
                }
                return number
            }
            guard let actor = value("actor") else { fail(.emptyID, "actor", "empty actor id"); continue }
            guard let meeting = value("meeting") else { fail(.emptyID, "meeting", "empty meeting id"); continue }
            // Ids are read as written (as in every other format): spaces around one would either be kept unseen or,
            // trimmed, merge ' a ' with 'a'. Neither is said, so the row is refused.
            if let spaced = ["actor", "meeting"].first(where: { columns[$0].map { record.fields[$0].text } != value($0) }) {
                let raw = columns[spaced].map { record.fields[$0].text } ?? ""
                fail(
                    .invalidValue, spaced,
                    "the \(spaced) id '\(raw.prefix(40))' has spaces around it, which an id may not have (trimmed, ' a ' would "
                        + "become another id, 'a'): write the row without spaces after its commas, as a,m,hosts rather than a, m, hosts")
                continue
            }
            guard let relationText = value("relation") else { fail(.missingField, "relation", "empty relation"); continue }
            let relation: Relation =
                switch relationText {
                case "host": .hosts
                case "cochair", "co-chair", "cochairs": .coChairs
                case "attend": .attends
                case "organise", "organize", "organizes": .organises
                default: Relation(rawValue: relationText)
                }
            if relation.isTie { fail(.wrongKind, "relation", "'\(relationText)' links two actors; an event table lists actor-meeting relations"); continue }
            if let known = actorRow[actor] {
                // A later row may leave the actor's columns empty, but not describe the actor otherwise.
                for (name, first) in [("actor_name", known.name), ("actor_kind", known.kind), ("actor_region", known.region)] {
                    if let given = value(name), given != first {
                        fail(
                            .invalidValue, name,
                            "actor '\(actor.prefix(40))' is described differently than on line \(known.line) ('\(given.prefix(40))', there '\((first ?? "").prefix(40))')"
                        )
                    }
                }
            } else {
                let kind = value("actor_kind").map(NodeKind.init(rawValue:)) ?? "actor"
                builder.add(Node(id: actor, name: value("actor_name"), kind: kind, region: value("actor_region")))
                actorRow[actor] = (value("actor_name"), value("actor_kind"), value("actor_region"), record.line)
                nodeLines.append(record.line)
            }
            var virtual = false
            if let text = value("virtual") {
                switch text.lowercased() {
                case "true", "yes", "1": virtual = true
                case "false", "no", "0": virtual = false
                default: fail(.invalidValue, "virtual", "expected true or false, found '\(text.prefix(40))'")
                }
            }
            let details = Meeting(
                title: value("meeting_title"), type: value("meeting_type"), start: date("start"), end: date("end"),
                city: value("city"), country: value("country"), isVirtual: virtual,
                participantCount: count("participants"), countryCount: count("countries"))
            if let known = meetingRow[meeting] {
                if known.details != details && details != Meeting() {
                    fail(.invalidValue, "meeting", "meeting '\(meeting)' is described differently than on line \(known.line)")
                }
            } else {
                let node = builder.add(Node(id: meeting, name: details.title, kind: .meeting, meeting: details))
                meetingRow[meeting] = (node, details, record.line)
                nodeLines.append(record.line)
            }
            builder.add(Edge(from: actor, to: meeting, relation: relation, source: value("source")))
            repeats.add(record.fields.map(\.text), line: record.line)
            edgeLines.append(record.line)
            try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: record.line)
        }
        if !errors.isEmpty { throw ReadError(combining: errors) }
        let network = try builder.build(file: file, nodeLines: nodeLines, edgeLines: edgeLines)
        if let told = repeats.note(file: file, what: "row") { note(told) }
        return network
    }
}
