extension Array where Element == UInt32 {
    /// The first position in `range` whose entry is not below `key` (`range.upperBound` when every entry is),
    /// for entries sorted ascending within `range`: a node's place in a compressed row.
    /// - Complexity: O(log range.count).
    @inlinable
    package func lowerBound(of key: UInt32, in range: Range<Int>) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The position of `key` in `range`, sorted ascending, or nil when it is not there.
    /// - Complexity: O(log range.count).
    @inlinable
    package func position(of key: UInt32, in range: Range<Int>) -> Int? {
        let found = lowerBound(of: key, in: range)
        return found < range.upperBound && self[found] == key ? found : nil
    }
}
