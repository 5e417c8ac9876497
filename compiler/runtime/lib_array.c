/*
 * lib_array.c — the Array constructor and Array.prototype (ECMA-262 23.1).
 * Every method is the spec's generic algorithm over array-likes (Get/Set/HasProperty/Delete by
 * index); arrays whose elements all live in the dense `elements` store (not sparse, not frozen or
 * non-extensible, length writable and within capacity) take fast paths with the same observable
 * result. map/filter/slice/splice/concat/flat/flatMap create their result with ArraySpeciesCreate
 * (10.4.2.3) and Array.of/Array.from construct `this` (so Array subclasses get subclass results);
 * plain arrays skip the constructor lookups while Array.prototype.constructor and
 * Array[Symbol.species] are untouched. The copying methods (toSorted, with, ...) always return plain
 * arrays, as the spec says. sort is V8's TimSort
 * (array_sort.h). join/toString/toLocaleString return "" for an array already being joined (V8's
 * cycle detection).
 */
#include <math.h>

#include "alloc.h"
#include "arguments.h"
#include "array_sort.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_iterator.h"
#include "lib_support.h"
#include "mapset.h"
#include "ops.h"
#include "realm.h"
#include "shape.h"
#include "str.h"

#define MAX_SAFE_LENGTH 9007199254740991.0
#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)
#define THIS_OBJECT(method) tsn_object *o = tsn_lib_this_object(this_value, "Array.prototype." method)

/* ---- element access ---- */

/* All index properties of `o` are in `elements` (holes read through the prototype chain). */
static bool elements_readable(tsn_object *o) { return o->hdr.class_id == TSN_CLASS_ARRAY && !(o->hdr.bits & TSN_OBJ_SPARSE); }

/* Index properties may be created or overwritten directly in `elements` (growing the length): a
 * dense, extensible, unfrozen array with a writable length. */
static bool elements_storable(tsn_object *o) {
  return o->hdr.class_id == TSN_CLASS_ARRAY &&
         !(o->hdr.bits & (TSN_OBJ_SPARSE | TSN_OBJ_FROZEN | TSN_OBJ_NOT_EXTENSIBLE | TSN_OBJ_LENGTH_READONLY));
}

/* `elements` and the length may be rewritten in place: storable, with the length within capacity. */
static bool elements_writable(tsn_object *o) { return elements_storable(o) && o->length <= o->capacity; }

/* LengthOfArrayLike (7.3.18). */
static double length_of(tsn_object *o) {
  if (o->hdr.class_id == TSN_CLASS_ARRAY) return o->length;
  return (double)tsn_to_length(tsn_get(tsn_from_cell(o), tsn_atom.length));
}

static bool has_index(tsn_object *o, double k) {
  if (elements_readable(o) && k < o->capacity && o->elements[(uint32_t)k] != TSN_EMPTY) return true;
  return tsn_has_property(tsn_from_cell(o), tsn_lib_index_key(k));
}

static tsn_value get_index(tsn_object *o, double k) {
  if (elements_readable(o) && k < o->capacity) {
    tsn_value v = o->elements[(uint32_t)k];
    if (v != TSN_EMPTY) return v;
  }
  return tsn_get_index(tsn_from_cell(o), tsn_from_double(k));
}

/* Set(O, k, v, true). */
static void set_index(tsn_object *o, double k, tsn_value v) { tsn_set_index(tsn_from_cell(o), tsn_from_double(k), v); }

/* DeletePropertyOrThrow(O, k). */
static void delete_index(tsn_object *o, double k) { tsn_delete_property(tsn_from_cell(o), tsn_lib_index_key(k)); }

/* Set(O, "length", len, true). */
static void set_length(tsn_object *o, double len) { tsn_set(tsn_from_cell(o), tsn_atom.length, tsn_from_double(len)); }

/* CreateDataPropertyOrThrow(A, k, v) (7.3.7) through [[DefineOwnProperty]] (TypeError "Cannot define
 * property 0, object is not extensible" on a non-extensible result). */
static void define_data_property(tsn_value a, double k, tsn_value v) {
  tsn_prop_desc d = {.value = v, .getter = TSN_UNDEFINED, .setter = TSN_UNDEFINED, .attrs = TSN_ATTR_DEFAULT,
                     .has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE};
  tsn_define_own_property(tsn_as_object(a), tsn_lib_index_key(k), &d);
}

/* CreateDataPropertyOrThrow(A, k, v) on a result object `a`: a direct store when `a` is storable and
 * k is within its capacity, a push when k is its length, else define_data_property. */
static inline void create_data_property(tsn_value a, double k, tsn_value v) {
  tsn_object *ao = tsn_as_object(a);
  if (elements_storable(ao)) {
    if (k < ao->capacity) {
      uint32_t i = (uint32_t)k;
      ao->elements[i] = v;
      if (i >= ao->length) ao->length = i + 1;
      return;
    }
    if (k == ao->length) {
      tsn_array_push(a, v);
      return;
    }
  }
  define_data_property(a, k, v);
}

/* Set(A, "length", n, true) ending slice/splice/concat/Array.of/Array.from: skipped when `a` is a
 * storable array already that long (the Set could change nothing and runs no code). */
static void set_result_length(tsn_value a, double n) {
  tsn_object *ao = tsn_as_object(a);
  if (elements_storable(ao) && ao->length == n) return;
  set_length(ao, n);
}

/* ArrayCreate(len) (10.4.2.2): RangeError "Invalid array length" above 2^32 - 1. */
static tsn_value array_create(double len) {
  if (len > 4294967295.0) tsn_throw_range_error("Invalid array length");
  return tsn_new_array((uint32_t)len);
}

