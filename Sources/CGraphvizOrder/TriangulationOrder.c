// Graphviz's Delaunay edges in a fixed order; see CGraphvizOrder.h.
#define _GNU_SOURCE  // dl_iterate_phdr, RTLD_NOLOAD
#include "CGraphvizOrder.h"

#if defined(__ELF__)
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

// neatogen's signature (lib/neatogen/delaunay.h, the same from Graphviz 2.26 to 12): the points' coordinates in
// `x` and `y`, their number, and the edges' number set through `edgeCount`; the edges come back as pairs of point
// indices in one array of 2 * edgeCount ints, allocated with malloc, that the caller frees. NULL when GTS fails.
typedef int *Triangulation(double *x, double *y, int n, int *edgeCount);

int *delaunay_tri(double *x, double *y, int n, int *edgeCount);

static Triangulation *graphvizTriangulation;
static pthread_once_t found = PTHREAD_ONCE_INIT;
static atomic_int triangulations;

// Looks for the definition of a library that is loaded (Graphviz's neato plugin, loaded with dlopen, often with its
// symbols kept local): `dlsym` on a library's handle searches the library first, then what it needs, so only a
// library that defines the function itself, or needs the program, can answer; the program's answer is this file's.
static int findDefinition(struct dl_phdr_info *info, size_t size, void *unused) {
    (void)size, (void)unused;
    if (!info->dlpi_name || !info->dlpi_name[0]) return 0;  // the program
    void *library = dlopen(info->dlpi_name, RTLD_LAZY | RTLD_NOLOAD);
    if (!library) return 0;
    Triangulation *definition = (Triangulation *)dlsym(library, "delaunay_tri");
    if (definition && definition != delaunay_tri) {
        graphvizTriangulation = definition;  // the library stays loaded: Graphviz never unloads its plugins
        return 1;
    }
    dlclose(library);
    return 0;
}

static void findGraphviz(void) { dl_iterate_phdr(findDefinition, NULL); }

static int ascending(const void *a, const void *b) {
    const int *first = a, *second = b;
    if (first[0] != second[0]) return first[0] < second[0] ? -1 : 1;
    if (first[1] != second[1]) return first[1] < second[1] ? -1 : 1;
    return 0;
}

int *delaunay_tri(double *x, double *y, int n, int *edgeCount) {
    pthread_once(&found, findGraphviz);
    if (!graphvizTriangulation) {
        // Only a caller that defines none reaches here; no edges is what Graphviz answers when GTS fails.
        *edgeCount = 0;
        return NULL;
    }
    int *edges = graphvizTriangulation(x, y, n, edgeCount);
    if (!edges || *edgeCount <= 0) return edges;
    for (int index = 0; index < *edgeCount; index++) {
        int *edge = edges + 2 * index;
        if (edge[0] > edge[1]) {
            int lower = edge[1];
            edge[1] = edge[0];
            edge[0] = lower;
        }
    }
    qsort(edges, (size_t)*edgeCount, 2 * sizeof *edges, ascending);
    atomic_fetch_add(&triangulations, 1);
    return edges;
}

int cgraphviz_order_triangulations(void) { return atomic_load(&triangulations); }
#else
// Elsewhere (Mach-O's two-level namespace) a program's definition does not take a library's place.
int cgraphviz_order_triangulations(void) { return 0; }
#endif
