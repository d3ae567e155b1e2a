import Foundation

/// GEXF 1.3, Gephi's format, with a dynamic timeline: meetings and their edges carry `start`/`end` dates, so
/// Gephi's timeline plays the network year by year.
///
/// Partial dates become the first and last day they may stand for (`2019` spans 2019-01-01 to 2019-12-31);
/// the dates as written in the network are kept as attributes, so reading the file back loses nothing.
public enum GEXF: StreamedExchangeDocument {
    /// Appends the document to `xml`, calling `flush` after the head and after each node and edge.
    public static func write<Failure: Error>(
        _ network: Network, results: NodeResults, into xml: inout TableBuffer, flushing flush: (inout TableBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        func span(_ start: PartialDate?, _ end: PartialDate?) -> String {
            var text = ""
            if let first = start ?? end { text += " start=\"\(dayString(first, last: false))\"" }
            if let last = end ?? start { text += " end=\"\(dayString(last, last: true))\"" }
            return text
        }
        let elements = StreamedElements(
            head: { nodeKeys, edgeKeys, xml in
                appendHead(description: description(of: network), nodeKeys: nodeKeys, edgeKeys: edgeKeys, directed: network.isDirected, to: &xml)
            },
            beforeNodes: "    <nodes>\n", betweenNodesAndEdges: "    </nodes>\n    <edges>\n", tail: tail,
            nodeStart: { node, xml in
                let time = node.meeting.map { span($0.start, $0.end) } ?? ""
                xml.write("      <node id=\"\(XMLText.escaped(node.id))\" label=\"\(XMLText.escaped(node.name))\"\(time)>\n        <attvalues>\n")
            },
            nodeEnd: "        </attvalues>\n      </node>\n",
            edgeStart: { index, edge, xml in
                let meeting = network[edge.to]?.meeting
                let time = span(edge.start ?? meeting?.start, edge.end ?? (edge.start == nil ? meeting?.end : nil))
                let weight = edge.weight.map { " weight=\"\($0)\"" } ?? ""
                xml.write(
                    "      <edge id=\"\(index)\" source=\"\(XMLText.escaped(edge.from))\" target=\"\(XMLText.escaped(edge.to))\" label=\"\(XMLText.escaped(edge.relation.rawValue))\"\(weight)\(time)>\n        <attvalues>\n"
                )
            },
            edgeEnd: "        </attvalues>\n      </edge>\n",
            field: { key, value, xml in appendAttributeValue(key: key, value, to: &xml) })
        try elements.append(network, results: results, into: &xml, flushing: flush)
    }

    // MARK: Writing, in parts shared with the edge-list path (``EdgeList``)

    /// The XML declaration, the root, the meta data (`defaultedgetype` from `directed`) and the attribute
    /// columns (nodes `n0`..., edges `e0`...). Returns the column ids by field name, for nodes and for edges.
    static func appendHead(
        description: String, nodeKeys: [(String, ExchangeFields.FieldType)], edgeKeys: [(String, ExchangeFields.FieldType)], directed: Bool,
        to xml: inout TableBuffer
    ) -> (nodes: [String: String], edges: [String: String]) {
        let gexfType: [ExchangeFields.FieldType: String] = [.string: "string", .int: "integer", .double: "double", .boolean: "boolean"]
        xml.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>PartnerGraph</creator>
                <description>\(XMLText.escaped(description))</description>
              </meta>
              <graph defaultedgetype="\(directed ? "directed" : "undirected")" mode="dynamic" timeformat="date">
                <attributes class="node">

            """)
        let column = { (id: String, name: String, type: ExchangeFields.FieldType) in
            "      <attribute id=\"\(id)\" title=\"\(XMLText.escaped(name))\" type=\"\(gexfType[type]!)\"/>\n"
        }
        let nodeKeyIDs = ExchangeFields.declareKeys(nodeKeys, prefix: "n", into: &xml, column)
        xml.append(contentsOf: "    </attributes>\n    <attributes class=\"edge\">\n")
        let edgeKeyIDs = ExchangeFields.declareKeys(edgeKeys, prefix: "e", into: &xml, column)
        xml.append(contentsOf: "    </attributes>\n")
        return (nodeKeyIDs, edgeKeyIDs)
    }

    /// `<attvalue for="KEY" value="VALUE"/>` on its own line.
    @inline(__always)
    static func appendAttributeValue(key: String, _ value: String, to xml: inout TableBuffer) {
        XMLText.append("          <attvalue for=\"", key: key, "\" value=\"", value: value, "\"/>\n", to: &xml)
    }

    static let tail: StaticString = "    </edges>\n  </graph>\n</gexf>\n"

    static let sourceMarker = "\n\nSource: "
    static let notesMarker = "\n\nNotes: "

    /// GEXF has no graph attributes that NetworkX and Gephi both read, so the network's name, source and notes
    /// go in the meta description: the name, then "Source: ..." and "Notes: [JSON array]" paragraphs.
    static func description(of network: Network) -> String {
        var text = network.name
        if let source = network.source { text += sourceMarker + source }
        if !network.notes.isEmpty { text += notesMarker + JSONValue.array(network.notes.map(JSONValue.string)).serialized(indent: nil) }
        return text
    }

    /// The first or last day a partial date may stand for, as YYYY-MM-DD.
    static func dayString(_ date: PartialDate, last: Bool) -> String {
        let month = date.month ?? (last ? 12 : 1)
        let day = date.day ?? (last ? PartialDate.daysIn(month: month, year: date.year) : 1)
        return PartialDate(year: date.year, month: month, day: day)!.description
    }

    /// Reads GEXF (1.2 or 1.3, from Gephi, NetworkX or PartnerGraph), streaming.
    ///
    /// `defaultedgetype="directed"` makes a directed network (absent, `undirected` or `mutual`: undirected); an
    /// edge whose `type` says otherwise is refused, as NetworkX refuses it. Column types are kept as
    /// ``/PartnerGraph/Network/attributeTypes``; a `bipartite` column (0 or 1) gives a node's mode where `kind` does not.
    /// Attribute columns are matched by title; an edge's `weight` (XML attribute or column) becomes its weight;
    /// other columns, other XML attributes of a node or edge (`type`, `kind`, `pid`), `viz` elements
    /// (`viz.position.x`...) and spells are kept as attributes. Element `start`/`end` are checked as dates when
    /// the timeformat is `date`, and read as the dates of a file that has no `start`/`end` columns.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try XMLStream.network(Reading.self, path: path, limits: limits)
    }

    /// Reads GEXF held in memory, as ``read(path:limits:)`` reads a file.
    /// - Parameters:
    ///   - data: the document's bytes.
    ///   - file: the name that messages give as the file's.
    ///   - limits: the limits on size, nodes and edges.
    /// - Throws: ``/PartnerFiles/ReadError``, at the line and column of the first problem.
    /// - Complexity: O(bytes).
    public static func read(data: Data, file: String, limits: ReadLimits = .default) throws -> Network {
        try XMLStream.network(Reading.self, data: data, file: file, limits: limits)
    }

    final class Reading: XMLNetworkReading {
        /// The file's size, when known, against which declared counts are checked.
        var fileBytes: Int?
        let file: String
        let limits: ReadLimits
        var root: XMLStartTag?
        var sawGraph = false
        var timeFormat = "double"
        var description: String?
        /// Column titles by class (`node`, `edge`) and id, and their defaults by title.
        var titles: [String: [String: String]] = [:]
        /// Column types by class and title.
        var types: [String: [String: String]] = [:]
        var defaults: [String: [String: String]] = [:]
        var attributeClass = "node"
        var attributeID: String?
        var block = ""
        var element: (tag: XMLStartTag, fields: [String: String])?
        var builder = NetworkBuilder(name: "")
        var places = ExchangePlaces()

        init(file: String, limits: ReadLimits) {
            self.file = file
            self.limits = limits
        }

        func start(_ tag: XMLStartTag, depth: Int) throws -> Bool {
            switch (depth, tag.name) {
            case (1, _):
                guard tag.name == "gexf" else {
                    throw ReadError(.unknownFormat, file: file, line: tag.line, column: tag.column, message: "expected a <gexf> document with a <graph>")
                }
                root = tag
            case (3, "description"):
                return true
            case (2, "graph"):
                guard !sawGraph else {
                    throw ReadError(
                        .unsupported, file: file, line: tag.line, column: tag.column, field: "graph", message: "a second <graph>; one graph per file is read")
                }
                sawGraph = true
                switch tag.attributes["defaultedgetype"] ?? "undirected" {
                case "directed": builder.isDirected = true
                case "undirected", "mutual": builder.isDirected = false
                case let other:
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "defaultedgetype",
                        message: "expected defaultedgetype directed, undirected or mutual, found '\(other.prefix(40))'")
                }
                timeFormat = tag.attributes["timeformat"] ?? "double"
                guard GEXFTime.formats.contains(timeFormat) else {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "timeformat",
                        message: "unknown timeformat '\(timeFormat.prefix(40))'; expected double, integer, long, date or dateTime")
                }
            case (3, _):
                block = tag.name
                if tag.name == "attributes" { attributeClass = tag.attributes["class"] ?? "node" }
                if tag.name == "nodes" || tag.name == "edges" {
                    try limits.checkDeclared(
                        tag.attributes["count"], edges: tag.name == "edges", name: "count", file: file, line: tag.line, column: tag.column, fileBytes: fileBytes
                    )
                }
            case (5, "nodes") where element != nil, (5, "edges") where element != nil, (5, "parents") where element != nil:
                // A hierarchy (nodes inside a node) would be flattened or lost: partnet keeps one level.
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: tag.name,
                    message: "a node hierarchy (<\(tag.name)> inside a node); one level of nodes is read (flatten the hierarchy)")
            case (4, "attribute") where block == "attributes":
                guard let id = tag.attributes["id"] else {
                    throw ReadError(
                        .missingField, file: file, line: tag.line, column: tag.column, field: "attribute", message: "an attribute column without an id")
                }
                titles[attributeClass, default: [:]][id] = tag.attributes["title"] ?? id
                types[attributeClass, default: [:]][tag.attributes["title"] ?? id] = tag.attributes["type"] ?? "string"
                attributeID = id
            case (5, "default") where attributeID != nil:
                return true
            case (4, "node") where block == "nodes", (4, "edge") where block == "edges":
                element = (tag, [:])
            case (6, "attvalue") where element != nil:
                let kind = element!.tag.name
                guard let key = tag.attributes["for"] ?? tag.attributes["id"] else {
                    throw ReadError(.missingField, file: file, line: tag.line, column: tag.column, field: "attvalue", message: "an attvalue without 'for'")
                }
                // `for` names a column by its id (or, in older files, by its title).
                guard let title = titles[kind]?[key] ?? titles[kind]?.values.first(where: { $0 == key }) else {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "attvalue",
                        message: "an attvalue for '\(key.prefix(40))', which no <attribute> of the \(kind)s declares")
                }
                guard element!.fields[title] == nil else {
                    throw ReadError(
                        .duplicateField, file: file, line: tag.line, column: tag.column, field: title,
                        message: "a second value for '\(title.prefix(40))' on one \(kind) (values that change over time are not read)")
                }
                let value = tag.attributes["value"] ?? ""
                let declared = types[kind]?[title] ?? "string"
                try ExchangeFields.checkValue(value, of: ExchangeFields.fieldType(named: declared), field: title, file: file, at: (tag.line, tag.column))
                // A date attribute (xs:date, xs:dateTime) must be a calendar day: 2020-02-30 is no date.
                if declared == "date" || declared == "dateTime", (try? GEXFTime(value, format: declared)) == nil {
                    throw ReadError(
                        .invalidDate, file: file, line: tag.line, column: tag.column, field: title,
                        message: "'\(value.prefix(40))' is not a \(declared), the type its attribute declares")
                }
                element!.fields[title] = value
            case (6, "spell") where element != nil:
                _ = try times(of: tag)
                let spell = "\(tag.attributes["start"] ?? "")..\(tag.attributes["end"] ?? "")"
                element!.fields["spells"] = element!.fields["spells"].map { $0 + ";" + spell } ?? spell
            case (5, _) where element != nil && tag.name != "attvalues" && tag.name != "spells":
                // viz:color, viz:position, viz:size, viz:shape, viz:thickness
                for (name, value) in tag.attributes { element!.fields["viz.\(tag.name).\(name)"] = value }
            default:
                break
            }
            return false
        }

        func end(_ name: String, text: String?, depth: Int) throws {
            switch (depth, name) {
            case (3, "description"): description = text
            case (5, "default"):
                if let attributeID, let title = titles[attributeClass]?[attributeID] { defaults[attributeClass, default: [:]][title] = text ?? "" }
            case (4, "attribute"): attributeID = nil
            case (3, _): block = ""
            case (4, "node"), (4, "edge"):
                guard let (tag, values) = element else { return }
                element = nil
                try add(tag, values)
            default: break
            }
        }

        private func add(_ tag: XMLStartTag, _ values: [String: String]) throws {
            // An XML attribute and an attvalue of the same title that disagree: keeping either would lose the other.
            // Element start/end are days (PartnerGraph writes exact partial dates as columns beside them).
            let ownMeaning: Set<String> = ["id", "source", "target", "start", "end", "startopen", "endopen"]
            for (key, value) in tag.attributes where !ownMeaning.contains(key) && !(tag.name == "edge" && key == "label") {
                guard let given = values[key], given != value else { continue }
                if key == "weight", let a = Double(given), let b = Double(value), a == b { continue }
                throw ReadError(
                    .duplicateField, file: file, line: tag.line, column: tag.column, field: key,
                    message: "two values for '\(key.prefix(40))' on one \(tag.name): \(key)=\"\(value.prefix(40))\" and an attvalue '\(given.prefix(40))'")
            }
            var fields = values
            for (title, value) in defaults[tag.name] ?? [:] where fields[title] == nil { fields[title] = value }
            let columns = Set((titles[tag.name] ?? [:]).values)
            var fixed: Set<String> = ["id", "source", "target", "label", "weight", "start", "end"]
            if tag.name == "edge", let type = tag.attributes["type"] {
                guard (type == "directed") == builder.isDirected else {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "type",
                        message:
                            "an edge of type \(type.prefix(40)) in a graph whose defaultedgetype is \(builder.isDirected ? "directed" : "undirected"); "
                            + "a network has one direction for all its edges")
                }
                fixed.insert("type")
            }
            for (key, value) in tag.attributes where !fixed.contains(key) && fields[key] == nil { fields[key] = value }
            // Element times, checked in the graph's timeformat and for order; the dates of a file without date
            // columns (PartnerGraph writes exact dates as columns and derived days as element times).
            _ = try times(of: tag)
            for key in ["start", "end"] {
                guard let text = tag.attributes[key] else { continue }
                if timeFormat == "date" || timeFormat == "datetime" || timeFormat == "dateTime" {
                    let day = text.prefix { $0 != "T" }
                    if !columns.contains(key) && fields[key] == nil { fields[key] = String(day) }
                } else if fields["time.\(key)"] == nil {
                    fields["time.\(key)"] = text
                }
            }
            if tag.name == "node" {
                guard let id = tag.attributes["id"] else {
                    throw ReadError(.emptyID, file: file, line: tag.line, column: tag.column, field: "node", message: "a node without an id")
                }
                if fields["label"] == nil, let label = tag.attributes["label"] { fields["label"] = label }
                try places.addNode(to: &builder, file: file, at: (tag.line, tag.column), limits: limits) { () throws(ExchangeFields.FieldError) in
                    try ExchangeFields.node(id: id, fields: fields)
                }
            } else {
                guard let source = tag.attributes["source"], let target = tag.attributes["target"] else {
                    throw ReadError(.missingField, file: file, line: tag.line, column: tag.column, field: "edge", message: "an edge needs source and target")
                }
                if let label = tag.attributes["label"] {
                    if fields["relation"] == nil {
                        fields["relation"] = label
                    } else if fields["label"] == nil && fields["relation"] != label {
                        fields["label"] = label
                    }
                }
                if fields["weight"] == nil, let weight = tag.attributes["weight"] { fields["weight"] = weight }
                try places.addEdge(to: &builder, file: file, at: (tag.line, tag.column), limits: limits, relationGiven: fields["relation"] != nil) {
                    () throws(ExchangeFields.FieldError) in
                    try ExchangeFields.edge(from: source, to: target, fields: fields)
                }
            }
        }

        /// The `start` and `end` of an element or spell, read in the graph's timeformat; an end before the start, or
        /// a time that does not read, is an error at the tag.
        private func times(of tag: XMLStartTag) throws -> (start: GEXFTime?, end: GEXFTime?) {
            var read: [String: GEXFTime] = [:]
            // GEXF's open bounds (an interval that excludes its start or end) have no place in partnet's dates.
            for key in ["startopen", "endopen"] where tag.attributes[key] != nil {
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: key,
                    message: "an open interval bound (\(key)) is not read; give start and end (closed bounds)")
            }
            for key in ["start", "end"] {
                guard let text = tag.attributes[key] else { continue }
                do { read[key] = try GEXFTime(text, format: timeFormat) } catch {
                    throw ReadError(error.code, file: file, line: tag.line, column: tag.column, field: key, message: error.message)
                }
            }
            // An edge's dates are checked with the network, which names the edge.
            let checkedLater = tag.name == "edge" && (timeFormat == "date" || timeFormat == "dateTime" || timeFormat == "datetime")
            if !checkedLater, let start = read["start"], let end = read["end"], !start.mayPrecede(end) {
                throw ReadError(
                    .endBeforeStart, file: file, line: tag.line, column: tag.column, field: "end",
                    message: "ends (\(tag.attributes["end"]!.prefix(40))) before it starts (\(tag.attributes["start"]!.prefix(40)))")
            }
            return (read["start"], read["end"])
        }

        func network() throws -> Network {
            guard sawGraph else {
                throw ReadError(
                    .unknownFormat, file: file, line: root?.line ?? 1, column: root?.column ?? 1, message: "expected a <gexf> document with a <graph>")
            }
            var name = description ?? URL(fileURLWithPath: file).lastPathComponent
            var notes: String? = nil
            if let range = name.range(of: notesMarker) {
                notes = String(name[range.upperBound...])
                name = String(name[..<range.lowerBound])
            }
            if let range = name.range(of: sourceMarker) {
                builder.source = String(name[range.upperBound...])
                name = String(name[..<range.lowerBound])
            }
            builder.name = name
            builder.notes = ExchangeFields.notes(fromJSON: notes)
            for (title, name) in types["node"] ?? [:] where !ExchangeFields.reservedNodeNames.contains(title) {
                let type = ExchangeFields.fieldType(named: name)
                if type != .string { builder.attributeTypes.node[ExchangeFields.attributeKey(title)] = type }
            }
            for (title, name) in types["edge"] ?? [:] where !ExchangeFields.reservedEdgeNames.contains(title) {
                let type = ExchangeFields.fieldType(named: name)
                if type != .string { builder.attributeTypes.edge[ExchangeFields.attributeKey(title)] = type }
            }
            return try places.build(builder, file: file)
        }
    }
}

/// A GEXF time (`start`, `end` of an element or spell) in the graph's `timeformat`: a decimal number for `double`
/// and `integer` (GEXF's default is `double`), a date for `date`, a date and an ISO 8601 time of day for `dateTime`.
enum GEXFTime {
    case number(Double)
    case date(PartialDate)

    /// GEXF's four, and `long`, which NetworkX writes for integer times.
    static let formats: Set<String> = ["double", "integer", "long", "date", "dateTime", "datetime"]

    init(_ text: String, format: String) throws(ValueCheck.Problem) {
        switch format {
        case "date", "dateTime", "datetime":
            let day = text.prefix { $0 != "T" }
            let date = try ValueCheck.date(day)
            if day.endIndex < text.endIndex {
                let time = text[text.index(after: day.endIndex)...]
                guard format != "date" || time.isEmpty, GEXFTime.isTimeOfDay(time) else {
                    throw ValueCheck.Problem(code: .invalidDate, message: "expected a time of day hh:mm[:ss][Z|+hh:mm] after 'T', found '\(text.prefix(40))'")
                }
            }
            self = .date(date)
        default:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard ValueCheck.isDecimal(trimmed.utf8), let value = Double(trimmed), value.isFinite,
                (format != "integer" && format != "long") || Int(trimmed) != nil
            else {
                throw ValueCheck.Problem(
                    code: .invalidValue,
                    message: "expected \(format == "double" ? "a decimal number" : "a whole number") (the timeformat is \(format)), found '\(text.prefix(40))'"
                )
            }
            self = .number(value)
        }
    }

    /// Whether this time may come before `other` (equal counts; dates compare as ``PartialDate`` does).
    func mayPrecede(_ other: GEXFTime) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): a <= b
        case (.date(let a), .date(let b)): a.mayPrecede(b)
        default: true
        }
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff`, then optionally `Z` or `+hh:mm` / `-hh:mm`.
    static func isTimeOfDay(_ text: Substring) -> Bool {
        var rest = text
        func number(_ maximum: Int) -> Bool {
            let digits = rest.prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isASCII), let value = Int(digits), value <= maximum else { return false }
            rest = rest.dropFirst(2)
            return true
        }
        func colon() -> Bool {
            guard rest.first == ":" else { return false }
            rest = rest.dropFirst()
            return true
        }
        guard number(23), colon(), number(59) else { return false }
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard number(60) else { return false }
            if rest.first == "." {
                rest = rest.dropFirst()
                let fraction = rest.prefix { $0.isASCII && $0.isNumber }
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
        }
        if rest.first == "Z" { return rest.count == 1 }
        if rest.first == "+" || rest.first == "-" {
            rest = rest.dropFirst()
            return number(23) && colon() && number(59) && rest.isEmpty
        }
        return rest.isEmpty
    }
}
