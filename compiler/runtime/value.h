/*
 * value.h — the one 64-bit value word of the tsn runtime and the header every heap cell starts with.
 *
 * Encoding (JavaScriptCore-style, chosen so that the conservative Boehm collector sees every heap
 * pointer as a raw machine address):
 *   0x0000_0000_0000_0000            TSN_EMPTY: no value (array hole, uninitialised binding for TDZ)
 *   0x0000_XXXX_XXXX_XXX0 (not 0)    pointer to a heap cell (16-byte aligned GC memory, bit 1 clear)
 *   0x02 / 0x06 / 0x07 / 0x0a        null / false / true / undefined (bit 1 set: never a pointer)
 *   >= 2^49                          a double: its IEEE-754 bits plus 2^49 (TSN_DOUBLE_ENCODE_OFFSET).
 *                                    NaN is canonicalised to 0x7ff8000000000000 before encoding so no
 *                                    encoded double overflows. The range 0xfffe... stays free for a
 *                                    future int32 fast path.
 * Every function that takes a tsn_value accepts any of these; helpers below are the only place that
 * knows the bit layout.
 */
#ifndef TSN_VALUE_H
#define TSN_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t tsn_value;

#define TSN_EMPTY ((tsn_value)0x00)
#define TSN_NULL ((tsn_value)0x02)
#define TSN_FALSE ((tsn_value)0x06)
#define TSN_TRUE ((tsn_value)0x07)
#define TSN_UNDEFINED ((tsn_value)0x0a)
#define TSN_DOUBLE_ENCODE_OFFSET ((uint64_t)1 << 49)

/* Kinds of heap cell; the first byte of every cell. */
typedef enum tsn_cell_type {
  TSN_CELL_STRING = 1,
  TSN_CELL_SYMBOL = 2,
  TSN_CELL_OBJECT = 3,
  TSN_CELL_ACCESSOR = 4, /* getter/setter pair stored in an accessor property's slot; never a JS value */
  TSN_CELL_ENV = 5,      /* closure environment record; never a JS value */
} tsn_cell_type;

/* Header at offset 0 of every heap cell. `class_id` is meaningful for objects (tsn_class_id). */
typedef struct tsn_cell {
  uint8_t type;
  uint8_t bits;      /* per-type flags */
  uint16_t class_id; /* objects: tsn_class_id */
  uint32_t aux;      /* per-type small payload (e.g. string length) */
} tsn_cell;

static inline bool tsn_is_number(tsn_value v) { return v >= TSN_DOUBLE_ENCODE_OFFSET; }
static inline bool tsn_is_cell(tsn_value v) { return v != 0 && v < TSN_DOUBLE_ENCODE_OFFSET && (v & 2) == 0; }
static inline bool tsn_is_undefined(tsn_value v) { return v == TSN_UNDEFINED; }
static inline bool tsn_is_null(tsn_value v) { return v == TSN_NULL; }
static inline bool tsn_is_nullish(tsn_value v) { return v == TSN_NULL || v == TSN_UNDEFINED; }
static inline bool tsn_is_boolean(tsn_value v) { return (v & ~(tsn_value)1) == TSN_FALSE; }
static inline tsn_cell *tsn_as_cell(tsn_value v) { return (tsn_cell *)(uintptr_t)v; }
static inline tsn_value tsn_from_cell(const void *p) { return (tsn_value)(uintptr_t)p; }
static inline bool tsn_is_string(tsn_value v) { return tsn_is_cell(v) && tsn_as_cell(v)->type == TSN_CELL_STRING; }
static inline bool tsn_is_symbol(tsn_value v) { return tsn_is_cell(v) && tsn_as_cell(v)->type == TSN_CELL_SYMBOL; }
static inline bool tsn_is_object(tsn_value v) { return tsn_is_cell(v) && tsn_as_cell(v)->type == TSN_CELL_OBJECT; }

static inline tsn_value tsn_from_bool(bool b) { return b ? TSN_TRUE : TSN_FALSE; }
static inline bool tsn_as_bool(tsn_value v) { return v == TSN_TRUE; }

/* Doubles: encode/decode. tsn_from_double canonicalises NaN. */
static inline tsn_value tsn_from_double(double d) {
  uint64_t bits;
  if (d != d) return (tsn_value)0x7ff8000000000000ull + TSN_DOUBLE_ENCODE_OFFSET;
  memcpy(&bits, &d, sizeof bits);
  return bits + TSN_DOUBLE_ENCODE_OFFSET;
}
static inline double tsn_as_double(tsn_value v) {
  uint64_t bits = v - TSN_DOUBLE_ENCODE_OFFSET;
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

#endif
