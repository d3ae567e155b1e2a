/// A block of an exporter's output bytes, handed to the file whenever it fills.
struct BlockOutput {
    static let blockSize = 1 << 20
    let file: OutputFile
    var buffer = TableBuffer(capacity: BlockOutput.blockSize + 4096)

    @inline(__always)
    mutating func flushIfFull() throws { try BlockOutput.flushIfFull(&buffer, to: file) }

    mutating func flush() throws {
        try file.write(buffer.bytes)
        buffer.removeAll()
    }

    /// Everything `write` appends, as text (nothing is flushed).
    static func text(_ write: (inout TableBuffer) -> Void) -> String {
        var buffer = TableBuffer()
        write(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// What `write` appends, handed to `file` a block at a time by the flush it is given, then the rest.
    static func stream(to file: OutputFile, _ write: (inout TableBuffer, (inout TableBuffer) throws -> Void) throws -> Void) throws {
        var buffer = TableBuffer(capacity: blockSize + 4096)
        try write(&buffer) { try flushIfFull(&$0, to: file) }
        try file.write(buffer.bytes)
    }

    /// Hands `buffer`'s bytes to `file` once they reach a block.
    @inline(__always)
    static func flushIfFull(_ buffer: inout TableBuffer, to file: OutputFile) throws {
        guard buffer.count >= blockSize else { return }
        try file.write(buffer.bytes)
        buffer.removeAll()
    }
}
