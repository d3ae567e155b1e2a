/// Writes a table row block after row block through one buffered output (``/PartnerFiles/OutputFile``): standard output,
/// a device or a FIFO in place, a regular file through a temporary and a rename.
///
/// Blocks are ``TableBuffer``s of rows encoded by the writer's ``TableEncoder``, possibly on other threads;
/// the writer adds the header, the separators JSON needs between blocks, and the footer.
/// ```swift
/// let writer = try TableWriter(encoder: TableEncoder(format: .csv, columns: ["a", "b"]), file: OutputFile(path: "-"))
/// try writer.write(block)       // rows encoded elsewhere
/// try writer.finish()           // footer, flush, commit
/// ```
public final class TableWriter {
    /// How rows are encoded.
    public let encoder: TableEncoder
    private let file: OutputFile
    private var wroteRows = false

    /// Starts the table: writes the header.
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    public init(encoder: TableEncoder, file: OutputFile) throws {
        self.encoder = encoder
        self.file = file
        try file.write(encoder.header)
    }

    /// Writes a block of whole rows encoded by ``encoder``.
    /// - Complexity: O(bytes).
    public func write(_ block: TableBuffer) throws {
        guard !block.bytes.isEmpty else { return }
        try block.bytes.withUnsafeBytes { bytes in
            if wroteRows {
                try file.write(bytes)
            } else {
                try file.write(UnsafeRawBufferPointer(rebasing: bytes[encoder.firstRowSkip...]))
            }
        }
        wroteRows = true
    }

    /// Ends the table: writes the footer and commits the output.
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    public func finish() throws {
        try file.write(encoder.footer(afterRows: wroteRows))
        try file.commit()
    }
}
