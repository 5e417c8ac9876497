/*
 * lib_symbol.c — the Symbol function, the global symbol registry (Symbol.for / keyFor), the
 * well-known symbols and Symbol.prototype (ECMA-262 20.4).
 */
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"
#include "symbol.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

/* hdr.bits flag of symbols created by Symbol.for. */
#define SYMBOL_REGISTERED 1

/* GlobalSymbolRegistry: a null-prototype object keyed by the interned key strings. */
static tsn_object *registry;

static tsn_value Symbol_fn(ARGS) {
  if (!tsn_is_undefined(new_target)) tsn_throw_type_error("Symbol is not a constructor");
  tsn_value d = ARG(0);
  return tsn_symbol_new(tsn_is_undefined(d) ? TSN_UNDEFINED : tsn_to_string(d));
}

static tsn_value Symbol_for(ARGS) {
  tsn_value key = tsn_str_intern(tsn_to_string(ARG(0)));
  int attrs;
  tsn_value *slot = tsn_own_slot(registry, key, &attrs);
  if (slot) return *slot;
  tsn_value s = tsn_symbol_new(key);
  tsn_as_cell(s)->bits |= SYMBOL_REGISTERED;
  tsn_define_own(registry, key, s, TSN_ATTR_DEFAULT);
  return s;
}

static tsn_value Symbol_keyFor(ARGS) {
  tsn_value s = ARG(0);
  if (!tsn_is_symbol(s)) tsn_throw_type_error("%s is not a symbol", tsn_key_text(tsn_lib_receiver_text(s)));
  return (tsn_as_cell(s)->bits & SYMBOL_REGISTERED) ? tsn_as_symbol(s)->description : TSN_UNDEFINED;
}

/* thisSymbolValue (ECMA-262 20.4.3.4.1). */
static tsn_value this_symbol(tsn_value v, const char *method) {
  if (tsn_is_symbol(v)) return v;
  if (tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_SYMBOL) return (tsn_value)(uintptr_t)tsn_as_object(v)->internal;
  tsn_throw_type_error("Symbol.prototype.%s requires that 'this' be a Symbol", method);
}

static tsn_value proto_toString(ARGS) { return tsn_symbol_descriptive_string(this_symbol(this_value, "toString")); }
static tsn_value proto_valueOf(ARGS) { return this_symbol(this_value, "valueOf"); }
static tsn_value proto_description(ARGS) { return tsn_as_symbol(this_symbol(this_value, "description"))->description; }
static tsn_value proto_toPrimitive(ARGS) { return this_symbol(this_value, "[Symbol.toPrimitive]"); }

void tsn_lib_symbol_init(void) {
  tsn_realm *r = &tsn_intrinsics;
  registry = tsn_object_new(NULL);
  tsn_object *proto = r->symbol_prototype;
  tsn_object *ctor = tsn_as_object(tsn_lib_define_constructor("Symbol", Symbol_fn, 0, proto));
  tsn_define_builtin(ctor, "for", Symbol_for, 1);
  tsn_define_builtin(ctor, "keyFor", Symbol_keyFor, 1);
  static const char *const well_known[] = {"asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match",
                                           "matchAll", "replace", "search", "species", "split", "toPrimitive",
                                           "toStringTag", "unscopables"};
  for (size_t i = 0; i < sizeof well_known / sizeof well_known[0]; i++) {
    const char *name = well_known[i];
    tsn_value s;
    if (strcmp(name, "iterator") == 0) s = r->symbol_iterator;
    else if (strcmp(name, "asyncIterator") == 0) s = r->symbol_async_iterator;
    else if (strcmp(name, "hasInstance") == 0) s = r->symbol_has_instance;
    else if (strcmp(name, "toPrimitive") == 0) s = r->symbol_to_primitive;
    else if (strcmp(name, "toStringTag") == 0) s = r->symbol_to_string_tag;
    else if (strcmp(name, "species") == 0) s = r->symbol_species;
    else if (strcmp(name, "isConcatSpreadable") == 0) s = r->symbol_is_concat_spreadable;
    else if (strcmp(name, "unscopables") == 0) s = r->symbol_unscopables;
    else {
      tsn_strbuf b;
      tsn_strbuf_init(&b);
      tsn_strbuf_push_ascii(&b, "Symbol.");
      tsn_strbuf_push_ascii(&b, name);
      s = tsn_symbol_new(tsn_str_intern(tsn_strbuf_finish(&b)));
    }
    tsn_lib_define_value(ctor, name, s, 0);
  }
  tsn_define_builtin(proto, "toString", proto_toString, 0);
  tsn_define_builtin(proto, "valueOf", proto_valueOf, 0);
  tsn_lib_define_getter(proto, "description", proto_description);
  tsn_lib_define_to_string_tag(proto, "Symbol");
  tsn_lib_define_symbol_method(proto, r->symbol_to_primitive, "[Symbol.toPrimitive]", proto_toPrimitive, 1);
  tsn_define_own(proto, r->symbol_to_primitive, tsn_get(tsn_from_cell(proto), r->symbol_to_primitive), TSN_ATTR_CONFIGURABLE);
}
