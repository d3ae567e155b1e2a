import Foundation

/// GEXF 1.3, Gephi's format, with a dynamic timeline: meetings and their edges carry `start`/`end` dates, so
/// Gephi's timeline plays the network year by year.
///
/// Partial dates become the first and last day they may stand for (`2019` spans 2019-01-01 to 2019-12-31);
/// the dates as written in the network are kept as attributes, so reading the file back loses nothing.
public enum GEXF {
    public static func string(for network: Network) -> String {
        let nodeKeys = ExchangeFields.nodeKeys(of: network)
        let gexfType: [ExchangeFields.FieldType: String] = [.string: "string", .int: "integer", .boolean: "boolean"]
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>PartnerGraph</creator>
                <description>\(XMLText.escaped(description(of: network)))</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <attributes class="node">

            """
        var nodeKeyIDs: [String: String] = [:]
        for (index, (name, type)) in nodeKeys.enumerated() {
            nodeKeyIDs[name] = "n\(index)"
            xml += "      <attribute id=\"n\(index)\" title=\"\(XMLText.escaped(name))\" type=\"\(gexfType[type]!)\"/>\n"
        }
        xml += "    </attributes>\n    <attributes class=\"edge\">\n"
        var edgeKeyIDs: [String: String] = [:]
        for (index, (name, type)) in ExchangeFields.edgeFields.enumerated() {
            edgeKeyIDs[name] = "e\(index)"
            xml += "      <attribute id=\"e\(index)\" title=\"\(name)\" type=\"\(gexfType[type]!)\"/>\n"
        }
        xml += "    </attributes>\n"
        func span(_ start: PartialDate?, _ end: PartialDate?) -> String {
            var text = ""
            if let first = start ?? end { text += " start=\"\(dayString(first, last: false))\"" }
            if let last = end ?? start { text += " end=\"\(dayString(last, last: true))\"" }
            return text
        }
        xml += "    <nodes>\n"
        for node in network.nodes {
            let time = node.meeting.map { span($0.start, $0.end) } ?? ""
            xml += "      <node id=\"\(XMLText.escaped(node.id))\" label=\"\(XMLText.escaped(node.name))\"\(time)>\n        <attvalues>\n"
            for (name, value) in ExchangeFields.fields(of: node) {
                xml += "          <attvalue for=\"\(nodeKeyIDs[name]!)\" value=\"\(XMLText.escaped(value.text))\"/>\n"
            }
            xml += "        </attvalues>\n      </node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for (index, edge) in network.edges.enumerated() {
            let meeting = network[edge.to]?.meeting
            let time = span(edge.start ?? meeting?.start, edge.end ?? (edge.start == nil ? meeting?.end : nil))
            xml += "      <edge id=\"\(index)\" source=\"\(XMLText.escaped(edge.from))\" target=\"\(XMLText.escaped(edge.to))\" label=\"\(XMLText.escaped(edge.relation.rawValue))\"\(time)>\n        <attvalues>\n"
            for (name, value) in ExchangeFields.fields(of: edge) {
                xml += "          <attvalue for=\"\(edgeKeyIDs[name]!)\" value=\"\(XMLText.escaped(value.text))\"/>\n"
            }
            xml += "        </attvalues>\n      </edge>\n"
        }
        xml += "    </edges>\n  </graph>\n</gexf>\n"
        return xml
    }

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

    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        let bytes = try InputFile.bytes(at: path, limits: limits)
        return try read(data: Data(bytes), file: path, limits: limits)
    }

    public static func read(data: Data, file: String, limits: ReadLimits = .default) throws -> Network {
        let document = try XMLDocumentReader.parse(data: data, file: file, limits: limits)
        guard let root = document.root, root.name == "gexf", let graph = root.children.first(where: { $0.name == "graph" }) else {
            throw ReadError(file: file, line: document.root?.line, message: "expected a <gexf> document with a <graph>")
        }
        var titles: [String: String] = [:]
        for block in graph.children where block.name == "attributes" {
            for attribute in block.children where attribute.name == "attribute" {
                if let id = attribute.attributes["id"] { titles[id] = attribute.attributes["title"] ?? id }
            }
        }
        func values(of element: XMLElementNode) -> [String: String] {
            var fields: [String: String] = [:]
            for block in element.children where block.name == "attvalues" {
                for value in block.children where value.name == "attvalue" {
                    if let key = value.attributes["for"] { fields[titles[key] ?? key] = value.attributes["value"] ?? "" }
                }
            }
            return fields
        }
        var description = root.children.first { $0.name == "meta" }?.children.first { $0.name == "description" }?.text ?? URL(fileURLWithPath: file).lastPathComponent
        var notes: String? = nil
        var source: String? = nil
        if let range = description.range(of: notesMarker) {
            notes = String(description[range.upperBound...])
            description = String(description[..<range.lowerBound])
        }
        if let range = description.range(of: sourceMarker) {
            source = String(description[range.upperBound...])
            description = String(description[..<range.lowerBound])
        }
        var builder = NetworkBuilder(name: description, source: source)
        builder.notes = ExchangeFields.notes(fromJSON: notes)
        var nodeLines: [Int] = []
        var edgeLines: [Int] = []
        for block in graph.children {
            for element in block.children {
                do {
                    if block.name == "nodes" && element.name == "node" {
                        guard let id = element.attributes["id"] else { throw ReadError(file: file, line: element.line, field: "node", message: "a node without an id") }
                        var fields = values(of: element)
                        if fields["label"] == nil, let label = element.attributes["label"] { fields["label"] = label }
                        builder.add(try ExchangeFields.node(id: id, fields: fields))
                        nodeLines.append(element.line)
                        try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: element.line)
                    } else if block.name == "edges" && element.name == "edge" {
                        guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                            throw ReadError(file: file, line: element.line, field: "edge", message: "an edge needs source and target")
                        }
                        var fields = values(of: element)
                        if fields["relation"] == nil, let label = element.attributes["label"] { fields["relation"] = label }
                        builder.add(try ExchangeFields.edge(from: source, to: target, fields: fields))
                        edgeLines.append(element.line)
                        try limits.check(nodes: nodeLines.count, edges: edgeLines.count, file: file, line: element.line)
                    }
                } catch let error as ExchangeFields.FieldError {
                    throw ReadError(file: file, line: element.line, field: error.field, message: error.message)
                }
            }
        }
        return try builder.build(file: file, nodeLines: nodeLines, edgeLines: edgeLines)
    }
}
