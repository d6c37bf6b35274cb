#ifndef JRE_CNCURSESW_SHIM_H
#define JRE_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's feature macros: ask for the wide API explicitly. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/*
 * Every macro or mutable global that Swift cannot import (or that Swift 6 rejects) gets a
 * small prefixed function here. Never hard-code the values these return: they are the
 * library's business and differ between builds.
 */

/* Status codes. */
static inline int jre_ok(void) { return OK; }
static inline int jre_err(void) { return ERR; }

/* Attribute bits. */
static inline attr_t jre_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t jre_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t jre_a_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t jre_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t jre_a_dim(void) { return (attr_t)A_DIM; }
static inline attr_t jre_a_italic(void) { return (attr_t)A_ITALIC; }
static inline attr_t jre_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }

/* Colour numbers and capabilities (COLORS and COLOR_PAIRS are mutable globals). */
static inline int jre_colors(void) { return COLORS; }
static inline int jre_color_pairs(void) { return COLOR_PAIRS; }
static inline short jre_color_black(void) { return COLOR_BLACK; }
static inline short jre_color_red(void) { return COLOR_RED; }
static inline short jre_color_green(void) { return COLOR_GREEN; }
static inline short jre_color_yellow(void) { return COLOR_YELLOW; }
static inline short jre_color_blue(void) { return COLOR_BLUE; }
static inline short jre_color_magenta(void) { return COLOR_MAGENTA; }
static inline short jre_color_cyan(void) { return COLOR_CYAN; }
static inline short jre_color_white(void) { return COLOR_WHITE; }

/* The current screen's main window (stdscr is a mutable global). */
static inline WINDOW *jre_stdscr(void) { return stdscr; }

/* The C standard streams (mutable globals Swift 6 rejects). */
static inline FILE *jre_stdin(void) { return stdin; }
static inline FILE *jre_stdout(void) { return stdout; }

/* Window size and cursor without the getmaxyx/getyx macros. */
static inline int jre_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int jre_getmaxx(WINDOW *win) { return getmaxx(win); }
static inline int jre_getcury(WINDOW *win) { return getcury(win); }
static inline int jre_getcurx(WINDOW *win) { return getcurx(win); }

/* Key codes. */
static inline int jre_key_code_yes(void) { return KEY_CODE_YES; }
static inline int jre_key_resize(void) { return KEY_RESIZE; }
static inline int jre_key_mouse(void) { return KEY_MOUSE; }
static inline int jre_key_f(int n) { return KEY_F(n); }
static inline int jre_key_f0(void) { return KEY_F0; }
static inline int jre_key_up(void) { return KEY_UP; }
static inline int jre_key_down(void) { return KEY_DOWN; }
static inline int jre_key_left(void) { return KEY_LEFT; }
static inline int jre_key_right(void) { return KEY_RIGHT; }
static inline int jre_key_home(void) { return KEY_HOME; }
static inline int jre_key_end(void) { return KEY_END; }
static inline int jre_key_ppage(void) { return KEY_PPAGE; }
static inline int jre_key_npage(void) { return KEY_NPAGE; }
static inline int jre_key_enter(void) { return KEY_ENTER; }
static inline int jre_key_backspace(void) { return KEY_BACKSPACE; }
static inline int jre_key_dc(void) { return KEY_DC; }
static inline int jre_key_ic(void) { return KEY_IC; }
static inline int jre_key_btab(void) { return KEY_BTAB; }
static inline int jre_key_a1(void) { return KEY_A1; }
static inline int jre_key_a3(void) { return KEY_A3; }
static inline int jre_key_c1(void) { return KEY_C1; }
static inline int jre_key_c3(void) { return KEY_C3; }
static inline int jre_key_shome(void) { return KEY_SHOME; }
static inline int jre_key_send(void) { return KEY_SEND; }

/* Mouse masks. */
static inline mmask_t jre_button1_clicked(void) { return (mmask_t)BUTTON1_CLICKED; }
static inline mmask_t jre_button1_pressed(void) { return (mmask_t)BUTTON1_PRESSED; }
static inline mmask_t jre_button1_released(void) { return (mmask_t)BUTTON1_RELEASED; }
static inline mmask_t jre_button1_double_clicked(void) { return (mmask_t)BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t jre_button4_pressed(void) { return (mmask_t)BUTTON4_PRESSED; }
static inline mmask_t jre_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return (mmask_t)BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/* Whether a terminfo string capability is present (tigetstr returns (char *)-1 or 0 otherwise). */
static inline const char *jre_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == 0 || value == (char *)-1) return 0;
    return value;
}

/* The C library's width of a wide character in the current locale (what ncurses uses). */
extern int wcwidth(wchar_t);
static inline int jre_wcwidth(wchar_t c) { return wcwidth(c); }

/* Whether the current locale's codeset is UTF-8 (call after setlocale). */
static inline int jre_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == 0) return 0;
    return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') &&
           (codeset[2] == 'F' || codeset[2] == 'f');
}

#endif
