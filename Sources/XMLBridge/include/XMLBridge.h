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

/// A writer of a fragment: no XML declaration, elements written from the
/// start; finish it with `xb_writer_finish_fragment`. Fragments written on
/// several threads (one writer each) go into one document with `xb_writer_raw`.
xb_writer *xb_writer_new_fragment(void);

/// Opens element `name` (a qualified name such as `mda:meta` is written as is).
/// Each call returns 0, or -1 once any write failed (the writer stays failed).
int xb_writer_start(xb_writer *writer, const char *name);
/// Writes attribute `name` on the element just opened; `value` is escaped.
int xb_writer_attribute(xb_writer *writer, const char *name, const char *value);
/// Writes `length` bytes of UTF-8 character data, escaped (`<`, `&`, `>`, CR).
int xb_writer_text(xb_writer *writer, const char *text, size_t length);
/// Writes NUL-terminated UTF-8 character data, escaped as `xb_writer_text` does
/// (text with no `<`, `>`, `&`, `"` or carriage return goes out as it is).
int xb_writer_string(xb_writer *writer, const char *text);
/// Writes `length` bytes as they are: a fragment another writer made.
int xb_writer_raw(xb_writer *writer, const char *bytes, size_t length);
/// Closes the innermost open element (an empty one as `<name/>`).
int xb_writer_end(xb_writer *writer);

/// Closes every open element, ends the document and frees the writer. Returns
/// the document's bytes (free them with `xb_free`) and their count in
/// `length`, or NULL when any write failed.
char *xb_writer_finish(xb_writer *writer, size_t *length);
/// Gives back a fragment's bytes as written (elements left open stay open)
/// and frees the writer; NULL when any write failed.
char *xb_writer_finish_fragment(xb_writer *writer, size_t *length);
/// Frees a writer without finishing it.
void xb_writer_discard(xb_writer *writer);
/// Frees bytes returned by the bridge.
void xb_free(void *bytes);

/// An HTML document being built as a libxml2 tree and serialized by
/// libxml2's HTML serializer, which escapes text and attribute values, writes
/// void elements without end tags and leaves `script` and `style` raw.
/// Opaque: made by `xb_html_new`, built element by element like a writer,
/// and given back as bytes by `xb_html_finish`, which also frees it.
typedef struct xb_html xb_html;

/// A new document with `<!DOCTYPE html>`; NULL when libxml2 cannot make one.
xb_html *xb_html_new(void);
/// Opens element `name` inside the element open now (the root for the first).
/// Each call returns 0, or -1 once any step failed (the document stays failed).
int xb_html_start(xb_html *html, const char *name);
/// Sets attribute `name` on the element open now; `value` is escaped on output.
int xb_html_attribute(xb_html *html, const char *name, const char *value);
/// Appends `length` bytes of UTF-8 text to the element open now.
int xb_html_text(xb_html *html, const char *text, size_t length);
/// Closes the element open now.
int xb_html_end(xb_html *html);
/// Serializes the document as UTF-8 HTML and frees it. Returns the bytes
/// (free them with `xb_free`) and their count in `length`, or NULL when any
/// step failed.
char *xb_html_finish(xb_html *html, size_t *length);
/// Frees a document without serializing it.
void xb_html_discard(xb_html *html);

/// Validates `length` bytes of XML against the W3C XML Schema at
/// `schema_path` (read without network access: imports must be local files).
/// Returns 0 when valid, 1 when not valid or not well formed, -1 when the
/// schema itself cannot be read. The first errors (`line: message`, one a
/// line) are written NUL-terminated to `messages`, truncated to `capacity`.
int xb_schema_validate(const char *schema_path, const char *bytes, size_t length,
                       char *messages, size_t capacity);

/// A pull reader over an XML document in memory, made of libxml2's SAX2
/// push parser, with no network access, no entity substitution, no DTD
/// loading and libxml2's size limits kept: parsing stops at a document type
/// declaration, which is reported as a node. Opaque; free it with
/// `xb_reader_free`.
typedef struct xb_reader xb_reader;

/// The node kinds `xb_reader_next` reports (as libxml2's xmlReaderTypes
/// number them). Runs of text, CDATA and white space are one text node.
enum {
    XB_NODE_ELEMENT = 1,
    XB_NODE_TEXT = 3,
    XB_NODE_ENTITY_REFERENCE = 5,
    XB_NODE_DOCUMENT_TYPE = 10,
    XB_NODE_END_ELEMENT = 15,
};

/// `xb_reader_next`'s answer when it needs the next bytes of the document.
enum { XB_NEEDS_INPUT = 2 };

/// A reader of a document the caller feeds in; `name` is used in messages.
/// NULL when libxml2 cannot make one.
xb_reader *xb_reader_new(const char *name);
/// Parses the next `length` bytes (at most INT32_MAX), the document's `last`
/// ones when nonzero. The bytes are not kept.
void xb_reader_feed(xb_reader *reader, const char *bytes, size_t length, int last);
/// Moves to the next node: 1 when there is one, 0 at the end, -1 on an error
/// (see `xb_reader_error`), XB_NEEDS_INPUT when it needs `xb_reader_feed`.
int xb_reader_next(xb_reader *reader);
/// The current node's kind (XB_NODE_…).
int xb_reader_type(xb_reader *reader);
/// The current node's local name and namespace URI ("" for none), interned:
/// valid, and the same pointer for the same name, until the reader is freed.
const char *xb_reader_local_name(xb_reader *reader);
const char *xb_reader_namespace(xb_reader *reader);
/// The text of a text node; "" for others.
const char *xb_reader_value(xb_reader *reader);
/// Whether the current element is empty (`<ph/>`): no end-element node follows.
int xb_reader_is_empty(xb_reader *reader);
/// The value of attribute `name` (no namespace; `xml:lang` style names for
/// the xml namespace) on the current element, or NULL; valid until the next
/// `xb_reader_next`.
const char *xb_reader_attribute(xb_reader *reader, const char *name);
/// The current node's 1-based line (the reader does not know the column of
/// a node it has passed).
int xb_reader_line(xb_reader *reader);
/// The first error's message (NUL-terminated, "" when none), line and column.
const char *xb_reader_error(xb_reader *reader, int *line, int *column);
void xb_reader_free(xb_reader *reader);

#ifdef __cplusplus
}
#endif

#endif
