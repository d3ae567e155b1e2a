#ifndef PARTNERGRAPH_CGRAPHVIZ_SHIM_H
#define PARTNERGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
