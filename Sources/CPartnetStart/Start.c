// The early start of `partnet`'s drawing commands; see CPartnetStart.h.
#include "CPartnetStart.h"

#include <stdlib.h>
#include <string.h>

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

// glibc hands the main program's constructors the program's argc, argv and environment.
__attribute__((constructor)) static void startEarly(int argc, char **argv, char **environment) {
    (void)environment;
    // For tests and measurements: the warm-up then starts in the tool's main, as in a program that uses the library.
    if (getenv("PARTNET_NO_EARLY_START") != NULL) return;
    if (!laysOut(argc, argv)) return;
    cgraphviz_text_start_early();
}
