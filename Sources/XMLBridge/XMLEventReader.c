#include "XMLBridge.h"
#include "BridgeInternals.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A pull reader made of libxml2's SAX2 push parser: the caller feeds the
// document in chunks when asked, and the events of a chunk wait in a queue
// until they are pulled.
// libxml2's own pull reader (xmlTextReader) builds a tree node for every
// node and frees it again; on exported XLIFF it costs 2.5 times the parse
// (bench/60-exchange.sh), and no node is ever needed.

typedef struct {
    int type;
    int is_empty;
    int line;
    // Interned in the parser's dictionary: valid until the reader is freed.
    const xmlChar *name;
    const xmlChar *uri;
    // Where the event's text (a text node) or attribute values begin in the arena.
    size_t data;
    size_t first_attribute;
    int attribute_count;
} event;

typedef struct {
    const xmlChar *name;
    const xmlChar *prefix;
    size_t value;
} attribute;

struct xb_reader {
    xmlParserCtxtPtr parser;
    int parsed_all;
    // The queue: the first `pulled` events were handed out, the last of them
    // is the current one; those after it are not pulled yet.
    event *events;
    size_t event_count, event_capacity, pulled;
    attribute *attributes;
    size_t attribute_count, attribute_capacity;
    char *arena;
    size_t arena_used, arena_capacity;
    char message[512];
    int error_line;
    int error_column;
    int failed;
};

static int reserve(void **items, size_t *capacity, size_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    size_t grown = *capacity ? *capacity : 256;
    while (grown < needed) grown *= 2;
    void *moved = realloc(*items, grown * size);
    if (!moved) return 0;
    *items = moved;
    *capacity = grown;
    return 1;
}

static void stop(xb_reader *reader) {
    xmlStopParser(reader->parser);
    reader->parsed_all = 1;
}

/// Keeps the document's first error: its message, without libxml2's
/// trailing line break, and where it stands.
static void record(xb_reader *reader, const char *message, int line, int column) {
    if (reader->failed) return;
    reader->failed = 1;
    snprintf(reader->message, sizeof reader->message, "%s", message);
    size_t length = strlen(reader->message);
    while (length > 0 && (reader->message[length - 1] == '\n' || reader->message[length - 1] == ' ')) {
        reader->message[--length] = '\0';
    }
    reader->error_line = line;
    reader->error_column = column;
}

/// Fails the document where the parser stands.
static void fail(xb_reader *reader, const char *message) {
    record(reader, message, xmlSAX2GetLineNumber(reader->parser), xmlSAX2GetColumnNumber(reader->parser));
    stop(reader);
}

/// Fails the document, dropping the events not pulled yet: the one being
/// made may be half made.
static void fail_out_of_memory(xb_reader *reader) {
    reader->event_count = reader->pulled;
    fail(reader, "out of memory");
}

static const size_t no_room = (size_t)-1;

/// Appends `length` bytes and a NUL to the arena; the offset of the first,
/// or `no_room`.
static size_t append_text(xb_reader *reader, const xmlChar *text, size_t length) {
    if (!reserve((void **)&reader->arena, &reader->arena_capacity, reader->arena_used + length + 1, 1)) {
        fail_out_of_memory(reader);
        return no_room;
    }
    size_t offset = reader->arena_used;
    memcpy(reader->arena + offset, text, length);
    reader->arena[offset + length] = '\0';
    reader->arena_used += length + 1;
    return offset;
}

static event *push_event(xb_reader *reader, int type) {
    if (!reserve((void **)&reader->events, &reader->event_capacity, reader->event_count + 1, sizeof(event))) {
        fail_out_of_memory(reader);
        return NULL;
    }
    event *made = &reader->events[reader->event_count++];
    *made = (event){
        .type = type,
        .line = xmlSAX2GetLineNumber(reader->parser),
        .data = reader->arena_used,
        .first_attribute = reader->attribute_count,
    };
    return made;
}

static event *last_unpulled(xb_reader *reader) {
    return reader->event_count > reader->pulled ? &reader->events[reader->event_count - 1] : NULL;
}

