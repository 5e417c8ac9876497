/*
 * str.c — JS string values (ECMA-262 6.1.4): flat UTF-16 strings, ropes with iterative flattening,
 * the intern table for property keys and literals, the UTF-16 string builder and UTF-8 in/out.
 */
#include "str.h"

#include "alloc.h"
#include "exception.h"

/* Concatenations shorter than this are copied flat at once: a rope node costs more than the copy. */
#define TSN_ROPE_MIN 24
/* Strings up to this many code units keep their units in the same GC block as the header. */
#define TSN_INLINE_UNITS 32

/* Allocate a flat string of `length` units with an uninitialised buffer (caller fills it). */
static tsn_string *string_alloc(uint32_t length, uint16_t **units_out) {
  tsn_string *s;
  uint16_t *units;
  if (length <= TSN_INLINE_UNITS) {
    s = tsn_alloc(sizeof(tsn_string) + (size_t)length * 2 + 2);
    units = (uint16_t *)(s + 1);
  } else {
    s = tsn_alloc(sizeof(tsn_string));
    units = tsn_alloc_atomic((size_t)length * 2 + 2);
  }
  s->hdr.type = TSN_CELL_STRING;
  s->hdr.aux = length;
  s->array_index = -2;
  s->chars = units;
  *units_out = units;
  return s;
}

tsn_value tsn_str_from_utf16(const uint16_t *units, uint32_t length) {
  uint16_t *dst;
  tsn_string *s = string_alloc(length, &dst);
  if (length) memcpy(dst, units, (size_t)length * 2);
  return tsn_from_cell(s);
}

tsn_value tsn_str_from_latin1(const char *bytes, size_t n) {
  uint16_t *dst;
  tsn_string *s = string_alloc((uint32_t)n, &dst);
  for (size_t i = 0; i < n; i++) dst[i] = (uint8_t)bytes[i];
  return tsn_from_cell(s);
}

tsn_value tsn_str_from_ascii(const char *cstr) { return tsn_str_from_latin1(cstr, strlen(cstr)); }

/* Length of the maximal valid UTF-8 sequence starting at b[i] and its code point (WHATWG decoder:
 * an invalid or truncated sequence yields U+FFFD for its maximal prefix, at least one byte). */
static size_t utf8_decode_one(const uint8_t *b, size_t n, size_t i, uint32_t *cp) {
  uint8_t c = b[i];
  uint32_t need, min_next = 0x80, max_next = 0xBF, code;
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { need = 1; code = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2; code = c & 0x0F;
    if (c == 0xE0) min_next = 0xA0;
    if (c == 0xED) max_next = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3; code = c & 0x07;
    if (c == 0xF0) min_next = 0x90;
    if (c == 0xF4) max_next = 0x8F;
  } else { *cp = 0xFFFD; return 1; }
  size_t k = 1;
  for (; k <= need; k++) {
    if (i + k >= n) { *cp = 0xFFFD; return k; }
    uint8_t t = b[i + k];
    if (t < min_next || t > max_next) { *cp = 0xFFFD; return k; }
    min_next = 0x80; max_next = 0xBF;
    code = (code << 6) | (t & 0x3F);
  }
  *cp = code;
  return k;
}

tsn_value tsn_str_from_utf8(const char *bytes, size_t n) {
  const uint8_t *b = (const uint8_t *)bytes;
  size_t units = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    i += utf8_decode_one(b, n, i, &cp);
    units += cp >= 0x10000 ? 2 : 1;
  }
  uint16_t *dst;
  tsn_string *s = string_alloc((uint32_t)units, &dst);
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    i += utf8_decode_one(b, n, i, &cp);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      dst[o++] = (uint16_t)(0xD800 | (cp >> 10));
      dst[o++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
    } else {
      dst[o++] = (uint16_t)cp;
    }
  }
  return tsn_from_cell(s);
}

/* ---- flattening ---- */

/* Copy the units of rope/flat `root` into dst[0 .. length). Iterative: a node whose left (or right)
 * child is flat is consumed without growing the explicit stack, so left- and right-leaning ropes
 * (s = s + x, s = x + s) need O(1) stack; only balanced subtrees are pushed. */
