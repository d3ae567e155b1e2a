#ifndef PARTNERGRAPH_CFUZZDRIVER_H
#define PARTNERGRAPH_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own main (LLVM 11 and later, in libclang_rt.fuzzer).
/// SwiftPM links every executable with `main` defined as the target's own entry point, so libFuzzer's
/// `main` is never used: each fuzz target's main.swift calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
