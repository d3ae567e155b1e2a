// Graphviz measures every label through its text layout plugin (pango's), one label at a time, inside the layout:
// for a diagram of a hundred labels in fifteen font sizes that is most of a neato run's first third, most of it
// loading each size. This file puts a plugin of its own in front of pango's: it answers from a cache that a second
// thread fills, with a pango context of its own (pango objects are not shared between threads), from before the
// render takes the Graphviz lock while the main thread builds the graph and starts the layout; the thread loads
// the font sizes the layout meets last, the layout those it meets first (`measureAll`), and what the cache does
// not hold yet goes to pango's plugin as before. The cached sizes are pango's own numbers for the same text, font
// description, options and resolution, put into the span as pango's plugin puts them: before a font is used, the
// thread measures a label the plugin measured and compares every field, and a font whose figures differ is never
// answered from the cache. It also starts what the first render would: fontconfig's configuration, the plugins'
// libraries, and pango's plugin on its first label, outside Graphviz's lock.
#define _GNU_SOURCE  // dladdr
#include "CGraphvizText.h"

#if __has_include(<graphviz/gvc.h>)
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <graphviz/textspan.h>

// MARK: - pango, reached by name (no development headers needed; the plugin has loaded the libraries)

typedef struct {
    int x, y, width, height;
} Rectangle;

static struct {
    void *(*font_map_new)(void);
    void *(*create_context)(void *font_map);
    const void *(*get_font_options)(void *context);
    void (*set_font_options)(void *context, const void *options);
    double (*get_resolution)(void *context);
    void (*set_resolution)(void *context, double dpi);
    void *(*layout_get_context)(void *layout);
    const void *(*layout_get_font_description)(void *layout);
    void *(*description_copy)(const void *description);
    void (*description_set_size)(void *description, int size);
    void (*description_set_weight)(void *description, int weight);
    void (*description_free)(void *description);
    void *(*layout_new)(void *context);
    void (*layout_set_text)(void *layout, const char *text, int length);
    void (*layout_set_font_description)(void *layout, const void *description);
    void (*layout_get_extents)(void *layout, Rectangle *ink, Rectangle *logical);
    int (*layout_get_baseline)(void *layout);
    void *(*options_copy)(const void *options);
    void (*object_unref)(void *object);
} pango;

