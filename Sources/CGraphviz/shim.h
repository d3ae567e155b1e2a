#ifndef PARTNERGRAPH_CGRAPHVIZ_SHIM_H
#define PARTNERGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Graphviz 2.42 declares these `char *` although it never writes through them; the wrappers take
// `const char *` so Swift strings pass without copies or casts.
static inline char *cgraphviz_get(void *object, const char *name) {
    return agget(object, (char *)name);
}

// Swift 6 rejects the mutable global `Agdirected` as not concurrency-safe; a function returns a copy.
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }

// `agtail` and `aghead` are macros Swift cannot import.
static inline const char *cgraphviz_tail_name(Agedge_t *edge) { return agnameof(agtail(edge)); }
static inline const char *cgraphviz_head_name(Agedge_t *edge) { return agnameof(aghead(edge)); }

// Building a graph without DOT text (CGraphBuilder): the calls Graphviz's DOT parser makes, with `const char *`
// names and values (Graphviz 2.42 declares them `char *` but copies them).

// The parser's graph: `directed`, `strict` and the main-graph flag set, every other flag clear.
static inline Agraph_t *cgraphviz_open(const char *name, int directed, int strict) {
    Agdesc_t description = {0};
    description.directed = directed ? 1 : 0;
    description.strict = strict ? 1 : 0;
    description.maingraph = 1;
    return agopen((char *)name, description, NULL);
}

static inline Agraph_t *cgraphviz_subgraph(Agraph_t *graph, const char *name) {
    return agsubg(graph, (char *)name, 1);
}

static inline Agnode_t *cgraphviz_node(Agraph_t *graph, const char *name) { return agnode(graph, (char *)name, 1); }

static inline Agedge_t *cgraphviz_edge(Agraph_t *graph, Agnode_t *tail, Agnode_t *head) {
    return agedge(graph, tail, head, NULL, 1);
}

// The parser's `bindattrs`: the attribute as `graph` sees it, or NULL when no graph declares it; and declaring it, empty by default.
static inline Agsym_t *cgraphviz_lookup(Agraph_t *graph, int kind, const char *name) {
    return agattr(graph, kind, (char *)name, NULL);
}

static inline Agsym_t *cgraphviz_declare(Agraph_t *graph, int kind, const char *name) {
    return agattr(graph, kind, (char *)name, "");
}

// An attribute's value on an object (`agxset`), and its default in a graph (`agattr`).
static inline void cgraphviz_set(void *object, Agsym_t *symbol, const char *value) {
    agxset(object, symbol, (char *)value);
}

static inline Agsym_t *cgraphviz_default(Agraph_t *graph, int kind, const char *name, const char *value) {
    return agattr(graph, kind, (char *)name, (char *)value);
}

// HTML-like text as the lexer hands it on: marked so in Graphviz's string table (free it with agstrfree).
static inline char *cgraphviz_html(Agraph_t *root, const char *markup) { return agstrdup_html(root, (char *)markup); }

#endif
