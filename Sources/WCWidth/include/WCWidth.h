#ifndef HELPKIT_WCWIDTH_H
#define HELPKIT_WCWIDTH_H

// The C library's wcwidth, which Swift's Glibc module hides (it is an X/Open
// extension the module is not built with).

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The columns `scalar` takes in the calling thread's LC_CTYPE locale:
/// 0 for combining marks, 2 for East Asian wide and fullwidth characters,
/// -1 for non-printable or unknown scalars.
int wcw_columns(uint32_t scalar);

#ifdef __cplusplus
}
#endif

#endif
