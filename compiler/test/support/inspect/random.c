/*
 * random.c — the C side of inspect.test.ts's property test: reads console.log calls on JSON-like
 * values from stdin, one token per line, builds the values through the runtime API and prints
 * "=== <call index>" then the call's output on stdout.
 *
 * Tokens (hex fields are lowercase, no separators):
 *   l <argc>        a console.log call; argc values follow
 *   n <16 hex>      a number, its IEEE-754 bits
 *   s <4 hex>*      a string, one group per UTF-16 code unit
 *   t | f | z | u   true, false, null, undefined
 *   a <length>      an array; `length` element tokens follow, `h` for a hole
 *   o <count>       an object; `count` pairs of `k <4 hex>*` (key) and a value follow
 *   m <count>       new Map: `count` key and value pairs follow (Map.prototype.set order)
 *   S <count>       new Set: `count` values follow (Set.prototype.add order)
 */
#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "values.h"

static char *line;
static size_t line_cap;

static const char *next_token(void) {
  ssize_t n = getline(&line, &line_cap, stdin);
  if (n <= 0) return NULL;
  if (line[n - 1] == '\n') line[n - 1] = 0;
  return line;
}

static _Noreturn void bad_input(const char *what) {
  fprintf(stderr, "random.c: bad input: %s\n", what);
  exit(2);
}

static unsigned hex_digit(char c) {
  if (c >= '0' && c <= '9') return (unsigned)(c - '0');
  if (c >= 'a' && c <= 'f') return (unsigned)(c - 'a' + 10);
  bad_input("hex digit");
}

/* The string of a "s ..." / "k ..." token (the text after the two-character prefix). */
static tsn_value string_field(const char *t) {
  size_t len = strlen(t);
  size_t n = len > 2 ? (len - 2) / 4 : 0;
  uint16_t *units = tsn_alloc_atomic((n + 1) * sizeof(uint16_t));
  for (size_t i = 0; i < n; i++) {
    const char *h = t + 2 + 4 * i;
    units[i] = (uint16_t)(hex_digit(h[0]) << 12 | hex_digit(h[1]) << 8 | hex_digit(h[2]) << 4 | hex_digit(h[3]));
  }
  return tsn_str_from_utf16(units, (uint32_t)n);
}

static tsn_value read_value(void);

/* The value a token starts (reads the tokens of its elements and properties). `t` is only used
 * before any further token is read. */
static tsn_value value_of(const char *t) {
  switch (t[0]) {
    case 'n': {
      uint64_t bits = strtoull(t + 2, NULL, 16);
      double d;
      memcpy(&d, &bits, sizeof d);
      return N(d);
    }
    case 's': return string_field(t);
    case 't': return TSN_TRUE;
    case 'f': return TSN_FALSE;
    case 'z': return TSN_NULL;
    case 'u': return TSN_UNDEFINED;
    case 'a': {
      uint32_t len = (uint32_t)strtoul(t + 2, NULL, 10);
      tsn_value a = tsn_new_array(len);
      for (uint32_t i = 0; i < len; i++) {
        const char *e = next_token();
        if (!e) bad_input("missing element");
        if (e[0] != 'h') tsn_set_index(a, N(i), value_of(e));
      }
      return a;
    }
    case 'o': {
      uint32_t count = (uint32_t)strtoul(t + 2, NULL, 10);
      tsn_value o = tsn_new_object();
      for (uint32_t i = 0; i < count; i++) {
        const char *k = next_token();
        if (!k || k[0] != 'k') bad_input("missing key");
        tsn_value key = tsn_to_property_key(string_field(k));
        tsn_define_own(tsn_as_object(o), key, read_value(), TSN_ATTR_DEFAULT);
      }
      return o;
    }
    case 'm': {
      uint32_t count = (uint32_t)strtoul(t + 2, NULL, 10);
      tsn_value m = new_map();
      for (uint32_t i = 0; i < count; i++) {
        tsn_value k = read_value();
        map_put(m, k, read_value());
      }
      return m;
    }
    case 'S': {
      uint32_t count = (uint32_t)strtoul(t + 2, NULL, 10);
      tsn_value s = new_set();
      for (uint32_t i = 0; i < count; i++) set_add(s, read_value());
      return s;
    }
    default: bad_input(t);
  }
}

static tsn_value read_value(void) {
  const char *t = next_token();
  if (!t) bad_input("missing value");
  return value_of(t);
}

void tsn_program_main(void) {
  uint32_t index = 0;
  const char *t;
  while ((t = next_token()) != NULL) {
    if (t[0] != 'l') bad_input("expected a call");
    int argc = atoi(t + 2);
    tsn_value *args = tsn_alloc(((size_t)argc + 1) * sizeof(tsn_value));
    for (int i = 0; i < argc; i++) args[i] = read_value();
    char header[32];
    snprintf(header, sizeof header, "=== %u\n", index++);
    tsn_write_stdout_bytes(header, strlen(header));
    console_call("log", argc, args);
  }
}
