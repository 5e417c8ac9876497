/*
 * regexp.h — the regular-expression engine (ECMA-262 22.2): a pattern is parsed (regexp_parse.c,
 * with Annex B's grammar for patterns without u/v), compiled to a small bytecode (regexp_compile.c)
 * and run by a backtracking matcher whose choice points live on an explicit stack (regexp_exec.c),
 * so deep backtracking never grows the C stack. Flags that change what a pattern means (i, m, s, u)
 * are resolved at compile time; g, y, d only concern the library (lib_regexp.c).
 */
#ifndef TSN_REGEXP_H
#define TSN_REGEXP_H

#include <stdbool.h>
#include <stdint.h>

#include "value.h"

/* Flag bits, in the order of RegExp.prototype.flags ("dgimsuvy"). */
#define TSN_RE_HAS_INDICES 1
#define TSN_RE_GLOBAL 2
#define TSN_RE_IGNORE_CASE 4
#define TSN_RE_MULTILINE 8
#define TSN_RE_DOT_ALL 16
#define TSN_RE_UNICODE 32
#define TSN_RE_UNICODE_SETS 64
#define TSN_RE_STICKY 128

/* A compiled pattern. Group 0 is the whole match; `names[k]` is the name of capture group k (an
 * interned string) or TSN_UNDEFINED. Several groups may share a name (in different alternatives). */
typedef struct tsn_regexp_program {
  uint32_t flags;
  uint32_t capture_count;  /* groups including group 0 */
  uint32_t register_count; /* 2 * capture_count, then loop counters and positions */
  bool has_named_groups;
  tsn_value *names;        /* capture_count entries */
  int32_t *code;
  uint32_t code_length;
  struct tsn_regexp_class *classes;
  uint32_t class_count;
} tsn_regexp_program;

/* Parses the flags string of RegExpInitialize (22.2.3.3): the TSN_RE_* bits, or -1 when a flag is
 * unknown or repeated, or both u and v are present. */
int32_t tsn_regexp_parse_flags(tsn_value flags);

/* Compiles a pattern (a string value) under `flags`. Throws V8's SyntaxError
 * "Invalid regular expression: /<source>/<flags>: <reason>" for an invalid pattern. */
tsn_regexp_program *tsn_regexp_compile(tsn_value pattern, uint32_t flags, tsn_value flags_text);

/* Runs the matcher at exactly `start` (0 <= start <= length) over `length` code units. On a match
 * returns true and fills `captures` (2 * capture_count entries: start/end per group, -1 when the
 * group did not participate). */
bool tsn_regexp_match_at(const tsn_regexp_program *p, const uint16_t *subject, uint32_t length, uint32_t start, int32_t *captures);

/* Canonicalize (22.2.2.7.3) of one character: simple case folding when `unicode`, the single-unit
 * toUppercase mapping otherwise. */
uint32_t tsn_regexp_canonicalize(uint32_t ch, bool unicode);

#endif
