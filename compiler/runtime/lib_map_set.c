/*
 * lib_map_set.c — the Map and Set constructors and prototypes (ECMA-262 24.1, 24.2) over the
 * insertion-ordered table of mapset.h, which is implemented here too.
 */
#include "mapset.h"

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_iterator.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

/* ---- the table ---- */

#define MAPSET_MIN_CAPACITY 8

static tsn_mapset_epoch *epoch_new(void) { return tsn_alloc(sizeof(tsn_mapset_epoch)); }

static int32_t *buckets_new(uint32_t n) {
  int32_t *b = tsn_alloc_atomic((size_t)n * sizeof(int32_t));
  for (uint32_t i = 0; i < n; i++) b[i] = -1;
  return b;
}

static void table_init(tsn_mapset *t, uint32_t capacity) {
  t->entries = tsn_alloc((size_t)capacity * sizeof(tsn_mapset_entry));
  t->buckets = buckets_new(capacity);
  t->capacity = capacity;
  t->used = 0;
  t->size = 0;
}

tsn_mapset *tsn_mapset_new(void) {
  tsn_mapset *t = tsn_alloc(sizeof(tsn_mapset));
  table_init(t, MAPSET_MIN_CAPACITY);
  t->epoch = epoch_new();
  return t;
}

tsn_mapset *tsn_mapset_of(tsn_value v, tsn_class_id cls) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != cls) return NULL;
  return (tsn_mapset *)tsn_as_object(v)->internal;
}

/* SameValueZero normalisation: -0 becomes +0 (NaN is already canonical). */
static tsn_value normalize_key(tsn_value k) {
  if (tsn_is_number(k) && tsn_as_double(k) == 0) return tsn_from_double(0);
  return k;
}

static uint32_t key_hash(tsn_value k) {
  if (tsn_is_string(k)) return tsn_str_hash(k);
  uint64_t x = k;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return (uint32_t)x;
}

static bool key_equals(tsn_value a, tsn_value b) {
  return a == b || (tsn_is_string(a) && tsn_is_string(b) && tsn_str_equals(a, b));
}

static int32_t find_index(tsn_mapset *t, tsn_value key) {
  for (int32_t i = t->buckets[key_hash(key) & (t->capacity - 1)]; i >= 0; i = t->entries[i].chain)
    if (key_equals(t->entries[i].key, key)) return i;
  return -1;
}

tsn_value *tsn_mapset_find(tsn_mapset *t, tsn_value key) {
  int32_t i = find_index(t, normalize_key(key));
  return i < 0 ? NULL : &t->entries[i].value;
}

/* Rebuilds into `capacity` slots without tombstones, closing the current epoch if indices move. */
static void rebuild(tsn_mapset *t, uint32_t capacity) {
  tsn_mapset_entry *old = t->entries;
  uint32_t old_used = t->used;
  if (t->size != old_used) {
    tsn_mapset_epoch *closing = t->epoch;
    closing->nremoved = old_used - t->size;
    closing->removed = tsn_alloc_atomic((size_t)closing->nremoved * sizeof(uint32_t));
    uint32_t n = 0;
    for (uint32_t i = 0; i < old_used; i++)
      if (old[i].key == TSN_EMPTY) closing->removed[n++] = i;
    closing->next = epoch_new();
    t->epoch = closing->next;
  }
  table_init(t, capacity);
  for (uint32_t i = 0; i < old_used; i++) {
    if (old[i].key == TSN_EMPTY) continue;
    uint32_t j = t->used++;
    uint32_t b = key_hash(old[i].key) & (capacity - 1);
    t->entries[j].key = old[i].key;
    t->entries[j].value = old[i].value;
    t->entries[j].chain = t->buckets[b];
    t->buckets[b] = (int32_t)j;
  }
  t->size = t->used;
}

