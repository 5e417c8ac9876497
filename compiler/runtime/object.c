/*
 * object.c — ordinary and Array/String exotic objects: property lookup along prototype chains,
 * strict-mode [[Set]], [[Delete]], [[DefineOwnProperty]], [[OwnPropertyKeys]], integrity levels and
 * the inline caches used by compiled property accesses (ECMA-262 10.1, 10.4.2, 10.4.3).
 */
#include "object.h"

#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "arguments.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "ops.h"
#include "realm.h"
#include "shape.h"
#include "str.h"
#include "symbol.h"
#include "typed_array.h"

uint32_t tsn_proto_epoch = 1;

/* Index writes beyond the current capacity stay dense while they are below this bound or close to
 * the end; farther ones go to the shape (TSN_OBJ_SPARSE). */
#define DENSE_LIMIT (1u << 20)

/* ---- creation ---- */

tsn_object *tsn_object_new_class(tsn_object *proto, tsn_class_id cls) {
  tsn_object *o = tsn_alloc(sizeof(tsn_object));
  o->hdr.type = TSN_CELL_OBJECT;
  o->hdr.class_id = (uint16_t)cls;
  o->shape = tsn_shape_root();
  o->proto = proto;
  if (proto) proto->hdr.bits |= TSN_OBJ_IS_PROTO;
  return o;
}

tsn_object *tsn_object_new(tsn_object *proto) { return tsn_object_new_class(proto, TSN_CLASS_OBJECT); }

tsn_value tsn_new_object(void) { return tsn_from_cell(tsn_object_new(tsn_intrinsics.object_prototype)); }

static void elements_reserve(tsn_object *o, uint32_t need) {
  if (need <= o->capacity) return;
  uint64_t cap = o->capacity ? o->capacity : 4;
  while (cap < need) cap *= 2;
  if (cap > 0xFFFFFFFFu) cap = 0xFFFFFFFFu;
  tsn_value *e = tsn_alloc((size_t)cap * sizeof(tsn_value)); /* zeroed: TSN_EMPTY */
  if (o->capacity) memcpy(e, o->elements, (size_t)o->capacity * sizeof(tsn_value));
  o->elements = e;
  o->capacity = (uint32_t)cap;
}

tsn_value tsn_new_array(uint32_t length) {
  tsn_object *o = tsn_object_new_class(tsn_intrinsics.array_prototype, TSN_CLASS_ARRAY);
  o->length = length;
  if (length && length <= 1024) elements_reserve(o, length);
  return tsn_from_cell(o);
}

tsn_value tsn_array_from(const tsn_value *items, uint32_t n) {
  tsn_object *o = tsn_object_new_class(tsn_intrinsics.array_prototype, TSN_CLASS_ARRAY);
  if (n) {
    elements_reserve(o, n);
    memcpy(o->elements, items, (size_t)n * sizeof(tsn_value));
  }
  o->length = n;
  return tsn_from_cell(o);
}

/* ---- message helpers ---- */

const char *tsn_key_text(tsn_value key) {
  size_t n;
  if (tsn_is_symbol(key)) key = tsn_symbol_descriptive_string(key);
  else if (!tsn_is_string(key)) key = tsn_to_string(key);
  return tsn_str_to_utf8(key, &n);
}

/* V8's Object::NoSideEffectsToString for receivers, as far as the runtime's messages need it. */
const char *tsn_object_class_text(tsn_object *o) {
  if (o->hdr.class_id == TSN_CLASS_ARRAY) return "[object Array]";
  if (o->hdr.class_id == TSN_CLASS_STRING) return "[object String]";
  if (o->hdr.class_id == TSN_CLASS_REGEXP) return "[object RegExp]";
  if (o->hdr.class_id == TSN_CLASS_TYPED_ARRAY) {
    char *out = tsn_alloc_atomic(40);
    snprintf(out, 40, "[object %s]", tsn_typed_array_name[tsn_typed_array_of(o)->kind]);
    return out;
  }
  for (tsn_object *p = o; p; p = p->proto) {
    int attrs;
    tsn_value *slot = tsn_own_slot(p, tsn_atom.constructor, &attrs);
    if (!slot) continue;
    if ((attrs & TSN_ATTR_ACCESSOR) || !tsn_is_callable(*slot)) break;
    tsn_value name = tsn_as_function(*slot)->name;
    if (!tsn_is_string(name) || tsn_str_length(name) == 0) break;
    size_t n;
    const char *text = tsn_str_to_utf8(name, &n);
    char *out = tsn_alloc_atomic(n + 4);
    snprintf(out, n + 4, "#<%s>", text);
    return out;
  }
  /* No named constructor: V8 falls back to a Symbol.toStringTag data property ("[object Set Iterator]"). */
  for (tsn_object *p = o; p; p = p->proto) {
    int attrs;
    tsn_value *slot = tsn_own_slot(p, tsn_intrinsics.symbol_to_string_tag, &attrs);
    if (!slot) continue;
    if ((attrs & TSN_ATTR_ACCESSOR) || !tsn_is_string(*slot)) break;
    size_t n;
    const char *tag = tsn_str_to_utf8(*slot, &n);
    char *out = tsn_alloc_atomic(n + 10);
    snprintf(out, n + 10, "[object %s]", tag);
    return out;
  }
  return "[object Object]";
}

/* "undefined" / "null" for TypeErrors about nullish bases. */
static const char *nullish_text(tsn_value v) { return v == TSN_NULL ? "null" : "undefined"; }

/* ---- slots ---- */

static void proto_changed(tsn_object *o) {
  if (o->hdr.bits & TSN_OBJ_IS_PROTO) tsn_proto_epoch++;
}

/* Append a named property (the caller checked it is absent). */
static void add_slot(tsn_object *o, tsn_value key, uint32_t attrs, tsn_value v) {
  uint32_t n = o->shape->count;
  tsn_shape *s = tsn_shape_add(o->shape, key, attrs);
  if (n == 0 || tsn_slot_capacity(n + 1) != tsn_slot_capacity(n)) {
    tsn_value *slots = tsn_alloc(tsn_slot_capacity(n + 1) * sizeof(tsn_value));
    if (n) memcpy(slots, o->slots, n * sizeof(tsn_value));
    o->slots = slots;
  }
  o->slots[n] = v;
  o->shape = s;
  proto_changed(o);
}

static void remove_slot(tsn_object *o, uint32_t pos) {
  uint32_t n = o->shape->count;
  o->shape = tsn_shape_change(o->shape, pos, true, 0);
  memmove(o->slots + pos, o->slots + pos + 1, (n - pos - 1) * sizeof(tsn_value));
  o->slots[n - 1] = TSN_EMPTY;
  proto_changed(o);
}

static void change_attrs(tsn_object *o, uint32_t pos, uint32_t attrs) {
  if (o->shape->props[pos].attrs == attrs) return;
  o->shape = tsn_shape_change(o->shape, pos, false, attrs);
  proto_changed(o);
}

