// libxml2 reached through dlopen/dlsym on first use; see CLibXML2.h. The headers give the types and the
// functions' signatures; no libxml2 symbol is linked, so the tool's executable does not need the library.
#include "CLibXML2.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Debian's libxml2 is built with ICU, and its encoding.h would then need ICU's headers; nothing here uses
// libxml2's ICU converters.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#if defined(__APPLE__)
#define LIBXML2_NAME "libxml2.2.dylib"
#else
#define LIBXML2_NAME "libxml2.so.2"
#endif

static struct {
    __typeof__(&xmlInitParser) initParser;
    __typeof__(&xmlCreatePushParserCtxt) createPushParser;
    __typeof__(&xmlCtxtUseOptions) useOptions;
    __typeof__(&xmlParseChunk) parseChunk;
    __typeof__(&xmlStopParser) stopParser;
    __typeof__(&xmlFreeParserCtxt) freeParser;
    __typeof__(&xmlFreeEnumeration) freeEnumeration;
    __typeof__(&htmlReadMemory) htmlRead;
    __typeof__(&xmlFreeDoc) freeDocument;
    __typeof__(&xmlDocGetRootElement) rootElement;
} libxml2;

static pthread_once_t loadOnce = PTHREAD_ONCE_INIT;
static char loadFailure[512];
static int loaded;

static void load(void) {
    void *library = dlopen(LIBXML2_NAME, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(loadFailure, sizeof loadFailure, "libxml2 (%s) could not be loaded: %s", LIBXML2_NAME,
                 reason ? reason : "not found");
        return;
    }
#define FIND(field, name)                                                                                       \
    if (!(*(void **)&libxml2.field = dlsym(library, name))) {                                                   \
        snprintf(loadFailure, sizeof loadFailure, "libxml2 (%s) has no function %s", LIBXML2_NAME, name);       \
        return;                                                                                                 \
    }
    FIND(initParser, "xmlInitParser")
    FIND(createPushParser, "xmlCreatePushParserCtxt")
    FIND(useOptions, "xmlCtxtUseOptions")
    FIND(parseChunk, "xmlParseChunk")
    FIND(stopParser, "xmlStopParser")
    FIND(freeParser, "xmlFreeParserCtxt")
    FIND(freeEnumeration, "xmlFreeEnumeration")
    FIND(htmlRead, "htmlReadMemory")
    FIND(freeDocument, "xmlFreeDoc")
    FIND(rootElement, "xmlDocGetRootElement")
#undef FIND
    libxml2.initParser();
    loaded = 1;
}

const char *cxml_load(void) {
    pthread_once(&loadOnce, load);
    return loaded ? NULL : loadFailure;
}

// MARK: - The push parser

struct cxml_push {
    xmlParserCtxtPtr context;
    cxml_callbacks callbacks;
    void *user;
};

static void startElement(void *data, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri,
                         int namespaces, const xmlChar **namespaceList, int count, int defaulted,
                         const xmlChar **attributes) {
    (void)prefix, (void)namespaces, (void)namespaceList, (void)defaulted;
    cxml_push *parser = data;
    parser->callbacks.startElement(parser->user, localName, uri, count, attributes);
}

static void endElement(void *data, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri) {
    (void)localName, (void)prefix, (void)uri;
    cxml_push *parser = data;
    parser->callbacks.endElement(parser->user);
}

static void characters(void *data, const xmlChar *bytes, int count) {
    cxml_push *parser = data;
    parser->callbacks.characters(parser->user, bytes, count);
}

static void entityDeclaration(void *data, const xmlChar *name, int type, const xmlChar *publicId,
                              const xmlChar *systemId, xmlChar *content) {
    (void)type, (void)publicId, (void)systemId, (void)content;
    cxml_push *parser = data;
    parser->callbacks.entityDeclaration(parser->user, name);
}

static void unparsedEntityDeclaration(void *data, const xmlChar *name, const xmlChar *publicId,
                                      const xmlChar *systemId, const xmlChar *notationName) {
    (void)publicId, (void)systemId, (void)notationName;
    cxml_push *parser = data;
    parser->callbacks.entityDeclaration(parser->user, name);
}

