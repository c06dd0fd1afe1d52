#ifndef HELPKIT_XML_BRIDGE_H
#define HELPKIT_XML_BRIDGE_H

// The only door from Swift into libxml2. It declares plain C types alone, so
// no libxml2 (and through it no system ICU) header reaches a Swift module.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The Unicode scalar of the HTML named entity `name` (without `&` and `;`),
/// looked up in libxml2's HTML 4 entity table; 0 when there is no such entity.
uint32_t xb_html_entity(const char *name, size_t length);

/// Parses `length` bytes as an XML document. Returns 0 when it is well formed;
/// otherwise 1, with the first error's message and line written to `message`
/// (NUL-terminated, truncated to `capacity`) and `line`.
int xb_xml_check(const char *bytes, size_t length,
                 char *message, size_t capacity, int *line);

/// Counts the elements named `name` in a well-formed XML document; -1 when it
/// does not parse.
long xb_xml_count_elements(const char *bytes, size_t length, const char *name);

#ifdef __cplusplus
}
#endif

#endif