tsn_value *tsn_own_slot(tsn_object *o, tsn_value key, int *attrs_out) {
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos < 0) return NULL;
  if (attrs_out) *attrs_out = (int)o->shape->props[pos].attrs;
  return &o->slots[pos];
}

static tsn_accessor *accessor_new(tsn_value getter, tsn_value setter) {
  tsn_accessor *a = tsn_alloc(sizeof(tsn_accessor));
  a->hdr.type = TSN_CELL_ACCESSOR;
  a->getter = getter;
  a->setter = setter;
  return a;
}

/* ---- array elements ---- */

/* The primitive string of a String wrapper object. */
static tsn_value wrapper_string(tsn_object *o) { return (tsn_value)(uintptr_t)o->internal; }

/* Store element `idx` of array `o` (no attribute checks). */
static void array_store(tsn_object *o, uint32_t idx, tsn_value v) {
  if (idx >= o->capacity) {
    if (idx < DENSE_LIMIT || idx <= o->capacity * 2u + 1024u) {
      elements_reserve(o, idx + 1);
    } else {
      /* sparse: the index key lives in the shape */
      tsn_value key = tsn_to_property_key(tsn_from_double((double)idx));
      int32_t pos = tsn_shape_find(o->shape, key);
      if (pos >= 0) o->slots[pos] = v;
      else add_slot(o, key, TSN_ATTR_DEFAULT, v);
      o->hdr.bits |= TSN_OBJ_SPARSE;
      if (idx >= o->length) o->length = idx + 1;
      return;
    }
  }
  o->elements[idx] = v;
  if (idx >= o->length) o->length = idx + 1;
}

void tsn_array_push(tsn_value array, tsn_value v) {
  tsn_object *o = tsn_as_object(array);
  if (o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE) tsn_throw_type_error("Cannot add property %u, object is not extensible", o->length);
  uint32_t idx = o->length;
  if (idx < o->capacity) {
    o->elements[idx] = v;
    o->length = idx + 1;
  } else {
    array_store(o, idx, v);
  }
}

/* Array index of a property key, or -1. */
static int64_t key_index(tsn_value key) { return tsn_is_string(key) ? tsn_str_array_index(key) : -1; }

/* A typed array and a key that is a canonical numeric string (10.4.5): its elements answer alone. */
static bool typed_array_numeric_key(tsn_object *o, tsn_value key, double *index) {
  return o->hdr.class_id == TSN_CLASS_TYPED_ARRAY && tsn_canonical_numeric_index(key, index);
}

static _Noreturn void throw_cannot_delete(tsn_value key, const char *where) {
  tsn_throw_type_error("Cannot delete property '%s' of %s", tsn_key_text(key), where);
}

/* ArraySetLength's deletion loop (ECMA-262 10.4.2.4 steps 16-17): elements at or past `length` are
 * deleted from the top down; a non-configurable one (only sparse arrays have any) stops the loop,
 * leaves the length just past it and, in strict code, throws V8's "Cannot delete property". */
void tsn_array_set_length(tsn_value array, uint32_t length) {
  tsn_object *o = tsn_as_object(array);
  int64_t blocker = -1;
  if (length < o->length) {
    if (o->hdr.bits & TSN_OBJ_SPARSE) {
      for (uint32_t p = 0; p < o->shape->count; p++) {
        int64_t idx = key_index(o->shape->props[p].key);
        if (idx >= (int64_t)length && idx > blocker && !(o->shape->props[p].attrs & TSN_ATTR_CONFIGURABLE)) blocker = idx;
      }
      if (blocker >= 0) length = (uint32_t)blocker + 1;
    }
    uint32_t end = o->length < o->capacity ? o->length : o->capacity;
    for (uint32_t i = length; i < end; i++) o->elements[i] = TSN_EMPTY;
    if (o->hdr.bits & TSN_OBJ_SPARSE) {
      for (uint32_t p = o->shape->count; p-- > 0;) {
        if (key_index(o->shape->props[p].key) >= (int64_t)length) remove_slot(o, p);
      }
    }
  }
  o->length = length;
  if (blocker >= 0) throw_cannot_delete(tsn_to_property_key(tsn_from_double((double)blocker)), "[object Array]");
}


/* ---- [[Get]] ---- */

static tsn_value call_getter(tsn_value accessor_cell, tsn_value receiver) {
  tsn_accessor *a = (tsn_accessor *)tsn_as_cell(accessor_cell);
  if (tsn_is_undefined(a->getter)) return TSN_UNDEFINED;
  return tsn_call(a->getter, receiver, 0, NULL, NULL);
}

/* Own property of `o` for `key`: sets *out (the value; accessors are called with `receiver`) and
 * returns true, or returns false. */
static bool get_own(tsn_object *o, tsn_value key, tsn_value receiver, tsn_value *out) {
  uint16_t cls = o->hdr.class_id;
  if (cls == TSN_CLASS_ARRAY) {
    int64_t idx = key_index(key);
    if (idx >= 0) {
      if (idx < o->capacity && o->elements[idx] != TSN_EMPTY) { *out = o->elements[idx]; return true; }
      if (!(o->hdr.bits & TSN_OBJ_SPARSE)) return false;
    } else if (key == tsn_atom.length) {
      *out = tsn_from_double((double)o->length);
      return true;
    }
  } else if (cls == TSN_CLASS_STRING) {
    tsn_value s = wrapper_string(o);
    int64_t idx = key_index(key);
    if (idx >= 0 && idx < tsn_str_length(s)) { *out = tsn_str_from_code_unit(tsn_str_char_at(s, (uint32_t)idx)); return true; }
    if (key == tsn_atom.length) { *out = tsn_from_double(tsn_str_length(s)); return true; }
  } else if (cls == TSN_CLASS_TYPED_ARRAY) {
    double index;
    if (tsn_canonical_numeric_index(key, &index)) { *out = tsn_typed_array_get_element(o, index); return true; } /* 10.4.5.4 */
  }
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos < 0) return false;
  tsn_value v = o->slots[pos];
  *out = (o->shape->props[pos].attrs & TSN_ATTR_ACCESSOR) ? call_getter(v, receiver) : v;
  return true;
}

static tsn_value get_from(tsn_object *o, tsn_value key, tsn_value receiver) {
  tsn_value v;
  for (; o; o = o->proto)
    if (get_own(o, key, receiver, &v)) return v;
  return TSN_UNDEFINED;
}

/* The object whose properties a primitive base uses (its wrapper prototype). */
static tsn_object *primitive_proto(tsn_value v) {
  if (tsn_is_number(v)) return tsn_intrinsics.number_prototype;
  if (tsn_is_string(v)) return tsn_intrinsics.string_prototype;
  if (tsn_is_boolean(v)) return tsn_intrinsics.boolean_prototype;
  return tsn_intrinsics.symbol_prototype;
}

