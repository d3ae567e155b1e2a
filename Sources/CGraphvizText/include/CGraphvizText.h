#ifndef PARTNERGRAPH_CGRAPHVIZTEXT_H
#define PARTNERGRAPH_CGRAPHVIZTEXT_H
// Graphviz's text layout (pango's plugin) behind a cache that a second thread fills while the graph is built:
// labels are measured beside the layout, on the other core, instead of one by one inside it.
// Built without Graphviz's headers (a system where they are not in the compiler's default paths), every function
// answers "not installed" and the caller makes its context itself.

// A Graphviz context (`GVC_t *`) whose text layout is pango's plugin reached through the cache; a plain
// `gvContext()` when the plugin or pango cannot be found (then nothing is ever measured ahead); NULL when this
// module was built without Graphviz. Call it under the Graphviz lock.
void *cgraphviz_text_context(void);

// Whether the cache is installed in the context made by `cgraphviz_text_context`.
int cgraphviz_text_installed(void);

// Makes the measuring thread's pango context ready (its font map, and a check of each font Graphviz has measured a
// label in), so that the first measuring run starts at once: call it once Graphviz has measured a label, outside the
// Graphviz lock (it waits only for a measuring thread still running).
void cgraphviz_text_prepare(void);

// Starts measuring `count` plain single-line text spans on another thread, the last first, each `texts[i]` in
// font `fonts[i]` at `sizes[i]` points, into the cache; the strings are copied. Callable before the Graphviz lock is
// taken, even before the first context is made (the thread then waits for it). Returns 0 when nothing started:
// another render's spans are being measured, or the context measures without the cache. Otherwise the caller
// owns the cache until `cgraphviz_text_end`, which it must call on every path.
int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes);

// From now until `cgraphviz_text_end`, the text layout answers a plain span from the cache when it is there,
// without a pango layout object (`span->layout` NULL): call it under the Graphviz lock, only after a
// `cgraphviz_text_begin` that returned 1, and only for a render whose renderer never draws from that object (every
// one but cairo's); end before the lock is released.
void cgraphviz_text_arm(void);

// Returns once the measuring thread started by `cgraphviz_text_begin` has gone through its list (every label
// measured, or taken by the layout first), or has been stopped by `cgraphviz_text_end`; at once when no thread's
// labels are being measured. Callable from any thread, with or without the Graphviz lock. Returns how many labels
// that thread measured (for tests; the last thread's when none is running).
int cgraphviz_text_wait(void);

// Stops the measuring thread after its current label, waits for it, empties the cache and gives it up.
void cgraphviz_text_end(void);

// For tests: how many spans the last begin/end window answered from the cache, and how many labels its thread
// measured.
int cgraphviz_text_hits(void);
int cgraphviz_text_measured(void);

#endif
