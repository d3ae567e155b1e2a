import Foundation

/// GraphML, the XML graph format of yEd, Cytoscape, Gephi and NetworkX (`read_graphml`).
///
/// Node kinds, meeting details, regions, dates and sources are typed `<key>`s; free attributes get a key each,
/// of the type the network declares for them (``/PartnerGraph/Network/attributeTypes``); network name, source and notes are
/// graph data. `edgedefault` is the network's direction (``/PartnerGraph/Network/isDirected``), and a network with meetings
/// marks its nodes with NetworkX's `bipartite` (0 actors, 1 meetings). Parallel edges are kept, so NetworkX
/// reads a multigraph only when there are some.
public enum GraphML: StreamedExchangeDocument {
    /// Appends the document to `xml`, calling `flush` after the head and after each node and edge.
    public static func write<Failure: Error>(
        _ network: Network, results: NodeResults, into xml: inout TableBuffer, flushing flush: (inout TableBuffer) throws(Failure) -> Void
    ) throws(Failure) {
        let elements = StreamedElements(
            head: { nodeKeys, edgeKeys, xml in
                appendHead(graphFields: ExchangeFields.graphFields(of: network), nodeKeys: nodeKeys, edgeKeys: edgeKeys, directed: network.isDirected, to: &xml)
            },
            beforeNodes: "", betweenNodesAndEdges: "", tail: tail,
            nodeStart: { node, xml in appendNodeStart(node.id, to: &xml) }, nodeEnd: "    </node>\n",
            edgeStart: { index, edge, xml in appendEdgeStart(index, edge.from, edge.to, to: &xml) }, edgeEnd: "    </edge>\n",
            field: { key, value, xml in appendData(key: key, value, to: &xml) })
        try elements.append(network, results: results, into: &xml, flushing: flush)
    }

    // MARK: Writing, in parts shared with the edge-list path (``EdgeList``)

    /// The XML declaration, the root element, the keys (graph fields `g_NAME`, node keys `d0`..., edge keys
    /// `e0`...), the graph's start (`edgedefault` from `directed`) and its data. Returns the key ids by field
    /// name, for nodes and for edges.
    static func appendHead(
        graphFields: [(String, String)], nodeKeys: [(String, ExchangeFields.FieldType)], edgeKeys: [(String, ExchangeFields.FieldType)],
        directed: Bool, to xml: inout TableBuffer
    ) -> (nodes: [String: String], edges: [String: String]) {
        xml.append(
            contentsOf: """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

                """)
        for (name, _) in graphFields {
            xml.write("  <key id=\"g_\(XMLText.escaped(name))\" for=\"graph\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"string\"/>\n")
        }
        func key(for element: String) -> (String, String, ExchangeFields.FieldType) -> String {
            { id, name, type in "  <key id=\"\(id)\" for=\"\(element)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type.rawValue)\"/>\n" }
        }
        let nodeKeyIDs = ExchangeFields.declareKeys(nodeKeys, prefix: "d", into: &xml, key(for: "node"))
        let edgeKeyIDs = ExchangeFields.declareKeys(edgeKeys, prefix: "e", into: &xml, key(for: "edge"))
        xml.append(contentsOf: directed ? "  <graph id=\"G\" edgedefault=\"directed\">\n" : "  <graph id=\"G\" edgedefault=\"undirected\">\n")
        for (name, value) in graphFields {
            xml.write("    <data key=\"g_\(XMLText.escaped(name))\">\(XMLText.escaped(value))</data>\n")
        }
        return (nodeKeyIDs, edgeKeyIDs)
    }

    /// `<node id="ID">` and its line end.
    @inline(__always)
    static func appendNodeStart(_ id: String, to xml: inout TableBuffer) {
        xml.append(contentsOf: "    <node id=\"")
        XMLText.append(escaping: id, to: &xml)
        xml.append(contentsOf: "\">\n")
    }

    /// `<edge id="eINDEX" source="FROM" target="TO">` and its line end; `from` and `to` are escaped already.
    @inline(__always)
    static func appendEdgeStart(_ index: Int, escapedFrom from: UnsafeBufferPointer<UInt8>, escapedTo to: UnsafeBufferPointer<UInt8>, to xml: inout TableBuffer)
    {
        xml.append(contentsOf: "    <edge id=\"e")
        xml.appendInteger(index)
        xml.append(contentsOf: "\" source=\"")
        xml.append(contentsOf: from)
        xml.append(contentsOf: "\" target=\"")
        xml.append(contentsOf: to)
        xml.append(contentsOf: "\">\n")
    }