tsn_value tsn_get(tsn_value receiver, tsn_value key) {
  if (tsn_is_object(receiver)) return get_from(tsn_as_object(receiver), key, receiver);
  if (tsn_is_nullish(receiver))
    tsn_throw_type_error("Cannot read properties of %s (reading '%s')", nullish_text(receiver), tsn_key_text(key));
  if (tsn_is_string(receiver)) {
    if (key == tsn_atom.length) return tsn_from_double(tsn_str_length(receiver));
    int64_t idx = key_index(key);
    if (idx >= 0 && idx < tsn_str_length(receiver)) return tsn_str_from_code_unit(tsn_str_char_at(receiver, (uint32_t)idx));
  }
  return get_from(primitive_proto(receiver), key, receiver);
}

/* Fill a get IC for `key` on `o` if the property is a plain data property reachable without exotic
 * behaviour; returns the value found (or undefined). */
static tsn_value get_ic_miss(tsn_object *o, tsn_value key, tsn_ic *ic, tsn_value receiver) {
  double index;
  if (o->shape->dictionary || key_index(key) >= 0 || key == tsn_atom.length || tsn_canonical_numeric_index(key, &index))
    return get_from(o, key, receiver);
  for (tsn_object *h = o; h; h = h->proto) {
    if (h->hdr.class_id == TSN_CLASS_ARRAY || h->hdr.class_id == TSN_CLASS_STRING) {
      if (key == tsn_atom.length) return get_from(h, key, receiver);
    }
    int32_t pos = tsn_shape_find(h->shape, key);
    if (pos < 0) continue;
    tsn_value v = h->slots[pos];
    if (h->shape->props[pos].attrs & TSN_ATTR_ACCESSOR) return call_getter(v, receiver);
    ic->shape = o->shape;
    ic->slot = (uint32_t)pos;
    ic->holder = h == o ? NULL : h;
    ic->proto = o->proto;
    ic->epoch = tsn_proto_epoch;
    return v;
  }
  return TSN_UNDEFINED;
}

/* `length` of a typed array without own properties, read through a get site's cache: valid while
 * its prototype is the cached one and no prototype changed since (tsn_proto_epoch), the read would
 * call %TypedArray%.prototype's intrinsic getter, so its result is computed without the call. */
static bool typed_array_length_ic(tsn_object *o, tsn_ic *ic, tsn_value *out) {
  if (o->shape->count != 0) return false;
  if (ic->slot != TSN_IC_VIEW_LENGTH || ic->proto != o->proto || ic->epoch != tsn_proto_epoch) {
    tsn_object *h = o->proto;
    int32_t pos = -1;
    for (; h && (pos = tsn_shape_find(h->shape, tsn_atom.length)) < 0; h = h->proto) {}
    if (!h || !(h->shape->props[pos].attrs & TSN_ATTR_ACCESSOR) ||
        ((tsn_accessor *)tsn_as_cell(h->slots[pos]))->getter != tsn_intrinsics.typed_array_length_getter)
      return false;
    ic->shape = NULL;
    ic->slot = TSN_IC_VIEW_LENGTH;
    ic->holder = h;
    ic->proto = o->proto;
    ic->epoch = tsn_proto_epoch;
  }
  *out = tsn_from_double((double)tsn_typed_array_length(tsn_typed_array_of(o)));
  return true;
}