static void rope_copy(tsn_string *root, uint16_t *dst) {
  typedef struct { tsn_string *node; uint32_t start; } frame;
  frame small[64];
  frame *stack = small;
  size_t top = 0, cap = 64;
  stack[top++] = (frame){root, 0};
  while (top) {
    frame f = stack[--top];
    tsn_string *n = f.node;
    uint32_t start = f.start;
    while (!n->chars) {
      tsn_string *l = n->left, *r = n->right;
      uint32_t llen = l->hdr.aux;
      if (l->chars) {
        memcpy(dst + start, l->chars, (size_t)llen * 2);
        start += llen;
        n = r;
      } else if (r->chars) {
        memcpy(dst + start + llen, r->chars, (size_t)r->hdr.aux * 2);
        n = l;
      } else {
        if (top == cap) {
          frame *bigger = tsn_alloc_atomic(cap * 2 * sizeof(frame));
          memcpy(bigger, stack, cap * sizeof(frame));
          stack = bigger;
          cap *= 2;
        }
        stack[top++] = (frame){r, start + llen};
        n = l;
      }
    }
    memcpy(dst + start, n->chars, (size_t)n->hdr.aux * 2);
  }
}

const uint16_t *tsn_str_chars(tsn_value v) {
  tsn_string *s = tsn_as_string(v);
  if (s->chars) return s->chars;
  uint32_t len = s->hdr.aux;
  uint16_t *buf = tsn_alloc_atomic((size_t)len * 2 + 2);
  rope_copy(s, buf);
  s->chars = buf;
  s->left = s->right = NULL;
  return buf;
}

uint16_t tsn_str_char_at(tsn_value s, uint32_t index) { return tsn_str_chars(s)[index]; }

tsn_value tsn_str_concat(tsn_value a, tsn_value b) {
  tsn_string *sa = tsn_as_string(a), *sb = tsn_as_string(b);
  uint32_t la = sa->hdr.aux, lb = sb->hdr.aux;
  if (la == 0) return b;
  if (lb == 0) return a;
  uint64_t total = (uint64_t)la + lb;
  if (total > 0x1FFFFFE8u) tsn_throw_range_error("Invalid string length");
  if (total < TSN_ROPE_MIN) {
    uint16_t *dst;
    tsn_string *s = string_alloc((uint32_t)total, &dst);
    memcpy(dst, tsn_str_chars(a), (size_t)la * 2);
    memcpy(dst + la, tsn_str_chars(b), (size_t)lb * 2);
    return tsn_from_cell(s);
  }
  tsn_string *r = tsn_alloc(sizeof(tsn_string));
  r->hdr.type = TSN_CELL_STRING;
  r->hdr.aux = (uint32_t)total;
  r->array_index = -2;
  r->left = sa;
  r->right = sb;
  return tsn_from_cell(r);
}

tsn_value tsn_str_substring(tsn_value s, uint32_t start, uint32_t end) {
  if (start == 0 && end == tsn_str_length(s)) return s;
  if (end <= start) return tsn_str_empty();
  if (end - start == 1) return tsn_str_from_code_unit(tsn_str_chars(s)[start]);
  return tsn_str_from_utf16(tsn_str_chars(s) + start, end - start);
}

bool tsn_str_equals(tsn_value a, tsn_value b) {
  if (a == b) return true;
  tsn_string *sa = tsn_as_string(a), *sb = tsn_as_string(b);
  if (sa->hdr.aux != sb->hdr.aux) return false;
  if ((sa->hdr.bits & sb->hdr.bits & TSN_STR_INTERNED)) return false;
  if (sa->hash && sb->hash && sa->hash != sb->hash) return false;
  return memcmp(tsn_str_chars(a), tsn_str_chars(b), (size_t)sa->hdr.aux * 2) == 0;
}

int tsn_str_compare(tsn_value a, tsn_value b) {
  if (a == b) return 0;
  uint32_t la = tsn_str_length(a), lb = tsn_str_length(b);
  const uint16_t *ca = tsn_str_chars(a), *cb = tsn_str_chars(b);
  uint32_t n = la < lb ? la : lb;
  for (uint32_t i = 0; i < n; i++)
    if (ca[i] != cb[i]) return ca[i] < cb[i] ? -1 : 1;
  return la < lb ? -1 : la > lb;
}