void tsn_mapset_put(tsn_mapset *t, tsn_value key, tsn_value value) {
  key = normalize_key(key);
  int32_t i = find_index(t, key);
  if (i >= 0) {
    t->entries[i].value = value;
    return;
  }
  if (t->used == t->capacity) {
    if (t->capacity >= 0x40000000u && t->size >= t->capacity / 2) tsn_throw_range_error("Map maximum size exceeded");
    rebuild(t, t->size >= t->capacity / 2 ? t->capacity * 2 : t->capacity);
  }
  uint32_t j = t->used++;
  uint32_t b = key_hash(key) & (t->capacity - 1);
  t->entries[j].key = key;
  t->entries[j].value = value;
  t->entries[j].chain = t->buckets[b];
  t->buckets[b] = (int32_t)j;
  t->size++;
}

bool tsn_mapset_remove(tsn_mapset *t, tsn_value key) {
  int32_t i = find_index(t, normalize_key(key));
  if (i < 0) return false;
  t->entries[i].key = TSN_EMPTY; /* stays in its chain; never equal to a real key */
  t->entries[i].value = TSN_EMPTY;
  t->size--;
  return true;
}

void tsn_mapset_clear(tsn_mapset *t) {
  tsn_mapset_epoch *closing = t->epoch;
  closing->cleared = true;
  closing->next = epoch_new();
  t->epoch = closing->next;
  table_init(t, MAPSET_MIN_CAPACITY);
}

void tsn_mapset_cursor_init(tsn_mapset_cursor *c, tsn_mapset *t) {
  c->table = t;
  c->epoch = t->epoch;
  c->index = 0;
}

/* Number of entries of `e->removed` below `index` (binary search). */
static uint32_t removed_before(const tsn_mapset_epoch *e, uint32_t index) {
  uint32_t lo = 0, hi = e->nremoved;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (e->removed[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

bool tsn_mapset_cursor_next(tsn_mapset_cursor *c, tsn_value *key, tsn_value *value) {
  while (c->epoch->next) {
    c->index = c->epoch->cleared ? 0 : c->index - removed_before(c->epoch, c->index);
    c->epoch = c->epoch->next;
  }
  tsn_mapset *t = c->table;
  while (c->index < t->used) {
    tsn_mapset_entry *e = &t->entries[c->index++];
    if (e->key == TSN_EMPTY) continue;
    if (key) *key = e->key;
    if (value) *value = e->value;
    return true;
  }
  return false;
}

/* ---- Map and Set ---- */

static tsn_mapset *this_table(tsn_value this_value, tsn_class_id cls, const char *method) {
  tsn_mapset *t = tsn_mapset_of(this_value, cls);
  if (!t) tsn_lib_throw_incompatible(method, this_value);
  return t;
}

#define THIS_MAP(method) this_table(this_value, TSN_CLASS_MAP, "Map.prototype." method)
#define THIS_SET(method) this_table(this_value, TSN_CLASS_SET, "Set.prototype." method)

static tsn_value map_set(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset_put(THIS_MAP("set"), tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1));
  return this_value;
}

static tsn_value set_add(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_value v = tsn_arg(argc, argv, 0);
  tsn_mapset_put(THIS_SET("add"), v, v);
  return this_value;
}

/* The iterable part of the Map and Set constructors (24.1.1.2 AddEntriesFromIterable, 24.2.1.1):
 * adds every value of `iterable` through `adder` (Map: entries [k, v]); a throw from a step of ours
 * closes the iterator through the runtime's open-iterator unwinding (iter.h). The builtin adders are
 * called directly. */
static void add_from_iterable(tsn_value collection, tsn_value iterable, bool entries, tsn_code builtin_adder) {
  tsn_value adder = tsn_get(collection, entries ? tsn_atom.set : tsn_str_intern_ascii("add"));
  if (!tsn_is_callable(adder))
    tsn_throw_type_error("'%s' returned for property '%s' of object '%s' is not a function",
                         tsn_str_to_utf8(tsn_lib_receiver_text(adder), &(size_t){0}), entries ? "set" : "add",
                         tsn_str_to_utf8(tsn_lib_receiver_text(collection), &(size_t){0}));
  bool direct = tsn_as_function(adder)->code == builtin_adder;
  tsn_iter it;
  tsn_iter_open(&it, iterable, NULL);
  tsn_value item;
  while (tsn_iter_step(&it, &item)) {
    tsn_value args[2];
    if (entries) {
      if (!tsn_is_object(item)) {
        size_t n;
        tsn_throw_type_error("Iterator value %s is not an entry object", tsn_str_to_utf8(tsn_lib_receiver_text(item), &n));
      }
      args[0] = tsn_get_index(item, tsn_from_double(0));
      args[1] = tsn_get_index(item, tsn_from_double(1));
    } else {
      args[0] = item;
    }
    if (direct) builtin_adder(tsn_as_object(adder), collection, entries ? 2 : 1, args, TSN_UNDEFINED);
    else tsn_call(adder, collection, entries ? 2 : 1, args, NULL);
  }
}

static tsn_value collection_construct(tsn_value new_target, tsn_class_id cls, const char *name, int argc, const tsn_value *argv) {
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Constructor %s requires 'new'", name);
  tsn_object *proto = cls == TSN_CLASS_MAP ? tsn_intrinsics.map_prototype : tsn_intrinsics.set_prototype;
  tsn_object *o = tsn_create_from_constructor(new_target, proto, cls);
  o->internal = tsn_mapset_new();
  tsn_value iterable = tsn_arg(argc, argv, 0);
  if (!tsn_is_nullish(iterable)) add_from_iterable(tsn_from_cell(o), iterable, cls == TSN_CLASS_MAP, cls == TSN_CLASS_MAP ? map_set : set_add);
  return tsn_from_cell(o);
}

static tsn_value map_ctor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return collection_construct(new_target, TSN_CLASS_MAP, "Map", argc, argv);
}

static tsn_value set_ctor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return collection_construct(new_target, TSN_CLASS_SET, "Set", argc, argv);
}