tsn_value tsn_get_ic(tsn_value receiver, tsn_value key, tsn_ic *ic) {
  if (tsn_is_object(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    if (o->shape == ic->shape) {
      if (!ic->holder) return o->slots[ic->slot];
      if (ic->epoch == tsn_proto_epoch && o->proto == ic->proto) return ic->holder->slots[ic->slot];
    }
    if (o->hdr.class_id == TSN_CLASS_ARRAY && key == tsn_atom.length) return tsn_from_double((double)o->length);
    tsn_value length;
    if (o->hdr.class_id == TSN_CLASS_TYPED_ARRAY && key == tsn_atom.length && typed_array_length_ic(o, ic, &length)) return length;
    return get_ic_miss(o, key, ic, receiver);
  }
  return tsn_get(receiver, key);
}

/* Integer value of a number key usable as an element index, or -1. */
static int64_t number_index(tsn_value key) {
  double d = tsn_as_double(key);
  if (d >= 0 && d < 4294967295.0) {
    uint32_t i = (uint32_t)d;
    if ((double)i == d) return i;
  }
  return -1;
}

tsn_value tsn_get_index(tsn_value receiver, tsn_value key) {
  if (tsn_is_number(key)) {
    int64_t idx = number_index(key);
    if (idx >= 0) {
      if (tsn_is_array(receiver)) {
        tsn_object *o = tsn_as_object(receiver);
        if (idx < o->capacity && o->elements[idx] != TSN_EMPTY) return o->elements[idx];
      } else if (tsn_is_string(receiver) && idx < tsn_str_length(receiver)) {
        return tsn_str_from_code_unit(tsn_str_char_at(receiver, (uint32_t)idx));
      }
    }
    if (tsn_is_typed_array(receiver)) return tsn_typed_array_get_element(tsn_as_object(receiver), tsn_as_double(key));
  }
  if (tsn_is_nullish(receiver))
    tsn_throw_type_error("Cannot read properties of %s (reading '%s')", nullish_text(receiver), tsn_key_text(key));
  return tsn_get(receiver, tsn_to_property_key(key));
}

/* ---- [[Set]] and PutValue (ECMA-262 6.2.5.6): a failed [[Set]] throws V8's TypeError in strict code
 * and is silently ignored in sloppy code (`strict` false). ---- */

static _Noreturn void throw_read_only(tsn_value key, tsn_value receiver) {
  if (tsn_is_object(receiver) && tsn_is_callable(receiver)) {
    tsn_value src = tsn_to_string(receiver);
    size_t n;
    tsn_throw_type_error("Cannot assign to read only property '%s' of function '%s'", tsn_key_text(key), tsn_str_to_utf8(src, &n));
  }
  if (tsn_is_object(receiver))
    tsn_throw_type_error("Cannot assign to read only property '%s' of object '%s'", tsn_key_text(key),
                         tsn_object_class_text(tsn_as_object(receiver)));
  tsn_throw_type_error("Cannot assign to read only property '%s' of %s '%s'", tsn_key_text(key),
                       tsn_key_text(tsn_op_typeof(receiver)), tsn_key_text(receiver));
}

static void call_setter(tsn_value accessor_cell, tsn_value key, tsn_value receiver, tsn_value v, bool strict) {
  tsn_accessor *a = (tsn_accessor *)tsn_as_cell(accessor_cell);
  if (tsn_is_undefined(a->setter)) {
    if (!strict) return;
    const char *where = tsn_is_object(receiver) ? tsn_object_class_text(tsn_as_object(receiver)) : tsn_key_text(receiver);
    tsn_throw_type_error("Cannot set property %s of %s which has only a getter", tsn_key_text(key), where);
  }
  tsn_call(a->setter, receiver, 1, &v, NULL);
}

/* ArraySetLength's conversion (ECMA-262 10.4.2.4 steps 3-5): ToUint32(v) when it equals ToNumber(v),
 * else RangeError "Invalid array length". */
static uint32_t array_length_from(tsn_value v) {
  double d = tsn_to_number(v);
  uint32_t len = tsn_to_uint32(tsn_from_double(d));
  if ((double)len != d) tsn_throw_range_error("Invalid array length");
  return len;
}

/* Set an array's length from a JS value; the caller checked that length is writable. */
static void array_set_length_value(tsn_object *o, tsn_value v) { tsn_array_set_length(tsn_from_cell(o), array_length_from(v)); }

/* Looks up `key` along the chain starting at `o` for [[Set]]: returns the holder or NULL and sets
 * *pos (-1 for an exotic element/length hit, whose writability is in *attrs). */
static tsn_object *find_for_set(tsn_object *o, tsn_value key, int32_t *pos, uint32_t *attrs) {
  for (; o; o = o->proto) {
    uint16_t cls = o->hdr.class_id;
    if (cls == TSN_CLASS_ARRAY) {
      int64_t idx = key_index(key);
      if (idx >= 0 && idx < o->capacity && o->elements[idx] != TSN_EMPTY) {
        *pos = -1;
        *attrs = (o->hdr.bits & TSN_OBJ_FROZEN) ? TSN_ATTR_ENUMERABLE : TSN_ATTR_DEFAULT;
        return o;
      }
      if (key == tsn_atom.length) {
        *pos = -1;
        *attrs = (o->hdr.bits & TSN_OBJ_LENGTH_READONLY) ? 0 : TSN_ATTR_WRITABLE;
        return o;
      }
    } else if (cls == TSN_CLASS_STRING) {
      int64_t idx = key_index(key);
      if ((idx >= 0 && idx < tsn_str_length(wrapper_string(o))) || key == tsn_atom.length) {
        *pos = -1;
        *attrs = TSN_ATTR_ENUMERABLE;
        return o;
      }
    } else if (cls == TSN_CLASS_TYPED_ARRAY) {
      /* 10.4.5.5 on a typed array that is not the receiver: an invalid index ends the assignment
       * (*pos -2), a valid one is an ordinary writable data property */
      double index;
      if (tsn_canonical_numeric_index(key, &index)) {
        *pos = tsn_is_valid_integer_index(o, index) ? -1 : -2;
        *attrs = TSN_ATTR_DEFAULT;
        return o;
      }
    }
    int32_t p = tsn_shape_find(o->shape, key);
    if (p >= 0) {
      *pos = p;
      *attrs = o->shape->props[p].attrs;
      return o;
    }
  }
  return NULL;
}

/* OrdinarySet on object `o` (receiver == o). Fills `ic` when given and the store is cacheable. */
static void set_on_object(tsn_object *o, tsn_value key, tsn_value v, tsn_ic *ic, bool strict) {
  tsn_value receiver = tsn_from_cell(o);
  double index;
  if (typed_array_numeric_key(o, key, &index)) { tsn_typed_array_set_element(o, index, v); return; } /* 10.4.5.5 */
  int32_t pos;
  uint32_t attrs;
  tsn_object *holder = find_for_set(o, key, &pos, &attrs);
  if (holder && pos == -2) return;
  if (holder) {
    if (attrs & TSN_ATTR_ACCESSOR) { call_setter(holder->slots[pos], key, receiver, v, strict); return; }
    if (!(attrs & TSN_ATTR_WRITABLE)) {
      if (strict) throw_read_only(key, receiver);
      return;
    }
    if (holder == o) {
      if (pos >= 0) {
        o->slots[pos] = v;
        if (ic && !o->shape->dictionary) { ic->shape = o->shape; ic->slot = (uint32_t)pos; ic->to_shape = NULL; }
        return;
      }
      if (key == tsn_atom.length && o->hdr.class_id == TSN_CLASS_ARRAY) { array_set_length_value(o, v); return; }
      array_store(o, (uint32_t)key_index(key), v);
      return;
    }
  }
  /* add a new own property */
  int64_t idx = key_index(key);
  if (o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE) {
    if (strict) tsn_throw_type_error("Cannot add property %s, object is not extensible", tsn_key_text(key));
    return;
  }
  if (o->hdr.class_id == TSN_CLASS_ARRAY && idx >= 0) {
    /* 10.4.2.1 step 1.e: an index at or past a read-only length cannot be added */
    if (idx >= o->length && (o->hdr.bits & TSN_OBJ_LENGTH_READONLY)) {
      if (strict) throw_read_only(tsn_atom.length, receiver);
      return;
    }
    array_store(o, (uint32_t)idx, v);
    return;
  }
  tsn_shape *before = o->shape;
  add_slot(o, key, TSN_ATTR_DEFAULT, v);
  if (ic && !before->dictionary && !o->shape->dictionary && !(o->hdr.bits & TSN_OBJ_IS_PROTO) &&
      (o->hdr.class_id != TSN_CLASS_STRING || idx < 0)) {
    ic->shape = before;
    ic->slot = before->count;
    ic->to_shape = o->shape;
    ic->proto = o->proto;
    ic->epoch = tsn_proto_epoch;
  }
}

/* [[Set]] with a primitive receiver: only setters on the wrapper prototype chain can succeed. */
static void set_on_primitive(tsn_value receiver, tsn_value key, tsn_value v, bool strict) {
  if (tsn_is_nullish(receiver))
    tsn_throw_type_error("Cannot set properties of %s (setting '%s')", nullish_text(receiver), tsn_key_text(key));
  bool own_read_only = tsn_is_string(receiver) && (key == tsn_atom.length || (key_index(key) >= 0 && key_index(key) < tsn_str_length(receiver)));
  int32_t pos;
  uint32_t attrs;
  tsn_object *holder = own_read_only ? NULL : find_for_set(primitive_proto(receiver), key, &pos, &attrs);
  if (holder && (attrs & TSN_ATTR_ACCESSOR)) { call_setter(holder->slots[pos], key, receiver, v, strict); return; }
  if (!strict) return; /* no setter: a primitive never gets an own property */
  if (own_read_only || (holder && !(attrs & TSN_ATTR_WRITABLE))) throw_read_only(key, receiver);
  const char *shown = tsn_is_symbol(receiver) ? tsn_key_text(receiver) : tsn_key_text(tsn_to_string(receiver));
  tsn_throw_type_error("Cannot create property '%s' on %s '%s'", tsn_key_text(key), tsn_key_text(tsn_op_typeof(receiver)), shown);
}

void tsn_set(tsn_value receiver, tsn_value key, tsn_value v) {
  if (tsn_is_object(receiver)) set_on_object(tsn_as_object(receiver), key, v, NULL, true);
  else set_on_primitive(receiver, key, v, true);
}

void tsn_set_sloppy(tsn_value receiver, tsn_value key, tsn_value v) {
  if (tsn_is_object(receiver)) set_on_object(tsn_as_object(receiver), key, v, NULL, false);
  else set_on_primitive(receiver, key, v, false);
}

static void set_ic(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic, bool strict) {
  if (tsn_is_object(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    if (o->shape == ic->shape) {
      if (!ic->to_shape) { o->slots[ic->slot] = v; return; }
      if (ic->epoch == tsn_proto_epoch && o->proto == ic->proto && !(o->hdr.bits & (TSN_OBJ_NOT_EXTENSIBLE | TSN_OBJ_IS_PROTO))) {
        uint32_t n = ic->slot;
        if (n == 0 || tsn_slot_capacity(n + 1) != tsn_slot_capacity(n)) {
          tsn_value *slots = tsn_alloc(tsn_slot_capacity(n + 1) * sizeof(tsn_value));
          if (n) memcpy(slots, o->slots, n * sizeof(tsn_value));
          o->slots = slots;
        }
        o->slots[n] = v;
        o->shape = ic->to_shape;
        return;
      }
    }
    set_on_object(o, key, v, ic, strict);
    return;
  }
  set_on_primitive(receiver, key, v, strict);
}

void tsn_set_ic(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic) { set_ic(receiver, key, v, ic, true); }
void tsn_set_ic_sloppy(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic) { set_ic(receiver, key, v, ic, false); }

static void set_index(tsn_value receiver, tsn_value key, tsn_value v, bool strict) {
  if (tsn_is_number(key) && tsn_is_array(receiver)) {
    int64_t idx = number_index(key);
    tsn_object *o = tsn_as_object(receiver);
    if (idx >= 0 && idx < o->capacity && !(o->hdr.bits & (TSN_OBJ_FROZEN | TSN_OBJ_NOT_EXTENSIBLE | TSN_OBJ_LENGTH_READONLY))) {
      o->elements[idx] = v;
      if (idx >= o->length) o->length = (uint32_t)idx + 1;
      return;
    }
  }
  if (tsn_is_number(key) && tsn_is_typed_array(receiver)) {
    tsn_typed_array_set_element(tsn_as_object(receiver), tsn_as_double(key), v);
    return;
  }
  if (tsn_is_nullish(receiver))
    tsn_throw_type_error("Cannot set properties of %s (setting '%s')", nullish_text(receiver), tsn_key_text(key));
  key = tsn_to_property_key(key);
  if (tsn_is_object(receiver)) set_on_object(tsn_as_object(receiver), key, v, NULL, strict);
  else set_on_primitive(receiver, key, v, strict);
}

void tsn_set_index(tsn_value receiver, tsn_value key, tsn_value v) { set_index(receiver, key, v, true); }
void tsn_set_index_sloppy(tsn_value receiver, tsn_value key, tsn_value v) { set_index(receiver, key, v, false); }

/* ---- has / delete ---- */

bool tsn_has_own_property(tsn_object *o, tsn_value key) {
  uint16_t cls = o->hdr.class_id;
  if (cls == TSN_CLASS_ARRAY) {
    int64_t idx = key_index(key);
    if (idx >= 0 && idx < o->capacity && o->elements[idx] != TSN_EMPTY) return true;
    if (key == tsn_atom.length) return true;
  } else if (cls == TSN_CLASS_STRING) {
    int64_t idx = key_index(key);
    if ((idx >= 0 && idx < tsn_str_length(wrapper_string(o))) || key == tsn_atom.length) return true;
  } else if (cls == TSN_CLASS_TYPED_ARRAY) {
    double index;
    if (tsn_canonical_numeric_index(key, &index)) return tsn_is_valid_integer_index(o, index);
  }
  return tsn_shape_find(o->shape, key) >= 0;
}

bool tsn_has_property(tsn_value obj, tsn_value key) {
  if (!tsn_is_object(obj)) {
    const char *shown = tsn_is_symbol(obj) ? tsn_key_text(obj) : tsn_key_text(tsn_to_string(obj));
    tsn_throw_type_error("Cannot use 'in' operator to search for '%s' in %s", tsn_key_text(key), shown);
  }
  for (tsn_object *o = tsn_as_object(obj); o; o = o->proto) {
    double index;
    if (typed_array_numeric_key(o, key, &index)) return tsn_is_valid_integer_index(o, index); /* 10.4.5.2 */
    if (tsn_has_own_property(o, key)) return true;
  }
  return false;
}

/* [[Delete]] and the delete operator (ECMA-262 13.5.1.2): a non-configurable property stays; strict code
 * throws V8's TypeError, sloppy code gets false. */
static bool delete_property(tsn_value obj, tsn_value key, bool strict) {
  if (tsn_is_nullish(obj)) tsn_throw_type_error("Cannot convert undefined or null to object");
  if (!tsn_is_object(obj)) {
    if (tsn_is_string(obj) && (key == tsn_atom.length || (key_index(key) >= 0 && key_index(key) < tsn_str_length(obj))))
      { if (strict) throw_cannot_delete(key, "[object String]"); return false; }
    return true;
  }
  tsn_object *o = tsn_as_object(obj);
  uint16_t cls = o->hdr.class_id;
  if (cls == TSN_CLASS_ARGUMENTS) tsn_arguments_unmap_before_delete(o, key);
  double index;
  if (typed_array_numeric_key(o, key, &index)) { /* 10.4.5.6 */
    if (tsn_is_valid_integer_index(o, index)) {
      if (strict) throw_cannot_delete(key, tsn_object_class_text(o));
      return false;
    }
    return true;
  }
  if (cls == TSN_CLASS_ARRAY || cls == TSN_CLASS_STRING) {
    int64_t idx = key_index(key);
    if (key == tsn_atom.length) { if (strict) throw_cannot_delete(key, tsn_object_class_text(o)); return false; }
    if (cls == TSN_CLASS_STRING && idx >= 0 && idx < tsn_str_length(wrapper_string(o))) { if (strict) throw_cannot_delete(key, "[object String]"); return false; }
    if (cls == TSN_CLASS_ARRAY && idx >= 0 && idx < o->capacity && o->elements[idx] != TSN_EMPTY) {
      if (o->hdr.bits & TSN_OBJ_FROZEN) { if (strict) throw_cannot_delete(key, "[object Array]"); return false; }
      o->elements[idx] = TSN_EMPTY;
      return true;
    }
  }
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos < 0) return true;
  if (!(o->shape->props[pos].attrs & TSN_ATTR_CONFIGURABLE)) { if (strict) throw_cannot_delete(key, tsn_object_class_text(o)); return false; }
  remove_slot(o, (uint32_t)pos);
  return true;
}

bool tsn_delete_property(tsn_value obj, tsn_value key) { return delete_property(obj, key, true); }
bool tsn_delete_property_sloppy(tsn_value obj, tsn_value key) { return delete_property(obj, key, false); }

/* ---- definitions ---- */

void tsn_define_own(tsn_object *o, tsn_value key, tsn_value v, int attrs) {
  double index;
  if (typed_array_numeric_key(o, key, &index)) { tsn_typed_array_set_element(o, index, v); return; }
  if (o->hdr.class_id == TSN_CLASS_ARRAY) {
    int64_t idx = key_index(key);
    if (idx >= 0 && attrs == TSN_ATTR_DEFAULT && !(o->hdr.bits & TSN_OBJ_SPARSE)) { array_store(o, (uint32_t)idx, v); return; }
    if (idx >= 0) {
      /* odd attributes: the element moves into the shape */
      if (idx < o->capacity) o->elements[idx] = TSN_EMPTY;
      if (idx >= o->length) o->length = (uint32_t)idx + 1;
      o->hdr.bits |= TSN_OBJ_SPARSE;
    } else if (key == tsn_atom.length) {
      array_set_length_value(o, v);
      if (!(attrs & TSN_ATTR_WRITABLE)) o->hdr.bits |= TSN_OBJ_LENGTH_READONLY;
      return;
    }
  }
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos < 0) { add_slot(o, key, (uint32_t)attrs, v); return; }
  change_attrs(o, (uint32_t)pos, (uint32_t)attrs);
  o->slots[pos] = v;
}

