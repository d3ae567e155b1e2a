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
    static func paragraphs(of bytes: [UInt8]) -> [String] {
        guard !bytes.isEmpty else { return [] }
        // XML_PARSE_HUGE lifts libxml2's 256-level depth limit, at which it stopped the page and lost the text of
        // pages nested deeper (the walk below keeps its own stack, and the loader bounds the page's size).
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
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
        var stack: [(node: xmlNodePtr, leaving: Bool)] = []
        if let root = xmlDocGetRootElement(document) { stack.append((root, false)) }
        while let (node, leaving) = stack.popLast() {
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if leaving {
                if blockNames.contains(name) { flush() }
                if name == "li" { listItemDepth -= 1 }
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                if skipped.contains(name) { continue }
                if blockNames.contains(name) { flush() }
                if name == "li" { listItemDepth += 1 }
                stack.append((node, true))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let next = child {
                    children.append(next)
                    child = next.pointee.next
                }
                for next in children.reversed() { stack.append((next, false)) }
            default:
                break
            }
        }
        flush()
        return ListJoiner.join(blocks)
    }

    private static func titleText(_ document: htmlDocPtr) -> String? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var stack: [xmlNodePtr] = [root]
        var visited = 0
        while let node = stack.popLast(), visited < 10_000 {
            visited += 1
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name, String(cString: name).lowercased() == "title" {
                var text = ""
                var child = node.pointee.children
                while let next = child {
                    if next.pointee.type == XML_TEXT_NODE, let content = next.pointee.content { text += String(cString: content) }
                    child = next.pointee.next
                }
                let title = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                return title.isEmpty ? nil : title
            }
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name, String(cString: name).lowercased() == "body" { continue }
            var child = node.pointee.children
            while let next = child {
                stack.append(next)
                child = next.pointee.next
            }
        }
        return nil
    }
}
