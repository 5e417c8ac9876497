/*
 * object.h — JS objects: shapes (hidden classes), slots, indexed elements and prototype chains.
 *
 * Named properties live in `slots`, at the index their shape records; objects built the same way
 * share a shape, so compiled code caches (shape -> slot) per access site (tsn_ic) and a property
 * load becomes a compare and a slot load. Array elements (and integer-indexed properties of arrays)
 * live in `elements`, TSN_EMPTY marking a hole. Ordinary objects keep integer-like keys in the shape
 * too; [[OwnPropertyKeys]] orders them (ECMA-262 10.1.11.1 OrdinaryOwnPropertyKeys): array indices
 * ascending, then strings in insertion order, then symbols in insertion order.
 * Deleting a property moves the object to a fresh shape chain (no holes in shapes).
 */
#ifndef TSN_OBJECT_H
#define TSN_OBJECT_H

#include "value.h"

typedef enum tsn_class_id {
  TSN_CLASS_OBJECT = 0, /* ordinary object, class instances */
  TSN_CLASS_ARRAY,
  TSN_CLASS_FUNCTION,
  TSN_CLASS_ERROR,
  TSN_CLASS_BOOLEAN, /* wrapper objects: internal = primitive value box */
  TSN_CLASS_NUMBER,
  TSN_CLASS_STRING,
  TSN_CLASS_SYMBOL,
  TSN_CLASS_MAP,
  TSN_CLASS_SET,
  TSN_CLASS_ITERATOR, /* built-in iterators (array/string/map/set) */
  TSN_CLASS_GENERATOR, /* generator objects and iterator helpers: internal = tsn_generator (generator.h) */
  TSN_CLASS_WRAPPED_ITERATOR, /* Iterator.from wrappers (%WrapForValidIteratorPrototype%): internal = tsn_iter */
  TSN_CLASS_REGEXP,   /* internal: lib_regexp.c's regexp data */
  TSN_CLASS_ARGUMENTS, /* arguments objects (arguments.h): internal = the parameter map of a mapped one, else NULL */
  TSN_CLASS_PROMISE,  /* internal: tsn_promise (promise.h) */
  TSN_CLASS_ASYNC_GENERATOR, /* internal: async_generator.c's state */
  TSN_CLASS_ARRAY_BUFFER, /* internal: tsn_array_buffer (typed_array.h) */
  TSN_CLASS_TYPED_ARRAY,  /* integer-indexed exotic object (10.4.5); internal: tsn_typed_array */
  TSN_CLASS_DATA_VIEW,    /* internal: tsn_typed_array of kind Uint8 */
} tsn_class_id;

/* Property attributes (ECMA-262 6.1.7.1). */
#define TSN_ATTR_WRITABLE 1
#define TSN_ATTR_ENUMERABLE 2
#define TSN_ATTR_CONFIGURABLE 4
#define TSN_ATTR_ACCESSOR 8 /* slot holds a tsn_accessor cell */
#define TSN_ATTR_DEFAULT (TSN_ATTR_WRITABLE | TSN_ATTR_ENUMERABLE | TSN_ATTR_CONFIGURABLE)
#define TSN_ATTR_HIDDEN (TSN_ATTR_WRITABLE | TSN_ATTR_CONFIGURABLE) /* methods on prototypes, builtins */

typedef struct tsn_shape tsn_shape;

/* Object flags (hdr.bits). */
#define TSN_OBJ_NOT_EXTENSIBLE 1
#define TSN_OBJ_FROZEN 2 /* fast answer for Object.isFrozen; the attributes are the truth (arrays: elements read-only) */
#define TSN_OBJ_IS_PROTO 4 /* is (or was) the prototype of some object: its changes invalidate prototype IC hits */
#define TSN_OBJ_SPARSE 8   /* array with index properties kept in the shape (far beyond length, or odd attributes) */
/* Array whose "length" is not writable (ECMA-262 10.4.2.1 [[DefineOwnProperty]], 10.4.2.4 ArraySetLength):
 * existing elements stay writable; assigning length and adding an index >= length fail. Object.freeze
 * sets it together with TSN_OBJ_FROZEN. */