void tsn_define_accessor(tsn_object *o, tsn_value key, tsn_value getter, tsn_value setter, int attrs) {
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos >= 0 && (o->shape->props[pos].attrs & TSN_ATTR_ACCESSOR)) {
    tsn_accessor *old = (tsn_accessor *)tsn_as_cell(o->slots[pos]);
    if (tsn_is_undefined(getter)) getter = old->getter;
    if (tsn_is_undefined(setter)) setter = old->setter;
  }
  attrs = (attrs & ~TSN_ATTR_WRITABLE) | TSN_ATTR_ACCESSOR;
  tsn_value cell = tsn_from_cell(accessor_new(getter, setter));
  if (pos < 0) { add_slot(o, key, (uint32_t)attrs, cell); return; }
  change_attrs(o, (uint32_t)pos, (uint32_t)attrs);
  o->slots[pos] = cell;
  proto_changed(o); /* the accessor pair changed: prototype IC hits must not survive */
}

bool tsn_get_own_property(tsn_object *o, tsn_value key, tsn_prop_desc *out) {
  uint16_t cls = o->hdr.class_id;
  out->getter = out->setter = out->value = TSN_UNDEFINED;
  if (cls == TSN_CLASS_ARRAY) {
    int64_t idx = key_index(key);
    if (idx >= 0 && idx < o->capacity && o->elements[idx] != TSN_EMPTY) {
      out->value = o->elements[idx];
      out->attrs = (o->hdr.bits & TSN_OBJ_FROZEN) ? TSN_ATTR_ENUMERABLE : TSN_ATTR_DEFAULT;
      out->has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
      return true;
    }
    if (key == tsn_atom.length) {
      out->value = tsn_from_double((double)o->length);
      out->attrs = (o->hdr.bits & TSN_OBJ_LENGTH_READONLY) ? 0 : TSN_ATTR_WRITABLE;
      out->has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
      return true;
    }
  } else if (cls == TSN_CLASS_STRING) {
    tsn_value s = wrapper_string(o);
    int64_t idx = key_index(key);
    if ((idx >= 0 && idx < tsn_str_length(s)) || key == tsn_atom.length) {
      out->value = key == tsn_atom.length ? tsn_from_double(tsn_str_length(s)) : tsn_str_from_code_unit(tsn_str_char_at(s, (uint32_t)idx));
      out->attrs = key == tsn_atom.length ? 0 : TSN_ATTR_ENUMERABLE;
      out->has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
      return true;
    }
  } else if (cls == TSN_CLASS_TYPED_ARRAY) {
    double index;
    if (tsn_canonical_numeric_index(key, &index)) { /* 10.4.5.1 */
      if (!tsn_is_valid_integer_index(o, index)) return false;
      out->value = tsn_typed_array_get_element(o, index);
      out->attrs = TSN_ATTR_DEFAULT;
      out->has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
      return true;
    }
  }
  int32_t pos = tsn_shape_find(o->shape, key);
  if (pos < 0) return false;
  uint32_t attrs = o->shape->props[pos].attrs;
  out->attrs = (int)attrs;
  if (attrs & TSN_ATTR_ACCESSOR) {
    tsn_accessor *a = (tsn_accessor *)tsn_as_cell(o->slots[pos]);
    out->getter = a->getter;
    out->setter = a->setter;
    out->has = TSN_DESC_GET | TSN_DESC_SET | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
  } else {
    out->value = o->slots[pos];
    out->has = TSN_DESC_VALUE | TSN_DESC_WRITABLE | TSN_DESC_ENUMERABLE | TSN_DESC_CONFIGURABLE;
  }
  return true;
}

