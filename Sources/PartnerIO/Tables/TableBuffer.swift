/// A growing buffer of encoded table bytes; numbers are appended in place, without a `String` per value.
///
/// It is a `TextOutputStream`, so `value.write(to: &buffer)` appends any value's text; for a `Double`,
/// the standard library hands over the ASCII digits of its shortest round-trip form directly.
public struct TableBuffer: TextOutputStream, Sendable {
    /// The bytes so far.
    public var bytes: [UInt8] = []
    /// The next column of the row being encoded (kept by ``TableEncoder``).
    var column = 0

    /// An empty buffer with room for `capacity` bytes.
    /// - Complexity: O(1) (the allocation).
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Number of bytes held.
    public var count: Int { bytes.count }

    /// Empties the buffer, keeping its storage.
    /// - Complexity: O(1).
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    // The standard library writes the digits of floating-point numbers (and other ASCII) through this
    // hook when the stream provides it: no String is made.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    @inline(__always)
    mutating func append(contentsOf other: [UInt8]) { bytes.append(contentsOf: other) }

    @inline(__always)
    mutating func append(contentsOf text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append<Bytes: Sequence>(contentsOf other: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: other)
    }

    /// Appends the decimal digits of an integer.
    /// - Complexity: O(digits).
    @inline(__always)
    public mutating func appendInteger(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == Int.min { return bytes.append(contentsOf: "9223372036854775808".utf8) }
        }
        var magnitude = UInt(value.magnitude)
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of stack, enough for 20 digits
        var length = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[23 - length] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
                magnitude /= 10
                length += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[(24 - length)...]))
        }
    }

    /// Appends a number for CSV and TSV: an integral value below 10¹² in magnitude as an integer, any other
    /// finite value in its shortest round-trip form (Swift's `description` digits), and `nan`, `inf`, `-inf`.
    /// - Complexity: O(digits).
    @inline(__always)
    public mutating func appendNumber(_ value: Double) {
        if !value.isFinite {
            return append(contentsOf: value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf"))
        }
        if value == value.rounded() && abs(value) < 1e12 {
            return appendInteger(Int(value))
        }
        value.write(to: &self)
    }

    /// Appends a number as ``JSONValue`` writes it: an integral value below 10¹⁵ with one decimal (`2.0`),
    /// any other finite value in its shortest round-trip form, and `null` when not finite.
    /// - Complexity: O(digits).
    @inline(__always)
    public mutating func appendJSONNumber(_ value: Double) {
        guard value.isFinite else { return append(contentsOf: "null") }
        if value == value.rounded() && abs(value) < 1e15 {
            if value == 0 && value.sign == .minus { return append(contentsOf: "-0.0") }
            appendInteger(Int(value))
            return append(contentsOf: ".0")
        }
        value.write(to: &self)
    }
}