static tsn_value map_get(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_value *v = tsn_mapset_find(THIS_MAP("get"), tsn_arg(argc, argv, 0));
  return v ? *v : TSN_UNDEFINED;
}

static tsn_value map_has(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_bool(tsn_mapset_find(THIS_MAP("has"), tsn_arg(argc, argv, 0)) != NULL);
}

static tsn_value set_has(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_bool(tsn_mapset_find(THIS_SET("has"), tsn_arg(argc, argv, 0)) != NULL);
}

static tsn_value map_delete(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_bool(tsn_mapset_remove(THIS_MAP("delete"), tsn_arg(argc, argv, 0)));
}

static tsn_value set_delete(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_bool(tsn_mapset_remove(THIS_SET("delete"), tsn_arg(argc, argv, 0)));
}

static tsn_value map_clear(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset_clear(THIS_MAP("clear"));
  return TSN_UNDEFINED;
}

static tsn_value set_clear(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset_clear(THIS_SET("clear"));
  return TSN_UNDEFINED;
}

static tsn_value map_size(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_double(this_table(this_value, TSN_CLASS_MAP, "get Map.prototype.size")->size);
}

static tsn_value set_size(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_double(this_table(this_value, TSN_CLASS_SET, "get Set.prototype.size")->size);
}

/* Map.prototype.forEach / Set.prototype.forEach (24.1.3.5, 24.2.4.7): entries added during the walk
 * are visited, deleted ones are not. */
static void collection_for_each(tsn_mapset *t, tsn_value this_value, bool is_set, int argc, const tsn_value *argv) {
  tsn_value fn = tsn_arg(argc, argv, 0);
  tsn_lib_require_callable(fn);
  tsn_value this_arg = tsn_arg(argc, argv, 1);
  tsn_mapset_cursor c;
  tsn_mapset_cursor_init(&c, t);
  tsn_value k, v;
  while (tsn_mapset_cursor_next(&c, &k, &v)) {
    tsn_value args[3] = {is_set ? k : v, k, this_value};
    tsn_call(fn, this_arg, 3, args, NULL);
  }
}

static tsn_value map_for_each(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  collection_for_each(THIS_MAP("forEach"), this_value, false, argc, argv);
  return TSN_UNDEFINED;
}

