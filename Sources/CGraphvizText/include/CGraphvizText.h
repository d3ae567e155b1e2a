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

// Starts loading fontconfig's configuration (FcInit: its files parsed, its font caches mapped) on a thread of its
// own, so that the first text layout does not wait for it: pango starts the same work on a thread of its own when
// its first font map is made, and every text layout waits for it. Text layouts through the cache wait for this
// start instead, so that the configuration is loaded once. Call `cgraphviz_text_wait_fontconfig` before the process
// exits (it joins the thread). Both are thread-safe; the start does nothing after the first call.
void cgraphviz_text_start_fontconfig(void);
void cgraphviz_text_wait_fontconfig(void);

// Loads, outside Graphviz's lock, the libraries the first render loads under it: pango's plugin with pango, cairo,
// fontconfig and FreeType (as `cgraphviz_text_context` would), Graphviz's core plugin (its SVG, DOT and JSON
// renderers) and the layout plugin `libgvplugin_<layoutPlugin>` (e.g. "neato_layout"; NULL for none), so that
// Graphviz finds them loaded. Thread-safe; a library that is not there is left to Graphviz.
void cgraphviz_text_preload(const char *layoutPlugin);

// The early start, for a tool that lays out a drawing: loads, on the calling thread, what `cgraphviz_text_preload`
// loads (with the layout plugin "neato_layout"), then starts fontconfig (`cgraphviz_text_start_fontconfig`), makes
// a parked thread that the first `cgraphviz_text_begin` measures on, and a thread that starts pango once
// `cgraphviz_text_warm_early` has given it the font and then waits for the warm-up `cgraphviz_text_run_early` hands
// it. Call it before any other thread is made (from a constructor, before the program's main): loading the libraries
// beside another running thread takes several times as long. `cgraphviz_text_run_early` gives that thread
// `body(argument)` to run and returns 1; 0 (the body not taken) when there is no early thread or it was given a body
// or waited for already. `cgraphviz_text_wait_early` returns once that thread has ended (a thread given no body
// ends once it is waited for), and ends the parked thread when no render took it; call it before the process exits.
// Thread-safe.
void cgraphviz_text_start_early(void);
int cgraphviz_text_run_early(void (*body)(void *), void *argument);
// A practice layout (two nodes, neato) in a context of its own, once the early start has opened neato's plugin, its
// first step; returns at once when it could not. For the thread that parses the arguments beside the early start's
// loading: the only thread in Graphviz until the tool's main joins it. Runs once in a process.
void cgraphviz_text_practice(void);
void cgraphviz_text_wait_early(void);

// Holds (1) or releases (0) what every use of pango's plugin holds, for a render's drawing: cairo's renderers draw
// the pango layouts the plugin made, which must not meet the warm-up's text layout outside Graphviz's lock
// (`cgraphviz_text_warm`). Call under Graphviz's lock, in pairs, on the same thread.
void cgraphviz_text_hold(int hold);

// Whether the cache is installed in the context made by `cgraphviz_text_context`.
int cgraphviz_text_installed(void);

// The warm-up's text layout in two steps, so that pango's start (its font map, Graphviz's font list, the first font
// loaded) runs outside Graphviz's lock, beside a render that builds its graph. First, under the lock, with the
// context of `cgraphviz_text_context`: records `fontName` at `size` points as Graphviz resolves it (its PostScript
// alias); returns 0 when the cache is not installed or this was done already (then lay out a labelled graph under
// the lock instead); 1 when the font is recorded, now or before. Then, outside the lock: `cgraphviz_text_warm`
// measures a label in that font with pango's plugin (which starts pango), makes the font known to the measuring
// thread, and loads its bold face at `boldSize` points (none when below 1): the legend's title, the first label a
// drawing's layout measures. It runs once; later calls return at once.
int cgraphviz_text_warm_font(void *context, const char *fontName, double size);
void cgraphviz_text_warm(double boldSize);

// The same text layout, run by the early start's thread (`cgraphviz_text_start_early`) as soon as pango's plugin is
// loaded, before the layout plugins and whoever holds Graphviz's lock: records `fontName` at `size` points as
// `cgraphviz_text_warm_font` does, without a context, and the bold size for that thread. Call it under Graphviz's
// lock (its alias table is not thread-safe), before that thread has loaded pango (the tool's main: from its start);
// returns 1 when the font is recorded. Given later, the warm-up's own `cgraphviz_text_warm` runs it.
int cgraphviz_text_warm_early(const char *fontName, double size, double boldSize);

// Makes the measuring thread's pango context ready (its font map, and a check of each font Graphviz has measured a
// label in), so that the first measuring run starts at once: call it once Graphviz has measured a label, outside the
// Graphviz lock (it waits only for a measuring thread still running).
void cgraphviz_text_prepare(void);

// Starts measuring `count` plain single-line text spans on another thread, each `texts[i]` in font `fonts[i]` at
// `sizes[i]` points, into the cache; the strings are copied. Give them in the order the layout measures them: the
// thread leaves to the layout the font sizes it meets first and loads the others itself. Callable before the Graphviz lock is
// taken, even before the first context is made (the thread then waits for it). Returns 0 when nothing started:
// another render's spans are being measured, or the context measures without the cache. Otherwise the caller
// owns the cache until `cgraphviz_text_end`, which it must call on every path.
int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes);

// From now until `cgraphviz_text_end`, the text layout answers a plain span from the cache when it is there,
// without a pango layout object (`span->layout` NULL): call it under the Graphviz lock, only after a
// `cgraphviz_text_begin` that returned 1, and only for a render whose renderer never draws from that object (every
// one but cairo's); end before the lock is released.
void cgraphviz_text_arm(void);

// Returns once the layout of the render whose spans `cgraphviz_text_begin` was given has asked for as many plain
// spans as that (its text is measured: from the cache or by pango), or `cgraphviz_text_end` was called; at once when
// no render's spans are being measured. Callable from any thread, with or without the Graphviz lock. For tests, sets
// (when not NULL) how many labels the thread had measured and how many spans the cache had answered at that point
// (the last render's when none is running).
void cgraphviz_text_wait(int *measuredAhead, int *fromCache);

// Stops the measuring thread after its current label, waits for it, empties the cache and gives it up.
void cgraphviz_text_end(void);

// For tests: how many spans the last begin/end window answered from the cache, and how many labels its thread
// measured.
int cgraphviz_text_hits(void);
int cgraphviz_text_measured(void);

#endif
