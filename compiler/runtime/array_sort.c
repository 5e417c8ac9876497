/*
 * array_sort.c — TimSort making V8's exact sequence of comparisons (see array_sort.h).
 * Natural runs (strictly descending ones reversed) shorter than the minimum run length are extended
 * by binary insertion; runs are kept on a stack whose lengths satisfy the TimSort invariants and are
 * merged with galloping, the gallop threshold adapting as in V8 (initially 7).
 */
#include "array_sort.h"

#include <string.h>

#include "alloc.h"

#define MIN_GALLOP 7
#define MAX_PENDING_RUNS 85

typedef struct sort_state {
  tsn_sort_item *a;      /* the items being sorted */
  tsn_sort_item *temp;
  uint32_t temp_size;
  tsn_sort_compare cmp;
  void *ctx;
  uint32_t min_gallop;
  uint32_t run_base[MAX_PENDING_RUNS], run_len[MAX_PENDING_RUNS];
  int runs;
} sort_state;

static double order(sort_state *s, const tsn_sort_item *x, const tsn_sort_item *y) { return s->cmp(s->ctx, x, y); }

static tsn_sort_item *temp_array(sort_state *s, uint32_t n) {
  if (n < 32) n = 32;
  if (s->temp_size < n) {
    s->temp = tsn_alloc((size_t)n * sizeof(tsn_sort_item));
    s->temp_size = n;
  }
  return s->temp;
}

static void move_items(tsn_sort_item *dst, const tsn_sort_item *src, uint32_t n) { memmove(dst, src, (size_t)n * sizeof(tsn_sort_item)); }

/* Sorts [low, high) given that [low, start) is sorted: each next item goes after every item it does
 * not compare below (binary search), which keeps equal items in order. */
static void binary_insertion_sort(sort_state *s, uint32_t low, uint32_t start, uint32_t high) {
  if (start == low) start++;
  for (; start < high; start++) {
    tsn_sort_item pivot = s->a[start];
    uint32_t left = low, right = start;
    while (left < right) {
      uint32_t mid = left + ((right - left) >> 1);
      if (order(s, &pivot, &s->a[mid]) < 0) right = mid;
      else left = mid + 1;
    }
    move_items(&s->a[left + 1], &s->a[left], start - left);
    s->a[left] = pivot;
  }
}

