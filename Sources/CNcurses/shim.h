#ifndef MLETUTOR_CNCURSES_SHIM_H
#define MLETUTOR_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API must be asked for here. */
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects ncurses' global variables and does not import its function-like macros. */
static inline WINDOW *mle_stdscr(void) { return stdscr; }
static inline FILE *mle_stdin(void) { return stdin; }
static inline FILE *mle_stdout(void) { return stdout; }
static inline int mle_colors(void) { return COLORS; }
static inline int mle_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t mle_a_bold(void) { return A_BOLD; }
static inline attr_t mle_a_dim(void) { return A_DIM; }
static inline attr_t mle_a_reverse(void) { return A_REVERSE; }
static inline attr_t mle_a_underline(void) { return A_UNDERLINE; }
static inline int mle_key_resize(void) { return KEY_RESIZE; }

/* Writes one cell: a character (a base and up to four combining marks, zero-terminated) with
   attributes and a colour pair. */
static inline int mle_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
