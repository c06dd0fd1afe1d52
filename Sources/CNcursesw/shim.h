// The wide-character API (add_wch, get_wch, cchar_t) needs this before the header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

// ncurses' and stdio's globals, read through functions: Swift 6 refuses
// direct access to imported mutable globals.
static inline WINDOW *helpkit_stdscr(void) { return stdscr; }
static inline FILE *helpkit_stdin(void) { return stdin; }
static inline FILE *helpkit_stdout(void) { return stdout; }
