#ifndef PARTNERGRAPH_CLIBXML2_H
#define PARTNERGRAPH_CLIBXML2_H
// libxml2 for PartnerIO (GraphML and GEXF, streamed through the push parser with SAX2 callbacks) and PartnerExtract
// (announcement pages, through the forgiving HTML parser), loaded with dlopen on first use instead of linked: a
// process that reads neither (every `partnet render` and `report`) no longer loads libxml2 and, through it, ICU and
// liblzma at its start (~0.3 ms of CPU and ~60 page faults of every run). Only this file's types cross into Swift;
// libxml2's own are kept to LibXML2.c, which is compiled against its headers.

#include <stddef.h>

// Loads libxml2 and finds its functions, once (thread-safe); returns NULL when they are there, else why not (a
// message to show: the library's name and the loader's reason).
const char *cxml_load(void);

// MARK: - The push parser (XML, SAX2)

// The parser's place in the text: its line and column, and the buffer it is reading (`cursor` within
// [`base`, ...), `consumed` bytes of the document already dropped before `base`).
typedef struct {
    int line;
    int column;
    const unsigned char *base;
    const unsigned char *cursor;
    unsigned long consumed;
} cxml_position;

// An error libxml2 reports, by kind: `endOfData` is one of the errors a document cut short gives (an unfinished
// tag, a missing `>`, an attribute without value...), `emptyDocument` a document without an element.
typedef struct {
    int isError;  // an error or a fatal error (not a warning)
    int code;
    int emptyDocument;
    int endOfData;
    const char *message;
    int line;
    int column;  // 0 when unknown
} cxml_error;

// What the parser calls back, each with the `user` given to `cxml_push_create`. `attributes` holds `count`
// groups of five pointers: local name, prefix, namespace URI, value start, value end.
typedef struct {
    void (*startElement)(void *user, const unsigned char *localName, const unsigned char *namespaceURI, int count,
                         const unsigned char **attributes);
    void (*endElement)(void *user);
    // Text and CDATA alike.
    void (*characters)(void *user, const unsigned char *bytes, int count);
    // An entity declaration (parsed or unparsed).
    void (*entityDeclaration)(void *user, const unsigned char *name);
    // An `<!ATTLIST>` declaration.
    void (*attributeDeclaration)(void *user, const unsigned char *element, const unsigned char *name);
    void (*error)(void *user, const cxml_error *error);
} cxml_callbacks;

typedef struct cxml_push cxml_push;

// A push parser that loads no DTD, substitutes no entity and reads nothing from the network; `file` names the
// document in libxml2's messages. NULL when libxml2 is not loaded (`cxml_load`) or the parser cannot start.
cxml_push *cxml_push_create(const cxml_callbacks *callbacks, void *user, const char *file);
// Parses `count` bytes (`terminate`: the document ends with them); libxml2's status (0: no error).
int cxml_push_chunk(cxml_push *parser, const char *bytes, int count, int terminate);
// Whether the document read so far is well-formed.
int cxml_push_well_formed(const cxml_push *parser);
// Stops the parse from a callback: no more callbacks come.
void cxml_push_stop(cxml_push *parser);
// The parser's place; 0 when it has no input (then `position` is unchanged).
int cxml_push_position(const cxml_push *parser, cxml_position *position);
void cxml_push_free(cxml_push *parser);

// MARK: - The HTML parser

// An HTML document parsed as UTF-8, its markup repaired, without errors, warnings or network, and without the
// parser's depth limit; NULL when libxml2 is not loaded or parses nothing. Free it with `cxml_html_free`.
void *cxml_html_read(const char *bytes, int count);
void cxml_html_free(void *document);
// The root element; NULL for none.
void *cxml_html_root(void *document);

// A node of a parsed document, read: its kind, its name (elements), its text (text and CDATA), its first child
// and its next sibling (NULL for none).
enum { CXML_NODE_OTHER = 0, CXML_NODE_ELEMENT = 1, CXML_NODE_TEXT = 2, CXML_NODE_CDATA = 3 };
int cxml_node_kind(const void *node);
const unsigned char *cxml_node_name(const void *node);
const unsigned char *cxml_node_content(const void *node);
void *cxml_node_children(const void *node);
void *cxml_node_next(const void *node);

#endif