static void on_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted,
                     const xmlChar **attributes) {
    (void)prefix, (void)namespace_count, (void)namespaces, (void)defaulted;
    xb_reader *reader = context;
    event *start = push_event(reader, XB_NODE_ELEMENT);
    if (!start) return;
    start->name = name;
    start->uri = uri;
    if (!reserve((void **)&reader->attributes, &reader->attribute_capacity,
                 reader->attribute_count + (size_t)attribute_count, sizeof(attribute))) {
        fail_out_of_memory(reader);
        return;
    }
    for (int index = 0; index < attribute_count; index++) {
        const xmlChar **fields = attributes + 5 * index;
        size_t value = append_text(reader, fields[3], (size_t)(fields[4] - fields[3]));
        if (value == no_room) return;
        // Without entity substitution the parser keeps `&amp;` as `&#38;`
        // (its tree builder decodes it); no other reference is left.
        char *to = reader->arena + value;
        for (const char *from = to; *from;) {
            int ampersand = *from == '&' && strncmp(from, "&#38;", 5) == 0;
            *to++ = *from;
            from += ampersand ? 5 : 1;
        }
        *to = '\0';
        reader->attributes[reader->attribute_count++] = (attribute){fields[0], fields[1], value};
    }
    start->attribute_count = attribute_count;
}

static void on_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)name, (void)prefix, (void)uri;
    xb_reader *reader = context;
    // An element with nothing in it is one node, as xmlTextReader reports `<ph/>`.
    event *last = last_unpulled(reader);
    if (last && last->type == XB_NODE_ELEMENT && !last->is_empty) {
        last->is_empty = 1;
        return;
    }
    push_event(reader, XB_NODE_END_ELEMENT);
}

static void on_text(void *context, const xmlChar *text, int length) {
    xb_reader *reader = context;
    // Runs of text (split at references and chunk ends) are one node.
    event *last = last_unpulled(reader);
    if (last && last->type == XB_NODE_TEXT) {
        // libxml2's tree builder refuses a text node this long (without
        // XML_PARSE_HUGE); so does this reader.
        if (reader->arena_used - last->data - 1 + (size_t)length > XML_MAX_TEXT_LENGTH) {
            fail(reader, "a text node longer than libxml2 allows (XML_MAX_TEXT_LENGTH)");
            return;
        }
        reader->arena_used -= 1;
        append_text(reader, text, (size_t)length);
        return;
    }
    event *made = push_event(reader, XB_NODE_TEXT);
    if (made) append_text(reader, text, (size_t)length);
}

// A document type is where entities are declared: the parser stops at the
// declaration, before its internal subset is read, and the caller is told.
static void on_document_type(void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name, (void)external_id, (void)system_id;
    xb_reader *reader = context;
    push_event(reader, XB_NODE_DOCUMENT_TYPE);
    stop(reader);
}

static void on_reference(void *context, const xmlChar *name) {
    (void)name;
    xb_reader *reader = context;
    push_event(reader, XB_NODE_ENTITY_REFERENCE);
    stop(reader);
}

static void on_error(void *context, xmlErrorPtr error) {
    xb_reader *reader = context;
    if (!reader || !error || error->level < XML_ERR_ERROR) return;
    record(reader, error->message ? error->message : "not well-formed", error->line, error->int2);
}

xb_reader *xb_reader_new(const char *name) {
    xb_reader *reader = calloc(1, sizeof *reader);
    if (!reader) return NULL;
    // Only these callbacks: no tree, no entity declarations kept, no
    // external subset or entity resolved.
    xmlSAXHandler handler = {
        .initialized = XML_SAX2_MAGIC,
        .startElementNs = on_start,
        .endElementNs = on_end,
        .characters = on_text,
        .ignorableWhitespace = on_text,
        .cdataBlock = on_text,
        .internalSubset = on_document_type,
        .reference = on_reference,
        .serror = on_error,
    };
    reader->parser = xmlCreatePushParserCtxt(&handler, reader, NULL, 0, name);
    if (!reader->parser) {
        free(reader);
        return NULL;
    }
    xmlCtxtUseOptions(reader->parser, XB_UNTRUSTED_PARSE_OPTIONS);
    return reader;
}