#define TSN_OBJ_LENGTH_READONLY 16

typedef struct tsn_object {
  tsn_cell hdr;              /* type TSN_CELL_OBJECT; hdr.class_id = tsn_class_id; hdr.bits = TSN_OBJ_* */
  tsn_shape *shape;
  tsn_value *slots;
  struct tsn_object *proto;  /* NULL for a null prototype */
  tsn_value *elements;       /* arrays: dense storage, TSN_EMPTY = hole */
  uint32_t length;           /* arrays: the "length" property */
  uint32_t capacity;         /* arrays: allocated elements */
  void *internal;            /* class-specific payload: tsn_function*, tsn_map*, boxed primitive, ... */
} tsn_object;

typedef struct tsn_accessor { tsn_cell hdr; tsn_value getter, setter; } tsn_accessor;

/* Inline cache for one named-property access site in compiled code (zero-initialised static).
 * Get sites: own data hit (holder NULL) or prototype data hit (holder, valid while the receiver's
 * proto is `proto` and tsn_proto_epoch == epoch). Set sites: own writable data (to_shape NULL) or
 * an add transition shape -> to_shape (same validity as a prototype hit). */
typedef struct tsn_ic {
  tsn_shape *shape; uint32_t slot; tsn_object *holder;
  tsn_object *proto; tsn_shape *to_shape; uint32_t epoch;
} tsn_ic;
/* ic->slot of a get site caching the `length` of typed arrays without own properties whose read
 * calls %TypedArray%.prototype's intrinsic getter (valid for receivers with prototype ic->proto
 * while tsn_proto_epoch == ic->epoch); ic->shape stays NULL, so no slot hit can match it. */
#define TSN_IC_VIEW_LENGTH UINT32_MAX
/* Bumped whenever an object flagged TSN_OBJ_IS_PROTO changes its properties or prototype. */
extern uint32_t tsn_proto_epoch;

static inline tsn_object *tsn_as_object(tsn_value v) { return (tsn_object *)(uintptr_t)v; }
static inline bool tsn_is_array(tsn_value v) { return tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_ARRAY; }

/* Creation. */
tsn_object *tsn_object_new(tsn_object *proto);                  /* ordinary object, class OBJECT */
tsn_object *tsn_object_new_class(tsn_object *proto, tsn_class_id cls);
tsn_value tsn_new_object(void);                                 /* {} with Object.prototype */
tsn_value tsn_new_array(uint32_t length);                       /* length holes */
tsn_value tsn_array_from(const tsn_value *items, uint32_t n);   /* copies */
void tsn_array_push(tsn_value array, tsn_value v);
void tsn_array_set_length(tsn_value array, uint32_t length); /* ArraySetLength: throws on a non-configurable element */

/* Keys: property keys are interned strings or symbols (ToPropertyKey result). */
tsn_value tsn_to_property_key(tsn_value v);                     /* ECMA-262 7.1.19; interns strings; canonical numbers */

/* Property operations with full semantics (prototype chain, accessors, attributes; strict mode:
 * failed assignments throw TypeError with V8's message). `receiver` is the JS value the access was on
 * (primitives are allowed: they use their wrapper prototype). Reading from undefined/null throws
 * TypeError "Cannot read properties of undefined (reading 'x')". */
tsn_value tsn_get(tsn_value receiver, tsn_value key);               /* key: property key */
tsn_value tsn_get_ic(tsn_value receiver, tsn_value key, tsn_ic *ic); /* key interned; cached per site */
tsn_value tsn_get_index(tsn_value receiver, tsn_value key);         /* key: any value (computed member) */
void tsn_set(tsn_value receiver, tsn_value key, tsn_value v);
void tsn_set_ic(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic);
void tsn_set_index(tsn_value receiver, tsn_value key, tsn_value v);
/* The same in sloppy code (PutValue, ECMA-262 6.2.5.6, with strict false): a [[Set]] that fails (read-only,
 * getter-only, not extensible, a primitive receiver) is silently ignored. */
