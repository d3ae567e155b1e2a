#ifndef PARTNERGRAPH_CPARTNETSTART_H
#define PARTNERGRAPH_CPARTNETSTART_H
// The tool's start before Swift's: a constructor (run by the loader before the program's main) looks at the command
// line and, for a command that lays out a drawing, starts Graphviz's warm-up at once
// (`cgraphviz_text_start_early`): its libraries load here, on the one thread, and fontconfig and pango start on
// threads of their own while the Swift runtime starts and the arguments are parsed. The rules are those of the
// tool's `prepareGraphviz(for:)`: the first argument names `render`, `report` or `_render-worker`, and no argument
// asks for help, the version or a completion script. With PARTNET_NO_EARLY_START set, nothing starts here (the
// tool's main starts the warm-up).
// Nothing here is called: the constructor runs by itself once the target is linked into the tool.

#endif