static void reverse_range(tsn_sort_item *a, uint32_t from, uint32_t to) {
  for (uint32_t lo = from, hi = to - 1; lo < hi; lo++, hi--) {
    tsn_sort_item t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/* Length of the run starting at `low` (ascending: each item not below its predecessor; descending:
 * each strictly below, then reversed in place). */
static uint32_t count_and_make_run(sort_state *s, uint32_t low, uint32_t high) {
  if (low + 1 == high) return 1;
  uint32_t len = 2;
  bool descending = order(s, &s->a[low + 1], &s->a[low]) < 0;
  for (uint32_t i = low + 2; i < high; i++) {
    double o = order(s, &s->a[i], &s->a[i - 1]);
    if (descending ? o >= 0 : o < 0) break;
    len++;
  }
  if (descending) reverse_range(s->a, low, low + len);
  return len;
}

/* Offset k in [0, len] such that items below base+k compare below `key` and the rest do not
 * (leftmost position for key); the search starts at `hint` and gallops outwards. */
static uint32_t gallop_left(sort_state *s, const tsn_sort_item *key, tsn_sort_item *a, uint32_t base, uint32_t len, uint32_t hint) {
  int64_t last = 0, ofs = 1;
  if (order(s, &a[base + hint], key) < 0) {
    int64_t max = len - hint;
    while (ofs < max) {
      if (order(s, &a[base + hint + ofs], key) >= 0) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  } else {
    int64_t max = (int64_t)hint + 1;
    while (ofs < max) {
      if (order(s, &a[base + hint - ofs], key) < 0) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    int64_t t = last;
    last = (int64_t)hint - ofs;
    ofs = (int64_t)hint - t;
  }
  last++;
  while (last < ofs) {
    int64_t m = last + ((ofs - last) >> 1);
    if (order(s, &a[base + m], key) < 0) last = m + 1;
    else ofs = m;
  }
  return (uint32_t)ofs;
}

/* Like gallop_left but the rightmost position: after every item `key` does not compare below. */
static uint32_t gallop_right(sort_state *s, const tsn_sort_item *key, tsn_sort_item *a, uint32_t base, uint32_t len, uint32_t hint) {
  int64_t last = 0, ofs = 1;
  if (order(s, key, &a[base + hint]) < 0) {
    int64_t max = (int64_t)hint + 1;
    while (ofs < max) {
      if (order(s, key, &a[base + hint - ofs]) >= 0) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    int64_t t = last;
    last = (int64_t)hint - ofs;
    ofs = (int64_t)hint - t;
  } else {
    int64_t max = len - hint;
    while (ofs < max) {
      if (order(s, key, &a[base + hint + ofs]) < 0) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  }
  last++;
  while (last < ofs) {
    int64_t m = last + ((ofs - last) >> 1);
    if (order(s, key, &a[base + m]) < 0) ofs = m;
    else last = m + 1;
  }
  return (uint32_t)ofs;
}

/* Merges run A [base_a, +len_a) with the following run B, len_a <= len_b, copying A aside. */
static void merge_low(sort_state *s, uint32_t base_a, uint32_t len_a, uint32_t base_b, uint32_t len_b) {
  tsn_sort_item *a = s->a, *t = temp_array(s, len_a);
  move_items(t, &a[base_a], len_a);
  uint32_t dest = base_a, ct = 0, cb = base_b;
  a[dest++] = a[cb++];
  if (--len_b == 0) goto succeed;
  if (len_a == 1) goto copy_b;
  for (;;) {
    uint32_t wins_a = 0, wins_b = 0;
    for (;;) {
      if (order(s, &a[cb], &t[ct]) < 0) {
        a[dest++] = a[cb++];
        wins_b++;
        wins_a = 0;
        if (--len_b == 0) goto succeed;
        if (wins_b >= s->min_gallop) break;
      } else {
        a[dest++] = t[ct++];
        wins_a++;
        wins_b = 0;
        if (--len_a == 1) goto copy_b;
        if (wins_a >= s->min_gallop) break;
      }
    }
    s->min_gallop++;
    bool first = true;
    while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first) {
      first = false;
      s->min_gallop = s->min_gallop > 1 ? s->min_gallop - 1 : 1;
      wins_a = gallop_right(s, &a[cb], t, ct, len_a, 0);
      if (wins_a > 0) {
        move_items(&a[dest], &t[ct], wins_a);
        dest += wins_a;
        ct += wins_a;
        len_a -= wins_a;
        if (len_a == 1) goto copy_b;
        if (len_a == 0) goto succeed;
      }
      a[dest++] = a[cb++];
      if (--len_b == 0) goto succeed;
      wins_b = gallop_left(s, &t[ct], a, cb, len_b, 0);
      if (wins_b > 0) {
        move_items(&a[dest], &a[cb], wins_b);
        dest += wins_b;
        cb += wins_b;
        len_b -= wins_b;
        if (len_b == 0) goto succeed;
      }
      a[dest++] = t[ct++];
      if (--len_a == 1) goto copy_b;
    }
    s->min_gallop++;
  }
succeed:
  if (len_a > 0) move_items(&a[dest], &t[ct], len_a);
  return;
copy_b:
  move_items(&a[dest], &a[cb], len_b);
  a[dest + len_b] = t[ct];
}

/* Merges run A with the following run B, len_a >= len_b, copying B aside and filling from the end. */
static void merge_high(sort_state *s, uint32_t base_a, uint32_t len_a, uint32_t base_b, uint32_t len_b) {
  tsn_sort_item *a = s->a, *t = temp_array(s, len_b);
  move_items(t, &a[base_b], len_b);
  int64_t dest = (int64_t)base_b + len_b - 1, ct = (int64_t)len_b - 1, ca = (int64_t)base_a + len_a - 1;
  a[dest--] = a[ca--];
  if (--len_a == 0) goto succeed;
  if (len_b == 1) goto copy_a;
  for (;;) {
    uint32_t wins_a = 0, wins_b = 0;
    for (;;) {
      if (order(s, &t[ct], &a[ca]) < 0) {
        a[dest--] = a[ca--];
        wins_a++;
        wins_b = 0;
        if (--len_a == 0) goto succeed;
        if (wins_a >= s->min_gallop) break;
      } else {
        a[dest--] = t[ct--];
        wins_b++;
        wins_a = 0;
        if (--len_b == 1) goto copy_a;
        if (wins_b >= s->min_gallop) break;
      }
    }
    s->min_gallop++;
    bool first = true;
    while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first) {
      first = false;
      s->min_gallop = s->min_gallop > 1 ? s->min_gallop - 1 : 1;
      uint32_t k = gallop_right(s, &t[ct], a, base_a, len_a, len_a - 1);
      wins_a = len_a - k;
      if (wins_a > 0) {
        dest -= wins_a;
        ca -= wins_a;
        move_items(&a[dest + 1], &a[ca + 1], wins_a);
        len_a -= wins_a;
        if (len_a == 0) goto succeed;
      }
      a[dest--] = t[ct--];
      if (--len_b == 1) goto copy_a;
      k = gallop_left(s, &a[ca], t, 0, len_b, len_b - 1);
      wins_b = len_b - k;
      if (wins_b > 0) {
        dest -= wins_b;
        ct -= wins_b;
        move_items(&a[dest + 1], &t[ct + 1], wins_b);
        len_b -= wins_b;
        if (len_b == 1) goto copy_a;
        if (len_b == 0) goto succeed;
      }
      a[dest--] = a[ca--];
      if (--len_a == 0) goto succeed;
    }
    s->min_gallop++;
  }
succeed:
  if (len_b > 0) move_items(&a[dest - (len_b - 1)], t, len_b);
  return;
copy_a:
  dest -= len_a;
  ca -= len_a;
  move_items(&a[dest + 1], &a[ca + 1], len_a);
  a[dest] = t[ct];
}

/* Merges pending runs i and i + 1 (i is the second- or third-last). */
static void merge_at(sort_state *s, int i) {
  uint32_t base_a = s->run_base[i], len_a = s->run_len[i];
  uint32_t base_b = s->run_base[i + 1], len_b = s->run_len[i + 1];
  s->run_len[i] = len_a + len_b;
  if (i == s->runs - 3) {
    s->run_base[i + 1] = s->run_base[i + 2];
    s->run_len[i + 1] = s->run_len[i + 2];
  }
  s->runs--;
  uint32_t k = gallop_right(s, &s->a[base_b], s->a, base_a, len_a, 0);
  base_a += k;
  len_a -= k;
  if (len_a == 0) return;
  len_b = gallop_left(s, &s->a[base_a + len_a - 1], s->a, base_b, len_b, len_b - 1);
  if (len_b == 0) return;
  if (len_a <= len_b) merge_low(s, base_a, len_a, base_b, len_b);
  else merge_high(s, base_a, len_a, base_b, len_b);
}

/* run_len[n - 2] > run_len[n - 1] + run_len[n] (true when n < 2). */
static bool invariant_holds(sort_state *s, int n) {
  if (n < 2) return true;
  return s->run_len[n - 2] > s->run_len[n - 1] + s->run_len[n];
}

static void merge_collapse(sort_state *s) {
  while (s->runs > 1) {
    int n = s->runs - 2;
    if (!invariant_holds(s, n + 1) || !invariant_holds(s, n)) {
      if (s->run_len[n - 1] < s->run_len[n + 1]) n--;
      merge_at(s, n);
    } else if (s->run_len[n] <= s->run_len[n + 1]) {
      merge_at(s, n);
    } else {
      break;
    }
  }
}

static void merge_force_collapse(sort_state *s) {
  while (s->runs > 1) {
    int n = s->runs - 2;
    if (n > 0 && s->run_len[n - 1] < s->run_len[n + 1]) n--;
    merge_at(s, n);
  }
}

/* n below 64 as is; otherwise a value in [32, 64] such that n / value is just below a power of two. */
static uint32_t min_run_length(uint32_t n) {
  uint32_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

void tsn_timsort(tsn_sort_item *items, uint32_t n, tsn_sort_compare cmp, void *ctx) {
  if (n < 2) return;
  sort_state s = {.a = items, .cmp = cmp, .ctx = ctx, .min_gallop = MIN_GALLOP};
  uint32_t low = 0, remaining = n, min_run = min_run_length(n);
  while (remaining != 0) {
    uint32_t run = count_and_make_run(&s, low, low + remaining);
    if (run < min_run) {
      uint32_t forced = min_run < remaining ? min_run : remaining;
      binary_insertion_sort(&s, low, low + run, low + forced);
      run = forced;
    }
    s.run_base[s.runs] = low;
    s.run_len[s.runs] = run;
    s.runs++;
    merge_collapse(&s);
    low += run;
    remaining -= run;
  }
  merge_force_collapse(&s);
}