/* An empty array to be filled by pushes up to `len` elements (ArrayCreate's length check first). */
static tsn_value array_create_empty(double len) {
  if (len > 4294967295.0) tsn_throw_range_error("Invalid array length");
  return tsn_new_array(0);
}

/* %Array% and the getter it was given as Array[Symbol.species] (set by tsn_lib_array_init). */
static tsn_value array_constructor, array_species_getter;
/* Where Array.prototype.constructor and Array[Symbol.species] live (NULL: not a data property,
 * resp. not an accessor), as found when tsn_proto_epoch was species_slots_epoch. Both objects are
 * flagged TSN_OBJ_IS_PROTO, so a change to their shapes bumps the epoch and the slots are looked up
 * again; the slot contents are read at every use. */
static tsn_value *constructor_slot, *species_slot;
static uint32_t species_slots_epoch;

/* Whether ArraySpeciesCreate on the array `o` is ArrayCreate with no observable lookups: `o` inherits
 * straight from Array.prototype without an own "constructor", Array.prototype.constructor is %Array%
 * and Array[Symbol.species] is the original getter. */
static bool default_species(tsn_object *o) {
  tsn_object *ap = tsn_intrinsics.array_prototype;
  if (o->proto != ap || (o->shape->count != 0 && tsn_own_slot(o, tsn_atom.constructor, NULL))) return false;
  if (species_slots_epoch != tsn_proto_epoch) {
    int attrs;
    constructor_slot = tsn_own_slot(ap, tsn_atom.constructor, &attrs);
    if (constructor_slot && (attrs & TSN_ATTR_ACCESSOR)) constructor_slot = NULL;
    species_slot = tsn_own_slot(tsn_as_object(array_constructor), tsn_intrinsics.symbol_species, &attrs);
    if (species_slot && !(attrs & TSN_ATTR_ACCESSOR)) species_slot = NULL;
    species_slots_epoch = tsn_proto_epoch;
  }
  return constructor_slot && species_slot && *constructor_slot == array_constructor &&
         ((tsn_accessor *)tsn_as_cell(*species_slot))->getter == array_species_getter;
}

/* ArraySpeciesCreate(o, len) (10.4.2.3): ArrayCreate(len) for non-arrays and default constructors,
 * else Construct(o.constructor[Symbol.species], «len»). TypeError "object.constructor[Symbol.species]
 * is not a constructor" (V8's message) when that is neither undefined nor a constructor (a null
 * constructor included); null species means ArrayCreate. */
static tsn_value array_species_create(tsn_object *o, double len) {
  if (o->hdr.class_id != TSN_CLASS_ARRAY || default_species(o)) return array_create(len);
  tsn_value c = tsn_get(tsn_from_cell(o), tsn_atom.constructor);
  if (tsn_is_object(c)) {
    c = tsn_get(c, tsn_intrinsics.symbol_species);
    if (tsn_is_null(c)) c = TSN_UNDEFINED;
  }
  if (tsn_is_undefined(c)) return array_create(len);
  if (!tsn_is_constructor(c)) tsn_throw_type_error("object.constructor[Symbol.species] is not a constructor");
  tsn_value n = tsn_from_double(len);
  return tsn_construct(c, 1, &n, TSN_UNDEFINED, NULL);
}

/* The result object of Array.from / Array.of called with `this` = c (23.1.2.1 steps 5.a and 12,
 * 23.1.2.3 step 4): Construct(c, «len») (no argument when `pass_length` is false) when c is a
 * constructor other than %Array%, else ArrayCreate(len). */
static tsn_value construct_result(tsn_value c, double len, bool pass_length) {
  if (!tsn_is_constructor(c) || c == array_constructor) return array_create(pass_length ? len : 0);
  tsn_value n = tsn_from_double(len);
  return tsn_construct(c, pass_length ? 1 : 0, &n, TSN_UNDEFINED, NULL);
}

/* Grows a writable dense array by `n` undefined elements (capacity follows). */
static void grow_by(tsn_object *o, double n) {
  for (double i = 0; i < n; i++) tsn_array_push(tsn_from_cell(o), TSN_UNDEFINED);
}

static tsn_value call3(tsn_value fn, tsn_value this_arg, tsn_value a, tsn_value b, tsn_value c) {
  tsn_value args[3] = {a, b, c};
  return tsn_call(fn, this_arg, 3, args, NULL);
}

/* ---- constructor and statics ---- */

/* Array(...values) / new Array(...values) (23.1.1.1). */
BUILTIN(array_ctor) {
  tsn_object *a = tsn_is_undefined(new_target) ? tsn_object_new_class(tsn_intrinsics.array_prototype, TSN_CLASS_ARRAY)
                                                : tsn_create_from_constructor(new_target, tsn_intrinsics.array_prototype, TSN_CLASS_ARRAY);
  tsn_value av = tsn_from_cell(a);
  if (argc == 1 && tsn_is_number(argv[0])) {
    double d = tsn_as_double(argv[0]);
    uint32_t len = tsn_to_uint32(argv[0]);
    if ((double)len != d) tsn_throw_range_error("Invalid array length");
    tsn_array_set_length(av, len);
    return av;
  }
  for (int i = 0; i < argc; i++) tsn_array_push(av, argv[i]);
  return av;
}

BUILTIN(array_is_array) { return tsn_from_bool(tsn_is_array(ARG(0))); }

