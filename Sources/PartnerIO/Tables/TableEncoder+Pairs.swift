extension TableEncoder {
    /// Encodes rows of actor pairs, as co-occurrence streams them: the two actors' ids, then one cell per
    /// column, the pair's count where `countColumns` says so and otherwise its next value.
    ///
    /// The block's arrays are read through unsafe buffers here, once, so that a caller formatting millions of
    /// pairs on several workers writes no unsafe code of its own.
    /// - Parameters:
    ///   - firsts: the first actor of each pair, an index into `ids`.
    ///   - seconds: the second actor of each pair.
    ///   - counts: each pair's count.
    ///   - values: the pairs' values, row by row, one per column that is not a count.
    ///   - countColumns: for each column after the two ids, whether it is the count.
    ///   - ids: the actors' ids, encoded once by ``encodedTexts(_:)``.
    ///   - buffer: where the rows go.
    ///   - keeping: whether pair `i` is written (a left-out pair's values are skipped); all by default.
    ///   - trailing: writes the cells that follow a written pair's columns (its test, for instance).
    /// - Complexity: O(pairs · columns).
    public func encodePairs(
        firsts: [UInt32], seconds: [UInt32], counts: [UInt32], values: [Double], countColumns: [Bool],
        ids: EncodedTexts, into buffer: inout TableBuffer, keeping: (Int) -> Bool = { _ in true },
        trailing: (Int, inout TableBuffer) -> Void = { _, _ in }
    ) {
        precondition(firsts.count == seconds.count && seconds.count == counts.count, "one count per pair")
        firsts.withUnsafeBufferPointer { firsts in
            seconds.withUnsafeBufferPointer { seconds in
                values.withUnsafeBufferPointer { values in
                    var value = 0
                    for pair in 0..<firsts.count {
                        guard keeping(pair) else {
                            value += countColumns.count
                            continue
                        }
                        beginRow(&buffer)
                        encoded(ids, Int(firsts[pair]), &buffer)
                        encoded(ids, Int(seconds[pair]), &buffer)
                        for isCount in countColumns {
                            if isCount {
                                integer(Int(counts[pair]), &buffer)
                            } else {
                                number(values[value], &buffer)
                            }
                            value += 1
                        }
                        trailing(pair, &buffer)
                        endRow(&buffer)
                    }
                }
            }
        }
    }
}