static int loadPango(void) {
    void *library = dlopen("libpangocairo-1.0.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!library) return 0;
    // dlsym on a library's handle searches its dependencies too (pango, gobject, cairo).
#define FIND(field, name) \
    if (!(*(void **)&pango.field = dlsym(library, name))) return 0;
    FIND(font_map_new, "pango_cairo_font_map_new")
    FIND(create_context, "pango_font_map_create_context")
    FIND(get_font_options, "pango_cairo_context_get_font_options")
    FIND(set_font_options, "pango_cairo_context_set_font_options")
    FIND(get_resolution, "pango_cairo_context_get_resolution")
    FIND(set_resolution, "pango_cairo_context_set_resolution")
    FIND(layout_get_context, "pango_layout_get_context")
    FIND(layout_get_font_description, "pango_layout_get_font_description")
    FIND(description_copy, "pango_font_description_copy")
    FIND(description_set_size, "pango_font_description_set_size")
    FIND(description_set_weight, "pango_font_description_set_weight")
    FIND(description_free, "pango_font_description_free")
    FIND(layout_new, "pango_layout_new")
    FIND(layout_set_text, "pango_layout_set_text")
    FIND(layout_set_font_description, "pango_layout_set_font_description")
    FIND(layout_get_extents, "pango_layout_get_extents")
    FIND(layout_get_baseline, "pango_layout_get_baseline")
    FIND(options_copy, "cairo_font_options_copy")
    FIND(object_unref, "g_object_unref")
#undef FIND
    return 1;
}

// MARK: - The figures of one span

typedef struct {
    double width, height, baseline, centerline;
    int ok;  // the plugin's return value: false when pango gives no width (Graphviz then estimates)
} Figures;

static Figures spanFigures(const textspan_t *span, int ok) {
    Figures figures = {span->size.x, span->size.y, span->yoffset_layout, span->yoffset_centerline, ok};
    return figures;
}

static int sameFigures(Figures a, Figures b) {
    return a.width == b.width && a.height == b.height && a.baseline == b.baseline && a.centerline == b.centerline
        && a.ok == b.ok;
}

// The figures pango's plugin (Graphviz 2.42 and later) sets on a plain span: the logical width in points rounded
// up, a height of 1.1 times the font size, the baseline in points and a fifth of the size below the midline.
static Figures measure(void *context, const void *description, const char *text, double size) {
    const double scale = 72.0 / (96.0 * 1024);
    void *layout = pango.layout_new(context);
    pango.layout_set_text(layout, text, -1);
    pango.layout_set_font_description(layout, description);
    Rectangle logical;
    pango.layout_get_extents(layout, NULL, &logical);
    Figures figures;
    figures.width = (int)(logical.width * scale + 1);
    figures.height = (int)(size * 1.1 + .5);
    figures.baseline = pango.layout_get_baseline(layout) * scale;
    figures.centerline = 0.2 * size;
    figures.ok = logical.width != 0;
    pango.object_unref(layout);
    return figures;
}

// MARK: - State (under `mutex`)

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
// Signalled when the layout has asked for every span or the render ends: only `cgraphviz_text_wait` waits on it (on
// `changed`, signalled at every label, it would wake for each one).
static pthread_cond_t textDone = PTHREAD_COND_INITIALIZER;
// Held around every use of pango's plugin and of its pango context (its calls, the freeing of the layouts it makes,
// reading its settings): the warm-up measures its first label outside Graphviz's lock (`cgraphviz_text_warm`),
// beside a render that may be measuring, drawing (cairo's renderers draw pango's layouts: `cgraphviz_text_hold`) or
// freeing. Taken after `mutex` when both are held; recursive, for a plugin call or a freeing inside a hold.
static pthread_mutex_t pluginMutex = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

// A font as pango's plugin described it the first time it measured a plain span in it, with that span.
typedef struct Font {
    struct Font *next;
    char *name;
    void *description;  // pango's font description (its size is set per label on a copy)
    char *referenceText;
    double referenceSize;
    Figures reference;
    int verdict;  // 0 not checked yet, 1 the thread's figures agree, -1 they differ: never cached
} Font;

static Font *fonts;
static int fontGeneration;  // counts captured fonts: the measuring thread waits for a new one

// A font at one size, and which of the two font maps has loaded it (pango's plugin's, on the layout's thread; the
// measuring thread's own): loading a size (fontconfig's match, FreeType's face and hinting at that size) costs
// half a millisecond, shaping a label in a loaded size a few hundredths. The measuring thread leaves the sizes the
// plugin has to the layout and loads the others itself, so that each size is loaded once, on one of the two cores.
// Kept for the process's life, like the font maps.
typedef struct Size {
    struct Size *next;
    char *font;
    double size;
    int inPlugin, inThread;
    int seen;   // while the measuring thread finds each item's first size, then whether pass 2 has taken it
    int count;  // the render's items in this size (set by the measuring thread)
} Size;

enum { sizeBucketCount = 256 };
static Size *sizeBuckets[sizeBucketCount];
static const void *capturedOptions;  // a copy of the plugin's cairo font options
static double capturedResolution;

enum { claimed, pending, done, failed };

typedef struct Entry {
    struct Entry *next;
    char *text;
    char *font;
    double size;
    int state;  // claimed: the main thread measures it; pending: the thread does; done; failed (not cached)
    Figures figures;
} Entry;

enum { bucketCount = 1024 };
static Entry *buckets[bucketCount];

static int owned;   // between begin and end: a render's measuring thread and labels
static int active;  // between arm and end: the text layout answers from the cache
static int stopping;
static int expected;  // how many spans the measuring thread was given (since the last begin)
static int asked;     // plain spans the layout has asked for since it was armed
static int hits, measured;
static pthread_t thread;
static int threadRunning;
static int itemCount;
static char **itemTexts, **itemFonts;
static double *itemSizes;
static Size **itemSizeRecords;  // each item's size record (NULL when memory ran out), set by the thread
static char *itemIsFirst;       // whether the item is the first in its font and size

static gvtextlayout_engine_t *pangoEngine;
static int decided;    // whether the first context has been made (and with it `installed` set)
static int installed;  // whether that context measures through the cache

static unsigned bucketOf(const char *text, const char *font, double size) {
    uint64_t hash = 1469598103934665603ull;
    for (const char *c = text; *c; c++) hash = (hash ^ (unsigned char)*c) * 1099511628211ull;
    for (const char *c = font; *c; c++) hash = (hash ^ (unsigned char)*c) * 1099511628211ull;
    uint64_t bits;
    memcpy(&bits, &size, sizeof bits);
    hash = (hash ^ bits) * 1099511628211ull;
    return (unsigned)(hash % bucketCount);
}

static Entry *find(const char *text, const char *font, double size) {
    for (Entry *entry = buckets[bucketOf(text, font, size)]; entry; entry = entry->next)
        if (entry->size == size && strcmp(entry->text, text) == 0 && strcmp(entry->font, font) == 0) return entry;
    return NULL;
}

static Entry *insert(const char *text, const char *font, double size, int state) {
    Entry *entry = calloc(1, sizeof *entry);
    if (!entry) return NULL;
    entry->text = strdup(text);
    entry->font = strdup(font);
    if (!entry->text || !entry->font) {
        free(entry->text);
        free(entry->font);
        free(entry);
        return NULL;
    }
    entry->size = size;
    entry->state = state;
    unsigned bucket = bucketOf(text, font, size);
    entry->next = buckets[bucket];
    buckets[bucket] = entry;
    return entry;
}

static void emptyCache(void) {
    for (int bucket = 0; bucket < bucketCount; bucket++) {
        Entry *entry = buckets[bucket];
        while (entry) {
            Entry *next = entry->next;
            free(entry->text);
            free(entry->font);
            free(entry);
            entry = next;
        }
        buckets[bucket] = NULL;
    }
}

// The record of `font` at `size`, made when missing (NULL only when memory runs out). Under `mutex`.
static Size *sizeOf(const char *font, double size) {
    unsigned bucket = bucketOf("", font, size) % sizeBucketCount;
    for (Size *entry = sizeBuckets[bucket]; entry; entry = entry->next)
        if (entry->size == size && strcmp(entry->font, font) == 0) return entry;
    Size *entry = calloc(1, sizeof *entry);
    if (!entry || !(entry->font = strdup(font))) {
        free(entry);
        return NULL;
    }
    entry->size = size;
    entry->next = sizeBuckets[bucket];
    sizeBuckets[bucket] = entry;
    return entry;
}

static Font *findFont(const char *name) {
    for (Font *font = fonts; font; font = font->next)
        if (strcmp(font->name, name) == 0) return font;
    return NULL;
}

// MARK: - The plugin

static int isPlain(const textspan_t *span) {
    return span->str && span->font && span->font->name && span->font->flags == 0;
}

// Keeps what the measuring thread needs from a span pango's plugin just measured: its context's options and
// resolution (once), and the font's description with this span as the font's reference. Under `mutex`.
static void capture(const textspan_t *span, Figures figures) {
    if (!span->layout || !isPlain(span) || findFont(span->font->name)) return;
    pthread_mutex_lock(&pluginMutex);
    if (!capturedOptions) {
        void *context = pango.layout_get_context(span->layout);
        capturedOptions = pango.options_copy(pango.get_font_options(context));
        capturedResolution = pango.get_resolution(context);
    }
    void *description = capturedOptions ? pango.description_copy(pango.layout_get_font_description(span->layout)) : NULL;
    pthread_mutex_unlock(&pluginMutex);
    if (!capturedOptions) return;
    Font *font = calloc(1, sizeof *font);
    if (!font) return;  // a description copied without the rest stays: a few bytes, once
    font->name = strdup(span->font->name);
    font->referenceText = strdup(span->str);
    font->description = description;
    if (!font->name || !font->referenceText || !font->description) {
        free(font->name);
        free(font->referenceText);
        free(font);  // a description copied without the rest stays: a few bytes, once
        return;
    }
    font->referenceSize = span->font->size;
    font->reference = figures;
    font->next = fonts;
    fonts = font;
    fontGeneration++;
    pthread_cond_broadcast(&changed);
}

// Counts a span the layout asked for, once answered: when it has asked for as many as the thread was given, its text
// is measured, and a waiter (`cgraphviz_text_wait`) is told. Under `mutex`.
static void answered(void) {
    if (++asked == expected) pthread_cond_broadcast(&textDone);
}

static void (*pluginFreeLayout)(void *layout);
static int dryRun;  // under Graphviz's lock: the plugin answers "no layout" without calling pango

static void lockedFreeLayout(void *layout) {
    pthread_mutex_lock(&pluginMutex);
    pluginFreeLayout(layout);
    pthread_mutex_unlock(&pluginMutex);
}

// pango's plugin on `span`, holding `pluginMutex`; the span's layout is then freed holding it too.
static void waitForFontconfig(void);

static boolean pluginTextLayout(textspan_t *span, char **fontpath) {
    if (dryRun) return FALSE;
    waitForFontconfig();
    pthread_mutex_lock(&pluginMutex);
    boolean ok = pangoEngine->textlayout(span, fontpath);
    pthread_mutex_unlock(&pluginMutex);
    if (span->free_layout && span->free_layout != lockedFreeLayout) {
        pluginFreeLayout = span->free_layout;
        span->free_layout = lockedFreeLayout;
    }
    return ok;
}

static boolean cachedTextLayout(textspan_t *span, char **fontpath) {
    Entry *claim = NULL;
    int plain = isPlain(span);
    int counted = 0;
    pthread_mutex_lock(&mutex);
    if (active && plain) {
        counted = 1;
        Entry *entry = find(span->str, span->font->name, span->font->size);
        while (entry && entry->state == pending) pthread_cond_wait(&changed, &mutex);
        if (entry && entry->state == done) {
            span->size.x = entry->figures.width;
            span->size.y = entry->figures.height;
            span->yoffset_layout = entry->figures.baseline;
            span->yoffset_centerline = entry->figures.centerline;
            span->layout = NULL;
            span->free_layout = NULL;
            hits++;
            answered();
            pthread_mutex_unlock(&mutex);
            return TRUE;
        }
        if (!entry) claim = insert(span->str, span->font->name, span->font->size, claimed);
    }
    pthread_mutex_unlock(&mutex);

    boolean ok = pluginTextLayout(span, fontpath);

    if (plain && !dryRun) {
        Figures figures = spanFigures(span, ok);
        pthread_mutex_lock(&mutex);
        Size *loaded = sizeOf(span->font->name, span->font->size);
        if (loaded) loaded->inPlugin = 1;
        capture(span, figures);
        if (claim) {
            claim->figures = figures;
            claim->state = ok ? done : failed;
        }
        if (counted) answered();
        pthread_mutex_unlock(&mutex);
    } else if (counted) {
        pthread_mutex_lock(&mutex);
        answered();
        pthread_mutex_unlock(&mutex);
    }
    return ok;
}

static gvtextlayout_engine_t cachedEngine = {cachedTextLayout};
// Quality 100: ahead of pango's plugin (10), so that Graphviz selects this one for "textlayout".
static gvplugin_installed_t cachedTypes[] = {{0, "textlayout", 100, &cachedEngine, NULL}, {0, NULL, 0, NULL, NULL}};
static gvplugin_api_t cachedApis[] = {{API_textlayout, cachedTypes}, {(api_t)0, NULL}};
static gvplugin_library_t cachedLibrary = {"partnet_text", cachedApis};
static lt_symlist_t builtins[] = {{"gvplugin_partnet_text_LTX_library", &cachedLibrary}, {NULL, NULL}};

// The folder where Graphviz looks for its plugins: GVBINDIR, else the `graphviz` folder beside libgvc. False when
// it cannot be told (or does not fit `folder`, of `size` bytes with room for a file name).
static int pluginFolder(char *folder, size_t size) {
    const char *bindir = getenv("GVBINDIR");
    if (bindir) {
        if (strlen(bindir) >= size - 64) return 0;
        strcpy(folder, bindir);
        return 1;
    }
    Dl_info info;
    if (!dladdr((void *)gvContext, &info) || !info.dli_fname) return 0;
    const char *slash = strrchr(info.dli_fname, '/');
    size_t length = slash ? (size_t)(slash - info.dli_fname) : 0;
    if (!slash || length >= size - 64) return 0;
    memcpy(folder, info.dli_fname, length);
    strcpy(folder + length, "/graphviz");
    return 1;
}

// Opens plugin library `stem` (`libgvplugin_<stem>.so` with the version numbers Graphviz 2.42 to 9 give it) in
// `folder`; NULL when none is there. The library stays loaded.
static void *openPlugin(const char *folder, const char *stem) {
    static const char *suffixes[] = {".so.6", ".so.8", ".so"};
    for (size_t index = 0; index < sizeof suffixes / sizeof suffixes[0]; index++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/libgvplugin_%s%s", folder, stem, suffixes[index]);
        void *plugin = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (plugin) return plugin;
    }
    return NULL;
}

// pango's text layout engine from its plugin library, found where Graphviz looks for plugins.
static gvtextlayout_engine_t *findPangoEngine(void) {
    char folder[4096];
    if (!pluginFolder(folder, sizeof folder)) return NULL;
    void *plugin = openPlugin(folder, "pango");
    gvplugin_library_t *library = plugin ? dlsym(plugin, "gvplugin_pango_LTX_library") : NULL;
    if (!library) return NULL;
    for (gvplugin_api_t *api = library->apis; api && api->types; api++) {
        if (api->api != API_textlayout) continue;
        for (gvplugin_installed_t *type = api->types; type->type; type++) {
            gvtextlayout_engine_t *engine = type->engine;
            if (strcmp(type->type, "textlayout") == 0 && engine && engine->textlayout) return engine;
        }
    }
    return NULL;
}

// pango's plugin and pango's functions, looked for once in the process (thread-safe).
static pthread_once_t pangoSearch = PTHREAD_ONCE_INIT;
static int pangoFound;

static void findPango(void) {
    if (getenv("PARTNET_NO_TEXT_CACHE") != NULL) return;
    pangoEngine = findPangoEngine();
    pangoFound = pangoEngine && loadPango();
}

void cgraphviz_text_preload(const char *layoutPlugin) {
    pthread_once(&pangoSearch, findPango);
    char folder[4096];
    if (!pluginFolder(folder, sizeof folder)) return;
    openPlugin(folder, "core");
    if (layoutPlugin) openPlugin(folder, layoutPlugin);
}

// Graphviz's plugin folder, found ahead by the early start. Without GVBINDIR, Graphviz finds the folder by reading
// /proc/self/maps for libgvc's line (gvconfig_libdir, when the first context is made) and keeps it. Graphviz's own
// command makes its context before loading anything, and the kernel writes it a short table; here the first
// context comes after the warm-up has loaded some fifty libraries and started threads, and writing that table
// took about half a millisecond of CPU before the layout. The early start asks for the folder first, before
// the plugins' libraries, while the table is short (Graphviz's own function, which keeps what it finds: the same
// folder), and before any other thread exists (the function is not thread-safe).

// Asks Graphviz for its plugin folder (found by name: it is not in Graphviz's installed headers). The function
// reads only `common.verbose` of its argument, to print the folder: a zeroed context prints nothing.
static void findPluginFolder(void) {
    static char zeroedContext[4096] __attribute__((aligned(16)));
    char *(*libdir)(GVC_t *) = (char *(*)(GVC_t *))dlsym(RTLD_DEFAULT, "gvconfig_libdir");
    if (libdir && !getenv("GVBINDIR")) libdir((GVC_t *)(void *)zeroedContext);
}

void *cgraphviz_text_context(void) {
    if (!decided) {
        pthread_once(&pangoSearch, findPango);
        // A measuring thread started before the context existed waits for this.
        pthread_mutex_lock(&mutex);
        installed = pangoFound;
        decided = 1;
        pthread_cond_broadcast(&changed);
        pthread_mutex_unlock(&mutex);
    }
    return installed ? gvContextPlugins(builtins, 1) : gvContext();
}

int cgraphviz_text_installed(void) { return installed; }

void cgraphviz_text_hold(int hold) {
    if (hold)
        pthread_mutex_lock(&pluginMutex);
    else
        pthread_mutex_unlock(&pluginMutex);
}

// fontconfig's early start: 0 not started, 1 claimed (running on `fontconfigThread`, or that thread about to be made
// by the early start's thread), 2 done or given up. pango's first font map waits for it (`waitForFontconfig`):
// started alongside, pango's own thread would load the same configuration again.
static int fontconfigState;
static int fontconfigThreadMade;  // whether `fontconfigThread` is to be joined
static pthread_t fontconfigThread;

// fontconfig's start, found by `findFontconfig`: NULL when the library is not there.
typedef int (*FontconfigStart)(void);

// fontconfig's functions, reached by name (no development headers needed), for `leanFontconfigStart`.
static struct {
    int (*init)(void);
    int (*version)(void);
    void *(*create)(void);
    int (*parseAndLoad)(void *config, const char *file, int complain);
    int (*buildFonts)(void *config);
    int (*setCurrent)(void *config);
    void (*destroy)(void *config);
    void *(*cacheDirs)(void *config);
    const char *(*next)(void *list);
    void (*listDone)(void *list);
} fontconfig;

// FcInit's configuration, less one step a drawing never uses. FcInit parses the configuration the system and the
// user give (fonts.conf, with conf.d and the user's files it includes), maps the font caches of the folders it names,
// and then (fontconfig 2.13.1 and later) also parses every template in fontconfig's conf.avail folder, enabled or
// not, only to list their descriptions (fc-conflist): those files add no rule to matching (rules of a file parsed
// that way are kept disabled), and here they were some forty of the seventy files read, about a third of FcInit's
// time. This makes the configuration FcInit makes, from the same files by the same public calls, without that list,
// and makes it the current one, which pango's FcInit then finds. Anything unusual gets FcInit itself: FC_DEBUG set
// (FcInit reads it first), a configuration that fails to load, or one naming no cache folder (FcInit adds default
// folders and warns); fontconfig's messages about a broken configuration may then appear twice.
static int leanFontconfigStart(void) {
    if (getenv("FC_DEBUG") != NULL) return fontconfig.init();
    void *config = fontconfig.create();
    if (!config) return fontconfig.init();
    void *folders = NULL;
    int usable = fontconfig.parseAndLoad(config, NULL, 1) && (folders = fontconfig.cacheDirs(config)) != NULL
        && fontconfig.next(folders) != NULL;
    if (folders) fontconfig.listDone(folders);
    usable = usable && fontconfig.buildFonts(config) && fontconfig.setCurrent(config);
    // The current configuration holds its own reference (or FcInit's below makes one).
    fontconfig.destroy(config);
    return usable ? 1 : fontconfig.init();
}

static FontconfigStart findFontconfig(void) {
    // The library stays loaded: pango's libraries link it and find it here.
    void *library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library || !(*(void **)&fontconfig.init = dlsym(library, "FcInit"))) return NULL;
#define FIND(field, name) \
    if (!(*(void **)&fontconfig.field = dlsym(library, name))) return fontconfig.init;
    FIND(version, "FcGetVersion")
    FIND(create, "FcConfigCreate")
    FIND(parseAndLoad, "FcConfigParseAndLoad")
    FIND(buildFonts, "FcConfigBuildFonts")
    FIND(setCurrent, "FcConfigSetCurrent")
    FIND(destroy, "FcConfigDestroy")
    FIND(cacheDirs, "FcConfigGetCacheDirs")
    FIND(next, "FcStrListNext")
    FIND(listDone, "FcStrListDone")
#undef FIND
    // Before 2.13.1 FcInit reads no templates. The lean start replaces the current configuration should another
    // thread have made one meanwhile (pango's FcInit, when the text layout does not wait for this start): safe only
    // where fontconfig's calls hold a reference to the configuration they use, which its 2.13.9x releases made so.
    return fontconfig.version() >= 21393 ? leanFontconfigStart : fontconfig.init;
}

