/// A partition of a graph's nodes into components.
///
/// Labels are dense, `0..<count`, numbered by each component's lowest node index: the component of node 0
/// is 0, the next component met in node order is 1, and so on. So the labels never depend on the algorithm
/// or the thread count, only on the node order.
/// ```swift
/// let components = graph.connectedComponents()
/// components.count              // number of components
/// components.sizes.max()        // size of the largest
/// components.members(of: components.labels[0])
/// ```
public struct Components: Sendable, Equatable {
    /// The component of each node.
    public let labels: [UInt32]
    /// The number of components.
    public let count: Int
    /// The number of nodes in each component, indexed by label.
    public let sizes: [Int]
    /// The node ids, parallel to `labels`.
    public let nodeIDs: [String]

    /// Builds the result from any labelling, renumbering components by their lowest node.
    /// - Complexity: O(n).
    init(rawLabels: [UInt32], rawCount: Int, nodeIDs: [String]) {
        var renumbered = [UInt32](repeating: UInt32.max, count: rawCount)
        var labels = [UInt32](repeating: 0, count: rawLabels.count)
        var sizes: [Int] = []
        for (node, raw) in rawLabels.enumerated() {
            var label = renumbered[Int(raw)]
            if label == UInt32.max {
                label = UInt32(sizes.count)
                renumbered[Int(raw)] = label
                sizes.append(0)
            }
            labels[node] = label
            sizes[Int(label)] += 1
        }
        self.labels = labels
        self.count = sizes.count
        self.sizes = sizes
        self.nodeIDs = nodeIDs
    }

    /// The nodes of component `label`, ascending.
    /// - Complexity: O(n).
    public func members(of label: Int) -> [Int] {
        labels.indices.filter { labels[$0] == UInt32(label) }
    }

    /// The label of the largest component (the lowest label among equals), or nil when there are no nodes.
    /// - Complexity: O(count).
    public var largest: Int? {
        sizes.indices.max { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }
    }

    /// The labels as scores, e.g. to write them next to centralities.
    /// - Complexity: O(n).
    public var scores: NodeScores {
        NodeScores(name: "component", values: labels.map(Double.init), nodeIDs: nodeIDs)
    }
}

extension Graph {
    /// Connected components of an undirected graph; weakly connected components of a directed one
    /// (edge directions ignored).
    ///
    /// Breadth-first search over the compressed rows from each unlabelled node in index order, with one
    /// queue of 32-bit indices reused for every component.
    /// Reference: Hopcroft & Tarjan (1973), "Efficient algorithms for graph manipulation"; NetworkX
    /// `connected_components` / `weakly_connected_components`.
    /// - Complexity: O(n + m) time, O(n) extra memory (8 bytes per node).
    public func connectedComponents() -> Components {
        let n = nodeCount
        let unlabelled = UInt32.max
        var labels = [UInt32](repeating: unlabelled, count: n)
        var queue = [UInt32](repeating: 0, count: n)
        var count: UInt32 = 0
        let directed = isDirected
        withMutableBuffers(&labels, &queue) { labels, queue in
            UnsafeRows.with(self, weighted: false) { outgoing, incoming in
                let (offsets, targets, inOffsets, inSources) = (outgoing.offsets, outgoing.targets, incoming.offsets, incoming.targets)
                for root in 0..<n where labels[root] == unlabelled {
                    labels[root] = count
                    queue[0] = UInt32(root)
                    var head = 0
                    var tail = 1
                    // Labels and queues the unlabelled neighbours of a node along one set of rows.
                    func reach(_ neighbours: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) {
                        for position in range {
                            let next = Int(neighbours[position])
                            if labels[next] == unlabelled {
                                labels[next] = count
                                queue[tail] = UInt32(next)
                                tail += 1
                            }
                        }
                    }
                    while head < tail {
                        let node = Int(queue[head])
                        head += 1
                        reach(targets, offsets[node]..<offsets[node + 1])
                        // A directed graph's weak components follow arcs both ways.
                        if directed { reach(inSources, inOffsets[node]..<inOffsets[node + 1]) }
                    }
                    count += 1
                }
            }
        }
        // BFS from roots in index order already numbers components by their lowest node.
        return Components(rawLabels: labels, rawCount: Int(count), nodeIDs: nodeIDs)
    }

    /// Weakly connected components: the components when edge directions are ignored.
    /// The same as ``connectedComponents()``; the name says what it means on a directed graph.
    /// - Complexity: O(n + m).
    public func weaklyConnectedComponents() -> Components { connectedComponents() }

    /// Strongly connected components: maximal sets of nodes that all reach one another along edge directions.
    ///
    /// Tarjan's algorithm with an explicit stack (no recursion, so deep graphs cannot overflow the call
    /// stack): each node gets a discovery index and a low-link; a node whose low-link equals its own index
    /// closes a component. On an undirected graph it equals ``connectedComponents()``.
    /// Reference: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Computing 1(2);
    /// NetworkX `strongly_connected_components`.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func stronglyConnectedComponents() -> Components {
        let n = nodeCount
        let unvisited = UInt32.max
        var index = [UInt32](repeating: unvisited, count: n)
        var lowLink = [UInt32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [UInt32](repeating: 0, count: n)
        var nodeStack: [UInt32] = []
        // The depth-first path: each frame holds a node and the position of its next edge to explore.
        var callNodes: [UInt32] = []
        var callPositions: [Int] = []
        var nextIndex: UInt32 = 0
        var componentCount: UInt32 = 0
        /// Enters `node`: numbers it, puts it on the component stack and makes it the top of the path.
        func visit(_ node: Int) {
            index[node] = nextIndex
            lowLink[node] = nextIndex
            nextIndex += 1
            nodeStack.append(UInt32(node))
            onStack[node] = true
            callNodes.append(UInt32(node))
            callPositions.append(offsets[node])
        }
        for root in 0..<n where index[root] == unvisited {
            visit(root)
            while let top = callNodes.last {
                let node = Int(top)
                let position = callPositions[callPositions.count - 1]
                if position < offsets[node + 1] {
                    callPositions[callPositions.count - 1] = position + 1
                    let next = Int(targets[position])
                    if index[next] == unvisited {
                        visit(next)
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                // All edges explored: close a component if this node is its root, then return to the parent.
                if lowLink[node] == index[node] {
                    while true {
                        let member = Int(nodeStack.removeLast())
                        onStack[member] = false
                        component[member] = componentCount
                        if member == node { break }
                    }
                    componentCount += 1
                }
                callNodes.removeLast()
                callPositions.removeLast()
                if let parent = callNodes.last {
                    lowLink[Int(parent)] = min(lowLink[Int(parent)], lowLink[node])
                }
            }
        }
        return Components(rawLabels: component, rawCount: Int(componentCount), nodeIDs: nodeIDs)
    }
}
