#ifndef PARTNERGRAPH_CPARTNETSTART_H
#define PARTNERGRAPH_CPARTNETSTART_H
// The tool's start before Swift's: a constructor (run by the loader before the program's main) looks at the command
// line and, for a command that lays out a drawing, prepares the program's writable data while the process has one
// thread and marks Graphviz's early start as due (`partnet_start_due`). The rules are those of the tool's
// `prepareGraphviz(for:)`: the first argument names `render`, `report` or `_render-worker`, and no argument asks for
// help, the version or a completion script. With PARTNET_NO_EARLY_START set, nothing is due (the tool's main starts
// the warm-up).
//
// The tool's main then starts it (`partnet_start_graphviz`: Graphviz's libraries load on the calling thread, then
// fontconfig and pango start on threads of their own) while its arguments are parsed on a second thread
// (`partnet_beside_start`, `partnet_beside_join`). The loading cannot start that thread in the constructor: the Swift
// runtime's and Foundation's own constructors run after this one.

/// Whether this run lays out a drawing and Graphviz's early start is due (the constructor decided).
int partnet_start_due(void);

/// Starts Graphviz's early start (`cgraphviz_text_start_early`) when it is due; does nothing otherwise.
void partnet_start_graphviz(void);

/// Runs `body(argument)` on a new thread; 0 when no thread could be made (or one runs already): the caller then runs
/// the body itself.
int partnet_beside_start(void (*body)(void *), void *argument);

/// Waits for the thread `partnet_beside_start` made; returns at once when there is none.
void partnet_beside_join(void);

#endif