static _Noreturn void throw_redefine(tsn_value key) { tsn_throw_type_error("Cannot redefine property: %s", tsn_key_text(key)); }

/* [[DefineOwnProperty]] of a typed array for a numeric key (10.4.5.3), with V8's TypeErrors. */
static void typed_array_define_index(tsn_object *o, tsn_value key, double index, const tsn_prop_desc *d) {
  if (!tsn_is_valid_integer_index(o, index)) tsn_throw_type_error("Invalid typed array index");
  if (((d->has & TSN_DESC_CONFIGURABLE) && !(d->attrs & TSN_ATTR_CONFIGURABLE)) ||
      ((d->has & TSN_DESC_ENUMERABLE) && !(d->attrs & TSN_ATTR_ENUMERABLE)) || (d->has & (TSN_DESC_GET | TSN_DESC_SET)) ||
      ((d->has & TSN_DESC_WRITABLE) && !(d->attrs & TSN_ATTR_WRITABLE)))
    throw_redefine(key);
  if (d->has & TSN_DESC_VALUE) tsn_typed_array_set_element(o, index, d->value);
}

void tsn_define_own_property(tsn_object *o, tsn_value key, const tsn_prop_desc *desc) {
  double index;
  if (typed_array_numeric_key(o, key, &index)) { typed_array_define_index(o, key, index, desc); return; }
  tsn_prop_desc converted;
  const tsn_prop_desc *d = desc;
  if (o->hdr.class_id == TSN_CLASS_ARRAY && key == tsn_atom.length && (desc->has & TSN_DESC_VALUE)) {
    /* ArraySetLength (10.4.2.4) converts the new length before validating the descriptor */
    converted = *desc;
    converted.value = tsn_from_double(array_length_from(desc->value));
    d = &converted;
  }
  if (o->hdr.class_id == TSN_CLASS_ARGUMENTS) tsn_arguments_unmap_before_define(o, key, d);
  tsn_prop_desc cur;
  bool is_accessor = (d->has & (TSN_DESC_GET | TSN_DESC_SET)) != 0;
  if (!tsn_get_own_property(o, key, &cur)) {
    /* 10.4.2.1 step 1.e: no index at or past a read-only length (V8 words it as non-extensibility) */
    bool past_fixed_length = o->hdr.class_id == TSN_CLASS_ARRAY && (o->hdr.bits & TSN_OBJ_LENGTH_READONLY) && key_index(key) >= o->length;
    if ((o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE) || past_fixed_length)
      tsn_throw_type_error("Cannot define property %s, object is not extensible", tsn_key_text(key));
    int attrs = d->attrs & (TSN_ATTR_WRITABLE | TSN_ATTR_ENUMERABLE | TSN_ATTR_CONFIGURABLE);
    if (is_accessor) {
      tsn_value g = (d->has & TSN_DESC_GET) ? d->getter : TSN_UNDEFINED;
      tsn_value s = (d->has & TSN_DESC_SET) ? d->setter : TSN_UNDEFINED;
      attrs = (attrs & ~TSN_ATTR_WRITABLE) | TSN_ATTR_ACCESSOR;
      add_slot(o, key, (uint32_t)attrs, tsn_from_cell(accessor_new(g, s)));
      return;
    }
    tsn_value v = (d->has & TSN_DESC_VALUE) ? d->value : TSN_UNDEFINED;
    if (o->hdr.class_id == TSN_CLASS_ARRAY && key_index(key) >= 0) {
      tsn_define_own(o, key, v, attrs);
      return;
    }
    add_slot(o, key, (uint32_t)attrs, v);
    return;
  }
  bool cur_accessor = (cur.attrs & TSN_ATTR_ACCESSOR) != 0;
  if (!(cur.attrs & TSN_ATTR_CONFIGURABLE)) {
    if ((d->has & TSN_DESC_CONFIGURABLE) && (d->attrs & TSN_ATTR_CONFIGURABLE)) throw_redefine(key);
    if ((d->has & TSN_DESC_ENUMERABLE) && ((d->attrs ^ cur.attrs) & TSN_ATTR_ENUMERABLE)) throw_redefine(key);
    bool generic = !is_accessor && !(d->has & (TSN_DESC_VALUE | TSN_DESC_WRITABLE));
    if (!generic && is_accessor != cur_accessor) throw_redefine(key);
    if (cur_accessor && is_accessor) {
      if ((d->has & TSN_DESC_GET) && d->getter != cur.getter) throw_redefine(key);
      if ((d->has & TSN_DESC_SET) && d->setter != cur.setter) throw_redefine(key);
    } else if (!cur_accessor && !generic && !(cur.attrs & TSN_ATTR_WRITABLE)) {
      if ((d->has & TSN_DESC_WRITABLE) && (d->attrs & TSN_ATTR_WRITABLE)) throw_redefine(key);
      if ((d->has & TSN_DESC_VALUE) && !tsn_same_value(d->value, cur.value)) throw_redefine(key);
    }
  }
  int attrs = cur.attrs & (TSN_ATTR_ENUMERABLE | TSN_ATTR_CONFIGURABLE);
  if (d->has & TSN_DESC_ENUMERABLE) attrs = (attrs & ~TSN_ATTR_ENUMERABLE) | (d->attrs & TSN_ATTR_ENUMERABLE);
  if (d->has & TSN_DESC_CONFIGURABLE) attrs = (attrs & ~TSN_ATTR_CONFIGURABLE) | (d->attrs & TSN_ATTR_CONFIGURABLE);
  if (is_accessor) {
    tsn_value g = (d->has & TSN_DESC_GET) ? d->getter : (cur_accessor ? cur.getter : TSN_UNDEFINED);
    tsn_value s = (d->has & TSN_DESC_SET) ? d->setter : (cur_accessor ? cur.setter : TSN_UNDEFINED);
    int32_t pos = tsn_shape_find(o->shape, key);
    attrs |= TSN_ATTR_ACCESSOR;
    tsn_value cell = tsn_from_cell(accessor_new(g, s));
    if (pos < 0) { add_slot(o, key, (uint32_t)attrs, cell); return; }
    change_attrs(o, (uint32_t)pos, (uint32_t)attrs);
    o->slots[pos] = cell;
    proto_changed(o);
    return;
  }
  if (cur_accessor && !(d->has & (TSN_DESC_VALUE | TSN_DESC_WRITABLE))) {
    /* generic descriptor on an accessor: only enumerable/configurable change */
    int32_t pos = tsn_shape_find(o->shape, key);
    change_attrs(o, (uint32_t)pos, (uint32_t)(attrs | TSN_ATTR_ACCESSOR));
    return;
  }
  bool writable = cur_accessor ? false : (cur.attrs & TSN_ATTR_WRITABLE) != 0;
  if (d->has & TSN_DESC_WRITABLE) writable = (d->attrs & TSN_ATTR_WRITABLE) != 0;
  if (writable) attrs |= TSN_ATTR_WRITABLE;
  tsn_value v = (d->has & TSN_DESC_VALUE) ? d->value : (cur_accessor ? TSN_UNDEFINED : cur.value);
  uint16_t cls = o->hdr.class_id;
  if (cls == TSN_CLASS_STRING && (key == tsn_atom.length || key_index(key) >= 0) && tsn_shape_find(o->shape, key) < 0)
    return; /* string wrapper's own index/length: non-configurable, the checks above decided */
  tsn_define_own(o, key, v, attrs);
}