static void attributeDeclaration(void *data, const xmlChar *element, const xmlChar *name, int type, int def,
                                 const xmlChar *defaultValue, xmlEnumerationPtr tree) {
    (void)type, (void)def, (void)defaultValue;
    cxml_push *parser = data;
    // The handler owns the enumeration.
    libxml2.freeEnumeration(tree);
    parser->callbacks.attributeDeclaration(parser->user, element, name);
}

static int endsData(int code) {
    switch (code) {
    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_DOCUMENT_END:
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_SPACE_REQUIRED:
        return 1;
    default:
        return 0;
    }
}

// libxml2 2.12 made the error `const`; the callback reads it only.
static void structuredError(void *data, const xmlError *error) {
    if (!data || !error) return;
    cxml_push *parser = data;
    cxml_error reported = {
        .isError = error->level >= XML_ERR_ERROR,
        .code = error->code,
        .emptyDocument = error->code == XML_ERR_DOCUMENT_EMPTY,
        .endOfData = endsData(error->code),
        .message = error->message,
        .line = error->line,
        .column = error->int2,
    };
    parser->callbacks.error(parser->user, &reported);
}

cxml_push *cxml_push_create(const cxml_callbacks *callbacks, void *user, const char *file) {
    if (cxml_load() != NULL) return NULL;
    cxml_push *parser = calloc(1, sizeof *parser);
    if (!parser) return NULL;
    parser->callbacks = *callbacks;
    parser->user = user;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = startElement;
    sax.endElementNs = endElement;
    sax.characters = characters;
    sax.cdataBlock = characters;
    sax.entityDecl = entityDeclaration;
    sax.unparsedEntityDecl = unparsedEntityDeclaration;
    sax.attributeDecl = attributeDeclaration;
    sax.serror = (xmlStructuredErrorFunc)structuredError;
    parser->context = libxml2.createPushParser(&sax, parser, NULL, 0, file);
    if (!parser->context) {
        free(parser);
        return NULL;
    }
    // No DTD loading, no entity substitution, no network: only what the document holds is read.
    libxml2.useOptions(parser->context, XML_PARSE_NONET);
    parser->context->replaceEntities = 0;
    parser->context->loadsubset = 0;
    parser->context->validate = 0;
    return parser;
}

int cxml_push_chunk(cxml_push *parser, const char *bytes, int count, int terminate) {
    return libxml2.parseChunk(parser->context, bytes, count, terminate);
}

int cxml_push_well_formed(const cxml_push *parser) { return parser->context->wellFormed; }

void cxml_push_stop(cxml_push *parser) { libxml2.stopParser(parser->context); }

int cxml_push_position(const cxml_push *parser, cxml_position *position) {
    xmlParserInputPtr input = parser->context->input;
    if (!input) return 0;
    position->line = input->line;
    position->column = input->col;
    position->base = input->base;
    position->cursor = input->cur;
    position->consumed = input->consumed;
    return 1;
}

void cxml_push_free(cxml_push *parser) {
    if (!parser) return;
    libxml2.freeParser(parser->context);
    free(parser);
}

// MARK: - The HTML parser

void *cxml_html_read(const char *bytes, int count) {
    if (cxml_load() != NULL) return NULL;
    // XML_PARSE_HUGE lifts the parser's depth limit (256 levels), at which it stopped the page.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    return libxml2.htmlRead(bytes, count, NULL, "UTF-8", options);
}

void cxml_html_free(void *document) {
    if (document) libxml2.freeDocument(document);
}

void *cxml_html_root(void *document) { return libxml2.rootElement(document); }

int cxml_node_kind(const void *node) {
    switch (((const xmlNode *)node)->type) {
    case XML_ELEMENT_NODE: return CXML_NODE_ELEMENT;
    case XML_TEXT_NODE: return CXML_NODE_TEXT;
    case XML_CDATA_SECTION_NODE: return CXML_NODE_CDATA;
    default: return CXML_NODE_OTHER;
    }
}

const unsigned char *cxml_node_name(const void *node) { return ((const xmlNode *)node)->name; }
const unsigned char *cxml_node_content(const void *node) { return ((const xmlNode *)node)->content; }
void *cxml_node_children(const void *node) { return ((const xmlNode *)node)->children; }
void *cxml_node_next(const void *node) { return ((const xmlNode *)node)->next; }