static void fontconfigEnded(void) {
    pthread_mutex_lock(&mutex);
    fontconfigState = 2;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&mutex);
}

// The thread's argument: FcInit found already (the early start), or NULL to find it here.
static void *loadFontconfig(void *found) {
    FontconfigStart initialise = found ? *(FontconfigStart *)found : findFontconfig();
    free(found);
    if (initialise) initialise();
    fontconfigEnded();
    return NULL;
}

// Claims the start: true when the caller is to run it (`runFontconfig`), false when it was claimed already.
static int claimFontconfig(void) {
    pthread_mutex_lock(&mutex);
    int claimed = fontconfigState == 0;
    if (claimed) fontconfigState = 1;
    pthread_mutex_unlock(&mutex);
    return claimed;
}

// Runs a claimed start on its thread, with FcInit found already (`found`, which the thread frees) or NULL to find it
// there; gives the start up when the thread cannot be made (pango then loads the configuration itself).
static void runFontconfig(FontconfigStart *found) {
    pthread_mutex_lock(&mutex);
    fontconfigThreadMade = 1;
    pthread_mutex_unlock(&mutex);
    if (pthread_create(&fontconfigThread, NULL, loadFontconfig, found) == 0) return;
    free(found);
    pthread_mutex_lock(&mutex);
    fontconfigThreadMade = 0;
    pthread_mutex_unlock(&mutex);
    fontconfigEnded();
}