/* Array.of(...items) (23.1.2.3). */
BUILTIN(array_of) {
  if (!tsn_is_constructor(this_value) || this_value == array_constructor) return tsn_array_from(argv, (uint32_t)argc);
  tsn_value a = construct_result(this_value, argc, true);
  for (int k = 0; k < argc; k++) create_data_property(a, k, argv[k]);
  set_result_length(a, argc);
  return a;
}

/* Array.from's iterable path (23.1.2.1 step 5.c-e): stores the iterator's values of `items`, mapped by
 * `mapfn` unless it is undefined, into `a` from index 0 on. A throw from mapping or storing closes the
 * iterator through the runtime's open-iterator unwinding (iter.h). Returns the count stored. */
static double from_iterable(tsn_value a, tsn_value items, tsn_value mapfn, tsn_value this_arg) {
  tsn_iter it;
  tsn_iter_open(&it, items, NULL);
  tsn_value v;
  double k = 0;
  while (tsn_iter_step(&it, &v)) {
    if (!tsn_is_undefined(mapfn)) v = tsn_call(mapfn, this_arg, 2, (tsn_value[]){v, tsn_from_double(k)}, NULL);
    create_data_property(a, k, v);
    k = k + 1;
  }
  return k;
}

/* Array.from(items, mapfn, thisArg) (23.1.2.1): iterables, else array-likes. */
BUILTIN(array_from) {
  tsn_value items = ARG(0), mapfn = ARG(1), this_arg = ARG(2);
  bool mapping = !tsn_is_undefined(mapfn);
  if (mapping) tsn_lib_require_callable(mapfn);
  if (tsn_is_nullish(items))
    tsn_throw_type_error("%s is not iterable (cannot read property Symbol(Symbol.iterator))", tsn_lib_value_type_text(items));
  tsn_value method = tsn_get(items, tsn_intrinsics.symbol_iterator);
  if (!tsn_is_nullish(method)) {
    if (!tsn_is_callable(method))
      tsn_throw_type_error("%%Array%%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function");
    tsn_value a = construct_result(this_value, 0, false);
    set_result_length(a, from_iterable(a, items, mapfn, this_arg));
    return a;
  }
  tsn_object *src = tsn_to_object(items);
  double len = length_of(src);
  tsn_value a = construct_result(this_value, len, true);
  for (double k = 0; k < len; k++) {
    tsn_value v = get_index(src, k);
    create_data_property(a, k, mapping ? tsn_call(mapfn, this_arg, 2, (tsn_value[]){v, tsn_from_double(k)}, NULL) : v);
  }
  set_result_length(a, len);
  return a;
}

/* ---- iteration with callbacks ---- */

BUILTIN(array_for_each) {
  THIS_OBJECT("forEach");
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  for (double k = 0; k < len; k++)
    if (has_index(o, k)) call3(fn, ARG(1), get_index(o, k), tsn_from_double(k), tsn_from_cell(o));
  return TSN_UNDEFINED;
}

BUILTIN(array_map) {
  THIS_OBJECT("map");
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  tsn_value a = array_species_create(o, len);
  for (double k = 0; k < len; k++)
    if (has_index(o, k)) create_data_property(a, k, call3(fn, ARG(1), get_index(o, k), tsn_from_double(k), tsn_from_cell(o)));
  return a;
}

BUILTIN(array_filter) {
  THIS_OBJECT("filter");
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  tsn_value a = array_species_create(o, 0);
  double to = 0;
  for (double k = 0; k < len; k++) {
    if (!has_index(o, k)) continue;
    tsn_value v = get_index(o, k);
    if (tsn_to_boolean(call3(fn, ARG(1), v, tsn_from_double(k), tsn_from_cell(o)))) create_data_property(a, to++, v);
  }
  return a;
}

/* some (want = true) and every (want = false): stop at the first callback result equal to `want`. */
static tsn_value some_every(tsn_object *o, int argc, const tsn_value *argv, bool want) {
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  for (double k = 0; k < len; k++)
    if (has_index(o, k) && tsn_to_boolean(call3(fn, ARG(1), get_index(o, k), tsn_from_double(k), tsn_from_cell(o))) == want)
      return tsn_from_bool(want);
  return tsn_from_bool(!want);
}

BUILTIN(array_some) {
  THIS_OBJECT("some");
  return some_every(o, argc, argv, true);
}

BUILTIN(array_every) {
  THIS_OBJECT("every");
  return some_every(o, argc, argv, false);
}

/* FindViaPredicate (23.1.3.12.1): holes are visited as undefined. Returns the index or -1. */
static double find_via_predicate(tsn_object *o, int argc, const tsn_value *argv, bool ascending, tsn_value *found) {
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  for (double i = 0; i < len; i++) {
    double k = ascending ? i : len - 1 - i;
    tsn_value v = get_index(o, k);
    if (tsn_to_boolean(call3(fn, ARG(1), v, tsn_from_double(k), tsn_from_cell(o)))) {
      *found = v;
      return k;
    }
  }
  *found = TSN_UNDEFINED;
  return -1;
}

BUILTIN(array_find) {
  THIS_OBJECT("find");
  tsn_value v;
  find_via_predicate(o, argc, argv, true, &v);
  return v;
}

BUILTIN(array_find_index) {
  THIS_OBJECT("findIndex");
  tsn_value v;
  return tsn_from_double(find_via_predicate(o, argc, argv, true, &v));
}

BUILTIN(array_find_last) {
  THIS_OBJECT("findLast");
  tsn_value v;
  find_via_predicate(o, argc, argv, false, &v);
  return v;
}

BUILTIN(array_find_last_index) {
  THIS_OBJECT("findLastIndex");
  tsn_value v;
  return tsn_from_double(find_via_predicate(o, argc, argv, false, &v));
}

