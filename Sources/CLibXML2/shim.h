#ifndef PARTNERGRAPH_CLIBXML2_SHIM_H
#define PARTNERGRAPH_CLIBXML2_SHIM_H
// libxml2 from Debian's libxml2-dev: the streaming reader (xmlTextReader) for GraphML and GEXF, and the
// HTML parser for announcement pages. One module, imported by PartnerIO and PartnerExtract.
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
