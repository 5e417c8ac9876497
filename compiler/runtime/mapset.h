/*
 * mapset.h — the insertion-ordered hash table behind Map and Set (ECMA-262 24.1, 24.2).
 *
 * Entries live in one array in insertion order; deleting an entry leaves a tombstone (key TSN_EMPTY)
 * so live cursors keep their place, exactly as the spec's [[MapData]] List with ~empty~ entries.
 * When the array fills up it is rebuilt without tombstones; each rebuild (and clear) closes the
 * current epoch, recording which indices disappeared, and cursors created earlier translate their
 * index through every later epoch before reading. Epoch records are referenced only by cursors that
 * still need them, so the collector frees the rest.
 * Keys are compared with SameValueZero: -0 is stored as +0, NaN (canonical in tsn_value) equals NaN,
 * strings by content, everything else by identity. Map and Set objects (TSN_CLASS_MAP / SET) hold a
 * tsn_mapset in `internal`; a Set stores each value as key and value.
 * The iteration order is the insertion order, never the hash order, so output is deterministic.
 */
#ifndef TSN_MAPSET_H
#define TSN_MAPSET_H

#include "object.h"

typedef struct tsn_mapset_entry {
  tsn_value key;   /* TSN_EMPTY: deleted */
  tsn_value value;
  int32_t chain;   /* next entry index in the same bucket, -1 at the end */
} tsn_mapset_entry;

typedef struct tsn_mapset_epoch {
  struct tsn_mapset_epoch *next; /* NULL while current */
  uint32_t *removed;             /* ascending indices dropped when this epoch closed */
  uint32_t nremoved;
  bool cleared;                  /* closed by clear(): every index becomes 0 */
} tsn_mapset_epoch;

typedef struct tsn_mapset {
  tsn_mapset_entry *entries;
  uint32_t used;     /* entries[0..used) are live or tombstones */
  uint32_t capacity;
  uint32_t size;     /* live entries */
  int32_t *buckets;  /* capacity buckets (a power of two), -1 = empty */
  tsn_mapset_epoch *epoch;
} tsn_mapset;

/* A position in a table that survives deletions, insertions, rebuilds and clear. */
typedef struct tsn_mapset_cursor {
  tsn_mapset *table;
  tsn_mapset_epoch *epoch;
  uint32_t index;
} tsn_mapset_cursor;

tsn_mapset *tsn_mapset_new(void);
/* The table of a Map or Set object; NULL for anything else (no throw). */
tsn_mapset *tsn_mapset_of(tsn_value v, tsn_class_id cls);
/* Pointer to the value stored for `key`, or NULL when absent. */
tsn_value *tsn_mapset_find(tsn_mapset *t, tsn_value key);
/* Inserts or overwrites (an existing key keeps its position). */
void tsn_mapset_put(tsn_mapset *t, tsn_value key, tsn_value value);
/* Removes `key`; false when it was absent. */
bool tsn_mapset_remove(tsn_mapset *t, tsn_value key);
void tsn_mapset_clear(tsn_mapset *t);

void tsn_mapset_cursor_init(tsn_mapset_cursor *c, tsn_mapset *t);
/* Advances to the next live entry in insertion order; false when there is none (the cursor stays
 * at the end and sees entries appended later). key/value may be NULL. */
bool tsn_mapset_cursor_next(tsn_mapset_cursor *c, tsn_value *key, tsn_value *value);

#endif