static uint32_t hash_units(const uint16_t *u, uint32_t n) {
  uint32_t h = 2166136261u; /* FNV-1a over code units */
  for (uint32_t i = 0; i < n; i++) { h ^= u[i]; h *= 16777619u; }
  return h ? h : 1;
}

uint32_t tsn_str_hash(tsn_value v) {
  tsn_string *s = tsn_as_string(v);
  if (!s->hash) s->hash = hash_units(tsn_str_chars(v), s->hdr.aux);
  return s->hash;
}

int64_t tsn_str_index_of(tsn_value s, tsn_value search, uint32_t from) {
  uint32_t n = tsn_str_length(s), m = tsn_str_length(search);
  if (m == 0) return from <= n ? from : n;
  if (m > n) return -1;
  const uint16_t *h = tsn_str_chars(s), *nd = tsn_str_chars(search);
  for (uint32_t i = from; i + m <= n; i++)
    if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)m * 2) == 0) return i;
  return -1;
}

int64_t tsn_str_array_index(tsn_value v) {
  tsn_string *s = tsn_as_string(v);
  if (s->array_index != -2) return s->array_index;
  uint32_t n = s->hdr.aux;
  const uint16_t *u = tsn_str_chars(v);
  int64_t result = -1;
  if (n > 0 && n <= 10 && !(n > 1 && u[0] == '0')) {
    uint64_t x = 0;
    uint32_t i = 0;
    for (; i < n && u[i] >= '0' && u[i] <= '9'; i++) x = x * 10 + (u[i] - '0');
    if (i == n && x < 4294967295ull) result = (int64_t)x;
  }
  /* The cache holds indices below 2^31; larger ones are recomputed (rare). */
  if (result < 0x7FFFFFFF) s->array_index = (int32_t)result;
  return result;
}

