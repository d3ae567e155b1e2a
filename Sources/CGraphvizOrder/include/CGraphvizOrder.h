#ifndef PARTNERGRAPH_CGRAPHVIZORDER_H
#define PARTNERGRAPH_CGRAPHVIZORDER_H
// Graphviz's prism overlap removal (`overlap=prism`, and `overlap=false`, which means prism; neato and sfdp) joins
// each node to its neighbours in a Delaunay triangulation of the node centres, which neatogen's `delaunay_tri` gets
// from GTS. GTS hands the edges over in the order of a hash table keyed by their heap addresses, which differ from
// process to process (address randomisation) and from run to run within one (other threads' allocations). The
// smoother then sums each node's terms in that order, so every position differs in its last bits (about 1e-11
// points), and cairo's PNG rounds a glyph or an edge that falls on a pixel's edge either way: the same drawing gave
// different PNG files. Graphviz's own command does the same.
//
// This module defines `delaunay_tri` in the program: on ELF systems an exported definition in the program comes
// before a plugin's own for the plugin's calls through its procedure linkage table (Graphviz's neato plugin calls it
// that way), so the layout gets this one, which calls the plugin's and returns the same edges, each with its lower
// index first, sorted: the same set, so the same drawing, in one order. Nothing here is called from Swift: the
// definition takes effect once the module is linked into a program that exports it (the tool's release build
// exports every symbol; Package.swift's `exportsGraphvizOrder` flags, `-Xlinker --export-dynamic-symbol=delaunay_tri`,
// do it for the tool's debug build and the tests; a program of your own needs them too). Elsewhere it does nothing.

// The number of times the sorted triangulation answered since the process started: for tests, which check that a
// render with prism went through it.
int cgraphviz_order_triangulations(void);

#endif
