#ifndef PARTNERGRAPH_CLIBXML2_SHIM_H
#define PARTNERGRAPH_CLIBXML2_SHIM_H
// libxml2 from Debian's libxml2-dev: the push parser with SAX2 callbacks (xmlCreatePushParserCtxt,
// xmlParseChunk) that streams GraphML and GEXF, and the HTML parser (htmlReadMemory) for announcement pages.
// One module, imported by PartnerIO and PartnerExtract.
// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose enums clash with
// Foundation's own copy of ICU in any Swift module importing both. Nothing here uses libxml2's ICU converters
// (they are two pointers at the end of xmlCharEncodingHandler, a struct only libxml2 allocates), so the
// declarations are made without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
