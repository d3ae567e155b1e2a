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

#endif
