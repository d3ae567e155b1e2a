import PartnerMetrics

/// How `cooccurrence` prints actor pairs: streamed a block at a time for CSV and JSON (encoded on the workers,
/// written in order), or measured whole and aligned for the table.
public struct PairOutput: Sendable {
    /// The output format.
    public var format: OutputFormat
    /// The pair measures, in column order.
    public var measures: [CoOccurrenceMeasure]
    /// Whether a `meetings` column lists each pair's shared meetings (computed-whole results only).
    public var listsMeetings = false
    /// The tail tested when pairs carry significance tests: adds `p` and `significant`, and `sign` for both tails.
    public var tail: SignificanceTail?
    /// Write only the pairs the tests find significant.
    public var significantOnly = false

    /// An output of `measures` in `format`.
    public init(format: OutputFormat, measures: [CoOccurrenceMeasure]) {
        self.format = format
        self.measures = measures
    }

    /// The columns: `a`, `b`, one per measure, then `meetings`, `p`, `significant` and `sign` when asked.
    public var columns: [String] {
        var columns = ["a", "b"] + measures.map(\.rawValue) + (listsMeetings ? ["meetings"] : [])
        if let tail { columns += ["p", "significant"] + (tail == .both ? ["sign"] : []) }
        return columns
    }

    /// Writes a stream of pairs, with the tests of every block when given, to `file`, and commits it.
    /// - Complexity: that of the stream; memory of the blocks in flight for CSV and JSON, every pair for the table.
    public func write(_ stream: CoOccurrenceStream, tests: SignificanceStream? = nil, to file: OutputFile) throws {
        let signed = tail == .both
        let keeps: @Sendable (SignificanceBlock?, Int) -> Bool = { [significantOnly] tests, pair in
            !significantOnly || tests?.signs[pair] != 0
        }
        guard let tableFormat = format.tableFormat else {
            var table = ResultTable(columns: columns)
            let ids = stream.actorIDs
            run(stream, tests: tests, transform: { ($0, $1) }) { block, tests in
                for pair in 0..<block.pairCount where keeps(tests, pair) {
                    var row: [ResultTable.Cell] =
                        [.text(ids[Int(block.firstActors[pair])]), .text(ids[Int(block.secondActors[pair])])]
                        + cells(count: Int(block.counts[pair]), values: measures.indices.map { block.value($0, ofPair: pair) })
                    if let tests {
                        row += [.number(tests.pValues[pair]), .boolean(tests.signs[pair] != 0)]
                        if signed { row.append(.integer(Int(tests.signs[pair]))) }
                    }
                    table.append(row)
                }
            }
            try file.write(table.aligned())
            return try file.commit()
        }
        let encoder = TableEncoder(format: tableFormat, columns: columns)
        let ids = encoder.encodedTexts(stream.actorIDs)
        let isCount = measures.map { $0 == .count }
        let measureCount = measures.count
        let writer = try TableWriter(encoder: encoder, file: file)
        try run(
            stream, tests: tests,
            transform: { block, tests in
                var buffer = TableBuffer(capacity: block.pairCount * (24 + 20 * (measureCount + (tests == nil ? 0 : 2))))
                encoder.encodePairs(
                    firsts: block.firstActors, seconds: block.secondActors, counts: block.counts, values: block.values,
                    countColumns: isCount, ids: ids, into: &buffer, keeping: { keeps(tests, $0) }
                ) { pair, buffer in
                    guard let tests else { return }
                    encoder.number(tests.pValues[pair], &buffer)
                    encoder.boolean(tests.signs[pair] != 0, &buffer)
                    if signed { encoder.integer(Int(tests.signs[pair]), &buffer) }
                }
                return buffer
            }, consume: writer.write)
        try writer.finish()
    }

    /// Pairs computed whole (top-k, backbone, meetings, two relation sets) as a table.
    /// - Complexity: O(pairs × measures).
    public func table(_ result: CoOccurrence) -> ResultTable {
        var table = ResultTable(columns: columns)
        for pair in 0..<result.pairCount {
            var row: [ResultTable.Cell] = [
                .text(result.actorIDs[Int(result.firstActors[pair])]), .text(result.actorIDs[Int(result.secondActors[pair])]),
            ]
            row += cells(count: result.counts[pair], values: result.values.map { $0[pair] })
            if listsMeetings { row.append(.text(result.meetings(ofPair: pair).joined(separator: ";"))) }
            table.append(row)
        }
        return table
    }

    /// Runs the stream, with the tests of every block when given.
    private func run<Output>(
        _ stream: CoOccurrenceStream, tests: SignificanceStream?, transform: (CoOccurrenceBlock, SignificanceBlock?) -> Output,
        consume: (Output) throws -> Void
    ) rethrows {
        if let tests { try tests.run(transform: transform, consume: consume) } else { try stream.run(transform: { transform($0, nil) }, consume: consume) }
    }

    /// The cells of one pair's measures: the count as an integer, the others as numbers.
    private func cells(count: Int, values: [Double]) -> [ResultTable.Cell] {
        zip(measures, values).map { measure, value in measure == .count ? .integer(count) : .number(value) }
    }
}
