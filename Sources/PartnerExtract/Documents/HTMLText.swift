import CLibXML2

/// The readable text of an HTML page, one paragraph per block element, through libxml2's forgiving HTML parser.
///
/// Scripts, styles, forms and navigation are left out; `<br>` and block elements (p, div, headings, list items,
/// table cells...) end a paragraph. Broken markup is repaired by the parser, never rejected.
enum HTMLText {
    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "form", "select", "button", "iframe", "head"]
    private static let blockNames: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article",
        "header", "footer", "main", "aside", "blockquote", "dd", "dt", "dl", "pre", "figcaption", "figure", "hr", "address", "title", "body",
    ]

    /// Paragraphs of the page, in document order; the page's `<title>` first when it has one.
    /// - Throws: ``ExtractionError/unreadable(_:reason:)`` naming `name` when libxml2 cannot be loaded.
    static func paragraphs(of bytes: [UInt8], name: String) throws -> [String] {
        guard !bytes.isEmpty else { return [] }
        if let failure = cxml_load() { throw ExtractionError.unreadable(name, reason: String(cString: failure)) }
        // Parsed without libxml2's 256-level depth limit, at which it stopped the page and lost the text of pages
        // nested deeper (the walk below keeps its own stack, and the loader bounds the page's size).
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cxml_html_read(pointer, Int32(clamping: buffer.count))
            }
        }
        guard let document else { return [] }
        defer { cxml_html_free(document) }
        var blocks: [(text: String, isListItem: Bool)] = []
        var current = ""
        var listItemDepth = 0
        func flush() {
            let text = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { blocks.append((text, listItemDepth > 0)) }
            current = ""
        }
        if let title = titleText(document) { blocks.append((title, false)) }
        // An explicit stack: deeply nested (or maliciously nested) markup cannot overflow the call stack.
        var stack: [(node: UnsafeMutableRawPointer, leaving: Bool)] = []
        if let root = cxml_html_root(document) { stack.append((root, false)) }
        while let (node, leaving) = stack.popLast() {
            let name = cxml_node_name(node).map { String(cString: $0).lowercased() } ?? ""
            if leaving {
                if blockNames.contains(name) { flush() }
                if name == "li" { listItemDepth -= 1 }
                continue
            }
            switch Int(cxml_node_kind(node)) {
            case CXML_NODE_TEXT, CXML_NODE_CDATA:
                if let content = cxml_node_content(node) { current += String(cString: content) }
            case CXML_NODE_ELEMENT:
                if skipped.contains(name) { continue }
                if blockNames.contains(name) { flush() }
                if name == "li" { listItemDepth += 1 }
                stack.append((node, true))
                var children: [UnsafeMutableRawPointer] = []
                var child = cxml_node_children(node)
                while let next = child {
                    children.append(next)
                    child = cxml_node_next(next)
                }
                for next in children.reversed() { stack.append((next, false)) }
            default:
                break
            }
        }
        flush()
        return ListJoiner.join(blocks)
    }

    private static func titleText(_ document: UnsafeMutableRawPointer) -> String? {
        guard let root = cxml_html_root(document) else { return nil }
        var stack: [UnsafeMutableRawPointer] = [root]
        var visited = 0
        func isElement(_ node: UnsafeMutableRawPointer, named wanted: String) -> Bool {
            guard Int(cxml_node_kind(node)) == CXML_NODE_ELEMENT, let name = cxml_node_name(node) else { return false }
            return String(cString: name).lowercased() == wanted
        }
        while let node = stack.popLast(), visited < 10_000 {
            visited += 1
            if isElement(node, named: "title") {
                var text = ""
                var child = cxml_node_children(node)
                while let next = child {
                    if Int(cxml_node_kind(next)) == CXML_NODE_TEXT, let content = cxml_node_content(next) { text += String(cString: content) }
                    child = cxml_node_next(next)
                }
                let title = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                return title.isEmpty ? nil : title
            }
            if isElement(node, named: "body") { continue }
            var child = cxml_node_children(node)
            while let next = child {
                stack.append(next)
                child = cxml_node_next(next)
            }
        }
        return nil
    }
}
