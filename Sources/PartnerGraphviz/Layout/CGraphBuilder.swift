import CGraphviz

/// Builds a ``DOTGraph`` in libcgraph directly, with the calls Graphviz's DOT parser makes when it reads the
/// graph's text (``DOTGraph/render()``): the graph, its layout and every output are those of the text, without
/// the text being written and parsed back (Graphviz's own command must parse its input; a library need not).
///
/// What Graphviz 2.42's parser (`lib/cgraph/grammar.y`) does, statement by statement, and so what this does in
/// the writer's order (graph, node and edge defaults, subgraphs, nodes, edges):
/// - `graph|node|edge [a=v]`: each name is looked up from the current (sub)graph and declared, empty by default,
///   when new (`bindattrs`); then `agattr` sets `v` as the default there, and at the top level marks the
///   attribute as always printed.
/// - `"n" [a=v]`: the node is created (`agnode`), then its names bound as above and its values set (`agxset`).
/// - `"t" -> "h" [a=v]`: both ends are created, tail first, then the edge (`agedge`, no key), then its values.
/// - `subgraph "s" { ... }`: `agsubg`, then the body inside it.
///
/// Every id, name and value is what the lexer reads from the writer's quoted text (``DOTEscaping/readBack(_:)``)
/// and HTML-like values are marked as such in Graphviz's string table, as the lexer marks them.
///
/// A graph is left to the text (``build(_:)`` returns nil) where the two could differ: a NUL byte in a string
/// (Graphviz's text ends there), an id beginning with `%` (the parser forgets such names once the text is read),
/// an edge attribute named `key` (the parser takes it as the edge's key), HTML-like markup whose angle brackets
/// do not balance (the lexer would end it elsewhere), and markup equal to a plain string of the graph (Graphviz
/// 2.42 keeps one copy of equal strings, HTML or not, so which comes first decides what the label is).
enum CGraphBuilder {
    /// The graph built in libcgraph, or nil when it must go through its text. Call under ``GraphvizLock``.
    /// - Complexity: O(size of the graph) calls into libcgraph.
    static func build(_ graph: DOTGraph) -> UnsafeMutablePointer<Agraph_t>? {
        var markups = Set<String>()
        graph.forEachHTMLLabel { markups.insert($0.markup) }
        // Empty markup equals the empty default the parser gives every new attribute.
        guard !markups.contains("") else { return nil }
        var builder = Builder(markups: markups)
        let name: String?
        if let id = graph.id {
            guard let read = builder.plain(id), !read.hasPrefix("%") else { return nil }
            name = read
        } else {
            name = nil
        }
        guard let root = cgraphviz_open(name, graph.isDirected ? 1 : 0, graph.isStrict ? 1 : 0) else { return nil }
        builder.root = root
        let built = builder.body(
            root, attributes: graph.attributes, nodeDefaults: graph.nodeDefaults, edgeDefaults: graph.edgeDefaults,
            nodes: graph.nodes, edges: graph.edges, subgraphs: graph.subgraphs)
        guard built else {
            agclose(root)
            return nil
        }
        return root
    }

    /// The symbols a graph's nodes or edges have bound, by attribute name as written (before ``DOTEscaping/readBack(_:)``),
    /// so that each name is read back and looked up in libcgraph once per graph rather than once per node or edge.
    /// Exact while only nodes, edges and their values are added to the graph: the one change to what a graph sees
    /// then is a name declared where none was, and a name is remembered only when a lookup found it. A handful of
    /// names, mostly in the same order from one node to the next: a list scanned from where the last match was.
    private struct SymbolMemo {
        private var names: [String] = []
        private var symbols: [UnsafeMutablePointer<Agsym_t>] = []
        private var next = 0

        mutating func symbol(named name: String) -> UnsafeMutablePointer<Agsym_t>? {
            let count = names.count
            var index = next
            for _ in 0..<count {
                if index == count { index = 0 }
                if names[index] == name {
                    next = index + 1
                    return symbols[index]
                }
                index += 1
            }
            return nil
        }

        mutating func remember(_ name: String, _ symbol: UnsafeMutablePointer<Agsym_t>) {
            names.append(name)
            symbols.append(symbol)
        }
    }

    /// A value as the lexer hands it on: plain text, or markup marked as HTML.
    private enum Value {
        case plain(String)
        case html(String)
    }

    private struct Builder {
        /// The HTML-like markups of the graph, and their lengths in bytes (a cheap first test).
        let markups: Set<String>
        let markupLengths: Set<Int>
        var root: UnsafeMutablePointer<Agraph_t>?