static tsn_value set_for_each(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  collection_for_each(THIS_SET("forEach"), this_value, true, argc, argv);
  return TSN_UNDEFINED;
}

static tsn_value map_keys(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  THIS_MAP("keys");
  return tsn_mapset_iterator_new(this_value, TSN_ITERATE_KEYS);
}

static tsn_value map_values(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  THIS_MAP("values");
  return tsn_mapset_iterator_new(this_value, TSN_ITERATE_VALUES);
}

static tsn_value map_entries(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  THIS_MAP("entries");
  return tsn_mapset_iterator_new(this_value, TSN_ITERATE_ENTRIES);
}

static tsn_value set_values(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  THIS_SET("values");
  return tsn_mapset_iterator_new(this_value, TSN_ITERATE_VALUES);
}

static tsn_value set_entries(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  THIS_SET("entries");
  return tsn_mapset_iterator_new(this_value, TSN_ITERATE_ENTRIES);
}

/* ---- Set methods taking another set-like (ES2025 24.2.4) ---- */

/* A Set Record (GetSetRecord, 24.2.1.2): the set-like object with its size, has and keys. */
typedef struct set_record {
  tsn_value set, has, keys;
  double size;
} set_record;

static set_record get_set_record(tsn_value other, const char *method) {
  if (!tsn_is_object(other)) tsn_throw_type_error("Set.prototype.%s argument must be an object", method);
  double num = tsn_to_number(tsn_get(other, tsn_str_intern_ascii("size")));
  if (num != num) tsn_throw_type_error("The .size property is NaN");
  double size = tsn_to_integer_or_infinity(tsn_from_double(num));
  if (size < 0) {
    size_t n;
    tsn_throw_range_error("'%s' is an invalid size", tsn_str_to_utf8(tsn_number_to_string_value(size), &n));
  }
  set_record r = {.set = other, .size = size};
  r.has = tsn_get(other, tsn_str_intern_ascii("has"));
  if (!tsn_is_callable(r.has)) tsn_throw_type_error("string \"has\" is not a function");
  r.keys = tsn_get(other, tsn_str_intern_ascii("keys"));
  if (!tsn_is_callable(r.keys)) tsn_throw_type_error("string \"keys\" is not a function");
  return r;
}

static bool record_has(set_record *r, tsn_value v) { return tsn_to_boolean(tsn_call(r->has, r->set, 1, &v, NULL)); }

/* GetIteratorFromMethod(set, keys) as an iterator object and its next method. */
typedef struct keys_iterator { tsn_value iterator, next; } keys_iterator;

static keys_iterator record_keys(set_record *r) {
  keys_iterator k = {.iterator = tsn_call(r->keys, r->set, 0, NULL, NULL)};
  if (!tsn_is_object(k.iterator)) tsn_throw_type_error("Result of the keys method is not an object");
  k.next = tsn_get(k.iterator, tsn_atom.next);
  if (!tsn_is_callable(k.next)) tsn_throw_type_error("string \"next\" is not a function");
  return k;
}

/* IteratorStepValue: false when done; -0 comes back as +0 (the callers add keys to sets). */
static bool keys_step(keys_iterator *k, tsn_value *out) {
  tsn_value r = tsn_call(k->next, k->iterator, 0, NULL, NULL);
  if (!tsn_is_object(r)) tsn_throw_type_error("Iterator result %s is not an object", tsn_str_to_utf8(tsn_lib_receiver_text(r), &(size_t){0}));
  if (tsn_to_boolean(tsn_get(r, tsn_atom.done))) return false;
  *out = normalize_key(tsn_get(r, tsn_atom.value));
  return true;
}

/* IteratorClose after an early exit that is not an error. */
static void keys_close(keys_iterator *k) {
  tsn_value ret = tsn_get(k->iterator, tsn_atom.return_);
  if (tsn_is_nullish(ret)) return;
  tsn_value r = tsn_call(ret, k->iterator, 0, NULL, NULL);
  if (!tsn_is_object(r)) tsn_throw_type_error("Iterator result %s is not an object", tsn_str_to_utf8(tsn_lib_receiver_text(r), &(size_t){0}));
}

