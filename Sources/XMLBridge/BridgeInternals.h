// What the bridge's C files share and the Swift side never sees.
#ifndef XMLBRIDGE_INTERNALS_H
#define XMLBRIDGE_INTERNALS_H

#include <libxml/parser.h>

/// How the bridge parses XML it did not write: no network, no entity
/// substitution (no XML_PARSE_NOENT), no DTD loading, libxml2's limits kept
/// (no XML_PARSE_HUGE), and errors only through the callbacks it sets.
#define XB_UNTRUSTED_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/// A generic error handler that drops the message: libxml2 writes what no
/// structured callback hears (the schema parser, the encoding layer) to stderr.
void xb_ignore_generic_error(void *context, const char *format, ...);

#endif