/* reduce / reduceRight (23.1.3.24, 23.1.3.25). */
static tsn_value reduce(tsn_object *o, int argc, const tsn_value *argv, bool left_to_right) {
  double len = length_of(o);
  tsn_value fn = ARG(0);
  tsn_lib_require_callable(fn);
  double i = 0;
  tsn_value acc = TSN_UNDEFINED;
  if (argc >= 2) {
    acc = argv[1];
  } else {
    bool present = false;
    for (; i < len && !present; i++) {
      double k = left_to_right ? i : len - 1 - i;
      if (has_index(o, k)) {
        present = true;
        acc = get_index(o, k);
      }
    }
    if (!present) tsn_throw_type_error("Reduce of empty array with no initial value");
  }
  for (; i < len; i++) {
    double k = left_to_right ? i : len - 1 - i;
    if (!has_index(o, k)) continue;
    tsn_value args[4] = {acc, get_index(o, k), tsn_from_double(k), tsn_from_cell(o)};
    acc = tsn_call(fn, TSN_UNDEFINED, 4, args, NULL);
  }
  return acc;
}

BUILTIN(array_reduce) {
  THIS_OBJECT("reduce");
  return reduce(o, argc, argv, true);
}

BUILTIN(array_reduce_right) {
  THIS_OBJECT("reduceRight");
  return reduce(o, argc, argv, false);
}

/* ---- searching ---- */

/* The start index of indexOf/includes: ToIntegerOrInfinity(fromIndex), negative from the end. */
static double from_index(tsn_value v, double len) {
  double n = tsn_to_integer_or_infinity(v);
  if (n >= 0) return n;
  n += len;
  return n < 0 ? 0 : n;
}

BUILTIN(array_index_of) {
  THIS_OBJECT("indexOf");
  double len = length_of(o);
  if (len == 0) return tsn_from_double(-1);
  tsn_value target = ARG(0);
  for (double k = from_index(ARG(1), len); k < len; k++)
    if (has_index(o, k) && tsn_op_strict_equals(get_index(o, k), target)) return tsn_from_double(k);
  return tsn_from_double(-1);
}

BUILTIN(array_last_index_of) {
  THIS_OBJECT("lastIndexOf");
  double len = length_of(o);
  if (len == 0) return tsn_from_double(-1);
  double n = argc > 1 ? tsn_to_integer_or_infinity(argv[1]) : len - 1;
  double k = n >= 0 ? fmin(n, len - 1) : len + n;
  tsn_value target = ARG(0);
  for (; k >= 0; k--)
    if (has_index(o, k) && tsn_op_strict_equals(get_index(o, k), target)) return tsn_from_double(k);
  return tsn_from_double(-1);
}

BUILTIN(array_includes) {
  THIS_OBJECT("includes");
  double len = length_of(o);
  if (len == 0) return TSN_FALSE;
  tsn_value target = ARG(0);
  for (double k = from_index(ARG(1), len); k < len; k++)
    if (tsn_same_value_zero(get_index(o, k), target)) return TSN_TRUE;
  return TSN_FALSE;
}

BUILTIN(array_at) {
  THIS_OBJECT("at");
  double len = length_of(o), k = tsn_to_integer_or_infinity(ARG(0));
  if (k < 0) k += len;
  if (k < 0 || k >= len) return TSN_UNDEFINED;
  return get_index(o, k);
}

/* ---- join and string conversion ---- */

/* Receivers of the joins in progress (V8's cycle detection: a nested join of one of them gives ""),
 * a set so the check costs O(1) per level. */
static tsn_mapset *joins_in_progress;

/* Joins the elements of `o` with `sep`; nullish elements are empty; `locale` calls each element's
 * toLocaleString instead of ToString (23.1.3.18, 23.1.3.32). */
static tsn_value join(tsn_object *o, double len, tsn_value sep, bool locale) {
  if (!joins_in_progress) joins_in_progress = tsn_mapset_new();
  tsn_value receiver = tsn_from_cell(o);
  if (len == 0 || tsn_mapset_find(joins_in_progress, receiver)) return tsn_atom.empty;
  TSN_ENTER_COST(TSN_STACK_COST_JOIN);
  tsn_mapset_put(joins_in_progress, receiver, TSN_TRUE);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_value to_locale = locale ? tsn_str_intern_ascii("toLocaleString") : TSN_UNDEFINED;
    for (double k = 0; k < len; k++) {
      if (k > 0) tsn_strbuf_push_string(&b, sep);
      tsn_value v = get_index(o, k);
      if (tsn_is_nullish(v)) continue;
      if (locale) v = tsn_call_method(v, to_locale, &(tsn_ic){0}, 0, NULL, NULL);
      tsn_strbuf_push_string(&b, tsn_to_string(v));
    }
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_mapset_remove(joins_in_progress, receiver);
    tsn_throw(tsn_exception);
  }
  tsn_mapset_remove(joins_in_progress, receiver);
  TSN_LEAVE_COST(TSN_STACK_COST_JOIN);
  return tsn_strbuf_finish(&b);
}

BUILTIN(array_join) {
  THIS_OBJECT("join");
  double len = length_of(o);
  tsn_value sep = tsn_is_undefined(ARG(0)) ? tsn_str_from_code_unit(',') : tsn_to_string(ARG(0));
  return join(o, len, sep, false);
}