static tsn_value new_set(tsn_mapset **table) {
  tsn_object *o = tsn_object_new_class(tsn_intrinsics.set_prototype, TSN_CLASS_SET);
  *table = tsn_mapset_new();
  o->internal = *table;
  return tsn_from_cell(o);
}

static tsn_value copy_set(tsn_mapset *from, tsn_mapset **table) {
  tsn_value s = new_set(table);
  tsn_mapset_cursor c;
  tsn_mapset_cursor_init(&c, from);
  tsn_value k;
  while (tsn_mapset_cursor_next(&c, &k, NULL)) tsn_mapset_put(*table, k, k);
  return s;
}

static tsn_value set_union(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("union");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "union");
  keys_iterator k = record_keys(&r);
  tsn_mapset *out;
  tsn_value result = copy_set(t, &out);
  tsn_value v;
  while (keys_step(&k, &v)) tsn_mapset_put(out, v, v);
  return result;
}

static tsn_value set_intersection(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("intersection");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "intersection");
  tsn_mapset *out;
  tsn_value result = new_set(&out);
  tsn_value v;
  if (t->size <= r.size) {
    tsn_mapset_cursor c;
    tsn_mapset_cursor_init(&c, t);
    while (tsn_mapset_cursor_next(&c, &v, NULL))
      if (record_has(&r, v)) tsn_mapset_put(out, v, v);
  } else {
    keys_iterator k = record_keys(&r);
    while (keys_step(&k, &v))
      if (tsn_mapset_find(t, v)) tsn_mapset_put(out, v, v);
  }
  return result;
}

static tsn_value set_difference(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("difference");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "difference");
  tsn_mapset *out;
  tsn_value result = copy_set(t, &out);
  tsn_value v;
  if (t->size <= r.size) {
    tsn_mapset_cursor c;
    tsn_mapset_cursor_init(&c, t);
    while (tsn_mapset_cursor_next(&c, &v, NULL))
      if (record_has(&r, v)) tsn_mapset_remove(out, v);
  } else {
    keys_iterator k = record_keys(&r);
    while (keys_step(&k, &v)) tsn_mapset_remove(out, v);
  }
  return result;
}

static tsn_value set_symmetric_difference(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("symmetricDifference");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "symmetricDifference");
  keys_iterator k = record_keys(&r);
  tsn_mapset *out;
  tsn_value result = copy_set(t, &out);
  tsn_value v;
  while (keys_step(&k, &v)) {
    if (tsn_mapset_find(t, v)) tsn_mapset_remove(out, v);
    else tsn_mapset_put(out, v, v);
  }
  return result;
}

static tsn_value set_is_subset_of(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("isSubsetOf");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "isSubsetOf");
  if (t->size > r.size) return TSN_FALSE;
  tsn_mapset_cursor c;
  tsn_mapset_cursor_init(&c, t);
  tsn_value v;
  while (tsn_mapset_cursor_next(&c, &v, NULL))
    if (!record_has(&r, v)) return TSN_FALSE;
  return TSN_TRUE;
}

static tsn_value set_is_superset_of(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("isSupersetOf");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "isSupersetOf");
  if (t->size < r.size) return TSN_FALSE;
  keys_iterator k = record_keys(&r);
  tsn_value v;
  while (keys_step(&k, &v))
    if (!tsn_mapset_find(t, v)) {
      keys_close(&k);
      return TSN_FALSE;
    }
  return TSN_TRUE;
}

static tsn_value set_is_disjoint_from(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_mapset *t = THIS_SET("isDisjointFrom");
  set_record r = get_set_record(tsn_arg(argc, argv, 0), "isDisjointFrom");
  tsn_value v;
  if (t->size <= r.size) {
    tsn_mapset_cursor c;
    tsn_mapset_cursor_init(&c, t);
    while (tsn_mapset_cursor_next(&c, &v, NULL))
      if (record_has(&r, v)) return TSN_FALSE;
    return TSN_TRUE;
  }
  keys_iterator k = record_keys(&r);
  while (keys_step(&k, &v))
    if (tsn_mapset_find(t, v)) {
      keys_close(&k);
      return TSN_FALSE;
    }
  return TSN_TRUE;
}

