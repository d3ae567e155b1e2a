/* A shim preloaded into partnet (LD_PRELOAD) by bench-layout.sh and trace-report.sh: it writes the DOT text that
 * libcgraph's agmemread parses (in the render worker that `--timeout` starts; in-process, partnet builds the graph
 * without text) to the file named by CAPTURE_DOT, before layout, so that Graphviz's own command can be timed on the
 * very same graph (node order, attributes, edge routing, no positions). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
void *agmemread(const char *text) {
    static void *(*real)(const char *);
    if (!real) real = (void *(*)(const char *))dlsym(RTLD_NEXT, "agmemread");
    /* The largest text is the drawing: the start-up warm-up (a two-node graph) may run before or after it, in this
     * process or in the parent of a render worker (whose warm-up may parse after the worker has written the
     * drawing), so a text replaces the file only when it is longer than what the file holds. */
    const char *path = getenv("CAPTURE_DOT");
    size_t length = strlen(text);
    struct stat held;
    int longer = path && (stat(path, &held) != 0 || (size_t)held.st_size < length);
    FILE *file = longer ? fopen(path, "w") : NULL;
    if (file) { fputs(text, file); fclose(file); }
    return real(text);
}
