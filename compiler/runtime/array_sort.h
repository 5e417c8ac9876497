/*
 * array_sort.h — the sort behind Array.prototype.sort / toSorted: TimSort with exactly V8's run
 * detection, binary insertion, merge and galloping decisions (V8's array-sort.tq, itself CPython's
 * listsort), so that even inconsistent comparators (`(a, b) => a > b`, random results) leave the
 * array in the same order as Node does, and a comparator sees the same sequence of calls.
 */
#ifndef TSN_ARRAY_SORT_H
#define TSN_ARRAY_SORT_H

#include "value.h"

/* One element being sorted; `key` is free for the comparator (the default comparator caches the
 * ToString of primitives there; TSN_EMPTY when unused). */
typedef struct tsn_sort_item {
  tsn_value value;
  tsn_value key;
} tsn_sort_item;

/* SortCompare result: negative means x sorts before y; NaN must already be mapped to 0. */
typedef double (*tsn_sort_compare)(void *ctx, const tsn_sort_item *x, const tsn_sort_item *y);

/* Sorts items[0..n) in place, stably. The comparator may throw (the sort is then abandoned with
 * the array partially ordered, which callers never expose: they sort a private copy). */
void tsn_timsort(tsn_sort_item *items, uint32_t n, tsn_sort_compare cmp, void *ctx);

#endif