void cgraphviz_text_start_fontconfig(void) {
    if (claimFontconfig()) runFontconfig(NULL);
}

// Returns once the early start has ended (at once when there is none). Not under `mutex`.
static void waitForFontconfig(void) {
    pthread_mutex_lock(&mutex);
    while (fontconfigState == 1) pthread_cond_wait(&changed, &mutex);
    pthread_mutex_unlock(&mutex);
}

void cgraphviz_text_wait_fontconfig(void) {
    waitForFontconfig();
    static pthread_mutex_t joining = PTHREAD_MUTEX_INITIALIZER;
    static int joined;
    pthread_mutex_lock(&joining);
    pthread_mutex_lock(&mutex);
    int join = fontconfigState == 2 && fontconfigThreadMade && !joined;
    pthread_mutex_unlock(&mutex);
    if (join) {
        pthread_join(fontconfigThread, NULL);
        joined = 1;
    }
    pthread_mutex_unlock(&joining);
}

// MARK: - The warm-up's text layout, outside Graphviz's lock

// pango's plugin declares no header for this (libgvc's common/render.h): Graphviz's measuring of one span.
extern pointf textspan_size(GVC_t *gvc, textspan_t *span);

static void earlyFontReady(void);

// The warm-up's font, its PostScript alias resolved by Graphviz; whether its text layout has run (or runs), and the
// bold size the early start's thread warms it with. Under `warmMutex`; `warmFont` is not changed once set.
static pthread_mutex_t warmMutex = PTHREAD_MUTEX_INITIALIZER;
static textfont_t *warmFont;
static int warmStarted;
static double earlyBoldSize;

// `fontName` at `size` points as Graphviz resolves it, measured with `context` (under Graphviz's lock), whose text
// layout is this file's when `declines` (it then declines, without calling pango). NULL when memory runs out.
static textfont_t *resolvedFont(void *context, const char *fontName, double size, int declines) {
    textfont_t *font = calloc(1, sizeof *font);
    if (!font || !(font->name = strdup(fontName))) {
        free(font);
        return NULL;
    }
    font->size = size;
    textspan_t span;
    memset(&span, 0, sizeof span);
    span.str = "Ag";
    span.font = font;
    span.just = 'n';
    // Graphviz resolves the alias (a table of its own) and asks the text layout, which declines: it estimates.
    if (declines) dryRun = 1;
    textspan_size(context, &span);
    if (declines) dryRun = 0;
    return font;
}

int cgraphviz_text_warm_font(void *context, const char *fontName, double size) {
    if (!installed || !context || !fontName || size < 1) return 0;
    pthread_mutex_lock(&warmMutex);
    if (!warmFont) warmFont = resolvedFont(context, fontName, size, 1);
    int recorded = warmFont != NULL;
    pthread_mutex_unlock(&warmMutex);
    return recorded;
}

int cgraphviz_text_warm_early(const char *fontName, double size, double boldSize) {
    // A zeroed context, as for the plugin folder (`findPluginFolder`): it has no text layout, so Graphviz resolves
    // the alias and estimates, reading nothing else of it.
    static char zeroedContext[4096] __attribute__((aligned(16)));
    if (!fontName || size < 1) return 0;
    pthread_mutex_lock(&warmMutex);
    if (!warmFont) warmFont = resolvedFont(zeroedContext, fontName, size, 0);
    int recorded = warmFont != NULL;
    if (recorded && !warmStarted) earlyBoldSize = boldSize;
    pthread_mutex_unlock(&warmMutex);
    if (recorded) earlyFontReady();
    return recorded;
}

// The early start's thread, pango's plugin found: the warm-up's text layout, when its font was given by then.
static void warmEarly(void) {
    pthread_mutex_lock(&warmMutex);
    int given = warmFont != NULL && earlyBoldSize > 0;
    double boldSize = earlyBoldSize;
    pthread_mutex_unlock(&warmMutex);
    if (given && pangoFound) cgraphviz_text_warm(boldSize);
}

