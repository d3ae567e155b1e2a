import Foundation
import PartnerGraph

/// Text helpers shared by both pages: numbers, escaping, colours.
enum PageText {
    /// Two decimals, or an en dash for a value that is not a number.
    static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return printed(value, "%.2f")
    }

    /// A p-value: three decimals, or two significant digits in scientific notation below 0.001.
    static func pValue(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value >= 0.001 || value == 0 ? printed(value, "%.3f") : printed(value, "%.1e")
    }

    /// `value` as C's `printf` writes it with `format` (one conversion of a double with at most a precision, no
    /// flags or width, such as `%.2f`, `%.1e` or `%.4g`): the characters `String(format:)` gives, without its
    /// formatter object.
    ///
    /// The pages print a few thousand numbers (every actor's and pair's figures) while the diagram is laid out on
    /// the other core: `String(format:)` goes through Foundation's formatter for each; glibc's `strfromd` does the
    /// same conversion into a buffer on the stack. (`vsnprintf` does too, but its argument list casts the double to
    /// `CVarArg` and two other protocols, and each cast's first time searches every conformance of the program.)
    /// - Complexity: O(1) (the text of a finite double in these formats is under 32 bytes).
    static func printed(_ value: Double, _ format: StaticString) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let length = format.withUTF8Buffer { format in
                format.withMemoryRebound(to: CChar.self) { format in
                    if let strfromd { return strfromd(buffer.baseAddress!, 64, format.baseAddress!, value) }
                    return withVaList([value]) { vsnprintf(buffer.baseAddress!, 64, format.baseAddress!, $0) }
                }
            }
            precondition(length >= 0 && length < 64, "a double in \(format) is under 64 bytes")
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(length)), as: UTF8.self)
        }
    }

    /// glibc's `strfromd(buffer, size, format, value)` (since glibc 2.25), found by name once: Swift's Glibc module
    /// does not declare it. Nil where the C library lacks it, and ``printed(_:_:)`` uses `vsnprintf`.
    private static let strfromd: StringFromDouble? = dlsym(nil, "strfromd").map { unsafeBitCast($0, to: StringFromDouble.self) }
    private typealias StringFromDouble = @convention(c) (UnsafeMutablePointer<CChar>?, Int, UnsafePointer<CChar>?, Double) -> Int32

    /// `value` as two hexadecimal digits (`%02x` of a number in 0...255).
    static func hexByte(_ value: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        let byte = UInt8(clamping: value)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
    }

    /// JSON made safe inside `<script type="application/json">`: no `<`, `>` or `&` (so no `</script>` or
    /// `<!--`), and no line or paragraph separators.
    /// - Complexity: O(n), on UTF-8 bytes (scalar by scalar, so no grapheme hides one: `<`, `>` and `&` are ASCII,
    ///   which UTF-8 never uses inside another scalar, and U+2028/U+2029 are their own three bytes).
    static func scriptSafe(json: String) -> String {
        var json = json
        return json.withUTF8 { scriptSafe(jsonBytes: $0) } ?? json
    }

    /// ``scriptSafe(json:)`` of JSON text given as UTF-8 bytes (what ``/PartnerIO/JSONValue`` writes), made into
    /// a text once: the page's data is a tenth of a megabyte, filled while the layout runs on the other core.
    static func scriptSafe(jsonBytes bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { scriptSafe(jsonBytes: $0) } ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The escaped text, or nil when `bytes` need no escape; the runs between escapes are copied whole.
    private static func scriptSafe(jsonBytes bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func needsLook(_ byte: UInt8) -> Bool { byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2 }
        guard var index = bytes.firstIndex(where: needsLook) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var runStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            var code: StaticString?
            var width = 1
            switch byte {
            case 0x3C: code = "\\u003c"
            case 0x3E: code = "\\u003e"
            case 0x26: code = "\\u0026"
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                code = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            default: break
            }
            if let code {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                result.append(contentsOf: UnsafeBufferPointer(start: code.utf8Start, count: code.utf8CodeUnitCount))
                runStart = index + width
            }
            index += width
            while index < bytes.count && !needsLook(bytes[index]) { index += 1 }
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        return String(decoding: result, as: UTF8.self)
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`, as an offset from the start of `bytes`;
    /// nil when it does not, or when `pattern` is empty.
    /// - Complexity: O(n·k) at worst for n bytes and a pattern of k; O(n) in practice (`memchr` finds the
    ///   candidates, `memcmp` checks them).
    static func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = pattern.first, let base = bytes.baseAddress, start >= 0, pattern.count <= bytes.count - start
        else { return nil }
        return pattern.withUnsafeBufferPointer { needle -> Int? in
            var offset = start
            let last = bytes.count - needle.count
            while offset <= last {
                guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
                offset = index + 1
            }
            return nil
        }
    }

    /// The heat-map colour of `count` on the scale 0...maximum: white for 0, then from a pale to a dark blue.
    static func heatColor(_ count: Int, maximum: Int) -> String {
        guard count > 0, maximum > 0 else { return "#ffffff" }
        let low = (222.0, 235.0, 247.0), high = (8.0, 48.0, 107.0)
        let t = Double(count) / Double(maximum)
        let channel = { (a: Double, b: Double) in hexByte(Int((a + (b - a) * t).rounded())) }
        return "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
    }

    /// Dark text on pale cells, white on dark ones.
    static func heatInk(_ count: Int, maximum: Int) -> String {
        maximum > 0 && Double(count) / Double(maximum) > 0.5 ? "#ffffff" : "#1f2933"
    }

    /// "from 2018-03-01 to 2020-11-05", or "undated".
    static func span(_ span: ClosedRange<PartialDate>?) -> String {
        DateSpan(start: span?.lowerBound, end: span?.upperBound).description
    }

    /// A meeting's short label: its city (or name) and year.
    static func meetingLabel(_ node: Node?, id: String) -> String {
        guard let node else { return id }
        let place = node.meeting?.city ?? node.name
        return node.meeting?.start.map { "\(place) \($0.year)" } ?? place
    }

    /// "1 meeting", "2 meetings".
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : (plural ?? singular + "s"))"
    }
}