        init(markups: Set<String>) {
            self.markups = markups
            markupLengths = Set(markups.map(\.utf8.count))
        }

        /// A plain string as the lexer reads it, or nil when the graph must go through its text.
        func plain(_ string: String) -> String? {
            guard let read = DOTEscaping.readBack(string) else { return nil }
            return unlikeMarkup(read)
        }

        /// `read`, or nil when it equals one of the graph's markups (see the type's discussion).
        func unlikeMarkup(_ read: String) -> String? {
            if !markups.isEmpty, markupLengths.contains(read.utf8.count), markups.contains(read) { return nil }
            return read
        }

        func value(_ value: DOTValue) -> Value? {
            switch value {
            case .string(let text): return plain(text).map(Value.plain)
            case .text(let text):
                // The lexer reads an escString's text back unchanged (`readBack` would copy it for nothing): it has
                // no line break, each backslash of the text is doubled, and the one of a `\n` is followed by `n`,
                // so no odd run of backslashes stands before a quote or the end. A NUL byte still ends the text.
                guard !DOTEscaping.hasByte(in: text, where: { $0 == 0 }) else { return nil }
                return unlikeMarkup(DOTEscaping.escString(text)).map(Value.plain)
            case .html(let label):
                guard Self.isBalanced(label.markup) else { return nil }
                return .html(label.markup)
            }
        }

        /// Whether the lexer reads `markup`, between `<` and `>`, as one HTML string ending at that `>`: no NUL
        /// byte, and no `>` that closes more than the `<`s before it opened.
        static func isBalanced(_ markup: String) -> Bool {
            var depth = 0
            for byte in markup.utf8 {
                switch byte {
                case UInt8(ascii: "<"): depth += 1
                case UInt8(ascii: ">"):
                    depth -= 1
                    if depth < 0 { return false }
                case 0: return false
                default: break
                }
            }
            return depth == 0
        }

        func body(
            _ graph: UnsafeMutablePointer<Agraph_t>, attributes: DOTAttributes, nodeDefaults: DOTAttributes,
            edgeDefaults: DOTAttributes, nodes: [DOTNode], edges: [DOTEdge], subgraphs: [DOTSubgraph]
        ) -> Bool {
            guard defaults(attributes, kind: Int32(AGRAPH), in: graph),
                defaults(nodeDefaults, kind: Int32(AGNODE), in: graph),
                defaults(edgeDefaults, kind: Int32(AGEDGE), in: graph)
            else { return false }
            for subgraph in subgraphs {
                var name: String?
                if let id = subgraph.id {
                    guard let read = plain(id), !read.hasPrefix("%") else { return false }
                    name = read
                }
                guard let created = cgraphviz_subgraph(graph, name),
                    body(
                        created, attributes: subgraph.attributes, nodeDefaults: subgraph.nodeDefaults,
                        edgeDefaults: subgraph.edgeDefaults, nodes: subgraph.nodes, edges: subgraph.edges,
                        subgraphs: subgraph.subgraphs)
                else { return false }
            }
            // The nodes of `graph` by id as written, so that an edge's ends are not read back nor looked up again:
            // a node's pointer is the same wherever libcgraph finds it, and adding nodes and edges never moves one.
            var members: [String: UnsafeMutablePointer<Agnode_t>] = [:]
            members.reserveCapacity(nodes.count)
            func member(_ id: String) -> UnsafeMutablePointer<Agnode_t>? {
                if let known = members[id] { return known }
                guard let found = self.node(id, in: graph) else { return nil }
                members[id] = found
                return found
            }
            // One list of bound values for every node and edge, emptied each time rather than made anew.
            var bound: [(UnsafeMutablePointer<Agsym_t>, Value)] = []
            var nodeSymbols = SymbolMemo()
            for node in nodes {
                guard let created = self.node(node.id, in: graph),
                    bind(node.attributes, kind: Int32(AGNODE), in: graph, memo: &nodeSymbols, into: &bound)
                else { return false }
                members[node.id] = created
                set(bound, on: UnsafeMutableRawPointer(created))
            }
            var edgeSymbols = SymbolMemo()
            for edge in edges {
                guard let tail = member(edge.from), let head = member(edge.to),
                    bind(edge.attributes, kind: Int32(AGEDGE), in: graph, memo: &edgeSymbols, into: &bound)
                else { return false }
                // Nil only for a loop in a strict graph, which the parser skips too.
                if let created = cgraphviz_edge(graph, tail, head) { set(bound, on: UnsafeMutableRawPointer(created)) }
            }
            return true
        }

