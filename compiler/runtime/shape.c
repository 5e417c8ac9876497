/*
 * shape.c — hidden classes and their transition tables (see shape.h).
 */
#include "shape.h"

#include "alloc.h"

static tsn_shape *root_shape;

tsn_shape *tsn_shape_root(void) {
  if (!root_shape) root_shape = tsn_alloc(sizeof(tsn_shape));
  return root_shape;
}

/* Keys are interned strings or symbols: unique cells, so the address identifies the key. The hash
 * only places entries in lookup tables that are never enumerated. */
static uint32_t key_hash(tsn_value key) {
  return (uint32_t)(((key >> 4) * 0x9E3779B97F4A7C15ull) >> 32);
}

static void index_build(tsn_shape *s) {
  uint32_t size = 16;
  while (size < s->count * 2) size *= 2;
  uint32_t *idx = tsn_alloc_atomic(size * sizeof(uint32_t));
  memset(idx, 0, size * sizeof(uint32_t));
  uint32_t mask = size - 1;
  for (uint32_t p = 0; p < s->count; p++) {
    uint32_t i = key_hash(s->props[p].key) & mask;
    while (idx[i]) i = (i + 1) & mask;
    idx[i] = p + 1;
  }
  s->index = idx;
  s->index_mask = mask;
}

int32_t tsn_shape_find(tsn_shape *s, tsn_value key) {
  uint32_t n = s->count;
  if (n <= 8) {
    for (uint32_t p = 0; p < n; p++)
      if (s->props[p].key == key) return (int32_t)p;
    return -1;
  }
  if (!s->index) index_build(s);
  for (uint32_t i = key_hash(key) & s->index_mask; s->index[i]; i = (i + 1) & s->index_mask) {
    uint32_t p = s->index[i] - 1;
    if (s->props[p].key == key) return (int32_t)p;
  }
  return -1;
}

static tsn_shape *dictionary_copy(tsn_shape *s, uint32_t extra) {
  tsn_shape *d = tsn_alloc(sizeof(tsn_shape));
  d->dictionary = true;
  d->count = s->count;
  d->props_capacity = tsn_slot_capacity(s->count + extra);
  d->props = tsn_alloc(d->props_capacity * sizeof(tsn_prop));
  if (s->count) memcpy(d->props, s->props, s->count * sizeof(tsn_prop));
  return d;
}

static void transition_insert(tsn_shape *s, tsn_transition t) {
  uint32_t i = key_hash(t.key) & s->transitions_mask;
  while (s->transitions[i].to) i = (i + 1) & s->transitions_mask;
  s->transitions[i] = t;
}

static void transitions_grow(tsn_shape *s) {
  tsn_transition *old = s->transitions;
  uint32_t old_size = old ? s->transitions_mask + 1 : 0;
  uint32_t size = old_size ? old_size * 2 : 4;
  s->transitions = tsn_alloc(size * sizeof(tsn_transition));
  s->transitions_mask = size - 1;
  for (uint32_t i = 0; i < old_size; i++)
    if (old[i].to) transition_insert(s, old[i]);
}

tsn_shape *tsn_shape_add(tsn_shape *s, tsn_value key, uint32_t attrs) {
  if (s->dictionary) {
    if (s->count == s->props_capacity) {
      uint32_t cap = s->props_capacity * 2;
      tsn_prop *props = tsn_alloc(cap * sizeof(tsn_prop));
      memcpy(props, s->props, s->count * sizeof(tsn_prop));
      s->props = props;
      s->props_capacity = cap;
    }
    s->props[s->count++] = (tsn_prop){key, attrs};
    if (s->index && s->count * 2 <= s->index_mask + 1) {
      uint32_t i = key_hash(key) & s->index_mask;
      while (s->index[i]) i = (i + 1) & s->index_mask;
      s->index[i] = s->count;
    } else {
      s->index = NULL; /* rebuilt on the next lookup */
    }
    return s;
  }
  if (s->transitions) {
    for (uint32_t i = key_hash(key) & s->transitions_mask; s->transitions[i].to; i = (i + 1) & s->transitions_mask)
      if (s->transitions[i].key == key && s->transitions[i].attrs == attrs) return s->transitions[i].to;
  }
  if (s->count >= TSN_SHAPE_MAX_TREE) {
    tsn_shape *d = dictionary_copy(s, 1);
    return tsn_shape_add(d, key, attrs);
  }
  tsn_shape *c = tsn_alloc(sizeof(tsn_shape));
  c->count = s->count + 1;
  c->props = tsn_alloc(c->count * sizeof(tsn_prop));
  if (s->count) memcpy(c->props, s->props, s->count * sizeof(tsn_prop));
  c->props[s->count] = (tsn_prop){key, attrs};
  if (!s->transitions || (s->transitions_count + 1) * 2 > s->transitions_mask + 1) transitions_grow(s);
  transition_insert(s, (tsn_transition){key, attrs, c});
  s->transitions_count++;
  return c;
}

tsn_shape *tsn_shape_change(tsn_shape *s, uint32_t pos, bool remove, uint32_t attrs) {
  if (s->dictionary) {
    if (remove) {
      memmove(s->props + pos, s->props + pos + 1, (s->count - pos - 1) * sizeof(tsn_prop));
      s->count--;
      s->index = NULL;
    } else {
      s->props[pos].attrs = attrs;
    }
    return s;
  }
  tsn_shape *n = tsn_shape_root();
  for (uint32_t p = 0; p < s->count; p++) {
    if (p == pos && remove) continue;
    n = tsn_shape_add(n, s->props[p].key, p == pos ? attrs : s->props[p].attrs);
  }
  return n;
}