/* Array.prototype.toString (23.1.3.36): this.join(), or Object.prototype.toString without a join. */
BUILTIN(array_to_string) {
  THIS_OBJECT("toString");
  tsn_value fn = tsn_get(tsn_from_cell(o), tsn_str_intern_ascii("join"));
  if (!tsn_is_callable(fn)) fn = tsn_get(tsn_from_cell(tsn_intrinsics.object_prototype), tsn_atom.toString);
  return tsn_call(fn, tsn_from_cell(o), 0, NULL, NULL);
}

BUILTIN(array_to_locale_string) {
  THIS_OBJECT("toLocaleString");
  return join(o, length_of(o), tsn_str_from_code_unit(','), true);
}

/* ---- mutation at the ends ---- */

BUILTIN(array_push) {
  THIS_OBJECT("push");
  if (o->hdr.class_id == TSN_CLASS_ARRAY && !(o->hdr.bits & (TSN_OBJ_SPARSE | TSN_OBJ_FROZEN | TSN_OBJ_LENGTH_READONLY))) {
    if ((double)o->length + argc > 4294967295.0) tsn_throw_range_error("Invalid array length");
    for (int i = 0; i < argc; i++) tsn_array_push(tsn_from_cell(o), argv[i]);
    return tsn_from_double(o->length);
  }
  double len = length_of(o);
  if (len + argc > MAX_SAFE_LENGTH)
    tsn_throw_type_error("Pushing %d elements on an array-like of length %.0f is disallowed, as the total surpasses 2**53-1", argc, len);
  for (int i = 0; i < argc; i++) set_index(o, len + i, argv[i]);
  set_length(o, len + argc);
  return tsn_from_double(len + argc);
}

BUILTIN(array_pop) {
  THIS_OBJECT("pop");
  double len = length_of(o);
  if (len == 0) {
    set_length(o, 0);
    return TSN_UNDEFINED;
  }
  tsn_value v = get_index(o, len - 1);
  if (elements_writable(o)) {
    tsn_array_set_length(tsn_from_cell(o), (uint32_t)len - 1);
    return v;
  }
  delete_index(o, len - 1);
  set_length(o, len - 1);
  return v;
}

BUILTIN(array_shift) {
  THIS_OBJECT("shift");
  double len = length_of(o);
  if (len == 0) {
    set_length(o, 0);
    return TSN_UNDEFINED;
  }
  tsn_value first = get_index(o, 0);
  if (elements_writable(o)) {
    /* O(1) left trim, so queue loops stay linear: the element store now starts one slot later
     * (libgc keeps the block alive through the interior pointer). */
    o->elements++;
    o->capacity--;
    o->length--;
    return first;
  }
  for (double k = 1; k < len; k++) {
    if (has_index(o, k)) set_index(o, k - 1, get_index(o, k));
    else delete_index(o, k - 1);
  }
  delete_index(o, len - 1);
  set_length(o, len - 1);
  return first;
}

BUILTIN(array_unshift) {
  THIS_OBJECT("unshift");
  double len = length_of(o);
  if (argc == 0) {
    set_length(o, len);
    return tsn_from_double(len);
  }
  if (len + argc > MAX_SAFE_LENGTH)
    tsn_throw_type_error("Pushing %d elements on an array-like of length %.0f is disallowed, as the total surpasses 2**53-1", argc, len);
  if (elements_writable(o)) {
    grow_by(o, argc);
    memmove(o->elements + argc, o->elements, (size_t)len * sizeof(tsn_value));
    memcpy(o->elements, argv, (size_t)argc * sizeof(tsn_value));
    return tsn_from_double(o->length);
  }
  for (double k = len; k > 0; k--) {
    if (has_index(o, k - 1)) set_index(o, k - 1 + argc, get_index(o, k - 1));
    else delete_index(o, k - 1 + argc);
  }
  for (int j = 0; j < argc; j++) set_index(o, j, argv[j]);
  set_length(o, len + argc);
  return tsn_from_double(len + argc);
}

/* ---- copying and rearranging ---- */

BUILTIN(array_slice) {
  THIS_OBJECT("slice");
  double len = length_of(o);
  double k = (double)tsn_relative_index(ARG(0), (int64_t)len, 0);
  double final = (double)tsn_relative_index(ARG(1), (int64_t)len, (int64_t)len);
  tsn_value a = array_species_create(o, final > k ? final - k : 0);
  double n = 0;
  for (; k < final; k++, n++)
    if (has_index(o, k)) create_data_property(a, n, get_index(o, k));
  set_result_length(a, n);
  return a;
}

/* The actual delete/skip count of splice and toSpliced (23.1.3.31 steps 8-10). */
static double splice_count(int argc, const tsn_value *argv, double len, double start) {
  if (argc == 0) return 0;
  if (argc == 1) return len - start;
  double dc = tsn_to_integer_or_infinity(argv[1]);
  return fmin(fmax(dc, 0), len - start);
}

