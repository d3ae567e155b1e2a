// The early start of `partnet`'s drawing commands; see CPartnetStart.h.
#include "CPartnetStart.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14
#endif

// CGraphvizText's early start (declared in its CGraphvizText.h): the tool links that module through PartnerGraphviz.
void cgraphviz_text_start_early(void);
void cgraphviz_text_practice(void);

// The arguments ArgumentParser answers without running the command (the tool's `answeredWithoutRunning`).
static int answeredWithoutRunning(const char *argument) {
    static const char *const answered[] = {
        "-h", "--help", "-help", "--help-hidden", "-help-hidden", "--version", "--experimental-dump-help",
    };
    for (size_t index = 0; index < sizeof answered / sizeof answered[0]; index++)
        if (strcmp(argument, answered[index]) == 0) return 1;
    return strncmp(argument, "--generate-completion-script", strlen("--generate-completion-script")) == 0;
}

static int laysOut(int argc, char **argv) {
    if (argc < 2 || !argv || !argv[1]) return 0;
    const char *command = argv[1];
    if (strcmp(command, "render") != 0 && strcmp(command, "report") != 0 && strcmp(command, "_render-worker") != 0)
        return 0;
    for (int index = 1; index < argc; index++)
        if (argv[index] && answeredWithoutRunning(argv[index])) return 0;
    return 1;
}

// The program's writable data (.data to the end of .bss; the linker's __data_start and _end), made private and
// writable at once while the process has one thread. The Swift runtime writes there the first time it meets a type
// or a conformance (its caches, once-flags, lazily made metadata), about 80 pages in a render, most of them on the
// main thread while the early start's threads run: each such first write (a copy on write, or a page of zeros
// replaced) makes the kernel flush that address from the other core's TLB with an interprocessor interrupt, which a
// virtual machine makes costly. One call here, before any thread exists, flushes nothing. The pages a run never
// writes (about 250 of 340, 1.3 MB) are made too. A kernel without MADV_POPULATE_WRITE refuses the call: nothing
// changes then.
extern char __data_start[], _end[];

static void populateWritableData(void) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (uintptr_t)__data_start & ~(page - 1);
    uintptr_t end = ((uintptr_t)_end + page - 1) & ~(page - 1);
    if (end > start) madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}

// Whether this run lays out a drawing with the early start (`partnet_start_due`).
static int startDue;

// glibc hands the main program's constructors the program's argc, argv and environment.
__attribute__((constructor)) static void startEarly(int argc, char **argv, char **environment) {
    (void)environment;
    // For tests and measurements: the warm-up then starts in the tool's main, as in a program that uses the library.
    if (getenv("PARTNET_NO_EARLY_START") != NULL) return;
    if (!laysOut(argc, argv)) return;
    populateWritableData();
    startDue = 1;
}

int partnet_start_due(void) { return startDue; }

void partnet_start_graphviz(void) {
    if (startDue) cgraphviz_text_start_early();
}

static pthread_t besideThread;
static int besideRunning;
static void (*besideBody)(void *);

// The body, then, the thread being idle until the loading ends, a practice layout (`cgraphviz_text_practice`).
static void *runBeside(void *argument) {
    besideBody(argument);
    if (startDue) cgraphviz_text_practice();
    return NULL;
}

int partnet_beside_start(void (*body)(void *), void *argument) {
    if (besideRunning) return 0;
    besideBody = body;
    besideRunning = pthread_create(&besideThread, NULL, runBeside, argument) == 0;
    return besideRunning;
}

void partnet_beside_join(void) {
    if (!besideRunning) return;
    pthread_join(besideThread, NULL);
    besideRunning = 0;
}
