#include "XMLBridge.h"
#include "BridgeInternals.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

uint32_t xb_html_entity(const char *name, size_t length) {
    char buffer[64];
    if (length == 0 || length >= sizeof buffer) return 0;
    memcpy(buffer, name, length);
    buffer[length] = '\0';
    const htmlEntityDesc *entity = htmlEntityLookup((const xmlChar *)buffer);
    return entity ? (uint32_t)entity->value : 0;
}

static xmlDocPtr parse_quietly(const char *bytes, size_t length) {
    return xmlReadMemory(bytes, (int)length, "report.xml", NULL, XB_UNTRUSTED_PARSE_OPTIONS);
}

int xb_xml_check(const char *bytes, size_t length,
                 char *message, size_t capacity, int *line) {
    xmlResetLastError();
    xmlDocPtr document = parse_quietly(bytes, length);
    if (document) {
        xmlFreeDoc(document);
        return 0;
    }
    const xmlError *error = xmlGetLastError();
    if (capacity > 0) {
        const char *text = (error && error->message) ? error->message : "not well-formed";
        strncpy(message, text, capacity - 1);
        message[capacity - 1] = '\0';
    }
    if (line) *line = error ? error->line : 0;
    return 1;
}

static long count_named(xmlNodePtr node, const char *name) {
    long count = 0;
    for (; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE) {
            if (xmlStrcmp(node->name, (const xmlChar *)name) == 0) count++;
            count += count_named(node->children, name);
        }
    }
    return count;
}

long xb_xml_count_elements(const char *bytes, size_t length, const char *name) {
    xmlDocPtr document = parse_quietly(bytes, length);
    if (!document) return -1;
    long count = count_named(xmlDocGetRootElement(document), name);
    xmlFreeDoc(document);
    return count;
}

// MARK: Writing

#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct xb_writer {
    xmlBufferPtr buffer;
    xmlTextWriterPtr writer;
    int failed;
};

// A buffer that doubles as it grows: libxml2's default grows it to the exact
// size on every flush, a reallocation (for a document of megabytes, a page
// remapping seen by every core) each few kilobytes.
static xmlBufferPtr growing_buffer(void) {
    xmlBufferPtr buffer = xmlBufferCreate();
    if (buffer) xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT);
    return buffer;
}

xb_writer *xb_writer_new(void) {
    xb_writer *result = calloc(1, sizeof *result);
    if (!result) return NULL;
    result->buffer = growing_buffer();
    result->writer = result->buffer ? xmlNewTextWriterMemory(result->buffer, 0) : NULL;
    if (!result->writer || xmlTextWriterStartDocument(result->writer, "1.0", "UTF-8", NULL) < 0) {
        xb_writer_discard(result);
        return NULL;
    }
    return result;
}

xb_writer *xb_writer_new_fragment(void) {
    xb_writer *result = calloc(1, sizeof *result);
    if (!result) return NULL;
    result->buffer = growing_buffer();
    result->writer = result->buffer ? xmlNewTextWriterMemory(result->buffer, 0) : NULL;
    if (!result->writer) {
        xb_writer_discard(result);
        return NULL;
    }
    return result;
}

static int checked(xb_writer *writer, int status) {
    if (status < 0) writer->failed = 1;
    return writer->failed ? -1 : 0;
}

int xb_writer_start(xb_writer *writer, const char *name) {
    if (!writer || writer->failed) return -1;
    return checked(writer, xmlTextWriterStartElement(writer->writer, (const xmlChar *)name));
}

int xb_writer_attribute(xb_writer *writer, const char *name, const char *value) {
    if (!writer || writer->failed) return -1;
    return checked(writer, xmlTextWriterWriteAttribute(writer->writer, (const xmlChar *)name, (const xmlChar *)value));
}

