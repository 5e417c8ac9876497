/*
 * values.h — shorthand for building JS values through the runtime API in the inspect test programs
 * (cases.c, random.c), and for calling the global console the way compiled code does.
 */
#ifndef TSN_TEST_INSPECT_VALUES_H
#define TSN_TEST_INSPECT_VALUES_H

#include <math.h>

#include "compiled.h"
#include "lib_support.h"
#include "atoms.h"
#include "symbol.h"

/* Interned key / string value from UTF-8 text. */
static inline tsn_value K(const char *s) { return tsn_str_intern(tsn_str_from_utf8(s, strlen(s))); }
static inline tsn_value S(const char *s) { return tsn_str_from_utf8(s, strlen(s)); }
static inline tsn_value N(double d) { return tsn_from_double(d); }

static inline tsn_value global(const char *name) { return tsn_global_get(K(name)); }

/* console.<method>(...args). */
static inline void console_call(const char *method, int argc, const tsn_value *argv) {
  tsn_call_method(global("console"), K(method), NULL, argc, argv, "console.log");
}
#define LOG(...)                                                            \
  do {                                                                      \
    tsn_value log_args_[] = { __VA_ARGS__ };                                \
    console_call("log", (int)(sizeof log_args_ / sizeof log_args_[0]), log_args_); \
  } while (0)

/* A plain object from alternating key strings and values: OBJ("a", N(1), "b", N(2)). */
static inline tsn_value obj_from(int n, const char *const *keys, const tsn_value *values) {
  tsn_value o = tsn_new_object();
  for (int i = 0; i < n; i++) tsn_set(o, K(keys[i]), values[i]);
  return o;
}
#define OBJ0() tsn_new_object()
#define OBJ1(k1, v1) obj_from(1, (const char *const[]){ k1 }, (const tsn_value[]){ v1 })
#define OBJ2(k1, v1, k2, v2) obj_from(2, (const char *const[]){ k1, k2 }, (const tsn_value[]){ v1, v2 })
#define OBJ3(k1, v1, k2, v2, k3, v3) obj_from(3, (const char *const[]){ k1, k2, k3 }, (const tsn_value[]){ v1, v2, v3 })

/* An array of the given values: ARR(N(1), N(2)); ARR0() is []. */
#define ARR(...) tsn_array_from((const tsn_value[]){ __VA_ARGS__ }, (uint32_t)(sizeof((const tsn_value[]){ __VA_ARGS__ }) / sizeof(tsn_value)))
#define ARR0() tsn_new_array(0)

/* new Ctor(...args) for a global constructor. */
static inline tsn_value construct(const char *ctor, int argc, const tsn_value *argv) {
  tsn_value f = global(ctor);
  return tsn_construct(f, argc, argv, f, ctor);
}
static inline tsn_value method(tsn_value obj, const char *name, int argc, const tsn_value *argv) {
  return tsn_call_method(obj, K(name), NULL, argc, argv, name);
}

static inline tsn_value new_map(void) { return construct("Map", 0, NULL); }
static inline tsn_value map_put(tsn_value m, tsn_value k, tsn_value v) {
  tsn_value args[2] = { k, v };
  method(m, "set", 2, args);
  return m;
}
static inline tsn_value new_set(void) { return construct("Set", 0, NULL); }
static inline tsn_value set_add(tsn_value s, tsn_value v) {
  method(s, "add", 1, &v);
  return s;
}
static inline tsn_value new_error(const char *ctor, const char *message) {
  tsn_value m = S(message);
  return construct(ctor, 1, &m);
}

/* Class constructors: a base class leaves `this` as created; a derived one calls super(...args). */
static inline tsn_value base_class_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return TSN_UNDEFINED;
}
static inline tsn_value derived_class_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_super_construct(callee, new_target, argc, argv);
}
/* class <name> [extends parent] {}; parent TSN_EMPTY for a base class. */
static inline tsn_value make_class(const char *name, tsn_value parent) {
  tsn_object *proto;
  return tsn_class_create(parent, parent == TSN_EMPTY ? base_class_code : derived_class_code, NULL, K(name), 0, &proto);
}
static inline tsn_value instance(tsn_value cls) { return tsn_construct(cls, 0, NULL, cls, "C"); }
static inline tsn_value instance1(tsn_value cls, tsn_value arg) { return tsn_construct(cls, 1, &arg, cls, "C"); }

static inline tsn_value nop_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return TSN_UNDEFINED;
}
/* function <name>() {} (name "" for an anonymous function), or an arrow. */
static inline tsn_value make_function(const char *name, tsn_function_kind kind) {
  return tsn_function_new(nop_code, NULL, K(name), 0, kind);
}

/* Object.defineProperty(o, key, { get/set, enumerable: true, configurable: true }). */
static inline void define_accessor(tsn_value o, const char *key, bool getter, bool setter) {
  tsn_value g = getter ? make_function("get", TSN_FN_METHOD) : TSN_UNDEFINED;
  tsn_value s = setter ? make_function("set", TSN_FN_METHOD) : TSN_UNDEFINED;
  tsn_define_accessor(tsn_as_object(o), K(key), g, s, TSN_ATTR_ENUMERABLE | TSN_ATTR_CONFIGURABLE);
}

#endif
