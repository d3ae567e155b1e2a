// Graphviz measures every label through its text layout plugin (pango's), one label at a time, inside the layout:
// for a diagram of a hundred labels in thirty font sizes that is most of a neato run's first third. This file puts a
// plugin of its own in front of pango's: it answers from a cache that a second thread fills, with a pango context
// of its own (pango objects are not shared between threads), from before the render takes the Graphviz lock (while
// the warm-up holds it to load Graphviz's plugins) while the main thread builds the graph and starts the layout;
// what the cache does not hold yet goes to pango's plugin as before. The cached sizes are pango's own
// numbers for the same text, font description, options and resolution, put into the span as pango's plugin puts
// them: before a font is used, the thread measures a label the plugin measured and compares every field, and a
// font whose figures differ is never answered from the cache.
#define _GNU_SOURCE  // dladdr
#include "CGraphvizText.h"

#if __has_include(<graphviz/gvc.h>)
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
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
static int finished;  // the measuring thread has gone through its list (since the last begin)
static int hits, measured;
static pthread_t thread;
static int threadRunning;
static int itemCount;
static char **itemTexts, **itemFonts;
static double *itemSizes;

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
    if (!capturedOptions) {
        void *context = pango.layout_get_context(span->layout);
        capturedOptions = pango.options_copy(pango.get_font_options(context));
        capturedResolution = pango.get_resolution(context);
        if (!capturedOptions) return;
    }
    Font *font = calloc(1, sizeof *font);
    if (!font) return;
    font->name = strdup(span->font->name);
    font->referenceText = strdup(span->str);
    font->description = pango.description_copy(pango.layout_get_font_description(span->layout));
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
    pthread_cond_broadcast(&changed);
}

static boolean cachedTextLayout(textspan_t *span, char **fontpath) {
    Entry *claim = NULL;
    int plain = isPlain(span);
    pthread_mutex_lock(&mutex);
    if (active && plain) {
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
            pthread_mutex_unlock(&mutex);
            return TRUE;
        }
        if (!entry) claim = insert(span->str, span->font->name, span->font->size, claimed);
    }
    pthread_mutex_unlock(&mutex);

    boolean ok = pangoEngine->textlayout(span, fontpath);

    if (plain) {
        Figures figures = spanFigures(span, ok);
        pthread_mutex_lock(&mutex);
        capture(span, figures);
        if (claim) {
            claim->figures = figures;
            claim->state = ok ? done : failed;
        }
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

// pango's text layout engine from its plugin library, found where Graphviz looks for plugins (GVBINDIR, else the
// `graphviz` folder beside libgvc).
static gvtextlayout_engine_t *findPangoEngine(void) {
    char folder[4096];
    const char *bindir = getenv("GVBINDIR");
    if (bindir) {
        if (strlen(bindir) >= sizeof folder - 64) return NULL;
        strcpy(folder, bindir);
    } else {
        Dl_info info;
        if (!dladdr((void *)gvContext, &info) || !info.dli_fname) return NULL;
        const char *slash = strrchr(info.dli_fname, '/');
        size_t length = slash ? (size_t)(slash - info.dli_fname) : 0;
        if (!slash || length >= sizeof folder - 64) return NULL;
        memcpy(folder, info.dli_fname, length);
        strcpy(folder + length, "/graphviz");
    }
    static const char *names[] = {"libgvplugin_pango.so.6", "libgvplugin_pango.so.8", "libgvplugin_pango.so"};
    for (size_t index = 0; index < sizeof names / sizeof names[0]; index++) {
        char path[4200];
        strcpy(path, folder);
        strcat(path, "/");
        strcat(path, names[index]);
        void *plugin = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (!plugin) continue;
        gvplugin_library_t *library = dlsym(plugin, "gvplugin_pango_LTX_library");
        if (!library) continue;
        for (gvplugin_api_t *api = library->apis; api && api->types; api++) {
            if (api->api != API_textlayout) continue;
            for (gvplugin_installed_t *type = api->types; type->type; type++) {
                gvtextlayout_engine_t *engine = type->engine;
                if (strcmp(type->type, "textlayout") == 0 && engine && engine->textlayout) return engine;
            }
        }
    }
    return NULL;
}

void *cgraphviz_text_context(void) {
    if (!decided) {
        int found = 0;
        if (getenv("PARTNET_NO_TEXT_CACHE") == NULL) {
            pangoEngine = findPangoEngine();
            found = pangoEngine && loadPango();
        }
        // A measuring thread started before the context existed waits for this.
        pthread_mutex_lock(&mutex);
        installed = found;
        decided = 1;
        pthread_cond_broadcast(&changed);
        pthread_mutex_unlock(&mutex);
    }
    return installed ? gvContextPlugins(builtins, 1) : gvContext();
}

int cgraphviz_text_installed(void) { return installed; }

// MARK: - The measuring thread

// The thread's own pango context: made once, then used by one thread at a time, holding `contextMutex` (the
// measuring thread for its whole run, `cgraphviz_text_prepare` while it makes it ready).
static pthread_mutex_t contextMutex = PTHREAD_MUTEX_INITIALIZER;
static void *threadContext;

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
}

