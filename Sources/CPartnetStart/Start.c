// The early start of `partnet`'s drawing commands; see CPartnetStart.h.
#include "CPartnetStart.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
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

// The program's writable data (its .data and .bss, and the other writable sections the linker puts between them),
// made private and writable at once while the process has one thread. The Swift runtime writes there the first time
// it meets a type or a conformance (its caches, once-flags, lazily made metadata), about 80 pages in a render, most
// of them on the main thread while the early start's threads run: each such first write (a copy on write, or a page
// of zeros replaced) makes the kernel flush that address from the other core's TLB with an interprocessor interrupt,
// which a virtual machine makes costly. One call here, before any thread exists, flushes nothing. The pages a run
// never writes (about 250 of 340, 1.3 MB) are made too. A kernel without MADV_POPULATE_WRITE refuses the call:
// nothing changes then.
//
// The linker may place the writable `.rodata` of Swift's static libraries (ICU's 34 MB of data among it, never
// written) between .data and .bss instead of before them (it did when the program exported fewer symbols):
// populating it would cost 16 ms. When the range is that large, the sections are read from the program's own
// section headers (the ELF header is mapped at `__ehdr_start`, the headers themselves are read from
// /proc/self/exe) and every writable one but .rodata is populated; when the headers cannot be read, nothing is.
extern const ElfW(Ehdr) __ehdr_start;
extern char __data_start[], _end[];

static void populateRange(uintptr_t start, uintptr_t end, uintptr_t page) {
    start &= ~(page - 1);
    end = (end + page - 1) & ~(page - 1);
    if (end > start) madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}

// At most this much lies between .data's start and .bss's end when the linker put .rodata before them (1.4 MB now).
static const uintptr_t usualDataSize = 8u << 20;

static void populateWritableData(void) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t low = (uintptr_t)__data_start, high = (uintptr_t)_end;
    // The usual layout: no file to read.
    if (high - low <= usualDataSize) {
        populateRange(low, high, page);
        return;
    }
    const ElfW(Ehdr) *header = &__ehdr_start;
    if (header->e_shentsize != sizeof(ElfW(Shdr)) || header->e_shnum == 0 || header->e_shnum > 256
        || header->e_shstrndx >= header->e_shnum)
        return;
    ElfW(Shdr) sections[256];
    char names[2048];
    int file = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (file < 0) return;
    size_t size = header->e_shnum * sizeof(ElfW(Shdr));
    int complete = pread(file, sections, size, (off_t)header->e_shoff) == (ssize_t)size;
    const ElfW(Shdr) *nameSection = &sections[header->e_shstrndx];
    size_t namesSize = nameSection->sh_size < sizeof names ? nameSection->sh_size : sizeof names - 1;
    complete = complete && pread(file, names, namesSize, (off_t)nameSection->sh_offset) == (ssize_t)namesSize;
    close(file);
    if (!complete) return;
    names[namesSize] = 0;
    // Adjacent sections are populated as one range.
    uintptr_t start = 0, end = 0;
    for (int index = 0; index < header->e_shnum; index++) {
        const ElfW(Shdr) *section = &sections[index];
        if ((section->sh_flags & (SHF_ALLOC | SHF_WRITE)) != (SHF_ALLOC | SHF_WRITE) || section->sh_flags & SHF_TLS
            || section->sh_size == 0 || section->sh_addr < low || section->sh_addr >= high)
            continue;
        const char *name = section->sh_name < namesSize ? names + section->sh_name : "";
        if (strcmp(name, ".rodata") == 0) continue;
        uintptr_t from = section->sh_addr, to = section->sh_addr + section->sh_size;
        if (from > end + page) {
            populateRange(start, end, page);
            start = from;
        }
        if (start == 0) start = from;
        if (to > end) end = to;
    }
    populateRange(start, end, page);
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

static void *runBeside(void *argument) {
    besideBody(argument);
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