char *tsn_str_to_utf8(tsn_value v, size_t *out_len) {
  uint32_t n = tsn_str_length(v);
  const uint16_t *u = tsn_str_chars(v);
  char *out = tsn_alloc_atomic((size_t)n * 3 + 1);
  size_t o = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x80) out[o++] = (char)c;
    else if (c < 0x800) { out[o++] = (char)(0xC0 | (c >> 6)); out[o++] = (char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
      out[o++] = (char)(0xE0 | (c >> 12)); out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (char)(0x80 | (c & 0x3F));
    } else {
      out[o++] = (char)(0xF0 | (c >> 18)); out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
      out[o++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[o] = 0;
  if (out_len) *out_len = o;
  return out;
}

/* ---- intern table: open addressing on the content hash; lookups only, never enumerated ---- */

static tsn_string **intern_slots;
static uint32_t intern_mask, intern_count;

static void intern_insert_raw(tsn_string *s) {
  uint32_t i = s->hash & intern_mask;
  while (intern_slots[i]) i = (i + 1) & intern_mask;
  intern_slots[i] = s;
}

static void intern_grow(void) {
  tsn_string **old = intern_slots;
  uint32_t old_size = old ? intern_mask + 1 : 0;
  uint32_t size = old_size ? old_size * 2 : 1024;
  intern_slots = tsn_alloc(size * sizeof(tsn_string *));
  intern_mask = size - 1;
  for (uint32_t i = 0; i < old_size; i++)
    if (old[i]) intern_insert_raw(old[i]);
}

/* The interned string with these units, or NULL. */
static tsn_string *intern_find(const uint16_t *units, uint32_t n, uint32_t hash) {
  if (!intern_slots) return NULL;
  for (uint32_t i = hash & intern_mask; intern_slots[i]; i = (i + 1) & intern_mask) {
    tsn_string *s = intern_slots[i];
    if (s->hash == hash && s->hdr.aux == n && memcmp(s->chars, units, (size_t)n * 2) == 0) return s;
  }
  return NULL;
}

static void intern_add(tsn_string *s) {
  if (!intern_slots || (intern_count + 1) * 2 > intern_mask + 1) intern_grow();
  s->hdr.bits |= TSN_STR_INTERNED;
  intern_insert_raw(s);
  intern_count++;
}

tsn_value tsn_str_intern(tsn_value v) {
  tsn_string *s = tsn_as_string(v);
  if (s->hdr.bits & TSN_STR_INTERNED) return v;
  uint32_t hash = tsn_str_hash(v);
  tsn_string *found = intern_find(s->chars, s->hdr.aux, hash);
  if (found) return tsn_from_cell(found);
  intern_add(s);
  return v;
}

tsn_value tsn_str_literal(const uint16_t *units, uint32_t length) {
  uint32_t hash = hash_units(units, length);
  tsn_string *found = intern_find(units, length, hash);
  if (found) return tsn_from_cell(found);
  tsn_string *s = tsn_alloc(sizeof(tsn_string));
  s->hdr.type = TSN_CELL_STRING;
  s->hdr.aux = length;
  s->array_index = -2;
  s->hash = hash;
  s->chars = units;
  intern_add(s);
  return tsn_from_cell(s);
}

tsn_value tsn_str_intern_ascii(const char *cstr) {
  size_t n = strlen(cstr);
  uint16_t small[64];
  uint16_t *units = n <= 64 ? small : tsn_alloc_atomic(n * 2);
  for (size_t i = 0; i < n; i++) units[i] = (uint8_t)cstr[i];
  uint32_t hash = hash_units(units, (uint32_t)n);
  tsn_string *found = intern_find(units, (uint32_t)n, hash);
  if (found) return tsn_from_cell(found);
  return tsn_str_intern(tsn_str_from_utf16(units, (uint32_t)n));
}

static tsn_value empty_string;
static tsn_value unit_cache[256];

tsn_value tsn_str_empty(void) {
  if (!empty_string) empty_string = tsn_str_intern_ascii("");
  return empty_string;
}

tsn_value tsn_str_from_code_unit(uint16_t unit) {
  if (unit < 256) {
    if (!unit_cache[unit]) unit_cache[unit] = tsn_str_intern(tsn_str_from_utf16(&unit, 1));
    return unit_cache[unit];
  }
  return tsn_str_from_utf16(&unit, 1);
}

/* ---- string builder ---- */

void tsn_strbuf_init(tsn_strbuf *b) {
  b->capacity = 32;
  b->length = 0;
  b->data = tsn_alloc_atomic(b->capacity * 2);
}

static void strbuf_reserve(tsn_strbuf *b, uint64_t extra) {
  uint64_t need = (uint64_t)b->length + extra;
  if (need <= b->capacity) return;
  if (need > 0x1FFFFFE8u) tsn_throw_range_error("Invalid string length");
  uint64_t cap = b->capacity;
  while (cap < need) cap *= 2;
  if (cap > 0x1FFFFFE8u) cap = 0x1FFFFFE8u;
  uint16_t *d = tsn_alloc_atomic((size_t)cap * 2);
  memcpy(d, b->data, (size_t)b->length * 2);
  b->data = d;
  b->capacity = (uint32_t)cap;
}

void tsn_strbuf_push_unit(tsn_strbuf *b, uint16_t unit) {
  if (b->length == b->capacity) strbuf_reserve(b, 1);
  b->data[b->length++] = unit;
}

void tsn_strbuf_push_ascii_n(tsn_strbuf *b, const char *s, size_t n) {
  strbuf_reserve(b, n);
  for (size_t i = 0; i < n; i++) b->data[b->length++] = (uint8_t)s[i];
}

void tsn_strbuf_push_ascii(tsn_strbuf *b, const char *cstr) { tsn_strbuf_push_ascii_n(b, cstr, strlen(cstr)); }

void tsn_strbuf_push_units(tsn_strbuf *b, const uint16_t *units, uint32_t n) {
  strbuf_reserve(b, n);
  memcpy(b->data + b->length, units, (size_t)n * 2);
  b->length += n;
}

void tsn_strbuf_push_string(tsn_strbuf *b, tsn_value s) { tsn_strbuf_push_units(b, tsn_str_chars(s), tsn_str_length(s)); }

tsn_value tsn_strbuf_finish(tsn_strbuf *b) {
  tsn_value v = tsn_str_from_utf16(b->data, b->length);
  b->data = NULL;
  b->length = b->capacity = 0;
  return v;
}