void cgraphviz_text_prepare(void) {
    if (!installed) return;
    pthread_mutex_lock(&contextMutex);
    pthread_mutex_lock(&mutex);
    makeContext();
    if (threadContext)
        for (Font *font = fonts; font; font = font->next) judge(font);
    pthread_mutex_unlock(&mutex);
    pthread_mutex_unlock(&contextMutex);
}

static void *measureAll(void *unused) {
    (void)unused;
    pthread_mutex_lock(&contextMutex);
    pthread_mutex_lock(&mutex);
    // Started before the first context was made: whether there is pango to measure with is not known yet.
    while (!decided && !stopping) pthread_cond_wait(&changed, &mutex);
    for (int index = itemCount - 1; index >= 0 && installed && !stopping; index--) {
        Font *font;
        // The first labels of a run wait for Graphviz's warm-up to measure one label in their font.
        while (!(font = findFont(itemFonts[index])) && !stopping) pthread_cond_wait(&changed, &mutex);
        if (stopping) break;
        makeContext();
        judge(font);
        if (font->verdict < 0) continue;
        const char *text = itemTexts[index];
        double size = itemSizes[index];
        if (find(text, font->name, size)) continue;
        Entry *entry = insert(text, font->name, size, pending);
        if (!entry) continue;
        pthread_mutex_unlock(&mutex);
        void *description = pango.description_copy(font->description);
        pango.description_set_size(description, (int)(size * 1024));
        Figures figures = measure(threadContext, description, text, size);
        pango.description_free(description);
        pthread_mutex_lock(&mutex);
        entry->figures = figures;
        entry->state = figures.ok ? done : failed;
        measured++;
        pthread_cond_broadcast(&changed);
    }
    finished = 1;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&mutex);
    pthread_mutex_unlock(&contextMutex);
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
    itemTexts = itemFonts = NULL;
    itemSizes = NULL;
    itemCount = 0;
}

int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes) {
    if (count <= 0) return 0;
    pthread_mutex_lock(&mutex);
    // Another render's labels are being measured, or the context was made without the cache.
    int busy = owned || (decided && !installed);
    if (!busy) {
        owned = 1;
        finished = 0;
        stopping = 0;  // a waiter (cgraphviz_text_wait) waits for this render's thread, not the last one's end
    }
    pthread_mutex_unlock(&mutex);
    if (busy) return 0;
    itemTexts = calloc((size_t)count, sizeof *itemTexts);
    itemFonts = calloc((size_t)count, sizeof *itemFonts);
    itemSizes = calloc((size_t)count, sizeof *itemSizes);
    int copied = itemTexts && itemFonts && itemSizes;
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
    threadRunning = pthread_create(&thread, NULL, measureAll, NULL) == 0;
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

int cgraphviz_text_wait(void) {
    pthread_mutex_lock(&mutex);
    while (owned && !finished && !stopping) pthread_cond_wait(&changed, &mutex);
    int value = measured;
    pthread_mutex_unlock(&mutex);
    return value;
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

#else
void *cgraphviz_text_context(void) { return 0; }
int cgraphviz_text_installed(void) { return 0; }
int cgraphviz_text_begin(int count, const char *const *texts, const char *const *fonts, const double *sizes) {
    (void)count, (void)texts, (void)fonts, (void)sizes;
    return 0;
}
void cgraphviz_text_end(void) {}
void cgraphviz_text_arm(void) {}
int cgraphviz_text_wait(void) { return 0; }
void cgraphviz_text_prepare(void) {}
int cgraphviz_text_hits(void) { return 0; }
int cgraphviz_text_measured(void) { return 0; }
#endif
