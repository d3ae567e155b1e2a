// libyaml (the system library, module CYAML): its event emitter writes YAML as events come, with no document
// tree, and its own analysis of each scalar picks plain, quoted or escaped text.
import CYAML

/// Network-file YAML written through libyaml's emitter, block style, two-space indentation, no line folding:
/// streamed into a ``ByteSink``.
///
/// libyaml quotes what YAML's syntax needs (indicators, `: ` and ` #`, leading or trailing spaces, line breaks,
/// control characters); texts that a YAML resolver would read as another type when plain (`40`, `1.5`, `true`,
/// `no`, `null`, `2019-11-05`, `.inf`) are double-quoted here, so PyYAML and other YAML 1.1 or 1.2 readers get
/// the same texts back as this package's reader, which reads every scalar as text.
final class YAMLTreeEmitter: TreeEmitter {
    private let sink: ByteSink
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    /// Whether each open collection is a mapping.
    private var isMapping: [Bool] = []
    private var isFinished = false

    init(sink: ByteSink) throws {
        self.sink = sink
        emitter = .allocate(capacity: 1)
        emitter.initialize(to: yaml_emitter_t())
        guard yaml_emitter_initialize(emitter) == 1 else {
            throw OutputError(path: sink.file?.path ?? "-", message: "could not start the YAML writer (out of memory?)")
        }
        yaml_emitter_set_output(
            emitter,
            { data, bytes, size in
                guard let data, let bytes else { return 0 }
                let sink = Unmanaged<ByteSink>.fromOpaque(data).takeUnretainedValue()
                sink.buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: size))
                do { try sink.flushIfFull() } catch {
                    sink.failure = error
                    return 0
                }
                return 1
            }, Unmanaged.passUnretained(sink).toOpaque())
        yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&event)
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&event)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// Ends the document and the stream, and passes everything on to the sink.
    func finish() throws {
        guard !isFinished else { return }
        isFinished = true
        var event = yaml_event_t()
        yaml_document_end_event_initialize(&event, 1)
        try emit(&event)
        yaml_stream_end_event_initialize(&event)
        try emit(&event)
    }

    private func emit(_ event: inout yaml_event_t) throws {
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            if let failure = sink.failure { throw failure }
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
            throw OutputError(path: sink.file?.path ?? "-", message: "could not be written as YAML: \(problem)")
        }
    }

    func beginMapping() throws {
        var event = yaml_event_t()
        yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
        try emit(&event)
        isMapping.append(true)
    }

    func beginSequence() throws {
        var event = yaml_event_t()
        yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE)
        try emit(&event)
        isMapping.append(false)
    }

    func end() throws {
        var event = yaml_event_t()
        if isMapping.popLast() ?? false {
            yaml_mapping_end_event_initialize(&event)
        } else {
            yaml_sequence_end_event_initialize(&event)
        }
        try emit(&event)
    }

    func key(_ name: String) throws { try text(name) }

    func text(_ value: String) throws {
        try scalar(value, style: YAMLScalars.looksTyped(value) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE)
    }

    func date(_ value: String) throws { try scalar(value, style: YAML_PLAIN_SCALAR_STYLE) }

    func integer(_ value: Int) throws { try scalar(String(value), style: YAML_PLAIN_SCALAR_STYLE) }

    func boolean(_ value: Bool) throws { try scalar(value ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE) }

    func number(_ value: Double) throws {
        var buffer = TableBuffer()
        buffer.appendJSONNumber(value)
        try scalar(String(decoding: buffer.bytes, as: UTF8.self), style: YAML_PLAIN_SCALAR_STYLE)
    }

    private func scalar(_ value: String, style: yaml_scalar_style_t) throws {
        var value = value
        guard value.utf8.count <= Int32.max else {
            throw OutputError(path: sink.file?.path ?? "-", message: "a text of \(value.utf8.count) bytes is too long for YAML")
        }
        var event = yaml_event_t()
        let made = value.withUTF8 { bytes in
            guard let start = bytes.baseAddress else {
                return withUnsafePointer(to: UInt8(0)) { yaml_scalar_event_initialize(&event, nil, nil, $0, 0, 1, 1, style) }
            }
            return yaml_scalar_event_initialize(&event, nil, nil, start, Int32(bytes.count), 1, 1, style)
        }
        guard made == 1 else { throw OutputError(path: sink.file?.path ?? "-", message: "could not be written as YAML: a text is not valid UTF-8") }
        try emit(&event)
        try sink.flushIfFull()
    }
}

/// Which texts a YAML reader would take for something other than a text when written plain.
enum YAMLScalars {
    /// The words YAML 1.1 (PyYAML) or 1.2 resolves to null or a boolean, and the merge and value keys.
    private static let words: Set<String> = [
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "<<", "=",
    ]

    /// Whether `text` must be quoted to be read back as text: a null or boolean word, or a number, a
    /// date or a time in any notation of YAML 1.1 or 1.2 (`12`, `0x1F`, `1_000`, `1.5e3`, `.inf`, `-.NaN`,
    /// `1:30`, `2019-11-05`, `2019-11-05 10:00:00Z`). Errs on the side of quoting: a quoted text is always
    /// read back as itself.
    /// - Complexity: O(length), and O(1) for a text that starts with a letter other than those words.
    static func looksTyped(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return true }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            return text.utf8.allSatisfy(isNumberOrDateByte)
        }
        switch first {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            let lowered = text.lowercased()
            if [".inf", "+.inf", "-.inf", ".nan", "+.nan", "-.nan"].contains(lowered) { return true }
            guard let second = bytes.next() else { return false }
            let startsNumber = (second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9")) || second == UInt8(ascii: ".")
            return startsNumber && text.utf8.allSatisfy(isNumberOrDateByte)
        default:
            return text.utf8.count <= 5 && words.contains(text)
        }
    }

    /// Bytes of YAML numbers (binary, octal, decimal, hexadecimal, sexagesimal, exponents) and timestamps.
    private static func isNumberOrDateByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "t"), UInt8(ascii: "T"): true
        case UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "+"): true
        case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"): true
        default: false
        }
    }
}
