import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import PartnerGraphviz

/// A small graph with awkward names, used by several tests.
let sampleGraph: DOTGraph = {
    let names = ["Côte d'Ivoire", "Nigeria", "ICMPD", "R&D <unit>", "Mauritania", "Morocco: Rabat", "🙂 Emoji"]
    var graph = DOTGraph(id: "sample", isDirected: false)
    graph.nodes = names.enumerated().map { DOTNode("n\($0.offset)", attributes: ["label": .text($0.element)]) }
    for index in 1..<names.count { graph.edges.append(DOTEdge(from: "n0", to: "n\(index)")) }
    graph.edges.append(DOTEdge(from: "n1", to: "n2"))
    return graph
}()

/// Collects the text content of an XML document; fails when it is not well-formed.
final class XMLText: NSObject, XMLParserDelegate {
    var text: [String] = []
    private var current = ""
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { text.append(trimmed) }
        current = ""
    }
    static func parse(_ data: Data) -> [String]? {
        let parser = XMLParser(data: data)
        let delegate = XMLText()
        parser.delegate = delegate
        return parser.parse() ? delegate.text : nil
    }
}

@Suite("In-process rendering")
struct GraphvizRendererTests {
    @Test("SVG is well-formed XML holding every node's label", arguments: [LayoutEngine.dot, .neato, .sfdp])
    func svg(engine: LayoutEngine) throws {
        let result = try GraphvizRenderer.render(sampleGraph, engine: engine, format: .svg)
        let text = try #require(XMLText.parse(result.data))
        for node in sampleGraph.nodes {
            guard case .text(let label) = node.attributes["label"] else { continue }
            #expect(text.contains(label), "\(label) missing")
        }
        #expect(result.messages.isEmpty)
    }

    @Test("PNG and PDF start with their signatures")
    func binarySignatures() throws {
        let png = try GraphvizRenderer.render(sampleGraph, engine: .dot, format: .png)
        #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try GraphvizRenderer.render(sampleGraph, engine: .dot, format: .pdf)
        #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.data.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test("text formats: laid-out DOT, JSON and plain", arguments: [RenderFormat.dot, .json, .plain])
    func textFormats(format: RenderFormat) throws {
        let result = try GraphvizRenderer.render(sampleGraph, engine: .dot, format: format)
        let text = String(decoding: result.data, as: UTF8.self)
        #expect(text.contains("Nigeria"))
        if format == .json { #expect(try JSONSerialization.jsonObject(with: result.data) is [String: Any]) }
        if format == .dot { #expect(text.contains("pos=")) }
    }

    @Test("an unknown engine is a typed error listing the valid ones")
    func unknownEngine() throws {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(sampleGraph, engine: "spring", format: .svg)
        }
        guard case .unknownEngine(let name, let available) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(name == "spring")
        #expect(Set(LayoutEngine.common.map(\.rawValue)).isSubset(of: available))
        #expect(error?.localizedDescription.contains("valid engines: ") == true)
    }

    @Test("an unknown or interactive format is a typed error", arguments: ["svgg", "x11", "gtk"])
    func unknownFormat(name: String) throws {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(sampleGraph, engine: .dot, format: RenderFormat(name))
        }
        guard case .unknownFormat(name, let available) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(Set(RenderFormat.common.map(\.rawValue)).isSubset(of: available))
    }

    @Test("the names checked without waiting are ones the installed Graphviz offers")
    func standardNamesAreInstalled() throws {
        #expect(GraphvizRenderer.standardEngines.isSubset(of: try GraphvizRenderer.availableEngines()))
        #expect(GraphvizRenderer.standardFormats.isSubset(of: try GraphvizRenderer.availableFormats()))
        #expect(Set(LayoutEngine.common.map(\.rawValue)).isSubset(of: GraphvizRenderer.standardEngines))
    }

    @Test("checkAvailable: standard and installed names pass, others are the render's errors")
    func checkAvailable() throws {
        try GraphvizRenderer.checkAvailable(engine: .sfdp, format: .svg)
        try GraphvizRenderer.checkAvailable(engine: nil, format: "json")
        // Not standard but installed here (cairo's plugin; the interactive devices are left out).
        try GraphvizRenderer.checkAvailable(engine: "nop2", format: "png:cairo")
        let engine = #expect(throws: GraphvizError.self) { try GraphvizRenderer.checkAvailable(engine: "spring", format: .svg) }
        #expect(engine == .unknownEngine("spring", available: try GraphvizRenderer.availableEngines()))
        for name in ["svgg", "x11"] {
            let format = #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.checkAvailable(engine: .neato, format: RenderFormat(name))
            }
            #expect(format == .unknownFormat(name, available: try GraphvizRenderer.availableFormats()))
        }
        // The format first, as a render checks them.
        let both = #expect(throws: GraphvizError.self) { try GraphvizRenderer.checkAvailable(engine: "spring", format: "svgg") }
        guard case .unknownFormat("svgg", _) = both else { Issue.record("\(String(describing: both))"); return }
    }