void cgraphviz_text_warm(double boldSize) {
    // Once: the early start's thread may have run it already (or be running it).
    pthread_mutex_lock(&warmMutex);
    int first = warmFont != NULL && !warmStarted;
    if (first) warmStarted = 1;
    pthread_mutex_unlock(&warmMutex);
    if (!first || !pangoFound) return;
    textspan_t span;
    memset(&span, 0, sizeof span);
    span.str = "Ag";
    span.font = warmFont;
    span.just = 'n';
    boolean ok = pluginTextLayout(&span, NULL);
    // The font is known to the measuring thread at once, before the bold face: the thread waits for it to make its
    // context and start loading the graph's sizes, beside the bold face's load.
    pthread_mutex_lock(&mutex);
    Size *loaded = sizeOf(warmFont->name, warmFont->size);
    if (loaded) loaded->inPlugin = 1;
    capture(&span, spanFigures(&span, ok));
    pthread_mutex_unlock(&mutex);
    if (span.layout && boldSize >= 1) {
        // The bold face in the plugin's font map too, at `boldSize`: the legend's title, the first label the layout
        // measures, is bold in it. The plugin asks pango for the same description with a bold weight (its markup),
        // so this loads the font the plugin will use; the figures are the plugin's own whatever this does.
        pthread_mutex_lock(&pluginMutex);
        void *bold = pango.description_copy(pango.layout_get_font_description(span.layout));
        pango.description_set_weight(bold, 700);
        pango.description_set_size(bold, (int)(boldSize * 1024));
        void *layout = pango.layout_new(pango.layout_get_context(span.layout));
        pango.layout_set_text(layout, "Ag", -1);
        pango.layout_set_font_description(layout, bold);
        Rectangle logical;
        pango.layout_get_extents(layout, NULL, &logical);
        pango.object_unref(layout);
        pango.description_free(bold);
        pthread_mutex_unlock(&pluginMutex);
    }
    if (span.layout && span.free_layout) span.free_layout(span.layout);
}

// MARK: - The measuring thread

// The thread's own pango context: made once, then used by one thread at a time, holding `contextMutex` (the
// measuring thread for its whole run, `cgraphviz_text_prepare` while it makes it ready).
static pthread_mutex_t contextMutex = PTHREAD_MUTEX_INITIALIZER;
static void *threadContext;

// Whether this thread holds `contextMutex`: the fonts pango makes for it are the thread's context's.
static __thread int usingThreadContext;

static void takeContext(void) {
    pthread_mutex_lock(&contextMutex);
    usingThreadContext = 1;
}

static void releaseContext(void) {
    usingThreadContext = 0;
    pthread_mutex_unlock(&contextMutex);
}

// MARK: - A font file of the thread's own

// cairo keeps one FreeType face per font file, whatever the size and the font map, shared by every thread: it locks
// the face for each glyph it loads and sets the face to the glyph's size first (for a TrueType font, FreeType then
// runs the font's size program). The layout's thread (pango's plugin) and the measuring thread measure in the same
// file at different sizes, so each took the face from the other, waited for it, and set its size again, glyph after
// glyph: traced, ~27 sleeps on that lock a report. cairo tells files apart by their path as written, so the thread's
// fonts name their file with a "./" before the file's name: cairo opens it again, as a face of the thread's own. The
// figures are FreeType's for the same file and options (and each font's reference label is still compared).
// pango's cairo font map calls this (through the program's exported symbols, ahead of cairo's) when a font is
// first drawn or measured, on the thread that uses it; any other caller gets cairo's own at once.
typedef void *(*FacesForPattern)(void *pattern);
void *cairo_ft_font_face_create_for_pattern(void *pattern);
static FacesForPattern cairoFaceForPattern;
static struct {
    void *(*duplicate)(const void *pattern);
    int (*getString)(const void *pattern, const char *object, int index, char **value);
    int (*del)(void *pattern, const char *object);
    int (*addString)(void *pattern, const char *object, const char *value);
    void (*destroy)(void *pattern);
} fc;
static pthread_once_t faceSearch = PTHREAD_ONCE_INIT;
static int faceFound;

static void findFaceFunctions(void) {
    // cairo's own: in cairo (loaded by pango's plugin, or by whoever calls this), else next after this program.
    void *cairo = dlopen("libcairo.so.2", RTLD_NOW | RTLD_NOLOAD);
    if (cairo) *(void **)&cairoFaceForPattern = dlsym(cairo, "cairo_ft_font_face_create_for_pattern");
    if (!cairoFaceForPattern)
        *(void **)&cairoFaceForPattern = dlsym(RTLD_NEXT, "cairo_ft_font_face_create_for_pattern");
    void *fontconfig = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_NOLOAD);
    if (!fontconfig) return;
    *(void **)&fc.duplicate = dlsym(fontconfig, "FcPatternDuplicate");
    *(void **)&fc.getString = dlsym(fontconfig, "FcPatternGetString");
    *(void **)&fc.del = dlsym(fontconfig, "FcPatternDel");
    *(void **)&fc.addString = dlsym(fontconfig, "FcPatternAddString");
    *(void **)&fc.destroy = dlsym(fontconfig, "FcPatternDestroy");
    faceFound = cairoFaceForPattern && cairoFaceForPattern != (FacesForPattern)cairo_ft_font_face_create_for_pattern
        && fc.duplicate && fc.getString && fc.del && fc.addString && fc.destroy;
}

void *cairo_ft_font_face_create_for_pattern(void *pattern) {
    pthread_once(&faceSearch, findFaceFunctions);
    if (!cairoFaceForPattern || cairoFaceForPattern == (FacesForPattern)cairo_ft_font_face_create_for_pattern)
        return NULL;  // not reached: whoever calls this has loaded cairo
    char *file = NULL;
    if (!usingThreadContext || !faceFound || !pattern || fc.getString(pattern, "file", 0, &file) != 0 || !file)
        return cairoFaceForPattern(pattern);
    const char *slash = strrchr(file, '/');
    size_t length = strlen(file);
    char *own = slash ? malloc(length + 3) : NULL;
    void *copy = own ? fc.duplicate(pattern) : NULL;
    if (!copy) {
        free(own);
        return cairoFaceForPattern(pattern);
    }
    size_t folder = (size_t)(slash - file) + 1;
    memcpy(own, file, folder);
    memcpy(own + folder, "./", 2);
    memcpy(own + folder + 2, slash + 1, length - folder + 1);
    int renamed = fc.del(copy, "file") && fc.addString(copy, "file", own);
    void *face = cairoFaceForPattern(renamed ? copy : pattern);
    fc.destroy(copy);
    free(own);
    return face;
}

// MARK: - pango's font matching on the thread that asks for it

// pango 1.50 and later look each new font pattern up (a family, style and size: about sixteen in a drawing, in each
// font map) on two threads made for it, named "[pango] FcFontSetMatch" and "[pango] FcFontSetSort": the asking
// thread waits for the first (the best font) and, for a character its font lacks, for the second (the fallbacks).
// Traced in Graphviz's own neato on the Rabat network: 34 threads in a run. A thread costs its creation and end, its
// start on a core, and the asking thread's wake-up; on two cores shared by the layout, the measuring thread and the
// main thread, it also waits for a core. GLib's `g_thread_new` is reached through the program's exported symbols,
// ahead of GLib's: for those two names the lookup runs at once on the asking thread, which then holds the result
// when it looks (each body stores it under the pattern's lock and signals it, as it does from its own thread); the
// thread returned is the caller's own, with a reference for pango's `g_thread_unref`. Same fonts, same figures: the
// lookups are fontconfig's, on another thread. Every other thread is GLib's, as asked.
typedef void *(*ThreadBody)(void *data);
void *g_thread_new(const char *name, ThreadBody body, void *data);
static struct {
    void *(*create)(const char *name, ThreadBody body, void *data);
    void *(*self)(void);
    void *(*ref)(void *thread);
} glibThreads;
static pthread_once_t threadSearch = PTHREAD_ONCE_INIT;