BUILTIN(array_splice) {
  THIS_OBJECT("splice");
  double len = length_of(o);
  double start = (double)tsn_relative_index(ARG(0), (int64_t)len, 0);
  double dc = splice_count(argc, argv, len, start);
  int items = argc > 2 ? argc - 2 : 0;
  if (len + items - dc > MAX_SAFE_LENGTH) tsn_throw_type_error("Invalid array length");
  tsn_value removed = array_species_create(o, dc);
  for (double k = 0; k < dc; k++)
    if (has_index(o, start + k)) create_data_property(removed, k, get_index(o, start + k));
  set_result_length(removed, dc);
  const tsn_value *item = argv + 2;
  if (elements_writable(o)) {
    double new_len = len - dc + items;
    if (items > dc) grow_by(o, items - dc);
    memmove(o->elements + (size_t)(start + items), o->elements + (size_t)(start + dc), (size_t)(len - start - dc) * sizeof(tsn_value));
    if (items) memcpy(o->elements + (size_t)start, item, (size_t)items * sizeof(tsn_value));
    if (items < dc) tsn_array_set_length(tsn_from_cell(o), (uint32_t)new_len);
    return removed;
  }
  if (items < dc) {
    for (double k = start; k < len - dc; k++) {
      if (has_index(o, k + dc)) set_index(o, k + items, get_index(o, k + dc));
      else delete_index(o, k + items);
    }
    for (double k = len; k > len - dc + items; k--) delete_index(o, k - 1);
  } else if (items > dc) {
    for (double k = len - dc; k > start; k--) {
      if (has_index(o, k + dc - 1)) set_index(o, k + items - 1, get_index(o, k + dc - 1));
      else delete_index(o, k + items - 1);
    }
  }
  for (int i = 0; i < items; i++) set_index(o, start + i, item[i]);
  set_length(o, len - dc + items);
  return removed;
}

/* IsConcatSpreadable (ECMA-262 23.1.3.2.1): Symbol.isConcatSpreadable when defined, else IsArray. */
static bool is_concat_spreadable(tsn_value v) {
  if (!tsn_is_object(v)) return false;
  tsn_value spreadable = tsn_get(v, tsn_intrinsics.symbol_is_concat_spreadable);
  if (!tsn_is_undefined(spreadable)) return tsn_to_boolean(spreadable);
  return tsn_is_array(v);
}

BUILTIN(array_concat) {
  tsn_object *o = tsn_lib_this_object(this_value, "Array.prototype.concat");
  tsn_value a = array_species_create(o, 0);
  double n = 0;
  for (int i = -1; i < argc; i++) {
    tsn_value e = i < 0 ? tsn_from_cell(o) : argv[i];
    if (!is_concat_spreadable(e)) {
      create_data_property(a, n++, e);
      continue;
    }
    tsn_object *eo = tsn_as_object(e);
    double len = length_of(eo);
    for (double k = 0; k < len; k++, n++)
      if (has_index(eo, k)) create_data_property(a, n, get_index(eo, k));
  }
  set_result_length(a, n);
  return a;
}

BUILTIN(array_reverse) {
  THIS_OBJECT("reverse");
  double len = length_of(o);
  if (elements_writable(o)) {
    for (uint32_t lo = 0, hi = (uint32_t)len; lo + 1 < hi; lo++, hi--) {
      tsn_value t = o->elements[lo];
      o->elements[lo] = o->elements[hi - 1];
      o->elements[hi - 1] = t;
    }
    return tsn_from_cell(o);
  }
  for (double lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
    bool lower_exists = has_index(o, lower);
    tsn_value lower_value = lower_exists ? get_index(o, lower) : TSN_UNDEFINED;
    bool upper_exists = has_index(o, upper);
    tsn_value upper_value = upper_exists ? get_index(o, upper) : TSN_UNDEFINED;
    if (upper_exists) set_index(o, lower, upper_value);
    else if (lower_exists) delete_index(o, lower);
    if (lower_exists) set_index(o, upper, lower_value);
    else if (upper_exists) delete_index(o, upper);
  }
  return tsn_from_cell(o);
}

BUILTIN(array_fill) {
  THIS_OBJECT("fill");
  double len = length_of(o);
  double k = (double)tsn_relative_index(ARG(1), (int64_t)len, 0);
  double final = (double)tsn_relative_index(ARG(2), (int64_t)len, (int64_t)len);
  for (; k < final; k++) set_index(o, k, ARG(0));
  return tsn_from_cell(o);
}

BUILTIN(array_copy_within) {
  THIS_OBJECT("copyWithin");
  double len = length_of(o);
  double to = (double)tsn_relative_index(ARG(0), (int64_t)len, 0);
  double from = (double)tsn_relative_index(ARG(1), (int64_t)len, 0);
  double final = (double)tsn_relative_index(ARG(2), (int64_t)len, (int64_t)len);
  double count = fmin(final - from, len - to);
  double dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--, from += dir, to += dir) {
    if (has_index(o, from)) set_index(o, to, get_index(o, from));
    else delete_index(o, to);
  }
  return tsn_from_cell(o);
}

/* FlattenIntoArray (23.1.3.13.1): stores the flattened elements of `source` into `target` from
 * index `next` on and returns the index after the last one; depth may be +Infinity. */
static double flatten_into(tsn_value target, double next, tsn_object *source, double depth, tsn_value mapper, tsn_value this_arg) {
  double len = length_of(source);
  for (double k = 0; k < len; k++) {
    if (!has_index(source, k)) continue;
    tsn_value e = get_index(source, k);
    if (!tsn_is_undefined(mapper)) e = call3(mapper, this_arg, e, tsn_from_double(k), tsn_from_cell(source));
    if (depth > 0 && tsn_is_array(e)) {
      TSN_ENTER_COST(TSN_STACK_COST_FLAT);
      next = flatten_into(target, next, tsn_as_object(e), depth - 1, TSN_UNDEFINED, TSN_UNDEFINED);
      TSN_LEAVE_COST(TSN_STACK_COST_FLAT);
    } else create_data_property(target, next++, e);
  }
  return next;
}

BUILTIN(array_flat) {
  THIS_OBJECT("flat");
  double depth = 1;
  if (!tsn_is_undefined(ARG(0))) {
    depth = tsn_to_integer_or_infinity(ARG(0));
    if (depth < 0) depth = 0;
  }
  tsn_value a = array_species_create(o, 0);
  flatten_into(a, 0, o, depth, TSN_UNDEFINED, TSN_UNDEFINED);
  return a;
}

