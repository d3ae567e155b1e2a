import CYaml

/// A first pass over YAML or JSON text with libyaml's event parser, before Yams builds its tree.
///
/// The pass runs in constant stack space and memory proportional to the number of anchors. It refuses, with the
/// place of the offending event:
/// - nesting deeper than `limits.maxDepth`: Yams' composer recurses once per level (libyaml alone would let
///   1,000 levels through), so a deep file could overflow the stack before the converter's depth check;
/// - aliases that expand to more than `limits.maxAliasExpansion` values: Yams shares an aliased node, but the
///   converter copies it, so a few lines of nested aliases (the "billion laughs") would become billions of values.
///   The size of every anchored node is known when its alias is met, so the expansion is counted, never done;
/// - a list or mapping as a mapping key: Yams hashes keys to find duplicates, and hashing an aliased tree as a key
///   takes time exponential in the file size. The schema only has text keys.
///
/// Syntax errors are left to Yams, whose messages the reader already turns into positioned errors.
enum YAMLPrescan {
    private struct Frame {
        var anchor: String?
        var isMapping: Bool
        /// Values in this collection so far, itself included, with aliases expanded.
        var size = 1
        var children = 0
    }

    /// Counts larger than this are all "too many"; keeps the arithmetic from overflowing.
    private static let saturation = 1 << 60

    static func check(text: String, file: String, limits: ReadLimits) throws {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return }
        try bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try scan(&parser, file: file, limits: limits)
        }
    }

    private static func scan(_ parser: inout yaml_parser_t, file: String, limits: ReadLimits) throws {
        var stack: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var expanded = 0
        var event = yaml_event_t()

        func place(_ mark: yaml_mark_t) -> (Int, Int) { (Int(mark.line) + 1, Int(mark.column) + 1) }
        func fail(_ mark: yaml_mark_t, _ message: String) -> ReadError {
            let (line, column) = place(mark)
            return ReadError(file: file, line: line, column: column, message: message)
        }
        func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
        var isKey: Bool {
            guard let parent = stack.last else { return false }
            return parent.isMapping && parent.children % 2 == 0
        }
        func add(_ size: Int) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].size = min(stack[stack.count - 1].size + size, saturation)
            stack[stack.count - 1].children += 1
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's scanner reads a run of opening brackets ahead of its events and stops at its own
                // 1,000-level limit with a message naming a C function; say it in this reader's terms.
                if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                    throw fail(parser.mark, "nesting deeper than \(limits.maxDepth) levels")
                }
                return  // Yams reports any other syntax error in its own words
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                return  // Yams reads one document and refuses a second one itself
            case YAML_SCALAR_EVENT:
                if stack.count > limits.maxDepth { throw fail(mark, "nesting deeper than \(limits.maxDepth) levels") }
                if let anchor = anchorName(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
                add(1)
            case YAML_ALIAS_EVENT:
                if stack.count > limits.maxDepth { throw fail(mark, "nesting deeper than \(limits.maxDepth) levels") }
                let size = anchorName(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                if isKey && size > 1 { throw fail(mark, "a key must be a plain text, not a list or mapping") }
                expanded = min(expanded + size, saturation)
                if expanded > limits.maxAliasExpansion {
                    throw fail(mark, "aliases expand to more than \(limits.maxAliasExpansion) values (the alias-expansion limit); an alias bomb?")
                }
                add(size)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if isKey { throw fail(mark, "a key must be a plain text, not a list or mapping") }
                if stack.count > limits.maxDepth { throw fail(mark, "nesting deeper than \(limits.maxDepth) levels") }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = anchorName(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor, isMapping: isMapping))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return }
                if let anchor = frame.anchor { anchorSizes[anchor] = frame.size }
                add(frame.size)
            default:
                continue
            }
        }
    }
}
