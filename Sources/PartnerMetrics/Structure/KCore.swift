extension Graph {
    /// Core numbers: the largest k such that the node belongs to the k-core, the maximal subgraph in which
    /// every node has degree at least k.
    ///
    /// Batagelj and Zaversnik's bucket algorithm: nodes sorted by degree in a bin array, repeatedly remove a
    /// node of least current degree and decrement its neighbours that have higher degree, moving each to the
    /// front of its bin in O(1). Self-loops are ignored (NetworkX refuses graphs with them); parallel edges
    /// count each time. On a directed graph the degree is in + out and neighbours are predecessors and
    /// successors, as NetworkX's `core_number`.
    /// Reference: Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of networks";
    /// Seidman (1983); NetworkX `core_number`.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func coreNumbers() -> NodeScores {
        let n = nodeCount
        var degree = [Int](repeating: 0, count: n)
        func forEachNeighbor(_ node: Int, _ body: (Int) -> Void) {
            for position in offsets[node]..<offsets[node + 1] where Int(targets[position]) != node {
                body(Int(targets[position]))
            }
            if isDirected {
                for position in inOffsets[node]..<inOffsets[node + 1] where Int(inSources[position]) != node {
                    body(Int(inSources[position]))
                }
            }
        }
        var maxDegree = 0
        for node in 0..<n {
            var count = 0
            forEachNeighbor(node) { _ in count += 1 }
            degree[node] = count
            maxDegree = max(maxDegree, count)
        }
        // Bin sort by degree: `order` lists nodes by ascending degree, `binStart[d]` is where degree d begins.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for node in 0..<n { binStart[degree[node] + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var place = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var cursor = binStart
        for node in 0..<n {
            place[node] = cursor[degree[node]]
            order[place[node]] = node
            cursor[degree[node]] += 1
        }
        for i in 0..<n {
            let node = order[i]
            forEachNeighbor(node) { neighbor in
                let d = degree[neighbor]
                guard d > degree[node] else { return }
                // Swap the neighbour with the first node of its bin, then shrink that bin by one.
                let first = binStart[d]
                let other = order[first]
                if other != neighbor {
                    order[place[neighbor]] = other
                    place[other] = place[neighbor]
                    order[first] = neighbor
                    place[neighbor] = first
                }
                binStart[d] += 1
                degree[neighbor] = d - 1
            }
        }
        return NodeScores(name: "core number", values: degree.map(Double.init), nodes: nodeIndex)
    }
}