/* Map.groupBy's AddValueToKeyedGroup: keys compared with SameValueZero, no coercion. */
static void map_group_add(void *groups, tsn_value key, tsn_value item) {
  tsn_value *group = tsn_mapset_find(groups, key);
  if (group) tsn_array_push(*group, item);
  else tsn_mapset_put(groups, key, tsn_array_from(&item, 1));
}

/* Map.groupBy(items, callback) (24.1.2.1 with GroupBy's ~zero~ key coercion). */
static tsn_value map_group_by(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_object *map = tsn_object_new_class(tsn_intrinsics.map_prototype, TSN_CLASS_MAP);
  tsn_mapset *t = tsn_mapset_new();
  map->internal = t;
  tsn_lib_group_by(tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1), "Map.groupBy", map_group_add, t);
  return tsn_from_cell(map);
}

void tsn_lib_map_set_init(void) {
  tsn_object *mp = tsn_intrinsics.map_prototype;
  tsn_value map = tsn_lib_define_constructor("Map", map_ctor, 0, mp);
  tsn_define_builtin(tsn_as_object(map), "groupBy", map_group_by, 2);
  tsn_lib_define_species(tsn_as_object(map));
  tsn_define_builtin(mp, "get", map_get, 1);
  tsn_define_builtin(mp, "set", map_set, 2);
  tsn_define_builtin(mp, "has", map_has, 1);
  tsn_define_builtin(mp, "delete", map_delete, 1);
  tsn_define_builtin(mp, "clear", map_clear, 0);
  tsn_define_builtin(mp, "entries", map_entries, 0);
  tsn_define_builtin(mp, "forEach", map_for_each, 1);
  tsn_define_builtin(mp, "keys", map_keys, 0);
  tsn_lib_define_getter(mp, "size", map_size);
  tsn_define_builtin(mp, "values", map_values, 0);
  tsn_define_own(mp, tsn_intrinsics.symbol_iterator, tsn_get(tsn_from_cell(mp), tsn_str_intern_ascii("entries")), TSN_ATTR_HIDDEN);
  tsn_lib_define_to_string_tag(mp, "Map");

  tsn_object *sp = tsn_intrinsics.set_prototype;
  tsn_lib_define_species(tsn_as_object(tsn_lib_define_constructor("Set", set_ctor, 0, sp)));
  tsn_define_builtin(sp, "has", set_has, 1);
  tsn_define_builtin(sp, "add", set_add, 1);
  tsn_define_builtin(sp, "delete", set_delete, 1);
  tsn_define_builtin(sp, "clear", set_clear, 0);
  tsn_define_builtin(sp, "entries", set_entries, 0);
  tsn_define_builtin(sp, "forEach", set_for_each, 1);
  tsn_lib_define_getter(sp, "size", set_size);
  tsn_define_builtin(sp, "values", set_values, 0);
  tsn_define_builtin(sp, "union", set_union, 1);
  tsn_define_builtin(sp, "intersection", set_intersection, 1);
  tsn_define_builtin(sp, "difference", set_difference, 1);
  tsn_define_builtin(sp, "symmetricDifference", set_symmetric_difference, 1);
  tsn_define_builtin(sp, "isSubsetOf", set_is_subset_of, 1);
  tsn_define_builtin(sp, "isSupersetOf", set_is_superset_of, 1);
  tsn_define_builtin(sp, "isDisjointFrom", set_is_disjoint_from, 1);
  tsn_value values = tsn_get(tsn_from_cell(sp), tsn_str_intern_ascii("values"));
  tsn_define_own(sp, tsn_str_intern_ascii("keys"), values, TSN_ATTR_HIDDEN);
  tsn_define_own(sp, tsn_intrinsics.symbol_iterator, values, TSN_ATTR_HIDDEN);
  tsn_lib_define_to_string_tag(sp, "Set");
}