BUILTIN(array_flat_map) {
  THIS_OBJECT("flatMap");
  tsn_lib_require_callable(ARG(0));
  tsn_value a = array_species_create(o, 0);
  flatten_into(a, 0, o, 1, ARG(0), ARG(1));
  return a;
}

/* ---- sorting ---- */

/* SortCompare (23.1.3.30.2) with a user comparator: ToNumber of its result, NaN as 0. */
static double compare_user(void *ctx, const tsn_sort_item *x, const tsn_sort_item *y) {
  tsn_value args[2] = {x->value, y->value};
  double v = tsn_to_number(tsn_call(*(tsn_value *)ctx, TSN_UNDEFINED, 2, args, NULL));
  return isnan(v) ? 0 : v;
}

/* The default order: ToString of both, compared by code units (primitive keys are cached; objects
 * are converted at every comparison, as V8 does). */
static double compare_default(void *ctx, const tsn_sort_item *x, const tsn_sort_item *y) {
  tsn_value kx = x->key != TSN_EMPTY ? x->key : tsn_to_string(x->value);
  tsn_value ky = y->key != TSN_EMPTY ? y->key : tsn_to_string(y->value);
  return tsn_str_compare(kx, ky);
}

static void check_comparator(tsn_value fn) {
  if (!tsn_is_undefined(fn) && !tsn_is_callable(fn)) {
    size_t n;
    tsn_throw_type_error("The comparison function must be either a function or undefined: %s", tsn_str_to_utf8(tsn_lib_receiver_text(fn), &n));
  }
}

/* SortIndexedProperties (23.1.3.30.1): the values of `o` below `len` (holes skipped when
 * `skip_holes`), sorted; undefined values are not compared and come last. Returns the count of
 * defined values in *items and of undefined ones in *undefined_count. */
static uint32_t sorted_values(tsn_object *o, double len, tsn_value fn, bool skip_holes, tsn_sort_item **items, uint32_t *undefined_count) {
  uint32_t n = 0, cap = len < 16 ? 16 : (uint32_t)fmin(len, 1 << 20);
  tsn_sort_item *it = tsn_alloc(cap * sizeof(tsn_sort_item));
  *undefined_count = 0;
  for (double k = 0; k < len; k++) {
    if (skip_holes && !has_index(o, k)) continue;
    tsn_value v = get_index(o, k);
    if (tsn_is_undefined(v)) {
      (*undefined_count)++;
      continue;
    }
    if (n == cap) {
      tsn_sort_item *bigger = tsn_alloc(2 * cap * sizeof(tsn_sort_item));
      memcpy(bigger, it, cap * sizeof(tsn_sort_item));
      it = bigger;
      cap *= 2;
    }
    it[n].value = v;
    it[n].key = (tsn_is_undefined(fn) && !tsn_is_object(v) && !tsn_is_symbol(v)) ? tsn_to_string(v) : TSN_EMPTY;
    n++;
  }
  if (tsn_is_undefined(fn)) tsn_timsort(it, n, compare_default, NULL);
  else tsn_timsort(it, n, compare_user, &fn);
  *items = it;
  return n;
}

BUILTIN(array_sort) {
  tsn_value fn = ARG(0);
  check_comparator(fn);
  THIS_OBJECT("sort");
  double len = length_of(o);
  tsn_sort_item *items;
  uint32_t undefined_count;
  uint32_t n = sorted_values(o, len, fn, true, &items, &undefined_count);
  double k = 0;
  for (uint32_t i = 0; i < n; i++, k++) set_index(o, k, items[i].value);
  for (uint32_t i = 0; i < undefined_count; i++, k++) set_index(o, k, TSN_UNDEFINED);
  for (; k < len; k++) delete_index(o, k);
  return tsn_from_cell(o);
}

/* ---- copying variants (ES2023) ---- */

BUILTIN(array_to_sorted) {
  tsn_value fn = ARG(0);
  check_comparator(fn);
  THIS_OBJECT("toSorted");
  double len = length_of(o);
  tsn_value a = array_create_empty(len);
  tsn_sort_item *items;
  uint32_t undefined_count;
  uint32_t n = sorted_values(o, len, fn, false, &items, &undefined_count);
  for (uint32_t i = 0; i < n; i++) tsn_array_push(a, items[i].value);
  for (uint32_t i = 0; i < undefined_count; i++) tsn_array_push(a, TSN_UNDEFINED);
  return a;
}

BUILTIN(array_to_reversed) {
  THIS_OBJECT("toReversed");
  double len = length_of(o);
  tsn_value a = array_create_empty(len);
  for (double k = len; k > 0; k--) tsn_array_push(a, get_index(o, k - 1));
  return a;
}

BUILTIN(array_to_spliced) {
  THIS_OBJECT("toSpliced");
  double len = length_of(o);
  double start = (double)tsn_relative_index(ARG(0), (int64_t)len, 0);
  double skip = splice_count(argc, argv, len, start);
  int items = argc > 2 ? argc - 2 : 0;
  double new_len = len + items - skip;
  if (new_len > MAX_SAFE_LENGTH) tsn_throw_type_error("Invalid array length");
  tsn_value a = array_create_empty(new_len);
  for (double i = 0; i < start; i++) tsn_array_push(a, get_index(o, i));
  for (int i = 0; i < items; i++) tsn_array_push(a, argv[2 + i]);
  for (double r = start + skip; r < len; r++) tsn_array_push(a, get_index(o, r));
  return a;
}