int xb_writer_text(xb_writer *writer, const char *text, size_t length) {
    if (!writer || writer->failed) return -1;
    if (length == 0) return 0;
    char *copy = malloc(length + 1);
    if (!copy) return checked(writer, -1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    int status = xmlTextWriterWriteString(writer->writer, (const xmlChar *)copy);
    free(copy);
    return checked(writer, status);
}

int xb_writer_string(xb_writer *writer, const char *text) {
    if (!writer || writer->failed) return -1;
    if (!text[0]) return 0;
    // Most text has nothing libxml2 would escape: then its escaping (a copy
    // of the text) is skipped and the bytes go out as they are.
    size_t length = strcspn(text, "<>&\"\r");
    if (text[length] == '\0' && length <= INT32_MAX) {
        return checked(writer, xmlTextWriterWriteRawLen(writer->writer, (const xmlChar *)text, (int)length));
    }
    return checked(writer, xmlTextWriterWriteString(writer->writer, (const xmlChar *)text));
}

int xb_writer_raw(xb_writer *writer, const char *bytes, size_t length) {
    if (!writer || writer->failed) return -1;
    if (length == 0) return 0;
    if (length > INT32_MAX) return checked(writer, -1);
    return checked(writer, xmlTextWriterWriteRawLen(writer->writer, (const xmlChar *)bytes, (int)length));
}

int xb_writer_end(xb_writer *writer) {
    if (!writer || writer->failed) return -1;
    return checked(writer, xmlTextWriterEndElement(writer->writer));
}

/// The writer's bytes, NUL-terminated, in a block the caller frees; the writer is freed.
static char *take_bytes(xb_writer *writer, size_t *length) {
    char *bytes = NULL;
    xmlFreeTextWriter(writer->writer);  // flushes into the buffer
    writer->writer = NULL;
    size_t count = (size_t)xmlBufferLength(writer->buffer);
    bytes = malloc(count + 1);
    if (bytes) {
        memcpy(bytes, xmlBufferContent(writer->buffer), count);
        bytes[count] = '\0';
        *length = count;
    }
    xb_writer_discard(writer);
    return bytes;
}

char *xb_writer_finish(xb_writer *writer, size_t *length) {
    if (!writer) return NULL;
    if (writer->failed || xmlTextWriterEndDocument(writer->writer) < 0) {
        xb_writer_discard(writer);
        return NULL;
    }
    return take_bytes(writer, length);
}

char *xb_writer_finish_fragment(xb_writer *writer, size_t *length) {
    if (!writer) return NULL;
    if (writer->failed || xmlTextWriterFlush(writer->writer) < 0) {
        xb_writer_discard(writer);
        return NULL;
    }
    return take_bytes(writer, length);
}

void xb_writer_discard(xb_writer *writer) {
    if (!writer) return;
    if (writer->writer) xmlFreeTextWriter(writer->writer);
    if (writer->buffer) xmlBufferFree(writer->buffer);
    free(writer);
}

void xb_free(void *bytes) { free(bytes); }

// MARK: HTML

#include <libxml/HTMLtree.h>

struct xb_html {
    xmlDocPtr document;
    xmlNodePtr current;
    int failed;
};

xb_html *xb_html_new(void) {
    xb_html *result = calloc(1, sizeof *result);
    if (!result) return NULL;
    result->document = htmlNewDocNoDtD(NULL, NULL);
    if (!result->document || !xmlCreateIntSubset(result->document, (const xmlChar *)"html", NULL, NULL)) {
        xb_html_discard(result);
        return NULL;
    }
    return result;
}

static int html_failed(xb_html *html) {
    html->failed = 1;
    return -1;
}

int xb_html_start(xb_html *html, const char *name) {
    if (!html || html->failed) return -1;
    xmlNodePtr node = xmlNewDocNode(html->document, NULL, (const xmlChar *)name, NULL);
    if (!node) return html_failed(html);
    if (html->current) {
        xmlAddChild(html->current, node);
    } else if (!xmlDocGetRootElement(html->document)) {
        xmlDocSetRootElement(html->document, node);
    } else {
        xmlFreeNode(node);
        return html_failed(html);  // a second root
    }
    html->current = node;
    return 0;
}

int xb_html_attribute(xb_html *html, const char *name, const char *value) {
    if (!html || html->failed) return -1;
    if (!html->current || !xmlSetProp(html->current, (const xmlChar *)name, (const xmlChar *)value)) {
        return html_failed(html);
    }
    return 0;
}

int xb_html_text(xb_html *html, const char *text, size_t length) {
    if (!html || html->failed) return -1;
    if (length == 0) return 0;
    if (!html->current || length > INT32_MAX) return html_failed(html);
    xmlNodePtr node = xmlNewDocTextLen(html->document, (const xmlChar *)text, (int)length);
    if (!node) return html_failed(html);
    // xmlAddChild merges adjacent text nodes and frees `node` when it does.
    xmlAddChild(html->current, node);
    return 0;
}

int xb_html_end(xb_html *html) {
    if (!html || html->failed) return -1;
    if (!html->current) return html_failed(html);
    xmlNodePtr parent = html->current->parent;
    html->current = (parent && parent->type == XML_ELEMENT_NODE) ? parent : NULL;
    return 0;
}

char *xb_html_finish(xb_html *html, size_t *length) {
    char *bytes = NULL;
    if (!html) return NULL;
    if (!html->failed && xmlDocGetRootElement(html->document)) {
        xmlChar *serialized = NULL;
        int count = 0;
        htmlDocDumpMemoryFormat(html->document, &serialized, &count, 0);
        if (serialized && count >= 0) {
            bytes = malloc((size_t)count + 1);
            if (bytes) {
                memcpy(bytes, serialized, (size_t)count);
                bytes[count] = '\0';
                *length = (size_t)count;
            }
        }
        xmlFree(serialized);
    }
    xb_html_discard(html);
    return bytes;
}

void xb_html_discard(xb_html *html) {
    if (!html) return;
    if (html->document) xmlFreeDoc(html->document);
    free(html);
}

// MARK: Schema validation

struct messages {
    char *text;
    size_t capacity;
    size_t used;
    int count;
};

static void collect(void *context, const xmlError *error) {
    struct messages *messages = context;
    if (!messages || messages->capacity == 0 || messages->count >= 20 || !error) return;
    messages->count++;
    int written = snprintf(messages->text + messages->used, messages->capacity - messages->used,
                           "%d: %s", error->line, error->message ? error->message : "invalid\n");
    if (written > 0) {
        messages->used += (size_t)written;
        if (messages->used >= messages->capacity) messages->used = messages->capacity - 1;
    }
}

void xb_ignore_generic_error(void *context, const char *format, ...) {
    (void)context;
    (void)format;
}

int xb_schema_validate(const char *schema_path, const char *bytes, size_t length,
                       char *text, size_t capacity) {
    struct messages messages = { text, capacity, 0, 0 };
    if (capacity > 0) text[0] = '\0';
    xmlSetGenericErrorFunc(NULL, xb_ignore_generic_error);
    int result = -1;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schema_path);
    xmlSchemaPtr schema = NULL;
    if (parser) {
        xmlSchemaSetParserStructuredErrors(parser, (xmlStructuredErrorFunc)collect, &messages);
        schema = xmlSchemaParse(parser);
    }
    if (schema) {
        xmlDocPtr document = xmlReadMemory(bytes, (int)length, "document.xml", NULL, XB_UNTRUSTED_PARSE_OPTIONS);
        if (!document) {
            const xmlError *error = xmlGetLastError();
            if (error) collect(&messages, error);
            result = 1;
        } else {
            xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
            if (validator) {
                xmlSchemaSetValidStructuredErrors(validator, (xmlStructuredErrorFunc)collect, &messages);
                result = xmlSchemaValidateDoc(validator, document) == 0 ? 0 : 1;
                xmlSchemaFreeValidCtxt(validator);
            }
            xmlFreeDoc(document);
        }
        xmlSchemaFree(schema);
    }
    if (parser) xmlSchemaFreeParserCtxt(parser);
    xmlSetGenericErrorFunc(NULL, NULL);
    return result;
}
