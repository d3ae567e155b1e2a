/// The first `k` elements of a collection in a strict order, without sorting all of it.
package enum TopK {
    /// The `k` first elements of `elements` under `precedes`, in that order; the same as sorting all and
    /// keeping a prefix when `precedes` is a strict total order.
    /// - Complexity: O(n log k) comparisons; O(n log n) when k is a large share of n (it sorts).
    package static func select<Elements: Collection>(
        _ k: Int, from elements: Elements, by precedes: (Elements.Element, Elements.Element) -> Bool
    ) -> [Elements.Element] {
        guard k > 0 else { return [] }
        if k >= elements.count / 8 { return Array(elements.sorted(by: precedes).prefix(k)) }
        var best: [Elements.Element] = []
        best.reserveCapacity(k + 1)
        for element in elements {
            if best.count == k, !precedes(element, best[k - 1]) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let mid = (low + high) / 2
                if precedes(best[mid], element) { low = mid + 1 } else { high = mid }
            }
            best.insert(element, at: low)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
