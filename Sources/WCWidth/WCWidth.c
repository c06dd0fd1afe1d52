#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "WCWidth.h"

int wcw_columns(uint32_t scalar) {
    return wcwidth((wchar_t)scalar);
}