static void findThreadFunctions(void) {
    // GLib's own: in GLib (loaded by whoever calls this), else next after this program.
    void *glib = dlopen("libglib-2.0.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (glib) {
        *(void **)&glibThreads.create = dlsym(glib, "g_thread_new");
        *(void **)&glibThreads.self = dlsym(glib, "g_thread_self");
        *(void **)&glibThreads.ref = dlsym(glib, "g_thread_ref");
    }
    if (!glibThreads.create) *(void **)&glibThreads.create = dlsym(RTLD_NEXT, "g_thread_new");
    if (glibThreads.create == (void *(*)(const char *, ThreadBody, void *))g_thread_new) glibThreads.create = NULL;
}

void *g_thread_new(const char *name, ThreadBody body, void *data) {
    pthread_once(&threadSearch, findThreadFunctions);
    int lookup = name && (strcmp(name, "[pango] FcFontSetMatch") == 0 || strcmp(name, "[pango] FcFontSetSort") == 0);
    if (lookup && body && glibThreads.self && glibThreads.ref) {
        body(data);
        return glibThreads.ref(glibThreads.self());
    }
    if (!glibThreads.create) {
        fprintf(stderr, "partnet: GLib's g_thread_new not found\n");  // not reached: whoever calls this has loaded GLib
        abort();
    }
    return glibThreads.create(name, body, data);
}

// Makes the context once the plugin's options are known (set as the plugin's, captured from its context). Holding
// `contextMutex` and `mutex`; releases `mutex` while pango works.
static void makeContext(void) {
    if (threadContext || !capturedOptions) return;
    const void *options = capturedOptions;
    double resolution = capturedResolution;
    pthread_mutex_unlock(&mutex);
    void *context = pango.create_context(pango.font_map_new());
    pango.set_font_options(context, options);
    pango.set_resolution(context, resolution);
    pthread_mutex_lock(&mutex);
    threadContext = context;
}

// Compares the context's figures for the font's reference label with the plugin's. Holding `contextMutex` and
// `mutex`, the context made; releases `mutex` while pango works.
static void judge(Font *font) {
    if (font->verdict != 0) return;
    pthread_mutex_unlock(&mutex);
    void *description = pango.description_copy(font->description);
    pango.description_set_size(description, (int)(font->referenceSize * 1024));
    Figures figures = measure(threadContext, description, font->referenceText, font->referenceSize);
    pango.description_free(description);
    pthread_mutex_lock(&mutex);
    font->verdict = sameFigures(figures, font->reference) ? 1 : -1;
    Size *loaded = sizeOf(font->name, font->referenceSize);
    if (loaded) loaded->inThread = 1;
}

void cgraphviz_text_prepare(void) {
    if (!installed) return;
    takeContext();
    pthread_mutex_lock(&mutex);
    makeContext();
    if (threadContext)
        for (Font *font = fonts; font; font = font->next) judge(font);
    pthread_mutex_unlock(&mutex);
    releaseContext();
}

// The font of item `index` when the thread may measure in it: captured from the plugin and found to agree (judged
// here the first time, which loads its reference size). NULL otherwise; `*unknown` set when the font has not been
// captured yet. Holding `contextMutex` and `mutex`; may release `mutex` while pango works.
static Font *usableFont(int index, int *unknown) {
    Font *font = findFont(itemFonts[index]);
    if (!font) {
        *unknown = 1;
        return NULL;
    }
    makeContext();
    if (!threadContext) return NULL;
    judge(font);
    return font->verdict > 0 ? font : NULL;
}

// Measures item `index` into the cache unless some thread has it already; true when this thread measured it.
// Holding `contextMutex` and `mutex`, the item's font usable; releases `mutex` while pango works.
static int measureItem(int index, Font *font) {
    const char *text = itemTexts[index];
    double size = itemSizes[index];
    if (find(text, font->name, size)) return 0;
    Entry *entry = insert(text, font->name, size, pending);
    if (!entry) return 0;
    pthread_mutex_unlock(&mutex);
    void *description = pango.description_copy(font->description);
    pango.description_set_size(description, (int)(size * 1024));
    Figures figures = measure(threadContext, description, text, size);
    pango.description_free(description);
    pthread_mutex_lock(&mutex);
    entry->figures = figures;
    entry->state = figures.ok ? done : failed;
    Size *loaded = sizeOf(font->name, size);
    if (loaded) loaded->inThread = 1;
    measured++;
    pthread_cond_broadcast(&changed);
    return 1;
}

// The items are in the order the layout measures them. The thread works in three passes:
// 1. the items the layout meets first, while their sizes are loaded in the thread's font map (the legend, in the
//    labels' usual size), as the layout's thread is still building the graph;
// 2. the sizes that neither font map has, the one with the most items first (of equal ones, the one the layout meets
//    last), each loaded with its first item and then measured through, in the layout's order: the layout loads the
//    sizes it meets before the thread has them, and measures in them: a size of many labels that the layout meets
//    early (the report's 14.067, 76 spans, met fourth) is then the thread's, not the layout's, and the two threads
//    end closer together. Each size is loaded once, unless the layout meets one the thread is loading;
// 3. every other item in a size the thread has loaded, in the layout's order.
// The layout measures what the thread has not (the sizes it loads itself); it waits only for an item the thread is
// measuring at that moment. Items in a font the plugin has not measured yet wait for one of its labels.
static void *measureAll(void *unused) {
    (void)unused;
    takeContext();
    pthread_mutex_lock(&mutex);
    // Started before the first context was made: whether there is pango to measure with is not known yet.
    while (!decided && !stopping) pthread_cond_wait(&changed, &mutex);
    for (int index = 0; index < itemCount && installed; index++) {
        Size *size = itemSizeRecords[index] = sizeOf(itemFonts[index], itemSizes[index]);
        itemIsFirst[index] = size && !size->seen;
        if (size && !size->seen) size->count = 0;
        if (size) size->count++;
        if (size) size->seen = 1;
    }
    while (installed && !stopping) {
        int generation = fontGeneration;
        int unknown = 0;
        for (int index = 0; index < itemCount && !stopping; index++) {
            Font *font = usableFont(index, &unknown);
            if (!font || !itemSizeRecords[index] || !itemSizeRecords[index]->inThread) break;
            measureItem(index, font);
        }
        // `seen` now marks the sizes pass 2 has taken in this round.
        for (int index = 0; index < itemCount; index++)
            if (itemSizeRecords[index]) itemSizeRecords[index]->seen = 0;
        while (!stopping) {
            int first = -1;
            for (int index = itemCount - 1; index >= 0; index--) {
                Size *size = itemSizeRecords[index];
                if (!itemIsFirst[index] || !size || size->inPlugin || size->inThread || size->seen) continue;
                if (first < 0 || size->count > itemSizeRecords[first]->count) first = index;
            }
            if (first < 0) break;
            Size *size = itemSizeRecords[first];
            size->seen = 1;
            Font *font = usableFont(first, &unknown);
            if (!font || size->inPlugin || !measureItem(first, font)) continue;
            for (int index = first + 1; index < itemCount && !stopping; index++)
                if (itemSizeRecords[index] == size) measureItem(index, font);
        }
        for (int index = 0; index < itemCount && !stopping; index++) {
            Size *size = itemSizeRecords[index];
            if (!size || !size->inThread) continue;
            Font *font = usableFont(index, &unknown);
            if (font) measureItem(index, font);
        }
        // Items in a font not captured yet: once the layout has measured a label in a new font, again.
        if (!unknown) break;
        while (fontGeneration == generation && !stopping) pthread_cond_wait(&changed, &mutex);
    }
    pthread_mutex_unlock(&mutex);
    releaseContext();
    return NULL;
}

