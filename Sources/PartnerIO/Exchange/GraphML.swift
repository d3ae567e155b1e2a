import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML, the XML graph format of yEd, Cytoscape, Gephi and NetworkX (`read_graphml`).
///
/// Node kinds, meeting details, regions, dates and sources are typed `<key>`s; free attributes get a string key
/// each; network name, source and notes are graph data. Edges are directed (actor -> meeting, tie from -> to)
/// and parallel edges are kept, so NetworkX reads a `MultiDiGraph`.
public enum GraphML {
    /// The network as GraphML text.
    public static func string(for network: Network) -> String {
        let nodeKeys = ExchangeFields.nodeKeys(of: network)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (name, _) in ExchangeFields.graphFields(of: network) {
            xml += "  <key id=\"g_\(XMLText.escaped(name))\" for=\"graph\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"string\"/>\n"
        }
        var nodeKeyIDs: [String: String] = [:]
        for (index, (name, type)) in nodeKeys.enumerated() {
            nodeKeyIDs[name] = "d\(index)"
            xml += "  <key id=\"d\(index)\" for=\"node\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type.rawValue)\"/>\n"
        }
        var edgeKeyIDs: [String: String] = [:]
        for (index, (name, type)) in ExchangeFields.edgeFields.enumerated() {
            edgeKeyIDs[name] = "e\(index)"
            xml += "  <key id=\"e\(index)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type.rawValue)\"/>\n"
        }
        xml += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for (name, value) in ExchangeFields.graphFields(of: network) {
            xml += "    <data key=\"g_\(XMLText.escaped(name))\">\(XMLText.escaped(value))</data>\n"
        }
        for node in network.nodes {
            xml += "    <node id=\"\(XMLText.escaped(node.id))\">\n"
            for (name, value) in ExchangeFields.fields(of: node) {
                xml += "      <data key=\"\(nodeKeyIDs[name]!)\">\(XMLText.escaped(value.text))</data>\n"
            }
            xml += "    </node>\n"
        }
        for (index, edge) in network.edges.enumerated() {
            xml += "    <edge id=\"e\(index)\" source=\"\(XMLText.escaped(edge.from))\" target=\"\(XMLText.escaped(edge.to))\">\n"
            for (name, value) in ExchangeFields.fields(of: edge) {
                xml += "      <data key=\"\(edgeKeyIDs[name]!)\">\(XMLText.escaped(value.text))</data>\n"
            }
            xml += "    </edge>\n"
        }
        xml += "  </graph>\n</graphml>\n"
        return xml
    }

    /// Reads GraphML written by PartnerGraph or by another tool (keys are matched by `attr.name`).
    /// External entities are never resolved.
    public static func read(path: String, limits: ReadLimits = .default) throws -> Network {
        let bytes = try InputFile.bytes(at: path, limits: limits)
        return try read(data: Data(bytes), file: path, limits: limits)
    }

    public static func read(data: Data, file: String, limits: ReadLimits = .default) throws -> Network {
        let document = try XMLDocumentReader.parse(data: data, file: file, limits: limits)
        guard let root = document.root, root.name == "graphml" else {
            throw ReadError(file: file, line: document.root?.line, message: "expected a <graphml> document")
        }
        var keyNames: [String: String] = [:]
        for key in root.children where key.name == "key" {
            if let id = key.attributes["id"] { keyNames[id] = key.attributes["attr.name"] ?? id }
        }
        guard let graph = root.children.first(where: { $0.name == "graph" }) else {
            throw ReadError(file: file, line: root.line, message: "expected a <graph> element")
        }
        func fieldsOf(_ element: XMLElementNode) -> [String: String] {
            var fields: [String: String] = [:]
            for child in element.children where child.name == "data" {
                if let key = child.attributes["key"] { fields[keyNames[key] ?? key] = child.text }
            }
            return fields
        }
        let graphData = fieldsOf(graph)
        var builder = NetworkBuilder(name: graphData["name"] ?? URL(fileURLWithPath: file).lastPathComponent, source: graphData["source"])
        builder.notes = ExchangeFields.notes(fromJSON: graphData["notes"])
        var lines: (nodes: [Int], edges: [Int]) = ([], [])
        for element in graph.children {
            do {
                switch element.name {
                case "node":
                    guard let id = element.attributes["id"] else { throw ReadError(file: file, line: element.line, field: "node", message: "a node without an id") }
                    builder.add(try ExchangeFields.node(id: id, fields: fieldsOf(element)))
                    lines.nodes.append(element.line)
                    try limits.check(nodes: lines.nodes.count, edges: lines.edges.count, file: file, line: element.line)
                case "edge":
                    guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                        throw ReadError(file: file, line: element.line, field: "edge", message: "an edge needs source and target")
                    }
                    builder.add(try ExchangeFields.edge(from: source, to: target, fields: fieldsOf(element)))
                    lines.edges.append(element.line)
                    try limits.check(nodes: lines.nodes.count, edges: lines.edges.count, file: file, line: element.line)
                default: continue
                }
            } catch let error as ExchangeFields.FieldError {
                throw ReadError(file: file, line: element.line, field: error.field, message: error.message)
            }
        }
        return try builder.build(file: file, nodeLines: lines.nodes, edgeLines: lines.edges)
    }
}