/* ---- keys ---- */

static int compare_index_keys(const void *a, const void *b) {
  int64_t x = tsn_str_array_index(*(const tsn_value *)a), y = tsn_str_array_index(*(const tsn_value *)b);
  return x < y ? -1 : x > y;
}

tsn_value *tsn_own_keys(tsn_object *o, bool only_enumerable, bool include_symbols, uint32_t *count_out) {
  uint16_t cls = o->hdr.class_id;
  tsn_shape *s = o->shape;
  uint32_t elems = 0;
  if (cls == TSN_CLASS_ARRAY) {
    uint32_t end = o->length < o->capacity ? o->length : o->capacity;
    for (uint32_t i = 0; i < end; i++) elems += o->elements[i] != TSN_EMPTY;
  } else if (cls == TSN_CLASS_STRING) {
    elems = tsn_str_length(wrapper_string(o));
  } else if (cls == TSN_CLASS_TYPED_ARRAY) {
    elems = (uint32_t)tsn_typed_array_length(tsn_typed_array_of(o)); /* 10.4.5.7 */
  }
  tsn_value *keys = tsn_alloc(((size_t)elems + s->count + 2) * sizeof(tsn_value));
  uint32_t n = 0;
  if (cls == TSN_CLASS_ARRAY) {
    uint32_t end = o->length < o->capacity ? o->length : o->capacity;
    for (uint32_t i = 0; i < end; i++)
      if (o->elements[i] != TSN_EMPTY) keys[n++] = tsn_to_property_key(tsn_from_double(i));
  } else if (cls == TSN_CLASS_STRING || cls == TSN_CLASS_TYPED_ARRAY) {
    for (uint32_t i = 0; i < elems; i++) keys[n++] = tsn_to_property_key(tsn_from_double(i));
  }
  /* integer-like keys in the shape, ascending */
  uint32_t first_shape_index = n;
  for (uint32_t p = 0; p < s->count; p++) {
    tsn_value k = s->props[p].key;
    if (only_enumerable && !(s->props[p].attrs & TSN_ATTR_ENUMERABLE)) continue;
    if (tsn_is_string(k) && tsn_str_array_index(k) >= 0) keys[n++] = k;
  }
  if (n - first_shape_index > 0) qsort(keys, n, sizeof(tsn_value), compare_index_keys);
  if (!only_enumerable && (cls == TSN_CLASS_ARRAY || cls == TSN_CLASS_STRING)) keys[n++] = tsn_atom.length;
  for (uint32_t p = 0; p < s->count; p++) {
    tsn_value k = s->props[p].key;
    if (only_enumerable && !(s->props[p].attrs & TSN_ATTR_ENUMERABLE)) continue;
    if (tsn_is_string(k) && tsn_str_array_index(k) < 0) keys[n++] = k;
  }
  if (include_symbols) {
    for (uint32_t p = 0; p < s->count; p++) {
      tsn_value k = s->props[p].key;
      if (only_enumerable && !(s->props[p].attrs & TSN_ATTR_ENUMERABLE)) continue;
      if (tsn_is_symbol(k)) keys[n++] = k;
    }
  }
  *count_out = n;
  return keys;
}