static void freeItems(void) {
    for (int index = 0; index < itemCount; index++) {
        free(itemTexts[index]);
        free(itemFonts[index]);
    }
    free(itemTexts);
    free(itemFonts);
    free(itemSizes);
    free(itemSizeRecords);
    free(itemIsFirst);
    itemTexts = itemFonts = NULL;
    itemSizes = NULL;
    itemSizeRecords = NULL;
    itemIsFirst = NULL;
    itemCount = 0;
}

// MARK: - The spare thread

// A thread made by the early start before any library is loaded, parked until a render's measuring starts
// (`cgraphviz_text_begin`), which runs `measureAll` on it: a thread made while another thread loads a library waits
// for the loader (glibc's TLS lock, held through each dlopen), and the first render's begin comes while the early
// start's thread loads the plugins' libraries, which kept the render's thread from the lock for a millisecond or two.
// Used once; later renders make their own. `cgraphviz_text_wait_early` ends it when no render took it.
enum { spareNone, spareParked, spareGiven, spareReleased };
static int spareState;  // under `mutex`
static pthread_t spareThread;

static void *spareStart(void *unused) {
    (void)unused;
    pthread_mutex_lock(&mutex);
    while (spareState == spareParked) pthread_cond_wait(&changed, &mutex);
    int given = spareState == spareGiven;
    pthread_mutex_unlock(&mutex);
    if (given) measureAll(NULL);
    return NULL;
}

// Makes the spare thread (once); call before this thread loads any library.
static void makeSpare(void) {
    pthread_mutex_lock(&mutex);
    int make = spareState == spareNone;
    if (make) spareState = spareParked;
    pthread_mutex_unlock(&mutex);
    if (!make || pthread_create(&spareThread, NULL, spareStart, NULL) == 0) return;
    pthread_mutex_lock(&mutex);
    spareState = spareReleased;
    pthread_mutex_unlock(&mutex);
}

// Hands `measureAll` to the spare thread when it is parked: true, and `thread` is the spare, to be joined.
static int takeSpare(void) {
    pthread_mutex_lock(&mutex);
    int taken = spareState == spareParked;
    if (taken) {
        spareState = spareGiven;
        thread = spareThread;
        pthread_cond_broadcast(&changed);
    }
    pthread_mutex_unlock(&mutex);
    return taken;
}

// Ends the spare thread when no render took it (one that took it joins it in `cgraphviz_text_end`).
static void releaseSpare(void) {
    pthread_mutex_lock(&mutex);
    int release = spareState == spareParked;
    if (release) {
        spareState = spareReleased;
        pthread_cond_broadcast(&changed);
    }
    pthread_mutex_unlock(&mutex);
    if (release) pthread_join(spareThread, NULL);
}

int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes) {
    if (count <= 0) return 0;
    pthread_mutex_lock(&mutex);
    // Another render's labels are being measured, or the context was made without the cache.
    int busy = owned || (decided && !installed);
    if (!busy) {
        owned = 1;
        expected = count;
        asked = 0;
        stopping = 0;  // a waiter (cgraphviz_text_wait) waits for this render's layout, not the last one's end
    }
    pthread_mutex_unlock(&mutex);
    if (busy) return 0;
    itemTexts = calloc((size_t)count, sizeof *itemTexts);
    itemFonts = calloc((size_t)count, sizeof *itemFonts);
    itemSizes = calloc((size_t)count, sizeof *itemSizes);
    itemSizeRecords = calloc((size_t)count, sizeof *itemSizeRecords);
    itemIsFirst = calloc((size_t)count, sizeof *itemIsFirst);
    int copied = itemTexts && itemFonts && itemSizes && itemSizeRecords && itemIsFirst;
    if (copied) itemCount = count;
    for (int index = 0; copied && index < count; index++) {
        itemTexts[index] = strdup(texts[index]);
        itemFonts[index] = strdup(fonts[index]);
        itemSizes[index] = sizes[index];
        copied = itemTexts[index] && itemFonts[index];
    }
    if (!copied) {
        cgraphviz_text_end();
        return 0;
    }
    pthread_mutex_lock(&mutex);
    stopping = 0;
    hits = measured = 0;
    pthread_mutex_unlock(&mutex);
    threadRunning = takeSpare() || pthread_create(&thread, NULL, measureAll, NULL) == 0;
    if (!threadRunning) {
        cgraphviz_text_end();
        return 0;
    }
    return 1;
}

void cgraphviz_text_end(void) {
    pthread_mutex_lock(&mutex);
    stopping = 1;
    pthread_cond_broadcast(&changed);
    pthread_cond_broadcast(&textDone);
    pthread_mutex_unlock(&mutex);
    if (threadRunning) pthread_join(thread, NULL);
    threadRunning = 0;
    freeItems();
    pthread_mutex_lock(&mutex);
    active = 0;
    emptyCache();
    owned = 0;
    pthread_mutex_unlock(&mutex);
}

void cgraphviz_text_wait(int *measuredAhead, int *fromCache) {
    pthread_mutex_lock(&mutex);
    while (owned && !stopping && asked < expected) pthread_cond_wait(&textDone, &mutex);
    if (measuredAhead) *measuredAhead = measured;
    if (fromCache) *fromCache = hits;
    pthread_mutex_unlock(&mutex);
}

void cgraphviz_text_arm(void) {
    pthread_mutex_lock(&mutex);
    active = owned;
    pthread_mutex_unlock(&mutex);
}

int cgraphviz_text_hits(void) {
    pthread_mutex_lock(&mutex);
    int value = hits;
    pthread_mutex_unlock(&mutex);
    return value;
}

int cgraphviz_text_measured(void) {
    pthread_mutex_lock(&mutex);
    int value = measured;
    pthread_mutex_unlock(&mutex);
    return value;
}

// MARK: - The early start, before the tool's main

// The libraries a drawing needs, loaded by the tool's constructor on its one thread, and a thread that starts pango
// in them once the tool's main has given the warm-up's font (`cgraphviz_text_warm_early`), then runs the warm-up
// the tool hands it (`cgraphviz_text_run_early`).
static pthread_mutex_t earlyMutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t earlyChanged = PTHREAD_COND_INITIALIZER;
enum { earlyWaiting, earlyGiven, earlyRefused };
static int earlyRunning;  // the early thread was made and has not been joined
static int earlyState;
static int earlyFontGiven;  // `cgraphviz_text_warm_early` has recorded the font
static void (*earlyBody)(void *);
static void *earlyArgument;
static pthread_t earlyThread;