/// Drops the pulled events and their data, keeping the current one on.
static void compact(xb_reader *reader) {
    if (reader->pulled < 2) return;
    size_t keep = reader->pulled - 1;
    size_t data = reader->events[keep].data;
    size_t first_attribute = reader->events[keep].first_attribute;
    size_t kept = reader->event_count - keep;
    // memmove's pointers must be valid even for no bytes: nothing may be allocated yet.
    if (kept) memmove(reader->events, reader->events + keep, kept * sizeof(event));
    if (reader->arena_used > data) memmove(reader->arena, reader->arena + data, reader->arena_used - data);
    if (reader->attribute_count > first_attribute) {
        memmove(reader->attributes, reader->attributes + first_attribute,
                (reader->attribute_count - first_attribute) * sizeof(attribute));
    }
    for (size_t index = 0; index < kept; index++) {
        reader->events[index].data -= data;
        reader->events[index].first_attribute -= first_attribute;
    }
    for (size_t index = 0; index < reader->attribute_count - first_attribute; index++) {
        reader->attributes[index].value -= data;
    }
    reader->event_count = kept;
    reader->arena_used -= data;
    reader->attribute_count -= first_attribute;
    reader->pulled = 1;
}

void xb_reader_feed(xb_reader *reader, const char *bytes, size_t length, int last) {
    if (reader->parsed_all) return;
    compact(reader);
    // The encoding layer writes its errors to libxml2's generic handler, that
    // is to stderr; the failure below says it once, where it belongs.
    xmlGenericErrorFunc previous = xmlGenericError;
    void *previous_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, xb_ignore_generic_error);
    int status = xmlParseChunk(reader->parser, bytes, (int)length, last);
    xmlSetGenericErrorFunc(previous_context, previous);
    // The parser can halt without a word to the error callback: bytes that are
    // not in the encoding the document declares only reach stderr.
    if (status != XML_ERR_OK && status != XML_ERR_USER_STOP && !reader->failed) {
        fail(reader, status == -1 ? "the bytes are not in the encoding the document declares" : "not well-formed");
    }
    if (last || reader->failed) reader->parsed_all = 1;
}

int xb_reader_next(xb_reader *reader) {
    // The event after the next must be known too: an element's end may still
    // turn it into an empty element.
    if (!reader->parsed_all && reader->event_count < reader->pulled + 2) return XB_NEEDS_INPUT;
    if (reader->pulled < reader->event_count) {
        reader->pulled += 1;
        return 1;
    }
    return reader->failed ? -1 : 0;
}

static const event *current(xb_reader *reader) {
    return reader->pulled > 0 && reader->pulled <= reader->event_count ? &reader->events[reader->pulled - 1] : NULL;
}

int xb_reader_type(xb_reader *reader) {
    const event *now = current(reader);
    return now ? now->type : 0;
}

static const char *or_empty(const xmlChar *text) { return text ? (const char *)text : ""; }

const char *xb_reader_local_name(xb_reader *reader) {
    const event *now = current(reader);
    return or_empty(now ? now->name : NULL);
}

const char *xb_reader_namespace(xb_reader *reader) {
    const event *now = current(reader);
    return or_empty(now ? now->uri : NULL);
}

const char *xb_reader_value(xb_reader *reader) {
    const event *now = current(reader);
    return now && now->type == XB_NODE_TEXT ? reader->arena + now->data : "";
}

int xb_reader_is_empty(xb_reader *reader) {
    const event *now = current(reader);
    return now && now->is_empty;
}

static int has_name(const attribute *candidate, const char *name) {
    if (!candidate->prefix) return strcmp((const char *)candidate->name, name) == 0;
    size_t prefix_length = strlen((const char *)candidate->prefix);
    return strncmp((const char *)candidate->prefix, name, prefix_length) == 0 && name[prefix_length] == ':'
        && strcmp((const char *)candidate->name, name + prefix_length + 1) == 0;
}

const char *xb_reader_attribute(xb_reader *reader, const char *name) {
    const event *now = current(reader);
    if (!now) return NULL;
    for (int index = 0; index < now->attribute_count; index++) {
        const attribute *candidate = &reader->attributes[now->first_attribute + (size_t)index];
        if (has_name(candidate, name)) return reader->arena + candidate->value;
    }
    return NULL;
}

int xb_reader_line(xb_reader *reader) {
    const event *now = current(reader);
    return now ? now->line : xmlSAX2GetLineNumber(reader->parser);
}

const char *xb_reader_error(xb_reader *reader, int *line, int *column) {
    if (line) *line = reader->error_line;
    if (column) *column = reader->error_column;
    return reader->failed ? reader->message : "";
}

void xb_reader_free(xb_reader *reader) {
    if (!reader) return;
    xmlFreeParserCtxt(reader->parser);
    free(reader->events);
    free(reader->attributes);
    free(reader->arena);
    free(reader);
}