    static func appendEdgeStart(_ index: Int, _ from: String, _ to: String, to xml: inout TableBuffer) {
        var ends = TableBuffer()
        XMLText.append(escaping: from, to: &ends)
        let split = ends.count
        XMLText.append(escaping: to, to: &ends)
        ends.bytes.withUnsafeBufferPointer { bytes in
            appendEdgeStart(
                index, escapedFrom: UnsafeBufferPointer(rebasing: bytes[..<split]), escapedTo: UnsafeBufferPointer(rebasing: bytes[split...]), to: &xml)
        }
    }

    /// `<data key="KEY">VALUE</data>` on its own line.
    @inline(__always)
    static func appendData(key: String, _ value: String, to xml: inout TableBuffer) {
        XMLText.append("      <data key=\"", key: key, "\">", value: value, "</data>\n", to: &xml)
    }

    static let tail: StaticString = "  </graph>\n</graphml>\n"

    /// Reads GraphML written by PartnerGraph or by another tool, streaming (keys are matched by `attr.name`).
    ///
    /// A `weight` becomes the edge's weight; other keys become node and edge attributes, their `attr.type`
    /// kept as ``/PartnerGraph/Network/attributeTypes``; a key's `<default>` applies where an element has no value.
    /// `edgedefault="directed"` makes a directed network (absent or `undirected`: undirected); an edge whose
    /// `directed` says otherwise is refused, as NetworkX refuses it, since a network has one direction.
    /// `bipartite` (0 or 1) gives a node's mode where `kind` does not. External entities are never resolved.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        try XMLStream.network(Reading.self, path: path, limits: limits)
    }

    /// Reads GraphML held in memory, as ``read(path:limits:)`` reads a file.
    /// - Parameters:
    ///   - data: the document's bytes.
    ///   - file: the name that messages give as the file's.
    ///   - limits: the limits on size, nodes and edges.
    /// - Throws: ``/PartnerFiles/ReadError``, at the line and column of the first problem.
    /// - Complexity: O(bytes).
    public static func read(data: Data, file: String, limits: ReadLimits = .default) throws -> Network {
        try XMLStream.network(Reading.self, data: data, file: file, limits: limits)
    }

    /// The reading state: keys, the node or edge being read, and the builder.
    final class Reading: XMLNetworkReading {
        /// The file's size, when known, against which declared counts are checked.
        var fileBytes: Int?
        struct Key {
            var name: String
            var domain: String
            var type: String
            var line: Int
            var column: Int
            var defaultValue: String?
        }
        /// GraphML's value types (`attr.type`) and key domains (`for`).
        static let types: Set<String> = ["boolean", "int", "long", "float", "double", "string"]
        static let domains: Set<String> = ["graph", "node", "edge", "all", "graphml", "hyperedge", "port", "endpoint"]

        let file: String
        let limits: ReadLimits
        var keys: [String: Key] = [:]
        var keyOrder: [String] = []
        var builder = NetworkBuilder(name: "")
        var places = ExchangePlaces()
        var root: XMLStartTag?
        var graphDepth: Int?
        var graphFields: [String: String] = [:]
        /// The node or edge being read, with its data so far.
        var element: (tag: XMLStartTag, fields: [String: String])?
        var dataKey: String?
        var dataTag: XMLStartTag?
        var dataHasElements = false
        var keyID: String?

        init(file: String, limits: ReadLimits) {
            self.file = file
            self.limits = limits
        }

        func start(_ tag: XMLStartTag, depth: Int) throws -> Bool {
            if depth == 1 {
                guard tag.name == "graphml" else {
                    throw ReadError(.unknownFormat, file: file, line: tag.line, column: tag.column, message: "expected a <graphml> document")
                }
                root = tag
                return false
            }
            if depth == 2 && tag.name == "key" {
                guard let id = tag.attributes["id"] else {
                    throw ReadError(.missingField, file: file, line: tag.line, column: tag.column, field: "key", message: "a key without an id")
                }
                if keys[id] != nil {
                    throw ReadError(
                        .duplicateID, file: file, line: tag.line, column: tag.column, field: "key", message: "a second <key> with the id '\(id.prefix(40))'")
                }
                let type = tag.attributes["attr.type"] ?? "string"
                guard Reading.types.contains(type) else {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "attr.type",
                        message: "unknown attr.type '\(type.prefix(40))'; GraphML's types are \(Reading.types.sorted().joined(separator: ", "))")
                }
                let domain = tag.attributes["for"] ?? "all"
                guard Reading.domains.contains(domain) else {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "for",
                        message: "unknown key domain for=\"\(domain.prefix(40))\"; expected \(Reading.domains.sorted().joined(separator: ", "))")
                }
                keys[id] = Key(name: tag.attributes["attr.name"] ?? id, domain: domain, type: type, line: tag.line, column: tag.column)
                keyOrder.append(id)
                keyID = id
                return false
            }
            if depth == 3 && tag.name == "default" && keyID != nil { return true }
            if tag.name == "graph" && graphDepth == nil && depth == 2 {
                try limits.checkDeclared(
                    tag.attributes["parse.nodes"], edges: false, name: "parse.nodes", file: file, line: tag.line, column: tag.column, fileBytes: fileBytes)
                try limits.checkDeclared(
                    tag.attributes["parse.edges"], edges: true, name: "parse.edges", file: file, line: tag.line, column: tag.column, fileBytes: fileBytes)
                graphDepth = depth
                switch tag.attributes["edgedefault"] ?? "undirected" {
                case "directed": builder.isDirected = true
                case "undirected": builder.isDirected = false
                case let other:
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "edgedefault",
                        message: "expected edgedefault directed or undirected, found '\(other.prefix(40))'")
                }
                return false
            }
            guard let graphDepth else {
                if tag.name == "graph" {
                    throw ReadError(.syntax, file: file, line: tag.line, column: tag.column, field: "graph", message: "a <graph> outside <graphml>")
                }
                return false
            }
            if dataKey != nil {
                // yEd keeps drawing instructions as elements of its own namespace inside <data>: they are not values.
                // An element of GraphML's namespace (or of none) is part of the value, which a network cannot keep.
                if tag.namespace == nil || tag.namespace == root?.namespace {
                    throw ReadError(
                        .unsupported, file: file, line: tag.line, column: tag.column, field: "data",
                        message: "an element <\(tag.name.prefix(40))> inside <data>; a value is text (escape the markup as &lt; or CDATA)")
                }
                dataHasElements = true
                return false
            }
            if tag.name == "graph" {
                // partnet keeps one flat graph: a second graph or a node's inner graph would be merged or lost.
                let message =
                    depth == 2
                    ? "a second <graph>; one graph per file is read (split the file)"
                    : "a nested <graph> inside a node; one flat graph is read (nested graphs would be lost)"
                throw ReadError(.unsupported, file: file, line: tag.line, column: tag.column, field: "graph", message: message)
            }
            let level = depth - graphDepth
            if tag.name == "data" && ((level == 1 && element == nil) || (level == 2 && element != nil)) {
                guard let key = tag.attributes["key"] else {
                    throw ReadError(.missingField, file: file, line: tag.line, column: tag.column, field: "data", message: "a <data> without a key")
                }
                dataKey = key
                dataTag = tag
                dataHasElements = false
                return true
            }
            switch (tag.name, level) {
            case ("node", 1), ("edge", 1):
                element = (tag, [:])
                return false
            case ("hyperedge", 1):
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: "hyperedge",
                    message: "hyperedges are not supported; give each edge its two ends")
            case ("port", 2):
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: "port", message: "ports are not supported; edges join nodes")
            case ("locator", 1):
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: "locator",
                    message: "a <locator> points to a graph in another document, which is not read (put the graph in this file)")
            case ("desc", _):
                return false
            default:
                // Another vocabulary's elements (yEd's) are drawing instructions; an unknown element of GraphML's own
                // namespace would be a structure partnet does not keep.
                guard tag.namespace == nil || tag.namespace == root?.namespace else { return false }
                throw ReadError(
                    .unsupported, file: file, line: tag.line, column: tag.column, field: tag.name,
                    message: "an element <\(tag.name.prefix(40))> that GraphML does not define here; it would be lost")
            }
        }

        func end(_ name: String, text: String?, depth: Int) throws {
            if name == "default", let keyID, let text {
                if let key = keys[keyID], key.name != "weight" {
                    try ExchangeFields.checkValue(text, of: ExchangeFields.fieldType(named: key.type), field: key.name, file: file, at: (key.line, key.column))
                }
                keys[keyID]?.defaultValue = text
                return
            }
            if name == "key" { keyID = nil; return }
            guard let graphDepth else { return }
            if name == "data", let key = dataKey, depth - graphDepth <= 2 {
                dataKey = nil
                // yEd keeps drawing instructions as elements inside <data>: they are not values.
                if dataHasElements { return }
                guard let declared = keys[key] else {
                    throw ReadError(
                        .invalidValue, file: file, line: dataTag?.line ?? 1, column: dataTag?.column ?? 1, field: "data",
                        message: "a <data> whose key '\(key.prefix(40))' no <key> declares")
                }
                let fieldName = declared.name
                let holder = element?.tag.name ?? "graph"
                if declared.domain != "all" && declared.domain != holder, let dataTag {
                    throw ReadError(
                        .invalidValue, file: file, line: dataTag.line, column: dataTag.column, field: "data",
                        message: "a <data> on a \(holder) whose key '\(key.prefix(40))' is declared for=\"\(declared.domain)\"")
                }
                if let dataTag, fieldName != "weight" {
                    try ExchangeFields.checkValue(
                        text ?? "", of: ExchangeFields.fieldType(named: declared.type), field: fieldName, file: file, at: (dataTag.line, dataTag.column))
                }
                let known = element != nil ? element?.fields[fieldName] != nil : graphFields[fieldName] != nil
                if known, let dataTag {
                    // Two values for one key (or two keys with one name): keeping either would lose the other.
                    throw ReadError(
                        .duplicateField, file: file, line: dataTag.line, column: dataTag.column, field: fieldName,
                        message: "a second value for '\(fieldName.prefix(40))' on one \(element?.tag.name ?? "graph")")
                }
                if element != nil { element?.fields[fieldName] = text ?? "" } else { graphFields[fieldName] = text ?? "" }
                return
            }
            guard depth - graphDepth == 1, let (tag, data) = element, name == tag.name else { return }
            element = nil
            var fields = data
            for id in keyOrder {
                guard let key = keys[id], let value = key.defaultValue, key.domain == name || key.domain == "all", fields[key.name] == nil else { continue }
                fields[key.name] = value
            }
            if name == "node" {
                guard let id = tag.attributes["id"] else {
                    throw ReadError(.emptyID, file: file, line: tag.line, column: tag.column, field: "node", message: "a node without an id")
                }
                try places.addNode(to: &builder, file: file, at: (tag.line, tag.column), limits: limits) { () throws(ExchangeFields.FieldError) in
                    try ExchangeFields.node(id: id, fields: fields)
                }
            } else {
                guard let source = tag.attributes["source"], let target = tag.attributes["target"] else {
                    throw ReadError(.missingField, file: file, line: tag.line, column: tag.column, field: "edge", message: "an edge needs source and target")
                }
                if let directed = tag.attributes["directed"], directed != (builder.isDirected ? "true" : "false") {
                    throw ReadError(
                        .invalidValue, file: file, line: tag.line, column: tag.column, field: "directed",
                        message:
                            "an edge with directed=\"\(directed.prefix(40))\" in a graph whose edgedefault is \(builder.isDirected ? "directed" : "undirected"); "
                            + "a network has one direction for all its edges")
                }
                try places.addEdge(to: &builder, file: file, at: (tag.line, tag.column), limits: limits, relationGiven: fields["relation"] != nil) {
                    () throws(ExchangeFields.FieldError) in
                    try ExchangeFields.edge(from: source, to: target, fields: fields)
                }
            }
        }

        func network() throws -> Network {
            guard graphDepth != nil else {
                throw ReadError(.unknownFormat, file: file, line: root?.line ?? 1, column: root?.column ?? 1, message: "expected a <graph> element")
            }
            builder.name = graphFields["name"] ?? URL(fileURLWithPath: file).lastPathComponent
            builder.source = graphFields["source"]
            builder.notes = ExchangeFields.notes(fromJSON: graphFields["notes"]) + ExchangeFields.graphAttributeNotes(graphFields)
            for key in keys.values {
                let type = ExchangeFields.fieldType(named: key.type)
                guard type != .string else { continue }
                if key.domain != "edge" && key.domain != "graph" && !ExchangeFields.reservedNodeNames.contains(key.name) {
                    builder.attributeTypes.node[ExchangeFields.attributeKey(key.name)] = type
                }
                if key.domain != "node" && key.domain != "graph" && !ExchangeFields.reservedEdgeNames.contains(key.name) {
                    builder.attributeTypes.edge[ExchangeFields.attributeKey(key.name)] = type
                }
            }
            return try places.build(builder, file: file)
        }
    }
}
