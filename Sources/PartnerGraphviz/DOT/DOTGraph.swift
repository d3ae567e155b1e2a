/// An ordered list of DOT attributes; setting a name again replaces its value in place.
///
/// Order is kept so that the DOT text is the same on every run.
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box"]
/// attributes["label"] = .text("Nigeria")
/// ```
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// One attribute: a name and its value.
    public struct Attribute: Hashable, Sendable {
        /// The attribute's name, e.g. `label`; written bare when it is an identifier, quoted otherwise.
        public var name: String
        /// The attribute's value.
        public var value: DOTValue
        /// Creates an attribute.
        public init(name: String, value: DOTValue) {
            self.name = name
            self.value = value
        }
    }

    /// The attributes, in the order they were first set.
    public private(set) var elements: [Attribute]

    /// An empty list.
    public init() { elements = [] }

    /// A list in the literal's order; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        self.elements = []
        for (name, value) in elements { self[name] = value }
    }

    /// Whether there are no attributes.
    public var isEmpty: Bool { elements.isEmpty }

    /// The value of the attribute named `name`; setting nil removes it.
    /// - Complexity: O(number of attributes).
    public subscript(name: String) -> DOTValue? {
        get { elements.first { $0.name == name }?.value }
        set {
            let position = elements.firstIndex { $0.name == name }
            switch (position, newValue) {
            case (let position?, let value?): elements[position].value = value
            case (let position?, nil): elements.remove(at: position)
            case (nil, let value?): elements.append(Attribute(name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Iterates in the order the attributes were first set.
    public func makeIterator() -> IndexingIterator<[Attribute]> { elements.makeIterator() }
}

/// A node statement: an id and its attributes.
public struct DOTNode: Hashable, Sendable {
    /// The node's id; any string (it is always written quoted).
    public var id: String
    /// The node's attributes (`label`, `shape`, `fillcolor`...).
    public var attributes: DOTAttributes

    /// Creates a node statement.
    public init(_ id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement between two node ids.
public struct DOTEdge: Hashable, Sendable {
    /// The id of the tail node.
    public var from: String
    /// The id of the head node.
    public var to: String
    /// The edge's attributes (`style`, `color`, `penwidth`...).
    public var attributes: DOTAttributes

    /// Creates an edge statement.
    public init(from: String, to: String, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph; one whose id starts with `cluster` is drawn as a box by `dot` and `fdp`.
public struct DOTSubgraph: Hashable, Sendable {
    /// The subgraph's id, or nil for an anonymous subgraph.
    public var id: String?
    /// Graph attributes of the subgraph (`label`, `style`, `color`, `rank`...).
    public var attributes: DOTAttributes
    /// Defaults for the nodes declared in this subgraph.
    public var nodeDefaults: DOTAttributes
    /// Defaults for the edges declared in this subgraph.
    public var edgeDefaults: DOTAttributes
    /// Nodes declared in this subgraph (they belong to it).
    public var nodes: [DOTNode]
    /// Edges declared in this subgraph.
    public var edges: [DOTEdge]
    /// Nested subgraphs.
    public var subgraphs: [DOTSubgraph]

    /// Creates a subgraph; give an id starting with `cluster` (or use ``cluster(_:label:attributes:nodes:)``) for a cluster.
    public init(
        id: String?, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [], edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
    ) {
        self.id = id
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// A cluster: a subgraph whose id is `cluster_` followed by `name`.
    public static func cluster(_ name: String, label: String? = nil, attributes: DOTAttributes = [:], nodes: [DOTNode] = [])
        -> DOTSubgraph
    {
        var attributes = attributes
        if let label { attributes["label"] = .text(label) }
        return DOTSubgraph(id: "cluster_" + name, attributes: attributes, nodes: nodes)
    }

    /// Whether layouts that support clusters draw this subgraph as one.
    public var isCluster: Bool { id?.hasPrefix("cluster") ?? false }
}

/// A graph in the DOT language, as a value; ``render()`` writes its text.
///
/// Every id and value is quoted and escaped, so any string is safe as an id or a label:
/// ```swift
/// var graph = DOTGraph(id: "Rabat Process", isDirected: true)
/// graph.nodes.append(DOTNode("CIV", attributes: ["label": .text("Côte d'Ivoire")]))
/// graph.nodes.append(DOTNode("abidjan:2019"))
/// graph.edges.append(DOTEdge(from: "CIV", to: "abidjan:2019", attributes: ["style": "bold"]))
/// print(graph.render())
/// ```
public struct DOTGraph: Hashable, Sendable {
    /// The graph's id, or nil.
    public var id: String?
    /// Whether edges are arrows (`digraph`, `->`) or lines (`graph`, `--`).
    public var isDirected: Bool
    /// Whether parallel edges are merged (`strict`).
    public var isStrict: Bool
    /// Attributes of the graph itself (`rankdir`, `label`, `overlap`, `fontname`...).
    public var attributes: DOTAttributes
    /// Defaults for every node.
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge.
    public var edgeDefaults: DOTAttributes
    /// Nodes declared at the top level.
    public var nodes: [DOTNode]
    /// Edges declared at the top level.
    public var edges: [DOTEdge]
    /// Subgraphs and clusters, written before the top-level nodes.
    public var subgraphs: [DOTSubgraph]

    /// Creates a graph; everything is optional.
    public init(
        id: String? = nil, isDirected: Bool = true, isStrict: Bool = false, attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [],
        edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
    ) {
        self.id = id
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// The number of node statements, in the graph and all its subgraphs.
    /// - Complexity: O(number of subgraphs).
    public var nodeCount: Int { nodes.count + subgraphs.reduce(0) { $0 + $1.statementCount(\.nodes.count) } }

    /// The number of edge statements, in the graph and all its subgraphs.
    /// - Complexity: O(number of subgraphs).
    public var edgeCount: Int { edges.count + subgraphs.reduce(0) { $0 + $1.statementCount(\.edges.count) } }
}

extension DOTSubgraph {
    /// The statements `count` measures in this subgraph and all of its own.
    fileprivate func statementCount(_ count: KeyPath<DOTSubgraph, Int>) -> Int {
        self[keyPath: count] + subgraphs.reduce(0) { $0 + $1.statementCount(count) }
    }
}