static void earlyFontReady(void) {
    pthread_mutex_lock(&earlyMutex);
    earlyFontGiven = 1;
    pthread_cond_broadcast(&earlyChanged);
    pthread_mutex_unlock(&earlyMutex);
}

static void *earlyStart(void *unused) {
    (void)unused;
    pthread_mutex_lock(&earlyMutex);
    while (earlyState == earlyWaiting && !earlyFontGiven) pthread_cond_wait(&earlyChanged, &earlyMutex);
    pthread_mutex_unlock(&earlyMutex);
    warmEarly();
    pthread_mutex_lock(&earlyMutex);
    while (earlyState == earlyWaiting) pthread_cond_wait(&earlyChanged, &earlyMutex);
    void (*body)(void *) = earlyState == earlyGiven ? earlyBody : NULL;
    void *argument = earlyArgument;
    pthread_mutex_unlock(&earlyMutex);
    if (body) body(argument);
    return NULL;
}

static void practiceDecided(void *library);

void cgraphviz_text_start_early(void) {
    pthread_mutex_lock(&earlyMutex);
    int start = !earlyRunning && earlyState == earlyWaiting;
    pthread_mutex_unlock(&earlyMutex);
    if (!start) {
        practiceDecided(NULL);
        return;
    }
    // Loaded here, on the process's one thread, as the loader loads the libraries the program links: loading them
    // on a thread beside the tool's main (the Swift runtime's start, the arguments, the input) took three times as
    // long, each mapping of a library's pages interrupting the other core, and the two threads' page faults
    // waiting for each other. The plugin folder while the table Graphviz reads for it is short; pango's plugin with
    // pango, cairo, fontconfig and FreeType; fontconfig's start (FcInit: its configuration and caches) on a thread of
    // its own, beside the rest: the core and layout plugins, about half a millisecond of loading (started before
    // pango's plugin, it had all of that beside it and the loading took twice as long).
    findPluginFolder();
    char folder[4096];
    void *neato = pluginFolder(folder, sizeof folder) ? openPlugin(folder, "neato_layout") : NULL;
    practiceDecided(neato ? dlsym(neato, "gvplugin_neato_layout_LTX_library") : NULL);
    pthread_once(&pangoSearch, findPango);
    if (claimFontconfig()) {
        FontconfigStart *found = malloc(sizeof *found);
        if (found && (*found = findFontconfig())) {
            runFontconfig(found);
        } else {
            free(found);
            fontconfigEnded();
        }
    }
    cgraphviz_text_preload("neato_layout");
    // The render's measuring thread, parked; then the thread that starts pango.
    makeSpare();
    pthread_mutex_lock(&earlyMutex);
    earlyRunning = pthread_create(&earlyThread, NULL, earlyStart, NULL) == 0;
    pthread_mutex_unlock(&earlyMutex);
}

// The practice layout beside the loading: neato's plugin is opened first in the early start (before pango's, about
// five milliseconds of loading), and the thread that parsed the tool's arguments, idle until the loading ends, lays out
// a two-node graph with it in a context of its own (`cgraphviz_text_practice`): the layout's code and its libraries'
// first uses (page mappings, lazily bound calls) are then done before the render's layout, which runs with the main
// thread's context. The context has neato's plugin alone, given as a built-in (no configuration read, no library
// loaded: the loader is busy with pango's on the main thread), and no text layout (an empty label is estimated).
// Nothing else calls Graphviz meanwhile: the main thread only loads libraries until it joins the parsing thread.
static pthread_mutex_t practiceMutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t practiceChanged = PTHREAD_COND_INITIALIZER;
enum { practiceWaiting, practiceReady, practiceNone };
static int practiceState;
static lt_symlist_t practicePlugins[] = {{"gvplugin_neato_layout_LTX_library", NULL}, {NULL, NULL}};

static void practiceDecided(void *library) {
    pthread_mutex_lock(&practiceMutex);
    practicePlugins[0].address = library;
    practiceState = library ? practiceReady : practiceNone;
    pthread_cond_broadcast(&practiceChanged);
    pthread_mutex_unlock(&practiceMutex);
}

void cgraphviz_text_practice(void) {
    pthread_mutex_lock(&practiceMutex);
    while (practiceState == practiceWaiting) pthread_cond_wait(&practiceChanged, &practiceMutex);
    int ready = practiceState == practiceReady;
    practiceState = practiceNone;
    pthread_mutex_unlock(&practiceMutex);
    if (!ready) return;
    GVC_t *context = gvContextPlugins(practicePlugins, 0);
    if (!context) return;
    Agraph_t *graph = agmemread("graph { node [label=\"\"]; a -- b }");
    if (graph) {
        if (gvLayout(context, graph, "neato") == 0) gvFreeLayout(context, graph);
        agclose(graph);
    }
    gvFreeContext(context);
}

int cgraphviz_text_run_early(void (*body)(void *), void *argument) {
    pthread_mutex_lock(&earlyMutex);
    int taken = earlyRunning && earlyState == earlyWaiting;
    if (taken) {
        earlyBody = body;
        earlyArgument = argument;
        earlyState = earlyGiven;
        pthread_cond_broadcast(&earlyChanged);
    }
    pthread_mutex_unlock(&earlyMutex);
    return taken;
}

void cgraphviz_text_wait_early(void) {
    // Held while the thread is joined (not `earlyMutex`, which the thread takes before it ends): a second waiter
    // returns once the thread has ended, not before.
    static pthread_mutex_t joining = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&joining);
    pthread_mutex_lock(&earlyMutex);
    if (earlyState == earlyWaiting) {
        earlyState = earlyRefused;
        pthread_cond_broadcast(&earlyChanged);
    }
    int join = earlyRunning;
    earlyRunning = 0;
    pthread_mutex_unlock(&earlyMutex);
    if (join) pthread_join(earlyThread, NULL);
    // After the early thread, which makes the spare thread.
    releaseSpare();
    pthread_mutex_unlock(&joining);
}

#else
void cgraphviz_text_start_early(void) {}
int cgraphviz_text_run_early(void (*body)(void *), void *argument) {
    (void)body, (void)argument;
    return 0;
}
void cgraphviz_text_wait_early(void) {}
void cgraphviz_text_practice(void) {}
void *cgraphviz_text_context(void) { return 0; }
void cgraphviz_text_hold(int hold) { (void)hold; }
void cgraphviz_text_preload(const char *layoutPlugin) { (void)layoutPlugin; }
int cgraphviz_text_warm_font(void *context, const char *fontName, double size) {
    (void)context, (void)fontName, (void)size;
    return 0;
}
void cgraphviz_text_warm(double boldSize) { (void)boldSize; }
int cgraphviz_text_warm_early(const char *fontName, double size, double boldSize) {
    (void)fontName, (void)size, (void)boldSize;
    return 0;
}
void cgraphviz_text_start_fontconfig(void) {}
void cgraphviz_text_wait_fontconfig(void) {}
int cgraphviz_text_installed(void) { return 0; }
int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes) {
    (void)count, (void)texts, (void)fonts, (void)sizes;
    return 0;
}
void cgraphviz_text_end(void) {}
void cgraphviz_text_arm(void) {}
void cgraphviz_text_wait(int *measuredAhead, int *fromCache) {
    if (measuredAhead) *measuredAhead = 0;
    if (fromCache) *fromCache = 0;
}
void cgraphviz_text_prepare(void) {}
int cgraphviz_text_hits(void) { return 0; }
int cgraphviz_text_measured(void) { return 0; }
#endif
