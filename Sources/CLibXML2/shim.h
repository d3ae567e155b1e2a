#ifndef PARTNERGRAPH_CLIBXML2_SHIM_H
#define PARTNERGRAPH_CLIBXML2_SHIM_H
// libxml2 from Debian's libxml2-dev: the streaming reader (xmlTextReader) for GraphML and GEXF, and the
// HTML parser for announcement pages. One module, imported by PartnerIO and PartnerExtract.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so <libxml/encoding.h> would include the system's <unicode/ucnv.h>, whose enums
// clash with the ICU copy inside Foundation (_FoundationICU) in any Swift module that imports both. We never use
// libxml2's ICU converters (their fields sit behind pointers we do not touch), so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