void tsn_set_sloppy(tsn_value receiver, tsn_value key, tsn_value v);
void tsn_set_ic_sloppy(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic);
void tsn_set_index_sloppy(tsn_value receiver, tsn_value key, tsn_value v);
bool tsn_has_property(tsn_value obj, tsn_value key);                /* `in` (throws on non-object rhs) */
bool tsn_has_own_property(tsn_object *o, tsn_value key);
bool tsn_delete_property(tsn_value obj, tsn_value key);             /* strict: throws TypeError on non-configurable */
bool tsn_delete_property_sloppy(tsn_value obj, tsn_value key);      /* sloppy: false on non-configurable */
/* Define own data/accessor property (CreateDataProperty / DefinePropertyOrThrow simplified). */
void tsn_define_own(tsn_object *o, tsn_value key, tsn_value v, int attrs);
/* tsn_define_accessor: a TSN_UNDEFINED getter or setter keeps the existing half of an accessor
 * property (so `get x` then `set x` in one literal make one property). */
void tsn_define_accessor(tsn_object *o, tsn_value key, tsn_value getter, tsn_value setter, int attrs);
/* A property descriptor (ECMA-262 6.2.6). `has` says which fields are present (TSN_DESC_*);
 * attrs holds writable/enumerable/configurable (and TSN_ATTR_ACCESSOR for accessor properties). */
#define TSN_DESC_VALUE 1
#define TSN_DESC_WRITABLE 2
#define TSN_DESC_ENUMERABLE 4
#define TSN_DESC_CONFIGURABLE 8
#define TSN_DESC_GET 16
#define TSN_DESC_SET 32
typedef struct tsn_prop_desc { tsn_value value, getter, setter; int attrs; int has; } tsn_prop_desc;
/* [[GetOwnProperty]] (ECMA-262 10.1.5, plus the Array/String exotic parts): fills *out with a
 * complete descriptor and returns true, or returns false when there is no own property `key`. */
bool tsn_get_own_property(tsn_object *o, tsn_value key, tsn_prop_desc *out);
/* [[DefineOwnProperty]] via ValidateAndApplyPropertyDescriptor (ECMA-262 10.1.6.3) with V8's
 * TypeErrors: "Cannot redefine property: x", "Cannot define property x, object is not extensible". */
void tsn_define_own_property(tsn_object *o, tsn_value key, const tsn_prop_desc *d);
/* V8's side-effect-free rendering of an object in messages: "#<Foo>", "[object Array]", "[object Object]" (UTF-8). */
const char *tsn_object_class_text(tsn_object *o);
/* A property key as V8 prints it in messages: the string itself, or "Symbol(desc)" (UTF-8). */
const char *tsn_key_text(tsn_value key);
/* Lookup without side effects: returns the slot pointer and attributes of an own property, or NULL. */
tsn_value *tsn_own_slot(tsn_object *o, tsn_value key, int *attrs_out);
/* [[OwnPropertyKeys]] in spec order; only_enumerable filters; include_symbols adds symbols at the end. */
tsn_value *tsn_own_keys(tsn_object *o, bool only_enumerable, bool include_symbols, uint32_t *count_out);
tsn_object *tsn_get_prototype_of(tsn_value v);
/* [[SetPrototypeOf]] with strict-mode throwing: TypeError "#<Object> is not extensible",
 * "Cyclic __proto__ value". `proto` may be NULL. */
void tsn_set_prototype_of(tsn_object *o, tsn_object *proto);                      /* OrdinaryGetPrototypeOf, ToObject for primitives */
void tsn_prevent_extensions(tsn_object *o);
void tsn_freeze(tsn_object *o);
bool tsn_is_frozen(tsn_object *o);
/* SetIntegrityLevel(O, sealed) (ECMA-262 7.3.15): not extensible, every own property non-configurable. */
void tsn_seal(tsn_object *o);
/* TestIntegrityLevel(O, sealed) (ECMA-262 7.3.16). */
bool tsn_is_sealed(tsn_object *o);

#endif