/* ---- prototypes and integrity ---- */

tsn_object *tsn_get_prototype_of(tsn_value v) {
  if (tsn_is_object(v)) return tsn_as_object(v)->proto;
  if (tsn_is_nullish(v)) tsn_throw_type_error("Cannot convert undefined or null to object");
  return primitive_proto(v);
}

void tsn_set_prototype_of(tsn_object *o, tsn_object *proto) {
  if (o->proto == proto) return;
  if (o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE) tsn_throw_type_error("%s is not extensible", tsn_object_class_text(o));
  for (tsn_object *p = proto; p; p = p->proto)
    if (p == o) tsn_throw_type_error("Cyclic __proto__ value");
  o->proto = proto;
  if (proto) proto->hdr.bits |= TSN_OBJ_IS_PROTO;
  proto_changed(o);
}

void tsn_prevent_extensions(tsn_object *o) { o->hdr.bits |= TSN_OBJ_NOT_EXTENSIBLE; }

/* V8 refuses to freeze or seal a typed array with elements (its elements stay writable). */
static void check_integrity_level(tsn_object *o, const char *verb) {
  if (o->hdr.class_id == TSN_CLASS_TYPED_ARRAY && tsn_typed_array_length(tsn_typed_array_of(o)) > 0)
    tsn_throw_type_error("Cannot %s array buffer views with elements", verb);
}

void tsn_freeze(tsn_object *o) {
  check_integrity_level(o, "freeze");
  tsn_shape *s = o->shape;
  if (s->dictionary) {
    for (uint32_t p = 0; p < s->count; p++) {
      uint32_t a = s->props[p].attrs & ~TSN_ATTR_CONFIGURABLE;
      s->props[p].attrs = (a & TSN_ATTR_ACCESSOR) ? a : (a & ~TSN_ATTR_WRITABLE);
    }
  } else {
    tsn_shape *n = tsn_shape_root();
    for (uint32_t p = 0; p < s->count; p++) {
      uint32_t a = s->props[p].attrs & ~TSN_ATTR_CONFIGURABLE;
      n = tsn_shape_add(n, s->props[p].key, (a & TSN_ATTR_ACCESSOR) ? a : (a & ~TSN_ATTR_WRITABLE));
    }
    o->shape = n;
  }
  o->hdr.bits |= TSN_OBJ_NOT_EXTENSIBLE | TSN_OBJ_FROZEN;
  if (o->hdr.class_id == TSN_CLASS_ARRAY) o->hdr.bits |= TSN_OBJ_LENGTH_READONLY;
  proto_changed(o);
}

bool tsn_is_frozen(tsn_object *o) {
  if (o->hdr.bits & TSN_OBJ_FROZEN) return true;
  if (!(o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE)) return false;
  if (o->hdr.class_id == TSN_CLASS_ARRAY) {
    uint32_t end = o->length < o->capacity ? o->length : o->capacity;
    for (uint32_t i = 0; i < end; i++)
      if (o->elements[i] != TSN_EMPTY) return false;
  }
  tsn_shape *s = o->shape;
  for (uint32_t p = 0; p < s->count; p++) {
    uint32_t a = s->props[p].attrs;
    if (a & TSN_ATTR_CONFIGURABLE) return false;
    if (!(a & TSN_ATTR_ACCESSOR) && (a & TSN_ATTR_WRITABLE)) return false;
  }
  return true;
}

void tsn_seal(tsn_object *o) {
  check_integrity_level(o, "seal");
  tsn_prevent_extensions(o);
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, false, true, &n);
  tsn_prop_desc d = {.value = TSN_UNDEFINED, .getter = TSN_UNDEFINED, .setter = TSN_UNDEFINED, .attrs = 0, .has = TSN_DESC_CONFIGURABLE};
  for (uint32_t i = 0; i < n; i++) tsn_define_own_property(o, keys[i], &d);
}

bool tsn_is_sealed(tsn_object *o) {
  if (o->hdr.bits & TSN_OBJ_FROZEN) return true;
  if (!(o->hdr.bits & TSN_OBJ_NOT_EXTENSIBLE)) return false;
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, false, true, &n);
  for (uint32_t i = 0; i < n; i++) {
    tsn_prop_desc d;
    if (tsn_get_own_property(o, keys[i], &d) && (d.attrs & TSN_ATTR_CONFIGURABLE)) return false;
  }
  return true;
}

/* ---- keys from values ---- */

tsn_value tsn_to_property_key(tsn_value v) {
  if (tsn_is_string(v)) return tsn_str_intern(v);
  if (tsn_is_symbol(v)) return v;
  if (tsn_is_number(v)) return tsn_str_intern(tsn_number_to_string_value(tsn_as_double(v)));
  tsn_value p = tsn_to_primitive(v, TSN_HINT_STRING);
  if (tsn_is_symbol(p)) return p;
  return tsn_str_intern(tsn_to_string(p));
}