    @Test("a syntax error is captured, thrown with Graphviz's message and not printed")
    func syntaxError() throws {
        let stderrText = try capturingStandardError {
            let error = #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.render(dot: "digraph { a -> ; }", engine: .dot, format: .svg)
            }
            guard case .syntaxError(let messages) = error else { Issue.record("\(String(describing: error))"); return }
            // Graphviz 2.42 counts lines across parses, so the line number is not checked.
            #expect(messages.contains { $0.hasPrefix("Error: syntax error in line") && $0.hasSuffix("near ';'") })
        }
        #expect(!stderrText.contains("near ';'"))
        // The parser recovers: the next render works.
        #expect(try GraphvizRenderer.render(sampleGraph, engine: .dot, format: .svg).data.count > 0)
    }

    @Test("warnings are returned with the result")
    func warnings() throws {
        let result = try GraphvizRenderer.render(dot: "digraph { a [shape=nosuchshape] }", engine: .dot, format: .svg)
        #expect(result.messages == ["Warning: using box for unknown shape nosuchshape"])
    }

    @Test("16 concurrent renders succeed and are identical", arguments: [LayoutEngine.dot, .neato])
    func concurrentRenders(engine: LayoutEngine) async throws {
        let dot = sampleGraph.render()
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<16 {
                group.addTask { try await GraphvizRenderer.render(dot: dot, engine: engine, format: .svg).data }
            }
            var all: [Data] = []
            for try await data in group { all.append(data) }
            return all
        }
        #expect(results.count == 16)
        #expect(Set(results).count == 1)
    }

    @Test("a render after the preparation gives the same bytes as before it", arguments: [LayoutEngine.neato, .sfdp, .dot])
    func preparationLeavesOutputAlone(engine: LayoutEngine) throws {
        let before = try GraphvizRenderer.render(sampleGraph, engine: engine, format: .svg)
        GraphvizRenderer.prepare(engine: engine, format: .svg, fontName: Style().fontName)
        // The lists are there while the preparation runs: asking for them must not wait for it or deadlock.
        #expect(try GraphvizRenderer.availableEngines().contains(engine.rawValue))
        #expect(try GraphvizRenderer.availableFormats().contains("svg"))
        GraphvizRenderer.waitForPreparation()
        let after = try GraphvizRenderer.render(sampleGraph, engine: engine, format: .svg)
        #expect(after.data == before.data)
        #expect(after.messages == before.messages)
    }

    @Test("a preparation for an engine and format Graphviz lacks fails quietly; renders still report them")
    func preparationOfUnknownPlugins() throws {
        GraphvizRenderer.prepare(engine: "nosuchengine", format: "nosuchformat", fontName: "No Such Font")
        GraphvizRenderer.waitForPreparation()
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(sampleGraph, engine: "nosuchengine", format: .svg) }
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(sampleGraph, engine: .neato, format: "nosuchformat") }
        #expect(try GraphvizRenderer.render(sampleGraph, engine: .neato, format: .svg).messages.isEmpty)
    }

    @Test("synchronous renders from many threads do not crash")
    func threads() throws {
        let dot = sampleGraph.render()
        let failures = UnsafeFailureCounter()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let format: RenderFormat = index.isMultiple(of: 2) ? .svg : .png
            if (try? GraphvizRenderer.render(dot: dot, engine: .neato, format: format)) == nil { failures.increment() }
        }
        #expect(failures.value == 0)
    }
}

final class UnsafeFailureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// Runs `body` with file descriptor 2 redirected to a temporary file and returns what was written there.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    defer {
        dup2(saved, 2)
        close(saved)
        try? handle.close()
    }
    try body()
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}
