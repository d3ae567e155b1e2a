#ifndef PARTNERGRAPH_CYAML_SHIM_H
#define PARTNERGRAPH_CYAML_SHIM_H
// libyaml from Debian's libyaml-dev: the event parser that reads network files (YAMLEventReader) and the
// emitter that writes them (YAMLTreeEmitter). Imported by PartnerIO alone.
#include <yaml.h>
#endif
