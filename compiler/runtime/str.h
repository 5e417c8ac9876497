/*
 * str.h — JS strings: immutable sequences of UTF-16 code units (ECMA-262 6.1.4).
 *
 * A string is either flat (`chars` holds `length` code units) or a rope (`chars` is NULL and the
 * value is left ++ right). Concatenation builds ropes in O(1), so `s += x` in a loop is linear;
 * any operation that needs the code units flattens once (iteratively, no deep recursion) and caches
 * the result in place. Interned strings (property keys, literals) are unique by content, so key
 * comparison is pointer comparison.
 */
#ifndef TSN_STR_H
#define TSN_STR_H

#include "value.h"

typedef struct tsn_string {
  tsn_cell hdr;                /* type TSN_CELL_STRING; hdr.aux = length in code units; hdr.bits: TSN_STR_* */
  uint32_t hash;               /* 0 until computed */
  int32_t array_index;         /* -2 unknown, -1 not a canonical array index, else the index (< 2^31) */
  const uint16_t *chars;       /* NULL while a rope */
  struct tsn_string *left, *right;
} tsn_string;

#define TSN_STR_INTERNED 1

static inline tsn_string *tsn_as_string(tsn_value v) { return (tsn_string *)(uintptr_t)v; }
static inline uint32_t tsn_str_length(tsn_value s) { return tsn_as_string(s)->hdr.aux; }

/* Creation. All return string values; lengths are in code units / bytes. */
tsn_value tsn_str_from_utf16(const uint16_t *units, uint32_t length);     /* copies */
tsn_value tsn_str_from_ascii(const char *cstr);                           /* NUL-terminated ASCII */
tsn_value tsn_str_from_latin1(const char *bytes, size_t n);               /* each byte one code unit */
tsn_value tsn_str_from_utf8(const char *bytes, size_t n);                 /* decodes UTF-8 (invalid -> U+FFFD) */
tsn_value tsn_str_literal(const uint16_t *units, uint32_t length);        /* interned, for compiled literals; does not copy (static data) */
tsn_value tsn_str_intern(tsn_value s);                                    /* the unique interned string equal to s */
tsn_value tsn_str_intern_ascii(const char *cstr);
tsn_value tsn_str_empty(void);                                            /* the interned "" */
tsn_value tsn_str_from_code_unit(uint16_t unit);                          /* cached for ASCII */

/* Access. tsn_str_chars flattens a rope (amortised O(1) afterwards). */
const uint16_t *tsn_str_chars(tsn_value s);
uint16_t tsn_str_char_at(tsn_value s, uint32_t index);                    /* index < length */
tsn_value tsn_str_concat(tsn_value a, tsn_value b);                       /* both strings */
tsn_value tsn_str_substring(tsn_value s, uint32_t start, uint32_t end);   /* [start, end), clamped by caller */
bool tsn_str_equals(tsn_value a, tsn_value b);                            /* content equality */
int tsn_str_compare(tsn_value a, tsn_value b);                            /* code-unit order (IsLessThan for strings), <0/0/>0 */
uint32_t tsn_str_hash(tsn_value s);
int64_t tsn_str_index_of(tsn_value s, tsn_value search, uint32_t from);   /* -1 when absent */
/* Canonical array index (ECMA-262 6.1.7: "0".."4294967294" without leading zeros); -1 if not. Cached. */
int64_t tsn_str_array_index(tsn_value s);
/* UTF-8 encoding for output, lone surrogates become U+FFFD as Node writes them. Returns a NUL-terminated
 * GC buffer; *out_len (when out_len is not NULL) receives the byte length. */
char *tsn_str_to_utf8(tsn_value s, size_t *out_len);

/* A growable UTF-16 buffer for builtins that build strings (join, inspect, JSON). */
typedef struct tsn_strbuf { uint16_t *data; uint32_t length, capacity; } tsn_strbuf;
void tsn_strbuf_init(tsn_strbuf *b);
void tsn_strbuf_push_unit(tsn_strbuf *b, uint16_t unit);
void tsn_strbuf_push_ascii(tsn_strbuf *b, const char *cstr);
void tsn_strbuf_push_ascii_n(tsn_strbuf *b, const char *s, size_t n);
void tsn_strbuf_push_string(tsn_strbuf *b, tsn_value s);
void tsn_strbuf_push_units(tsn_strbuf *b, const uint16_t *units, uint32_t n);
tsn_value tsn_strbuf_finish(tsn_strbuf *b);                               /* the buffer may not be used afterwards */

#endif
