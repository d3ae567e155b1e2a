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
    public func serialized(indent: Int? = 2) -> String {
        var output = ""
        write(to: &output, indent: indent, level: 0)
        return output
    }

    private func write(to output: inout String, indent: Int?, level: Int) {
        let newline = indent == nil ? "" : "\n"
        let pad = { (level: Int) in indent.map { String(repeating: " ", count: $0 * level) } ?? "" }
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            if value.isFinite {
                output += value == value.rounded() && abs(value) < 1e15 ? String(format: "%.1f", value) : "\(value)"
            } else {
                output += "null"  // JSON has no NaN or infinity
            }
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "[" + newline
            for (index, item) in items.enumerated() {
                output += pad(level + 1)
                item.write(to: &output, indent: indent, level: level + 1)
                output += (index + 1 < items.count ? "," : "") + newline
            }
            output += pad(level) + "]"
        case .object(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            output += "{" + newline
            for (index, pair) in pairs.enumerated() {
                output += pad(level + 1)
                JSONValue.writeString(pair.0, to: &output)
                output += indent == nil ? ":" : ": "
                pair.1.write(to: &output, indent: indent, level: level + 1)
                output += (index + 1 < pairs.count ? "," : "") + newline
            }
            output += pad(level) + "}"
        }
    }

    /// Appends `value` as a JSON string literal: the one JSON string escaper (``TableEncoder``'s), so that a
    /// value and a table row write the same text.
    static func writeString(_ value: String, to output: inout String) {
        var buffer = TableBuffer(capacity: value.utf8.count + 2)
        TableEncoder.appendJSONString(value, to: &buffer)
        output += String(decoding: buffer.bytes, as: UTF8.self)
    }
}
