/// The assignment problem: pair rows with columns, each at most once, so that the total weight is largest.
///
/// Used by the scorer to match draft meetings to gold meetings without depending on the order of either file:
/// greedy matching in gold order can give a placeless gold meeting the one draft meeting that a second gold
/// meeting needed, and so count one match where two were possible.
///
/// This is the Hungarian method with potentials (Kuhn 1955, Munkres 1957) on costs `-weight`, over a square
/// matrix padded with zero weights; a pair of weight 0 or less is never reported as matched.
/// - Complexity: O(n³) time and O(n²) memory for n = max(rows, columns).
enum Assignment {
    /// For each row, the column it is paired with, or nil. `weights[row][column] <= 0` means the pair is not allowed.
    static func maximumWeight(_ weights: [[Int]]) -> [Int?] {
        let rows = weights.count
        let columns = weights.map(\.count).max() ?? 0
        let size = max(rows, columns)
        guard size > 0 else { return [] }
        func cost(_ row: Int, _ column: Int) -> Int {
            guard row < rows, column < weights[row].count else { return 0 }
            return -max(0, weights[row][column])
        }
        // 1-based arrays as in the textbook form: index 0 is the virtual start column.
        var rowPotential = [Int](repeating: 0, count: size + 1)
        var columnPotential = [Int](repeating: 0, count: size + 1)
        var rowOfColumn = [Int](repeating: 0, count: size + 1)
        var way = [Int](repeating: 0, count: size + 1)
        for row in 1...size {
            rowOfColumn[0] = row
            var column = 0
            var slack = [Int](repeating: Int.max, count: size + 1)
            var used = [Bool](repeating: false, count: size + 1)
            repeat {
                used[column] = true
                let current = rowOfColumn[column]
                var delta = Int.max
                var next = 0
                for candidate in 1...size where !used[candidate] {
                    let reduced = cost(current - 1, candidate - 1) - rowPotential[current] - columnPotential[candidate]
                    if reduced < slack[candidate] {
                        slack[candidate] = reduced
                        way[candidate] = column
                    }
                    if slack[candidate] < delta {
                        delta = slack[candidate]
                        next = candidate
                    }
                }
                for candidate in 0...size {
                    if used[candidate] {
                        rowPotential[rowOfColumn[candidate]] += delta
                        columnPotential[candidate] -= delta
                    } else {
                        slack[candidate] -= delta
                    }
                }
                column = next
            } while rowOfColumn[column] != 0
            repeat {
                let previous = way[column]
                rowOfColumn[column] = rowOfColumn[previous]
                column = previous
            } while column != 0
        }
        var result = [Int?](repeating: nil, count: rows)
        for column in 1...size {
            let row = rowOfColumn[column] - 1
            if row < rows, column - 1 < weights[row].count, weights[row][column - 1] > 0 { result[row] = column - 1 }
        }
        return result
    }
}
