import Foundation
import Testing
@testable import PartnerIO

@Suite("Table encoder and writer")
struct TableEncoderTests {
    /// Numbers like the measures' (ratios, logarithms), integers, extremes and spread bit patterns: the
    /// `i`-th of a fixed sequence, so that failures repeat.
    static func number(_ i: Int) -> Double {
        let spread = UInt64(truncatingIfNeeded: i) &* 0x9E37_79B9_7F4A_7C15
        switch i % 6 {
        case 0: return Double(i % 1000) / Double(1 + (i / 7) % 997)
        case 1: return Double((i * 7919) % 2_000_000 - 1_000_000)
        case 2: return log(Double(1 + (i * 31) % 10_000) / 37)
        case 3: return Double(bitPattern: spread & 0x7FEF_FFFF_FFFF_FFFF) * (i % 4 == 3 ? -1 : 1)
        case 4: return Double(i % 100) * 1e-9
        default: return [0.1, 1.0 / 3, 1e15, 1e12, 123456789012.5, .leastNonzeroMagnitude, 1e-5, 1e16, -0.0][(i / 6) % 9]
        }
    }

    func encode(_ format: TableFormat, columns: [String], rows: [[Any]]) -> String {
        let encoder = TableEncoder(format: format, columns: columns)
        var buffer = TableBuffer()
        for row in rows {
            encoder.beginRow(&buffer)
            for cell in row {
                switch cell {
                case let text as String: encoder.text(text, &buffer)
                case let integer as Int: encoder.integer(integer, &buffer)
                case let number as Double: encoder.number(number, &buffer)
                default: encoder.missing(&buffer)
                }
            }
            encoder.endRow(&buffer)
        }
        let body = buffer.bytes.isEmpty ? [] : Array(buffer.bytes[encoder.firstRowSkip...])
        return String(decoding: encoder.header + body + encoder.footer(afterRows: !rows.isEmpty), as: UTF8.self)
    }

    @Test("numbers: shortest round-trip digits (Swift's description), integers as integers in CSV")
    func numbers() {
        for i in 0..<20_000 {
            let value = Self.number(i)
            var buffer = TableBuffer()
            buffer.appendNumber(value)
            let text = String(decoding: buffer.bytes, as: UTF8.self)
            #expect(Double(text) == value, "\(text) does not read back as \(value)")
            if value == value.rounded() && abs(value) < 1e12 {
                #expect(text == String(Int(value)))
            } else {
                #expect(text == value.description)
            }
        }
        var special = TableBuffer()
        for value in [Double.nan, .infinity, -.infinity, 2, 0.5, -1e-7] {
            special.appendNumber(value)
            special.append(UInt8(ascii: " "))
        }
        #expect(String(decoding: special.bytes, as: UTF8.self) == "nan inf -inf 2 0.5 -1e-07 ")
        var integers = TableBuffer()
        for value in [0, 7, -12, Int.max, Int.min] {
            integers.appendInteger(value)
            integers.append(UInt8(ascii: " "))
        }
        #expect(String(decoding: integers.bytes, as: UTF8.self) == "0 7 -12 9223372036854775807 -9223372036854775808 ")
    }

    @Test("JSON rows are byte for byte what JSONValue writes", arguments: [0, 1, 2, 7])
    func json(seed: Int) {
        var i = seed * 1000
        func next() -> Int {
            i += 1
            return (i * 2_654_435_761) >> 7 & 0xFFFF
        }
        let columns = ["a", "b \"quoted\"", "count", "value", "none"]
        let names = ["FRA", "Côte d'Ivoire", "tab\there", "line\nbreak", "quote\"back\\slash", "ctl\u{1}\u{7F}\u{2028}"]
        let rowCount = (seed % 5) * 3
        var rows: [[Any]] = []
        var values: [JSONValue] = []
        for _ in 0..<rowCount {
            let a = names[next() % names.count]
            let b = names[next() % names.count]
            let count = next() % 50
            let value = Self.number(next())
            rows.append([a, b, count, value, Optional<Int>.none as Any])
            values.append(.object([("a", .string(a)), (columns[1], .string(b)), ("count", .int(count)), ("value", .double(value)), ("none", .null)]))
        }
        #expect(encode(.json, columns: columns, rows: rows) == JSONValue.array(values).serialized(indent: 2) + "\n")
        let lines = encode(.jsonLines, columns: columns, rows: rows).split(separator: "\n").map(String.init)
        #expect(lines == values.map { $0.serialized(indent: nil) })
    }

    @Test("CSV quotes what needs quoting; TSV replaces tabs and line breaks")
    func csvAndTSV() {
        let rows: [[Any]] = [["plain", "with,comma", 1, 0.5], ["say \"hi\"", "two\nlines", 2, 1.0 / 3]]
        #expect(
            encode(.csv, columns: ["a", "b,c", "count", "x"], rows: rows)
                == "a,\"b,c\",count,x\nplain,\"with,comma\",1,0.5\n\"say \"\"hi\"\"\",\"two\nlines\",2,0.3333333333333333\n")
        #expect(
            encode(.tsv, columns: ["a", "b", "count", "x"], rows: [["tab\there", "x", 3, 2.5]])
                == "a\tb\tcount\tx\ntab here\tx\t3\t2.5\n")
        #expect(encode(.csv, columns: ["a"], rows: []) == "a\n")
        #expect(encode(.json, columns: ["a"], rows: []) == "[]\n")
    }

    @Test("the writer joins blocks encoded apart, with JSON separators, into one file")
    func writer() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let encoder = TableEncoder(format: .json, columns: ["id", "n"])
        let writer = try TableWriter(encoder: encoder, file: OutputFile(path: path))
        for block in [[("x", 1), ("y", 2)], [], [("z", 3)]] {
            var buffer = TableBuffer()
            for (id, n) in block {
                encoder.beginRow(&buffer)
                encoder.text(id, &buffer)
                encoder.integer(n, &buffer)
                encoder.endRow(&buffer)
            }
            try writer.write(buffer)
        }
        try writer.finish()
        let expected = JSONValue.array(
            [("x", 1), ("y", 2), ("z", 3)].map { JSONValue.object([("id", .string($0.0)), ("n", .int($0.1))]) })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected.serialized(indent: 2) + "\n")
    }
}
