import Foundation

/// A JSON value whose objects keep their key order, so that written files read in a stable, natural order
/// (Foundation's encoders either scramble or alphabetise keys).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The JSON text; `indent` spaces per level, or a single line when nil.
    /// - Complexity: O(size of the text).
    public func serialized(indent: Int? = 2) -> String {
        var buffer = TableBuffer()
        write(to: &buffer, indent: indent)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// Appends the JSON text to `buffer`: `indent` spaces per level, or a single line when nil. Strings are
    /// escaped by the one JSON string escaper (``TableEncoder``'s), so a value and a table row write the same
    /// text; a number that is not finite is `null` (JSON has no NaN or infinity).
    /// - Complexity: O(size of the text).
    public func write(to buffer: inout TableBuffer, indent: Int? = 2) {
        write(to: &buffer, indent: indent, level: 0)
    }

    private func write(to buffer: inout TableBuffer, indent: Int?, level: Int) {
        func newline(_ level: Int) {
            guard let indent else { return }
            buffer.append(UInt8(ascii: "\n"))
            buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
        }
        // An array or an object: its brackets around its members, one a line when indented.
        func container(_ open: Unicode.Scalar, _ close: Unicode.Scalar, count: Int, _ member: (Int, inout TableBuffer) -> Void) {
            buffer.append(UInt8(ascii: open))
            guard count > 0 else { return buffer.append(UInt8(ascii: close)) }
            for index in 0..<count {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                newline(level + 1)
                member(index, &buffer)
            }
            newline(level)
            buffer.append(UInt8(ascii: close))
        }
        switch self {
        case .null: buffer.append(contentsOf: "null")
        case .bool(let value): buffer.append(contentsOf: value ? "true" : "false")
        case .int(let value): buffer.appendInteger(value)
        case .double(let value): buffer.appendJSONNumber(value)
        case .string(let value): TableEncoder.appendJSONString(value, to: &buffer)
        case .array(let items):
            container("[", "]", count: items.count) { items[$0].write(to: &$1, indent: indent, level: level + 1) }
        case .object(let pairs):
            container("{", "}", count: pairs.count) { index, buffer in
                TableEncoder.appendJSONString(pairs[index].0, to: &buffer)
                buffer.append(contentsOf: indent == nil ? ":" : ": ")
                pairs[index].1.write(to: &buffer, indent: indent, level: level + 1)
            }
        }
    }
}