        private func node(_ id: String, in graph: UnsafeMutablePointer<Agraph_t>) -> UnsafeMutablePointer<Agnode_t>? {
            guard let name = plain(id), !name.hasPrefix("%") else { return nil }
            // withCString passes a short (inline) string from the stack; the implicit conversion copies it to the heap.
            return name.withCString { cgraphviz_node(graph, $0) }
        }

        /// The parser's `bindattrs`: each attribute's symbol, declared when new, with its value, in `bound` (emptied
        /// first); false when the graph must go through its text. A name found before in `graph` (in `memo`) is not
        /// read back nor looked up again (see ``SymbolMemo``).
        private func bind(
            _ attributes: DOTAttributes, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>,
            memo: inout SymbolMemo, into bound: inout [(UnsafeMutablePointer<Agsym_t>, Value)]
        ) -> Bool {
            bound.removeAll(keepingCapacity: true)
            for attribute in attributes {
                if let symbol = memo.symbol(named: attribute.name) {
                    guard let value = value(attribute.value) else { return false }
                    bound.append((symbol, value))
                    continue
                }
                guard let name = plain(attribute.name), let value = value(attribute.value),
                    kind != Int32(AGEDGE) || name != "key"
                else { return false }
                if let symbol = cgraphviz_lookup(graph, kind, name) {
                    memo.remember(attribute.name, symbol)
                    bound.append((symbol, value))
                } else {
                    // Declaring a name changes what `graph` sees; the memo takes it from the next lookup.
                    guard let symbol = cgraphviz_declare(graph, kind, name) else { return false }
                    bound.append((symbol, value))
                }
            }
            return true
        }

        private func bind(_ attributes: DOTAttributes, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>)
            -> [(UnsafeMutablePointer<Agsym_t>, Value)]?
        {
            var memo = SymbolMemo()
            var bound: [(UnsafeMutablePointer<Agsym_t>, Value)] = []
            return bind(attributes, kind: kind, in: graph, memo: &memo, into: &bound) ? bound : nil
        }

        /// The parser's `applyattrs`: the values on a node or an edge.
        private func set(_ bound: [(UnsafeMutablePointer<Agsym_t>, Value)], on object: UnsafeMutableRawPointer) {
            for (symbol, value) in bound {
                switch value {
                case .plain(let text): text.withCString { cgraphviz_set(object, symbol, $0) }
                case .html(let markup):
                    let string = cgraphviz_html(root, markup)
                    agxset(object, symbol, string)
                    agstrfree(root, string)
                }
            }
        }

        /// The parser's `attrstmt`: defaults of a kind in `graph`.
        private func defaults(_ attributes: DOTAttributes, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> Bool {
            guard !attributes.isEmpty else { return true }
            guard let bound = bind(attributes, kind: kind, in: graph) else { return false }
            for (symbol, value) in bound {
                var defined = symbol
                if symbol.pointee.fixed == 0 || graph != root {
                    let name = symbol.pointee.name
                    let result: UnsafeMutablePointer<Agsym_t>?
                    switch value {
                    case .plain(let text): result = cgraphviz_default(graph, kind, name, text)
                    case .html(let markup):
                        let string = cgraphviz_html(root, markup)
                        result = agattr(graph, kind, name, string)
                        agstrfree(root, string)
                    }
                    guard let result else { return false }
                    defined = result
                }
                if graph == root { defined.pointee.print = 1 }
            }
            return true
        }
    }
}

extension DOTGraph {
    /// Calls `body` with every HTML-like value of the graph, its subgraphs, nodes and edges.
    fileprivate func forEachHTMLLabel(_ body: (HTMLLabel) -> Void) {
        func visit(_ attributes: DOTAttributes) {
            for attribute in attributes { if case .html(let label) = attribute.value { body(label) } }
        }
        func visit(_ subgraph: DOTSubgraph) {
            visit(subgraph.attributes)
            visit(subgraph.nodeDefaults)
            visit(subgraph.edgeDefaults)
            subgraph.nodes.forEach { visit($0.attributes) }
            subgraph.edges.forEach { visit($0.attributes) }
            subgraph.subgraphs.forEach(visit)
        }
        visit(attributes)
        visit(nodeDefaults)
        visit(edgeDefaults)
        nodes.forEach { visit($0.attributes) }
        edges.forEach { visit($0.attributes) }
        subgraphs.forEach(visit)
    }
}