/// A parsed XML element: name, attributes, children, text and its line.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    let line: Int
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }
}

/// A small DOM over Foundation's XMLParser, with external entities off and a bound on entity expansion.
final class XMLDocumentReader: NSObject, XMLParserDelegate {
    var root: XMLElementNode?
    private var stack: [XMLElementNode] = []
    private weak var parser: XMLParser?
    private var failure: String?
    private var elementCount = 0
    private var textBytes = 0
    private let maxElements = 50_000_000
    private let maxTextBytes = 1 << 30
    /// Deepest element nesting; the tree is freed recursively, so depth must stay far below the stack's size.
    private var maxDepth = ReadLimits.default.maxDepth

    static func parse(data: Data, file: String, limits: ReadLimits = .default) throws -> XMLDocumentReader {
        // The entity scan below reads bytes as ASCII; in UTF-16, UTF-32 or EBCDIC "<!ENTITY" has other bytes.
        // Foundation's parser traps on an element or attribute name that is not UTF-8 (found by fuzzing), so a
        // document not declared Latin-1 (which libxml2 converts) must be valid UTF-8 before it sees it.
        if try checkEncoding(data, file: file) != .latin1 {
            let bytes = [UInt8](data)
            if let bad = InputFile.firstInvalidUTF8(bytes) {
                let (line, column) = InputFile.position(of: bad, in: bytes)
                throw ReadError(file: file, line: line, column: column, message: "is not valid UTF-8 text (byte 0x\(String(bytes[bad], radix: 16)))")
            }
        }
        // Entity declarations are how XML reads other files (XXE) and multiplies text (billion laughs); network
        // files never need them, so a document that declares one is refused before the parser sees it.
        if let range = data.firstRange(of: Data("<!ENTITY".utf8)) {
            let (line, column) = InputFile.position(of: range.lowerBound, in: [UInt8](data))
            throw ReadError(file: file, line: line, column: column, message: "declares an XML entity; entities are refused (they can read other files or expand without bound)")
        }
        let parser = XMLParser(data: data)
        let reader = XMLDocumentReader()
        reader.maxDepth = limits.maxDepth
        reader.parser = parser
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        if !parser.parse() || reader.failure != nil {
            let message = reader.failure ?? parser.parserError.map { "not well-formed XML: \(($0 as NSError).localizedDescription)" } ?? "not well-formed XML"
            throw ReadError(file: file, line: parser.lineNumber, column: parser.columnNumber, message: message)
        }
        // Foundation's parser reports success on a document that stops inside an element.
        if let open = reader.stack.last {
            throw ReadError(file: file, line: parser.lineNumber, column: parser.columnNumber, message: "ends inside <\(open.name)> (opened on line \(open.line)); is the file truncated?")
        }
        if reader.root == nil {
            throw ReadError(file: file, line: 1, column: 1, message: "holds no XML element")
        }
        return reader
    }

    enum Encoding { case utf8, latin1 }

    /// Refuses XML in an encoding other than UTF-8 or an ASCII-compatible one with one byte per character;
    /// returns the one declared (UTF-8 when none is).
    @discardableResult
    static func checkEncoding(_ data: Data, file: String) throws -> Encoding {
        let head = [UInt8](data.prefix(256))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.first == 0 || (head.count > 1 && head[1] == 0) {
            throw ReadError(file: file, line: 1, column: 1, message: "is UTF-16 or UTF-32 XML; save it as UTF-8")
        }
        let text = String(decoding: head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return .utf8 }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return .utf8 }
        let value = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }.prefix { $0 != "\"" && $0 != "'" }
        switch value.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii": return .utf8
        case "iso-8859-1", "latin1": return .latin1
        default: throw ReadError(file: file, line: 1, column: 1, message: "declares the encoding '\(value.prefix(40))'; PartnerGraph reads UTF-8 XML")
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elementCount += 1
        if elementCount > maxElements { fail(parser, "more than \(maxElements) XML elements") }
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let element = XMLElementNode(name: local, attributes: attributes, line: parser.lineNumber)
        if stack.count >= maxDepth { fail(parser, "elements nested deeper than \(maxDepth) levels"); return }
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        textBytes += string.utf8.count
        if textBytes > maxTextBytes { fail(parser, "more than 1 GiB of text (entity expansion?)"); return }
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, "declares an entity ('\(name)'); entities are not accepted in network files")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(parser, "declares an external entity ('\(name)'); external entities are never read")
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = message }
        parser.abortParsing()
    }
}
