/*
 * lib_iterator.h — the built-in iterator objects (ECMA-262 23.1.5 Array Iterator, 22.1.5 String
 * Iterator, 24.1.5 Map Iterator, 24.2.6 Set Iterator). Each is an object of class TSN_CLASS_ITERATOR
 * whose prototype is the matching intrinsic (tsn_intrinsics.*_iterator_prototype) and whose
 * `internal` is a tsn_builtin_iterator.
 */
#ifndef TSN_LIB_ITERATOR_H
#define TSN_LIB_ITERATOR_H

#include "mapset.h"

typedef enum tsn_iteration_kind { TSN_ITERATE_KEYS, TSN_ITERATE_VALUES, TSN_ITERATE_ENTRIES } tsn_iteration_kind;

typedef enum tsn_builtin_iterator_class {
  TSN_BUILTIN_ITER_ARRAY,
  TSN_BUILTIN_ITER_STRING,
  TSN_BUILTIN_ITER_MAP,
  TSN_BUILTIN_ITER_SET,
} tsn_builtin_iterator_class;

typedef struct tsn_builtin_iterator {
  uint8_t iter_class;      /* tsn_builtin_iterator_class */
  uint8_t kind;            /* tsn_iteration_kind */
  bool done;               /* once done, stays done (the spec's generator has returned) */
  tsn_value target;        /* the array-like / string / Map / Set */
  double index;            /* array and string iterators: next index (code units for strings) */
  tsn_mapset_cursor cursor; /* Map and Set iterators */
} tsn_builtin_iterator;

/* CreateArrayIterator(array, kind): `target` is any object (array-likes iterate by "length"). */
tsn_value tsn_array_iterator_new(tsn_value target, tsn_iteration_kind kind);
/* CreateStringIterator-equivalent over the code points of a string value. */
tsn_value tsn_string_iterator_new(tsn_value str);
/* CreateMapIterator / CreateSetIterator over a Map or Set object. */
tsn_value tsn_mapset_iterator_new(tsn_value collection, tsn_iteration_kind kind);

#endif
