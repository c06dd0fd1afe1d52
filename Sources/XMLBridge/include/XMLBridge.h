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

/// An XML document being written with libxml2's xmlTextWriter, into memory.
/// Opaque: made by `xb_writer_new`, written element by element, and given
/// back as bytes by `xb_writer_finish`, which also frees it.
typedef struct xb_writer xb_writer;

/// A new writer with the XML declaration (version 1.0, UTF-8) written; NULL
/// when libxml2 cannot make one.
xb_writer *xb_writer_new(void);

/// Opens element `name` (a qualified name such as `mda:meta` is written as is).
/// Each call returns 0, or -1 once any write failed (the writer stays failed).
int xb_writer_start(xb_writer *writer, const char *name);
/// Writes attribute `name` on the element just opened; `value` is escaped.
int xb_writer_attribute(xb_writer *writer, const char *name, const char *value);
/// Writes `length` bytes of UTF-8 character data, escaped (`<`, `&`, `>`, CR).
int xb_writer_text(xb_writer *writer, const char *text, size_t length);
/// Closes the innermost open element (an empty one as `<name/>`).
int xb_writer_end(xb_writer *writer);

/// Closes every open element, ends the document and frees the writer. Returns
/// the document's bytes (free them with `xb_free`) and their count in
/// `length`, or NULL when any write failed.
char *xb_writer_finish(xb_writer *writer, size_t *length);
/// Frees a writer without finishing it.
void xb_writer_discard(xb_writer *writer);
/// Frees bytes returned by the bridge.
void xb_free(void *bytes);

/// Validates `length` bytes of XML against the W3C XML Schema at
/// `schema_path` (read without network access: imports must be local files).
/// Returns 0 when valid, 1 when not valid or not well formed, -1 when the
/// schema itself cannot be read. The first errors (`line: message`, one a
/// line) are written NUL-terminated to `messages`, truncated to `capacity`.
int xb_schema_validate(const char *schema_path, const char *bytes, size_t length,
                       char *messages, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