BUILTIN(array_with) {
  THIS_OBJECT("with");
  double len = length_of(o);
  double rel = tsn_to_integer_or_infinity(ARG(0));
  double actual = rel >= 0 ? rel : len + rel;
  if (actual >= len || actual < 0) {
    size_t n;
    tsn_throw_range_error("Invalid index : %s", tsn_str_to_utf8(tsn_lib_receiver_text(ARG(0)), &n));
  }
  tsn_value a = array_create_empty(len);
  for (double k = 0; k < len; k++) tsn_array_push(a, k == actual ? ARG(1) : get_index(o, k));
  return a;
}

/* ---- iterators ---- */

BUILTIN(array_keys) {
  THIS_OBJECT("keys");
  return tsn_array_iterator_new(tsn_from_cell(o), TSN_ITERATE_KEYS);
}

BUILTIN(array_values) {
  THIS_OBJECT("values");
  return tsn_array_iterator_new(tsn_from_cell(o), TSN_ITERATE_VALUES);
}

BUILTIN(array_entries) {
  THIS_OBJECT("entries");
  return tsn_array_iterator_new(tsn_from_cell(o), TSN_ITERATE_ENTRIES);
}

void tsn_lib_array_init(void) {
  tsn_object *ap = tsn_intrinsics.array_prototype;
  tsn_value ctor = tsn_lib_define_constructor("Array", array_ctor, 1, ap);
  tsn_object *c = tsn_as_object(ctor);
  tsn_define_builtin(c, "isArray", array_is_array, 1);
  tsn_define_builtin(c, "from", array_from, 1);
  tsn_define_builtin(c, "of", array_of, 0);
  tsn_lib_define_species(c);
  array_constructor = ctor;
  array_species_getter = ((tsn_accessor *)tsn_as_cell(*tsn_own_slot(c, tsn_intrinsics.symbol_species, NULL)))->getter;
  c->hdr.bits |= TSN_OBJ_IS_PROTO; /* a redefined Array[Symbol.species] bumps tsn_proto_epoch (default_species) */

  tsn_define_builtin(ap, "at", array_at, 1);
  tsn_define_builtin(ap, "concat", array_concat, 1);
  tsn_define_builtin(ap, "copyWithin", array_copy_within, 2);
  tsn_define_builtin(ap, "fill", array_fill, 1);
  tsn_define_builtin(ap, "find", array_find, 1);
  tsn_define_builtin(ap, "findIndex", array_find_index, 1);
  tsn_define_builtin(ap, "findLast", array_find_last, 1);
  tsn_define_builtin(ap, "findLastIndex", array_find_last_index, 1);
  tsn_define_builtin(ap, "lastIndexOf", array_last_index_of, 1);
  tsn_define_builtin(ap, "pop", array_pop, 0);
  tsn_define_builtin(ap, "push", array_push, 1);
  tsn_define_builtin(ap, "reverse", array_reverse, 0);
  tsn_define_builtin(ap, "shift", array_shift, 0);
  tsn_define_builtin(ap, "unshift", array_unshift, 1);
  tsn_define_builtin(ap, "slice", array_slice, 2);
  tsn_define_builtin(ap, "sort", array_sort, 1);
  tsn_define_builtin(ap, "splice", array_splice, 2);
  tsn_define_builtin(ap, "includes", array_includes, 1);
  tsn_define_builtin(ap, "indexOf", array_index_of, 1);
  tsn_define_builtin(ap, "join", array_join, 1);
  tsn_define_builtin(ap, "keys", array_keys, 0);
  tsn_define_builtin(ap, "entries", array_entries, 0);
  tsn_define_builtin(ap, "values", array_values, 0);
  tsn_define_builtin(ap, "forEach", array_for_each, 1);
  tsn_define_builtin(ap, "filter", array_filter, 1);
  tsn_define_builtin(ap, "flat", array_flat, 0);
  tsn_define_builtin(ap, "flatMap", array_flat_map, 1);
  tsn_define_builtin(ap, "map", array_map, 1);
  tsn_define_builtin(ap, "every", array_every, 1);
  tsn_define_builtin(ap, "some", array_some, 1);
  tsn_define_builtin(ap, "reduce", array_reduce, 1);
  tsn_define_builtin(ap, "reduceRight", array_reduce_right, 1);
  tsn_define_builtin(ap, "toLocaleString", array_to_locale_string, 0);
  tsn_define_builtin(ap, "toString", array_to_string, 0);
  tsn_define_builtin(ap, "toReversed", array_to_reversed, 0);
  tsn_define_builtin(ap, "toSorted", array_to_sorted, 1);
  tsn_define_builtin(ap, "toSpliced", array_to_spliced, 2);
  tsn_define_builtin(ap, "with", array_with, 2);
  tsn_intrinsic_array_values = tsn_get(tsn_from_cell(ap), tsn_str_intern_ascii("values"));
  tsn_define_own(ap, tsn_intrinsics.symbol_iterator, tsn_intrinsic_array_values, TSN_ATTR_HIDDEN);
  /* Array.prototype[@@unscopables] (ECMA-262 23.1.3.41): what a `with` over an array would not bind. */
  static const char *const unscopable[] = {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                                           "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"};
  tsn_object *list = tsn_object_new(NULL);
  for (size_t i = 0; i < sizeof unscopable / sizeof unscopable[0]; i++) tsn_lib_define_value(list, unscopable[i], TSN_TRUE, TSN_ATTR_DEFAULT);
  tsn_define_own(ap, tsn_intrinsics.symbol_unscopables, tsn_from_cell(list), TSN_ATTR_CONFIGURABLE);
}
