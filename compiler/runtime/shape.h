/*
 * shape.h — hidden classes (runtime-internal; compiled code only sees tsn_shape* through tsn_ic).
 *
 * A tree shape is shared and immutable: it lists the named properties of every object built by the
 * same sequence of additions, as (key, attributes) in insertion order, position = slot index. Adding
 * a property follows (or creates) a transition of the shape; transitions are looked up by key and
 * attributes. Objects with more than TSN_SHAPE_MAX_TREE properties get a dictionary shape: private
 * to one object and mutated in place (inline caches never record dictionary shapes).
 */
#ifndef TSN_SHAPE_H
#define TSN_SHAPE_H

#include "value.h"

#define TSN_SHAPE_MAX_TREE 64

typedef struct tsn_prop { tsn_value key; uint32_t attrs; } tsn_prop;
typedef struct tsn_transition { tsn_value key; uint32_t attrs; struct tsn_shape *to; } tsn_transition;

struct tsn_shape {
  uint32_t count;              /* number of properties */
  uint32_t props_capacity;     /* dictionary shapes: allocated props */
  bool dictionary;
  tsn_prop *props;             /* insertion order; position = slot index */
  uint32_t *index;             /* lazily built key -> position+1 table for count > 8 (0 = empty) */
  uint32_t index_mask;
  tsn_transition *transitions; /* open-addressing table (tree shapes) */
  uint32_t transitions_mask, transitions_count;
};
typedef struct tsn_shape tsn_shape;

/* The shape with no properties (shared by every fresh object). */
tsn_shape *tsn_shape_root(void);
/* Position (= slot index) of `key`, or -1. */
int32_t tsn_shape_find(tsn_shape *s, tsn_value key);
/* The shape after adding `key` with `attrs` at position s->count. Tree shapes: the (cached) child;
 * dictionary shapes: `s` itself, mutated. Tree shapes past TSN_SHAPE_MAX_TREE turn into a new
 * dictionary shape. */
tsn_shape *tsn_shape_add(tsn_shape *s, tsn_value key, uint32_t attrs);
/* The shape with property `pos` removed (later positions shift down by one), or with its attributes
 * replaced by `attrs` when `remove` is false. Tree shapes: rebuilt from the root along shared
 * transitions; dictionary shapes: mutated in place. */
tsn_shape *tsn_shape_change(tsn_shape *s, uint32_t pos, bool remove, uint32_t attrs);
/* Slot capacity needed for `count` slots (a pure function of count, so objects need not store it). */
static inline uint32_t tsn_slot_capacity(uint32_t count) {
  uint32_t c = 4;
  while (c < count) c *= 2;
  return c;
}

#endif
