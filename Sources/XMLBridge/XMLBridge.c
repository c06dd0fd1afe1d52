#include "XMLBridge.h"

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
    return xmlReadMemory(bytes, (int)length, "report.xml", NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
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
